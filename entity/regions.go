// Natural features, named with their head noun (جبال الألب، نهر النيل، شبه
// الجزيرة الأيبيرية).

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// featureHeads are the nouns of natural features, which are part of the
// feature's name (جبال الألب، نهر النيل، صحراء سيناء), unlike the heads of
// settlements (مدينة تعز).
var featureHeads = keySet("جبل", "جبال", "نهر", "بحر", "خليج", "مضيق", "صحراء", "هضبة", "بحيرة")

// featureFilter filters the keys of featureHeads.
var featureFilter = newKeyFilter(featureHeads)

// islandWords follow شبه in the name of a peninsula.
var islandWords = keySet("الجزيرة", "جزيرة")

// notFeatureNames follow a feature head in a phrase of time or manner
// (في بحر الأسبوع: within the week), not in a name.
var notFeatureNames = keySet("الأسبوع", "العام", "الشهر", "السنة", "الأيام", "الأسابيع", "الأشهر", "السنوات", "الحياة")

// features finds natural features (rule loc.ar.feature): a feature head
// with a place mention right after it (نهر النيل، صحراء سيناء: the
// place's mention grows over the head and loses its entity), or with one
// word with the article that no mention covers and that is no adjective,
// plural, stopword or word of time (جبال الألب, not في بحر الأسبوع); and
// شبه الجزيرة with a place or a nisba (شبه الجزيرة الأيبيرية، شبه جزيرة
// القرم).
func features(text string, toks []token.Token, covered []bool, ms []Mention, marks []uint8) []Mention {
	var placeAt map[int]int
	var out []Mention
	for i := 0; i+1 < len(toks); i++ {
		if i = nextMarked(marks, i, markFeature); i+1 >= len(toks) {
			break
		}
		t := &toks[i]
		if covered[i] || t.Script != token.Arabic || toks[i+1].Sentence != t.Sentence {
			continue
		}
		head := t.Key
		if !featureFilter.may(head) && head != "شبه" {
			if !conjFirst(head) {
				continue // cheap test first
			}
			if head = stemOf(t); !featureFilter.may(head) {
				continue
			}
		}
		peninsula := head == "شبه" && islandWords[toks[i+1].Key]
		if !featureHeads[head] && !peninsula {
			continue
		}
		start := t.Start
		if head != t.Key {
			start += arabic.PrefixBytes(text[t.Start:t.End], 1)
		}
		j := i + 1
		if peninsula {
			j = i + 2
			if j >= len(toks) || toks[j].Sentence != t.Sentence {
				continue
			}
		}
		if placeAt == nil {
			placeAt = map[int]int{}
			for x := range ms {
				if ms[x].Type == gazetteer.LOC && !ms[x].Nisba && ms[x].Clitic == "" {
					placeAt[ms[x].First] = x
				}
			}
		}
		if x, ok := placeAt[j]; ok {
			m := &ms[x]
			m.Start, m.First = start, i
			m.Text = text[m.Start:m.End]
			m.Name, m.Entity, m.Subtype, m.Candidates = m.Text, "", "natural-feature", nil
			m.Source, m.Rule = SourceRule, "loc.ar.feature"
			markCovered(covered, i, j)
			i = m.Last - 1
			continue
		}
		w := &toks[j]
		k := w.Key
		if covered[j] || w.Script != token.Arabic || !strings.HasPrefix(k, "ال") || len([]rune(k)) < 5 || arabic.IsStopword(k) ||
			timeWords[k] || notFeatureNames[k] || directions[strings.TrimPrefix(k, "ال")] {
			continue
		}
		if peninsula {
			if !strings.HasSuffix(k, "يه") && !strings.HasSuffix(k, "ي") {
				continue // شبه الجزيرة الأيبيرية: a nisba after it
			}
		} else if adjectiveLike(k) {
			continue // بحر الصغير، جبل العاملين: an adjective or a plural
		}
		out = append(out, headMention(text, start, w.End, i, j+1, gazetteer.LOC, "loc.ar.feature"))
		markCovered(covered, i, j+1)
		i = j
	}
	return out
}

// streetWords end the Arabic spelling of an English place name: a park, a
// street, a square (هايد بارك، أكسفورد ستريت، ترافالغار سكوير، سان كريستوفر
// بليس). Hill and Road are left out: هيل and رود are family names as often
// (كريستوفر هيل، كيفن رود).
var streetWords = keySet("بارك", "ستريت", "سكوير", "بليس", "أفنيو", "غاردنز", "جاردنز")

var streetFilter = newKeyFilter(streetWords)

// streets finds English place names written in Arabic (rule
// loc.ar.street): one or two words before a word of streetWords, with no
// article, no conjunction inside, no stopword, listed word or verb, and no
// mention over them but a one-word place (أكسفورد ستريت: the city's mention
// becomes the street's). A preposition glued to the first word stays
// outside (بهايد بارك → هايد بارك) unless the word may start with its
// letter (باترسي بارك). بارك is also a verb: as a park it is followed by
// punctuation or a function word and has no known name before it. It returns ms with the new
// mentions.
func (r *Recognizer) streets(text string, toks []token.Token, covered []bool, sc *scratch, ms []Mention, marks []uint8) []Mention {
	var drop map[int]bool
	for i := 1; i < len(toks); i++ {
		if i = nextMarked(marks, i, markStreet); i >= len(toks) {
			break
		}
		if covered[i] || !streetWords[toks[i].Key] {
			continue
		}
		verb := toks[i].Key == "بارك" // also the verb bless, congratulate: بارك الله، سموه بارك جهود
		if verb && i+1 < len(toks) && toks[i+1].Sentence == toks[i].Sentence && toks[i+1].Script == token.Arabic &&
			!arabic.IsStopword(toks[i+1].Key) && !arabic.IsStopword(stemOf(&toks[i+1])) {
			continue // the park's name ends at punctuation or a function word (هايد بارك مثل)
		}
		first := i
		var inner []int
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			w := &toks[j]
			if covered[j] {
				x := placeMentionAt(ms, j)
				if x < 0 {
					break
				}
				inner = append(inner, x)
			} else if w.Sentence != toks[i].Sentence || w.Script != token.Arabic || strings.HasPrefix(w.Key, "ال") ||
				arabic.IsStopword(w.Key) || sc.kc[j] != 0 || len([]rune(w.Key)) < 3 || hasTanween(text[w.Start:w.End]) ||
				strings.HasSuffix(w.Key, "وا") || commonShape(w.Key) || verb && r.known(text, w) {
				break // تنزهوا، شهدت: a verb; عباس بارك: a name, then the verb
			}
			first = j
			if _, conj := w.Unconj(); conj || prepositionBefore(w) {
				break // وسان كريستوفر، بهايد بارك: the clitic opens the name
			}
		}
		if first == i {
			continue
		}
		start := toks[first].Start
		if st := stemOf(&toks[first]); st != toks[first].Key {
			start += arabic.PrefixBytes(text[toks[first].Start:toks[first].End], 1)
		} else if prepositionBefore(&toks[first]) {
			start += arabic.PrefixBytes(text[toks[first].Start:toks[first].End], 1)
		}
		for _, x := range inner {
			drop = markDrop(drop, x)
			if ms[x].First == first {
				start = ms[x].Start
			}
		}
		ms = append(ms, headMention(text, start, toks[i].End, first, i+1, gazetteer.LOC, "loc.ar.street"))
		markCovered(covered, first, i+1)
	}
	if drop == nil {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// placeMentionAt returns the index in ms of a one-token place mention at
// token j, or -1.
func placeMentionAt(ms []Mention, j int) int {
	for x := range ms {
		if ms[x].First == j && ms[x].Last == j+1 && ms[x].Type == gazetteer.LOC && !ms[x].Nisba {
			return x
		}
	}
	return -1
}

// prepositionBefore reports whether t's key starts with the preposition ب
// or ل before a word of four letters or more whose first letter an English
// name rarely has after B or L (بهايد → هايد; not باترسي، بلومزبري، بريك).
func prepositionBefore(t *token.Token) bool {
	if len(t.Readings) < 2 {
		return false
	}
	rd := t.Readings[1]
	if rd.Prefix != "ب" && rd.Prefix != "ل" || len([]rune(rd.Stem)) < 4 {
		return false
	}
	switch []rune(rd.Stem)[0] {
	case 'ا', 'ي', 'و', 'ل', 'ر', 'ى':
		return false
	}
	return true
}
