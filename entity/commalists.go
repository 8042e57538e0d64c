package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// commaListed finds the people of a list whose items a comma separates
// (rule per.ar.comma-list), next to a person's name of two words or more:
// عبد الله السدحان + ، حسن عسيري + ، محمد العيسى (a cast, a team). An
// item is two words, a first name and a family name as listedPair takes
// them (one of the two known to the lexicon, no title, role or article on
// the first), after a comma (or و after a comma), and it must end where
// the list goes on: at punctuation, at و or at the end of the sentence;
// so an apposition (، وزير الخارجية) or a name of three words stops the
// list. Before the name, items are taken back while a comma or a colon
// comes before them; the list's first item, after another word, when the
// lexicon knows both its words and that word can be no name. The
// rule per.ar.list takes the lists joined by و alone.
func (r *Recognizer) commaListed(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	if r.Names == nil {
		return nil
	}
	var out []Mention
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First < 2 {
			continue
		}
		after := m.Last < len(toks) && isComma(&toks[m.Last])
		before := m.First > 0 && isComma(&toks[m.First-1])
		if !after && !before || m.Type != gazetteer.PER || m.Nisba {
			continue // most names: no list
		}
		sent := toks[m.First].Sentence
		for k := m.Last; k < len(toks) && toks[k].Sentence == sent; {
			a, conj := k, true
			if isComma(&toks[k]) {
				a = k + 1
				conj = a < len(toks) && andPrefixed(&toks[a])
			}
			if !r.commaItem(text, toks, covered, a, conj) {
				break
			}
			out = append(out, commaMention(text, toks, a, conj))
			markCovered(covered, a, a+2)
			k = a + 2
		}
		for k := m.First - 1; before && k >= 3 && isComma(&toks[k]) && toks[k-3].Sentence == sent; k -= 3 {
			a := k - 2
			conj := andPrefixed(&toks[a])
			if !r.commaItem(text, toks, covered, a, conj) {
				break
			}
			p := &toks[a-1]
			if !isComma(p) && p.Key != ":" {
				// The list's first item: both names known, after a word
				// that can be no name (بمشاركة نجوى إبراهيم، أحمد بدير).
				first, _ := toks[a].Unconj()
				if conj || !r.isName(first) || !r.known(text, &toks[a+1]) || r.nameToken(text, toks, a-1, covered) {
					break
				}
			}
			out = append(out, commaMention(text, toks, a, conj))
			markCovered(covered, a, a+2)
		}
	}
	return out
}

// commaItem reports whether toks[a:a+2], not covered, is a person's two
// names in a list (see commaListed), with و before the first when conj.
func (r *Recognizer) commaItem(text string, toks []token.Token, covered []bool, a int, conj bool) bool {
	if a < 0 || a+1 >= len(toks) || covered[a] || covered[a+1] {
		return false
	}
	// Where the item ends first: the test of the names looks words up.
	if e := a + 2; e < len(toks) && toks[e].Sentence == toks[a].Sentence {
		if n := &toks[e]; (n.Script != token.Punct || n.Key == "(" || n.Key == "«") && !andPrefixed(n) {
			return false
		}
	}
	return r.listedPair(text, toks, a, conj) && classOf(stemOf(&toks[a]))&cNasab == 0 && // لوي بوشرون، ابن المؤسس
		!r.prepositional(&toks[a])
}

// prepositional reports whether t, the first word of a list item, is no
// name the lexicon knows and may carry a preposition: بشكل كامل، كابن
// تيمية are no names (بشير is one).
func (r *Recognizer) prepositional(t *token.Token) bool {
	first, _ := t.Unconj()
	if r.isName(first) {
		return false
	}
	for _, rd := range t.Readings {
		if p := strings.TrimPrefix(rd.Prefix, "و"); p == "ب" || p == "ك" || p == "ل" {
			return true
		}
	}
	return false
}

// commaMention returns the mention of the list item toks[a:a+2], without
// its و when conj.
func commaMention(text string, toks []token.Token, a int, conj bool) Mention {
	start, clitic := toks[a].Start, ""
	if conj {
		start += arabic.PrefixBytes(text[toks[a].Start:toks[a].End], 1)
		clitic = "و"
	}
	end := toks[a+1].End
	m := headMention(text, start, end, a, a+2, gazetteer.PER, "per.ar.comma-list")
	m.Clitic = clitic
	return m
}

// isComma reports whether t is a comma, Arabic or Latin.
func isComma(t *token.Token) bool { return t.Key == "،" || t.Key == "," }

// andPrefixed reports whether t carries the conjunction و.
func andPrefixed(t *token.Token) bool {
	_, c := t.Unconj()
	return c && strings.HasPrefix(t.Key, "و")
}
