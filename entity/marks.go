package entity

import (
	"strings"

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
	sc.tf, sc.xf = grow(sc.tf, len(toks)), grow(sc.xf, len(toks))
	tf, xf, hm := sc.tf[:len(toks)], sc.xf[:len(toks)], sc.hm[:len(toks)]
	for i := range toks {
		t := &toks[i]
		k := t.Key
		h := hm[i]
		// The token's flags, as tokenFlags, inline and without a branch
		// where the tests are independent: the hot bits, the length and
		// the script first.
		f := hotFlags[h] | scriptFlags[t.Script]
		if len(k) <= len("“") {
			// Quotes, punctuation and single letters, as before: no
			// nisba's shape, and only the word lists' marks.
			f |= quoteFlags(k)
			var m uint8
			if t.Script == token.Arabic && len(k) >= 2 {
				m = wm[i]
			}
			if len(k) == len("ل") && k == "ل" && i >= 1 {
				any |= markBefore(toks, marks, wm, i, &sport)
			}
			marks[i] = m
			tf[i] = f
			xf[i] = 0 // (no key of four letters)
			any |= m
			continue
		}
		// A key that may start with ل or ب, after و or ف or not:
		// mayHavePreposition(t.Key, 0), and for tfTitle with no class
		// mayHavePreposition(t.Key, 5*2).
		c0 := uint16(k[0])<<8 | uint16(k[1])
		o := 2 * int(bit(c0 == 0xD988)|bit(c0 == 0xD981)) // و ف
		c1 := uint16(k[o])<<8 | uint16(k[o+1])
		pre := bit(c1 == 0xD984) | bit(c1 == 0xD8A8) // ل ب
		f |= pre*tfPlace | (pre&bit(len(k) >= 5*2)&bit(h == 0))*tfTitle
		// maybe والي (see maybeWali): not every word of its length, a
		// candidate in five
		f |= bit(t.End-t.Start == len("والي")) & bit(k[1] == 0x88) & bit(k[len(k)-1] == 0x8A) * tfTitle
		ar := bit(t.Script == token.Arabic)
		m := wm[i] & -ar             // the word lists' marks of the key, and of a conjunction's stem
		if endingTests(k, ar) != 0 { // most keys pass none of the tests by their ending
			if ar != 0 {
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
		}
		marks[i] = m
		tf[i] = f
		xf[i] = (bit(len(k) >= 4*2) & bit(c0|2 == 0xD98A)) * xfVerbSlot // verbSlot(k), without a branch
		any |= m
	}
	return marks, any
}

// hotFlags holds the token flags of each set of hot bits: tfTitle for a
// cue of titleRule, tfPlace for a place head.
var hotFlags = func() (t [256]uint8) {
	for h := range t {
		t[h] = bit(h&hotTitleCue != 0)*tfTitle | bit(h&hotPlaceHead != 0)*tfPlace
	}
	return t
}()

// scriptFlags holds the token flags of each script: tfLatin, tfPunct.
var scriptFlags = func() (t [256]uint8) {
	t[token.Latin], t[token.Punct] = tfLatin, tfPunct
	return t
}()

// bit returns 1 when b holds and 0 otherwise: the compiler makes it a
// flag of the comparison rather than a branch, so that independent tests
// combine without a mispredicted branch each.
func bit(b bool) uint8 {
	var x uint8
	if b {
		x = 1
	}
	return x
}

// Tests by a key's ending that orglocMarks may make, as bits of
// lastTests and beforeTests.
const (
	ltHa      = 1 << iota // endsInHa: event heads ending in ه، شبه، cued organisations, the name of God
	ltEvent               // eventTail of a key ending in س or ن
	ltSlavic              // slavicEnding: ي ش و
	ltNisba               // nisbaShape ending in ي
	ltNisbaHa             // nisbaShape ending in يه
)

// endingTests returns the tests by its ending that a key of four bytes or
// more may pass, of those orglocMarks makes, as lt bits: by its last byte
// and the one before its last letter, its length and the article, without
// a branch. ar is 1 for an Arabic key, 0 for another; only the nisba's
// shape is tested whatever the script. A key without a bit passes none of
// them.
func endingTests(k string, ar uint8) uint8 {
	// (the length's bits by the sign of a difference: min(len(k), 6*2)
	// to index a table of them compiles to a branch, which mispredicts)
	n := len(k)
	c := ar | bit(k[:len("ال")] == "ال")<<1 | uint8((5*2-1-n)>>63)&4 | uint8((6*2-1-n)>>63)&8
	return lastTests[k[len(k)-1]] & beforeTests[k[len(k)-3]] & condTests[c&15]
}

// condTests holds the tests a key may pass by whether it is Arabic (bit
// 0), has the article (bit 1), five letters or more (bit 2) and six or
// more (bit 3).
var condTests = func() (t [16]uint8) {
	for c := range t {
		ar, al, five, six := c&1 != 0, c&2 != 0, c&4 != 0, c&8 != 0
		if ar {
			t[c] |= ltHa | ltEvent
		}
		if ar && six && !al {
			t[c] |= ltSlavic
		}
		if al && five {
			t[c] |= ltNisba | ltNisbaHa
		}
	}
	return t
}()

// lastTests holds the tests a key may pass by its last byte: the second
// byte of its last letter in Arabic.
var lastTests = func() (t [256]uint8) {
	t[0x87] = ltHa | ltNisbaHa // ه
	t[0xB3] = ltEvent          // س
	t[0x86] = ltEvent          // ن
	t[0x8A] = ltSlavic | ltNisba
	t[0xB4] = ltSlavic // ش
	t[0x88] = ltSlavic // و
	return t
}()

// beforeTests holds the tests a key may pass by its third byte from the
// end: the second byte of the letter before its last in Arabic. The tests
// by the last letter only are allowed by every byte; the others by the
// letters before the last of what they look for.
var beforeTests = func() (t [256]uint8) {
	for b := range t {
		t[b] = ltSlavic | ltNisba
		if cuedBefore[b] {
			t[b] |= ltHa // cuedTail
		}
	}
	t[0x84] |= ltHa      // ل: بطوله and لله
	t[0xA8] |= ltHa      // ب: شبه
	t[0xA7] |= ltEvent   // ا: كاس، مهرجان
	t[0x88] |= ltEvent   // و: ماراثون
	t[0x8A] |= ltNisbaHa // ي: يه
	return t
}()

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
