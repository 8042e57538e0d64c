package entity

import (
	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// prepositionPrefixes are the proclitics, a preposition with or without a
// conjunction, that the first-name rule does not read off a first name.
var prepositionPrefixes = keySet("ل", "ب", "ول", "وب", "فل", "فب")

// prepositionNames finds the persons named after the preposition ل or ب
// written on their first name (لأحمد الشمري، لأدريان لين; rule
// per.ar.preposition-name), which the first-name rule leaves: more words
// with ل or ب read as a first name than are one (لدينا، بيان، لحسن). So
// the stem must be a first name of four letters or more that is no
// common word, while the word itself is no first name; and the next word,
// free and in the same sentence, a family name that ends the name: a
// nisba-shaped family name (الشمري) or a word the lexicon knows as a name
// but not as a first name (لين), with punctuation, a function word, a
// title or a role after it (see lastSurname). The mention starts after
// the proclitics.
func (r *Recognizer) prepositionNames(text string, toks []token.Token, covered []bool) []Mention {
	if r.FirstNames == nil || r.Names == nil {
		return nil
	}
	var out []Mention
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if covered[i] || covered[i+1] || t.Script != token.Arabic || len(t.Readings) == 0 || toks[i+1].Sentence != t.Sentence ||
			toks[i+1].Script != token.Arabic {
			continue
		}
		rd := prepositionFirst(t)
		if rd == nil || r.isName(t.Key) {
			continue
		}
		s := rd.Stem
		if len([]rune(s)) < 4 || classOf(s)&cCommon != 0 || ambiguousFirst[s] || commonFirst[s] || arabic.IsStopword(s) || !r.isFirstName(s) {
			continue
		}
		n := &toks[i+1]
		if !(nisbaSurname(n) || r.isName(n.Key) && unknownSurname(n)) || !lastSurname(toks, i+1) {
			continue
		}
		start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], len([]rune(rd.Prefix)))
		out = append(out, Mention{Start: start, End: n.End, Text: text[start:n.End], Type: gazetteer.PER, Name: text[start:n.End],
			Source: SourceRule, Rule: "per.ar.preposition-name", Clitic: rd.Prefix, First: i, Last: i + 2})
		covered[i], covered[i+1] = true, true
		i++
	}
	return out
}

// prepositionFirst returns the reading of t with a preposition's
// proclitics (see prepositionPrefixes), or nil.
func prepositionFirst(t *token.Token) *arabic.Reading {
	for ri := range t.Readings {
		if rd := &t.Readings[ri]; prepositionPrefixes[rd.Prefix] {
			return rd
		}
	}
	return nil
}
