package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/token"
)

// Flags of a token, as bits of scratch.tf: what a rule looks for in a
// dense array of one byte a token rather than in the tokens themselves.
// orglocMarks sets them, in the pass over the tokens it makes anyway.
const (
	tfOpenQuote  = 1 << iota // the key opens a quotation (see openQuote)
	tfCloseQuote             // the key closes a quotation (see closeQuote)
	tfSlavic                 // an Arabic key with a Slavic ending (see slavicNames)
	tfTitle                  // a candidate of titleRule's cues: a cue's class, maybe والي (see maybeWali), or a preposition and no class
	tfPlace                  // a candidate of places: a place head, or a key that may start with a preposition
	tfNisbaEnd               // right after a nisba mention (see nisbaEnd), set by titleRule
	tfLatin                  // a Latin token (see englishNameRule)
	tfPunct                  // a punctuation token, after which a clause opens (see subjectNames)
)

// More flags of a token, as bits of scratch.xf (tf has no bit left), set
// by orglocMarks too.
const (
	xfVerbSlot = 1 << iota // a key of four letters or more that starts with و or ي (see verbSlot)
	xfFemVerb              // a key of four letters or more that ends in the byte AA, as ت does (see femVerbSlot)
)

// verbSlot reports whether key may be the verb of verbSubjectNames by its
// bytes: four letters or more (two bytes a letter) that start with و (D9
// 88 in UTF-8) or ي (D9 8A).
func verbSlot(key string) bool {
	return len(key) >= 8 && key[0] == 0xD9 && key[1]|2 == 0x8A
}

// moreTokenFlags returns the flags of scratch.xf of t.
func moreTokenFlags(t *token.Token) uint8 {
	var f uint8
	if verbSlot(t.Key) {
		f |= xfVerbSlot
	}
	if femVerbSlot(t.Key) {
		f |= xfFemVerb
	}
	return f
}

// tokenFlags returns the flags of t, whose key and stem have the hot bits
// hot.
func tokenFlags(t *token.Token, hot uint8) uint8 {
	k := t.Key
	f := quoteFlags(k)
	if hot&hotTitleCue != 0 || maybeWali(t) || hot == 0 && mayHavePreposition(k, 5*2) {
		f |= tfTitle
	}
	if hot&hotPlaceHead != 0 || mayHavePreposition(k, 0) {
		f |= tfPlace
	}
	if len(k) >= 6*2 && t.Script == token.Arabic && !strings.HasPrefix(k, "ال") && slavicEnding(k) {
		f |= tfSlavic
	}
	if t.Script == token.Latin {
		f |= tfLatin
	}
	if t.Script == token.Punct {
		f |= tfPunct
	}
	return f
}

// maybeWali reports whether t may be والي as written, the title that
// titleRule tells by its surface: as long, and the second bytes of its
// key's first and last letters are those of و and ي, as in the key of
// والي (two bytes of the key, without a branch in orglocMarks).
func maybeWali(t *token.Token) bool {
	k := t.Key
	return t.End-t.Start == len("والي") && len(k) >= 2 && k[1] == 0x88 && k[len(k)-1] == 0x8A
}

// quoteFlags returns the quote flags of a token's key.
func quoteFlags(key string) uint8 {
	if len(key) == 0 {
		return 0
	}
	// openQuote and closeQuote by the quote that ends like key, whose
	// length (one to three bytes) and first and middle bytes key must
	// have: the comparisons of strings branch on the lengths of the
	// punctuation that comes here, and mispredict; these fail at once
	// for all but the quotes, which are few.
	q := &quotesByLast[key[len(key)-1]]
	if len(key) != int(q.n) || key[0] != q.first || key[len(key)/2] != q.mid {
		return 0
	}
	return q.flags
}

// A quoteBytes is a quote by its length, first and middle bytes, and its
// flags.
type quoteBytes struct{ n, first, mid, flags uint8 }

// quotesByLast holds the quotes by their last byte, which tells them
// apart: " (22), « (C2 AB), » (C2 BB), “ (E2 80 9C) and ” (E2 80 9D).
var quotesByLast = func() (t [256]quoteBytes) {
	for _, q := range []string{"\"", "«", "»", "“", "”"} {
		t[q[len(q)-1]] = quoteBytes{uint8(len(q)), q[0], q[len(q)/2], bit(openQuote(q))*tfOpenQuote | bit(closeQuote(q))*tfCloseQuote}
	}
	return t
}()
