package gazetteer

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/token"
)

// findAllUnfiltered is AppendFindAll without its filters: it walks the
// trie from every reading of every token but punctuation. The filters
// may only spare walks that find nothing, so AppendFindAll must return
// the same matches.
func findAllUnfiltered(m *Matcher, text string, toks []token.Token) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		if toks[i].Script != token.Punct {
			if mt, ok := m.walkAt(text, toks, i, ^uint64(0)); ok {
				out = append(out, mt)
				i = mt.End
				continue
			}
		}
		i++
	}
	return out
}

// checkUnfiltered fails t when FindAll and findAllUnfiltered differ on
// text.
func checkUnfiltered(t *testing.T, m *Matcher, text string) {
	t.Helper()
	toks := token.Tokenize(text)
	want := findAllUnfiltered(m, text, toks)
	got := m.FindAll(text, toks)
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty(), cmp.Comparer(func(a, b *Entry) bool { return a == b })); diff != "" {
		t.Fatalf("FindAll(%q) differs from the unfiltered walk (-unfiltered +FindAll):\n%s", text, diff)
	}
}

// findAllVocabulary adds to scanVocabulary what only the token path
// sees: tokens that touch (a name and a hyphen, a possessive, U.S.),
// format controls and marks inside words, words of other scripts.
var findAllVocabulary = append(slices.Clone(scanVocabulary),
	"-", "Rabat's", "Gantz's", "U.S.", "u.s", "الرباط-واشنطن", "بيني-غانتس", "ال\u200cرباط", "الرباط\u064e",
	"\u200c", "中文", "Ωmega", "3", "٣", "وللولايات", "فبالمملكة", "كالولايات", "سيني", "ﺍﻟﺮﺑﺎﻁ",
)

// findAllText turns bytes into a text of findAllVocabulary pieces, with
// or without a space between two of them.
func findAllText(r *rand.Rand, vocab []string, n int) string {
	var sb strings.Builder
	for i := range 1 + r.IntN(n) {
		if i > 0 && r.IntN(3) > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(vocab[r.IntN(len(vocab))])
	}
	return sb.String()
}

// TestFindAllAgreesWithUnfiltered checks AppendFindAll against the walk
// from every token, on the test names and on many names of one to three
// short words from a few letters (where many walks go past a first word).
func TestFindAllAgreesWithUnfiltered(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	m := testMatcher(t)
	for range 3000 {
		checkUnfiltered(t, m, findAllText(r, findAllVocabulary, 12))
	}
	word := randomWord(r, "ابتدرمنهويل", 1, 4)
	many, words := shortWordMatcher(t, r, word, []string{" ", " ", " ", "-", " - ", "، "})
	vocab := append(slices.Clone(words), " ", "، ", " - ", "-", "\n", ". ", "و", "ب", "ل", "ال", "وال", "\u200c", "ي")
	for range 5000 {
		var sb strings.Builder
		for i := range 1 + r.IntN(8) {
			if i > 0 && r.IntN(4) > 0 {
				sb.WriteByte(' ')
			}
			switch r.IntN(5) {
			case 0:
				sb.WriteString(word())
			case 1:
				sb.WriteString(vocab[r.IntN(len(vocab))])
			default:
				sb.WriteString(words[r.IntN(len(words))])
			}
		}
		checkUnfiltered(t, many, sb.String())
	}
}

// TestFindAllAgreesWithUnfilteredTouching checks AppendFindAll against
// the walk from every token where tokens of words touch (Latin and Han
// letters, which the tokeniser splits): a walk goes on into a token
// that touches the last without a gap, so the name's word is longer
// than the token.
func TestFindAllAgreesWithUnfilteredTouching(t *testing.T) {
	es, err := ReadList(strings.NewReader("ab cd\nab中\nab cd中\n中 ab\ncd ab\n"), "names.txt", PER)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(13, 14))
	vocab := []string{"ab", "cd", "中", "ab中", "cd中", "中ab", "ab中cd", "-", ".", "ef"}
	for range 3000 {
		checkUnfiltered(t, m, findAllText(r, vocab, 6))
	}
}

// TestStemHash checks the hashes of reading stems worked out from the
// key's against the hashes of the stems themselves, and the readings it
// cannot hash.
func TestStemHash(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		key, prefix, stem string
		ok                bool
	}{
		{"الرباط", "", "الرباط", true},
		{"بالرباط", "ب", "الرباط", true},
		{"وبالرباط", "وب", "الرباط", true},
		{"للرباط", "ل", "الرباط", true}, // the article's alef elided
		{"وللرباط", "ول", "الرباط", true},
		{"rabats", "", "rabat", false}, // a stem shorter than the key without a prefix (as an English possessive's)
		{"وبكالرباط", "وبك", "الرباط", false},
	}
	for _, tt := range tests {
		var w, stem wordScan
		if !m.hashKey(&w, tt.key) || !m.hashKey(&stem, tt.stem) {
			t.Fatalf("hashKey(%q or %q) failed", tt.key, tt.stem)
		}
		h, ok := m.stemHash(&w, tt.key, &arabic.Reading{Prefix: tt.prefix, Stem: tt.stem})
		if ok != tt.ok || ok && h != stem.h {
			t.Errorf("stemHash(%q, %q+%q) = %x, %v; want %x, %v", tt.key, tt.prefix, tt.stem, h, ok, stem.h, tt.ok)
		}
	}
}

// FuzzFindAllUnfiltered checks AppendFindAll against the walk from every
// token on any text.
func FuzzFindAllUnfiltered(f *testing.F) {
	for _, s := range []string{"وصل إلى الرباط", "الولايات المتحدة-الأمريكية", "Benny Gantz's visit", "بيني\u200c غانتس", "للرباط،"} {
		f.Add(s)
	}
	m := testMatcher(f)
	f.Fuzz(func(t *testing.T, text string) {
		checkUnfiltered(t, m, text)
	})
}

func TestPrefixRunes(t *testing.T) {
	for _, p := range []string{"", "و", "ب", "ول", "فب", "وبال", "a", "ab", "abcd", "وa", "aو", "\xd9", "\xd9\xd9", "\xc0\x80", "中", "中و", "\x80\x80\x80\x80"} {
		if got, want := prefixRunes(p), utf8.RuneCountInString(p); got != want {
			t.Errorf("prefixRunes(%q) = %d, want %d", p, got, want)
		}
	}
}
