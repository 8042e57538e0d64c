package token

// The tokeniser as it was before the fast path, kept as the reference that
// Tokenize must match token for token. Generated from token.go and
// arabic/{arabic,clitic}.go at commit 41202f2 with the names prefixed by ref.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/segment"
	"github.com/khabar-nlp/khabar/arabic"
	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// refTokenize returns the tokens of text in order.
func refTokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/6+1)
	// One backing array for the readings of all tokens.
	readings := make([]arabic.Reading, 0, len(text)/4+1)
	sent := 0
	pendingBreak, afterStop := false, false
	emit := func(start, end int, segType int, hasNewline bool) {
		if hasNewline {
			if len(toks) > 0 {
				pendingBreak, afterStop = true, false
			}
			return
		}
		// A closing quote or bracket right after a full stop stays with its sentence.
		carry := afterStop && start == toks[len(toks)-1].End && refIsCloser(text[start:end])
		if carry {
			pendingBreak = false
		}
		if pendingBreak {
			sent++
			pendingBreak = false
		}
		afterStop = false
		t := refMakeToken(text, start, end, segType)
		if t.Script == Arabic {
			n := len(readings)
			readings = refAppendReadings(readings, t.Key)
			t.Readings = readings[n:len(readings):len(readings)]
		}
		t.Sentence = sent
		toks = append(toks, t)
		if carry || refEndsSentence(text, toks) {
			pendingBreak, afterStop = true, true
		}
	}
	if refSimpleWords(text) {
		// Plain letters and single spaces: UAX #29 splits at the spaces.
		for start := 0; start < len(text); {
			end := strings.IndexByte(text[start:], ' ')
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			emit(start, end, segment.Letter, false)
			start = end + 1
		}
		return toks
	}
	if utf8.ValidString(text) {
		refSegmentRun(text, 0, len(text), emit)
		return toks
	}
	// Walk maximal runs of valid UTF-8; segment stops at invalid bytes.
	for pos := 0; pos < len(text); {
		end := pos
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			end += size
		}
		refSegmentRun(text, pos, end, emit)
		if end < len(text) { // one invalid byte
			emit(end, end+1, segment.None, false)
			end++
		}
		pos = end
	}
	return toks
}

// refSimpleWords reports whether text is words of plain letters — Arabic
// letters without marks or tatweel, and ASCII letters — separated by single
// spaces. Gazetteer names mostly are; segment would split them at the spaces
// and nowhere else, so refTokenize can skip it.
func refSimpleWords(text string) bool {
	if text == "" || text[0] == ' ' || text[len(text)-1] == ' ' {
		return false
	}
	prevSpace := false
	for _, r := range text {
		switch {
		case r == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 0x0621 && r <= 0x063A, r >= 0x0641 && r <= 0x064A:
		default:
			return false
		}
		prevSpace = false
	}
	return true
}

// refSegmentRun segments text[start:end], which is valid UTF-8, calling emit for
// each token and for white space that holds a line break.
func refSegmentRun(text string, start, end int, emit func(start, end, segType int, newline bool)) {
	for start < end {
		seg := segment.NewWordSegmenterDirect([]byte(text[start:end]))
		pos := start
		for seg.Segment() {
			b := seg.Bytes()
			s, e := pos, pos+len(b)
			pos = e
			if refIsSpace(b) {
				if strings.IndexByte(text[s:e], '\n') >= 0 || strings.Contains(text[s:e], "\u2029") {
					emit(s, e, segment.None, true)
				}
				continue
			}
			emit(s, e, seg.Type(), false)
		}
		if pos >= end {
			return
		}
		// The segmenter gave up early: take one rune as a token and go on.
		_, size := utf8.DecodeRuneInString(text[pos:end])
		emit(pos, pos+size, segment.None, false)
		start = pos + size
	}
}

func refIsSpace(b []byte) bool {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if !unicode.IsSpace(r) {
			return false
		}
		b = b[size:]
	}
	return true
}

func refMakeToken(text string, start, end, segType int) Token {
	surface := text[start:end]
	t := Token{Start: start, End: end}
	r, _ := utf8.DecodeRuneInString(surface)
	switch {
	case segType == segment.Number:
		t.Script = Digit
		t.Key = refNormalize(surface)
	case arabic.IsArabic(r):
		t.Script = Arabic
		t.Key = refNormalize(surface)
		if t.Key == "" { // a lone mark or tatweel
			t.Key = surface
		}
	case segType == segment.Letter && r < 0x250:
		t.Script = Latin
		t.Key = strings.ToLower(surface)
		t.Stem = english.Stem(t.Key, false)
		// An English possessive reads also without its ending: Beirut's.
		for _, poss := range [...]string{"'s", "’s"} {
			if base, ok := strings.CutSuffix(t.Key, poss); ok && base != "" {
				t.Readings = []arabic.Reading{{Stem: t.Key}, {Stem: base}}
			}
		}
	case segType == segment.None && (unicode.IsPunct(r) || unicode.IsSymbol(r)):
		t.Script = Punct
		t.Key = refNormalize(surface)
	default:
		t.Script = Other
		t.Key = surface
	}
	return t
}

// terminators end a sentence when they stand alone as a token.
func refIsTerminator(key string) bool {
	switch key {
	case ".", "!", "?", "؟", "؛", "…":
		return true
	}
	return false
}

func refIsCloser(s string) bool {
	switch s {
	case "»", "”", "\"", "'", ")", "]", "’", "›":
		return true
	}
	return false
}

// refAbbreviations are Latin words that a full stop does not end a sentence after.
var refAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "maj": true, "gov": true, "sen": true,
	"rep": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "etc": true, "vs": true,
	"no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "mt": true, "ft": true, "rev": true, "hon": true,
}

// refEndsSentence reports whether the last token of toks ends its sentence.
func refEndsSentence(text string, toks []Token) bool {
	n := len(toks)
	last := toks[n-1]
	if !refIsTerminator(last.Key) {
		return false
	}
	if last.Key == "." && n >= 2 {
		prev := toks[n-2]
		adjacent := prev.End == last.Start
		if adjacent && prev.Script == Latin && refAbbreviations[prev.Key] {
			return false
		}
		// An initial: a single letter followed by a full stop (J. Smith, أ. ف. ب).
		if adjacent && (prev.Script == Latin || prev.Script == Arabic) && utf8.RuneCountInString(prev.Key) == 1 {
			return false
		}
	}
	// A run of terminators ("..." or "?!") ends at its last member.
	if last.End < len(text) {
		r, _ := utf8.DecodeRuneInString(text[last.End:])
		if refIsTerminator(string(r)) {
			return false
		}
	}
	return true
}

// refNormalize returns the matching key of word: harakat, shadda, sukun,
// superscript alef, Quranic marks and tatweel are removed; آ أ إ ٱ become ا,
// ى becomes ي, ة becomes ه, ؤ becomes و and ئ becomes ي; Persian and Urdu
// look-alikes (ک ی ہ ۀ) become their Arabic letters; Arabic-Indic and Persian
// digits become ASCII digits; presentation forms are folded by NFKC;
// bidirectional and zero-width controls are dropped. Other runes, including
// Latin letters, are kept as they are. refNormalize returns word itself, without
// allocating, when nothing changes.
func refNormalize(word string) string {
	// Fast path: find the first rune that changes.
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		if r == utf8.RuneError && size == 1 {
			i++
			continue
		}
		if _, changed := refFold(r); changed {
			var b strings.Builder
			b.Grow(len(word))
			b.WriteString(word[:i])
			refNormalizeTail(&b, word[i:])
			return b.String()
		}
		i += size
	}
	return word
}

func refNormalizeTail(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteByte(c) // invalid UTF-8 passes through
			i++
			continue
		}
		i += size
		out, changed := refFold(r)
		switch {
		case !changed:
			b.WriteRune(r)
		case out == refDrop:
		case out == refNfkc:
			for _, r2 := range norm.NFKC.String(string(r)) {
				if o2, ch2 := refFold(r2); !ch2 {
					b.WriteRune(r2)
				} else if o2 != refDrop && o2 != refNfkc {
					b.WriteRune(o2)
				}
			}
		default:
			b.WriteRune(out)
		}
	}
}

const (
	refDrop = -1 // the rune is removed
	refNfkc = -2 // the rune is a presentation form: refFold with NFKC
)

// refFold reports what refNormalize does with r: the replacement rune, refDrop or refNfkc,
// and whether r changes at all.
func refFold(r rune) (rune, bool) {
	switch {
	case r < 0x0600:
		if r == 0x00AD { // soft hyphen
			return refDrop, true
		}
		return r, false
	case r <= 0x06FF:
		f := refArabicBlock[r-0x0600]
		return f.to, f.changed
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return refDrop, true
	case r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC:
		return refNfkc, true
	case r >= 0x08D3 && r <= 0x08FF: // extended Arabic marks
		return refDrop, true
	}
	return r, false
}

// refArabicBlock caches refFoldArabic for U+0600–U+06FF, where nearly all runes
// of Arabic text fall.
var refArabicBlock = func() (t [256]struct {
	to      rune
	changed bool
}) {
	for i := range t {
		t[i].to, t[i].changed = refFoldArabic(rune(0x0600 + i))
	}
	return t
}()

func refFoldArabic(r rune) (rune, bool) {
	switch {
	case r >= 0x0610 && r <= 0x061A, // Quranic marks
		r >= 0x064B && r <= 0x065F, // harakat, tanween, shadda, sukun
		r == 0x0670,                // superscript alef
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E4,
		r >= 0x06E7 && r <= 0x06E8, r >= 0x06EA && r <= 0x06ED,
		r == 0x0640, // tatweel
		r == 0x061C: // Arabic letter mark
		return refDrop, true
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

// refAppendReadings appends the readings of key to dst and returns the extended
// slice; see Readings.
func refAppendReadings(dst []arabic.Reading, key string) []arabic.Reading {
	dst = append(dst, arabic.Reading{Stem: key})
	if len(key) < 3*2 || !arabic.IsArabicKey(key) {
		return dst
	}
	// conj: "", و, ف ; then prep: ب ك ل س ; the لل rewrite.
	for _, conj := range [...]string{"", "و", "ف"} {
		if conj != "" && !strings.HasPrefix(key, conj) {
			continue
		}
		rest := key[len(conj):]
		if conj != "" && utf8.RuneCountInString(rest) >= 2 {
			dst = append(dst, arabic.Reading{Prefix: conj, Stem: rest})
		}
		for _, prep := range [...]string{"ب", "ك", "ل", "س"} {
			if !strings.HasPrefix(rest, prep) {
				continue
			}
			stem := rest[len(prep):]
			if utf8.RuneCountInString(stem) < 2 {
				continue
			}
			p := key[:len(conj)+len(prep)]
			switch prep {
			case "س":
				if !refStartsImperfective(stem) || utf8.RuneCountInString(stem) < 3 {
					continue
				}
			case "ل":
				// ل + ال is written لل: restore the article.
				if strings.HasPrefix(stem, "ل") && utf8.RuneCountInString(stem) > 2 {
					dst = append(dst, arabic.Reading{Prefix: p, Stem: "ا" + stem})
				}
			}
			dst = append(dst, arabic.Reading{Prefix: p, Stem: stem})
		}
	}
	return dst
}

func refStartsImperfective(s string) bool {
	return strings.HasPrefix(s, "ي") || strings.HasPrefix(s, "ت") ||
		strings.HasPrefix(s, "ن") || strings.HasPrefix(s, "ا")
}
