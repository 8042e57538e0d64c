package gazetteer

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
)

// A TextMatch is a name that Scan found: like a Match, but in byte offsets
// of the text rather than token indices.
type TextMatch struct {
	// Start and End are the byte offsets of the name; Start is the start of
	// its first word, proclitics included, and the name proper starts at
	// Start+Prefix.
	Start, End int
	// Prefix, Clitic, Nisba and Entries are as in Match.
	Prefix  int
	Clitic  string
	Nisba   bool
	Entries []*Entry
}

// Scan returns the leftmost-longest names in raw text, without a
// tokeniser: see AppendScan.
func (m *Matcher) Scan(text string) []TextMatch { return m.AppendScan(nil, text) }

// AppendScan appends to dst the leftmost-longest names in text and returns
// the extended slice. It allocates nothing else, so a caller that reuses
// dst scans without allocation.
//
// AppendScan follows the matching rules of the package documentation with
// its own notion of a word instead of the tokeniser's: a word is a maximal
// run of letters, digits and marks (format controls such as ZWNJ inside it
// are ignored), and every punctuation mark or symbol is a unit of its own.
// A name starts at the start of a word and ends at the end of a unit; the
// white space between two words of a name may be any run of spaces but no
// line break. Where UAX #29 joins what this splits (د.هشام, U.S., 3.5),
// FindAll on tokens sees one token and AppendScan sees several units; for
// text of words, spaces and stand-alone punctuation the two find the same
// names.
//
// Invalid UTF-8 is accepted: each invalid byte is a unit of its own.
func (m *Matcher) AppendScan(dst []TextMatch, text string) []TextMatch {
	tab, letters := m.tab, m.letters2
	for q := 0; q < len(text); {
		if c := text[q]; c < utf8.RuneSelf && tab[c] >= 1<<packClassBits {
			q++ // a space or punctuation mark of ASCII: no word
			continue
		}
		// Read the word at q, if there is one. Only the hash of its
		// letters and their number are kept as it is read (see
		// wordScan); the few words that the filter lets through are read
		// again.
		start := q
		h, n := uint64(0), 0
		size := 0 // of the unit after the word
		for {
			// Letters of two bytes (Arabic), without the general tests.
			k, hk := hashLetters2(letters, text[q:], h)
			q, h, n = q+k, hk, n+k/2
			if q >= len(text) {
				size = 0
				break
			}
			c0 := text[q]
			var v uint32
			size = 1
			switch {
			case c0 < utf8.RuneSelf:
				v = tab[c0]
			case c0-0xC2 < 0xE0-0xC2 && q+1 < len(text) && text[q+1]&0xC0 == 0x80:
				v, size = tab[(uint32(c0)<<6|uint32(text[q+1]&0x3F))&(lowFoldLen-1)], 2
			default:
				v, size = decodeSlow(text, q)
			}
			if v >= 1<<packClassBits { // not a word rune
				if class(v>>packClassBits) != cSkip {
					break
				}
				if q == start { // ignored, also before a word
					start += size
				}
			} else if c := uint16(v); c < symSlow {
				h = h*hashBase + uint64(c)
				n++
			} else if c == symSlow {
				h, n = m.hashSlow(text, q, h, n)
			}
			q += size
		}
		// Most words start no name, and most of those are Arabic words
		// whose first two letters are of two bytes. For them the filter
		// is asked, with no branch on whether the first letter may be a
		// proclitic, for the word and for the stem that mayStartSyms asks
		// first (the word itself when it has no proclitic); if neither
		// may start a name, nor does the word. The rarer readings of a
		// conjunction and a preposition, or of لل, are left to the tests
		// below.
		if n >= 3 && start+4 <= len(text) {
			i0, i1 := letters2Index(text[start], text[start+1]), letters2Index(text[start+2], text[start+3])
			if i0|i1 < letters2Len {
				s0, s1 := letters[i0], letters[i1]
				if cs := m.cliticSym; s0 < symSlow && s1 < symSlow && int(s0) < len(cs) && int(s1) < len(cs) {
					c0, c1 := cs[s0], cs[s1]
					if lam := m.clitic[4]; c0<<1&c1&cliticPrep == 0 && (s0 != lam || s1 != lam) {
						// The stem from the second letter if the first may
						// be a proclitic, else the word: a mask, not a
						// branch that would be guessed wrong about once in
						// four words.
						stem := h - (uint64(s0)*powBase(n-1))&-uint64(c0&cliticAny)
						if !m.isFirstWord(h) && !m.isFirstWord(stem) {
							q += size
							continue
						}
					}
				}
			}
		}
		// Most words start no name: the filter, inline, tells. A word of
		// three letters or more whose first rune is not a letter kept as
		// it is goes to scanWord, which knows its first letter.
		// A word that is the first word of some name but carries no
		// proclitic is walked only if its name may end with it or go
		// on with the next word (see mayGoOn).
		if n > 0 && (n >= 3 && m.mayHaveClitic(text, start) || m.firstLens&(1<<min(n, 63)) != 0 && m.isFirstWord(h) && m.mayGoOn(text, start, q, h)) {
			var mt TextMatch
			if m.scanWord(text, start, q, h, n, &mt) {
				dst = append(dst, mt)
				q = mt.End
				continue
			}
		}
		q += size // the unit after the word (or in place of one), which starts nothing
	}
	return dst
}

// mayGoOn reports whether a walk from the root along a word of hash h that
// ends at q may find a name, by the filters: some key is the word alone or
// goes on from it with anything but a gap and a word (the next-word filter
// holds such words, with symNone after them: see setFilters), or the word
// after the spaces at q follows the word in some key. The words of ASCII
// are read by decode and the others by hashWord, as after reads them.
func (m *Matcher) mayGoOn(text string, start, q int, h uint64) bool {
	if m.isNextWord(h*hashBase + endAny) {
		return true
	}
	// A name that is a function word too (flagFinalYa) ends here only
	// if the word ends in ي as written.
	if (q-start < 2 || !m.letter2At(text, q-2) || text[q-2:q] == "ي") && m.isNextWord(h*hashBase+endYa) {
		return true
	}
	// The walk goes on only along spaces (within a line) and a word.
	if q >= len(text) {
		return false
	}
	v, size := m.decode(text, q)
	if class(v>>packClassBits) != cSpace {
		return false
	}
	for q += size; ; q += size {
		if q >= len(text) {
			return false
		}
		v, size = m.decode(text, q)
		if cl := class(v >> packClassBits); cl != cSpace && cl != cSkip {
			if cl != cWord {
				return false
			}
			break
		}
	}
	h, ok := m.hashWord(text, q, h*hashBase+symGap)
	return !ok || m.isNextWord(h)
}

// mayHaveClitic reports whether the word at text[start:] (of at least three
// letters) may start with a proclitic: its first letter is one, or it is
// not a letter of one or two bytes that normalisation keeps as it is.
func (m *Matcher) mayHaveClitic(text string, start int) bool {
	c0 := text[start]
	if c0 < utf8.RuneSelf {
		return m.tab[c0] >= symSlow
	}
	i := letters2Index(c0, text[start+1])
	if i >= letters2Len {
		return true
	}
	c := m.letters2[i]
	return c >= symSlow || m.cliticSym[c] != 0
}

// letters2Len is the length of Matcher.letters2: with any continuation
// byte after it, a lead byte of two-byte runes (0xC2 to 0xDF) has an
// index below it.
const letters2Len = 0x4000

// letters2Index returns the index in Matcher.letters2 of the bytes c0 c1:
// their value as a little-endian number minus that of C2 80, the first
// rune of two bytes (mod 2^16). The index of a two-byte rune is
// (c1−0x80)·256 + (c0−0xC2); other pairs of bytes have an index of
// letters2Len or more, or one whose low byte is 30 or more, which no rune
// of two bytes has and where letters2 holds symDrop.
func letters2Index(c0, c1 byte) uint16 { return uint16(c0) | uint16(c1)<<8 - 0x80C2 }

// hashLetters2 returns the bytes of the letters of two bytes that s
// starts with (see Matcher.letters2) and h extended by their symbols. It
// is a function of its own so that its loop keeps its few variables in
// registers.
//
//go:noinline
func hashLetters2(letters *[letters2Len]uint16, s string, h uint64) (int, uint64) {
	i := 0
	_ = letters[0] // letters is not nil: no test of it in the loop
	// Two letters a step, where the hash waits for one multiplication
	// only: h·hashBase² + (c0·hashBase + c1).
	for end := len(s) - 3; i < end; i += 4 {
		b := s[i : i+4]
		x0 := uint32(b[0]) | uint32(b[1])<<8 - 0x80C2
		if x0 >= letters2Len {
			return i, h
		}
		c0 := letters[x0]
		if c0 >= symSlow {
			return i, h
		}
		x1 := uint32(b[2]) | uint32(b[3])<<8 - 0x80C2
		if x1 >= letters2Len {
			return i + 2, h*hashBase + uint64(c0)
		}
		c1 := letters[x1]
		if c1 >= symSlow {
			return i + 2, h*hashBase + uint64(c0)
		}
		h = h*hashBase2 + (uint64(c0)*hashBase + uint64(c1))
	}
	for end := len(s) - 1; i < end; i += 2 {
		b := s[i : i+2]
		// letters2Index in 32 bits, which spares a zero extension: the
		// pairs below letters2Len are the same.
		x := uint32(b[0]) | uint32(b[1])<<8 - 0x80C2
		if x >= letters2Len {
			break
		}
		c := letters[x]
		if c >= symSlow { // not a letter that normalisation keeps
			break
		}
		h = h*hashBase + uint64(c)
	}
	return i, h
}

// hashBase2 is hashBase² (mod 2^64).
const hashBase2 = 0xdf442d22ce4859b9

// scanWord sets mt to the longest match that starts at the word
// text[start:end] of n letters whose hash is h, and reports whether there
// is one. It reads the word again for what the filter and the walks need.
func (m *Matcher) scanWord(text string, start, end int, h uint64, n int, mt *TextMatch) bool {
	// The filter needs the first three letters: those of two bytes, as
	// in nearly every Arabic word, are read here, and kept in registers
	// until the filter has let the word through.
	var w wordScan
	if start+6 <= end {
		s := text[start : start+6]
		i0, i1, i2 := letters2Index(s[0], s[1]), letters2Index(s[2], s[3]), letters2Index(s[4], s[5])
		if i0|i1|i2 < letters2Len {
			s0, s1, s2 := m.letters2[i0], m.letters2[i1], m.letters2[i2]
			if s0 < symSlow && s1 < symSlow && s2 < symSlow {
				if !m.mayStartSyms(h, n, s0, s1, s2) {
					return false
				}
				if m.letter2At(text, end-2) {
					// The first three letters and the last are of two
					// bytes (the last two bytes of the word are a letter
					// only if its last rune is one), so their offsets
					// are known.
					w = wordScan{n: n, sym: [3]uint16{s0, s1, s2}, at: [3]int{start, start + 2, start + 4}, lastAt: end - 2, h: h}
				} else {
					m.readWord(&w, text, start, end, math.MaxInt)
				}
				return m.matchWord(text, start, end, &w, mt)
			}
		}
	}
	m.readWord(&w, text, start, end, len(w.sym))
	w.h, w.n = h, n
	if !m.mayStart(&w) {
		return false
	}
	w = wordScan{}
	m.readWord(&w, text, start, end, math.MaxInt)
	return m.matchWord(text, start, end, &w, mt)
}

// letter2At reports whether text[q:q+2] is a letter of two bytes that
// normalisation keeps; q+2 must be at most len(text).
func (m *Matcher) letter2At(text string, q int) bool {
	i := letters2Index(text[q], text[q+1])
	return i < letters2Len && m.letters2[i] < symSlow
}

// readWord adds to w the letters of the word text[q:end], as AppendScan
// reads them, until w holds at least limit letters, and returns where it
// stopped.
func (m *Matcher) readWord(w *wordScan, text string, q, end, limit int) int {
	for q < end && w.n < limit {
		v, size := m.decode(text, q)
		if v < 1<<packClassBits {
			if c := uint16(v); c < symSlow {
				w.add(c, q)
			} else if c == symSlow {
				m.addSlow(w, text, q)
			}
		}
		q += size
	}
	return q
}

// hashSlow returns h and n extended by the letters that the rune at
// text[q:], outside the tables, folds to.
func (m *Matcher) hashSlow(text string, q int, h uint64, n int) (uint64, int) {
	r, _ := utf8.DecodeRuneInString(text[q:])
	var buf [8]rune
	for _, f := range foldRunes(buf[:0], r) {
		h = h*hashBase + uint64(m.symOfFolded(f))
		n++
	}
	return h, n
}

// mayStart reports whether a name may start at the word of w: the whole
// word is the first word of a name (by the filter), or it may carry a
// proclitic.
func (m *Matcher) mayStart(w *wordScan) bool {
	return m.mayStartSyms(w.h, w.n, w.sym[0], w.sym[1], w.sym[2])
}

// mayStartSyms is mayStart for a word of n letters whose hash is h and
// whose first three letters (as many as it has) have symbols s0, s1 and
// s2: the hashes of the stems follow from h as in wordScan's suffix and
// withAlef, without a wordScan in memory.
func (m *Matcher) mayStartSyms(h uint64, n int, s0, s1, s2 uint16) bool {
	if n == 0 {
		return false
	}
	if m.isFirstWord(h) {
		return true
	}
	if n < 3 || !m.hasClitic(s0) {
		return false
	}
	// The stem of a proclitic reading starts at the second or third
	// letter, or is ا and what follows لل (at the start, or after a
	// conjunction).
	lam, alef := m.clitic[4], uint64(m.imperf[3])
	p1 := powBase(n - 1)
	rest1 := h - uint64(s0)*p1 // the hash of the letters from the second on
	if m.isFirstWord(rest1) || s0 == lam && s1 == lam && m.isFirstWord(alef*p1+rest1) {
		return true
	}
	// A conjunction and a preposition (read from the table, without a
	// branch for each letter).
	if int(s1) >= len(m.cliticSym) || m.cliticSym[s0]<<1&m.cliticSym[s1]&cliticPrep == 0 {
		return false
	}
	p2 := powBase(n - 2)
	rest2 := rest1 - uint64(s1)*p2 // from the third on
	return m.isFirstWord(rest2) || s2 == lam && m.isFirstWord(alef*p2+rest2)
}

// symSlow marks a rune outside the tables in a decode result.
const symSlow = 0xFFFE

// decode returns the class and symbol of the rune at text[p:] (class <<
// packClassBits | symbol, see Matcher.tab; the symbol is symSlow for a rune
// that needs walkRune) and its size.
func (m *Matcher) decode(text string, p int) (uint32, int) {
	c := text[p]
	if c < utf8.RuneSelf {
		return m.tab[c], 1
	}
	if c >= 0xC2 && c <= 0xDB && p+1 < len(text) && text[p+1]&0xC0 == 0x80 {
		return m.tab[rune(c&0x1F)<<6|rune(text[p+1]&0x3F)], 2
	}
	return decodeSlow(text, p)
}

// decodeSlow is decode for a rune at or above lowFoldLen or an invalid byte.
func decodeSlow(text string, p int) (uint32, int) {
	r, size := utf8.DecodeRuneInString(text[p:])
	if r == utf8.RuneError && size == 1 {
		return uint32(cPunct)<<packClassBits | symNone, 1
	}
	return uint32(classify(r))<<packClassBits | symSlow, size
}

// letter2 returns the symbol of the two-byte rune at text[q:], if it is a
// letter that normalisation keeps as it is; small enough to be inlined in
// the walks' loops.
func (m *Matcher) letter2(text string, q int) (uint16, bool) {
	if q+1 >= len(text) || text[q]-0xC2 >= 0xE0-0xC2 || text[q+1]&0xC0 != 0x80 {
		return 0, false
	}
	v := m.tab[(uint32(text[q])<<6|uint32(text[q+1]&0x3F))&(lowFoldLen-1)]
	return uint16(v), v < symSlow
}

// step walks from node s along the rune at text[p:], whose symbol decode
// returned.
func (m *Matcher) step(s uint32, sym uint16, text string, p int) (uint32, bool) {
	if sym == symSlow {
		r, _ := utf8.DecodeRuneInString(text[p:])
		return m.walkRune(s, r)
	}
	return m.trie.child(s, sym)
}

// A scanBest is the best match found so far at one word, and what the
// checks on a match need to know of the word.
type scanBest struct {
	end         int
	prefix      int
	clitic      string
	entries     cands
	nisba       cands
	nisbaPrefix int
	nisbaClitic string
	capital, ya bool
	acceptNisba bool
	wantNames   bool
}

// record keeps the names that end at node s, byte q, if they are the
// longest so far and pass the case and final-ya checks.
func (m *Matcher) record(b *scanBest, s uint32, q int, oneWord bool, prefix int, clitic string) {
	if cs, fl := m.candidates(s); cs.hi > cs.lo && q > b.end && (fl&flagAnyCase != 0 || b.capital) && (fl&flagFinalYa == 0 || oneWord && b.ya) {
		b.end, b.prefix, b.clitic, b.entries = q, prefix, clitic, cs
	}
}

// A wordScan is what matchWord needs of a word: the number of letters
// (runes that normalisation keeps), the symbols and offsets of the first
// ones, the offset of the last, and a polynomial hash of the letters'
// symbols (mod 2^64), h = Σ sym[i]·hashBase^(n−1−i), from which the hash
// of each proclitic reading's stem follows without another pass (see
// suffix and withAlef). AppendScan works out only n and h as it reads a
// word; readWord fills in the rest for the few words that the first-word
// filter lets through.
type wordScan struct {
	n      int
	sym    [3]uint16
	at     [3]int
	lastAt int
	h      uint64 // hash of all letters
}

// add adds a letter of symbol c at byte q.
func (w *wordScan) add(c uint16, q int) {
	if w.n < len(w.sym) {
		w.sym[w.n], w.at[w.n] = c, q
	}
	w.h = w.h*hashBase + uint64(c)
	w.lastAt = q
	w.n++
}

// withAlef returns the hash of the letter of symbol alef followed by the
// letters from the k-th (1 ≤ k ≤ 2) on: the stem of a reading of لل.
func (w *wordScan) withAlef(k int, alef uint16) uint64 {
	p := powBase(w.n - k)
	return uint64(alef)*p + w.h - w.head(k)*p
}

// suffix returns the hash of the letters from the k-th (1 ≤ k ≤ 2) on:
// h minus the hash of the first k letters times hashBase^(n-k). It is
// small enough to be inlined, where k is a constant.
func (w *wordScan) suffix(k int) uint64 {
	return w.h - w.head(k)*powBase(w.n-k)
}

// head returns the hash of the first k (1 ≤ k ≤ 2) letters.
func (w *wordScan) head(k int) uint64 {
	h := uint64(w.sym[0])
	if k == 2 {
		h = h*hashBase + uint64(w.sym[1])
	}
	return h
}

// matchWord sets mt to the longest match that starts at the word
// text[p:end] that w describes, and reports whether there is one. Only a
// reading whose stem is the first word of some name (by the filter
// m.firstWords) is walked in the trie.
func (m *Matcher) matchWord(text string, p, end int, w *wordScan, mt *TextMatch) bool {
	first, _ := utf8.DecodeRuneInString(text[w.at[0]:])
	last, _ := utf8.DecodeRuneInString(text[w.lastAt:])
	isArabic := first >= 0x0600 && first <= 0x06FF || first >= lowFoldLen && arabic.IsArabic(first)
	b := scanBest{end: -1, ya: last == 'ي', wantNames: true}
	switch {
	case first < utf8.RuneSelf:
		b.capital = first >= 'A' && first <= 'Z'
		b.acceptNisba = b.capital
	case first < 0x250:
		b.capital = unicode.IsUpper(first)
		b.acceptNisba = b.capital && unicode.IsLetter(first)
	default:
		b.acceptNisba = isArabic
	}
	// A word that may carry a proclitic came without mayGoOn's test
	// (see AppendScan): each reading asks it here.
	withClitic := isArabic && w.n >= 3 && m.hasClitic(w.sym[0])
	if m.isFirstWord(w.h) && (!withClitic || m.mayGoOn(text, p, end, w.h)) {
		m.walk(text, 0, p, end, 0, "", w.h, &b)
	}
	if withClitic {
		m.clitics(text, p, end, w, &b)
	}
	switch {
	case b.entries.hi > 0:
		*mt = TextMatch{Start: p, End: b.end, Prefix: b.prefix, Clitic: b.clitic, Entries: m.resolve(b.entries)}
		return true
	case b.nisba.hi > 0:
		*mt = TextMatch{Start: p, End: end, Prefix: b.nisbaPrefix, Clitic: b.nisbaClitic, Nisba: true, Entries: m.resolve(b.nisba)}
		return true
	}
	return false
}

// addSlow adds to w the letters that the rune at text[q:], outside the
// tables, folds to.
func (m *Matcher) addSlow(w *wordScan, text string, q int) {
	r, _ := utf8.DecodeRuneInString(text[q:])
	var buf [8]rune
	for _, f := range foldRunes(buf[:0], r) {
		w.add(m.symOfFolded(f), q)
	}
}

// symOfFolded returns the symbol of a folded rune, symNone if no name
// holds it.
func (m *Matcher) symOfFolded(f rune) uint16 {
	if f >= 0 && f < lowFoldLen {
		if s := uint16(m.tab[f]); s != symDrop {
			return s // a folded rune folds to itself
		}
		return symNone
	}
	return m.high[f]
}

// The bits of Matcher.cliticSym: a proclitic letter, a conjunction (و ف)
// and a preposition (ب ك ل س). A conjunction's bit shifted by one is a
// preposition's.
const (
	cliticAny  = 1 << 0
	cliticConj = 1 << 1
	cliticPrep = cliticConj << 1
)

// hasClitic reports whether a word whose first letter has symbol c may
// start with a proclitic.
func (m *Matcher) hasClitic(c uint16) bool {
	return int(c) < len(m.cliticSym) && m.cliticSym[c] != 0
}

// clitics walks each proclitic reading of the word text[p:end] of n
// letters, in the order of arabic.AppendReadings after the whole word.
func (m *Matcher) clitics(text string, p, end int, w *wordScan, b *scanBest) {
	n, sym, at := w.n, &w.sym, &w.at
	try := func(s uint32, q, prefix int, clitic string, stem int, h uint64) {
		// ك before a name is far more often part of a word (كنيس، كبيرا).
		b.wantNames = clitic[len(clitic)-len("ك"):] != "ك" || stem >= 6
		if m.mayGoOn(text, p, end, h) {
			m.walk(text, s, q, end, prefix, clitic, h, b)
		}
	}
	const ba, lam, sin = 2, 4, 5 // indices into m.clitic: و ف ب ك ل س
	for ci := range 3 {
		c := 0 // letters of the conjunction
		if ci > 0 {
			if sym[0] != m.clitic[ci-1] { // و, ف
				continue
			}
			c = 1
			if h := w.suffix(1); n-1 >= 2 && m.isFirstWord(h) {
				try(0, at[1], at[1]-p, cliticNames[ci][0], n-1, h)
			}
		}
		for pi := range 4 {
			if sym[c] != m.clitic[ba+pi] || sym[c] == symNone {
				continue
			}
			stem := n - c - 1
			if stem < 2 {
				continue
			}
			clitic := cliticNames[ci][pi+1]
			switch ba + pi {
			case sin:
				if l := sym[c+1]; l != m.imperf[0] && l != m.imperf[1] && l != m.imperf[2] && l != m.imperf[3] || stem < 3 {
					continue
				}
			case lam:
				// ل + ال is written لل: restore the article.
				if h := w.withAlef(c+1, m.imperf[3]); sym[c+1] == m.clitic[lam] && stem > 2 && m.isFirstWord(h) {
					if s, ok := m.trie.child(0, m.imperf[3]); ok {
						try(s, at[c+1], 0, clitic, stem+1, h)
					}
				}
			}
			if h := w.suffix(c + 1); m.isFirstWord(h) {
				try(0, at[c+1], at[c+1]-p, clitic, stem, h)
			}
		}
	}
}

// hashWord returns h extended by the letters of the word at text[q:] as
// the walks read them, and false if the word holds a rune outside the
// tables (whose symbols are not worked out here).
func (m *Matcher) hashWord(text string, q int, h uint64) (uint64, bool) {
	for q < len(text) {
		k, hk := hashLetters2(m.letters2, text[q:], h)
		if q, h = q+k, hk; q >= len(text) {
			break
		}
		v, size := m.decode(text, q)
		cl := class(v >> packClassBits)
		if cl != cWord && cl != cSkip {
			break
		}
		if c := uint16(v); cl == cWord && c != symDrop {
			if c == symSlow {
				return 0, false
			}
			h = h*hashBase + uint64(c)
		}
		q += size
	}
	return h, true
}

// hashBase is the base of the word hash.
const hashBase = 0x9E3779B97F4A7C15

// setFilters fills the filters of first and next words from the keys of
// kb, whose symbols are final. The hash of a run of symbols is polynomial
// (see wordScan). The first-word filter holds, for each key, the hash of
// its symbols up to the first gap, punctuation mark or nisba end; the
// next-word filter the hash of its symbols up to the end of each word
// (letters up to the next gap, punctuation mark or nisba end) that follows
// a gap, and the hash of its first word followed by symNone when the key
// ends there or goes on from it with no word after a gap (see mayGoOn).
func (m *Matcher) setFilters(kb *trieBuilder) {
	letter := make([]bool, len(m.runes)) // a symbol that words are made of
	for s := symFirst; s < len(m.runes); s++ {
		letter[s] = classify(m.runes[s]) != cPunct
	}
	bitsNeeded := max(1<<16, 16*len(kb.keys))
	size := 1
	for size < bitsNeeded {
		size <<= 1
	}
	m.firstWords = make([]uint64, size/64)
	m.firstMask = uint64(size/64 - 1)
	gaps := 0
	for _, c := range kb.syms {
		if c == symGap {
			gaps++
		}
	}
	ends := 0 // keys that mayGoOn must let through at their first word
	for _, k := range kb.keys {
		syms := kb.syms[k.off:k.end]
		j := 0
		for j < len(syms) && letter[syms[j]] {
			j++
		}
		if j > 0 && firstWordEnds(syms, j, letter) {
			ends++
		}
	}
	// Fewer bits a word than the first-word filter: it is asked far less
	// often, and only after a walk got that far.
	size = 1
	for size < max(1<<16, 8*(gaps+ends)) {
		size <<= 1
	}
	m.nextWords = make([]uint64, size/64)
	nextMask := uint64(size/64 - 1)
	for _, k := range kb.keys {
		syms := kb.syms[k.off:k.end]
		h := uint64(0)
		j := 0
		for j < len(syms) && letter[syms[j]] {
			h = h*hashBase + uint64(syms[j])
			j++
		}
		if j > 0 {
			i, bits := m.probes(h)
			m.firstWords[i] |= bits
			m.firstLens |= 1 << min(j, 63)
			if firstWordEnds(syms, j, letter) {
				mark := uint64(endAny)
				if j == len(syms) && k.flags&flagFinalYa != 0 {
					mark = endYa
				}
				i, bits := probes(h*hashBase+mark, nextMask)
				m.nextWords[i] |= bits
			}
		}
		// The rest: a gap, punctuation mark or nisba end, then the
		// letters up to the next one.
		for j < len(syms) {
			c := syms[j]
			h = h*hashBase + uint64(c)
			j++
			w := j
			for j < len(syms) && letter[syms[j]] {
				h = h*hashBase + uint64(syms[j])
				j++
			}
			if c == symGap && j > w {
				i, bits := probes(h, nextMask)
				m.nextWords[i] |= bits
			}
		}
	}
}

// The marks after the hash of a first word in the next-word filter: some
// name may end with the word or go on from it with no word after a gap
// (endAny), or the word is a name only where it ends in ي as written
// (endYa: a one-word key with flagFinalYa). Keys hold neither after a
// letter.
const (
	endAny = symNone
	endYa  = symNisba
)

// firstWordEnds reports whether the key syms, whose first word is
// syms[:j], ends with it or goes on from it with anything but a gap and a
// letter: mayGoOn must then let the word through without a look at the
// next one, so the next-word filter holds its hash followed by symNone.
func firstWordEnds(syms []uint16, j int, letter []bool) bool {
	return j == len(syms) || syms[j] != symGap || j+1 == len(syms) || !letter[syms[j+1]]
}

// probes returns the word of the first-word filter for a word hash and the
// two bits in it (a blocked Bloom filter: one cache line per look-up).
func (m *Matcher) probes(h uint64) (uint64, uint64) { return probes(h, m.firstMask) }

// probes returns the word of a filter of mask+1 words for a hash and the
// two bits in it.
func probes(h, mask uint64) (uint64, uint64) {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h & mask, 1<<(h>>52&63) | 1<<(h>>58)
}

// isFirstWord reports whether the word of hash h may be the first word of
// a name (never false for one that is).
func (m *Matcher) isFirstWord(h uint64) bool {
	i, bits := m.probes(h)
	return m.firstWords[i]&bits == bits
}

// isNextWord reports whether a walk whose symbols so far hash to h may go
// on to a name: h ends with a word after a gap (never false for a prefix of
// a key that ends so).
func (m *Matcher) isNextWord(h uint64) bool {
	i, bits := probes(h, uint64(len(m.nextWords)-1))
	return m.nextWords[i]&bits == bits
}

// powBase returns hashBase^k.
func powBase(k int) uint64 {
	if uint(k) < uint(len(basePowers)) {
		return basePowers[k]
	}
	return powBaseSlow(k)
}

// powBaseSlow is powBase for k ≥ len(basePowers).
func powBaseSlow(k int) uint64 {
	p := basePowers[len(basePowers)-1]
	for range k - len(basePowers) + 1 {
		p *= hashBase
	}
	return p
}

// basePowers holds hashBase^k for the lengths of most words.
var basePowers = func() (t [64]uint64) {
	t[0] = 1
	for k := 1; k < len(t); k++ {
		t[k] = t[k-1] * hashBase
	}
	return t
}()

// cliticNames holds the proclitic keys: [conjunction][preposition], the
// preposition 0 for none.
var cliticNames = [3][5]string{
	{"", "ب", "ك", "ل", "س"},
	{"و", "وب", "وك", "ول", "وس"},
	{"ف", "فب", "فك", "فل", "فس"},
}

// walk walks the trie from node s at byte q, inside the first word (which
// ends at wend), and goes on with after; h is the hash of the word's
// letters from q on (of the stem, for a proclitic reading), as the
// first-word filter has it.
func (m *Matcher) walk(text string, s uint32, q, wend int, prefix int, clitic string, h uint64, b *scanBest) {
	ok := true
	for q < wend {
		if c, ok2 := m.letter2(text, q); ok2 { // trie.child, inline
			if s < m.trie.ndense {
				s = m.trie.dense[s*m.trie.alpha+uint32(c)]
				ok = s != 0
			} else {
				s, ok = m.trie.search(s, c)
			}
			if !ok {
				return
			}
			q += 2
			continue
		}
		v, size := m.decode(text, q)
		if c := uint16(v); class(v>>packClassBits) == cWord && c != symDrop {
			if s, ok = m.step(s, c, text, q); !ok {
				return
			}
		}
		q += size
	}
	m.after(text, s, wend, prefix, clitic, h, b)
}

// after records in b the nisba and the names that end at node s, at the end
// wend of the first word of a reading, and then walks on along the units
// that follow for longer names. h is the hash of the symbols walked so far
// (see setFilters): a word after a gap is walked only if the hash up to
// its end is in the next-word filter.
func (m *Matcher) after(text string, s uint32, q int, prefix int, clitic string, h uint64, b *scanBest) {
	if b.nisba.hi == 0 && b.acceptNisba {
		if cs := m.nisbaAt(s); cs.hi > cs.lo {
			b.nisba, b.nisbaPrefix, b.nisbaClitic = cs, prefix, clitic
		}
	}
	if !b.wantNames {
		return
	}
	m.record(b, s, q, true, prefix, clitic)
	if m.trie.firstOf(s) == m.trie.firstOf(s+1) {
		return // a leaf
	}
	ok := true
	hok := true       // h is the hash of the symbols walked
	afterGap := false // the unit at q follows a gap
	for q < len(text) {
		v, size := m.decode(text, q)
		sym := uint16(v)
		switch class(v >> packClassBits) {
		case cSkip:
			q += size
		case cBreak:
			return
		case cSpace:
			q += size
			for q < len(text) {
				v2, size2 := m.decode(text, q)
				cl := class(v2 >> packClassBits)
				if cl == cBreak {
					return
				}
				if cl != cSpace && cl != cSkip {
					break
				}
				q += size2
			}
			if q >= len(text) {
				return
			}
			if s, ok = m.trie.child(s, symGap); !ok {
				return
			}
			h, afterGap = h*hashBase+symGap, true
		case cPunct:
			if s, ok = m.step(s, sym, text, q); !ok {
				return
			}
			hok = hok && sym != symSlow
			h, afterGap = h*hashBase+uint64(sym), false
			q += size
			m.record(b, s, q, false, prefix, clitic)
		default: // a word
			if hok {
				// Most walks that reach a gap stop at the word after
				// it: the filter tells, with one look-up.
				h, hok = m.hashWord(text, q, h)
				if hok && afterGap && !m.isNextWord(h) {
					return
				}
			}
			afterGap = false
			for q < len(text) {
				if c, ok2 := m.letter2(text, q); ok2 { // trie.child, inline
					if s < m.trie.ndense {
						s = m.trie.dense[s*m.trie.alpha+uint32(c)]
						ok = s != 0
					} else {
						s, ok = m.trie.search(s, c)
					}
					if !ok {
						return
					}
					q += 2
					continue
				}
				v, size = m.decode(text, q)
				cl := class(v >> packClassBits)
				if cl != cWord && cl != cSkip {
					break
				}
				if c := uint16(v); cl == cWord && c != symDrop {
					if s, ok = m.step(s, c, text, q); !ok {
						return
					}
				}
				q += size
			}
			m.record(b, s, q, false, prefix, clitic)
		}
	}
}
