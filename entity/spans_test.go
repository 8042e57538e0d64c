package entity

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
)

func TestOverlapsAny(t *testing.T) {
	found := []Mention{{First: 2, Last: 4}, {First: 6, Last: 7}, {First: 9, Last: 12}}
	tests := []struct {
		first, last int
		want        bool
	}{
		{0, 2, false}, {0, 3, true}, {3, 3, true}, {4, 6, false}, {4, 7, true}, {5, 6, false},
		{6, 6, false}, {7, 9, false}, {8, 10, true}, {11, 15, true}, {12, 15, false}, {0, 20, true},
	}
	for _, tt := range tests {
		m := Mention{First: tt.first, Last: tt.last}
		naive := slices.ContainsFunc(found, func(w Mention) bool { return m.Last > w.First && m.First < w.Last })
		if got := overlapsAny(found, &m); got != tt.want || got != naive {
			t.Errorf("overlapsAny([%d,%d)) = %v, want %v (naive %v)", tt.first, tt.last, got, tt.want, naive)
		}
	}
	if overlapsAny(nil, &Mention{First: 0, Last: 5}) {
		t.Error("overlapsAny(nil) = true")
	}
}

func TestQuotedOrgSpans(t *testing.T) {
	ms := []Mention{
		{Type: gazetteer.ORG, Source: SourceGazetteer, First: 7, Last: 9},
		{Type: gazetteer.ORG, Source: SourceRule, First: 1, Last: 2},
		{Type: gazetteer.LOC, Source: SourceGazetteer, First: 3, Last: 4},
		{Type: gazetteer.ORG, Source: SourceGazetteer, First: 4, Last: 6},
	}
	orgs := quotedOrgSpans(ms)
	tests := []struct {
		first, last int
		want        bool
	}{{7, 9, true}, {4, 6, true}, {1, 2, false}, {3, 4, false}, {7, 8, false}, {4, 5, false}}
	for _, tt := range tests {
		if _, got := slices.BinarySearch(orgs, span(tt.first, tt.last)); got != tt.want {
			t.Errorf("span [%d,%d) found %v, want %v", tt.first, tt.last, got, tt.want)
		}
	}
}

// naiveWithoutInside is withoutInside by its definition: each mention
// against the last of outer that starts at or before it.
func naiveWithoutInside(ms, outer []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		o := -1
		for j := range outer {
			if outer[j].First <= m.First {
				o = j
			}
		}
		if o >= 0 && m.Last <= outer[o].Last {
			continue
		}
		out = append(out, m)
	}
	return out
}

func TestWithoutInside(t *testing.T) {
	outer := []Mention{{First: 2, Last: 5}, {First: 8, Last: 9}, {First: 12, Last: 16}, {First: 30, Last: 33}}
	tests := []struct {
		name string
		ms   [][2]int
	}{
		{"in order", [][2]int{{0, 1}, {2, 3}, {3, 5}, {4, 6}, {8, 9}, {10, 11}, {13, 14}, {31, 32}, {40, 41}}},
		{"back and forth", [][2]int{{13, 14}, {2, 4}, {31, 33}, {9, 10}, {3, 4}, {3, 6}, {40, 41}, {0, 1}, {12, 16}}},
		{"groups", [][2]int{{0, 1}, {6, 7}, {20, 21}, {2, 3}, {14, 15}, {30, 34}, {1, 2}, {8, 9}}},
		{"none", nil},
	}
	for _, tt := range tests {
		var ms []Mention
		for _, s := range tt.ms {
			ms = append(ms, Mention{First: s[0], Last: s[1], Text: "x"})
		}
		want := naiveWithoutInside(ms, outer)
		got := withoutInside(slices.Clone(ms), outer)
		if !slices.EqualFunc(got, want, func(a, b Mention) bool { return a.First == b.First && a.Last == b.Last }) {
			t.Errorf("%s: withoutInside = %v, want %v", tt.name, got, want)
		}
	}
	// Random mentions, mostly in token order as the recognizer makes them.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		var outer, ms []Mention
		for f := 0; f < 60; f += 1 + rng.IntN(6) {
			l := f + 1 + rng.IntN(4)
			outer = append(outer, Mention{First: f, Last: l})
			f = l
		}
		for range 40 {
			f := rng.IntN(70)
			if len(ms) > 0 && rng.IntN(4) > 0 {
				f = ms[len(ms)-1].First + rng.IntN(4)
			}
			ms = append(ms, Mention{First: f, Last: f + 1 + rng.IntN(5)})
		}
		want := naiveWithoutInside(ms, outer)
		got := withoutInside(slices.Clone(ms), outer)
		if !slices.EqualFunc(got, want, func(a, b Mention) bool { return a.First == b.First && a.Last == b.Last }) {
			t.Fatalf("withoutInside(%v, %v) = %v, want %v", ms, outer, got, want)
		}
	}
}

func TestWithoutEmpty(t *testing.T) {
	tests := [][][2]int{
		{{0, 1}, {1, 1}, {2, 4}, {5, 5}, {6, 7}},
		{{1, 1}, {2, 2}},
		{{0, 2}, {3, 4}},
		{{3, 3}, {0, 2}, {4, 4}},
		nil,
	}
	for _, spans := range tests {
		var ms []Mention
		for _, s := range spans {
			ms = append(ms, Mention{First: s[0], Last: s[1], Text: "x"})
		}
		want := slices.DeleteFunc(slices.Clone(ms), func(m Mention) bool { return m.Last == m.First })
		got := withoutEmpty(ms)
		if !slices.EqualFunc(got, want, func(a, b Mention) bool { return a.First == b.First && a.Last == b.Last }) {
			t.Errorf("withoutEmpty(%v) = %v, want %v", spans, got, want)
		}
		for _, m := range ms[len(got):] {
			if m.Text != "" {
				t.Errorf("withoutEmpty(%v) left %+v past the end", spans, m)
			}
		}
	}
}

func TestRoomFor(t *testing.T) {
	tests := []struct{ n, want int }{
		{0, 256}, {1, 256}, {256, 256}, {257, 512}, {1000, 1024}, {maxReused, maxReused}, {maxReused + 1, maxReused + 1}, {3 * maxReused, 3 * maxReused},
	}
	for _, tt := range tests {
		if got := roomFor(tt.n); got != tt.want || got < tt.n {
			t.Errorf("roomFor(%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}

// TestWithoutDropped checks withoutDropped against a copy of the mentions
// that drop does not hold, then found: drops at the edges, in a row,
// false, out of range, more than its room of sixteen, and none.
func TestWithoutDropped(t *testing.T) {
	many := map[int]bool{}
	for i := 0; i < 40; i += 2 {
		many[i] = true
	}
	tests := []struct {
		n     int
		drop  map[int]bool
		found int
	}{
		{5, nil, 0},
		{5, nil, 2},
		{5, map[int]bool{}, 1},
		{5, map[int]bool{0: true}, 0},
		{5, map[int]bool{4: true}, 1},
		{5, map[int]bool{1: true, 2: true, 3: true}, 2},
		{5, map[int]bool{0: true, 1: true, 2: true, 3: true, 4: true}, 1},
		{5, map[int]bool{2: false, 3: true}, 0},
		{5, map[int]bool{-1: true, 5: true, 9: true}, 1},
		{41, many, 3},
		{0, map[int]bool{0: true}, 2},
	}
	for _, tt := range tests {
		var ms, found []Mention
		for i := range tt.n {
			ms = append(ms, Mention{First: i, Last: i + 1, Text: strconv.Itoa(i)})
		}
		for i := range tt.found {
			found = append(found, Mention{First: 100 + i, Last: 101 + i})
		}
		var want []Mention
		for i := range ms {
			if !tt.drop[i] {
				want = append(want, ms[i])
			}
		}
		want = append(want, found...)
		got := withoutDropped(slices.Clone(ms), tt.drop, found)
		if !slices.EqualFunc(got, want, func(a, b Mention) bool { return a.First == b.First && a.Last == b.Last && a.Text == b.Text }) {
			t.Errorf("withoutDropped(%d mentions, %v, %d found) = %v, want %v", tt.n, tt.drop, tt.found, got, want)
		}
	}
}

// TestFirstBuckets checks that the buckets hold every mention once, in
// the bucket of its first token, in the mentions' order, and refuse a
// first token out of range.
func TestFirstBuckets(t *testing.T) {
	tests := []struct {
		firsts []int
		n      int
		ok     bool
	}{
		{nil, 10, true},
		{[]int{0, 63, 64, 1, 200, 64, 127, 128}, 201, true},
		{[]int{5, 5, 5}, 6, true},
		{[]int{3, 10}, 10, false},
		{[]int{-1}, 10, false},
	}
	for _, tt := range tests {
		var ms []Mention
		for _, f := range tt.firsts {
			ms = append(ms, Mention{First: f, Last: f + 1})
		}
		b, ok := newFirstBuckets(ms, tt.n)
		if ok != tt.ok {
			t.Errorf("newFirstBuckets(%v, %d): ok = %v, want %v", tt.firsts, tt.n, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		for from := 0; from < tt.n; from += 7 {
			for to := from; to < tt.n; to += 13 {
				var want []int32
				for bk := from >> firstShift; bk <= to>>firstShift; bk++ {
					for i, f := range tt.firsts {
						if f>>firstShift == bk {
							want = append(want, int32(i))
						}
					}
				}
				if got := b.in(from, to); !slices.Equal(got, want) {
					t.Errorf("buckets of %v: in(%d, %d) = %v, want %v", tt.firsts, from, to, got, want)
				}
			}
		}
	}
}

// TestMentionLookups checks oneWords.at against oneWordAt and
// overlapIndex.placesInside against placesInside on random mentions,
// places and others, some of one token, some empty, some grown after the
// first look-up (as personTails grows them) or added (as quotedOrgs adds
// its own), short lists and long ones.
func TestMentionLookups(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	types := []gazetteer.Type{gazetteer.LOC, gazetteer.LOC, gazetteer.PER, gazetteer.ORG}
	for round := range 300 {
		n := 20 + rng.IntN(300)
		var ms []Mention
		covered := make([]bool, n)
		for range rng.IntN(80) {
			f := rng.IntN(n)
			l := min(f+rng.IntN(4), n)
			m := Mention{First: f, Last: l, Type: types[rng.IntN(len(types))], Nisba: rng.IntN(8) == 0}
			if rng.IntN(4) == 0 {
				m.Clitic = "ل"
			}
			ms = append(ms, m)
			for i := f; i < l; i++ {
				covered[i] = true
			}
		}
		w := oneWords{ms: ms, n: n}
		x := overlapIndex{}
		for q := range 400 {
			if q == 200 { // after the first look-ups: mentions grow, and are added
				for y := range ms {
					if ms[y].Last < n && rng.IntN(5) == 0 {
						ms[y].Last++
					}
				}
				ms = append(ms, Mention{First: rng.IntN(n), Last: n, Type: gazetteer.LOC})
			}
			k := rng.IntN(n + 2)
			if got, want := w.at(k), oneWordAt(w.ms, k); got != want {
				t.Fatalf("round %d: oneWords.at(%d) = %d, want %d", round, k, got, want)
			}
			first := rng.IntN(n)
			e := min(first+1+rng.IntN(6), n)
			clitic := rng.IntN(2) == 0
			gotIn, gotOK := x.placesInside(ms, covered, first, e, clitic)
			wantIn, wantOK := placesInside(ms, covered, first, e, clitic)
			if gotOK != wantOK || !slices.Equal(gotIn, wantIn) {
				t.Fatalf("round %d: placesInside(%d, %d, %v) = %v, %v, want %v, %v", round, first, e, clitic, gotIn, gotOK, wantIn, wantOK)
			}
		}
	}
}
