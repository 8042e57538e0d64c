package gazetteer

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/token"
)

// A Matcher finds the names of a compiled set of entries in text; see the
// package documentation for the matching rules. FindAll works on tokens
// (package token), Scan on raw text.
//
// A Matcher is immutable and safe for concurrent use by many goroutines.
//
// # Resource usage
//
// The names are held in a pointer-free trie over the runes of their keys,
// numbered breadth first (6 bytes per trie node, about one node per rune of
// name that no other name shares as a prefix) and 12 bytes per name for its
// candidates, beside the entries themselves. Nisba adjectives and English
// demonyms are keys of the same trie. Two tables of the runes of text take
// 40 KB whatever the number of names. Matching walks the trie from the
// start of each word, costs no map look-up and allocates only the returned
// slice.
type Matcher struct {
	store *store
	trie  trie
	// multi holds the entries of each run of several candidates that a
	// match has needed (&trie.cands[start of the run] → []*Entry); see
	// resolve.
	multi sync.Map
	// tab maps a rune below lowFoldLen of text to its class and symbol
	// (class<<packClassBits | symbol; symDrop for a dropped rune).
	tab *[lowFoldLen]uint32
	// letters2 holds the symbol of each rune of two bytes in UTF-8 that is
	// a letter normalisation keeps as it is, and symDrop for anything else,
	// by its two bytes read as a little-endian number minus 0x80C2 (see
	// letters2Index): Scan's loop over the letters of Arabic words.
	letters2 *[letters2Len]uint16
	// high maps the folded runes at or above lowFoldLen to their symbols.
	high map[rune]uint16
	// runes maps a symbol back to its rune, for Ambiguous.
	runes []rune
	// clitic holds the symbols of the proclitic letters و ف ب ك ل س, and
	// imperf those of the imperfective prefixes ي ت ن ا (symNone for a
	// letter no name holds).
	clitic [6]uint16
	imperf [4]uint16
	// cliticSym holds, by symbol, the cliticAny, cliticConj and
	// cliticPrep bits of the proclitic letters (symbols of a word's letters
	// are always less than its length).
	cliticSym []uint8
	// firstWords is a Bloom filter of the hashes of the first words of all
	// keys (see wordScan), so that Scan walks the trie only from words that
	// may start a name.
	firstWords []uint64
	firstMask  uint64
	// firstLens has bit n set when some first word has n letters (63 for
	// 63 or more).
	firstLens uint64
	// nextWords is a Bloom filter of the hashes of the keys up to the end of
	// each word that follows a gap (see setFilters), so that Scan walks on
	// into the word after a gap only if a name may go on with it; it also
	// marks the first words with which a name may end (see mayGoOn).
	nextWords []uint64
}

// A Match is one name found in the tokens.
type Match struct {
	Start, End int // token indices of the name, End exclusive
	// Prefix is the number of bytes at the start of the first token that are
	// proclitics and not part of the name (ب in بالرباط). It is 0 when the
	// clitic cannot be cut off the surface (ل in للرباط, where the article's
	// alef is elided): the whole token is then the mention.
	Prefix int
	// Clitic holds the proclitics of the first token as a key (و, ب, ل ...),
	// also when Prefix is 0.
	Clitic string
	// Nisba is set when the match is a nisba adjective or demonym of a place
	// (الإسرائيلي, Israeli) rather than its name.
	Nisba bool
	// Entries are the candidates, best first (highest Rank, then ID). The
	// slice is shared: do not modify it.
	Entries []*Entry
}

// Compile checks entries and builds a Matcher over all their names and
// demonyms. Entries are copied: later changes by the caller do not leak in.
// It reports every duplicate ID and every entry that has no usable name, in
// one ErrorList.
func Compile(entries []Entry) (*Matcher, error) {
	m := &Matcher{}
	// Check, key and encode the entries in parts, one goroutine each.
	parts := make([]compilePart, min(runtime.GOMAXPROCS(0), 1+len(entries)/compilePartMin))
	var wg sync.WaitGroup
	for k := range parts {
		lo, hi := len(entries)*k/len(parts), len(entries)*(k+1)/len(parts)
		wg.Go(func() { parts[k].run(entries, lo, hi) })
	}
	wg.Wait()
	var errs ErrorList
	for k := range parts {
		for _, e := range parts[k].errs {
			if len(errs) < maxErrors {
				errs = append(errs, e)
			}
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	fail := func(i int, format string, args ...any) bool {
		file, line := entryWhere(&entries[i], i)
		return errs.add(file, line, format, args...)
	}
	// Where each part's keys start in the joined order.
	keyBase := make([]uint32, len(parts))
	for k := 1; k < len(parts); k++ {
		keyBase[k] = keyBase[k-1] + uint32(len(parts[k-1].kb.keys))
	}
	kb, runes, overflow := mergeParts(parts)
	if overflow {
		return nil, fmt.Errorf("gazetteer: the names hold more than %d distinct letters", maxSymbols-symFirst)
	}
	// The ID index is sorted while the trie is built.
	var byID []uint32
	sorted := make(chan struct{})
	go func() {
		byID = sortByID(entries)
		close(sorted)
	}()
	m.setAlphabet(runes)
	m.setFilters(kb)
	m.trie = kb.build(len(m.runes), func(a, b uint32) int {
		x, y := &entries[a], &entries[b]
		if c := cmp.Compare(y.Rank, x.Rank); c != 0 {
			return c
		}
		return strings.Compare(x.ID, y.ID)
	})
	<-sorted
	// An ID seen before in the index is a duplicate.
	var dups []uint32 // pairs: the duplicate, the first
	for k := 1; k < len(byID); k++ {
		if j := k - 1; entries[byID[k]].ID == entries[byID[j]].ID {
			first := byID[j]
			for j > 0 && entries[byID[j-1]].ID == entries[first].ID {
				j--
				first = byID[j]
			}
			dups = append(dups, byID[k], first)
		}
	}
	if len(dups) > 0 {
		var dup []int
		firstOf := map[uint32]uint32{}
		for k := 0; k < len(dups); k += 2 {
			dup = append(dup, int(dups[k]))
			firstOf[dups[k]] = dups[k+1]
		}
		slices.Sort(dup)
		for _, i := range dup {
			if fail(i, "duplicate id %s (first at %s)", entries[i].ID, entries[firstOf[uint32(i)]].Origin()) {
				break
			}
		}
		return nil, errs.err()
	}
	// The entries' encodings, on all cores, joined into arrays of their
	// exact size.
	for k := range parts {
		lo, hi := len(entries)*k/len(parts), len(entries)*(k+1)/len(parts)
		wg.Go(func() { parts[k].encode(entries, lo, hi, kb.nodeOf, keyBase[k]) })
	}
	wg.Wait()
	blobLen, nOffs := 0, 1
	for _, p := range parts {
		blobLen += len(p.blob)
		nOffs += len(p.offs) - 1
	}
	st := &store{blob: make([]byte, 0, blobLen), offs: make([]uint32, 1, nOffs)}
	for _, p := range parts {
		base := uint32(len(st.blob))
		st.blob = append(st.blob, p.blob...)
		for _, o := range p.offs[1:] {
			st.offs = append(st.offs, base+o)
		}
	}
	st.byID = byID
	st.nameAt = m.nameAt
	st.cache = newCache(len(entries))
	m.store = st
	return m, nil
}

// compilePartMin is the fewest entries worth a goroutine of Compile.
var compilePartMin = 20000

// A compilePart is what one goroutine of Compile makes of the entries
// [lo, hi): their keys, with symbols of its own numbering (see
// keyBuilder), their encoding, and the errors found, in order.
type compilePart struct {
	kb   keyBuilder
	blob []byte
	offs []uint32 // from 0, relative to blob
	errs ErrorList
	// nameStart is, for each entry, where its names start in kb.nameSeq.
	nameStart []uint32
}

func (p *compilePart) run(entries []Entry, lo, hi int) {
	size := 0
	for i := lo; i < hi; i++ {
		for _, ns := range entries[i].Names {
			for _, n := range ns {
				size += len(n)
			}
		}
	}
	kb := &p.kb
	kb.alpha = map[rune]uint16{}
	kb.keys = make([]trieKey, 0, (hi-lo)+(hi-lo)/4)
	kb.syms = make([]uint16, 0, size*2/3+16)
	p.nameStart = make([]uint32, 0, hi-lo)
	fail := func(i int, format string, args ...any) bool {
		file, line := entryWhere(&entries[i], i)
		return p.errs.add(file, line, format, args...)
	}
	for i := lo; i < hi; i++ {
		e := &entries[i]
		kb.langs = sortedKeys(e.Names, kb.langs[:0])
		if err := e.checkLangs(kb.langs); err != nil {
			if fail(i, "%v", err) {
				return
			}
			continue
		}
		p.nameStart = append(p.nameStart, uint32(len(kb.nameSeq)))
		if !kb.addEntry(e, uint32(i)) && fail(i, "entry %s has no name with a letter or digit", e.ID) {
			return
		}
	}
}

// encode encodes the part's entries [lo, hi) once the trie is built: a
// name that its key spells exactly is written as the key's node (nodeOf,
// by the keys' global order, which starts at keyBase for this part).
func (p *compilePart) encode(entries []Entry, lo, hi int, nodeOf []uint32, keyBase uint32) {
	size := 0
	for i := lo; i < hi; i++ {
		size += len(entries[i].ID) + 24
	}
	p.blob = make([]byte, 0, size)
	p.offs = make([]uint32, 1, hi-lo+1)
	var langs []string
	for i := lo; i < hi; i++ {
		e := &entries[i]
		langs = sortedKeys(e.Names, langs[:0])
		seqs := p.kb.nameSeq[p.nameStart[i-lo]:]
		p.blob = encodeEntry(p.blob, e, langs, func(j int) (uint32, bool) {
			if seqs[j] == noKey {
				return 0, false
			}
			return nodeOf[keyBase+seqs[j]], true
		})
		p.offs = append(p.offs, uint32(len(p.blob)))
	}
}

// The letters that Scan reads as proclitics (Matcher.clitic) and as the
// imperfect prefixes with alef (Matcher.imperf).
const (
	procliticLetters = "وفبكلس"
	imperfectLetters = "يتنا"
)

// mergeParts joins the keys of the parts into one trie builder, with the
// symbols renumbered in rune order over all the parts, and returns it with
// the rune of each symbol and whether the names hold too many runes.
func mergeParts(parts []compilePart) (*trieBuilder, []rune, bool) {
	seen := map[rune]bool{}
	overflow := false
	keys, syms := 0, 0
	for k := range parts {
		overflow = overflow || parts[k].kb.overflow
		for r := range parts[k].kb.alpha {
			seen[r] = true
		}
		keys += len(parts[k].kb.keys)
		syms += len(parts[k].kb.syms)
	}
	// The letters that the scan reads as proclitics and imperfect
	// prefixes (see Matcher.clitic and imperf) are symbols even when no
	// name holds them: without one, Scan could not strip و from وعلي when
	// the names spell no و.
	for _, r := range procliticLetters + imperfectLetters {
		seen[r] = true
	}
	runes := make([]rune, 0, len(seen))
	for r := range seen {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	if len(runes) > maxSymbols-symFirst {
		return nil, nil, true
	}
	final := make(map[rune]uint16, len(runes))
	for i, r := range runes {
		final[r] = uint16(symFirst + i)
	}
	if len(parts) == 1 {
		kb := &parts[0].kb
		kb.renumber(final)
		return &kb.trieBuilder, append(make([]rune, symFirst), runes...), overflow
	}
	tb := &trieBuilder{keys: make([]trieKey, 0, keys), syms: make([]uint16, 0, syms)}
	for k := range parts {
		kb := &parts[k].kb
		kb.renumber(final)
		base, seq := uint32(len(tb.syms)), uint32(len(tb.keys))
		tb.syms = append(tb.syms, kb.syms...)
		for _, key := range kb.keys {
			key.off += base
			key.end += base
			key.seq += seq
			tb.keys = append(tb.keys, key)
		}
		kb.syms, kb.keys = nil, nil
	}
	return tb, append(make([]rune, symFirst), runes...), overflow
}

// sortByID returns the indices of entries sorted by ID, then index.
func sortByID(entries []Entry) []uint32 {
	type item struct {
		prefix uint64
		idx    uint32
	}
	items := make([]item, len(entries))
	for i := range entries {
		items[i] = item{prefix64(entries[i].ID), uint32(i)}
	}
	items = radixSort(items, func(it *item) uint64 { return it.prefix })
	byID := make([]uint32, len(items))
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && items[j].prefix == items[i].prefix {
			j++
		}
		if j-i > 1 { // stable: equal IDs stay in index order
			slices.SortStableFunc(items[i:j], func(a, b item) int { return strings.Compare(entries[a.idx].ID, entries[b.idx].ID) })
		}
		for k := i; k < j; k++ {
			byID[k] = items[k].idx
		}
		i = j
	}
	return byID
}

// entryWhere returns the file and line of an entry for an error: its
// origin, or its index in the slice given to Compile.
func entryWhere(e *Entry, i int) (string, int) {
	where := e.origin
	if where == "" {
		return "entries[" + strconv.Itoa(i) + "]", 0
	}
	if j := strings.LastIndexByte(where, ':'); j > 0 {
		if n, err := strconv.Atoi(where[j+1:]); err == nil {
			return where[:j], n
		}
	}
	return where, 0
}

// setAlphabet sets the symbol tables from runes, the rune of each symbol.
func (m *Matcher) setAlphabet(runes []rune) {
	m.runes = runes
	m.high = map[rune]uint16{}
	low := make([]uint16, lowFoldLen)
	for s, r := range runes {
		switch {
		case s < symFirst:
		case r < lowFoldLen:
			low[r] = uint16(s)
		default:
			m.high[r] = uint16(s)
		}
	}
	m.tab = new([lowFoldLen]uint32)
	for r := range rune(lowFoldLen) {
		f := lowFold[r]
		s := uint32(symDrop) // below lowFoldLen no rune folds to several
		switch {
		case f.to == noRune:
		case f.to < lowFoldLen:
			s = uint32(low[f.to])
		default:
			s = uint32(m.high[f.to])
		}
		m.tab[r] = uint32(f.class)<<packClassBits | s
	}
	m.letters2 = new([letters2Len]uint16)
	for i := range m.letters2 {
		m.letters2[i] = symDrop
	}
	for r := rune(0x80); r < lowFoldLen; r++ {
		if v := m.tab[r]; v < symSlow {
			m.letters2[letters2Index(0xC0|byte(r>>6), 0x80|byte(r&0x3F))] = uint16(v)
		}
	}
	m.cliticSym = make([]uint8, len(runes))
	for i, r := range []rune(procliticLetters) {
		m.clitic[i] = low[r]
		if low[r] != symNone {
			kind := uint8(cliticPrep) // ب ك ل س
			if i < 2 {
				kind = cliticConj // و ف
			}
			m.cliticSym[low[r]] |= cliticAny | kind
		}
	}
	for i, r := range []rune(imperfectLetters) {
		m.imperf[i] = low[r]
	}
}

// A keyBuilder turns names into trie keys.
type keyBuilder struct {
	trieBuilder
	alpha map[rune]uint16    // runes seen, numbered later
	low   [lowFoldLen]uint16 // alpha for the runes below lowFoldLen, 0 for none
	buf   []rune
	key   []uint16
	langs []string
	// overflow is set when the names hold more distinct runes than there
	// are symbols.
	overflow bool
	// nameSeq holds, for each name of each entry in the order of the
	// encoding, the seq of the key that spells it exactly, or noKey.
	nameSeq []uint32
}

// noKey marks a name that no key spells.
const noKey = ^uint32(0)

// spells reports whether the folded runes of a name (gapRune for a gap)
// spell the name itself, so that the trie can give it back.
func spells(runes []rune, name string) bool {
	i := 0
	for _, r := range runes {
		if r == gapRune {
			r = ' '
		}
		got, size := utf8.DecodeRuneInString(name[i:])
		if size == 0 || got != r {
			return false
		}
		i += size
	}
	return i == len(name)
}

// addEntry adds the keys of e's names, nisba forms and demonyms; it
// reports whether any name was usable.
// The languages of e.Names must be in kb.langs, sorted.
func (kb *keyBuilder) addEntry(e *Entry, idx uint32) bool {
	ok := false
	for _, lang := range kb.langs {
		for _, name := range e.Names[lang] {
			runes, oneWord, hasWord := kb.fold(name)
			if !hasWord {
				kb.nameSeq = append(kb.nameSeq, noKey)
				continue
			}
			if spells(runes, name) {
				kb.nameSeq = append(kb.nameSeq, uint32(len(kb.keys)))
			} else {
				kb.nameSeq = append(kb.nameSeq, noKey)
			}
			ok = true
			var flags uint8
			trimmed := strings.TrimSpace(name)
			if r, _ := utf8.DecodeRuneInString(trimmed); r < 0x250 && unicode.IsUpper(r) {
				flags |= flagNeedCap
			} else {
				flags |= flagAnyCase
			}
			if oneWord && strings.HasSuffix(trimmed, "ي") && arabic.IsStopword(string(runes)) {
				flags |= flagFinalYa
			}
			kb.addRunes(runes, idx, flags, symNone)
			// A one-word Arabic place name also yields the nisba base.
			if e.Type == LOC && isNisbaSubtype(e.Subtype) && oneWord && arabic.IsArabic(runes[0]) {
				key := string(runes)
				if strings.HasPrefix(trimmed, "ال") {
					key, _ = arabic.StripArticle(key)
				}
				kb.addNisba(arabic.NisbaBase(key), idx)
			}
		}
	}
	for _, lang := range sortedKeys(e.Demonyms, nil) {
		for _, d := range e.Demonyms[lang] {
			runes, oneWord, _ := kb.fold(d)
			if !oneWord {
				continue
			}
			key := string(runes)
			switch r, _ := utf8.DecodeRuneInString(key); {
			case arabic.IsArabic(r):
				if base, isNisba := arabic.Nisba(key); isNisba {
					kb.addNisba(base, idx)
				}
			case r < 0x250 && unicode.IsLetter(r):
				kb.addRunes(runes, idx, flagNeedCap, symNisba)
			}
		}
	}
	return ok
}

// addNisba adds the nisba adjectives formed on base (a key), with and
// without the article, as keys of the place idx.
func (kb *keyBuilder) addNisba(base string, idx uint32) {
	for _, suf := range [...]string{"يين", "يون", "يات", "يه", "يا", "ي"} {
		form := base + suf
		if b, ok := arabic.Nisba(form); !ok || b != base {
			continue
		}
		kb.addRunes([]rune(form), idx, flagAnyCase, symNisba)
		if s, ok := arabic.StripArticle("ال" + form); ok && s == form {
			kb.addRunes([]rune("ال"+form), idx, flagAnyCase, symNisbaArt)
		}
	}
}

// addRunes adds a key of folded runes (symGap for a gap), followed by end
// unless it is symNone.
func (kb *keyBuilder) addRunes(runes []rune, idx uint32, flags uint8, end uint16) {
	kb.key = kb.key[:0]
	for _, r := range runes {
		if r == gapRune {
			kb.key = append(kb.key, symGap)
			continue
		}
		var s uint16
		var ok bool
		if r >= 0 && r < lowFoldLen {
			s = kb.low[r]
			ok = s != 0
		} else {
			s, ok = kb.alpha[r]
		}
		if !ok {
			if len(kb.alpha) >= maxSymbols-symFirst {
				kb.overflow = true
				continue
			}
			s = uint16(len(kb.alpha) + symFirst) // provisional, renumbered by alphabet
			kb.alpha[r] = s
			if r >= 0 && r < lowFoldLen {
				kb.low[r] = s
			}
		}
		kb.key = append(kb.key, s)
	}
	if end != symNone {
		kb.key = append(kb.key, end)
	}
	kb.trieBuilder.add(kb.key, idx, flags)
}

// gapRune stands for a gap in the folded runes of a name.
const gapRune = -2

// fold returns the key of name as folded runes, with gapRune for each run
// of white space between two units; whether the name is one word; and
// whether it has a letter or digit. The slice is reused by the next call.
func (kb *keyBuilder) fold(name string) (runes []rune, oneWord, hasWord bool) {
	kb.buf = kb.buf[:0]
	gap := false
	oneWord = true
	for _, r := range name {
		switch foldRune(r).class {
		case cSpace, cBreak:
			gap = len(kb.buf) > 0
			continue
		case cSkip:
			continue
		case cWord:
			hasWord = true
		case cPunct:
			oneWord = false
		}
		if gap {
			kb.buf = append(kb.buf, gapRune)
			oneWord, gap = false, false
		}
		kb.buf = foldRunes(kb.buf, r)
	}
	return kb.buf, oneWord, hasWord
}

// renumber replaces kb's provisional symbols by those of final.
func (kb *keyBuilder) renumber(final map[rune]uint16) {
	renum := make([]uint16, len(kb.alpha)+symFirst)
	for i := range symFirst {
		renum[i] = uint16(i)
	}
	for r, s := range kb.alpha {
		renum[s] = final[r]
	}
	for i, s := range kb.syms {
		kb.syms[i] = renum[s]
	}
}

// Len returns the number of entries.
func (m *Matcher) Len() int { return m.store.len() }

// Entry returns the entry with the given ID, or nil.
func (m *Matcher) Entry(id string) *Entry {
	if i, ok := m.store.find(id); ok {
		return m.store.entry(i)
	}
	return nil
}

// Entries calls yield for each entry in the order they were compiled, until
// yield returns false. The entries are shared: do not modify them.
func (m *Matcher) Entries(yield func(*Entry) bool) {
	for i := range m.store.len() {
		if !yield(m.store.entry(uint32(i))) {
			return
		}
	}
}

// FindAll returns the leftmost-longest matches in toks, which must be the
// tokens of text (as returned by token.Tokenize), in order. A name never
// spans two sentences.
func (m *Matcher) FindAll(text string, toks []token.Token) []Match {
	var out []Match
	if len(toks) >= 16 {
		out = make([]Match, 0, len(toks)/16) // news has a name every dozen tokens or so
	}
	return m.AppendFindAll(out, text, toks)
}

// AppendFindAll appends the matches FindAll returns to dst and returns the
// extended slice: a caller that keeps dst from one text to the next
// allocates nothing in the steady state.
func (m *Matcher) AppendFindAll(dst []Match, text string, toks []token.Token) []Match {
	out := dst
	var w wordScan
	for i := 0; i < len(toks); {
		// Punctuation starts no name, and the first-word filter spares
		// the walk of nearly every other token.
		if t := &toks[i]; t.Script != token.Punct {
			walk, hashed := m.tokenMayStart(&w, t)
			if walk != 0 && hashed {
				walk = m.tokensMayGoOn(&w, t, toks, i, walk)
			}
			if walk != 0 {
				if mt, ok := m.walkAt(text, toks, i, walk); ok {
					out = append(out, mt)
					i = mt.End
					continue
				}
			}
		}
		i++
	}
	return out
}

// tokenMayStart returns the readings of token t, which is not
// punctuation, from which a walk of the trie may find a name: bit k for
// reading k (bit 63 for the 64th on), bit 0 for a token without readings.
// It asks the first-word filter by the hash of the key and of each
// reading's stem worked out from it, and reports whether it could hash
// the key (into w); a key the filter cannot hash is walked from every
// reading.
func (m *Matcher) tokenMayStart(w *wordScan, t *token.Token) (uint64, bool) {
	key := t.Key
	// An Arabic key, of letters of two bytes only, is hashed in one fast
	// pass; its first letters, which only the stems of proclitic readings
	// need, are read when there is one.
	k, h := hashLetters2(m.letters2, key, 0)
	heads := true
	if k == len(key) && k >= 2 {
		w.h, w.n = h, k/2
		heads = false
	} else if !m.hashKeySlow(w, key) {
		return ^uint64(0), false
	}
	first := m.isFirstWord(w.h)
	if t.Readings == nil {
		if first {
			return 1, true
		}
		return 0, true
	}
	walk := uint64(0)
	for k := range t.Readings {
		r := &t.Readings[k]
		may := first
		if k >= 63 {
			may = true
		} else if r.Prefix != "" {
			if !heads {
				m.keyHeads(w, key)
				heads = true
			}
			h, ok := m.stemHash(w, key, r)
			may = !ok || m.isFirstWord(h) // a stem the filter cannot hash is walked
		}
		if may {
			walk |= 1 << min(k, 63)
		}
	}
	return walk, true
}

// tokensMayGoOn returns walk (see tokenMayStart) without the readings of
// token t = toks[i] from whose stems, by the filters, a walk can find no
// name: no name ends with the stem or goes on from it but with a gap and
// a word (see mayGoOn), and the next token is none (the end of the
// sentence) or a word after a gap whose key does not follow the stem in
// any name. It keeps every reading whose stem's hash it cannot work out
// from w (the hash of t's key) and all of them when the walk could go on
// into the next token otherwise: a token that touches t or the one after
// it, a key the filter cannot hash, an English possessive.
func (m *Matcher) tokensMayGoOn(w *wordScan, t *token.Token, toks []token.Token, i int, walk uint64) uint64 {
	// The next word: its hash and number of letters, if a walk may reach it.
	hn, nn, word := uint64(0), 0, false
	if j := i + 1; j < len(toks) && toks[j].Sentence == t.Sentence {
		tj := &toks[j]
		if tj.Start == t.End || tj.Script == token.Latin && len(tj.Readings) > 1 {
			return walk
		}
		if k := j + 1; k < len(toks) && toks[k].Sentence == tj.Sentence && toks[k].Start == tj.End {
			return walk
		}
		var wn wordScan
		k, h := hashLetters2(m.letters2, tj.Key, 0)
		if k == len(tj.Key) && k >= 2 {
			hn, nn = h, k/2
		} else if m.hashKeySlow(&wn, tj.Key) {
			hn, nn = wn.h, wn.n
		} else {
			return walk
		}
		word = true
	}
	mayGoOn := func(h uint64) bool {
		return m.isNextWord(h*hashBase+endAny) || m.isNextWord(h*hashBase+endYa) ||
			word && m.isNextWord((h*hashBase+symGap)*powBase(nn)+hn)
	}
	if t.Readings == nil {
		if mayGoOn(w.h) {
			return walk
		}
		return 0
	}
	for k := range min(len(t.Readings), 63) {
		if walk&(1<<k) == 0 {
			continue
		}
		if h, ok := m.stemHash(w, t.Key, &t.Readings[k]); ok && !mayGoOn(h) {
			walk &^= 1 << k
		}
	}
	return walk
}

// walkAt returns the longest match that starts at token i, walking the
// trie from the readings of the token that walk marks (bit k for reading
// k, bit 0 for a token without readings).
func (m *Matcher) walkAt(text string, toks []token.Token, i int, walk uint64) (Match, bool) {
	t := &toks[i]
	best := Match{End: -1}
	var nisba Match
	var bestCands, nisbaCands cands
	capital := false
	if t.Script == token.Latin {
		r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
		capital = unicode.IsUpper(r)
	}
	// try walks one reading, r (nil for a token without readings); the
	// bytes of its proclitics are worked out only for a match.
	try := func(first string, r *arabic.Reading, clitic string, names bool) {
		s, ok := m.walkKey(0, first)
		if !ok {
			return
		}
		if nisbaCands.hi == 0 {
			if cs := m.nisbaAt(s); cs.hi > cs.lo && (t.Script == token.Arabic || t.Script == token.Latin && capital) {
				nisba, nisbaCands = Match{Start: i, End: i + 1, Prefix: m.readingPrefix(text, t, r), Clitic: clitic, Nisba: true}, cs
			}
		}
		for j := i + 1; names; j++ {
			if cs, fl := m.candidates(s); cs.hi > cs.lo && j > best.End && (fl&flagAnyCase != 0 || capital) && (fl&flagFinalYa == 0 || endsInYa(text, t)) {
				best, bestCands = Match{Start: i, End: j, Prefix: m.readingPrefix(text, t, r), Clitic: clitic}, cs
			}
			if j >= len(toks) || toks[j].Sentence != t.Sentence {
				break
			}
			if toks[j].Start > toks[j-1].End {
				if s, ok = m.trie.child(s, symGap); !ok {
					break
				}
			}
			next, ok := m.walkKey(s, toks[j].Key)
			if !ok {
				// A name's last word with an English possessive
				// ending (New York's): the name ends there.
				if tj := &toks[j]; tj.Script == token.Latin && len(tj.Readings) > 1 && j+1 > best.End {
					if ps, ok := m.walkKey(s, tj.Readings[1].Stem); ok {
						if cs, fl := m.candidates(ps); cs.hi > cs.lo && (fl&flagAnyCase != 0 || capital) {
							best, bestCands = Match{Start: i, End: j + 1, Prefix: m.readingPrefix(text, t, r), Clitic: clitic}, cs
						}
					}
				}
				break
			}
			if next == s {
				break // a token of no letters (a Format rune after a space) adds nothing to a name
			}
			s = next
		}
	}
	if t.Readings == nil && walk&1 != 0 {
		try(t.Key, nil, "", true)
	}
	for k := range t.Readings {
		r := &t.Readings[k]
		if walk&(1<<min(k, 63)) == 0 {
			continue
		}
		// ك before a name is far more often part of a word (كنيس، كبيرا).
		names := !strings.HasSuffix(r.Prefix, "ك") || utf8.RuneCountInString(r.Stem) >= 6
		try(r.Stem, r, r.Prefix, names)
	}
	if best.End > 0 {
		best.Entries = m.resolve(bestCands)
		return best, true
	}
	if nisbaCands.hi > 0 {
		nisba.Entries = m.resolve(nisbaCands)
		return nisba, true
	}
	return Match{}, false
}

// hashKey sets w to the hash of a token key as Scan hashes a word (see
// wordScan): its number of letters, hash and first two symbols, not their
// offsets. It reports false when the key holds a rune outside the tables,
// a dropped rune or punctuation (u.s), for which the filter does not apply.
func (m *Matcher) hashKey(w *wordScan, key string) bool {
	// An Arabic key: letters of two bytes only, in one fast pass.
	if k, h := hashLetters2(m.letters2, key, 0); k == len(key) && k >= 2 {
		m.keyHeads(w, key)
		w.h, w.n = h, k/2
		return true
	}
	return m.hashKeySlow(w, key)
}

// keyHeads sets the first two symbols of w from key, a key of letters of
// two bytes only (see hashLetters2).
func (m *Matcher) keyHeads(w *wordScan, key string) {
	w.sym[0] = m.letters2[letters2Index(key[0], key[1])]
	if len(key) >= 4 {
		w.sym[1] = m.letters2[letters2Index(key[2], key[3])]
	}
}

// hashKeySlow is hashKey for a key off its fast path.
func (m *Matcher) hashKeySlow(w *wordScan, key string) bool {
	tab := m.tab
	h, n := uint64(0), 0
	for i := 0; i < len(key); {
		c := key[i]
		var v uint32
		// A rune of two bytes first: the letters of Arabic keys.
		if c-0xC2 < 0xE0-0xC2 && i+1 < len(key) {
			d := key[i+1]
			if d&0xC0 != 0x80 {
				return false
			}
			v = tab[uint32(c&0x1F)<<6|uint32(d&0x3F)]
			i += 2
		} else if c < utf8.RuneSelf {
			v = tab[c]
			i++
		} else {
			return false
		}
		if v >= symSlow { // not a letter kept as it is, or not a word rune
			return false
		}
		if n < 2 {
			w.sym[n] = uint16(v)
		}
		h = h*hashBase + uint64(v)
		n++
	}
	w.h, w.n = h, n
	return n > 0
}

// stemHash returns the hash of the stem of reading r of the key that w
// hashes, worked out from the key's, and false when it cannot: an
// English possessive's stem, a prefix of more than two letters (there
// is no such reading).
func (m *Matcher) stemHash(w *wordScan, key string, r *arabic.Reading) (uint64, bool) {
	if r.Prefix == "" {
		return w.h, len(r.Stem) == len(key)
	}
	k := prefixRunes(r.Prefix)
	if k > 2 {
		return 0, false
	}
	if len(r.Prefix)+len(r.Stem) == len(key) {
		return w.suffix(k), true
	}
	// ل + ال written لل: the stem is ا and the key after the prefix.
	return w.withAlef(k, m.imperf[3]), true
}

// prefixRunes returns the number of runes of a reading's prefix, without
// a loop for the prefixes of one or two Arabic letters.
func prefixRunes(p string) int {
	switch {
	case len(p) == 2 && p[0]-0xC2 < 0xE0-0xC2 && p[1]&0xC0 == 0x80:
		return 1
	case len(p) == 4 && p[0]-0xC2 < 0xE0-0xC2 && p[1]&0xC0 == 0x80 && p[2]-0xC2 < 0xE0-0xC2 && p[3]&0xC0 == 0x80:
		return 2
	}
	return utf8.RuneCountInString(p)
}

// walkKey walks the trie from node s along the runes of a token key.
func (m *Matcher) walkKey(s uint32, key string) (uint32, bool) {
	if key == "" {
		return 0, false
	}
	ok := true
	for i := 0; i < len(key); {
		c := key[i]
		var v uint32
		if c < utf8.RuneSelf {
			v = m.tab[c]
			i++
		} else if c-0xC2 < 0xE0-0xC2 && i+1 < len(key) && key[i+1]&0xC0 == 0x80 {
			v = m.tab[uint32(c&0x1F)<<6|uint32(key[i+1]&0x3F)] // a rune of two bytes
			i += 2
		} else {
			r, size := utf8.DecodeRuneInString(key[i:])
			i += size
			if r >= lowFoldLen {
				if s, ok = m.walkRune(s, r); !ok {
					return 0, false
				}
				continue
			}
			v = m.tab[r]
		}
		if sym := uint16(v); sym != symDrop {
			if s, ok = m.trie.child(s, sym); !ok {
				return 0, false
			}
		}
	}
	return s, true
}

// walkRune walks the trie from node s along the fold of a rune at or above
// lowFoldLen: none, one or several symbols.
func (m *Matcher) walkRune(s uint32, r rune) (uint32, bool) {
	var buf [8]rune
	ok := true
	for _, f := range foldRunes(buf[:0], r) {
		sym := m.symOfFolded(f)
		if sym == symNone {
			return 0, false
		}
		if s, ok = m.trie.child(s, sym); !ok {
			return 0, false
		}
	}
	return s, true
}

// A cands is a run of the trie's candidates, cands[lo:hi], empty if none.
type cands struct{ lo, hi uint32 }

// nameAt returns the name that the path to node c spells (a space for a
// gap), and false for the root or a node under an end symbol.
func (m *Matcher) nameAt(c uint32) (string, bool) {
	if int(c) >= m.trie.nodes() || c == 0 {
		return "", false
	}
	var buf [64]rune
	rs := buf[:0]
	for ; c != 0; c = m.trie.parent(c) {
		switch sym := m.trie.labelOf(c); {
		case sym == symGap:
			rs = append(rs, ' ')
		case sym >= symFirst && int(sym) < len(m.runes):
			rs = append(rs, m.runes[sym])
		default:
			return "", false
		}
	}
	slices.Reverse(rs)
	return string(rs), true
}

// candidates returns the candidates of the names that end at node s, best
// first, and their flags.
func (m *Matcher) candidates(s uint32) (cands, uint8) {
	t, ok := m.trie.terminal(s)
	if !ok {
		return cands{}, 0
	}
	return cands{m.trie.vals[t], m.trie.vals[t+1]}, m.trie.flags[t]
}

// nisbaAt returns the places of the nisba adjective or demonym that ends at
// node s: those of the form itself first, else those of the form without
// its article.
func (m *Matcher) nisbaAt(s uint32) cands {
	// The end symbols are the smallest but symGap, so the ends are among
	// the first children, in order.
	t := &m.trie
	for c, end := t.firstOf(s), t.firstOf(s+1); c < end && t.labelOf(c) <= symNisbaArt; c++ {
		if t.labelOf(c) >= symNisba {
			if cs, _ := m.candidates(c); cs.hi > cs.lo {
				return cs
			}
		}
	}
	return cands{}
}

// resolve returns the entries of cs, decoding those not yet decoded,
// without allocating once they are. A single candidate — nearly every
// name — is returned as the entry's own one-element slice (Entry.self,
// written before the entry was published); several candidates are kept
// in m.multi. Either way the slice is never written again, so callers in
// any goroutine may read it.
func (m *Matcher) resolve(cs cands) []*Entry {
	switch {
	case cs.hi <= cs.lo:
		return nil
	case cs.hi-cs.lo == 1:
		return m.store.entry(m.trie.cands[cs.lo]).self[:]
	}
	// The key is a pointer, which an interface holds without allocating.
	key := &m.trie.cands[cs.lo]
	if v, ok := m.multi.Load(key); ok {
		return v.([]*Entry)
	}
	es := make([]*Entry, cs.hi-cs.lo)
	for k := range es {
		es[k] = m.store.entry(m.trie.cands[cs.lo+uint32(k)])
	}
	v, _ := m.multi.LoadOrStore(key, es)
	return v.([]*Entry)
}

// readingPrefix returns the bytes of t's surface that reading r treats as
// proclitics (arabic.Reading.CutBytes: 0 for لل, whose article's alef is
// elided), 0 for no reading.
func (m *Matcher) readingPrefix(text string, t *token.Token, r *arabic.Reading) int {
	if r == nil {
		return 0
	}
	return r.CutBytes(text[t.Start:t.End], t.Key)
}

// endsInYa reports whether the surface of t ends in ya (ي), not alef
// maqsura (ى), marks aside.
func endsInYa(text string, t *token.Token) bool {
	s := text[t.Start:t.End]
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if r >= 0x064B && r <= 0x065F { // harakat
			s = s[:len(s)-size]
			continue
		}
		return r == 'ي'
	}
	return false
}

func isNisbaSubtype(s string) bool {
	switch s {
	case "country", "territory", "region":
		return true
	}
	return false
}

// sortedKeys appends the keys of m to keys, sorted.
func sortedKeys(m map[string][]string, keys []string) []string {
	if len(m) == 1 {
		for k := range m {
			return append(keys, k)
		}
	}
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
