package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer/world"
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

// TestForeignSurname checks which words after a first name read as a
// family name the lexicon lacks.
func TestForeignSurname(t *testing.T) {
	r := &Recognizer{Names: world.PersonNames(), FirstNames: world.FirstNames()}
	tests := []struct {
		word string
		want bool
	}{
		{"كابديفيا", true}, // Capdeville
		{"سيروب", true},    // a long vowel: no verb in the future
		{"بالاك", true},    // ب and a short word with the article: Ballack
		{"والكن", true},    // و and alef: Walken
		{"ويلسون", true},   // و and ya: Wilson
		{"وأعلن", false},   // و and a hamza: and announced
		{"ووقع", false},    // و and a word in و: and signed
		{"وجرائم", false},  // و and a noun
		{"تعهد", false},    // a verb in the past: no long vowel
		{"سيمثل", false},   // a verb in the future
		{"تعيين", false},   // a verbal noun
		{"قادها", false},   // a verb with a pronoun
		{"بالساحل", false}, // ب and a word with the article
		{"للتوقيع", false}, // لل
		{"وسعيد", false},   // the next name of a list
		{"الشاعر", false},  // the article
	}
	for _, tt := range tests {
		text := "جون " + tt.word
		toks := token.Tokenize(text)
		if len(toks) != 2 {
			t.Fatalf("Tokenize(%q): %d tokens", text, len(toks))
		}
		if got := r.foreignSurname(text, toks, 1); got != tt.want {
			t.Errorf("foreignSurname(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
