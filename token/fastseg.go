package token

//go:generate go run gen_wbclass.go

import (
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// wbClassT is the word-break class of a rune as segment's scanner sees it.
type wbClassT = byte

// The word-break classes of the fast segmenter (UAX #29, Unicode 8.0, as in
// segment's tables). Single_Quote counts as MidNumLet and Double_Quote as
// Other: they differ only next to Hebrew letters, which are cUnknown.
const (
	cOther        wbClassT = iota // any rune that ends a word and stands alone
	cALetter                      // letters, tatweel
	cNumeric                      // digits, ٫
	cExtendNumLet                 // _ and the connector punctuation ‿ ⁀ ⁔
	cMidLetter                    // : · and others, between letters only
	cMidNum                       // , ; ، ٬ and others, between digits only
	cMidNumLet                    // . ' ‘ ’ ․, between letters or digits
	cExtend                       // Extend and Format: marks, harakat, ZWNJ, ZWJ, bidi controls
	cCR
	cLF
	cNewline // VT, FF, NEL, LS, PS
	cUnknown // outside the covered blocks, or a class left to segment
	cInvalid // a byte that is not valid UTF-8: segment's input ends there

	// mayChange is set in the class tables for the runes that
	// arabic.Normalize changes, so that a word without any can keep its
	// surface form as key without a second look.
	mayChange wbClassT = 0x80
)

// wbClass returns the class of the rune at text[i], with mayChange set if
// Normalize may change it, and its length in bytes. An invalid byte has
// class cInvalid and length 1, as in utf8.DecodeRuneInString.
func wbClass(text string, i int) (wbClassT, int) {
	b := text[i]
	if b < utf8.RuneSelf {
		return wbClass0[b], 1
	}
	if b >= 0xC2 && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return wbClass0[int(b&0x1F)<<6|int(text[i+1]&0x3F)], 2
	}
	return wbClassSlow(text, i)
}

// wbClassSlow is wbClass for runes of three and four bytes, and invalid
// bytes.
func wbClassSlow(text string, i int) (wbClassT, int) {
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return cInvalid | mayChange, 1
	case r >= 0x2000 && r <= 0x206F:
		return wbClass2000[r-0x2000], size
	case r >= 0xFB50 && r <= 0xFEFF:
		return wbClassFB50[r-0xFB50], size
	}
	return cUnknown | mayChange, size
}

// skipExtend returns the end of the run of Extend and Format runes at text[i:]
// (WB4), and false if it meets a rune of unknown class.
func skipExtend(text string, i int) (int, bool) {
	for i < len(text) {
		// No ASCII rune is Extend or Format.
		if text[i] < utf8.RuneSelf {
			return i, true
		}
		c, size := wbClass(text, i)
		switch c &^ mayChange {
		case cExtend:
			i += size
		case cUnknown:
			return i, false
		default:
			return i, true
		}
	}
	return i, true
}

// segmentFast calls yield for every segment of text — words, numbers,
// punctuation and white space — with the same boundaries and types as
// segment.NewWordSegmenterDirect gives on each run of valid UTF-8. Each
// invalid byte is a segment of its own, of type segment.None.
//
// It reads the input with class tables and applies segment's rules itself;
// a word or mark that meets a rune outside its tables is handed, together
// with the text up to the next safe break, to segmentSlow.
//
// Unless spaces is true, a segment that is one ASCII space is skipped.
// arabic.Normalize leaves the first keep bytes of the segment as they are
// (all of them if keep is end-start).
func segmentFast(text string, spaces bool, yield func(start, end, segType, keep int)) {
	for pos := 0; pos < len(text); {
		end, segType, keep, ok := nextSegment(text, pos)
		if ok {
			if spaces || end != pos+1 || text[pos] != ' ' {
				yield(pos, end, segType, keep)
			}
			pos = end
			continue
		}
		// segment starts afresh at every boundary: give it the text from
		// here to the next break that no segment crosses.
		q := safeBreak(text, end)
		segmentSlow(text, pos, q, yield)
		pos = q
	}
}

// nextSegment returns the end and type of the segment that starts at
// text[pos] and how many of its bytes Normalize surely leaves as they are
// (keep), or false and the position of the rune it cannot classify.
//
// segment runs a longest-match scanner: at each boundary it takes the
// longest prefix of the rest that one of its patterns accepts, the numeric
// one first on a tie, and starts afresh after it. For the covered classes
// the patterns are:
//
//   - a word: letters (A), digits (N) and ExtendNumLet (E) in any order,
//     each followed by its Extend and Format runes (WB4); a MidLetter or
//     MidNumLet between two letters (WB6, WB7), a MidNum or MidNumLet
//     between two digits (WB11, WB12). Its type is Number if it has digits
//     but no letter, else Letter;
//   - CR LF, CR, LF, or a Newline rune, alone;
//   - a run of Extend and Format runes;
//   - any other rune: an ASCII one with the Extend and Format runes after
//     it, a longer one alone (segment matches one byte, then widens the
//     segment to the whole rune).
func nextSegment(text string, pos int) (end, segType, keep int, ok bool) {
	// wbClass, inlined by hand for the runes of one and two bytes.
	var raw wbClassT
	var size int
	if b := text[pos]; b < utf8.RuneSelf {
		raw, size = wbClass0[b], 1
	} else if b >= 0xC2 && b < 0xE0 && pos+1 < len(text) && text[pos+1]&0xC0 == 0x80 {
		raw, size = wbClass0[int(b&0x1F)<<6|int(text[pos+1]&0x3F)], 2
	} else {
		raw, size = wbClassSlow(text, pos)
	}
	switch raw &^ mayChange {
	case cALetter, cNumeric, cExtendNumLet:
		return scanWord(text, pos, raw, size)
	case cCR:
		if pos+1 < len(text) && text[pos+1] == '\n' {
			return pos + 2, segment.None, 2, true
		}
		return pos + 1, segment.None, 1, true
	case cLF, cNewline:
		return pos + size, segment.None, size, true
	case cInvalid:
		return pos + size, segment.None, 0, true
	case cExtend:
		end, ok := skipExtend(text, pos)
		return end, segment.None, 0, ok
	case cUnknown:
		return pos, 0, 0, false
	}
	// cOther and the Mid classes.
	if size > 1 {
		if raw&mayChange != 0 {
			return pos + size, segment.None, 0, true
		}
		return pos + size, segment.None, size, true
	}
	end, ok = skipExtend(text, pos+1)
	return end, segment.None, 1, ok
}

// scanWord scans the word that starts at text[pos] with a rune of class
// raw0 (with its mayChange bit) and length size0.
func scanWord(text string, pos int, raw0 wbClassT, size0 int) (end, segType, keep int, ok bool) {
	end = pos + size0
	first := -1 // the first rune that Normalize may change
	if raw0&mayChange != 0 {
		first = pos
	}
	c0 := raw0 &^ mayChange
	last := c0 // the class of the last letter, digit or ExtendNumLet
	hasLetter, hasDigit := c0 == cALetter, c0 == cNumeric
	for end < len(text) {
		if last == cALetter {
			// The bulk of words: letters of one or two bytes and their marks.
			for end < len(text) {
				b := text[end]
				if b < utf8.RuneSelf {
					switch wbClass0[b] {
					case cALetter:
						end++
						continue
					case cOther, cCR, cLF, cNewline: // a space or a mark that ends the word
						return end, segment.Letter, kept(pos, end, first), true
					}
					break
				}
				if b < 0xC2 || b >= 0xE0 || end+1 >= len(text) || text[end+1]&0xC0 != 0x80 {
					break
				}
				raw := wbClass0[int(b&0x1F)<<6|int(text[end+1]&0x3F)]
				if c := raw &^ mayChange; c != cALetter && c != cExtend {
					break
				}
				if raw&mayChange != 0 && first < 0 {
					first = end
				}
				end += 2
			}
			if end >= len(text) {
				break
			}
		}
		// wbClass, inlined by hand for the runes of one and two bytes.
		var raw wbClassT
		var size int
		if b := text[end]; b < utf8.RuneSelf {
			raw, size = wbClass0[b], 1
		} else if b >= 0xC2 && b < 0xE0 && end+1 < len(text) && text[end+1]&0xC0 == 0x80 {
			raw, size = wbClass0[int(b&0x1F)<<6|int(text[end+1]&0x3F)], 2
		} else {
			raw, size = wbClassSlow(text, end)
		}
		c := raw &^ mayChange
		switch c {
		case cALetter:
			hasLetter = true
		case cNumeric:
			hasDigit = true
		case cExtendNumLet:
		case cExtend: // WB4: it belongs to the rune before
			if raw&mayChange != 0 && first < 0 {
				first = end
			}
			end += size
			continue
		case cMidLetter, cMidNum, cMidNumLet:
			if !(last == cALetter && c != cMidNum || last == cNumeric && c != cMidLetter) {
				return end, wordType(hasLetter, hasDigit), kept(pos, end, first), true
			}
			m, ok := skipExtend(text, end+size)
			if !ok {
				return m, 0, 0, false
			}
			if m == len(text) {
				return end, wordType(hasLetter, hasDigit), kept(pos, end, first), true
			}
			c2, size2 := wbClass(text, m)
			c2 &^= mayChange
			if c2 == cUnknown {
				return m, 0, 0, false
			}
			if c2 != last {
				return end, wordType(hasLetter, hasDigit), kept(pos, end, first), true
			}
			// Leave the mid rune, its marks and the letter or digit to Normalize.
			c, size, raw = c2, m+size2-end, mayChange
		case cUnknown:
			return end, 0, 0, false
		default:
			return end, wordType(hasLetter, hasDigit), kept(pos, end, first), true
		}
		if raw&mayChange != 0 && first < 0 {
			first = end
		}
		end += size
		last = c
	}
	return end, wordType(hasLetter, hasDigit), kept(pos, end, first), true
}

// kept returns how many bytes of the segment text[pos:end] come before
// first, the first rune that Normalize may change, or -1.
func kept(pos, end, first int) int {
	if first < 0 {
		return end - pos
	}
	return first - pos
}

func wordType(hasLetter, hasDigit bool) int {
	if hasDigit && !hasLetter {
		return segment.Number
	}
	return segment.Letter
}

// safeBreak returns the first position at or after i where no segment of
// segment's can cross: an ASCII space or tab, a line feed not after a
// carriage return, an invalid byte (segment's input ends there), or the end
// of text. A segment never holds these, so segment gives the same
// boundaries before it whether or not the text goes on.
func safeBreak(text string, i int) int {
	for i < len(text) {
		switch b := text[i]; {
		case b == ' ' || b == '\t':
			return i
		case b == '\n':
			if i == 0 || text[i-1] != '\r' {
				return i
			}
		case b >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size == 1 {
				return i
			}
			i += size
			continue
		}
		i++
	}
	return len(text)
}

// segmentSlow calls yield for every segment of text[start:end], which is
// valid UTF-8, as segment.NewWordSegmenterDirect finds them.
func segmentSlow(text string, start, end int, yield func(start, end, segType, keep int)) {
	for start < end {
		seg := segment.NewWordSegmenterDirect([]byte(text[start:end]))
		pos := start
		for seg.Segment() {
			n := len(seg.Bytes())
			yield(pos, pos+n, seg.Type(), 0)
			pos += n
		}
		if pos >= end {
			return
		}
		// The segmenter gave up early: take one rune as a segment and go on.
		_, size := utf8.DecodeRuneInString(text[pos:end])
		yield(pos, pos+size, segment.None, 0)
		start = pos + size
	}
}
