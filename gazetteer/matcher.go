package gazetteer

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/token"
)

// A Matcher finds the names of a compiled set of entries in tokenised text;
// see the package documentation for the matching rules.
//
// A Matcher is immutable and safe for concurrent use by many goroutines.
//
// # Resource usage
//
// The matcher is a trie over token keys held in one hash map of edges, plus
// one hash map for nisba bases and one for English demonyms. Memory is
// roughly 100 bytes per name word plus the entries themselves. Matching
// costs one map look-up per token per proclitic reading while a name can
// still continue, and allocates only the returned slice.
type Matcher struct {
	entries []Entry
	edges   map[edge]int32 // (node, key) → child node
	nodes   []node         // nodes[0] is the root
	nisba   map[string][]*Entry
	demonym map[string][]*Entry // English demonyms, lower case, one word
	byID    map[string]*Entry
}

type edge struct {
	from int32
	key  string
}

type node struct {
	entries []*Entry // entries with a name ending here, best first
	needCap bool     // a Latin name ends here whose first letter is upper case
	anyCase bool     // a name ends here that needs no capital
	// finalYa is set for a one-word name whose key is also a function word
	// (علي, which the key merges with على): the text must end in ya too.
	finalYa bool
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
	m := &Matcher{
		entries: slices.Clone(entries),
		edges:   make(map[edge]int32, len(entries)*3),
		nodes:   make([]node, 1, len(entries)*2+1),
		nisba:   map[string][]*Entry{},
		demonym: map[string][]*Entry{},
		byID:    make(map[string]*Entry, len(entries)),
	}
	var errs ErrorList
	for i := range m.entries {
		e := &m.entries[i]
		where, line := e.origin, 0
		if where == "" {
			where = "entries[" + fmt.Sprint(i) + "]"
		} else if j := strings.LastIndexByte(where, ':'); j > 0 {
			fmt.Sscan(where[j+1:], &line)
			where = where[:j]
		}
		if err := e.check(); err != nil {
			if errs.add(where, line, "%v", err) {
				break
			}
			continue
		}
		if prev, dup := m.byID[e.ID]; dup {
			if errs.add(where, line, "duplicate id %s (first at %s)", e.ID, prev.Origin()) {
				break
			}
			continue
		}
		m.byID[e.ID] = e
		if !m.addEntry(e) {
			if errs.add(where, line, "entry %s has no name with a letter or digit", e.ID) {
				break
			}
		}
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	less := func(a, b *Entry) int {
		if c := cmp.Compare(b.Rank, a.Rank); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	}
	for i := range m.nodes {
		slices.SortFunc(m.nodes[i].entries, less)
	}
	for _, mp := range []map[string][]*Entry{m.nisba, m.demonym} {
		for k, v := range mp {
			slices.SortFunc(v, less)
			mp[k] = slices.CompactFunc(v, func(a, b *Entry) bool { return a == b })
		}
	}
	return m, nil
}

// addEntry indexes the names and demonyms of e; it reports whether any name
// was usable.
func (m *Matcher) addEntry(e *Entry) bool {
	ok := false
	for _, lang := range sortedKeys(e.Names) {
		for _, name := range e.Names[lang] {
			toks := token.Tokenize(name)
			if !hasWord(toks) {
				continue
			}
			ok = true
			n := int32(0)
			for _, t := range toks {
				k := edge{n, t.Key}
				child, found := m.edges[k]
				if !found {
					child = int32(len(m.nodes))
					m.nodes = append(m.nodes, node{})
					m.edges[k] = child
				}
				n = child
			}
			nd := &m.nodes[n]
			if !slices.Contains(nd.entries, e) {
				nd.entries = append(nd.entries, e)
			}
			if r, _ := utf8.DecodeRuneInString(name); toks[0].Script == token.Latin && unicode.IsUpper(r) {
				nd.needCap = true
			} else {
				nd.anyCase = true
			}
			if len(toks) == 1 && arabic.IsStopword(toks[0].Key) && strings.HasSuffix(strings.TrimSpace(name), "ي") {
				nd.finalYa = true
			}
			// A one-word Arabic place name also yields the nisba base.
			if e.Type == LOC && isNisbaSubtype(e.Subtype) && len(toks) == 1 && toks[0].Script == token.Arabic {
				key := toks[0].Key
				if strings.HasPrefix(name, "ال") {
					key, _ = arabic.StripArticle(key)
				}
				m.nisba[arabic.NisbaBase(key)] = append(m.nisba[arabic.NisbaBase(key)], e)
			}
		}
	}
	for _, lang := range sortedKeys(e.Demonyms) {
		for _, d := range e.Demonyms[lang] {
			toks := token.Tokenize(d)
			if len(toks) != 1 {
				continue
			}
			switch toks[0].Script {
			case token.Arabic:
				if base, isNisba := arabic.Nisba(toks[0].Key); isNisba {
					m.nisba[base] = append(m.nisba[base], e)
				}
			case token.Latin:
				m.demonym[toks[0].Key] = append(m.demonym[toks[0].Key], e)
			}
		}
	}
	return ok
}

func isNisbaSubtype(s string) bool {
	switch s {
	case "country", "territory", "region":
		return true
	}
	return false
}

func hasWord(toks []token.Token) bool {
	for _, t := range toks {
		if t.Script != token.Punct {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Len returns the number of entries.
func (m *Matcher) Len() int { return len(m.entries) }

// Entry returns the entry with the given ID, or nil.
func (m *Matcher) Entry(id string) *Entry { return m.byID[id] }

// Entries calls yield for each entry in the order they were compiled, until
// yield returns false. The entries are shared: do not modify them.
func (m *Matcher) Entries(yield func(*Entry) bool) {
	for i := range m.entries {
		if !yield(&m.entries[i]) {
			return
		}
	}
}

// FindAll returns the leftmost-longest matches in toks, which must be the
// tokens of text (as returned by token.Tokenize), in order. A name never
// spans two sentences.
func (m *Matcher) FindAll(text string, toks []token.Token) []Match {
	var out []Match
	for i := 0; i < len(toks); {
		if mt, ok := m.matchAt(text, toks, i); ok {
			out = append(out, mt)
			i = mt.End
			continue
		}
		i++
	}
	return out
}

// matchAt returns the longest match that starts at token i.
func (m *Matcher) matchAt(text string, toks []token.Token, i int) (Match, bool) {
	t := &toks[i]
	if t.Script == token.Punct {
		return Match{}, false
	}
	best := Match{End: -1}
	capital := false
	if t.Script == token.Latin {
		r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
		capital = unicode.IsUpper(r)
	}
	try := func(first string, prefix int, clitic string) {
		n, ok := m.edges[edge{0, first}]
		for j := i + 1; ok; j++ {
			nd := &m.nodes[n]
			if len(nd.entries) > 0 && (nd.anyCase || capital) && j > best.End && (!nd.finalYa || endsInYa(text, t)) {
				best = Match{Start: i, End: j, Prefix: prefix, Clitic: clitic, Entries: nd.entries}
			}
			if j >= len(toks) || toks[j].Sentence != t.Sentence {
				break
			}
			n, ok = m.edges[edge{n, toks[j].Key}]
		}
	}
	if t.Readings == nil {
		try(t.Key, 0, "")
	}
	for _, r := range t.Readings {
		// ك before a name is far more often part of a word (كنيس، كبيرا).
		if strings.HasSuffix(r.Prefix, "ك") && utf8.RuneCountInString(r.Stem) < 6 {
			continue
		}
		try(r.Stem, m.prefixBytes(text, t, r), r.Prefix)
	}
	if best.End > 0 {
		return best, true
	}
	// Nisba adjectives and demonyms.
	switch t.Script {
	case token.Arabic:
		for _, r := range t.Readings {
			for _, stem := range [2]string{r.Stem, stripArticle(r.Stem)} {
				if base, ok := arabic.Nisba(stem); ok {
					if es := m.nisba[base]; es != nil {
						return Match{Start: i, End: i + 1, Prefix: m.prefixBytes(text, t, r), Clitic: r.Prefix, Nisba: true, Entries: es}, true
					}
				}
			}
		}
	case token.Latin:
		if es := m.demonym[t.Key]; es != nil && capital {
			return Match{Start: i, End: i + 1, Nisba: true, Entries: es}, true
		}
	}
	return Match{}, false
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

func stripArticle(s string) string {
	s, _ = arabic.StripArticle(s)
	return s
}

// prefixBytes returns the bytes of t's surface that reading r treats as
// proclitics, or 0 when the stem is not a plain suffix of the key (لل).
func (m *Matcher) prefixBytes(text string, t *token.Token, r arabic.Reading) int {
	if r.Prefix == "" || !strings.HasSuffix(t.Key, r.Stem) || len(r.Prefix)+len(r.Stem) != len(t.Key) {
		return 0
	}
	return arabic.PrefixBytes(text[t.Start:t.End], utf8.RuneCountInString(r.Prefix))
}
