package main

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is one match: text[Start:End].
type span struct {
	Start, End int
	// Clitic is set on khabar matches whose first token carries a proclitic
	// that the name lacks (وبمحمد for محمد).
	Clitic bool `json:",omitempty"`
}

// isWordRune reports whether r belongs to a word: a letter, a combining
// mark (Arabic diacritics) or a digit. A match must neither start nor end
// next to one — as in UAX #29, a mark or digit does not split a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// wholeWord reports whether text[start:end] starts and ends at word
// boundaries: at the ends of the text or next to a rune that is not part of
// a word.
func wholeWord(text string, start, end int) bool {
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); isWordRune(r) {
			return false
		}
	}
	if end < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[end:]); isWordRune(r) {
			return false
		}
	}
	return true
}

// leftmostLongest sorts whole-word matches, which may overlap, and keeps the
// leftmost-longest ones: from the start of the text, the match that starts
// first, and among those the longest; then on after its end.
func leftmostLongest(spans []span) []span {
	slices.SortFunc(spans, func(a, b span) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
	out := spans[:0]
	end := 0
	for _, s := range spans {
		if s.Start >= end {
			out = append(out, s)
			end = s.End
		}
	}
	return out
}

// reference is the plain reference matcher: a set of names as exact byte
// strings. At each word start it tries the longest run of words that could
// be a name first.
type reference struct {
	names    map[string]struct{}
	maxWords int // the most words a name has (words are split at spaces)
}

func newReference(names []string) *reference {
	r := &reference{names: make(map[string]struct{}, len(names))}
	for _, n := range names {
		r.names[n] = struct{}{}
		r.maxWords = max(r.maxWords, strings.Count(n, " ")+1)
	}
	return r
}

// find returns the whole-word leftmost-longest matches in text.
func (r *reference) find(text string) []span {
	var out []span
	ends := make([]int, 0, r.maxWords)
	for pos := nextWord(text, 0); pos < len(text); {
		ends = wordEnds(text, pos, r.maxWords, ends[:0])
		matched := false
		for i := len(ends) - 1; i >= 0; i-- {
			if _, ok := r.names[text[pos:ends[i]]]; ok {
				out = append(out, span{Start: pos, End: ends[i]})
				pos = nextWord(text, ends[i])
				matched = true
				break
			}
		}
		if !matched {
			pos = nextWord(text, ends[0])
		}
	}
	return out
}

// wordEnds appends to dst the end offsets of the first n words from pos,
// which is the start of a word.
func wordEnds(text string, pos, n int, dst []int) []int {
	for len(dst) < n && pos < len(text) {
		end := wordEnd(text, pos)
		dst = append(dst, end)
		pos = nextWord(text, end)
	}
	return dst
}

// wordEnd returns the end of the word that starts at pos.
func wordEnd(text string, pos int) int {
	for pos < len(text) {
		r, size := utf8.DecodeRuneInString(text[pos:])
		if !isWordRune(r) {
			break
		}
		pos += size
	}
	return pos
}

// nextWord returns the start of the first word at or after pos, or
// len(text).
func nextWord(text string, pos int) int {
	for pos < len(text) {
		r, size := utf8.DecodeRuneInString(text[pos:])
		if isWordRune(r) {
			return pos
		}
		pos += size
	}
	return pos
}
