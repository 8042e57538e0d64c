package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// TestClasses checks that a key's class has the bit of every word list that
// holds it and no other, for the words of the lists and for the tokens of
// news (whose keys the filter of classOf must not lose).
func TestClasses(t *testing.T) {
	lists := classLists
	want := func(key string) class {
		var c class
		for _, l := range lists {
			if l.set[key] {
				c |= l.c
			}
		}
		return c
	}
	text, _, err := newssample.Text(1 << 18)
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"", "a", "و", "Trump", "2015", "«"}
	for _, l := range lists {
		for w := range l.set {
			keys = append(keys, w)
		}
	}
	found := 0
	for _, tk := range token.Tokenize(text) {
		keys = append(keys, tk.Key)
		for _, rd := range tk.Readings {
			keys = append(keys, rd.Stem)
		}
	}
	for _, k := range keys {
		got := classOf(k)
		if got != want(k) {
			t.Errorf("classOf(%q) = %b, want %b", k, got, want(k))
		}
		if got != 0 {
			found++
		}
	}
	if found == 0 {
		t.Error("no key in any list")
	}
}

// TestHasTanween compares hasTanween with the rune-wise test it replaces,
// on the words of news and on broken UTF-8.
func TestHasTanween(t *testing.T) {
	text, _, err := newssample.Text(1 << 18)
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "ً", "مؤكدًا", "أبدٌ", "كتابٍ", "\xd9", "\xe0\xd9\x8b", "\xd9\xd9\x8c", "a\xd9\x8d", "محمد"}
	words = append(words, strings.Fields(text)...)
	with := 0
	for _, w := range words {
		want := strings.ContainsAny(w, "\u064b\u064c\u064d")
		if got := hasTanween(w); got != want {
			t.Errorf("hasTanween(%q) = %v, want %v", w, got, want)
		}
		if want {
			with++
		}
	}
	if with == 0 {
		t.Error("no word with tanween")
	}
}

// TestByFirst checks the sort of mentions by first token against a stable
// sort, on orders that need cycles of several lengths.
func TestByFirst(t *testing.T) {
	var long []int // more mentions than byFirst's room on the stack
	for i := range 300 {
		long = append(long, (i*37)%101)
	}
	for _, firsts := range [][]int{nil, {0}, {1, 0}, {2, 0, 1}, {3, 1, 0, 2, 5, 4}, {0, 1, 2}, {4, 4, 1, 0, 9, 7, 1, 3}, long, long[:128],
		{3, -1, 0, -1, 2}, {1 << 31, 0, 1 << 31, 5}} { // the last two: the fallback sort
		ms := make([]Mention, len(firsts))
		for i, f := range firsts {
			ms[i] = Mention{First: f, Text: strings.Repeat("x", i)} // Text tells ties apart
		}
		want := slices.Clone(ms)
		slices.SortStableFunc(want, func(a, b Mention) int { return a.First - b.First })
		if got := byFirst(ms); !slices.EqualFunc(got, want, func(a, b Mention) bool { return a.First == b.First && a.Text == b.Text }) {
			t.Errorf("byFirst(%v) = %v, want %v", firsts, got, want)
		}
	}
}

// TestClassIndex checks that the table agrees with the map on every key of
// the lists, on near misses of each and on keys of other hashes.
func TestClassIndex(t *testing.T) {
	n := 0
	for k := range classes {
		keys := []string{k, k + "ا", k[:len(k)-1], k[1:]}
		if len(k) >= 2 {
			b := []byte(k)
			b[len(b)-1]++
			keys = append(keys, string(b))
		}
		for _, key := range keys {
			if len(key) < 2 {
				continue
			}
			want := classes[key]
			if got := classIndex.lookup(key, filterHash(key)); got != want {
				t.Errorf("classIndex.lookup(%q) = %b, the map says %b", key, got, want)
			}
			if got := classOf(key); got != want {
				t.Errorf("classOf(%q) = %b, the map says %b", key, got, want)
			}
			if want != 0 {
				n++
			}
		}
	}
	if n < len(classes) {
		t.Errorf("only %d of %d keys found", n, len(classes))
	}
}

func TestKeepRuleBufs(t *testing.T) {
	for _, c := range []struct {
		n    int
		kept bool
	}{{0, true}, {3, true}, {maxReusedMentions, true}, {maxReusedMentions + 1, false}} {
		rules := make([]Mention, c.n)
		for i := range rules {
			rules[i].Text = "نص"
		}
		first := []Mention{{Text: "اسم"}}
		s := new(scratch)
		s.keepRuleBufs(rules, first)
		if kept := s.ruleBuf != nil && cap(s.ruleBuf) == c.n; kept != c.kept && c.n > 0 {
			t.Errorf("%d mentions: kept %v, want %v", c.n, kept, c.kept)
		}
		if len(s.ruleBuf) != 0 || len(s.firstBuf) != 0 || cap(s.firstBuf) != 1 {
			t.Errorf("%d mentions: buffers of %d and %d mentions (room %d), want empty ones", c.n, len(s.ruleBuf), len(s.firstBuf), cap(s.firstBuf))
		}
		for i := range rules {
			if rules[i].Text != "" {
				t.Fatalf("%d mentions: mention %d not cleared", c.n, i)
			}
		}
		if first[0].Text != "" {
			t.Errorf("%d mentions: first name not cleared", c.n)
		}
	}
}

// TestKeyMarks checks classMarks, and classify, which inlines it, against
// the word lists' own filters and classOf, for the words of the lists and
// the tokens of news (with and without their conjunction).
func TestKeyMarks(t *testing.T) {
	text, _, err := newssample.Text(1 << 16)
	if err != nil {
		t.Fatal(err)
	}
	toks := token.Tokenize("و ab Trump " + text)
	var keys []string
	for k := range classes {
		keys = append(keys, k)
	}
	for _, tk := range toks {
		keys = append(keys, tk.Key, stemOf(&tk))
	}
	marked := 0
	for _, k := range keys {
		var want uint8
		if featureFilter.may(k) {
			want |= markFeature
		}
		if clubFilter.may(k) {
			want |= markClub
		}
		if streetFilter.may(k) {
			want |= markStreet
		}
		c, m, h := classMarks(k)
		if c != classOf(k) || m != want || len(k) >= 2 && h != filterHash(k) || len(k) < 2 && h != 0 {
			t.Errorf("classMarks(%q) = %b, %b, %d; want %b, %b", k, c, m, h, classOf(k), want)
		}
		if m != 0 {
			marked++
		}
	}
	if marked == 0 {
		t.Error("no key marked")
	}
	var s scratch
	s.classify(toks)
	for i := range toks {
		tk := &toks[i]
		c, m, h := classMarks(tk.Key)
		cs := c
		if st := stemOf(tk); st != tk.Key {
			var ms uint8
			cs, ms, _ = classMarks(st)
			m |= ms & (markFeature | markClub)
		}
		if s.kc[i] != c || s.sc[i] != cs || s.wm[i] != m || s.fh[i] != uint16(h) || s.hm[i] != hotOf(c|cs) {
			t.Errorf("classify: token %d (%q): %b %b %b %d %b, want %b %b %b %d %b", i, tk.Key, s.kc[i], s.sc[i], s.wm[i], s.fh[i], s.hm[i],
				c, cs, m, h, hotOf(c|cs))
		}
	}
}

// classMarks returns, as classify does inline, the class of key and the
// marks the filters of the word lists of features, clubs and streets give
// it (which may be wrong the way a filter is: the rules check the lists),
// from one filterHash, which it returns too (0 for a key shorter than two
// bytes).
func classMarks(key string) (class, uint8, uint) {
	if len(key) < 2 {
		return 0, 0, 0
	}
	h := filterHash(key)
	b := keyMarks[h]
	if key[0] < 0x80 || b&inClasses == 0 {
		return 0, b &^ inClasses, h // every listed word is Arabic
	}
	return classIndex.lookup(key, h), b &^ inClasses, h
}
