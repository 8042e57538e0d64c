package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

// TestVerbShape checks which words the person guard reads as verbs at the
// end of a name.
func TestVerbShape(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"رفضوا", true},    // a plural in وا
		{"ليضربوا", true},  // the same after لـ
		{"العوا", false},   // a family name with the article
		{"دعوا", false},    // four letters: too short to tell
		{"انتخب", true},    // form VIII past
		{"اعتبر", true},    // form VIII past
		{"انسحب", true},    // form VII past
		{"أنطون", false},   // Anton: a long vowel where the verb has none
		{"أشتون", false},   // Ashton
		{"استطاعت", true},  // form X past, feminine
		{"استيفنس", false}, // no final ta
		{"أجرى", true},     // form IV past written with alef maqsura
		{"أجري", false},    // the same key written with ya
		{"تلد", true},      // imperfect of three letters
		{"نطل", true},      // imperfect of three letters
		{"توم", false},     // a long vowel: a name
		{"كمال", false},    // a name
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.word)
		if len(toks) != 1 {
			t.Fatalf("Tokenize(%q): %d tokens", tt.word, len(toks))
		}
		if got := verbShape(tt.word, toks[0].Key); got != tt.want {
			t.Errorf("verbShape(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
