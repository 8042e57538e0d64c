package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// verbSubjects finds one-word names that the lexicon knows as the subject
// of a verb with و that opens a clause, where subjectNames sees no
// preposition after the name but the verb's complement (rule
// per.ar.subject: وتكلم عمر، وعمل محفوظ موظفا). The verb and the name are
// those of subjectNames (the verb with و only, not in quotes nor in a
// list of names: ورشوان توفيق، وسميرة); after the name comes punctuation
// or an accusative (a word of four letters or more ending in ا, no
// article). A word with the article is as often a noun's complement
// (وقتل مطلق النار، وأرجع نجاح العمل), and a noun with a pronoun the family
// name of a name (وعرض أحمد روايته).
func (r *Recognizer) verbSubjects(text string, toks []token.Token, covered []bool) []Mention {
	if r.Names == nil || r.FirstNames == nil {
		return nil
	}
	var out []Mention
	for x := -1; x+3 < len(toks); x++ {
		if x >= 0 && toks[x].Script != token.Punct {
			continue
		}
		j := x + 1
		i := j + 1
		v, t, p := &toks[j], &toks[i], &toks[i+1]
		// Cheap tests first: the shapes of the verb and of what follows.
		if v.Script != token.Arabic || t.Script != token.Arabic || !strings.HasPrefix(v.Key, "و") || !complementShape(p) ||
			covered[i] || covered[j] || v.Sentence != t.Sentence || p.Sentence != t.Sentence || !subjectVerb(v) {
			continue
		}
		n := utf8.RuneCountInString(t.Key)
		if strings.HasPrefix(t.Key, "ال") || strings.HasPrefix(t.Key, "و") || n < 3 || commonShape(t.Key) ||
			(n == 3 || adjectiveLike(t.Key) || faeel(t.Key)) && !inLexicon(r.FirstNames, t) || pronounPrepositions[t.Key] ||
			!r.nameToken(text, toks, i, covered) || !r.known(text, t) || n < 5 && prepositionWord(t) ||
			p.Script == token.Arabic && r.known(text, p) {
			continue // a name goes on at p
		}
		if x >= 0 && (toks[x].Key == "«" || toks[x].Key == "\"") || r.listGoesOn(text, toks, i+1) {
			continue // «ويلكو جونسون»، ورشوان توفيق، وسميرة: names, no verb
		}
		out = append(out, Mention{Start: t.Start, End: t.End, Text: text[t.Start:t.End], Type: gazetteer.PER, Name: text[t.Start:t.End],
			Source: SourceRule, Rule: "per.ar.subject", First: i, Last: i + 1})
		covered[i] = true
	}
	return out
}

// listGoesOn reports whether a list of names goes on at token k: a comma,
// then a name the lexicon knows with و.
func (r *Recognizer) listGoesOn(text string, toks []token.Token, k int) bool {
	if k+1 >= len(toks) || toks[k].Key != "،" && toks[k].Key != "," {
		return false
	}
	n := &toks[k+1]
	_, conj := n.Unconj()
	return conj && strings.HasPrefix(n.Key, "و") && r.known(text, n)
}

// complementShape reports whether p, right after the subject of a verb,
// has the shape of the verb's complement rather than of the next word of
// the subject's name: punctuation, or an accusative (a word of four
// letters or more ending in ا, without the article or و); see
// verbSubjects.
func complementShape(p *token.Token) bool {
	if p.Script == token.Punct {
		return true
	}
	w := p.Key
	// Arabic letters have two bytes: four letters or more.
	return p.Script == token.Arabic && len(w) >= 8 && strings.HasSuffix(w, "ا") && !strings.HasPrefix(w, "ال") && !strings.HasPrefix(w, "و")
}
