package entity

import (
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/token"
)

// Marks of the tokens that may start a mention of the rules for features,
// events, clubs, cued organisations and the name of God, as bits. One pass
// over the tokens sets them (orglocMarks), so that each rule visits its
// candidates only, and a rule whose mark no token has is not called.
const (
	markFeature   = 1 << iota // a feature head or شبه, with or without a conjunction
	markEvent                 // ends like an event head
	markClub                  // a club word, with or without a conjunction
	markNisbaNext             // the next token has a definite nisba's shape, in sport or after a club word
	markCued                  // ends like the short name of a cued organisation
	markStreet                // may end an English place name (هايد بارك)
	markQuoteOf               // the next tokens are ل and « (قال لـ«رويترز»)
	markGod                   // ends in لله, like the name of God (see god)
)

// orglocMarks returns the marks of toks, in a slice of marks reused when
// it is large enough, and their union; sporty holds the sentences about
// sport.
func orglocMarks(toks []token.Token, sc *scratch, marks []uint8, sporty map[int]bool) ([]uint8, uint8) {
	if cap(marks) < len(toks) {
		marks = make([]uint8, len(toks))
	}
	marks = marks[:len(toks)]
	var any uint8
	sent, sportyHere := -1, false // the sentence last looked up in sporty, and whether it is about sport
	anySporty := len(sporty) > 0
	wm := sc.wm[:len(toks)]
	sc.tf = grow(sc.tf, len(toks))
	tf, hm := sc.tf[:len(toks)], sc.hm[:len(toks)]
	for i := range toks {
		t := &toks[i]
		var m uint8
		// The token's flags, as tokenFlags, inline: by the key's length
		// and bytes first.
		var f uint8
		h := hm[i]
		prep := false // mayHavePreposition(t.Key, 0)
		if k := t.Key; len(k) <= len("“") {
			f = quoteFlags(k)
		} else {
			b0, b1 := k[0], k[1]
			if b0 == 0xD9 && (b1 == 0x88 || b1 == 0x81) { // و ف
				b0, b1 = k[2], k[3]
			}
			if b0 == 0xD9 && b1 == 0x84 || b0 == 0xD8 && b1 == 0xA8 { // ل ب
				prep = true
				if len(k) >= 5*2 && h == 0 {
					f = tfTitle // mayHavePreposition(t.Key, 5*2), no class
				}
			}
		}
		if t.End-t.Start == len("والي") || h&hotTitleCue != 0 {
			f |= tfTitle
		}
		if prep || h&hotPlaceHead != 0 {
			f |= tfPlace
		}
		if t.Script == token.Arabic && len(t.Key) >= 2 {
			k := t.Key
			m = wm[i] // the word lists' marks of the key, and of a conjunction's stem
			last := k[len(k)-1]
			if len(k) >= 6*2 && (last == 0x8A || last == 0xB4 || last == 0x88) && slavicEnding(k) && !strings.HasPrefix(k, "ال") { // ي ش و
				f |= tfSlavic
			}
			if last == 0x87 { // ends in ه, mostly
				if eventTail(k) {
					m |= markEvent
				}
				if k[len(k)-2] == 0xD9 { // ه
					if k == "شبه" {
						m |= markFeature
					}
					if cuedTail(k) {
						m |= markCued
					}
					if strings.HasSuffix(k, "لله") {
						m |= markGod
					}
				}
			} else if (last == 0xB3 || last == 0x86) && eventTail(k) { // ends in س ن
				m |= markEvent
			}
			if i+1 < len(toks) {
				n := &toks[i+1]
				inSport := m&markClub != 0 // a club word, or else in a sentence about sport
				if !inSport && anySporty {
					if t.Sentence != sent {
						sent, sportyHere = t.Sentence, sporty[t.Sentence]
					}
					inSport = sportyHere
				}
				if inSport && n.Sentence == t.Sentence && nisbaShape(n.Key) {
					m |= markNisbaNext // the club rule's candidates: in sport, or a club word
				}
				if len(n.Key) == len("ل") && n.Key == "ل" && i+2 < len(toks) && toks[i+2].Key == "«" {
					m |= markQuoteOf
				}
			}
		}
		marks[i] = m
		tf[i] = f
		any |= m
	}
	return marks, any
}

// markPool holds the marks of past calls.
var markPool = sync.Pool{New: func() any { return new([]uint8) }}
