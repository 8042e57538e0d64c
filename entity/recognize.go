package entity

import (
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// A Lexicon tells whether a token key is a known person-name token (a first
// name or a family name). A nil Lexicon knows no names.
type Lexicon interface {
	IsName(key string) bool
}

// A Recognizer finds mentions; see the package documentation. The zero
// value finds nothing. A Recognizer is immutable and safe for concurrent use.
type Recognizer struct {
	Matcher *gazetteer.Matcher // gazetteer names; nil for none
	Names   Lexicon            // person-name tokens for the title rule; nil for none
}

// Recognize returns the mentions in text, whose tokens are toks, in order of
// their start; mentions never overlap.
func (r *Recognizer) Recognize(text string, toks []token.Token) []Mention {
	var out []Mention
	covered := make([]bool, len(toks))
	if r.Matcher != nil {
		for _, m := range r.Matcher.FindAll(text, toks) {
			out = append(out, fromMatch(text, toks, m))
			for i := m.Start; i < m.End; i++ {
				covered[i] = true
			}
		}
	}
	out = forcesRule(text, toks, covered, out)
	for _, m := range r.titleRule(text, toks, covered, out) {
		out = append(out, m)
		for i := m.First; i < m.Last; i++ {
			covered[i] = true
		}
	}
	out = append(out, aliases(text, toks, covered, out)...)
	slices.SortFunc(out, func(a, b Mention) int { return a.First - b.First })
	return out
}

func fromMatch(text string, toks []token.Token, m gazetteer.Match) Mention {
	e := m.Entries[0]
	start := toks[m.Start].Start + m.Prefix
	end := toks[m.End-1].End
	mn := Mention{
		Start: start, End: end, Text: text[start:end],
		Type: e.Type, Subtype: e.Subtype, Entity: e.ID, Name: e.Name,
		Source: SourceGazetteer, Nisba: m.Nisba, Clitic: m.Clitic, First: m.Start, Last: m.End,
	}
	if mn.Name == "" {
		mn.Name = mn.Text
	}
	for _, c := range m.Entries[1:] {
		mn.Candidates = append(mn.Candidates, c.ID)
	}
	return mn
}

// titles are the heads of title phrases, as keys; a title may be followed by
// office words, a nisba or a place, then by the name.
var titles = keySet(
	"وزير", "الوزير", "وزيرة", "الوزيرة", "رئيس", "الرئيس", "رئيسة", "الرئيسة", "الملك", "الملكة", "الأمير",
	"الأميرة", "الشيخ", "الشيخة", "السفير", "السفيرة", "السيد", "السيدة", "الدكتور", "الدكتورة", "اللواء",
	"العقيد", "العميد", "الفريق", "المشير", "النائب", "القاضي", "المستشار", "المستشارة", "الأمين", "المدير",
	"المديرة", "نائب", "ولي", "العاهل", "السلطان", "الإمام", "المرشد", "المبعوث", "المتحدث", "الناطق",
	"الجنرال", "الرائد", "النقيب", "المفتي", "البابا", "الكاردينال", "الحاخام", "زعيم", "الزعيم", "قائد", "القائد",
	"مستشار", "سفير", "المندوب", "مندوب", "الصحافي", "الصحفي", "الكاتب", "الخبير", "الباحث", "الأستاذ",
	"البروفيسور", "المحامي", "حاكم", "الحاكم", "أمير", "ملك", "محافظ", "المحافظ", "عمدة",
)

// offices are words that may follow a title before the name: the office's
// domain (وزير الدفاع), its rank (الأمين العام) or its qualifier.
var offices = keySet(
	"الدفاع", "الخارجية", "خارجية", "الداخلية", "داخلية", "دفاع", "المالية", "مالية", "الاقتصاد", "الطاقة",
	"النفط", "العدل", "الصحة", "التعليم", "الإعلام", "الثقافة", "الزراعة", "التجارة", "الصناعة", "النقل",
	"الوزراء", "الحكومة", "الجمهورية", "الدولة", "البرلمان", "النواب", "الشورى", "الأركان", "هيئة", "الجيش",
	"العام", "العامة", "العهد", "الأعلى", "السابق", "السابقة", "الأسبق", "الحالي", "المنتهية", "ولايته",
	"الأول", "الثاني", "المنتدب", "الأمن", "القومي", "الوطني", "الشؤون", "الخاص", "الأممي", "باسم",
	"مجلس", "المجلس", "المركزي", "البنك", "الاستخبارات", "المخابرات", "التحرير", "الشرطة", "المكلف",
)

// heads are nouns that head the names of places and organisations; they
// are never part of a person's name.
var heads = keySet(
	"مدينة", "محافظة", "ولاية", "إقليم", "منطقة", "قرية", "بلدة", "حي", "نهر", "جبل", "بحر", "خليج", "مطار",
	"ميناء", "جزيرة", "شركة", "مؤسسة", "جامعة", "وزارة", "هيئة", "حركة", "حزب", "جماعة", "جبهة", "منظمة",
	"مجلس", "بنك", "مصرف", "وكالة", "صحيفة", "قناة", "اتحاد", "لجنة", "نادي", "مستشفى", "مدرسة", "العاصمة",
)

func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[arabic.Normalize(w)] = true
	}
	return m
}

// maxNameTokens bounds the name after a title.
const maxNameTokens = 4

// titleRule finds PER mentions after titles: title, office words or
// mentions of places and organisations, an optional comma, then one to four
// name tokens that no mention covers.
func (r *Recognizer) titleRule(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	var out []Mention
	mentionAt := make(map[int]*Mention, len(ms))
	for i := range ms {
		mentionAt[ms[i].First] = &ms[i]
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Script != token.Arabic || covered[i] || !(titles[t.Key] || titles[stemOf(t)]) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Sentence == t.Sentence {
			if m := mentionAt[j]; m != nil {
				if m.Type == gazetteer.PER {
					break
				}
				j = m.Last
				continue
			}
			if toks[j].Script == token.Arabic && (offices[toks[j].Key] || titles[toks[j].Key]) {
				j++
				continue
			}
			break
		}
		if j < len(toks) && (toks[j].Key == "،" || toks[j].Key == ",") {
			j++
		}
		k := j
		for k < len(toks) && k-j < maxNameTokens && toks[k].Sentence == t.Sentence && r.nameToken(toks, k, covered) {
			k++
		}
		k = r.trimName(toks, j, k)
		for k > j && nasab[toks[k-1].Key] { // محمد بن ناصر بن → محمد بن ناصر
			k--
		}
		if k == j || !r.knownName(toks[j:k]) {
			continue
		}
		start, end := toks[j].Start, toks[k-1].End
		out = append(out, Mention{
			Start: start, End: end, Text: text[start:end], Type: gazetteer.PER, Name: text[start:end],
			Source: SourceRule, Rule: "per.ar.title", First: j, Last: k,
		})
		for x := j; x < k; x++ {
			covered[x] = true
		}
		i = k - 1
	}
	return out
}

// nameToken reports whether token k can be part of a person's name after a
// title: an Arabic word that is no stopword, title or nisba adjective and,
// unless the lexicon knows it, does not carry the article (family names with
// ال, such as المنصوري, need the lexicon).
func (r *Recognizer) nameToken(toks []token.Token, k int, covered []bool) bool {
	t := &toks[k]
	if t.Script != token.Arabic || covered[k] || len(t.Key) < 2*2 || arabic.IsStopword(t.Key) ||
		titles[t.Key] || offices[t.Key] || heads[t.Key] {
		return false
	}
	if s := stemOf(t); s != t.Key && (titles[s] || offices[s] || arabic.IsStopword(s)) {
		return false // ووزير
	}
	if _, nisba := arabic.Nisba(t.Key); nisba && strings.HasPrefix(t.Key, "ال") {
		return false
	}
	known := r.Names != nil && r.Names.IsName(t.Key)
	return known || !strings.HasPrefix(t.Key, "ال")
}

// trimName returns the end of the name that starts at token j, given the
// candidate run toks[j:k]. With a lexicon, a run that does not end at
// punctuation or at the end of its sentence keeps its first token and then
// only known name tokens (الرئيس هادي يعين → هادي).
func (r *Recognizer) trimName(toks []token.Token, j, k int) int {
	if r.Names == nil || k == j {
		return k
	}
	if k == len(toks) || toks[k].Script == token.Punct || toks[k].Sentence != toks[j].Sentence {
		return k
	}
	end := j + 1
	for end < k && r.Names.IsName(toks[end].Key) {
		end++
	}
	return end
}

// knownName reports whether a candidate name starts with a known
// person-name token; without a lexicon every candidate passes.
func (r *Recognizer) knownName(toks []token.Token) bool {
	return r.Names == nil || r.Names.IsName(toks[0].Key)
}

// nasab are the links of a name chain, which never end a name.
var nasab = keySet("بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل", "ال")

// stemOf returns the key of t without a conjunction (وقال الرئيس → الرئيس).
func stemOf(t *token.Token) string {
	s, _ := t.Unconj()
	return s
}

// aliases finds later surname-only mentions of people named in full.
func aliases(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	type person struct {
		m     *Mention
		first int // token index where the full name starts
	}
	surnames := map[string]person{}
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.PER || m.Last-m.First < 2 {
			continue
		}
		last := toks[m.Last-1].Key
		if _, seen := surnames[last]; !seen && !arabic.IsStopword(last) {
			surnames[last] = person{m, m.First}
		}
	}
	if len(surnames) == 0 {
		return nil
	}
	var out []Mention
	for i := range toks {
		t := &toks[i]
		if covered[i] || t.Script == token.Punct {
			continue
		}
		readings := t.Readings
		if readings == nil {
			readings = []arabic.Reading{{Stem: t.Key}}
		}
		for _, rd := range readings {
			p, ok := surnames[rd.Stem]
			if !ok || p.first > i {
				continue
			}
			start := t.Start
			if rd.Prefix != "" && strings.HasSuffix(t.Key, rd.Stem) {
				start += arabic.PrefixBytes(text[t.Start:t.End], len([]rune(rd.Prefix)))
			}
			out = append(out, Mention{
				Start: start, End: t.End, Text: text[start:t.End], Type: gazetteer.PER,
				Subtype: p.m.Subtype, Entity: p.m.Entity, Name: p.m.Name, Source: SourceAlias,
				Clitic: rd.Prefix, First: i, Last: i + 1,
			})
			break
		}
	}
	return out
}

// forces are the heads of a country's armed or security forces, which with
// a nisba name an organisation: القوات المغربية، الجيش الإسرائيلي.
var forces = keySet("القوات", "قوات", "الجيش", "جيش", "الشرطة", "البحرية", "الاستخبارات", "المخابرات", "الحرس")

// forcesRule turns a forces head followed by a nisba mention into one ORG
// mention (rule org.ar.forces-nisba) that replaces the nisba mention.
func forcesRule(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		h := m.First - 1
		if !m.Nisba || m.Clitic != "" || h < 0 || covered[h] || toks[h].Sentence != toks[m.First].Sentence {
			continue
		}
		head := toks[h].Key
		if s, ok := toks[h].Unconj(); ok {
			head = s
		}
		if !forces[head] {
			continue
		}
		start := toks[h].Start
		if head != toks[h].Key {
			start += arabic.PrefixBytes(text[toks[h].Start:toks[h].End], 1)
		}
		*m = Mention{Start: start, End: m.End, Text: text[start:m.End], Type: gazetteer.ORG, Name: text[start:m.End],
			Source: SourceRule, Rule: "org.ar.forces-nisba", First: h, Last: m.Last}
		covered[h] = true
	}
	return ms
}

// IsHead reports whether key is a head noun of a place's or an
// organisation's name (مدينة، وزارة، جماعة، حزب).
func IsHead(key string) bool { return heads[key] }

// IsTitle reports whether key is a title or office word (وزير, الرئيس,
// الخارجية, العام) of the kind that stands before a person's name.
func IsTitle(key string) bool { return titles[key] || offices[key] }
