package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// verbSubjectNames finds one-word first names that stand as the subject
// right after a verb inside a sentence, with no title or other cue (rule
// per.ar.verbsubject: ورفض حمدان العقوبة، شعرت أولغا بالصدمة، ويروي كورت لنا).
// It widens subjectNames, which needs the verb to open a clause and a
// preposition after the name. Here the verb has the shape that
// subjectVerb reads or is an imperfect that ends in ي (ويروي); without و
// it must be an imperfect or a past in ت (see imperfectOrFeminine), and
// the first-name list must not know it. The name is a first name of four
// letters or more that the list knows, with no article (ألونسو, written
// with أل, has none) and no و, no common word (see commonFirstName), no
// adjective or فعيل shape, and no known name or word with the article
// follows it (the person and first-name rules read longer names), nor a
// demonstrative (وينقضي غالب ذلك الوقت: a noun).
func (r *Recognizer) verbSubjectNames(text string, toks []token.Token, covered []bool) []Mention {
	if r.Names == nil || r.FirstNames == nil {
		return nil
	}
	var out []Mention
	for i := 1; i < len(toks); i++ {
		t, v := &toks[i], &toks[i-1]
		// Cheap tests first, on bytes: an uncovered Arabic word of four
		// letters or more (two bytes a letter) without the article or و,
		// after a word of three letters or more with و or of the shape of
		// imperfectOrFeminine; then the lookups.
		if covered[i] || covered[i-1] || t.Script != token.Arabic || v.Script != token.Arabic || len(t.Key) < 8 || len(v.Key) < 8 ||
			!strings.HasPrefix(v.Key, "و") && !imperfectOrFeminine(v.Key) ||
			strings.HasPrefix(t.Key, "ال") && !strings.HasPrefix(text[t.Start:t.End], "أل") || strings.HasPrefix(t.Key, "و") ||
			v.Sentence != t.Sentence || !r.FirstNames.IsName(t.Key) {
			continue
		}
		if !subjectVerb(v) && !defectiveImperfect(v.Key) || inLexicon(r.FirstNames, v) {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Sentence == t.Sentence {
			p := &toks[i+1]
			if p.Script == token.Arabic && (r.known(text, p) || strings.HasPrefix(p.Key, "ال") || demonstratives[p.Key]) {
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

// defectiveImperfect reports whether key is an imperfect with و of a verb
// that ends in ي (ويروي، ويقضي), which subjectVerb leaves out with the
// nouns that end in ي.
func defectiveImperfect(key string) bool {
	// و، ي, two or three letters, ي: five or six letters of two bytes
	return (len(key) == 10 || len(key) == 12) && strings.HasPrefix(key, "وي") && strings.HasSuffix(key, "ي")
}
