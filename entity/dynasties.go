package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// dynastyNames turns a one-word currency that the gazetteer found right
// after the head of a family into the family's name (rule per.ar.family:
// أسرة + يوان is the Yuan dynasty, not the yuan), as familyNames would
// have read it; after the dual أسرتي, the second name with و too (أسرتي
// سونغ + ويوان); never a word with the article (اليوان). It runs after
// familyNames and rewrites ms in place.
func dynastyNames(text string, toks []token.Token, sc *scratch, ms []Mention) {
	if !sc.has(cFamily) {
		return // most texts
	}
	for x := range ms {
		m := &ms[x]
		i := m.First - 1
		if m.Type != gazetteer.MISC || m.Subtype != "currency" || m.Last != m.First+1 || i < 0 || toks[i].Sentence != toks[m.First].Sentence ||
			strings.HasPrefix(toks[m.First].Key, "ال") {
			continue
		}
		head := (sc.kc[i]|sc.sc[i])&cFamily != 0 && m.Clitic == ""
		if !head && !(m.Clitic == "و" && afterDual(toks, ms, m.First)) {
			continue
		}
		c := m.Clitic
		*m = headMention(text, m.Start, m.End, m.First, m.Last, gazetteer.PER, "per.ar.family")
		m.Clitic = c
	}
}

// afterDual reports whether a family's name that the dual أسرتي heads
// (أسرتي سونغ) ends right before token k.
func afterDual(toks []token.Token, ms []Mention, k int) bool {
	for i := range ms {
		if f := ms[i].First; ms[i].Last == k && ms[i].Rule == "per.ar.family" && f > 0 && stemOf(&toks[f-1]) == familyHeadDual {
			return true
		}
	}
	return false
}
