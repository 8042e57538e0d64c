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
