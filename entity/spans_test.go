package entity

import (
	"slices"
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
