package gazetteer

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// appendScanStored is AppendScan as it was before it kept only the hash of
// a word's letters: it stores the symbol and offset of each letter in a
// wordScan (wordScan.add), as FindAll's hashKey does. The tests hold
// AppendScan to it, byte for byte.
func (m *Matcher) appendScanStored(dst []TextMatch, text string) []TextMatch {
	tab := m.tab
	var w wordScan
	start := -1 // the start of the word being read, -1 between words
	for q := 0; q < len(text); {
		c0 := text[q]
		var v uint32
		size := 1
		switch {
		case c0 < utf8.RuneSelf:
			v = tab[c0]
		case c0 >= 0xC2 && c0 < 0xE0 && q+1 < len(text) && text[q+1]&0xC0 == 0x80:
			v, size = tab[(uint32(c0)<<6|uint32(text[q+1]&0x3F))&(lowFoldLen-1)], 2
		default:
			v, size = decodeSlow(text, q)
		}
		if v < 1<<packClassBits { // cWord
			if start < 0 {
				start, w = q, wordScan{}
			}
			if c := uint16(v); c < symSlow {
				w.add(c, q)
			} else if c == symSlow {
				m.addSlow(&w, text, q)
			}
			q += size
			// The rest of an Arabic (or other two-byte) word, letter by
			// letter, without the general loop's tests.
			h, n, last := w.h, w.n, w.lastAt
			for q+2 <= len(text) {
				b := text[q : q+2]
				c0, c1 := b[0], b[1]
				if c0-0xC2 >= 0xE0-0xC2 || c1&0xC0 != 0x80 {
					break
				}
				v := tab[(uint32(c0)<<6|uint32(c1&0x3F))&(lowFoldLen-1)]
				if v >= symSlow { // not a letter that normalisation keeps
					break
				}
				if n < len(w.sym) {
					w.sym[n], w.at[n] = uint16(v), q
				}
				h = h*hashBase + uint64(v)
				last = q
				n++
				q += 2
			}
			w.h, w.n, w.lastAt = h, n, last
			continue
		}
		if class(v>>packClassBits) == cSkip {
			q += size
			continue
		}
		if start >= 0 {
			p := start
			start = -1
			// Most words start no name: the filter, inline, tells.
			if w.n >= 3 && m.cliticSym[w.sym[0]] != 0 || m.firstLens&(1<<min(w.n, 63)) != 0 && m.isFirstWord(w.h) {
				if m.mayStart(&w) {
					var mt TextMatch
					if m.matchWord(text, p, q, &w, &mt) {
						dst = append(dst, mt)
						q = mt.End
						continue
					}
				}
			}
		}
		q += size
	}
	if start >= 0 && m.mayStart(&w) {
		var mt TextMatch
		if m.matchWord(text, start, len(text), &w, &mt) {
			dst = append(dst, mt)
		}
	}
	return dst
}

// scanPieces are what TestScanAgreesWithStored and FuzzScanStored build
// texts from beside scanVocabulary: the kinds of rune that take AppendScan
// off its fast path (ASCII, runes of three and four bytes, presentation
// forms that fold to several letters, dropped marks and tatweel at a
// word's start or end, format controls inside a word, two-byte runes
// outside the Arabic block, invalid bytes).
var scanPieces = []string{
	"a", "Z", "7", "é", "ß", "ω", "ж", "ܐ", "ߊ", "中", "😀", "ﻻ", "ﷲ", "ﺍﻟﺮﺑﺎﻁ", "\u064e", "ـ", "\u200c", "\u200f",
	"\u00ad", "\ufeff", "\xff", "\xc3", "\xe0\xa4", ".", "،", " ", "\u00a0", "\n", "ي", "ى", "ل", "لل", "و", "ف", "ب", "ك", "س",
}

// scanMixed turns bytes into a text of scanVocabulary and scanPieces,
// without separators: words run into each other and into other runes.
func scanMixed(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		if c < 128 {
			sb.WriteString(scanVocabulary[int(c)%len(scanVocabulary)])
		} else {
			sb.WriteString(scanPieces[int(c)%len(scanPieces)])
		}
	}
	return sb.String()
}

// checkScanStored fails t if AppendScan and appendScanStored differ on
// text in any field of any match.
func checkScanStored(t *testing.T, m *Matcher, text string) {
	t.Helper()
	got, want := m.AppendScan(nil, text), m.appendScanStored(nil, text)
	if diff := cmp.Diff(textMatches(want), textMatches(got)); diff != "" {
		t.Fatalf("AppendScan(%q) differs from the stored-symbol scan (-stored +AppendScan):\n%s", text, diff)
	}
}

// textMatches renders every field of matches, entries by ID and address.
func textMatches(mts []TextMatch) []string {
	var out []string
	for _, mt := range mts {
		s := fmt.Sprintf("%d+%d-%d %q nisba=%v", mt.Start, mt.Prefix, mt.End, mt.Clitic, mt.Nisba)
		for _, e := range mt.Entries {
			s += fmt.Sprintf(" %s@%p", e.ID, e)
		}
		out = append(out, s)
	}
	return out
}

// TestScanAgreesWithStored checks AppendScan, which keeps only a word's
// hash and works out the hash of each proclitic reading's stem from it,
// against appendScanStored, which stores each letter, on random texts of
// words, pieces and raw bytes.
func TestScanAgreesWithStored(t *testing.T) {
	m := testMatcher(t)
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		b := randomBytes(r, 16)
		checkScanStored(t, m, scanText(b))
		checkScanStored(t, m, scanMixed(b))
		checkScanStored(t, m, string(b))
	}
}

// FuzzScanStored is TestScanAgreesWithStored on fuzzed input.
func FuzzScanStored(f *testing.F) {
	for _, s := range []string{"\x00\x01\x02", "وبالرباط", "\xffالرباط", "Rabat's", "ﺍﻟﺮﺑﺎﻁ", "\x80\x81\x9f\xa0"} {
		f.Add([]byte(s))
	}
	m := testMatcher(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		checkScanStored(t, m, scanText(b))
		checkScanStored(t, m, scanMixed(b))
		checkScanStored(t, m, string(b))
	})
}

// TestWordHash checks that the hash and number of letters that AppendScan
// works out for a word as it reads it are those of the keys, whatever
// runes take it off its fast path: a name is found only if the first-word
// filter knows the word's hash. readWord, which the walks use, must count
// the same letters.
func TestWordHash(t *testing.T) {
	m, err := Compile([]Entry{
		{ID: "loc:rabat", Type: LOC, Names: map[string][]string{"ar": {"الرباط"}, "en": {"Rabat"}}},
		{ID: "per:player", Type: PER, Names: map[string][]string{"ar": {"لاعب"}}},
		{ID: "misc:omega", Type: MISC, Names: map[string][]string{"el": {"Ωmega"}, "zh": {"中文"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		n    int    // letters of the first word
		want string // the match, "" for none
	}{
		{"الرباط", 6, "الرباط"},
		{"واشِنْطُن الرباطِ", 6, "الرباطِ"}, // marks are dropped
		{"ـالرباطـ", 6, "ـالرباطـ"},         // so is tatweel, first and last
		{"ال\u200cرباط", 6, "ال\u200cرباط"}, // a format control inside is ignored
		{"ﺍﻟﺮﺑﺎﻁ", 6, "ﺍﻟﺮﺑﺎﻁ"},             // presentation forms
		{"ﻻعب", 4, "ﻻعب"},                   // one that folds to two letters
		{"Rabat.", 5, "Rabat"},              // ASCII
		{"Ωmega", 5, "Ωmega"},               // two-byte, not Arabic
		{"中文", 2, "中文"},                     // three-byte
		{"\u064eالرباط", 6, "\u064eالرباط"}, // a mark first
		{"\u064e", 0, ""},                   // nothing but a mark
		{"الرباطي", 7, ""},
		{"ﻻعبة", 5, ""},
		{"Rabatx", 6, ""},
		{"中文字", 3, ""},
	}
	for _, tt := range tests {
		var w wordScan
		end := len(tt.text)
		if i := strings.IndexAny(tt.text, " ."); i >= 0 {
			end = i
		}
		m.readWord(&w, tt.text, 0, end, end)
		if w.n != tt.n {
			t.Errorf("readWord(%q): %d letters, want %d", tt.text, w.n, tt.n)
		}
		var got string
		if mts := m.Scan(tt.text); len(mts) > 0 {
			got = tt.text[mts[0].Start+mts[0].Prefix : mts[0].End]
		}
		if got != tt.want {
			t.Errorf("Scan(%q) = %q, want %q", tt.text, got, tt.want)
		}
		checkScanStored(t, m, tt.text)
	}
}

// TestLetters2 checks Matcher.letters2 against tab on every pair of
// bytes: a symbol where the pair is a rune of two bytes that is a letter
// normalisation keeps, symDrop (or an index out of the table) anywhere
// else.
func TestLetters2(t *testing.T) {
	m := testMatcher(t)
	letters := 0
	for c0 := range 256 {
		for c1 := range 256 {
			text := string([]byte{byte(c0), byte(c1)})
			want := uint16(symDrop)
			if r, size := utf8.DecodeRuneInString(text); size == 2 && m.tab[r] < symSlow {
				want = uint16(m.tab[r])
				letters++
			}
			got := uint16(symDrop)
			if i := letters2Index(byte(c0), byte(c1)); i < letters2Len {
				got = m.letters2[i]
			}
			if got != want {
				t.Errorf("letters2 of % x = %#x, want %#x", text, got, want)
			}
		}
	}
	if letters < 100 {
		t.Errorf("only %d letters of two bytes", letters)
	}
}

// TestHashKey checks that FindAll hashes a token key as Scan hashes the
// same word (readWord), on the fast path of Arabic keys and off it, and
// refuses the keys the filter cannot hash.
func TestHashKey(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		key string
		ok  bool
	}{
		{"الرباط", true},
		{"ب", true},
		{"بالرباط", true},
		{"rabat", true},
		{"غانتسx", true}, // Arabic, then ASCII: off the fast path
		{"xغانتس", true},
		{"ωmega", true},
		{"u.s", false},          // punctuation
		{"中文", false},           // runes outside the tables
		{"الرباط\u064e", false}, // a dropped mark
		{"", false},
	}
	for _, tt := range tests {
		var got wordScan
		if ok := m.hashKey(&got, tt.key); ok != tt.ok {
			t.Errorf("hashKey(%q) = %v, want %v", tt.key, ok, tt.ok)
			continue
		}
		if !tt.ok {
			continue
		}
		var want wordScan
		m.readWord(&want, tt.key, 0, len(tt.key), len(tt.key))
		if got.h != want.h || got.n != want.n || got.sym[0] != want.sym[0] || want.n > 1 && got.sym[1] != want.sym[1] {
			t.Errorf("hashKey(%q) = %x, %d letters, %v; readWord has %x, %d, %v", tt.key, got.h, got.n, got.sym[:2], want.h, want.n, want.sym[:2])
		}
	}
}

// TestScanWordEnds checks AppendScan against appendScanStored on words
// that end in marks, format controls, presentation forms or ASCII after
// Arabic letters, or mix them in: the final ya of a name (علي, not على)
// is read from the last letter's offset, which scanWord takes from the
// last two bytes only when they are a letter.
func TestScanWordEnds(t *testing.T) {
	m := testMatcher(t)
	for _, text := range []string{
		"عليّ", "علي\u064e", "علي\u064e\u064e", "على\u064e", "وعليّ", "بعلي", "عليab\u064e", "علab\u064eي",
		"علي\u200c", "عل\u200cي", "ﻋﻠﻲ", "علﻲ", "بابab\u064eي", "باب中ي", "الرباطa", "aالرباط", "Ali علي.",
	} {
		checkScanStored(t, m, text)
		checkScanStored(t, m, "قال "+text+" أمس")
	}
}

// TestHashLetters2 checks hashLetters2, which reads two letters a step,
// against a loop over one letter a step: the same number of bytes and the
// same hash, for letters that stop at every place of the step (an odd or
// even count of letters, 0 to 3 bytes before the end of the text) and on
// random bytes.
func TestHashLetters2(t *testing.T) {
	m := testMatcher(t)
	ref := func(s string, h uint64) (int, uint64) {
		i := 0
		for ; i+1 < len(s); i += 2 {
			x := letters2Index(s[i], s[i+1])
			if x >= letters2Len || m.letters2[x] >= symSlow {
				break
			}
			h = h*hashBase + uint64(m.letters2[x])
		}
		return i, h
	}
	tests := []struct {
		text string
		want int // bytes of letters
	}{
		{"", 0},
		{"ب", 2},
		{"بر", 4},
		{"الرباط", 12},
		{"الرباطي", 14},
		{"الرباط ", 12},
		{"الرباطي ", 14},
		{"الرباط،", 12},   // Arabic comma: two bytes, no letter
		{"الرباطِ", 12},   // a mark ends the fast path
		{"ربa", 4},        // ASCII
		{"رب\xd8", 4},     // a lead byte at the end
		{"رب\xd8\x20", 4}, // and before a space
		{"ر\xd8", 2},
		{" الرباط", 0},
		{"ﺍﻟﺮ", 0}, // presentation forms: three bytes
	}
	for _, tt := range tests {
		for _, h0 := range []uint64{0, 12345} {
			k, h := hashLetters2(m.letters2, tt.text, h0)
			wk, wh := ref(tt.text, h0)
			if k != tt.want || k != wk || h != wh {
				t.Errorf("hashLetters2(%q, %d) = %d, %#x; want %d (reference %d, %#x)", tt.text, h0, k, h, tt.want, wk, wh)
			}
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	letters := []string{"ا", "ل", "ر", "ب", "ط", "ي", "ة", " ", "،", "\u064e", "a", "ﻻ", "\xd8"}
	for range 5000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(letters[r.IntN(len(letters))])
		}
		for _, text := range []string{b.String(), string(randomBytes(r, 16))} {
			for off := range min(len(text), 3) {
				k, h := hashLetters2(m.letters2, text[off:], 7)
				if wk, wh := ref(text[off:], 7); k != wk || h != wh {
					t.Fatalf("hashLetters2(%q) = %d, %#x; reference %d, %#x", text[off:], k, h, wk, wh)
				}
			}
		}
	}
}
