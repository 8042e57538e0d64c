package entity

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
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

// TestRepeatIndexFew checks that a repeatIndex of a few names, without its
// map, finds the same repeats as one of many names, with its map: the same
// names and more that match nothing in the text.
func TestRepeatIndexFew(t *testing.T) {
	text := "غنى سامي يوسف وكتب فارس خوري ثم جاء وسامي يوسف مع فارس خوري ولفارس خوري وسامي سامي."
	pad := " alpha beta gamma delta epsilon zeta eta theta iota kappa"
	toks := token.Tokenize(text + pad)
	n := len(token.Tokenize(text))
	found := []Mention{{First: 1, Last: 3, Type: gazetteer.PER, Name: "سامي يوسف"}, {First: 4, Last: 6, Type: gazetteer.PER, Name: "فارس خوري"}}
	many := slices.Clone(found)
	for i := n; i < len(toks); i++ {
		many = append(many, Mention{First: i, Last: i + 1, Type: gazetteer.PER, Name: toks[i].Key})
	}
	if len(found) > fewRepeats || len(many) <= fewRepeats {
		t.Fatalf("%d and %d names: want a few and many", len(found), len(many))
	}
	fx, mx := newRepeatIndex(toks, found, make([]uint64, 16), make([]repeatName, 0, fewRepeats)), newRepeatIndex(toks, many, make([]uint64, 16), nil)
	if fx.byFirst != nil || mx.byFirst == nil {
		t.Fatalf("maps: %v of a few names, %v of many: want none and one", fx.byFirst != nil, mx.byFirst != nil)
	}
	repeats := 0
	for i := 6; i < n; i++ {
		fc, mc := make([]bool, len(toks)), make([]bool, len(toks))
		fo, fe := fx.at(text, toks, fc, i, nil)
		mo, me := mx.at(text, toks, mc, i, nil)
		if fe != me || !slices.Equal(fc, mc) || !slices.EqualFunc(fo, mo, sameMention) {
			t.Errorf("token %d %q: a few names find %v (end %d), many %v (end %d)", i, toks[i].Key, fo, fe, mo, me)
		}
		repeats += len(fo)
	}
	if repeats != 3 {
		t.Errorf("%d repeats, want 3 (وسامي يوسف، فارس خوري، ولفارس خوري)", repeats)
	}
}

// sameMention reports whether a and b are the same mention, but for their
// candidates.
func sameMention(a, b Mention) bool {
	a.Candidates, b.Candidates = nil, nil
	return reflect.DeepEqual(a, b)
}
