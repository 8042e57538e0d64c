package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// verbSubjectNames finds one-word first names that stand as the subject
// right after a verb inside a sentence, with no title or other cue (rule
// per.ar.verbsubject: وكان حمدان، السائق السابق; بدأ نزار يكتب; ورفض حمدان
// الإجراءات). It widens subjectNames, which needs the verb to open a clause
// and a preposition after the name: here the verb has the shape that
// subjectVerb reads (و and three to five letters, or a bare past or
// imperfect), and the name is a first name of four letters or more that
// the first-name list knows, is no common word, no adjective or فعيل
// shape, and does not go on into another name (the person and first-name
// rules read those). The next token must end the subject: punctuation, a
// preposition or أن, or the end of the sentence.
func (r *Recognizer) verbSubjectNames(text string, toks []token.Token, covered []bool) []Mention {
	if r.Names == nil || r.FirstNames == nil {
		return nil
	}
	var out []Mention
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		// Cheap tests first: an uncovered Arabic word of four letters or
		// more (two bytes a letter) without the article or و.
		if covered[i] || covered[i-1] || t.Script != token.Arabic || len(t.Key) < 8 ||
			strings.HasPrefix(t.Key, "ال") || strings.HasPrefix(t.Key, "و") || !r.FirstNames.IsName(t.Key) {
			continue
		}
		v := &toks[i-1]
		if v.Script != token.Arabic || v.Sentence != t.Sentence || !subjectVerb(v) || inLexicon(r.FirstNames, v) ||
			!strings.HasPrefix(v.Key, "و") && !imperfectOrFeminine(v.Key) {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Sentence == t.Sentence {
			p := &toks[i+1]
			if p.Script == token.Arabic && (r.known(text, p) || strings.HasPrefix(p.Key, "ال")) {
				continue
			}
		}
		n := utf8.RuneCountInString(t.Key)
		if n < 4 || commonShape(t.Key) || adjectiveLike(t.Key) || faeel(t.Key) || pronounPrepositions[t.Key] ||
			i+1 == len(toks) && ambiguousFirst[t.Key] || i+1 < len(toks) && !r.commonFirstName(toks, i) || !r.nameToken(text, toks, i, covered) || prepositionWord(t) {
			continue
		}
		out = append(out, Mention{Start: t.Start, End: t.End, Text: text[t.Start:t.End], Type: gazetteer.PER, Name: text[t.Start:t.End],
			Source: SourceRule, Rule: "per.ar.verbsubject", First: i, Last: i + 1})
		covered[i] = true
	}
	return out
}

// imperfectOrFeminine reports whether key, a verb without و, is an
// imperfect (يشرح، تتذكر) or a past with the ending ت (وافقت، شعرت): a bare
// past of three letters is too often a noun (جبل، ابن، رجل، أمر).
func imperfectOrFeminine(key string) bool {
	return len(key) >= 8 && (strings.HasPrefix(key, "ي") || strings.HasPrefix(key, "ت") || strings.HasSuffix(key, "ت"))
}
