package token

import (
	"strings"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
)

// stemCache remembers the English stems of recently seen words, so that
// frequent words (the, said, minister) are stemmed once and not per token.
// A word has a set of two slots, chosen by its hash; a new word goes into
// the first and moves the word there to the second. Slots are replaced
// whole through atomic pointers, so concurrent calls of Tokenize share the
// cache safely (a race can only lose an entry), and its size is fixed.
var stemCache [2 * 4096]atomic.Pointer[stemEntry]

type stemEntry struct{ word, stem string }

// maxCachedWord is the length of the longest word kept in stemCache.
const maxCachedWord = 32

// stem returns english.Stem(word, false).
func stem(word string) string {
	if len(word) > maxCachedWord {
		return english.Stem(word, false)
	}
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i])) * 16777619
	}
	set := stemCache[2*(h%uint32(len(stemCache)/2)):][:2]
	first := set[0].Load()
	if first != nil && first.word == word {
		return first.stem
	}
	if e := set[1].Load(); e != nil && e.word == word {
		return e.stem
	}
	// word may be a slice of the caller's text: keep a copy, not the text.
	w := strings.Clone(word)
	e := &stemEntry{word: w, stem: english.Stem(w, false)}
	if first != nil {
		set[1].Store(first)
	}
	set[0].Store(e)
	return e.stem
}
