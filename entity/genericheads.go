package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// genericHeads are the heads of bodies and companies that, before one of
// genericComplements alone, name a part or a kind and no organisation. A
// ministry is not one of them: وزارة النفط is a name.
var genericHeads = keySet("مجلس", "هيئة", "شركة", "حركة", "صندوق", "مركز", "لجنة", "مؤسسة", "مجلة", "صحيفة")

// genericComplements are common nouns of a closed class, a function, a
// trade or a thing (administration, teaching, editing, traffic, aviation,
// oil, post, detention …), that make a common phrase after one of
// genericHeads: مجلس الإدارة (the board), هيئة التدريس (the faculty),
// هيئة التحرير، حركة مرور، شركة الطيران (the airline), شركة النفط، صندوق
// البريد، مركز الاحتجاز، لجنة التحكيم (the jury). The bare article of a
// quoted name (صحيفة الـ«غارديان») is one too.
var genericComplements = keySet("الإدارة", "التدريس", "التحرير", "المرور", "مرور", "الطيران", "النفط", "البريد", "القمامة",
	"الاحتجاز", "الحراسة", "المهاجم", "المحكمة", "التحكيم", "الإنتاج", "البيع", "العقار", "الامتحان", "الاختيار",
	"الترشيح", "المقابلة", "القراءة", "التقنية", "ال")

// withoutGenericHeads drops the names rule org.ar.head found that are a
// head of genericHeads and one word of genericComplements, nothing more
// (مجلس الإدارة, but مجلس الإدارة الأسترالي and وزارة النفط stay), or any
// head and a verb that agrees with it (محكمة أجازت، شركة تستخدم): the
// tokens are free again. When a quoted or bracketed name follows, that
// name is the organisation (شركة الطيران «جت بلو»، شركة الإنتاج (سيدرز
// برودكشن)، صحيفة الـ«غارديان»).
func withoutGenericHeads(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	if !sc.has(cOrgHead) {
		return ms
	}
	var drop map[int]bool
	for x := range ms {
		m := &ms[x]
		if m.Rule != "org.ar.head" || m.Type != gazetteer.ORG || m.Last-m.First != 2 {
			continue
		}
		w := &toks[m.First+1]
		if !agreeingVerb(w.Key, strings.HasPrefix(text[w.Start:w.End], "أ")) && (!genericHeadAt(&toks[m.First]) || !genericComplements[stemOf(w)]) {
			continue
		}
		for k := m.First; k < m.Last; k++ {
			sc.covered[k] = false
		}
		if q, e := quotedAfter(toks, m.Last, sc.covered); e > q {
			*m = headMention(text, toks[q].Start, toks[e-1].End, q, e, gazetteer.ORG, "org.ar.head")
			markCovered(sc.covered, q, e)
			continue
		}
		drop = markDrop(drop, x)
	}
	if len(drop) == 0 {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// quotedAfter returns the tokens [q, e) of a name of one to five words
// between quotes or brackets that opens at toks[i], none of them covered,
// or e == q.
func quotedAfter(toks []token.Token, i int, covered []bool) (q, e int) {
	if i >= len(toks) {
		return 0, 0
	}
	closing := ""
	switch toks[i].Key {
	case "«":
		closing = "»"
	case "\"":
		closing = "\""
	case "(":
		closing = ")"
	default:
		return 0, 0
	}
	for e = i + 1; e < len(toks) && e <= i+6 && toks[e].Sentence == toks[i].Sentence; e++ {
		if toks[e].Key == closing {
			if e == i+1 || anyCovered(covered, i+1, e) {
				return 0, 0
			}
			return i + 1, e
		}
	}
	return 0, 0
}

// genericHeadAt reports whether t is one of genericHeads, after a
// proclitic و، ف، ب، ل at most (ومجلس، فشركة، لهيئة).
func genericHeadAt(t *token.Token) bool {
	if genericHeads[t.Key] {
		return true
	}
	for _, rd := range t.Readings {
		if p := strings.TrimLeft(rd.Prefix, "وف"); (p == "" || p == "ب" || p == "ل") && genericHeads[rd.Stem] {
			return true
		}
	}
	return false
}

// agreeingVerb reports whether key, a word without the article written
// with an initial hamza when hamza is true, has the
// shape of a feminine verb of the derived forms that follows a feminine
// head as its predicate: a past in ت of form IV (أجازت، أعلنت) or of
// forms VIII and X (استمرت، اعتبرت، انتهت), a present in ت of form VIII
// (تمتلك، تعتمد) or of form X (تستخدم). Four-letter pasts are commonShape's.
func agreeingVerb(key string, hamza bool) bool {
	r := []rune(key)
	n := len(r)
	if n < 5 {
		return false
	}
	switch {
	case r[n-1] == 'ت' && n == 5 && hamza:
		return true // أفعلت
	case r[n-1] == 'ت' && r[0] == 'ا' && (r[2] == 'ت' || r[2] == 'ط' || r[1] == 'ن' || strings.HasPrefix(key, "است")):
		return true // افتعلت، انفعلت، استفعلت
	case r[0] == 'ت' && n == 5 && r[2] == 'ت' && r[1] != 'ا' && r[1] != 'و' && r[1] != 'ي':
		return true // تفتعل
	case n >= 6 && strings.HasPrefix(key, "تست"):
		return true // تستفعل
	}
	return false
}
