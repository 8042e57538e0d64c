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
	sport := sportCache{sporty: sporty, sent: -1}
	wm := sc.wm[:len(toks)]
	sc.tf = grow(sc.tf, len(toks))
	tf, hm := sc.tf[:len(toks)], sc.hm[:len(toks)]
	for i := range toks {
		t := &toks[i]
		k := t.Key
		var m, f uint8
		// The token's flags, as tokenFlags, inline: by the key's length
		// and bytes first.
		h := hm[i]
		if len(k) <= len("“") {
			f = quoteFlags(k)
			if len(k) == len("ل") && k == "ل" && i >= 1 {
				any |= markBefore(toks, marks, wm, i, &sport)
			}
		} else {
			b0, b1 := k[0], k[1]
			if b0 == 0xD9 && (b1 == 0x88 || b1 == 0x81) { // و ف
				b0, b1 = k[2], k[3]
			}
			if b0 == 0xD9 && b1 == 0x84 || b0 == 0xD8 && b1 == 0xA8 { // ل ب: mayHavePreposition(t.Key, 0)
				f = tfPlace
				if len(k) >= 5*2 && h == 0 {
					f |= tfTitle // mayHavePreposition(t.Key, 5*2), no class
				}
			}
		}
		if t.End-t.Start == len("والي") || h&hotTitleCue != 0 {
			f |= tfTitle
		}
		if h&hotPlaceHead != 0 {
			f |= tfPlace
		}
		if t.Script == token.Latin {
			f |= tfLatin
		}
		if t.Script == token.Arabic && len(k) >= 2 {
			m = wm[i] // the word lists' marks of the key, and of a conjunction's stem
			switch last := k[len(k)-1]; last {
			case 0x87: // ends in ه, mostly
				m |= endsInHa(k)
				if i >= 1 && nisbaShape(k) { // (يه)
					any |= markBefore(toks, marks, wm, i, &sport)
				}
			case 0xB3, 0x86: // ends in س ن
				if eventTail(k) {
					m |= markEvent
				}
			case 0x8A, 0xB4, 0x88: // ي ش و
				if len(k) >= 6*2 && slavicEnding(k) && !strings.HasPrefix(k, "ال") {
					f |= tfSlavic
				}
				if last == 0x8A && i >= 1 && nisbaShape(k) { // (ي: a nisba's shape ends in ي or يه)
					any |= markBefore(toks, marks, wm, i, &sport)
				}
			}
		} else if i >= 1 && nisbaShape(k) { // (whatever the script of the nisba's shape)
			any |= markBefore(toks, marks, wm, i, &sport)
		}
		marks[i] = m
		tf[i] = f
		any |= m
	}
	return marks, any
}

// endsInHa returns the marks of an Arabic key that ends in the byte of ه
// (and of other letters): of event heads, شبه, cued organisations, and the
// name of God.
func endsInHa(k string) uint8 {
	var m uint8
	if eventTail(k) {
		m |= markEvent
	}
	if k[len(k)-2] == 0xD9 { // ه
		if k == "شبه" {
			m |= markFeature
		}
		if (len(k) < 4 || cuedBefore[k[len(k)-3]]) && cuedTail(k) { // by the letter before ه first
			m |= markCued
		}
		if len(k) >= len("لله") && k[len(k)-4] == 0xD9 && k[len(k)-3] == 0x84 && strings.HasSuffix(k, "لله") { // ل first
			m |= markGod
		}
	}
	return m
}

// cuedBefore holds the third byte from the end of each of cuedTails: the
// second byte of the letter before the last in Arabic. A key without one
// of them ends like none.
var cuedBefore = func() (b [256]bool) {
	for _, t := range cuedTails {
		if len(t) >= 3 {
			b[t[len(t)-3]] = true
		} else {
			clear(b[:]) // (no such tail today: then every byte)
			for i := range b {
				b[i] = true
			}
			break
		}
	}
	return b
}()

// A sportCache tells whether a sentence is about sport, looking the map up
// once for a run of tokens of one sentence.
type sportCache struct {
	sporty map[int]bool
	sent   int  // the sentence last looked up, or -1
	here   bool // whether it is about sport
}

func (c *sportCache) about(sentence int) bool {
	if len(c.sporty) == 0 {
		return false
	}
	if sentence != c.sent {
		c.sent, c.here = sentence, c.sporty[sentence]
	}
	return c.here
}

// markBefore sets the marks that look at the next tokens on the token
// before token i, from token i, rare, rather than on every token from the
// next: markQuoteOf before ل and «, markNisbaNext before a definite
// nisba's shape, in the same sentence, when that token is a club word or
// in a sentence about sport (the club rule's candidates). It returns the
// marks it set.
func markBefore(toks []token.Token, marks, wm []uint8, i int, sport *sportCache) uint8 {
	p, t := &toks[i-1], &toks[i]
	if p.Script != token.Arabic || len(p.Key) < 2 {
		return 0
	}
	var m uint8
	if t.Key == "ل" && i+1 < len(toks) && toks[i+1].Key == "«" {
		m |= markQuoteOf
	}
	if p.Sentence == t.Sentence && nisbaShape(t.Key) && (wm[i-1]&markClub != 0 || sport.about(p.Sentence)) {
		m |= markNisbaNext // (no other mark of wm is a club's)
	}
	marks[i-1] |= m
	return m
}

// markPool holds the marks of past calls.
var markPool = sync.Pool{New: func() any { return new([]uint8) }}
