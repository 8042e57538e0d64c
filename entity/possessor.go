package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// possessorLink is the link (ذو, possessor of) that opens the last part of
// a name: عز الدين ذو الفقار، نادية ذو الفقار. (The oblique ذي mostly opens
// a description: محمد اليونسي ذي الأصول المغربية.)
const possessorLink = "ذو"

// possessorEnds grows each person mention of ms that a rule ended on a
// possessor link (المخرج عز الدين ذو) over the word that the link
// possesses: a free Arabic word of the same sentence with the article and
// three letters or more after it (الفقار), that no word with the article
// other than a function word follows: ذو العين الواحدة describes a man by
// his one eye. A name does not end on ذو: without the word that follows,
// the mention is cut in two and its repeats (عز الدين) find no full name.
// It works in place and covers the words it adds.
func possessorEnds(text string, toks []token.Token, covered []bool, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First < 2 || m.Last >= len(toks) || toks[m.Last-1].Key != possessorLink || m.Type != gazetteer.PER {
			continue
		}
		k := m.Last
		n := &toks[k]
		if covered[k] || n.Script != token.Arabic || n.Sentence != toks[m.First].Sentence ||
			!strings.HasPrefix(n.Key, "ال") || len([]rune(n.Key)) < len("ال")/2+3 {
			continue
		}
		if a := k + 1; a < len(toks) && toks[a].Sentence == n.Sentence && strings.HasPrefix(toks[a].Key, "ال") && !arabic.IsStopword(toks[a].Key) {
			continue // ذو العين الواحدة: an adjective follows
		}
		m.End = n.End
		m.Text = text[m.Start:m.End]
		m.Name = m.Text
		m.Last++
		covered[k] = true
	}
}
