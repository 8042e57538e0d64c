package entity

import (
	"sync"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// A lookupBuf holds the tokens and matches of lookUp, reused from one
// look-up to the next: gazetteer.Matcher.Lookup allocates them each time,
// and the rules that look a name up do so on most lines of sport.
type lookupBuf struct {
	toks token.Buffer
	ms   []gazetteer.Match
}

var lookupBufs = sync.Pool{New: func() any { return new(lookupBuf) }}

// lookUp returns what m.Lookup(name) returns, the entries of the name
// when the whole of it is one of m's names and whether that is a nisba,
// with the arrays of a pooled lookupBuf.
func lookUp(m *gazetteer.Matcher, name string) ([]*gazetteer.Entry, bool) {
	b := lookupBufs.Get().(*lookupBuf)
	defer lookupBufs.Put(b)
	toks := b.toks.Tokenize(name)
	if len(toks) == 0 {
		return nil, false
	}
	for i := range toks { // one sentence whatever its punctuation, as Lookup
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
