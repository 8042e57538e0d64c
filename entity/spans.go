package entity

import (
	"slices"

	"github.com/khabar-nlp/khabar/gazetteer"
)

// span packs the tokens first and last of a mention in one integer that
// sorts by first, then last.
func span(first, last int) uint64 { return uint64(uint32(first))<<32 | uint64(uint32(last)) }

// quotedOrgSpans returns the sorted spans of the organisations of ms the
// gazetteer found, which works looks up by binary search instead of
// going through ms for each title.
func quotedOrgSpans(ms []Mention) []uint64 {
	orgs := []uint64{}
	for i := range ms {
		if o := &ms[i]; o.Type == gazetteer.ORG && o.Source == SourceGazetteer && o.First >= 0 && o.Last >= 0 {
			orgs = append(orgs, span(o.First, o.Last))
		}
	}
	slices.Sort(orgs)
	return orgs
}

// overlapsAny reports whether m shares a token with one of found, which
// are in token order and do not overlap: m.Last > w.First && m.First <
// w.Last for some w. It finds the first w that ends after m starts by
// binary search; the ones after it start no earlier.
func overlapsAny(found []Mention, m *Mention) bool {
	lo, hi := 0, len(found)
	for lo < hi {
		if h := int(uint(lo+hi) >> 1); found[h].Last > m.First {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo < len(found) && m.Last > found[lo].First && m.First < found[lo].Last
}

// withoutEmpty returns ms without the mentions of no token (Last ==
// First), in place, as slices.DeleteFunc does, clearing the tail; it
// tests each mention where it is instead of copying it into the test.
func withoutEmpty(ms []Mention) []Mention {
	out := ms[:0]
	for i := range ms {
		if ms[i].Last == ms[i].First {
			continue
		}
		if len(out) == i {
			out = out[:i+1] // nothing dropped yet: in place
		} else {
			out = append(out, ms[i])
		}
	}
	clear(ms[len(out):])
	return out
}
