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
