package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
)

// A class says what a rune of text is to the matcher.
type class uint8

const (
	cWord  class = iota // a letter, digit or mark: part of a word
	cPunct              // punctuation or a symbol: a unit of its own
	cSpace              // white space within a line: a gap between units
	cBreak              // a line or paragraph break: no name spans it
	cSkip               // a format control (ZWNJ, bidi marks, soft hyphen): ignored
)

// A folded rune is what the matching key holds for one rune of text: its
// class, and the rune it becomes (see arabic.Normalize; Latin letters are
// lower-cased), or noRune when normalisation drops it (harakat, tatweel).
type folded struct {
	class class
	to    rune
}

const noRune = -1

// lowFold caches foldRune for runes below lowFoldLen, those of one or two
// bytes in UTF-8: ASCII, Latin-1 and Latin Extended, Greek, Cyrillic and
// the Arabic block, where nearly every rune of news text falls.
const lowFoldLen = 0x0800

var lowFold = func() (t [lowFoldLen]folded) {
	for r := range rune(lowFoldLen) {
		t[r] = slowFold(r)
	}
	return t
}()

// foldRune classifies r and folds it. A presentation form that NFKC turns
// into several runes (ﻻ, ﷲ) folds to noRune here; foldRunes has them all.
func foldRune(r rune) folded {
	if r >= 0 && r < lowFoldLen {
		return lowFold[r]
	}
	return slowFold(r)
}

// slowFold is foldRune without the cache.
func slowFold(r rune) folded {
	c := classify(r)
	switch c {
	case cSpace, cBreak, cSkip:
		return folded{class: c, to: noRune}
	}
	var buf [utf8.UTFMax]byte
	s := arabic.Normalize(string(buf[:utf8.EncodeRune(buf[:], r)]))
	out, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return folded{class: c, to: noRune}
	}
	if size < len(s) { // several runes: see foldRunes
		return folded{class: c, to: noRune}
	}
	return folded{class: c, to: unicode.ToLower(out)}
}

// foldRunes appends to dst the runes that r folds to: none, one, or, for a
// presentation-form ligature, several.
func foldRunes(dst []rune, r rune) []rune {
	if r >= presFirst && r <= presLast {
		return append(dst, presFold[r-presFirst]...)
	}
	if f := foldRune(r); f.to != noRune || f.class != cWord && f.class != cPunct {
		if f.to != noRune {
			dst = append(dst, f.to)
		}
		return dst
	}
	return appendNormalized(dst, r)
}

// appendNormalized appends the runes of arabic.Normalize(string(r)),
// lower-cased.
func appendNormalized(dst []rune, r rune) []rune {
	var buf [utf8.UTFMax]byte
	for _, out := range arabic.Normalize(string(buf[:utf8.EncodeRune(buf[:], r)])) {
		dst = append(dst, unicode.ToLower(out))
	}
	return dst
}

// The Arabic presentation forms, which Arabic news text from some sources
// is full of, and their folds.
const presFirst, presLast = 0xFB50, 0xFEFF

var presFold = func() (t [presLast - presFirst + 1][]rune) {
	for r := rune(presFirst); r <= presLast; r++ {
		t[r-presFirst] = appendNormalized(nil, r)
	}
	return t
}()

// classify returns the class of r.
func classify(r rune) class {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return cBreak
	case 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x2060:
		return cSkip
	}
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return cSkip
	case unicode.IsSpace(r):
		return cSpace
	case r == 0x0640, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsMark(r):
		return cWord
	case r == utf8.RuneError:
		return cPunct
	case unicode.IsPunct(r), unicode.IsSymbol(r):
		return cPunct
	case unicode.Is(unicode.Cf, r):
		return cSkip
	}
	return cPunct
}
