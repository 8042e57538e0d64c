package entity

import (
	"math/bits"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// compoundTail is the second word of the compound first names that news
// repeats alone for a person named in full: عز الدين، نور الدين، صلاح
// الدين. (عبد + a name is left out: عبد الله alone is too often another
// person.)
const compoundTail = "الدين"

// compoundTailHash is the filterHash of compoundTail, as scratch.fh holds
// it.
var compoundTailHash = uint16(filterHash(compoundTail))

// compoundFirstAliases finds the repeats of a compound first name alone
// (عز الدين، بعز الدين) after a person named in full with it and one word
// or more (المخرج عز الدين ذو الفقار): the first-name aliases take one
// word only, and a compound first name has two (rule
// per.ar.compound-first). The repeat is in the person's article (see
// articleBreaks), not covered, not after a first name or a name-chain link
// (محمد عز الدين، بن عز الدين: another person's chain), and it ends
// there: the next word ends the sentence, is punctuation, a function word
// or a mention already (see aloneNext), else it may be another person's
// surname (عز الدين كوتشوك). The mentions start after the proclitics, as
// aliases do, and link to no entry. A one-word repeat of the first word
// alone (عز, which the text also writes alone) grows into the alias in ms,
// in place; the new aliases are returned. fh holds the filterHash of each
// token's key (see scratch.fh): the tokens before another key than
// compoundTail's are not read.
func (r *Recognizer) compoundFirstAliases(text string, toks []token.Token, fh []uint16, covered []bool, ms []Mention) []Mention {
	var fulls []int   // indices in ms of the people named in full with a compound first name
	from := len(toks) // the first token of the earliest of them: an alias follows its full name
	for i := range ms {
		if m := &ms[i]; m.Last-m.First >= 3 && m.Type == gazetteer.PER && toks[m.First+1].Key == compoundTail {
			fulls = append(fulls, i)
			from = min(from, m.First)
		}
	}
	if len(fulls) == 0 || len(fh) < len(toks) {
		return nil
	}
	var out []Mention
	var breaks []int        // made at the first candidate
	var repeats map[int]int // first token → index in ms of a one-word repeat, made at the first covered candidate
	for i := from; i+1 < len(toks); i++ {
		if i = nextHash(fh[:len(toks)], i+1, compoundTailHash) - 1; i+1 >= len(toks) {
			break // (four hashes a test)
		}
		if toks[i+1].Key != compoundTail || covered[i+1] || toks[i+1].Sentence != toks[i].Sentence || toks[i].Script != token.Arabic {
			continue
		}
		grow := -1 // the one-word repeat of the first word that the alias grows, if covered
		if covered[i] {
			if repeats == nil {
				repeats = map[int]int{}
				for x := range ms {
					if oneWordRepeat(&ms[x]) {
						repeats[ms[x].First] = x
					}
				}
			}
			x, ok := repeats[i]
			if !ok {
				continue
			}
			grow = x
		}
		if i > 0 && toks[i-1].Sentence == toks[i].Sentence &&
			(r.knownFirst(&toks[i-1]) || classOf(toks[i-1].Key)&cNasab != 0 || classOf(stemOf(&toks[i-1]))&cNasab != 0) {
			continue
		}
		if !aloneNext(toks, covered, i+1) {
			continue
		}
		if breaks == nil {
			breaks = append(articleBreaks(text), len(text)) // (never nil again)
		}
		art := articleOf(breaks, toks[i].Start)
		t := &toks[i]
		for _, fi := range fulls {
			f := &ms[fi]
			if f.First > i {
				continue // an alias follows its full name
			}
			if articleOf(breaks, f.Start) != art {
				continue
			}
			first := toks[f.First].Key
			start, clitic := -1, ""
			if t.Key == first {
				start = t.Start
			} else {
				for _, rd := range t.Readings {
					if rd.Stem == first && rd.Prefix != "" {
						start, clitic = t.Start+arabic.PrefixBytes(text[t.Start:t.End], len([]rune(rd.Prefix))), rd.Prefix
						break
					}
				}
			}
			if start < 0 {
				continue
			}
			end := toks[i+1].End
			a := Mention{Start: start, End: end, Text: text[start:end], Type: gazetteer.PER, Name: text[start:end],
				Source: SourceRule, Rule: "per.ar.compound-first", Clitic: clitic, First: i, Last: i + 2}
			if grow >= 0 {
				ms[grow] = a // عز (a repeat of عز alone, found elsewhere) + الدين
			} else {
				out = append(out, a)
			}
			covered[i], covered[i+1] = true, true
			i++
			break
		}
	}
	return out
}

// nextHash returns the first index j >= max(i, 0) of fh that holds h, or len(fh):
// four hashes a test, by the bytes of their differences from h, where
// most differ.
func nextHash(fh []uint16, i int, h uint16) int {
	const ones, highs = 0x0001_0001_0001_0001, 0x8000_8000_8000_8000
	hh := uint64(h) * ones
	i = max(i, 0)
	for ; i+4 <= len(fh); i += 4 {
		q := fh[i : i+4 : i+4]
		w := uint64(q[0]) | uint64(q[1])<<16 | uint64(q[2])<<32 | uint64(q[3])<<48
		if x := w ^ hh; (x-ones)&^x&highs != 0 { // a lane of x is zero: the first such lane's bit is the lowest
			return i + bits.TrailingZeros64((x-ones)&^x&highs)/16
		}
	}
	for ; i < len(fh); i++ {
		if fh[i] == h {
			return i
		}
	}
	return len(fh)
}
