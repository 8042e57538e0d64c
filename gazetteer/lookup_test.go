package gazetteer_test

import (
	"slices"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/token"
)

// lookupFresh is Matcher.Lookup with arrays of its own: tokens from
// token.Tokenize and matches from FindAll.
func lookupFresh(m *gazetteer.Matcher, name string) ([]*gazetteer.Entry, bool) {
	toks := token.Tokenize(name)
	for i := range toks {
		toks[i].Sentence = 0
	}
	for _, mt := range m.FindAll(name, toks) {
		if mt.Start == 0 && mt.End == len(toks) {
			return mt.Entries, mt.Nisba
		}
	}
	return nil, false
}

// TestLookupPooled checks Lookup, which works in pooled arrays, against
// lookupFresh on the default gazetteer: names, nisbas, words no name has,
// parts of names, and text of several sentences.
func TestLookupPooled(t *testing.T) {
	m, err := world.Matcher()
	if err != nil {
		t.Skip(err)
	}
	found := 0
	for _, name := range []string{
		"مراكش", "وجدة", "الرباط", "المغربي", "المراكشي", "صحيفة الشرق الأوسط", "قناة الجزيرة",
		"الأمم المتحدة", "الشرق", "كتب", "", "،", "باريس. لندن", "Paris", "ال", "مكناس",
	} {
		wes, wn := lookupFresh(m, name)
		for range 2 { // (the second time with the pool's arrays)
			es, n := m.Lookup(name)
			if !slices.Equal(es, wes) || n != wn {
				t.Errorf("Lookup(%q) = %v %v, want %v %v", name, es, n, wes, wn)
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
