package entity

import (
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/token"
)

// Marks of the tokens that may start a mention of the rules for features,
// events, clubs and cued organisations, as bits. One pass over the tokens
// sets them (orglocMarks), so that each rule visits its candidates only.
const (
	markFeature   = 1 << iota // a feature head or شبه, with or without a conjunction
	markEvent                 // ends like an event head
	markClub                  // a club word, with or without a conjunction
	markNisbaNext             // the next token, in the same sentence, has a definite nisba's shape
	markCued                  // ends like the short name of a cued organisation
	markStreet                // may end an English place name (هايد بارك)
)

// orglocMarks returns the marks of toks, in a slice of marks reused when
// it is large enough.
func orglocMarks(toks []token.Token, marks []uint8) []uint8 {
	if cap(marks) < len(toks) {
		marks = make([]uint8, len(toks))
	}
	marks = marks[:len(toks)]
	for i := range toks {
		t := &toks[i]
		var m uint8
		if t.Script == token.Arabic {
			k := t.Key
			stem := k
			if conjFirst(k) {
				stem = stemOf(t)
			}
			if featureFilter.may(k) || k == "شبه" || stem != k && featureFilter.may(stem) {
				m |= markFeature
			}
			if eventTail(k) {
				m |= markEvent
			}
			if clubFilter.may(k) || stem != k && clubFilter.may(stem) {
				m |= markClub
			}
			if i+1 < len(toks) && toks[i+1].Sentence == t.Sentence && nisbaShape(toks[i+1].Key) {
				m |= markNisbaNext
			}
			if strings.HasSuffix(k, "ه") && cuedTail(k) {
				m |= markCued
			}
			if streetFilter.may(k) {
				m |= markStreet
			}
		}
		marks[i] = m
	}
	return marks
}

// markPool holds the marks of past calls.
var markPool = sync.Pool{New: func() any { return new([]uint8) }}
