package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

// TestNounLike checks which words after a first name the gazetteer holds
// alone read as Arabic nouns or verbs rather than as a foreign family name.
func TestNounLike(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"مقاليد", true},     // a broken plural in م
		{"ملامح", true},      // a broken plural in م
		{"مساعدة", true},     // a feminine in م
		{"لمكافحة", true},    // the same after ل
		{"لانتقادات", true},  // a plural in ات after ل
		{"سجناء", true},      // a plural in اء
		{"قرينة", true},      // the pattern فعيلة
		{"تناولت", true},     // a verb in the past
		{"ملكا", true},       // no long vowel inside
		{"بالاك", false},     // Ballack
		{"بنيس", false},      // Bennis
		{"ماتيراتزي", false}, // Materazzi: م, but no broken plural
		{"كابديفيا", false},  // Capdeville
		{"هيبيا", false},     // Hyypiä
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.word)
		if len(toks) != 1 {
			t.Fatalf("Tokenize(%q): %d tokens", tt.word, len(toks))
		}
		if got := nounLike(&toks[0]); got != tt.want {
			t.Errorf("nounLike(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
