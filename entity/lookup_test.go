package entity

import (
	"slices"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer/world"
)

// TestLookUp checks lookUp against gazetteer.Matcher.Lookup on the default
// gazetteer: names, nisbas, words no name has, parts of names, and text
// of several sentences.
func TestLookUp(t *testing.T) {
	m, err := world.Matcher()
	if err != nil {
		t.Skip(err)
	}
	found := 0
	for _, name := range []string{
		"مراكش", "وجدة", "الرباط", "المغربي", "المراكشي", "صحيفة الشرق الأوسط", "قناة الجزيرة",
		"الأمم المتحدة", "الشرق", "كتب", "", "،", "باريس. لندن", "Paris", "ال", "مكناس",
	} {
		wes, wn := m.Lookup(name)
		for range 2 { // (the second time with the pool's arrays)
			es, n := lookUp(m, name)
			if !slices.Equal(es, wes) || n != wn {
				t.Errorf("lookUp(%q) = %v %v, want %v %v", name, es, n, wes, wn)
			}
		}
		if len(wes) > 0 {
			found++
		}
	}
	if found < 5 {
		t.Errorf("%d names found, want 5 or more: the test tests little", found)
	}
}

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
