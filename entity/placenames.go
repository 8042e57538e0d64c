// Whole names around a known place: organisations and facilities named
// after one (مركز حلب الإعلامي، بنك الصين الشعبي، مطار عدن الدولي) and
// regions whose fixed name ends in an adjective (أوروبا الغربية).

package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// A namedKind tells what a head noun makes of the place after it.
type namedKind uint8

const (
	// namedFacility: a site with the place alone, a LOC that keeps its
	// head (مطار عدن، ميناء عصب، استاد برج العرب، سجن صيدنايا).
	namedFacility namedKind = iota + 1
	// namedAlone: an organisation with the place alone (بنك إنجلترا،
	// جامعة لندن، كلية لندن الجامعية).
	namedAlone
	// namedDescribed: an organisation only when an adjective or a
	// complement follows the place (مركز حلب الإعلامي، مؤسسة دبي
	// للمهرجانات); alone the place stays a place (خارج مركز لندن: the
	// centre of London).
	namedDescribed
)

// aroundHeads are the head nouns that name an organisation or a facility
// after a place; the names of settlements (مدينة، محافظة، ولاية، حي)
// stay outside the place and are not here, nor markets (سوق لندن: the
// London market), fronts (جبهة العند: the fighting) or camps. Airports and
// palaces are not here either, though the news conventions keep their
// head: the seed gold and the relation tests want the city a visitor
// arrives at (وصل إلى مطار الرباط → visited الرباط; في قصر بوزنيقة →
// بوزنيقة), as ANERcorp tags it.
var aroundHeads = func() map[string]namedKind {
	m := map[string]namedKind{}
	for _, w := range []string{"ميناء", "مرفأ", "استاد", "ستاد", "ملعب", "جسر", "مستشفى", "سجن", "فندق", "قلعة",
		"قاعدة", "برج"} {
		m[arabic.Normalize(w)] = namedFacility
	}
	for _, w := range []string{"بنك", "مصرف", "جامعة", "كلية"} {
		m[arabic.Normalize(w)] = namedAlone
	}
	for _, w := range []string{"مركز", "معهد", "مؤسسة", "هيئة", "اتحاد", "مجلس", "جمعية", "منظمة", "صندوق", "أكاديمية",
		"غرفة", "رابطة", "شركة", "مجموعة"} {
		m[arabic.Normalize(w)] = namedDescribed
	}
	return m
}()

// aroundFilter filters the keys of aroundHeads.
var aroundFilter = newKeyFilter(aroundHeads)

// headClitics are the proclitics a head may carry: the name starts after
// them (لجامعة لندن → جامعة لندن).
var headClitics = keySet("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")

// facilityTails are the adjectives a facility's name ends with (مطار عدن
// الدولي، سجن صيدنايا العسكري، قاعدة غوانتانامو البحرية).
var facilityTails = keySet("الدولي", "الإقليمي", "العسكري", "العسكرية", "المركزي", "المركزية", "الجديد", "الجديدة",
	"القديم", "القديمة", "العام", "الكبير", "الجامعي", "التخصصي", "البحرية", "الجوية", "الرئيسي")

// regionAdjectives end the fixed name of a region after a continent or a
// region (أوروبا الغربية، آسيا الوسطى، الخليج الفارسي). After a country or
// a city the adjective stays outside: it agrees with the noun before the
// place more often than it names a region (محافظات اليمن الجنوبية), and
// the gazetteer holds the fixed names of that kind (كوريا الجنوبية).
var regionAdjectives = keySet("الغربية", "الشرقية", "الوسطى", "الجنوبية", "الشمالية", "اللاتينية", "الغربي", "الشرقي",
	"الجنوبي", "الشمالي", "الأوسط", "الفارسي")

// placeNames grows a place mention into the whole name around it: over a
// fixed region adjective after a continent or a region (rule
// loc.ar.region-adjective), and over a head noun before it and the words
// that end the name (rules loc.ar.place-facility, org.ar.place-named). The
// grown mention names no gazetteer entry. A place after في that follows a
// complete name stays a place (مركز الإعلام في حلب: the centre is in
// Aleppo); only the place right after the head is taken in. It works on
// ms in place and only takes tokens no mention covers, which it marks
// covered; a text without a place mention costs one test a mention.
func placeNames(text string, toks []token.Token, covered []bool, ms []Mention) {
	var owners mentionOwners
	defer owners.release()
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.LOC || m.Nisba || m.Source != SourceGazetteer {
			continue
		}
		sent := toks[m.First].Sentence
		if (m.Subtype == "continent" || m.Subtype == "region") && m.Last < len(toks) && !covered[m.Last] &&
			toks[m.Last].Sentence == sent && regionAdjectives[toks[m.Last].Key] && owners.free(toks, ms, i, m.Last, m.Last+1) {
			covered[m.Last] = true
			owners.grow(m, m.First, m.Last+1)
			m.Last++
			m.End = toks[m.Last-1].End
			m.Text, m.Name, m.Entity, m.Candidates = text[m.Start:m.End], text[m.Start:m.End], "", nil
			m.Source, m.Rule = SourceRule, "loc.ar.region-adjective"
		}
		h := m.First - 1
		if h < 0 || m.Clitic != "" || covered[h] || toks[h].Sentence != sent || toks[h].Script != token.Arabic {
			continue
		}
		kind, clitic, head := headBefore(&toks[h])
		if kind == 0 || h > 0 && toks[h-1].Key == "«" {
			continue // «قاعدة العراق»: a quoted name is the name of something else
		}
		e := m.Last
		switch kind {
		case namedFacility:
			if e < len(toks) && !covered[e] && toks[e].Sentence == sent && facilityTails[toks[e].Key] {
				e++
			}
			if head == hospital {
				e = complementEnd(toks, e, sent, covered) // مستشفى بوسطن للأطفال
			}
		default:
			e = describedEnd(toks, e, sent, covered)
			if e == m.Last && kind == namedDescribed {
				continue // خارج مركز لندن
			}
		}
		if !owners.free(toks, ms, i, h, e) {
			continue
		}
		owners.grow(m, h, e)
		start := toks[h].Start
		if clitic != "" {
			start += arabic.PrefixBytes(text[toks[h].Start:toks[h].End], utf8.RuneCountInString(clitic))
		}
		typ, sub, rule := gazetteer.ORG, "", "org.ar.place-named"
		if kind == namedFacility {
			typ, sub, rule = gazetteer.LOC, "facility", "loc.ar.place-facility"
		}
		*m = Mention{Start: start, End: toks[e-1].End, Text: text[start:toks[e-1].End], Type: typ, Subtype: sub,
			Name: text[start:toks[e-1].End], Source: SourceRule, Rule: rule, Clitic: clitic, First: h, Last: e}
		markCovered(covered, h, e)
	}
}

// hospital is the head whose names go on after the place with a
// complement (مستشفى بوسطن للأطفال).
var hospital = arabic.Normalize("مستشفى")

// headBefore returns the kind of the head noun t is, bare or after a
// proclitic, the proclitic and the head.
func headBefore(t *token.Token) (namedKind, string, string) {
	if aroundFilter.may(t.Key) {
		if k := aroundHeads[t.Key]; k != 0 {
			return k, "", t.Key
		}
	}
	for _, rd := range t.Readings {
		if !aroundFilter.may(rd.Stem) {
			continue // most words before a place: told by the filter alone
		}
		if k := aroundHeads[rd.Stem]; k != 0 && headClitics[rd.Prefix] {
			return k, rd.Prefix, rd.Stem
		}
	}
	return 0, "", ""
}

// describedEnd returns the end of the words that describe an
// organisation after the place in its name: up to two adjectives with the
// article (الإعلامي، المالي العالمي) and a complement with ل (للدراسات
// السياسية، لحقوق الإنسان، لكرة القدم) with a word after و (للثقافة
// والفنون); e when there are none.
func describedEnd(toks []token.Token, e, sent int, covered []bool) int {
	ok := func(j int) bool {
		return j < len(toks) && !covered[j] && toks[j].Sentence == sent && toks[j].Script == token.Arabic
	}
	for n := 0; n < 2 && ok(e) && definiteAdjective(toks[e].Key); n++ {
		e++
	}
	c := complementEnd(toks, e, sent, covered)
	if c == e && ok(e) && ok(e+1) {
		// ل and a noun in construct with a word with the article.
		if k := toks[e].Key; strings.HasPrefix(k, "ل") && !strings.HasPrefix(k, "لل") && utf8.RuneCountInString(k) >= 4 &&
			!arabic.IsStopword(k) && strings.HasPrefix(toks[e+1].Key, "ال") && !arabic.IsStopword(toks[e+1].Key) {
			c = e + 2
		}
	}
	if c > e {
		e = c
		if ok(e) {
			if s, conj := toks[e].Unconj(); conj && strings.HasPrefix(s, "ال") && !arabic.IsStopword(s) {
				e++ // والفنون
			}
		}
	}
	return e
}

// definiteAdjective reports whether key is a word with the article that
// ends like a relative adjective (الإعلامي، الشعبية، الوطني).
func definiteAdjective(key string) bool {
	return strings.HasPrefix(key, "ال") && utf8.RuneCountInString(key) >= 5 &&
		(strings.HasSuffix(key, "ي") || strings.HasSuffix(key, "يه")) && !arabic.IsStopword(key)
}

// A mentionOwners tells free's answer for the mentions of a long text by
// the number of mentions over each token, rather than by going through
// them all for each question: placeNames asks once for each place after a
// head noun. The zero value counts nothing yet; release puts its array
// back.
type mentionOwners struct {
	counts firstIndex // token → the mentions over it, made at the first question; nil for none
	buf    *[]int32
	slow   bool // a mention has no token, or tokens out of toks: free goes through ms
}

// manyMentions is the fewest mentions for which mentionOwners counts them.
const manyMentions = 64

// free is free(ms, self, from, to).
func (o *mentionOwners) free(toks []token.Token, ms []Mention, self, from, to int) bool {
	if len(ms) < manyMentions || o.slow || from < 0 || to > len(toks) {
		return free(ms, self, from, to)
	}
	if o.counts == nil {
		o.counts, o.buf = getFirstIndex(len(toks))
		for j := range ms {
			f, l := ms[j].First, ms[j].Last
			if f < 0 || l > len(toks) || f >= l {
				o.slow = true // (free counts an empty mention as over the tokens around it)
				return free(ms, self, from, to)
			}
			for t := f; t < l; t++ {
				o.counts[t]++
			}
		}
	}
	m := &ms[self]
	for t := from; t < to; t++ {
		if n := o.counts[t]; n > 1 || n == 1 && (t < m.First || t >= m.Last) {
			return false
		}
	}
	return true
}

// grow counts the tokens of [first, last) that m, about to span them,
// does not span yet.
func (o *mentionOwners) grow(m *Mention, first, last int) {
	if o.counts == nil || o.slow {
		return
	}
	for t := first; t < last; t++ {
		if t < m.First || t >= m.Last {
			o.counts[t]++
		}
	}
}

// release puts the array of the counts back.
func (o *mentionOwners) release() { putFirstIndex(o.buf) }

// free reports whether no mention of ms but the one at self has a token
// in [from, to).
func free(ms []Mention, self, from, to int) bool {
	for j := range ms {
		if j != self && ms[j].First < to && from < ms[j].Last {
			return false
		}
	}
	return true
}
