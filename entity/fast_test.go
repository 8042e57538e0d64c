package entity

import (
	"strings"
	"testing"
)

// TestTrimConjunctions checks trimConjunctions against strings.TrimLeft.
func TestTrimConjunctions(t *testing.T) {
	for _, p := range []string{"", "و", "ف", "ول", "فب", "وفل", "ل", "ب", "بو", "لف", "ال", "وال", "x", "و\xd9", "\xd9\x88\xd9", "ففف"} {
		if got, want := trimConjunctions(p), strings.TrimLeft(p, "وف"); got != want {
			t.Errorf("trimConjunctions(%q) = %q, want %q", p, got, want)
		}
	}
}

// TestKeyBits checks that a keyBits holds every key put in and turns most
// others away.
func TestKeyBits(t *testing.T) {
	in := []string{"محمد", "علي", "الحمادي", "هولاند", "بوتين", "عبد", "الله", "ترامب", "ab", "Obama"}
	out := []string{"قال", "الرئيس", "وزير", "الخارجية", "في", "من", "إلى", "اليوم", "الأمريكي", "السعودية", "بن",
		"أحمد", "حسن", "العربية", "مجلس", "الأمن", "cd", "Trump", "the", "والله"}
	f := newKeyBits(len(in))
	for _, k := range in {
		f.add(k)
	}
	for _, k := range in {
		if !f.may(k) {
			t.Errorf("may(%q) = false after add", k)
		}
	}
	passed := 0
	for _, k := range out {
		if f.may(k) {
			passed++
		}
	}
	if passed > 2 {
		t.Errorf("%d of %d keys not put in pass the filter", passed, len(out))
	}
}

// TestNextMarked checks nextMarked against a loop over the marks, from
// every start, across the eight-mark words.
func TestNextMarked(t *testing.T) {
	for _, marks := range [][]uint8{nil, {0}, {1}, {0, 0, 0, 0, 0, 0, 0, 0, 0, 2}, {2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3},
		{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4}, {5, 5, 5, 5, 5, 5, 5, 5, 5},
		{0, 0, 0, 4, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 3, 0}} {
		for _, m := range []uint8{1, 2, 3, 4} {
			for i := 0; i <= len(marks); i++ {
				want := i
				for want < len(marks) && marks[want]&m == 0 {
					want++
				}
				if got := nextMarked(marks, i, m); got != want {
					t.Errorf("nextMarked(%v, %d, %d) = %d, want %d", marks, i, m, got, want)
				}
			}
		}
	}
}
