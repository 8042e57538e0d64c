// A firm's name that only begins a longer quoted name: «غوغل بلاي»،
// «أبل ميوزيك»، «ميتسوبيشي مايننغ». The quoted whole is a product, which
// the news annotation leaves untagged, or the name of another firm; the
// firm alone is neither.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// maxQuotedTail bounds the words after the firm's name in the quotes.
const maxQuotedTail = 3

// quotedProduct reports whether the mention ms[i], which follows «, is
// the gazetteer's company that opens a pair of guillemets (« … ») which
// close one to maxQuotedTail words after it, words no other mention covers
// (in «داعش ليبيا» or «كي بي إم جي السعودية» a place follows: a branch,
// and the name stays), and no complement follows it (شركة داسو للصناعات
// الجوية: the firm's own name, a mention cut short that stays).
func quotedProduct(text string, toks []token.Token, ms []Mention, i int) bool {
	m := &ms[i]
	if m.Type != gazetteer.ORG || m.Subtype != "company" || m.Source != SourceGazetteer || m.Clitic != "" {
		return false
	}
	sent := toks[m.First].Sentence
	e := m.Last
	for e < len(toks) && e-m.Last <= maxQuotedTail && toks[e].Sentence == sent && toks[e].Key != "»" &&
		toks[e].Key != "«" && (toks[e].Script == token.Arabic || toks[e].Script == token.Latin) {
		e++
	}
	if e == m.Last || e >= len(toks) || toks[e].Key != "»" || e-m.Last > maxQuotedTail || !free(ms, i, m.Last, e) {
		return false
	}
	t := text[toks[m.Last].Start:toks[m.Last].End]
	return !strings.HasPrefix(t, "لل") && !strings.HasPrefix(t, "لأ") && !strings.HasPrefix(t, "لإ")
}

// mentionEnds runs, in one pass over ms once the rules are done, the last
// mends of a mention's bounds and reading: the head before a foreign
// firm's name (foreignFirmHead), السعودية as an adjective
// (countryAdjective) and a firm that only begins a quoted product's name,
// which it drops (quotedProduct). Each is told by an integer or a token's
// key first, which most mentions fail. It works on ms in place.
func mentionEnds(text string, toks []token.Token, ms []Mention) []Mention {
	dropped := false
	for i := range ms {
		m := &ms[i]
		switch n := m.Last - m.First; {
		case n == 1 && len(m.Text) == len(saudiArabia):
			countryAdjective(text, toks, m)
		case n >= 2 && n <= 4:
			foreignFirmHead(text, toks, m)
		}
		if m.First > 0 && toks[m.First-1].Key == "«" && quotedProduct(text, toks, ms, i) {
			m.Type, dropped = "", true
		}
	}
	if !dropped {
		return ms
	}
	return dropUntyped(ms) // in place: no other slice holds ms here
}
