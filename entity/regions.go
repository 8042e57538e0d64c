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
		if marks[i]&markFeature == 0 {
			continue
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
