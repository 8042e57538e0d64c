package token

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
)

// TestArabicTables checks the generated tables of the Arabic word path
// against arabic.Normalize and wbClass0: run go generate if either changes.
func TestArabicTables(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		f := wbFold0600[2*(r-0x0600):][:2]
		if got, want := strings.TrimRight(f, "\x00"), arabic.Normalize(string(r)); got != want {
			t.Errorf("wbFold0600 U+%04X = %q, want %q", r, got, want)
		}
		// arabicWord gives Script Arabic to any word that starts with a
		// letter of the block.
		if wbClass0[r]&^mayChange == cALetter && !arabic.IsArabic(r) {
			t.Errorf("U+%04X is a letter of the Arabic block but not arabic.IsArabic", r)
		}
	}
	for k := range 4 << 8 {
		lead, next := byte(0xD8+k>>8), byte(k)
		want := byte(arabicOther)
		if next&0xC0 == 0x80 {
			r, _ := utf8.DecodeRune([]byte{lead, next})
			switch c := wbClass0[r]; c &^ mayChange {
			case cALetter:
				want = arabicLetter
			case cExtend:
				want = arabicMark
			}
			if want != arabicOther && wbClass0[r]&mayChange != 0 {
				want |= arabicFold
			}
		}
		if got := wbArabicPair[k]; got != want {
			t.Errorf("wbArabicPair[% x] = %d, want %d", []byte{lead, next}, got, want)
		}
	}
}

func TestIsPunctOrSymbol(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isPunctOrSymbol(r), unicode.IsPunct(r) || unicode.IsSymbol(r); got != want {
			t.Errorf("isPunctOrSymbol(U+%04X) = %v, want %v", r, got, want)
		}
	}
}

// arabicCases are words that take the Arabic word path of Tokenize or leave
// it half way: every way a word of the Arabic block can end, and the runes
// that send it back to the general path.
var arabicCases = []string{
	"وصل وزير الدفاع الإسرائيلي، بيني غانتس، إلى الرباط.",
	"للرباط وللقاهرة فللمغرب وسيجري بالرباط كتب سلا بن لل و",
	"مُحَمَّدٌ رَسُولُ اللَّهِ إِلَى ـــ لـ«الشرق» الـــعـــربي",
	"مدرسة مستشفى مؤتمر رئيس آمن ٱلله ی ک ہ ۀ",
	"عربيabc abcعربي عربي1 عربي١ ١عربي عربي_س عربي‿س",
	"د.هشام أ.د. ب.ت ب:ت ب'ت ب’ت ب،ت ب؛ت ب؟ت ب٫ت ب٬ت ب.1 ب.",
	"ب\u00adت ت\u00ad ب\u200cت ب\u200fت ب\ufeffت بﻻ ﷺب ب😀 ب北 בב ب\u0301",
	"ب\nت ب\r\nت ب\tت ب\u00a0ت ب\u2028ت ب\u0085ت ب\vت",
	"ب\xffت ب\xd8 \xd8\xa8 ب\xd8",
	" \u064eب \u064e \u0640 ـ ؟ ، ٪ ۔ ۔ب ب۔ \u06dd١ \u0600ب",
	"«وصل» (الرباط) [غانتس] ”قال“ ب… ب—ت ب–ت ب-ت ب/ت",
	"ب", "بت", "ت ", " ت", "ب.", "ب.ت", "ب.\u064e", "ة", "ـ", "\u064e",
	// Punctuation that stands alone, and next to what joins it.
	"قال: «نعم.» ثم (لا)؟ بل؛ \"كذا\" - و... !? ،، ؟؟ «« »»",
	".\u064e (\u200c ،\u064e «\u0301 »\u200d x.\u0301 .é .ب .١ .ـ \x7f. ~ _ ` ^ $ + | < = > @ # % & * / \\",
	"قال.» ثم. «قال» U.S. Mr. Smith. أ. ف. ب. ؟» ؛) .\n( ,\r\n;",
	// Longer than foldArabic's buffer.
	strings.Repeat("ب", 32) + "ة " + "أ" + strings.Repeat("بـ", 20) + "ى " + strings.Repeat("ب", 31) + "ة",
}

// stale fills a Buffer with tokens that have every field set (stems,
// possessive readings, keys), so that a test sees any field that the next
// call of Tokenize forgets to set.
func stale(b *Buffer) {
	b.Tokenize(strings.Repeat("Benny Gantz's visits to Rabat’s ports; وبالرباط للقاهرة. ", 40))
}

// TestArabicWordsReference compares Tokenize, and Tokenize on a reused
// Buffer, with the reference tokeniser, every field of every token, on the
// Arabic cases and on random strings over their runes.
func TestArabicWordsReference(t *testing.T) {
	var buf Buffer
	check := func(text string) {
		t.Helper()
		want := refTokenize(text)
		sameTokens(t, fmt.Sprintf("Tokenize(%q)", text), want, Tokenize(text))
		stale(&buf)
		sameTokens(t, fmt.Sprintf("Buffer.Tokenize(%q)", text), want, buf.Tokenize(text))
	}
	for _, text := range arabicCases {
		check(text)
	}
	var alphabet []string
	for _, c := range arabicCases {
		for _, r := range c {
			alphabet = append(alphabet, string(r))
		}
	}
	alphabet = append(alphabet, "\xff", "\xd8", "\xd9\xd9", "  ", "'s")
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for range 20000 {
		b.Reset()
		for range 1 + rng.IntN(16) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		check(b.String())
		if t.Failed() {
			return
		}
	}
}

// fuzzBuffer is the Buffer that FuzzTokenizeArabic reuses.
var fuzzBuffer struct {
	sync.Mutex
	Buffer
}

// FuzzTokenizeArabic compares Tokenize, and Tokenize on a reused Buffer
// full of old tokens, with the reference tokeniser on any bytes.
func FuzzTokenizeArabic(f *testing.F) {
	for _, s := range arabicCases {
		f.Add(s)
	}
	for _, s := range segmentCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want := refTokenize(text)
		sameTokens(t, fmt.Sprintf("Tokenize(%q)", text), want, Tokenize(text))
		fuzzBuffer.Lock()
		defer fuzzBuffer.Unlock()
		stale(&fuzzBuffer.Buffer)
		sameTokens(t, fmt.Sprintf("Buffer.Tokenize(%q)", text), want, fuzzBuffer.Tokenize(text))
	})
}

// TestOneRuneStartsTerminator checks oneRune and startsTerminator against
// the functions of the standard library they stand for.
func TestOneRuneStartsTerminator(t *testing.T) {
	for _, s := range []string{"", ".", "a", "ab", "أ", "أب", "…", "😀", "\xff", "\xd8", "\xd8\xd8", "a\xa8", "\xe2\x80", ".x", "!", "?", "؟", "؛", "؟ب", "،", "\u0085", "abc", "بتث", "ب…", "…x", "😀x", "\xe2\x80", "\xf0\x9f\x98", "\xff\xff\xff", "\xe2\x80\xa6\xa6"} {
		if got, want := oneRune(s), utf8.RuneCountInString(s) == 1; got != want {
			t.Errorf("oneRune(%q) = %v, want %v", s, got, want)
		}
		want := false
		if s != "" {
			r, _ := utf8.DecodeRuneInString(s)
			want = isTerminator(string(r))
		}
		if got := startsTerminator(s); got != want {
			t.Errorf("startsTerminator(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBufferKeysStay checks that the keys of a Buffer's tokens, and the
// strings of their readings, stay as they were after the next calls, which
// write their keys to the room that the last text left in the same arrays.
// (The Reading values themselves are valid only until the next call.)
func TestBufferKeysStay(t *testing.T) {
	texts := append([]string{
		"أحمد إلى مكة والقاهرة للقاهرة فللمغرب",
		"مدرسة مستشفى إيران",
		"Rabat's PORTS آمنة",
	}, arabicCases...)
	var buf Buffer
	type kept struct {
		text string
		toks []Token // copies that share the strings of the returned tokens
		want []Token // deep copies
	}
	var all []kept
	for round := range 3 {
		for _, text := range texts {
			toks := slices.Clone(buf.Tokenize(text))
			sameTokens(t, fmt.Sprintf("round %d: Buffer.Tokenize(%q)", round, text), refTokenize(text), toks)
			want := make([]Token, len(toks))
			for i, tk := range toks {
				toks[i].Readings = slices.Clone(tk.Readings)
				tk.Key = strings.Clone(tk.Key)
				tk.Readings = slices.Clone(tk.Readings)
				for j, r := range tk.Readings {
					tk.Readings[j] = arabic.Reading{Prefix: strings.Clone(r.Prefix), Stem: strings.Clone(r.Stem)}
				}
				want[i] = tk
			}
			all = append(all, kept{text, toks, want})
		}
	}
	for _, k := range all {
		for i := range k.toks {
			got, want := k.toks[i], k.want[i]
			if got.Key != want.Key {
				t.Errorf("%q: token %d: key %q became %q", k.text, i, want.Key, got.Key)
			}
			if !slices.Equal(got.Readings, want.Readings) {
				t.Errorf("%q: token %d: readings %q became %q", k.text, i, want.Readings, got.Readings)
			}
		}
	}
}

// TestProcliticStart checks procliticStart against the letters that
// arabic.AppendReadings may split off, on every pair of bytes.
func TestProcliticStart(t *testing.T) {
	want := map[string]bool{"و": true, "ف": true, "ب": true, "ك": true, "ل": true, "س": true}
	for _, tt := range []struct {
		key  string
		want bool
	}{
		{"وزير", true}, {"فقال", true}, {"بيروت", true}, {"كتاب", true}, {"لبنان", true}, {"سيقول", true},
		{"الرباط", false}, {"مصر", false}, {"يقول", false}, {"ابن", false}, {"ab", false},
	} {
		if got := procliticStart(tt.key); got != tt.want {
			t.Errorf("procliticStart(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
	n := 0
	for k := range 1 << 16 {
		key := string([]byte{byte(k >> 8), byte(k)})
		if got := procliticStart(key); got != want[key] {
			t.Errorf("procliticStart(%q) = %v, want %v", key, got, want[key])
		}
		if want[key] {
			n++
		}
	}
	if n != len(want) {
		t.Errorf("%d of the proclitics are pairs of bytes, want %d", n, len(want))
	}
}
