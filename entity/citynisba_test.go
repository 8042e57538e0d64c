package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer/world"
)

// TestCityNisba checks cityNisba, whose four look-ups share one string,
// on the default gazetteer: the nisbas of its doc comment and keys that
// are no city's nisba.
func TestCityNisba(t *testing.T) {
	m, err := world.Matcher()
	if err != nil {
		t.Skip(err)
	}
	r := &Recognizer{Matcher: m}
	for _, c := range []struct {
		key  string
		want bool
	}{
		{"المراكشي", true}, {"الوجديه", true}, {"المكناسي", true},
		{"مراكشي", false}, {"المراكش", false}, {"الي", false}, {"الرئيسي", false}, {"السياسيه", false},
	} {
		if got := r.cityNisba(c.key); got != c.want {
			t.Errorf("cityNisba(%q) = %v, want %v", c.key, got, c.want)
		}
	}
}
