package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/token"
)

// TestWeakPlaceNamesInGazetteer checks that every name of weakPlaceNames
// is a one-word Arabic name of a place in the default gazetteer: a name
// the gazetteer lost needs no guard.
func TestWeakPlaceNamesInGazetteer(t *testing.T) {
	m, err := world.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	places := map[string]bool{}
	for e := range m.Entries {
		if e.Type != gazetteer.LOC {
			continue
		}
		for _, n := range e.Names["ar"] {
			places[arabic.Normalize(n)] = true
		}
	}
	for w := range weakPlaceNames {
		if !mayBeWeak(w) {
			t.Errorf("weakBloom lacks %q", w)
		}
		if !places[w] {
			t.Errorf("weakPlaceNames holds %q, which is no place's name in the default gazetteer", w)
		}
	}
	for w := range weakPlacePeople {
		if !weakPlaceNames[w] {
			t.Errorf("weakPlacePeople holds %q, which weakPlaceNames lacks", w)
		}
	}
}

// TestWeakKey checks which tokens read as a weak place's name.
func TestWeakKey(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		{"قم", "قم"},
		{"وقم", "قم"},         // و + قم
		{"للحلة", "الحله"},    // ل + الحلة, the alef elided
		{"بالعقبة", "العقبه"}, // ب + العقبة
		{"بأبيه", "بابيه"},    // Pavia's name, read whole
		{"قمة", ""},           // a summit
		{"كابلات", ""},        // cables: no reading is the name
		{"طهران", ""},         // a place, not a weak one
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.word)
		if len(toks) != 1 {
			t.Fatalf("Tokenize(%q): %d tokens", tt.word, len(toks))
		}
		if got := weakKey(&toks[0], true); got != tt.want {
			t.Errorf("weakKey(%q, true) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
