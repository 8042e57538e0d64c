package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

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
func (r *Recognizer) prepositionNames(text string, toks []token.Token, covered []bool, tf []uint8) []Mention {
	if r.FirstNames == nil || r.Names == nil {
		return nil
	}
	var out []Mention
	// The candidates are the tokens flagged tfTitle: with a preposition,
	// five letters or more and no class, or a title's cue (see
	// tokenFlags), eight flags at a time.
	for i := 0; i+1 < len(toks); i++ {
		if i = nextMarked(tf, i, tfTitle); i+1 >= len(toks) {
			break
		}
		t, n := &toks[i], &toks[i+1]
		if covered[i] || covered[i+1] || articleAfterPreposition(t.Key) || n.Script != token.Arabic || n.Sentence != t.Sentence {
			continue
		}
		rd := prepositionFirst(t)
		if rd == nil || len(rd.Stem) < 4*2 || strings.HasPrefix(rd.Stem, "ال") {
			continue // (the bytes of four letters at least, and no article: before the look-ups)
		}
		s := rd.Stem
		if !r.isFirstName(s) || !(nisbaSurname(n) || r.isName(n.Key) && unknownSurname(n)) || !lastSurname(toks, i+1) {
			continue // (the look-ups that fail most first)
		}
		if len([]rune(s)) < 4 || classOf(s)&cCommon != 0 || ambiguousFirst[s] || commonFirst[s] || arabic.IsStopword(s) || r.isName(t.Key) {
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
// proclitics (ل، ب، ول، وب، فل، فب), or nil.
func prepositionFirst(t *token.Token) *arabic.Reading {
	for ri := range t.Readings {
		switch rd := &t.Readings[ri]; rd.Prefix {
		case "ل", "ب", "ول", "وب", "فل", "فب":
			return rd
		}
	}
	return nil
}

// articleAfterPreposition reports whether key, which may start with a
// preposition (see mayHavePreposition), has the article after it (بال،
// وبال، لل، ولل), by its bytes: most words with a preposition do, and no
// first name.
func articleAfterPreposition(key string) bool {
	if len(key) >= 4 && key[0] == 0xD9 && (key[1] == 0x88 || key[1] == 0x81) {
		key = key[2:] // و or ف
	}
	return strings.HasPrefix(key, "لل") || len(key) >= 6 && key[2:6] == "ال"
}
