package token

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/segment"
	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/internal/newssample"
)

// seg is one segment as "surface/type" with its byte offsets.
type seg struct {
	Start, End, Type int
	Text             string
}

// collect returns the segments that run finds in text, and fails t if
// arabic.Normalize changes the first keep bytes of a segment.
func collect(t testing.TB, text string, run func(string, func(start, end, segType, keep int))) []seg {
	var out []seg
	run(text, func(start, end, segType, keep int) {
		s := text[start:end]
		if p := s[:keep]; arabic.Normalize(p) != p || keep > 0 && keep < len(s) && !utf8.RuneStart(s[keep]) {
			t.Errorf("segment %q of %q: Normalize changes its first %d bytes %q", s, text, keep, p)
		}
		out = append(out, seg{start, end, segType, s})
	})
	return out
}

// segmentAll is segmentFast with every segment, the spaces too.
func segmentAll(text string, yield func(start, end, segType, keep int)) {
	segmentFast(text, true, yield)
}

// segmentReference is what Tokenize saw before the fast path: segment on
// each maximal run of valid UTF-8, and each invalid byte alone.
func segmentReference(text string, yield func(start, end, segType, keep int)) {
	for pos := 0; pos < len(text); {
		end := pos
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			end += size
		}
		segmentSlow(text, pos, end, yield)
		if end < len(text) {
			yield(end, end+1, segment.None, 0)
			end++
		}
		pos = end
	}
}

// segmentCases are inputs for the differential tests: the scripts of news
// and the runes around them that segment treats specially.
var segmentCases = []string{
	"",
	"وصل وزير الدفاع الإسرائيلي، بيني غانتس، إلى الرباط.",
	"مُحَمَّدٌ رَسُولُ اللَّهِ",               // harakat
	"لـ«الشرق الأوسط» الـــعـــربي",           // tatweel
	"٢٠٢٠ و3.5 و٣٫٥ و1,000,000 و١٬٠٠٠ و12:30", // Arabic and Latin digits with separators
	"3.5% و٪٥ 2021-2022 1.2.3. 4,, 5..6",
	"https://www.example.com/a_b?c=1&d=2#x لزيارة example.org",
	"news@example.com و user.name@mail.co.uk",
	"د.هشام و أ.د. محمد و U.S. و e.g. و a.m.",
	"Beirut's mayor and Beirut’s ‘new’ port, O'Neil's 'quote'",
	"😀 نعم 👍🏽 🇸🇦 ok❤️",
	"北京 東京 서울 カタカナ ひらがな עברית",
	"line\r\nbreak\rcr\nlf\u2028ls\u2029ps\u0085nel\vvt\fff",
	"\xff\xfeب \xd8 a\xe2\x80 b",
	"\u200fغ\u200cا\u200d \u200e(نص)\u202b \ufeffBOM \u00a0nbsp\u2003em\u202fnnbsp",
	"“quoted” – dash — … ‘single’ «guillemets» ‹one›",
	"ﷺ ﻻ ﺍﻟﻌﺮﺑﻴﺔ",
	"_a _ __ a_b 1_2 _1_ ‿x⁀y⁔",
	"a·b a:b 1:2 a;b 1;2 a,b 1,2 a.b 1.2 a'b 1'2 a.1 1.a a1 1a",
	" \u064e . \u064e، \u064eم \u064e\u064f\n\u064e\r\u064e",
	"é e\u0301 ñ Ω ω Привет Ελλάδα ܐܒ ތާނަ ߒߞߏ",
	"tab\there  two  spaces\n\n\npara",
	"A.", "1,", "a'", "'a", ".5", "5.", "a\u0301.", "1\u200d,\u200d2",
	"\u0600١٢ \u06dd١ \u061cا", "ab\u0300\u0300cd", "\u0300\u0300 x",
}

func TestSegmentFast(t *testing.T) {
	for _, text := range segmentCases {
		want := collect(t, text, segmentReference)
		got := collect(t, text, segmentAll)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("segmentFast(%q) mismatch (-segment +fast):\n%s", text, diff)
		}
	}
}

// TestSegmentFastRunes puts every rune of the covered blocks, and a few
// outside them, between letters, digits, marks, punctuation and spaces.
func TestSegmentFastRunes(t *testing.T) {
	contexts := []string{"%s", "a%sb", "1%s2", "ب%sت", "٣%s٤", "a%s", "%s1", " %s ", ".%s.", "%s\u064e", "\u064e%s", "_%s_", "a\u0301%s\u0301b"}
	var runes []rune
	for _, bl := range [][2]rune{{0, 0x7FF}, {0x2000, 0x206F}, {0xFB50, 0xFEFF}} {
		for r := bl[0]; r <= bl[1]; r++ {
			runes = append(runes, r)
		}
	}
	runes = append(runes, 0x20AC, 0x2122, 0x3000, 0x4E00, 0xAC00, 0x1F600, 0xFFFD, 0x10FFFF)
	var b strings.Builder
	for _, r := range runes {
		b.Reset()
		for _, c := range contexts {
			fmt.Fprintf(&b, c, string(r))
			b.WriteByte('|')
		}
		text := b.String()
		want := collect(t, text, segmentReference)
		got := collect(t, text, segmentAll)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("U+%04X: segmentFast(%q) mismatch (-segment +fast):\n%s", r, text, diff)
		}
	}
}

// TestSegmentFastRandom compares the fast segmenter with segment, and every
// fifth time Tokenize with the old tokeniser, on random strings over runes
// of every class, from a fixed seed.
func TestSegmentFastRandom(t *testing.T) {
	alphabet := []string{
		"a", "Z", "U", "S", "Mr", "و", "ل", "ال", "'s", "’s", "!", "?", "(", ")", "]", "›", "é", "ب", "ة", "ـ", "\u064e", "\u0651", "\u0670", "\u0301", "\u200c", "\u200d", "\u200f", "\u202b", "\u0600", "\ufeff", "\u00ad",
		"1", "٣", "۴", "٫", "٬", "_", "\u203f", "\u202f",
		".", ",", ":", ";", "'", "’", "‘", "·", "،", "؛", "؟", "\"", "-", "/", "@", "%", "٪",
		" ", "  ", "\t", "\n", "\r", "\r\n", "\v", "\u0085", "\u00a0", "\u2003", "\u2028", "\u2029",
		"“", "”", "«", "»", "–", "—", "…", "ﻻ", "ﷺ",
		"😀", "🇸", "北", "カ", "א", "€", "\ufffd", "\xff", "\xd8", "\xe2\x80",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for i := range 50000 {
		b.Reset()
		for range 1 + rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		if i%5 == 0 {
			sameTokens(t, fmt.Sprintf("%q", text), refTokenize(text), Tokenize(text))
		}
		want := collect(t, text, segmentReference)
		got := collect(t, text, segmentAll)
		if !slices.Equal(want, got) {
			t.Fatalf("segmentFast(%q) mismatch (-segment +fast):\n%s", text, cmp.Diff(want, got))
		}
	}
}

// FuzzSegmentFast checks the fast segmenter against segment on any bytes.
func FuzzSegmentFast(f *testing.F) {
	for _, s := range segmentCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := collect(t, text, segmentReference)
		got := collect(t, text, segmentAll)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("segmentFast(%q) mismatch (-segment +fast):\n%s", text, diff)
		}
	})
}

// TestMayChange checks the mayChange bits of the generated tables against
// arabic.Normalize: run go generate if arabic changes.
func TestMayChange(t *testing.T) {
	for _, tab := range []struct {
		lo      rune
		classes string
	}{{0, wbClass0}, {0x2000, wbClass2000}, {0xFB50, wbClassFB50}} {
		for i := range len(tab.classes) {
			s := string(tab.lo + rune(i))
			if got, want := tab.classes[i]&mayChange != 0, arabic.Normalize(s) != s; got != want {
				t.Errorf("U+%04X: mayChange is %v, want %v (run go generate)", tab.lo+rune(i), got, want)
			}
		}
	}
}

func TestSegmentFastNews(t *testing.T) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	want := collect(t, text, segmentReference)
	got := collect(t, text, segmentAll)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("segmentFast mismatch on the news sample (-segment +fast):\n%s", diff)
	}
}

func BenchmarkSegmentFast(b *testing.B) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		segmentFast(text, true, func(start, end, segType, keep int) { n++ })
	}
}

// sameTokens reports the first token where got differs from want.
func sameTokens(t *testing.T, name string, want, got []Token) {
	t.Helper()
	for i := range min(len(want), len(got)) {
		if diff := cmp.Diff(want[i], got[i]); diff != "" {
			t.Errorf("%s: token %d mismatch (-reference +Tokenize):\n%s", name, i, diff)
			return
		}
	}
	if len(want) != len(got) {
		t.Errorf("%s: %d tokens, reference has %d", name, len(got), len(want))
	}
}

// TestTokenizeReference checks that Tokenize gives exactly the tokens of the
// tokeniser before the fast path (reference_test.go).
func TestTokenizeReference(t *testing.T) {
	for _, text := range segmentCases {
		sameTokens(t, fmt.Sprintf("%q", text), refTokenize(text), Tokenize(text))
	}
	text, source, err := newssample.Text(5 << 20)
	if err != nil {
		t.Fatal(err)
	}
	sameTokens(t, source, refTokenize(text), Tokenize(text))
}
