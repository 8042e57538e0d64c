package entity

import (
	"slices"
	"testing"
)

// TestCompactor checks that a compactor keeps the mentions it is told to,
// in order, in place, whichever are dropped, and that dropUntyped keeps
// the mentions with a type the same way.
func TestCompactor(t *testing.T) {
	for _, tc := range []struct {
		name string
		keep []bool
	}{
		{"all", []bool{true, true, true, true}},
		{"none", []bool{false, false, false}},
		{"first dropped", []bool{false, true, true, true}},
		{"last dropped", []bool{true, true, true, false}},
		{"runs", []bool{true, false, true, true, false, false, true, true, true, false, true}},
		{"one kept at the end", []bool{false, false, false, true}},
		{"empty", nil},
	} {
		ms := make([]Mention, len(tc.keep))
		var want []Mention
		for i := range ms {
			ms[i] = Mention{First: i, Last: i + 1, Text: string(rune('a' + i))}
			if tc.keep[i] {
				want = append(want, ms[i])
			}
		}
		var c compactor
		for i := range ms {
			if tc.keep[i] {
				c.keep(ms, i)
			}
		}
		got := c.done(ms)
		if !slices.EqualFunc(got, want, sameMention) {
			t.Errorf("%s: kept %v, want %v", tc.name, got, want)
		}
		if len(got) > 0 && &got[0] != &ms[0] {
			t.Errorf("%s: the mentions kept are not in the array of ms", tc.name)
		}
		typed := make([]Mention, len(tc.keep))
		for i := range typed {
			typed[i] = Mention{First: i, Last: i + 1, Text: string(rune('a' + i))}
			if tc.keep[i] {
				typed[i].Type = "PER"
			}
		}
		for i := range want {
			want[i].Type = "PER"
		}
		if got := dropUntyped(typed); !slices.EqualFunc(got, want, sameMention) {
			t.Errorf("%s: dropUntyped kept %v, want %v", tc.name, got, want)
		}
	}
}
