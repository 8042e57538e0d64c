// Package token splits text into tokens and sentences for khabar's later
// stages.
//
// Tokenize finds word boundaries as github.com/blevesearch/segment does
// (Unicode UAX #29 with segment's Unicode 8.0 tables), keeps every non-space
// segment as a token — words, numbers and punctuation alike — and records
// for each its byte offsets into the caller's input, a normalised matching
// key, its script, its sentence and, for Arabic words, the proclitic
// readings. The input is never changed: input[t.Start:t.End] is always the
// token's surface form, and every byte of the input is either inside a token
// or is white space. Invalid UTF-8 is accepted: each invalid byte becomes a
// token of its own.
//
// # The fast path
//
// Tokenize does not call segment on the scripts of news text. segment runs
// a longest-match scanner that starts afresh at every boundary, so its
// segments can be found one at a time: Tokenize looks up the word-break
// class of each rune (letter, digit, ExtendNumLet, MidLetter, MidNum,
// MidNumLet, Extend or Format, CR, LF, newline, other) in tables generated
// from segment's own (gen_wbclass.go) and applies segment's rules to them.
// The tables cover U+0000–U+07FF (ASCII, Latin, combining marks, Greek,
// Cyrillic, Arabic, Syriac…), General Punctuation U+2000–U+206F and the
// Arabic presentation forms U+FB50–U+FEFF. When a segment meets a rune
// outside them (an emoji, CJK, a currency sign) or one whose rules the
// fast path leaves out (Hebrew letters, Katakana, regional indicators),
// Tokenize hands the text from that segment's start to the next space, tab,
// line feed or invalid byte to segment itself, and goes on after it. No
// segment crosses such a break, so the tokens are segment's on any input;
// differential tests and a fuzz test compare the two.
//
// The same tables mark the runes that arabic.Normalize changes: a word
// without any is its own key. Keys that differ from their surface form are
// written to a few arrays per call, in place, the readings of the tokens
// share a few backing arrays, and English stems come from a small cache shared by all
// calls, so Tokenize allocates a few times per call, not per token. The
// restored article of a reading (للرباط → الرباط) goes to the keys' array
// too, and a Buffer hands the room left in it to its next text, so that
// one line at a time it allocates once every few lines.
//
// Most of Arabic news is Arabic words between single spaces. A word that
// starts with a letter of the Arabic block is taken in one pass: its runes
// are read two letters (four bytes) at a time from a table of byte pairs
// (letter, mark, changed by Normalize, or anything else), its key is
// folded from a table of the block's keys, it gets its one reading at once
// unless it starts with a proclitic letter, and its token is filled in
// place; the next word after a single space is taken in the same call. A
// word that
// meets anything less common (a digit, a mid-word full stop, a rune of
// three bytes) is left whole to the general path above. The punctuation
// marks that stand alone in news (، . « » ( ) : and the other ASCII ones)
// become tokens in one step too.
//
// Tokenize is safe for concurrent use.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/blevesearch/segment"
	"github.com/khabar-nlp/khabar/arabic"
)

// Script classifies a token by its first rune.
type Script uint8

// The scripts of a token.
const (
	Other  Script = iota // letters of other scripts, symbols, invalid bytes
	Arabic               // Arabic letters
	Latin                // Latin letters
	Digit                // numbers
	Punct                // punctuation
)

var scriptNames = [...]string{"other", "arabic", "latin", "digit", "punct"}

// String returns the lower-case name of s.
func (s Script) String() string {
	if int(s) < len(scriptNames) {
		return scriptNames[s]
	}
	return "script(" + string(rune('0'+s)) + ")"
}

// A Token is one word, number or punctuation mark of the input.
type Token struct {
	Start, End int    // byte offsets into the input: the surface form is input[Start:End]
	Key        string // matching key: arabic.Normalize for Arabic, lower case for Latin
	Stem       string // English Snowball stem of a Latin word; empty otherwise
	Script     Script
	Sentence   int // index of the sentence the token belongs to, from 0
	// Readings are the proclitic readings of an Arabic word, shortest prefix
	// first; the first is the whole key. An English possessive (Beirut's)
	// has the readings with and without its ending. Nil otherwise.
	Readings []arabic.Reading
}

// A Sentence is a run of tokens.
type Sentence struct {
	Start, End  int // byte offsets: from the first token's start to the last token's end
	First, Last int // token indices, Last exclusive
}

// Tokenize returns the tokens of text in order.
func Tokenize(text string) []Token { return tokenize(nil, text) }

// A Buffer holds the arrays of the tokens and of their readings, to reuse
// them from one text to the next. The zero value is ready to use. A Buffer
// is not safe for concurrent use; use one per goroutine.
type Buffer struct {
	toks     []Token
	n        int // tokens of the last text
	readings []arabic.Reading
	// folded is the array of foldArabic's keys that the last text left,
	// whose room the next text uses: the bytes before its length belong
	// to keys and are never written again.
	folded []byte
}

// Tokenize is Tokenize that puts the tokens and their readings in b's
// arrays, when they are large enough. The tokens are valid until the next
// call of b.Tokenize or b.Reset; their keys and stems are not in b and stay
// valid.
func (b *Buffer) Tokenize(text string) []Token { return tokenize(b, text) }

// Reset clears the tokens of the last text from b, so that a pooled
// Buffer does not keep a text alive through them. (Its readings array may
// still point to the last text's keys until it is reused.)
func (b *Buffer) Reset() {
	clear(b.toks[:b.n])
	b.n = 0
}

func tokenize(b *Buffer, text string) []Token {
	// About one token per space, and some punctuation.
	spaces := strings.Count(text, " ")
	var toks []Token
	if b != nil {
		toks = b.toks[:0]
	}
	if n := spaces + spaces/4 + 8; cap(toks) < n {
		toks = make([]Token, 0, n)
	}
	tz := tokenizer{
		text:      text,
		spaces:    spaces,
		toks:      toks,
		minFolded: 64,
	}
	if b != nil {
		tz.minFolded = minBufferFolded
		tz.readings = b.readings[:0]
		tz.folded = b.folded
		defer func() {
			b.folded = tz.folded
			// Keep the arrays for the next text: the tokens', and a
			// readings array. When the readings of this text took more
			// than one (room starts a new one when it is full), the next
			// text gets one that holds them all, so that a Buffer that
			// tokenises texts of one size soon allocates only their keys.
			b.toks, b.n = tz.toks[:0], len(tz.toks)
			switch total := tz.readingsDone + len(tz.readings); {
			case tz.readingsDone > 0 && total > cap(b.readings):
				b.readings = make([]arabic.Reading, 0, total+total/8)
			case cap(tz.firstReadings) > cap(b.readings):
				b.readings = tz.firstReadings[:0]
			}
		}()
	}
	if simpleWords(text) {
		// Plain letters and single spaces: UAX #29 splits at the spaces.
		for start := 0; start < len(text); {
			end := strings.IndexByte(text[start:], ' ')
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			tz.add(start, end, segment.Letter, 0)
			start = end + 1
		}
		return tz.toks
	}
	tz.run()
	return tz.toks
}

// run tokenises tz.text as segmentFast(tz.text, false, tz.segment) does,
// with the bulk of news text done in one pass: a single space is skipped,
// and an Arabic word (arabicWord) or a punctuation mark that stands alone
// (punct) is segmented, keyed, read and appended at once. Everything else
// takes segmentFast's way.
func (tz *tokenizer) run() {
	text := tz.text
	for pos := 0; pos < len(text); {
		switch b := text[pos]; {
		case b == ' ':
			// A space is a segment of its own unless Extend or Format
			// runes follow it (WB4); an Arabic word starts with a letter.
			next := pos + 1
			if next == len(text) || text[next] < utf8.RuneSelf {
				pos = next
				continue
			}
			if c := text[next]; c >= 0xD8 && c <= 0xDB {
				if end := tz.arabicWord(next); end > next {
					pos = end
					continue
				}
			}
			if c, _ := wbClass(text, next); c&^mayChange != cExtend && c&^mayChange != cUnknown {
				pos = next
				continue
			}
		case b >= 0xD8 && b <= 0xDB:
			if end := tz.arabicWord(pos); end > pos {
				pos = end
				continue
			}
			if end := tz.punct(pos); end > pos { // ، ؛ ؟
				pos = end
				continue
			}
		case b > ' ' && b < 0x7F || b == 0xC2: // ASCII, « »
			if end := tz.punct(pos); end > pos {
				pos = end
				continue
			}
		}
		// segmentFast's loop, one segment at a time.
		end, segType, keep, ok := nextSegment(text, pos)
		if ok {
			if end != pos+1 || text[pos] != ' ' {
				tz.segment(pos, end, segType, keep)
			}
			pos = end
			continue
		}
		q := safeBreak(text, end)
		segmentSlow(text, pos, q, tz.segment)
		pos = q
	}
}

// arabicWord appends the token of the word that starts at text[pos], a
// lead byte of the Arabic block, and returns its end, if the word is of the
// common shape: an Arabic letter, then letters and marks of one or two
// bytes (whose changes, if any, are in the Arabic block), ended by the end
// of the text or by a rune that surely ends it — a space, a line break,
// other punctuation, or a full stop, colon or apostrophe (MidNumLet,
// MidLetter) that no letter follows. Otherwise it returns pos and appends
// nothing: the general path takes the word.
//
// Such a word is what nextSegment and add make of it: a segment.Letter
// segment of Script Arabic (every letter of U+0600–U+06FF is Arabic),
// which is neither a closer nor a terminator.
//
// A single space and another word of the Arabic block may follow: arabicWord
// goes on with that word, as run would, and when it is not of the common
// shape returns the end of the last word taken, where run goes on.
func (tz *tokenizer) arabicWord(pos int) int {
	text := tz.text
	base := unsafe.Pointer(unsafe.StringData(text))
	// What is returned when the word at pos is not of the common shape:
	// pos for the first word, the space before it for the next ones.
	fail := pos
next:
	if pos+1 >= len(text) {
		return fail
	}
	first := -1 // the first rune that Normalize changes
	switch b := (*[2]byte)(unsafe.Add(base, pos)); arabicPairs[uint16(b[0])|uint16(b[1])<<8] {
	case pairKept:
	case pairLetter | pairFold:
		first = pos
	default:
		return fail
	}
	end := pos + 2
scan:
	for {
		// The letters and marks of the block, two kept letters at a time.
		for ; end+3 < len(text); end += 4 {
			b := (*[4]byte)(unsafe.Add(base, end))
			x := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
			if v := arabicPairs[uint16(x)]; v&arabicPairs[uint16(x>>16)]&pairKept == 0 {
				// When the first pair is a kept letter (the only value
				// with bit pairKept), the second is the one to look at:
				// added without a branch, which would mispredict.
				end += int(v&pairKept) << 1
				break
			}
		}
		if end+1 < len(text) {
			b := (*[2]byte)(unsafe.Add(base, end))
			if b[0] == ' ' { // the common end of a word
				break scan
			}
			if v := arabicPairs[uint16(b[0])|uint16(b[1])<<8]; v != pairOther {
				if v&pairFold != 0 && first < 0 {
					first = end
				}
				end += 2
				continue
			}
		}
		if end >= len(text) {
			break
		}
		b := text[end]
		if b < utf8.RuneSelf {
			switch wbClass0[b] {
			case cALetter:
				end++
				continue
			case cOther, cCR, cLF, cNewline, cMidNum:
				break scan
			case cMidLetter, cMidNumLet:
				// It joins two letters (WB6, WB7); an ASCII rune after it is
				// never Extend.
				if end+1 == len(text) || text[end+1] < utf8.RuneSelf && wbClass0[text[end+1]] != cALetter {
					break scan
				}
			}
			return fail
		}
		if b < 0xC2 || b >= 0xE0 || end+1 == len(text) || text[end+1]&0xC0 != 0x80 {
			return fail
		}
		switch wbClass0[int(b&0x1F)<<6|int(text[end+1]&0x3F)] {
		case cALetter, cExtend: // outside the Arabic block
			end += 2
		case cOther, cMidNum, cOther | mayChange, cMidNum | mayChange:
			break scan
		default:
			// Another class, or a change outside the Arabic block (a soft
			// hyphen), which foldArabic leaves to Normalize.
			return fail
		}
	}
	surface := text[pos:end]
	key := surface
	if first >= 0 {
		key = tz.foldArabic(surface, first-pos)
		if key == "" { // tatweel alone
			key = surface
		}
	}
	if tz.pendingBreak {
		tz.sent++
		tz.pendingBreak = false
	}
	tz.afterStop = false
	// While the garbage collector marks, every pointer stored costs a
	// write barrier: the slices of tz are only resliced, and empty strings
	// are stored only over old ones (a Buffer's arrays hold old tokens).
	if cap(tz.readings)-len(tz.readings) < maxReadings {
		tz.room(maxReadings)
	}
	t := tz.push()
	t.Start, t.End, t.Key, t.Script, t.Sentence = pos, end, key, Arabic, tz.sent
	if t.Stem != "" {
		t.Stem = ""
	}
	n := len(tz.readings)
	if len(key) >= 3*2 && procliticStart(key) {
		tz.readings, tz.folded = arabic.AppendReadingsTo(tz.readings, tz.folded, key)
		m := len(tz.readings)
		t.Readings = tz.readings[n:m:m]
	} else {
		// The one reading, the key, sliced once for the token and
		// stored whole: testing the old reading's prefix first, as the
		// strings of the token are, costs a branch that mispredicts.
		rs := tz.readings[n : n+1 : n+1]
		tz.readings = tz.readings[:n+1]
		rs[0] = arabic.Reading{Stem: key}
		t.Readings = rs
	}
	// A single space and another Arabic word: take it too, without going
	// back to run.
	if end+2 < len(text) {
		if b := (*[2]byte)(unsafe.Add(base, end)); b[0] != ' ' || b[1]-0xD8 > 0xDB-0xD8 {
			return end
		}
		fail = end
		pos = end + 1
		goto next
	}
	return end
}

// punct appends the token of the punctuation mark at text[pos] and returns
// its end, if it is one of the marks of news text that stand alone: an
// ASCII mark that no mark or Format rune follows (WB4), or one of ، ؛ ؟ « ».
// Otherwise it returns pos and appends nothing. Normalize keeps these
// marks; add and fill would make them a token of Script Punct.
func (tz *tokenizer) punct(pos int) int {
	text := tz.text
	b := text[pos]
	end := pos + 1
	if b < utf8.RuneSelf {
		switch wbClass0[b] {
		case cOther, cMidLetter, cMidNum, cMidNumLet:
		default:
			return pos
		}
		if b <= ' ' || b == 0x7F { // white space and controls
			return pos
		}
		// A letter of the Arabic block or an ASCII rune cannot join it.
		if end < len(text) && text[end] >= utf8.RuneSelf {
			c := text[end]
			if c < 0xD8 || c > 0xDB || end+1 == len(text) || wbArabicPair[uint(c-0xD8)<<8|uint(text[end+1])]&^arabicFold != arabicLetter {
				return pos
			}
		}
	} else {
		if pos+1 == len(text) {
			return pos
		}
		switch text[pos : pos+2] {
		case "،", "؛", "؟", "«", "»":
		default:
			return pos
		}
		end = pos + 2 // a rune of two bytes stands alone
	}
	surface := text[pos:end]
	t, carry := tz.pushAt(pos, end)
	t.Key, t.Script = surface, Punct
	if carry || isTerminator(surface) && endsSentence(text, tz.toks) {
		tz.pendingBreak, tz.afterStop = true, true
	}
	return end
}

// push appends a token to tz.toks and returns it, to be filled in field by
// field (all of them: a Buffer's array holds old tokens), which costs
// less than appending a Token built on the stack.
func (tz *tokenizer) push() *Token {
	if n := len(tz.toks); n < cap(tz.toks) {
		tz.toks = tz.toks[:n+1]
	} else {
		tz.toks = append(tz.toks, Token{})
	}
	return &tz.toks[len(tz.toks)-1]
}

// The values of wbArabicPair.
const (
	arabicLetter = 0 // a letter (ALetter)
	arabicFold   = 1 // set if Normalize changes the letter or mark
	arabicMark   = 2 // a mark (Extend or Format)
	arabicOther  = 4 // anything else
)

// The values of arabicPairs.
const (
	pairOther  = 0 // anything else
	pairKept   = 1 // a letter (ALetter) that Normalize keeps
	pairLetter = 2 // a letter that Normalize changes
	pairMark   = 4 // a mark (Extend or Format)
	pairFold   = 8 // set if Normalize changes the letter or mark
)

// arabicPairs is wbArabicPair indexed by the two bytes of a pair as a
// little-endian number, lead | next<<8, so that arabicWord reads two pairs
// at once; the pairs outside the Arabic block are pairOther.
var arabicPairs = func() (t [1 << 16]uint8) {
	for k := range len(wbArabicPair) {
		var v uint8
		switch c := wbArabicPair[k]; c {
		case arabicLetter:
			v = pairKept
		case arabicLetter | arabicFold:
			v = pairLetter | pairFold
		case arabicMark:
			v = pairMark
		case arabicMark | arabicFold:
			v = pairMark | pairFold
		default:
			continue
		}
		t[0xD8+k>>8|k&0xFF<<8] = v
	}
	return t
}()

// foldArabic writes arabic.Normalize(s) to tz.folded and returns it. The
// runes of s are of one or two bytes, s[i] starts the first that Normalize
// changes, and all that it changes are in the Arabic block. A key is never
// longer than its word, so it is written in place, at the end of
// tz.folded, with no copy.
func (tz *tokenizer) foldArabic(s string, i int) string {
	if i == len(s)-2 {
		// Only the last rune changes (ة ى, a final mark): the key is the
		// word up to it, and the rune's key if any.
		f := 2 * (uint(s[i]&0x03)<<6 | uint(s[i+1]&0x3F))
		x, y := wbFold0600[f], wbFold0600[f+1]
		if x == 0 {
			return s[:i]
		}
		if cap(tz.folded)-len(tz.folded) < len(s) {
			tz.foldRoom(len(s))
		}
		start := len(tz.folded)
		buf := tz.folded[start : start+len(s)]
		copy(buf, s[:i])
		buf[i] = x
		n := i + 1
		if y != 0 {
			buf[n] = y
			n++
		}
		tz.folded = tz.folded[:start+n]
		return unsafe.String(&buf[0], n)
	}
	if cap(tz.folded)-len(tz.folded) < len(s) {
		tz.foldRoom(len(s))
	}
	start := len(tz.folded)
	buf := tz.folded[start : start+len(s)]
	// The word is copied whole and folded in place: a rune's key is never
	// longer than the rune, so the key (buf[:n]) never overtakes the word
	// (s[i:]), and while no rune has been dropped (n == i) what Normalize
	// keeps is in place already.
	copy(buf, s)
	n := i
	for i+1 < len(s) {
		b, c := s[i], s[i+1]
		if b < utf8.RuneSelf {
			buf[n] = b
			n++
			i++
			continue
		}
		if v := arabicPairs[uint16(b)|uint16(c)<<8]; v&pairFold != 0 {
			f := 2 * (uint(b&0x03)<<6 | uint(c&0x3F))
			if x := wbFold0600[f]; x != 0 {
				buf[n] = x
				n++
				if x = wbFold0600[f+1]; x != 0 {
					buf[n] = x
					n++
				}
			}
			i += 2
		} else if n == i {
			// Letters that Normalize keeps, in place: skip them, two at a
			// time while they are kept letters.
			for i += 2; i+3 < len(s); i += 4 {
				if arabicPairs[uint16(s[i])|uint16(s[i+1])<<8]&arabicPairs[uint16(s[i+2])|uint16(s[i+3])<<8]&pairKept == 0 {
					break
				}
			}
			n = i
		} else {
			buf[n], buf[n+1] = b, c
			n += 2
			i += 2
		}
	}
	if i < len(s) { // a last ASCII letter
		buf[n] = s[i]
		n++
	}
	if n == 0 {
		return ""
	}
	tz.folded = tz.folded[:start+n]
	// The bytes are never written again: a new array is started when
	// this one is full.
	return unsafe.String(&buf[0], n)
}

// foldRoom starts a new array for the keys of foldArabic, with room for a
// key of n bytes and, as keys are no longer than their words, for those
// of half the text left to tokenise. The full array stays with the keys
// that use it. For a Buffer, whose next texts use the room left, the
// array holds at least minBufferFolded bytes.
func (tz *tokenizer) foldRoom(n int) {
	rest := len(tz.text)
	if len(tz.toks) > 0 {
		rest -= tz.toks[len(tz.toks)-1].End
	}
	tz.folded = make([]byte, 0, max(n+rest/2, tz.minFolded))
}

// minBufferFolded is the least room of a Buffer's array of keys (see
// foldRoom): a few lines of news, so that a Buffer that tokenises one line
// at a time allocates it once every few lines.
const minBufferFolded = 2048

// procliticStart reports whether key starts with a letter that
// arabic.AppendReadings may split off: و ف ب ك ل س.
// It looks the two bytes up in a bit mask, without the branches of a
// switch, which mispredict on running text.
func procliticStart(key string) bool {
	x := uint(key[1]) ^ 0x80 // a continuation byte gives 0–63
	return x < 64 && procliticMasks[key[0]]>>x&1 != 0
}

// procliticMasks has, for each lead byte, the bits of the continuation
// bytes (less 0x80) that make a proclitic letter of procliticStart.
var procliticMasks = func() (m [256]uint64) {
	for _, r := range "وفبكلس" {
		var b [2]byte
		utf8.EncodeRune(b[:], r)
		m[b[0]] |= 1 << (b[1] ^ 0x80)
	}
	return m
}()

// A tokenizer holds the state of one call of Tokenize.
type tokenizer struct {
	text          string
	spaces        int // the number of spaces in text
	toks          []Token
	readings      []arabic.Reading // the backing array for the readings of the tokens, see room
	readingsDone  int              // the readings in the arrays before tz.readings
	firstReadings []arabic.Reading // the first readings array that room made, for a Buffer
	// keys holds the keys that differ from their surface form, so that they
	// cost no allocation each; they share its memory.
	keys strings.Builder
	// folded holds the keys of foldArabic and lower, for the same reason.
	folded    []byte
	minFolded int // the least room of a new folded array, see foldRoom

	sent                    int  // the current sentence
	pendingBreak, afterStop bool // a sentence ends before the next token; it ended with a full stop
}

// segment takes one segment of the general path of run (or segmentSlow).
func (tz *tokenizer) segment(start, end, segType, keep int) {
	if segType == segment.None {
		c := tz.text[start]
		if end == start+1 && c == '\t' {
			return
		}
		// A segment that starts with a printable ASCII rune is not space.
		if s := tz.text[start:end]; (c <= ' ' || c >= utf8.RuneSelf) && isSpaceString(s) {
			if len(tz.toks) > 0 && (strings.IndexByte(s, '\n') >= 0 || strings.Contains(s, "\u2029")) {
				tz.pendingBreak, tz.afterStop = true, false
			}
			return
		}
	}
	tz.add(start, end, segType, keep)
}

// pushAt appends the token text[start:end] with its offsets and sentence,
// its Stem and Readings empty, for the caller to fill in its Key and
// Script. It reports whether the token is a closing quote or bracket right
// after a full stop, which stays with the sentence the stop ends.
func (tz *tokenizer) pushAt(start, end int) (*Token, bool) {
	carry := tz.afterStop && start == tz.toks[len(tz.toks)-1].End && isCloser(tz.text[start:end])
	if carry {
		tz.pendingBreak = false
	}
	if tz.pendingBreak {
		tz.sent++
		tz.pendingBreak = false
	}
	tz.afterStop = false
	t := tz.push()
	t.Start, t.End, t.Sentence = start, end, tz.sent
	t.Stem, t.Readings = "", nil // over an old token of a Buffer
	return t, carry
}

// add appends the token text[start:end]; arabic.Normalize leaves its first
// keep bytes as they are.
func (tz *tokenizer) add(start, end, segType, keep int) {
	t, carry := tz.pushAt(start, end)
	tz.fill(t, segType, keep) // sets Key and Script
	if t.Script == Arabic {
		tz.room(maxReadings)
		n := len(tz.readings)
		tz.readings, tz.folded = arabic.AppendReadingsTo(tz.readings, tz.folded, t.Key)
		t.Readings = tz.readings[n:len(tz.readings):len(tz.readings)]
	}
	if carry || isTerminator(t.Key) && endsSentence(tz.text, tz.toks) {
		tz.pendingBreak, tz.afterStop = true, true
	}
}

// simpleWords reports whether text is words of plain letters — Arabic
// letters without marks or tatweel, and ASCII letters — separated by single
// spaces. Gazetteer names mostly are; segment would split them at the spaces
// and nowhere else, so Tokenize can skip it. Texts longer than
// maxSimpleWords are not looked at: running text has punctuation, and the
// general path gives them the same tokens.
func simpleWords(text string) bool {
	if text == "" || len(text) > maxSimpleWords || text[0] == ' ' || text[len(text)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c|0x20 >= 'a' && c|0x20 <= 'z':
		case c == 0xD8 || c == 0xD9:
			// U+0621–U+063A is D8 A1–D8 BA, U+0641–U+064A is D9 81–D9 8A.
			if i+1 == len(text) {
				return false
			}
			d := text[i+1]
			if c == 0xD8 && (d < 0xA1 || d > 0xBA) || c == 0xD9 && (d < 0x81 || d > 0x8A) {
				return false
			}
			i++
		default:
			return false
		}
		prevSpace = false
	}
	return true
}

// maxSimpleWords is the length of the longest text that simpleWords looks
// at: longer than gazetteer names.
const maxSimpleWords = 256

// isSpaceString reports whether s is all white space.
func isSpaceString(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// maxReadings is the most readings arabic.AppendReadings gives a key: the
// key, a conjunction, and a preposition with and without the restored
// article (فللمغرب).
const maxReadings = 4

// room makes sure that n more readings fit in tz.readings. When they do
// not, the full array stays with the tokens that use it and a new one is
// started, so the readings are never copied. The first array holds one
// reading for every eighth space; the next ones are sized for the rest of
// the text at the rate of readings so far (Arabic news has about one per
// token, English text one per thirty).
func (tz *tokenizer) room(n int) {
	if cap(tz.readings)-len(tz.readings) >= n {
		return
	}
	size := tz.spaces/8 + n
	if tz.readingsDone += len(tz.readings); tz.readingsDone > 0 {
		done := tz.toks[len(tz.toks)-1].End
		rest := float64(tz.readingsDone) * float64(len(tz.text)-done) / float64(done)
		size = int(rest*1.05) + 2*n
	}
	tz.readings = make([]arabic.Reading, 0, max(16, size))
	if tz.firstReadings == nil {
		tz.firstReadings = tz.readings
	}
}

// fill sets the key, stem, script and readings of t.
func (tz *tokenizer) fill(t *Token, segType, keep int) {
	surface := tz.text[t.Start:t.End]
	r := firstRune(surface)
	switch {
	case segType == segment.Number:
		t.Script = Digit
		t.Key = tz.normalize(surface, keep)
	case arabic.IsArabic(r):
		t.Script = Arabic
		t.Key = tz.normalize(surface, keep)
		if t.Key == "" { // a lone mark or tatweel
			t.Key = surface
		}
	case segType == segment.Letter && r < 0x250:
		t.Script = Latin
		t.Key = tz.lower(surface)
		t.Stem = stem(t.Key)
		// An English possessive reads also without its ending: Beirut's.
		for _, poss := range [...]string{"'s", "’s"} {
			if base, ok := strings.CutSuffix(t.Key, poss); ok && base != "" {
				tz.room(2)
				n := len(tz.readings)
				tz.readings = append(tz.readings, arabic.Reading{Stem: t.Key}, arabic.Reading{Stem: base})
				t.Readings = tz.readings[n:len(tz.readings):len(tz.readings)]
			}
		}
	case segType == segment.None && isPunctOrSymbol(r):
		t.Script = Punct
		t.Key = tz.normalize(surface, keep)
	default:
		t.Script = Other
		t.Key = surface
	}
}

// isPunctOrSymbol returns unicode.IsPunct(r) || unicode.IsSymbol(r),
// without a table search for the punctuation of Arabic news.
func isPunctOrSymbol(r rune) bool {
	switch {
	case r == '،', r == '؛', r == '؟', r >= 0x2010 && r <= 0x2027:
		return true
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// normalize returns arabic.Normalize(s), knowing that it leaves the first
// keep bytes of s as they are.
func (tz *tokenizer) normalize(s string, keep int) string {
	switch keep {
	case len(s):
		return s
	case 0:
		return arabic.NormalizeTo(&tz.keys, s)
	}
	// Normalize works rune by rune: the key is s[:keep] and the key of the
	// rest, written after it.
	n := tz.keys.Len()
	tz.keys.WriteString(s[:keep])
	if k := arabic.NormalizeTo(&tz.keys, s[keep:]); k == s[keep:] {
		return s // nothing changed after all (the prefix written stays unused)
	}
	return tz.keys.String()[n:]
}

// firstRune returns the first rune of s, which is not empty, as
// utf8.DecodeRuneInString does, without a call for runes of two bytes.
func firstRune(s string) rune {
	c := s[0]
	if c < utf8.RuneSelf {
		return rune(c)
	}
	if c >= 0xC2 && c < 0xE0 && len(s) > 1 && s[1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[1]&0x3F)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// lower returns strings.ToLower(s), writing an ASCII word with capitals to
// tz.folded.
func (tz *tokenizer) lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s
	}
	if cap(tz.folded)-len(tz.folded) < len(s) {
		tz.foldRoom(len(s))
	}
	start := len(tz.folded)
	buf := tz.folded[start : start+len(s)]
	for i := range buf {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	tz.folded = tz.folded[:start+len(s)]
	return unsafe.String(&buf[0], len(buf))
}

// terminators end a sentence when they stand alone as a token.
func isTerminator(key string) bool {
	switch key {
	case ".", "!", "?", "؟", "؛", "…":
		return true
	}
	return false
}

func isCloser(s string) bool {
	switch s {
	case "»", "”", "\"", "'", ")", "]", "’", "›":
		return true
	}
	return false
}

// abbreviations are Latin words that a full stop does not end a sentence after.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "maj": true, "gov": true, "sen": true,
	"rep": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "etc": true, "vs": true,
	"no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "mt": true, "ft": true, "rev": true, "hon": true,
}

// endsSentence reports whether the last token of toks ends its sentence.
func endsSentence(text string, toks []Token) bool {
	n := len(toks)
	last := &toks[n-1]
	if !isTerminator(last.Key) {
		return false
	}
	if last.Key == "." && n >= 2 {
		prev := &toks[n-2]
		adjacent := prev.End == last.Start
		if adjacent && prev.Script == Latin && abbreviations[prev.Key] {
			return false
		}
		// An initial: a single letter followed by a full stop (J. Smith, أ. ف. ب).
		if adjacent && (prev.Script == Latin || prev.Script == Arabic) && oneRune(prev.Key) {
			return false
		}
	}
	// A run of terminators ("..." or "?!") ends at its last member.
	return !startsTerminator(text[last.End:])
}

// oneRune reports whether s is one rune, utf8.RuneCountInString(s) == 1,
// without counting the runes of a longer word.
func oneRune(s string) bool {
	switch len(s) {
	case 0:
		return false
	case 1:
		return true
	case 2:
		return s[0] >= 0xC2 && s[0] < 0xE0 && s[1]&0xC0 == 0x80
	}
	if s[0] < 0xE0 { // a first rune of at most two bytes, and more
		return false
	}
	_, size := utf8.DecodeRuneInString(s)
	return size == len(s)
}

// startsTerminator reports whether the first rune of s is a terminator
// (see isTerminator).
func startsTerminator(s string) bool {
	switch {
	case s == "":
		return false
	case s[0] < utf8.RuneSelf:
		return s[0] == '.' || s[0] == '!' || s[0] == '?'
	}
	return strings.HasPrefix(s, "؟") || strings.HasPrefix(s, "؛") || strings.HasPrefix(s, "…")
}

// Sentences groups toks into sentences by their Sentence index.
func Sentences(toks []Token) []Sentence {
	var out []Sentence
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Sentence == toks[i].Sentence {
			j++
		}
		out = append(out, Sentence{Start: toks[i].Start, End: toks[j-1].End, First: i, Last: j})
		i = j
	}
	return out
}

// Unconj returns the key without a leading conjunction و or ف, and whether
// there was one (وقال → قال). Which reading is right is the caller's call:
// وزير also reads as و + زير. A reading's prefix stands at the start of the
// key, so only a key that starts with و or ف (D9 88 or D9 81 in UTF-8) is
// read further: the rules ask this of most tokens.
func (t *Token) Unconj() (string, bool) {
	if k := t.Key; len(k) < len("و") || k[0] != 0xD9 || k[1] != 0x88 && k[1] != 0x81 {
		return k, false
	}
	rs := t.Readings
	for i := range rs {
		if p := rs[i].Prefix; len(p) == len("و") && (p == "و" || p == "ف") {
			return rs[i].Stem, true
		}
	}
	return t.Key, false
}
