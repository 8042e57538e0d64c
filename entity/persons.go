// People: the passes over person mentions that run after the rules have
// found them (see Recognize).

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// futureClitic reports whether a gazetteer match of a person carries the
// future prefix س among its proclitics (وسائل read as و + س + ايل): names
// never take it, verbs do.
func futureClitic(m *gazetteer.Match) bool {
	return m.Entries[0].Type == gazetteer.PER && strings.Contains(m.Clitic, "س")
}

// withoutPrepositionAli drops the one-word mentions of علي that stand for
// the preposition على, in a text whose writer puts a ya for its final alef
// maqsura: when the text never writes على, the written ya tells nothing
// (see isAli), and a lone علي before a word (وشدد علي أنه، غارات علي صفد) is
// the preposition; before punctuation, a number or the end of its sentence,
// or after a title or a role (الإمام علي), it stays a name.
func withoutPrepositionAli(text string, toks []token.Token, ms []Mention) []Mention {
	checked, writesAlaa := false, false
	out := ms[:0]
	for _, m := range ms {
		if m.Type == gazetteer.PER && m.Last-m.First == 1 && stemOf(&toks[m.First]) == "علي" && m.Last < len(toks) &&
			toks[m.Last].Sentence == toks[m.First].Sentence && toks[m.Last].Script != token.Punct && toks[m.Last].Script != token.Digit &&
			(m.First == 0 || !isTitleToken(&toks[m.First-1]) && !roles[stemOf(&toks[m.First-1])]) {
			if !checked {
				checked, writesAlaa = true, strings.Contains(text, "على")
			}
			if !writesAlaa {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// personSurname reports whether t, a word the lexicon lacks right after a
// first name, may be the family name: a word unknownSurname allows that
// has no shape of a verbal noun (ارتفاع، تزايد، تراجع) or of a short word
// with a preposition (لمدة): فارس تزايد الأضرار is Fares expecting a rise.
func personSurname(t *token.Token) bool {
	if !unknownSurname(t) {
		return false
	}
	k := t.Key
	r := []rune(k)
	switch n := len(r); {
	case verbalNoun(k), n == 5 && r[0] == 'ت' && r[2] == 'ا':
		return false
	case n <= 5 && hasPreposition(t):
		return false
	}
	return true
}

// familyName reports whether t, after آل, names a family: any Arabic word
// of three letters or more, even one that is otherwise a common word (آل
// ثاني، آل الشيخ، آل سعود).
func familyName(t *token.Token) bool {
	return t.Script == token.Arabic && len([]rune(t.Key)) >= 3
}

// nisbaSurnameMention returns the index in ms of the mention at token k,
// right after a name of two words or more, when it is a one-word nisba with
// the article that is the person's family name (محمد سعيد الكندي وزير
// البيئة): the name ends right after it (see lastSurname). Else it returns
// -1.
func nisbaSurnameMention(toks []token.Token, ms []Mention, k int) int {
	if k+1 >= len(toks) || toks[k].Sentence != toks[k-1].Sentence || toks[k+1].Sentence != toks[k].Sentence || !nisbaSurname(&toks[k]) {
		return -1
	}
	if n := &toks[k+1]; !titles[n.Key] && !roles[n.Key] && !appositions[n.Key] {
		return -1 // مالكولم اكس الأميركي،: a nationality after a name is no family name
	}
	for i := range ms {
		if m := &ms[i]; m.First == k && m.Nisba && m.Last == k+1 && m.Clitic == "" {
			return i
		}
	}
	return -1
}

// aalKey is the key of آل, the family of (آل سعود).
var aalKey = arabic.Normalize("آل")

// articleSurnameAt reports whether toks[k], a word with the article that
// the lexicon lacks after a name of two words or more, is the family name
// (محمد سليم العوا،): a word with a family name's shape (see
// articleSurname), no plural, and punctuation right after it.
func (r *Recognizer) articleSurnameAt(text string, toks []token.Token, k int) bool {
	t := &toks[k]
	if !articleSurname(t) || r.known(text, t) || strings.HasSuffix(t.Key, "ين") || strings.HasSuffix(t.Key, "ون") ||
		strings.HasSuffix(t.Key, "ات") || k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	return n.Sentence == t.Sentence && n.Script == token.Punct
}
