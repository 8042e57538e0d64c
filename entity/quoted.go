package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// quoteClosers pairs the quotes that open a name after a head noun with
// those that close it; headRule takes « and " when no mention is inside.
var quoteClosers = map[string]string{"«": "»", "\"": "\"", "'": "'", "“": "”", "”": "”"}

// quotedHeadNames finds the organisations named in quotes after a head
// noun that headRule leaves (rule org.ar.head): between single or curly
// quotes (صحيفة 'دايلي ميرور'، سهم “شعاع كابيتال”), or over a place the
// gazetteer found inside with a proclitic, which is a misreading (صحيفة
// "لانس": ل + انس). The name has one to five tokens; the places inside it
// are no mentions of their own. It returns ms with the new mentions.
func quotedHeadNames(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	const heads = cOrgHead | cQuotedOrg
	if !sc.has(heads) {
		return ms
	}
	covered := sc.covered
	kc, stc := sc.kc[:len(toks)], sc.sc[:len(toks)]
	var drop map[int]bool
	for i := 0; i+3 < len(toks); i++ {
		if (kc[i]|stc[i])&heads == 0 || covered[i] || toks[i].Script != token.Arabic || toks[i+1].Script != token.Punct {
			continue
		}
		closer, ok := quoteClosers[toks[i+1].Key]
		if !ok {
			continue
		}
		first := i + 2
		e := first
		for e < len(toks) && e < first+5 && toks[e].Key != closer && toks[e].Sentence == toks[i].Sentence && toks[e].Script != token.Punct {
			e++
		}
		if e == first || e >= len(toks) || toks[e].Key != closer || toks[e].Sentence != toks[i].Sentence {
			continue
		}
		inner, ok := misreadInside(ms, covered, first, e)
		if !ok {
			continue
		}
		for _, x := range inner {
			if drop == nil {
				drop = map[int]bool{}
			}
			drop[x] = true
		}
		ms = append(ms, headMention(text, toks[first].Start, toks[e-1].End, first, e, gazetteer.ORG, "org.ar.head"))
		markCovered(covered, i, e+1)
		i = e
	}
	if drop == nil {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// misreadInside returns the indices in ms of the mentions over tokens of
// [first, e), and whether a quoted name may take them in: places (not
// nisbas) inside it, shorter than it or read with a proclitic.
func misreadInside(ms []Mention, covered []bool, first, e int) ([]int, bool) {
	if !anyCovered(covered, first, e) {
		return nil, true
	}
	var inner []int
	n := 0
	for x := range ms {
		m := &ms[x]
		if m.Last <= first || m.First >= e {
			continue
		}
		if m.Type != gazetteer.LOC || m.Nisba || m.First < first || m.Last > e || m.Last-m.First == e-first && m.Clitic == "" {
			return nil, false
		}
		inner = append(inner, x)
		n += m.Last - m.First
	}
	covers := 0
	for i := first; i < e; i++ {
		if covered[i] {
			covers++
		}
	}
	return inner, covers == n
}
