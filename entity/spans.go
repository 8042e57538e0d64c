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

// firstShift sets the tokens of a bucket of firstBuckets: 64.
const firstShift = 6

// firstBuckets holds the indices of mentions by their first token, in
// buckets of 64 tokens, in the mentions' order within a bucket: a counting
// sort, without comparisons, so that a look-up by token reads a bucket
// instead of every mention.
type firstBuckets struct {
	start []int32 // bucket b holds idx[start[b]:start[b+1]]
	idx   []int32
}

// newFirstBuckets returns the buckets of ms, whose first tokens are in
// [0, n), and false if one is not.
func newFirstBuckets(ms []Mention, n int) (firstBuckets, bool) {
	nb := n>>firstShift + 1
	b := firstBuckets{start: make([]int32, nb+1), idx: make([]int32, len(ms))}
	for i := range ms {
		f := ms[i].First
		if f < 0 || f >= n {
			return firstBuckets{}, false
		}
		b.start[f>>firstShift+1]++
	}
	for i := 1; i <= nb; i++ {
		b.start[i] += b.start[i-1]
	}
	next := slices.Clone(b.start[:nb])
	for i := range ms {
		k := ms[i].First >> firstShift
		b.idx[next[k]] = int32(i)
		next[k]++
	}
	return b, true
}

// in returns the indices of the mentions whose first token is in bucket
// of token from to that of token to, in [0, n), both included: by bucket,
// then in the mentions' order.
func (b *firstBuckets) in(from, to int) []int32 {
	return b.idx[b.start[from>>firstShift]:b.start[to>>firstShift+1]]
}
