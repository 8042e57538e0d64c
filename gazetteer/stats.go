package gazetteer

import (
	"slices"
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/token"
)

// Stats counts the entries of a Matcher.
type Stats struct {
	Entries   int
	ByType    map[Type]int
	BySubtype map[Type]map[string]int // subtype "" for none
	// Names counts surface names per language; Demonyms likewise.
	Names, Demonyms map[string]int
	// Bilingual counts entries with names in both Arabic and English.
	Bilingual int
	// WithNisba counts places with an Arabic demonym.
	WithNisba int
}

// Stats returns the counts of m's entries.
func (m *Matcher) Stats() Stats {
	s := Stats{ByType: map[Type]int{}, BySubtype: map[Type]map[string]int{}, Names: map[string]int{}, Demonyms: map[string]int{}}
	for e := range m.Entries {
		s.Entries++
		s.ByType[e.Type]++
		if s.BySubtype[e.Type] == nil {
			s.BySubtype[e.Type] = map[string]int{}
		}
		s.BySubtype[e.Type][e.Subtype]++
		for lang, ns := range e.Names {
			s.Names[lang] += len(ns)
		}
		for lang, ds := range e.Demonyms {
			s.Demonyms[lang] += len(ds)
		}
		if len(e.Names["ar"]) > 0 && len(e.Names["en"]) > 0 {
			s.Bilingual++
		}
		if e.Type == LOC && len(e.Demonyms["ar"]) > 0 {
			s.WithNisba++
		}
	}
	return s
}

// Lookup returns the entries that name matches as a whole: the name is
// tokenised and normalised like text, proclitics of its first word are
// allowed (وبالرباط finds the entries of الرباط), and a nisba or demonym
// finds its place. The second result reports whether the match was a
// nisba. Entries come best first.
//
// The tokens and matches are made in pooled arrays: the entity rules look
// names up on most lines of some texts. The entries returned are never
// written again (see resolve), so they outlive the arrays.
func (m *Matcher) Lookup(name string) ([]*Entry, bool) {
	b := lookupBufs.Get().(*lookupBuf)
	defer lookupBufs.Put(b)
	toks := b.toks.Tokenize(name)
	if len(toks) == 0 {
		return nil, false
	}
	// Treat the name as one sentence whatever its punctuation.
	for i := range toks {
		toks[i].Sentence = 0
	}
	b.ms = m.AppendFindAll(b.ms[:0], name, toks)
	for _, mt := range b.ms {
		if mt.Start == 0 && mt.End == len(toks) {
			return mt.Entries, mt.Nisba
		}
	}
	return nil, false
}

// A lookupBuf holds the tokens and matches of Lookup, reused from one
// look-up to the next.
type lookupBuf struct {
	toks token.Buffer
	ms   []Match
}

var lookupBufs = sync.Pool{New: func() any { return new(lookupBuf) }}

// Ambiguous returns the name keys that more than one entry holds, sorted,
// with the entries best first. A key is the normalised name with one space
// for each gap between its words.
func (m *Matcher) Ambiguous() []Ambiguity {
	var out []Ambiguity
	var path []rune
	var walk func(n uint32)
	walk = func(n uint32) {
		if cs, _ := m.candidates(n); cs.hi-cs.lo > 1 {
			out = append(out, Ambiguity{Key: string(path), Entries: m.resolve(cs)})
		}
		for c, end := m.trie.firstOf(n), m.trie.firstOf(n+1); c < end; c++ {
			switch sym := m.trie.labelOf(c); sym {
			case symNisba, symNisbaArt:
				continue
			case symGap:
				path = append(path, ' ')
			default:
				path = append(path, m.runes[sym])
			}
			walk(c)
			path = path[:len(path)-1]
		}
	}
	walk(0)
	slices.SortFunc(out, func(a, b Ambiguity) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// An Ambiguity is a name that several entries share.
type Ambiguity struct {
	Key     string
	Entries []*Entry // best first: the one a match links to
}
