package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/token"
)

// TestCommonWordsNoFirstNames checks that commonWords holds no first name
// of the default lexicon but the few that were weighed against the news
// (a word there is never the first word of a person's name by the rules).
func TestCommonWordsNoFirstNames(t *testing.T) {
	weighed := keySet("أسرار", "اسمي", "تراث", "سانت", "قائدو", "أفكار")
	first := world.FirstNames()
	for w := range commonWords {
		if first.IsName(w) && !weighed[w] {
			t.Errorf("commonWords holds the first name %q", w)
		}
	}
}

// TestCommonReading checks which words read as a proclitic before a word
// of commonWords.
func TestCommonReading(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"بأسلوب", true},  // ب + أسلوب
		{"وشارع", true},   // و + شارع
		{"لصحيفة", true},  // ل + صحيفة
		{"كفن", false},    // ك + فن: a stem of two letters (Kevin)
		{"كمال", false},   // ك + مال: no listed word
		{"أسلوب", false},  // no proclitic
		{"بأسماء", false}, // ب + أسماء: a name
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.word)
		if len(toks) != 1 {
			t.Fatalf("Tokenize(%q): %d tokens", tt.word, len(toks))
		}
		if got := commonReading(&toks[0]); got != tt.want {
			t.Errorf("commonReading(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
