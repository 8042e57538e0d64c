// Package arabic handles the letters and words of the Arabic script: the
// matching key of a word (Normalize), the proclitics a word may carry
// (Readings), the place a nisba adjective points to (Nisba) and the light
// stemming of trigger words (Stem).
//
// Every function here works on one word at a time and never changes the
// caller's text: the normalised form is a separate matching key. Invalid UTF-8
// is passed through byte for byte. All functions are safe for concurrent use.
//
// Notation: a key is the output of Normalize. Readings, Nisba and Stem take
// keys, not raw words.
package arabic

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the matching key of word: harakat, shadda, sukun,
// superscript alef, Quranic marks and tatweel are removed; آ أ إ ٱ become ا,
// ى becomes ي, ة becomes ه, ؤ becomes و and ئ becomes ي; Persian and Urdu
// look-alikes (ک ی ہ ۀ) become their Arabic letters; Arabic-Indic and Persian
// digits become ASCII digits; presentation forms are folded by NFKC;
// bidirectional and zero-width controls are dropped. Other runes, including
// Latin letters, are kept as they are. Normalize returns word itself, without
// allocating, when nothing changes.
func Normalize(word string) string {
	i := firstChange(word)
	if i < 0 {
		return word
	}
	var b strings.Builder
	b.Grow(len(word))
	b.WriteString(word[:i])
	normalizeTail(&b, word[i:])
	return b.String()
}

// NormalizeTo returns Normalize(word) like Normalize, but when the key
// differs from word it is written to b and the returned key shares b's
// memory; b's earlier keys stay valid as it grows. Writing many keys to one
// builder saves an allocation per key.
func NormalizeTo(b *strings.Builder, word string) string {
	i := firstChange(word)
	if i < 0 {
		return word
	}
	n := b.Len()
	b.WriteString(word[:i])
	normalizeTail(b, word[i:])
	return b.String()[n:]
}

// firstChange returns the byte offset of the first rune of word that
// Normalize changes, or -1.
func firstChange(word string) int {
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// The Arabic block, U+0600–U+06FF, without decoding in full.
		if c >= 0xD8 && c <= 0xDB && i+1 < len(word) && word[i+1]&0xC0 == 0x80 {
			if arabicBlock[rune(c&0x03)<<6|rune(word[i+1]&0x3F)].changed {
				return i
			}
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		if r == utf8.RuneError && size == 1 {
			i++
			continue
		}
		if _, changed := fold(r); changed {
			return i
		}
		i += size
	}
	return -1
}

// normalizeTail writes the key of s to b: s starts with a rune that
// Normalize changes. Runs of runes that do not change are copied whole.
func normalizeTail(b *strings.Builder, s string) {
	for i := 0; i >= 0; i = firstChange(s) {
		b.WriteString(s[:i])
		r, size := utf8.DecodeRuneInString(s[i:])
		switch out, _ := fold(r); out {
		case drop:
		case nfkc:
			b.WriteString(presentationForms()[r-presentationLo])
		default:
			b.WriteRune(out)
		}
		s = s[i+size:]
	}
	b.WriteString(s)
}

// The presentation forms, which Normalize folds with NFKC.
const presentationLo, presentationHi = 0xFB50, 0xFEFC

// presentationForms returns the keys of the presentation forms, indexed
// from presentationLo, computed on first use.
var presentationForms = sync.OnceValue(func() []string {
	keys := make([]string, presentationHi-presentationLo+1)
	var b strings.Builder
	for r := rune(presentationLo); r <= presentationHi; r++ {
		if out, _ := fold(r); out != nfkc {
			continue
		}
		b.Reset()
		for _, r2 := range norm.NFKC.String(string(r)) {
			if o2, ch2 := fold(r2); !ch2 {
				b.WriteRune(r2)
			} else if o2 != drop && o2 != nfkc {
				b.WriteRune(o2)
			}
		}
		keys[r-presentationLo] = b.String()
	}
	return keys
})

const (
	drop = -1 // the rune is removed
	nfkc = -2 // the rune is a presentation form: fold with NFKC
)

// fold reports what Normalize does with r: the replacement rune, drop or nfkc,
// and whether r changes at all.
func fold(r rune) (rune, bool) {
	switch {
	case r < 0x0600:
		if r == 0x00AD { // soft hyphen
			return drop, true
		}
		return r, false
	case r <= 0x06FF:
		f := arabicBlock[r-0x0600]
		return f.to, f.changed
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return drop, true
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC:
		return nfkc, true
	case r >= 0x08D3 && r <= 0x08FF: // extended Arabic marks
		return drop, true
	}
	return r, false
}

// arabicBlock caches foldArabic for U+0600–U+06FF, where nearly all runes
// of Arabic text fall.
var arabicBlock = func() (t [256]struct {
	to      rune
	changed bool
}) {
	for i := range t {
		t[i].to, t[i].changed = foldArabic(rune(0x0600 + i))
	}
	return t
}()

func foldArabic(r rune) (rune, bool) {
	switch {
	case r >= 0x0610 && r <= 0x061A, // Quranic marks
		r >= 0x064B && r <= 0x065F, // harakat, tanween, shadda, sukun
		r == 0x0670,                // superscript alef
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E4,
		r >= 0x06E7 && r <= 0x06E8, r >= 0x06EA && r <= 0x06ED,
		r == 0x0640, // tatweel
		r == 0x061C: // Arabic letter mark
		return drop, true
	case r >= 0x0660 && r <= 0x0669:
		return '0' + r - 0x0660, true
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + r - 0x06F0, true
	}
	switch r {
	case 'آ', 'أ', 'إ', 'ٱ', 0x0672, 0x0673:
		return 'ا', true
	case 'ى', 'ی', 'ئ', 0x06D0: // alef maqsura, Farsi yeh, yeh with hamza, Pashto yeh
		return 'ي', true
	case 'ة', 'ہ', 'ۀ', 'ە', 0x06C2, 0x06C3:
		return 'ه', true
	case 'ؤ':
		return 'و', true
	case 'ک', 0x06AA:
		return 'ك', true
	case 0x066B: // Arabic decimal separator
		return '.', true
	case 0x066C: // Arabic thousands separator
		return ',', true
	}
	return r, false
}

// IsArabic reports whether r is a letter or mark of the Arabic script.
func IsArabic(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF && r != 0x060C && r != 0x061B && r != 0x061F && !(r >= 0x0660 && r <= 0x066D) ||
		r >= 0x0750 && r <= 0x077F || r >= 0x08A0 && r <= 0x08FF ||
		r >= 0xFB50 && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC
}

// PrefixBytes returns how many bytes of surface hold its first n letters
// together with the marks and tatweel that follow them, so that a proclitic
// counted in the key (by Reading.Prefix) can be cut off the original word.
func PrefixBytes(surface string, n int) int {
	i := 0
	for n > 0 && i < len(surface) {
		r, size := utf8.DecodeRuneInString(surface[i:])
		i += size
		if out, changed := fold(r); !changed || out != drop {
			n--
		}
	}
	for i < len(surface) {
		r, size := utf8.DecodeRuneInString(surface[i:])
		if out, changed := fold(r); !changed || out != drop {
			break
		}
		i += size
	}
	return i
}
