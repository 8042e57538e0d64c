package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// verbSubjectNames finds one-word first names that stand as the subject
// right after a verb inside a sentence, with no title or other cue (rule
// per.ar.verbsubject: ورفض حمدان العقوبة، يشرح إيفانز مفصلا، ويروي مايكل لنا).
// It widens subjectNames, which needs the verb to open a clause and a
// preposition after the name. Here the verb has the shape that
// subjectVerb reads or is an imperfect with و that ends in ي (ويروي), and
// starts with و or ي: a bare past of three letters is too often a noun
// (جبل طارق), and the pasts in ت and the imperfects with ت are left out
// for the cost of the scan (شعرت أولغا); the first-name list must not
// know the verb. The name is a first name of four letters or more that
// the list knows, with no article (ألونسو, written with أل, has none) and
// no و, no common word (see commonFirstName), no adjective or فعيل shape;
// no known name or word with the article follows it (the person and
// first-name rules read longer names), nor a demonstrative (وينقضي غالب
// ذلك الوقت: a noun).
func (r *Recognizer) verbSubjectNames(text string, toks []token.Token, covered []bool, xf []uint8) []Mention {
	if r.Names == nil || r.FirstNames == nil {
		return nil
	}
	var out []Mention
	xf = xf[:len(toks)]
	for i := 1; i < len(toks); i++ {
		// Cheap tests first, on the flags of the verb slot, eight tokens a
		// test: a word of four letters or more that starts with و or ي
		// (see verbSlot); most tokens stop here.
		if i = nextMarked(xf, i-1, xfVerbSlot) + 1; i >= len(toks) {
			break
		}
		v := &toks[i-1]
		// Then an uncovered Arabic word of four letters or more without
		// the article or و, in the verb's sentence; then the lookups.
		t := &toks[i]
		if covered[i] || covered[i-1] || t.Script != token.Arabic || v.Script != token.Arabic || len(t.Key) < 8 ||
			strings.HasPrefix(t.Key, "ال") && !strings.HasPrefix(text[t.Start:t.End], "أل") || strings.HasPrefix(t.Key, "و") ||
			v.Sentence != t.Sentence || !r.isFirstName(t.Key) {
			continue
		}
		if !r.verbBeforeName(v) {
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

// defectiveImperfect reports whether key is an imperfect with و of a verb
// that ends in ي (ويروي، ويقضي), which subjectVerb leaves out with the
// nouns that end in ي.
func defectiveImperfect(key string) bool {
	// و، ي, two or three letters, ي: five or six letters of two bytes
	return (len(key) == 10 || len(key) == 12) && strings.HasPrefix(key, "وي") && strings.HasSuffix(key, "ي")
}
