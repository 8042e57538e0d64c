package entity

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// A class is a set of word lists, as bits: the lists a key belongs to.
type class uint64

// Word lists, as bits of a class.
const (
	cTitle class = 1 << iota
	cHonorific
	cRole
	cSpeech
	cCalled
	cOffice
	cHead
	cOrgHead
	cFacility
	cQuotedOrg
	cSports
	cWeakSports
	cTeamHead
	cPlaceHead
	cPlaceDefinite
	cPlacePlural
	cQuantifier
	cApposition
	cOrdinal
	cAdverb
	cNasab
	cWork
	cCommon
	cFamily
	cMiscCue // cues of miscCues (misccues.go)
	cBodyCue // heads of namedBodies (bodies.go)
	cRepCue  // reporters' words of reporterOutlets (reporters.go)
	cPeople  // sects and peoples of peoples (peoples.go)
	cPerCue  // words after a person's name: an age, قوله (agednames.go, reportedspeakers.go)
)

// notNameToken are the lists of words that are no part of a person's name
// after a cue (see nameToken).
const notNameToken = cTitle | cOffice | cHead | cQuantifier | cApposition | cOrdinal | cAdverb | cRole | cCommon

// classLists pairs each class with its word list.
var classLists = []struct {
	c   class
	set map[string]bool
}{
	{cTitle, titles}, {cHonorific, honorifics}, {cRole, roles}, {cSpeech, speech}, {cCalled, calledCues},
	{cOffice, offices}, {cHead, heads}, {cOrgHead, orgHeads}, {cFacility, facilityHeads}, {cQuotedOrg, quotedOrgHeads},
	{cSports, sportsWords}, {cWeakSports, weakSportsWords}, {cTeamHead, teamHeads}, {cPlaceHead, placeHeads},
	{cPlaceDefinite, placeHeadsDefinite}, {cPlacePlural, placePlurals}, {cQuantifier, quantifiers},
	{cApposition, appositions}, {cOrdinal, ordinals}, {cAdverb, adverbs}, {cNasab, nasab},
	{cWork, workCues}, {cCommon, commonWords}, {cFamily, familyHeads},
	{cMiscCue, miscCueWords}, {cBodyCue, bodyCues}, {cRepCue, reporterWords},
	{cPeople, peopleKeys},
	{cPerCue, personCues},
}

// classes maps each key of the word lists above to its class, so that a
// token's key is looked up once instead of once per list.
var classes = func() map[string]class {
	m := map[string]class{}
	for _, l := range classLists {
		for w := range l.set {
			m[w] |= l.c
		}
	}
	return m
}()

// classFilter filters the keys of classes: a key whose bit is unset is in
// no list, which saves nine tokens in ten the look-up.
var classFilter = newKeyFilter(classes)

// classIndex is classes as a table indexed by filterHash, which the
// callers have computed for classFilter already: a look-up is one load and
// a string comparison or two, not a map's hash and probe.
var classIndex = newClassTable(classes)

// A classTable finds the class of a key from its filterHash: first[h]-1 is
// the index of the first entry of hash h in entries, which are sorted by
// hash; 0 means no key has hash h.
type classTable struct {
	first   [1 << 16]uint16
	entries []classEntry
}

// A classEntry is one key of a classTable with its filterHash and class.
type classEntry struct {
	key string
	h   uint16
	hot uint8 // hotOf(c)
	c   class
}

// newClassTable returns the table of the keys of m (of at least two bytes;
// fewer than 1<<16 of them).
func newClassTable(m map[string]class) *classTable {
	t := &classTable{}
	for k, c := range m {
		if len(k) >= 2 {
			t.entries = append(t.entries, classEntry{k, uint16(filterHash(k)), hotOf(c), c})
		}
	}
	if len(t.entries) >= 1<<16-1 {
		panic("entity: too many words in the class lists for a classTable")
	}
	slices.SortFunc(t.entries, func(a, b classEntry) int {
		return cmp.Or(cmp.Compare(a.h, b.h), strings.Compare(a.key, b.key))
	})
	for i := len(t.entries) - 1; i >= 0; i-- {
		t.first[t.entries[i].h] = uint16(i + 1)
	}
	return t
}

// lookup returns the class of key, whose filterHash is h.
func (t *classTable) lookup(key string, h uint) class {
	i := int(t.first[h])
	if i == 0 {
		return 0
	}
	for i--; i < len(t.entries) && uint(t.entries[i].h) == h; i++ {
		if t.entries[i].key == key {
			return t.entries[i].c
		}
	}
	return 0
}

// lookupHot returns the class of key, whose filterHash is h, and its hot
// bits (hotOf).
func (t *classTable) lookupHot(key string, h uint) (class, uint8) {
	i := int(t.first[h])
	if i == 0 {
		return 0, 0
	}
	for i--; i < len(t.entries) && uint(t.entries[i].h) == h; i++ {
		if e := &t.entries[i]; e.key == key {
			return e.c, e.hot
		}
	}
	return 0, 0
}

// A keyFilter has a bit for each filterHash of the words of a list: a key
// whose bit is unset is not in the list, which saves most map look-ups.
type keyFilter [1 << 16 / 64]uint64

// newKeyFilter returns the filter of the keys of set.
func newKeyFilter[V any](set map[string]V) *keyFilter {
	var f keyFilter
	for w := range set {
		if len(w) >= 2 {
			h := filterHash(w)
			f[h/64] |= 1 << (h % 64)
		}
	}
	return &f
}

// at reports whether a key whose filterHash is h (0 for a key shorter
// than two bytes, which no list holds) may be in the filter's list.
func (f *keyFilter) at(h uint16) bool { return f[h/64]&(1<<(h%64)) != 0 }

// may reports whether key may be in the filter's list.
func (f *keyFilter) may(key string) bool {
	if len(key) < 2 {
		return false
	}
	h := filterHash(key)
	return f[h/64]&(1<<(h%64)) != 0
}

// filterHash hashes the length and a few bytes of key (len(key) >= 2) to
// 16 bits; it reads second bytes of letters, which vary most in Arabic.
func filterHash(key string) uint {
	n := len(key)
	h := uint(n)*131 + uint(key[1])
	if n > 3 {
		h = h*131 + uint(key[3])
		h = h*131 + uint(key[n-3])
	}
	if n > 5 {
		h = h*131 + uint(key[5])
	}
	h = h*131 + uint(key[n-1])
	return h & (1<<16 - 1)
}

// classOf returns the class of key.
func classOf(key string) class {
	if len(key) < 2 || key[0] < 0x80 {
		return 0 // every listed word is Arabic
	}
	h := filterHash(key)
	if classFilter[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	return classIndex.lookup(key, h)
}

// A scratch holds what Recognize computes once per document: the classes
// of each token's key (kc) and of its key without a conjunction (sc, equal
// to kc when there is none), the covered flags and the gazetteer's
// matches. Scratches are reused.
type scratch struct {
	kc, sc    []class
	covered   []bool
	mentionAt []*Mention
	matches   []gazetteer.Match
	any       class   // the union of kc and sc
	wm        []uint8 // token → the marks of the word lists of its key and conjunction's stem (see classMarks)
	firsts    []int32
	tf        []uint8   // token → its flags (see tokflags.go), set with the marks (orglocMarks)
	xf        []uint8   // token → its more flags (see tokflags.go), set with tf
	hm        []uint8   // token → the hot bits of kc|sc (see hot.go)
	marks     []uint8   // token → its marks (see orglocMarks), of the context rules
	ruleBuf   []Mention // the mentions of titleRule, then of the rules after it, reused
	firstBuf  []Mention // the mentions of firstNameRule, reused
	fh        []uint16  // token → the filterHash of its key, 0 for a key shorter than two bytes
	nt        []uint8   // token → the answer of nameTokenAt, in titleRule
}

// keepRuleBufs keeps the arrays of rules and first, the mentions of
// titleRule and of firstNameRule and the rules' appended to them, for the
// next document: one line at a time, they were made and grown for each.
// Their mentions are cleared: the scratch holds no text; and arrays of
// more than maxReusedMentions are not kept.
func (s *scratch) keepRuleBufs(rules, first []Mention) {
	clear(rules)
	clear(first)
	s.ruleBuf, s.firstBuf = nil, nil
	if cap(rules) <= maxReusedMentions {
		s.ruleBuf = rules[:0]
	}
	if cap(first) <= maxReusedMentions {
		s.firstBuf = first[:0]
	}
}

// maxReusedMentions bounds the mentions of an array a scratch keeps.
const maxReusedMentions = 1 << 10

// A firstIndex maps a token to the mention that starts there: 1 + its
// index, 0 for none.
type firstIndex []int32

func (f firstIndex) set(tok, mention int) { f[tok] = int32(mention + 1) }

// at returns the mention that starts at token tok, if any.
func (f firstIndex) at(tok int) (int, bool) { return int(f[tok]) - 1, f[tok] != 0 }

// firstIndexes returns three cleared firstIndex of n tokens.
func (s *scratch) firstIndexes(n int) (firstIndex, firstIndex, firstIndex) {
	if cap(s.firsts) < 3*n {
		s.firsts = make([]int32, 3*n, 3*roomFor(n))
	}
	f := s.firsts[:3*n]
	clear(f)
	return firstIndex(f[:n:n]), firstIndex(f[n : 2*n : 2*n]), firstIndex(f[2*n:])
}

// mentionsAt returns a cleared slice of n+1 mentions by first token, for
// the title rule: the mention at n, past the last token, is nil.
func (s *scratch) mentionsAt(n int) []*Mention {
	if cap(s.mentionAt) < n+1 {
		s.mentionAt = make([]*Mention, n+1, roomFor(n+1))
	}
	s.mentionAt = s.mentionAt[:n+1]
	clear(s.mentionAt)
	return s.mentionAt
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// done puts s back in the pool, unless it holds too many tokens.
func (s *scratch) done() {
	if cap(s.covered) <= maxReused {
		scratches.Put(s)
	}
}

// maxReused bounds the tokens of a scratch put back in the pool.
const maxReused = 1 << 16

// classify fills s for toks.
func (s *scratch) classify(toks []token.Token) {
	n := len(toks)
	s.kc, s.sc = grow(s.kc, n), grow(s.sc, n)
	if cap(s.covered) < n {
		s.covered = make([]bool, n)
	}
	s.covered = s.covered[:n]
	clear(s.covered)
	var any class
	kc, sc := s.kc[:n], s.sc[:n]
	s.wm = grow(s.wm, n)
	wm := s.wm[:n]
	s.hm = grow(s.hm, n)
	hm := s.hm[:n]
	s.fh = grow(s.fh, n)
	fh := s.fh[:n]
	for i := range toks {
		t := &toks[i]
		var c class
		var m, hot uint8
		var h uint
		if k := t.Key; len(k) >= 2 { // (classMarks, inlined: most tokens are in no list)
			h = filterHash(k)
			b := keyMarks[h]
			m = b &^ inClasses
			if b&inClasses != 0 && k[0] >= 0x80 {
				c, hot = classIndex.lookupHot(k, h)
			}
		}
		cs := c
		// (the first reading is the whole key: a token of one reading has
		// no conjunction)
		if len(t.Readings) > 1 {
			if st, conj := t.Unconj(); conj && st != t.Key { // a conjunction's stem
				cs = 0
				if len(st) >= 2 {
					hs := filterHash(st)
					b := keyMarks[hs]
					m |= b & (markFeature | markClub)
					if b&inClasses != 0 && st[0] >= 0x80 {
						var sh uint8
						cs, sh = classIndex.lookupHot(st, hs)
						hot |= sh // (hotOf(c|cs) is hotOf(c)|hotOf(cs))
					}
				}
			}
		}
		kc[i], sc[i], wm[i], fh[i], hm[i] = c, cs, m, uint16(h), hot
		any |= c | cs
	}
	s.any = any
}

// inClasses is the bit of keyMarks for the keys of classFilter: the
// lowest bit that no mark of classMarks uses (a compile error when there
// is none).
const inClasses uint8 = ^(markFeature | markClub | markStreet) & -^(markFeature | markClub | markStreet)

// keyMarks holds, by filterHash, the marks classMarks gives a key (the
// bits of featureFilter, clubFilter and streetFilter) and inClasses for
// classFilter's bit: one load instead of four.
var keyMarks = func() *[1 << 16]uint8 {
	var t [1 << 16]uint8
	for h := range t {
		w, b := h/64, uint64(1)<<(h%64)
		if featureFilter[w]&b != 0 {
			t[h] |= markFeature
		}
		if clubFilter[w]&b != 0 {
			t[h] |= markClub
		}
		if streetFilter[w]&b != 0 {
			t[h] |= markStreet
		}
		if classFilter[w]&b != 0 {
			t[h] |= inClasses
		}
	}
	return &t
}()

// has reports whether some token's key or stem is in one of the lists of
// c: a rule that needs such a cue has nothing to do in a text without one.
func (s *scratch) has(c class) bool { return s.any&c != 0 }

func grow[T any](cs []T, n int) []T {
	if cap(cs) < n {
		return make([]T, n, roomFor(n)) // with room: texts come in all lengths
	}
	return cs[:n]
}
