// Organisations that no gazetteer holds: quoted media and acronyms.

package entity

import (
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// mediaHead are the heads of media, which may bear a place's name
// (جريدة القدس).
var mediaHead = keySet("صحيفة", "جريدة", "مجلة", "قناة", "وكالة", "إذاعة", "تلفزيون")

// quotedOrgHeads head the names of organisations only when the name is
// quoted (تنظيم «داعش»، مجلة «الدوحة»، مبادرة «نفهم»، محلات «هارودز»);
// unquoted they are common nouns more often (تنظيم الهجرة). Bookshops,
// broadcasters and brands name their firm the same way (مكتبة «الشروق»،
// تلفزيون «بول تي في»، علامة «جي إم سي»). Not تطبيق or متجر: apps and app
// stores are products, which news annotation leaves untagged
// (testdata/README.md); nor منصة, a stage more often (منصّة «كبار» المخرجين).
var quotedOrgHeads = keySet("تنظيم", "ائتلاف", "مجلة", "جريدة", "موقع", "إذاعة", "شبكة", "فرقة", "كتائب", "ميليشيا",
	"مليشيا", "تيار", "منتدى", "دار", "مبادرة", "محلات", "متاجر", "مكتبة", "تلفزيون", "علامة")

// labelHeads are quotedOrgHeads that also head a label (علامة «صُنع في
// أميركا»): a quoted name after them with a place inside is no
// organisation's.
var labelHeads = keySet("علامة")

// officeEnds end the name of an office whose holder's organisation follows
// with ل (الأمين العام لـ«المجلس الإسلامي»، المدير التنفيذي لـ«أوكسفام»).
var officeEnds = keySet("العام", "العامة", "التنفيذي", "التنفيذية", "الإقليمي", "الإقليمية", "الإعلامي", "السابق",
	"السابقة")

// quotedOrgs finds the newspapers, channels and agencies that a speaker
// talks to (rule org.ar.quoted-media): a reporting verb, the preposition ل
// and a quoted name (وقال لـ«الشرق الأوسط»، أكد لـ«رويترز»); and the
// organisation of an office the same way (rule org.ar.quoted-office: الأمين
// العام لـ«المجلس الإسلامي في بريطانيا»، رئيس لـ«حزب الأمة»). A place inside
// a longer quoted name is part of it (لـ«نيويورك تايمز»). It returns ms with
// the new mentions and without the places they took in.
func quotedOrgs(text string, toks []token.Token, covered []bool, ms []Mention, marks []uint8) []Mention {
	var drop map[int]bool
	var inside overlapIndex
	for i := 0; i+3 < len(toks); i++ {
		if i = nextMarked(marks, i, markQuoteOf); i+3 >= len(toks) {
			break
		}
		rule := "org.ar.quoted-media"
		if w := stemOf(&toks[i]); !speech[toks[i].Key] && !speech[w] {
			if !officeEnds[w] && !titles[w] {
				continue
			}
			rule = "org.ar.quoted-office"
		}
		first := i + 3
		e := first
		for e < len(toks) && e < first+5 && toks[e].Key != "»" && toks[e].Sentence == toks[i].Sentence {
			e++
		}
		if e == first || e >= len(toks) || toks[e].Key != "»" {
			continue
		}
		inner, ok := inside.placesInside(ms, covered, first, e, false)
		if !ok {
			continue
		}
		for _, x := range inner {
			drop = markDrop(drop, x)
		}
		ms = append(ms, headMention(text, toks[first].Start, toks[e-1].End, first, e, gazetteer.ORG, rule))
		markCovered(covered, first, e)
		i = e
	}
	if drop == nil {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// placesInside returns the indices in ms of the mentions that cover tokens
// of [first, e), and whether they are all places (not nisbas) strictly
// inside it, so that a name over the span may take them in. With clitic, a
// place over the whole span read with a proclitic may be taken in too (a
// quoted name misread: "لانس" as ل + انس).
func placesInside(ms []Mention, covered []bool, first, e int, clitic bool) ([]int, bool) {
	if !anyCovered(covered, first, e) {
		return nil, true
	}
	var inner []int
	n := 0
	for x := range ms {
		m := &ms[x]
		if m.Last <= first || m.First >= e {
			continue
		}
		if m.Type != gazetteer.LOC || m.Nisba || m.First < first || m.Last > e || clitic && m.Last-m.First == e-first && m.Clitic == "" {
			return nil, false
		}
		inner = append(inner, x)
		n += m.Last - m.First
	}
	covers := 0
	for i := first; i < e; i++ {
		if covered[i] {
			covers++
		}
	}
	// Every covered token belongs to one of them, and the name is longer.
	return inner, covers == n && (n < e-first || clitic)
}

// An overlapIndex finds the mentions of ms over a span of tokens for
// placesInside in the buckets of the mentions ms had at its first look-up
// by first token, instead of a pass over ms each time; the mentions added
// to ms after it (the rule's own, which the mentions of ms do not change)
// are passed over. For a few mentions it calls placesInside.
type overlapIndex struct {
	n       int // the mentions indexed, ms[:n]
	buckets firstBuckets
	maxLen  int // the most tokens of a mention indexed
	made    bool
	linear  bool // a mention's first token is out of range: placesInside
}

// placesInside returns placesInside(ms, covered, first, e, clitic); ms
// holds the mentions of the index's first look-up, in the same order, and
// maybe more after them; covered holds a flag for each token.
func (x *overlapIndex) placesInside(ms []Mention, covered []bool, first, e int, clitic bool) ([]int, bool) {
	if !anyCovered(covered, first, e) {
		return nil, true
	}
	if !x.made {
		x.made, x.n = true, len(ms)
		if x.linear = len(ms) < 32 || first < 0 || e > len(covered); !x.linear {
			x.buckets, x.linear = newFirstBuckets(ms, len(covered))
			x.linear = !x.linear
			for i := range ms {
				x.maxLen = max(x.maxLen, ms[i].Last-ms[i].First)
			}
		}
	}
	if x.linear || first < 0 || e > len(covered) || first >= e {
		return placesInside(ms, covered, first, e, clitic)
	}
	var inner []int
	n := 0
	// (the tests of placesInside, for one mention: false when it is no
	// place strictly inside)
	take := func(i int) bool {
		m := &ms[i]
		if m.Last <= first || m.First >= e {
			return true
		}
		if m.Type != gazetteer.LOC || m.Nisba || m.First < first || m.Last > e || clitic && m.Last-m.First == e-first && m.Clitic == "" {
			return false
		}
		inner = append(inner, i)
		n += m.Last - m.First
		return true
	}
	// A mention over the span starts after first-maxLen.
	for _, i := range x.buckets.in(max(first-x.maxLen+1, 0), e-1) {
		if !take(int(i)) {
			return nil, false
		}
	}
	for i := x.n; i < len(ms); i++ {
		if !take(i) {
			return nil, false
		}
	}
	slices.Sort(inner) // in the order of ms, as placesInside
	covers := 0
	for i := first; i < e; i++ {
		if covered[i] {
			covers++
		}
	}
	return inner, covers == n && (n < e-first || clitic)
}

// acronyms finds the short name in parentheses right after an
// organisation's name (منظمة أوبك (OPEC)، الشركة السعودية للصناعات الأساسية
// (سابك)), after its closing quote if it has one: one to three tokens
// that do not end like an adjective (شبه حكومية، الرسمي), unless they are
// the names of letters (بي بي سي); the same organisation (rule
// org.acronym).
func acronyms(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	var out []Mention
	for i := range ms {
		m := &ms[i]
		o := m.Last
		if o < len(toks) && (toks[o].Key == "»" || toks[o].Key == "\"") {
			o++ // «الحزب الوطني» (حزب)
		}
		if m.Type != gazetteer.ORG || m.Nisba || o+2 >= len(toks) || toks[o].Key != "(" {
			continue
		}
		e := o + 1
		for e < len(toks) && e <= o+3 && toks[e].Key != ")" && toks[e].Script != token.Punct && toks[e].Script != token.Digit {
			e++
		}
		if e == o+1 || e >= len(toks) || toks[e].Key != ")" || anyCovered(covered, o+1, e) {
			continue
		}
		if w, l := &toks[o+1], toks[e-1].Key; w.Script == token.Arabic && !letterNames(toks[o+1:e]) &&
			(arabic.IsStopword(w.Key) || directions[w.Key] || strings.HasSuffix(l, "يه") || strings.HasSuffix(l, "ي") && strings.HasPrefix(l, "ال")) {
			continue // (شبه حكومية، الرسمي، شمال شرق): a description, not a short name
		}
		a := headMention(text, toks[o+1].Start, toks[e-1].End, o+1, e, gazetteer.ORG, "org.acronym")
		a.Entity, a.Subtype, a.Name = m.Entity, m.Subtype, m.Name
		out = append(out, a)
		markCovered(covered, o+1, e)
	}
	return out
}

// letterNames reports whether toks are all short words, as the names of
// the letters of an acronym written in Arabic are (بي بي سي، إن إس أو).
func letterNames(toks []token.Token) bool {
	for i := range toks {
		if len([]rune(toks[i].Key)) > 3 {
			return false
		}
	}
	return true
}

// cuedOrgs are organisations whose short name is more often a common word
// (القاعدة: the base, the rule; النصرة: support), with the full name under
// which the gazetteer holds them.
var cuedOrgs = map[string]string{
	arabic.Normalize("القاعدة"): "تنظيم القاعدة",
	arabic.Normalize("النصرة"):  "جبهة النصرة",
}

// cuedTail reports whether key ends like a name of cuedOrgs.
func cuedTail(key string) bool {
	for _, k := range cuedTails {
		if strings.HasSuffix(key, k) {
			return true
		}
	}
	return false
}

// cuedTails are the keys of cuedOrgs without the article.
var cuedTails = func() []string {
	var ks []string
	for k := range cuedOrgs {
		ks = append(ks, strings.TrimPrefix(k, "ال"))
	}
	return ks
}()

// orgCues make the short name after them an organisation's: its members,
// leaders and strongholds, and the ties of someone to it (صلته بالقاعدة).
var orgCues = keySet("زعيم", "قائد", "أمير", "عناصر", "مقاتلو", "مقاتلي", "أعضاء", "عضو", "مسلحو", "مسلحي", "فرع",
	"قيادي", "قياديو", "قياديي", "متشددو", "متشددي", "معاقل", "خلايا", "خلية", "صلته", "صلاته", "صلتها", "صلات",
	"ارتباطه", "ارتباط", "علاقته", "علاقة", "تنظيمي", "مبايعة", "بايع", "مؤيدي", "أنصار")

// cuedOrgNames finds the short names of cuedOrgs in guillemets or quotes
// («داعش» و«القاعدة») or after a cue (زعيم القاعدة، صلاته بالقاعدة), as the
// organisation of the gazetteer's full name (rule org.ar.cued); the
// proclitics stay outside.
func (r *Recognizer) cuedOrgNames(text string, toks []token.Token, covered []bool, marks []uint8) []Mention {
	var out []Mention
	for i := 1; i < len(toks); i++ {
		if i = nextMarked(marks, i, markCued); i >= len(toks) {
			break
		}
		if covered[i] {
			continue
		}
		t := &toks[i]
		prefix := -1
		var full string
		for _, rd := range t.Readings {
			if f, ok := cuedOrgs[rd.Stem]; ok && strings.Trim(rd.Prefix, "وفبل") == "" {
				prefix, full = len([]rune(rd.Prefix)), f
				if len([]rune(t.Key)) != prefix+len([]rune(rd.Stem)) {
					prefix = 0 // للقاعدة: the article's alef elided, the mention keeps ل
				}
				break
			}
		}
		if prefix < 0 {
			continue
		}
		p := &toks[i-1]
		quoted := (p.Key == "«" || p.Key == "\"") && i+1 < len(toks) && (toks[i+1].Key == "»" || toks[i+1].Key == "\"")
		if !quoted && (p.Sentence != t.Sentence || !orgCues[stemOf(p)]) {
			continue
		}
		start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], prefix)
		m := headMention(text, start, t.End, i, i+1, gazetteer.ORG, "org.ar.cued")
		if r.Matcher != nil {
			if es, nisba := r.Matcher.Lookup(full); !nisba && len(es) > 0 && es[0].Type == gazetteer.ORG {
				m.Entity, m.Subtype, m.Name = es[0].ID, es[0].Subtype, es[0].Name
			}
		}
		if prefix > 0 {
			m.Clitic = string([]rune(t.Key)[:prefix])
		}
		out = append(out, m)
		covered[i] = true
	}
	return out
}

// placeAdverbs stand after a head noun as adverbs of place (فندق هناك).
var placeAdverbs = keySet("هناك", "هنا", "هنالك")

// indefiniteAdjectiveAt reports whether token i, in sentence sent, is an
// adjective without the article (شركة طيران روسية، مجموعة عمل دولية): the
// noun before it is then a common noun, not a name.
func indefiniteAdjectiveAt(toks []token.Token, i, sent int) bool {
	if i >= len(toks) || toks[i].Sentence != sent || toks[i].Script != token.Arabic {
		return false
	}
	k := toks[i].Key
	return !strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "يه") || strings.HasSuffix(k, "ي"))
}

// cutConjoinedPlural returns the end of an organisation's name toks[k:e]
// before a conjoined word when the name ends in a masculine plural
// (وزارة الدفاع والحلفاء الإقليميين: the ministry and its allies), which no
// name of an organisation does; else e.
func cutConjoinedPlural(toks []token.Token, k, e int) int {
	if e-k < 2 {
		return e
	}
	last := toks[e-1].Key
	if !strings.HasSuffix(last, "ين") && !strings.HasSuffix(last, "ون") {
		return e
	}
	for c := k + 1; c < e; c++ {
		if _, conj := toks[c].Unconj(); conj {
			return c
		}
	}
	return e
}

// foreignWordAt reports whether token i, in sentence sent, is a second word
// of a foreign name after an organisation's head and a first one (منظمة
// جرين موتوريست): an unknown Arabic word without the article of five
// letters or more, with no other word's shape, no adjective's ending and
// no tanween, and with no adjective after it.
func foreignWordAt(text string, toks []token.Token, i, sent int, covered []bool, sc *scratch) bool {
	if i >= len(toks) || covered[i] || toks[i].Sentence != sent || toks[i].Script != token.Arabic {
		return false
	}
	w := &toks[i]
	k := w.Key
	if _, conj := w.Unconj(); conj || strings.HasPrefix(k, "ال") || len([]rune(k)) < 5 || sc.kc[i] != 0 || arabic.IsStopword(k) {
		return false
	}
	return !adjectiveLike(k) && unknownSurname(w) && !commonShape(k) && !hasTanween(text[w.Start:w.End]) &&
		!verbalNoun(k) && !taf3il(k) && !indefiniteAdjectiveAt(toks, i+1, sent)
}

// taf3il reports whether key has the shape of the verbal noun تفعيل
// (تخفيض، تطوير، تعيين), which follows a name as the object of a verb.
func taf3il(key string) bool {
	r := []rune(key)
	return len(r) == 5 && r[0] == 'ت' && r[3] == 'ي'
}

// genitiveAt reports whether token i, in sentence sent, is the definite
// genitive of a name's noun (منظمة حقوق الإنسان): a word with the article
// that no mention covers, without an adjective's or a plural's ending, and
// no stopword or word of time.
func genitiveAt(toks []token.Token, i, sent int, covered []bool) bool {
	if i >= len(toks) || covered[i] || toks[i].Sentence != sent || toks[i].Script != token.Arabic {
		return false
	}
	k := toks[i].Key
	return strings.HasPrefix(k, "ال") && len([]rune(k)) >= 5 && !nisbaOrPluralEnd(k) && !arabic.IsStopword(k) && !timeWords[k] &&
		!notEventWords[k]
}

// complementEnd returns the end of an organisation's name toks[:e] grown
// over a complement with لل (معهد ماساشوستس للتكنولوجيا، شركة هاتون للعقار،
// وكالة أنباء للطاقة الذرية): a word with لل that no mention covers and an
// adjective with the article after it.
func complementEnd(toks []token.Token, e, sent int, covered []bool) int {
	if e >= len(toks) || covered[e] || toks[e].Sentence != sent || toks[e].Script != token.Arabic {
		return e
	}
	k := toks[e].Key
	if !strings.HasPrefix(k, "لل") || len([]rune(k)) < 5 || timeWords["ال"+strings.TrimPrefix(k, "لل")] {
		return e
	}
	e++
	if e < len(toks) && !covered[e] && toks[e].Sentence == sent && strings.HasPrefix(toks[e].Key, "ال") && nisbaOrPluralEnd(toks[e].Key) &&
		!notEventWords[toks[e].Key] {
		e++ // للطاقة الذرية
	}
	return e
}

// companyHeads take a place's name with a complement as their own (شركة
// الرياض للتعمير، مجموعة دبي للجودة); a place alone after them stays apart.
var companyHeads = keySet("شركة", "مجموعة", "مؤسسة", "بنك", "مصرف")
