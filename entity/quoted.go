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
	kc, stc, hm := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.hm[:len(toks)]
	hot, _ := hotMask(heads) // (both classes of heads have a hot bit)
	var drop map[int]bool
	var inside overlapIndex
	for i := 0; i+3 < len(toks); i++ {
		if i = nextMarked(hm, i, hot); i+3 >= len(toks) { // eight tokens a test
			break
		}
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
		inner, ok := inside.placesInside(ms, covered, first, e, true)
		if !ok || len(inner) > 0 && (labelHeads[toks[i].Key] || labelHeads[stemOf(&toks[i])]) {
			continue
		}
		for _, x := range inner {
			drop = markDrop(drop, x)
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
