package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// familyHeads name a family, a clan or a dynasty before its name (أسرة
// مينغ، عشيرة دينغ، أسرتي مينغ وتشنغ), with or without و (class cFamily).
var familyHeads = keySet("أسرة", "أسرتي", "عشيرة")

// familyHeadDual is the key of أسرتي, two families (أسرتي مينغ وتشنغ).
var familyHeadDual = arabic.Normalize("أسرتي")

// familyNames finds the name of a family, a clan or a dynasty after its
// head (rule per.ar.family: أسرة تانغ، عشيرة دينغ، أسرة آقبيق): a free word
// with no article, pronoun or feminine ending, no common word or verb, and
// the names the lexicon knows after it (أسرة نزار قباني); after the dual
// أسرتي, the second name with و too (أسرتي مينغ وتشنغ). عائلة is left
// out: as often a count (عائلة واحدة) as a family's name.
func (r *Recognizer) familyNames(text string, toks []token.Token, sc *scratch, covered []bool) []Mention {
	if !sc.has(cFamily) {
		return nil // most texts
	}
	kc, stc, hm := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.hm[:len(toks)]
	var out []Mention
	for i := 0; i+1 < len(toks); i++ {
		if i = nextMarked(hm, i, hotCue); i+1 >= len(toks) { // eight tokens a test
			break
		}
		if (kc[i]|stc[i])&cFamily == 0 {
			continue
		}
		j := i + 1
		if covered[j] || toks[j].Sentence != toks[i].Sentence || !r.familyWord(text, &toks[j]) || strings.HasPrefix(toks[j].Key, "و") {
			continue
		}
		k := j + 1
		for k < len(toks) && k < j+3 && !covered[k] && toks[k].Sentence == toks[j].Sentence && toks[k].Script == token.Arabic &&
			!strings.HasPrefix(toks[k].Key, "و") && r.known(text, &toks[k]) && r.familyWord(text, &toks[k]) {
			k++ // أسرة نزار + قباني
		}
		start, end := toks[j].Start, toks[k-1].End
		out = append(out, headMention(text, start, end, j, k, gazetteer.PER, "per.ar.family"))
		markCovered(covered, j, k)
		if c := k; stemOf(&toks[i]) == familyHeadDual && c < len(toks) && !covered[c] && toks[c].Sentence == toks[j].Sentence &&
			strings.HasPrefix(toks[c].Key, "و") && r.familyWord(text, &toks[c]) {
			t := &toks[c] // أسرتي مينغ + وتشنغ, the conjunction left out
			if s, conj := t.Unconj(); conj && utf8.RuneCountInString(s) >= 3 {
				start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], 1)
				out = append(out, Mention{Start: start, End: t.End, Text: text[start:t.End], Type: gazetteer.PER, Name: text[start:t.End],
					Source: SourceRule, Rule: "per.ar.family", First: c, Last: c + 1, Clitic: "و"})
				covered[c] = true
			}
		}
		i = k - 1
	}
	return out
}

// familyWord reports whether t can be the name of a family after its
// head; see familyNames.
func (r *Recognizer) familyWord(text string, t *token.Token) bool {
	w := t.Key
	if t.Script != token.Arabic || strings.HasPrefix(w, "ال") || arabic.IsStopword(w) || commonWords[w] || classOf(w) != 0 || nasab[w] ||
		strings.ContainsFunc(w, notLetter) || hasTanween(text[t.Start:t.End]) || commonReading(t) {
		return false
	}
	s, _ := t.Unconj()
	n := utf8.RuneCountInString(s)
	if n < 3 || adjectiveLike(s) || imperfectVerb(s) || verbalNoun(s) || commonShape(s) ||
		n == 5 && strings.HasPrefix(s, "ت") && !r.known(text, t) {
		return false // كبيرة، سعيدة، تركية، تنتمي
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && arabic.IsStopword(rd.Stem) {
			return false // كأي
		}
	}
	for _, suf := range [...]string{"ها", "هم", "كم", "نا", "وا"} {
		if strings.HasSuffix(s, suf) {
			return false
		}
	}
	return true
}
