package entity

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// articleFirstNames finds the first name alone of a person that the
// article named before, where a feature or a memoir calls the person by it
// (rule per.ar.article-first, issue 3): right after a verb (نجحت شذى في،
// وعادت نادية تقول) or a vocative يا (يا أنيسة). The first-name lexicon
// must know the word, and a person mention of ms in the same article (see
// newsArticleBreaks; the whole text when breaks is nil) must start with it
// before it: the one-word mention of that name, or a longer name whose
// first word it is (شذى حسون ... نجحت شذى). The verb has the shape that
// subjectVerb or bareVerb reads, or is an imperfect with و that ends in ي
// (see defectiveImperfect); the first-name lexicon must not know it. No
// word the rules took follows the name (another person's surname), and a
// common word is no name here either (see commonFirstName). The mention
// takes the earlier person's name, and covers its token. fh holds the
// filterHash of each token's key (see scratch.fh). The word must end
// in the letter that the earlier name ends in (منى, then تطلب مني: a
// preposition), nor be a preposition with a pronoun.
func (r *Recognizer) articleFirstNames(text string, toks []token.Token, fh []uint16, breaks []int, covered []bool, ms []Mention) []Mention {
	if r.FirstNames == nil {
		return nil
	}
	var fulls []int // the indexes in ms of the persons, in text order
	for i := range ms {
		if ms[i].Type == gazetteer.PER && ms[i].First < ms[i].Last && ms[i].Last <= len(toks) {
			fulls = append(fulls, i)
		}
	}
	if len(fulls) == 0 {
		return nil
	}
	slices.SortFunc(fulls, func(a, b int) int { return ms[a].First - ms[b].First })
	// The first words of the persons, by their filter hash: a token with
	// none of them needs no look-up. (A set of 64 bits would fill up with
	// the persons of a long text.)
	set := firstWordSets.Get().(*[1 << 16 / 64]uint64)
	for _, k := range fulls {
		h := fh[ms[k].First]
		set[h/64] |= 1 << (h % 64)
	}
	var out []Mention
	before := 0 // the persons of fulls[:before] start before token i
	fh, covered = fh[:len(toks)], covered[:len(toks)]
	for i := max(1, ms[fulls[0]].First+1); i < len(toks); i++ { // (no person starts before a token up to the first's)
		if h := fh[i]; set[h/64]&(1<<(h%64)) == 0 || covered[i] {
			continue
		}
		t, v := &toks[i], &toks[i-1]
		if t.Script != token.Arabic || v.Script != token.Arabic || v.Sentence != t.Sentence ||
			len(t.Key) < 4 || strings.HasPrefix(t.Key, "ال") || pronounPrepositions[t.Key] || !r.isFirstName(t.Key) || !firstNameCue(r, v) {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Sentence == t.Sentence && covered[i+1] ||
			i+1 < len(toks) && !r.commonFirstName(toks, i) {
			continue
		}
		for before < len(fulls) && ms[fulls[before]].First < i {
			before++
		}
		// The last person before i in its article whose first word it is:
		// fulls is in text order, and so are the articles.
		ant, art := -1, articleOf(breaks, t.Start)
		for x := before - 1; x >= 0; x-- {
			m := &ms[fulls[x]]
			if art > 0 && m.Start <= breaks[art-1] {
				break // (in an earlier article: see articleOf)
			}
			if f := &toks[m.First]; f.Key == t.Key && sameLastRune(text[f.Start:f.End], text[t.Start:t.End]) {
				ant = fulls[x]
				break
			}
		}
		if ant < 0 {
			continue
		}
		out = append(out, Mention{Start: t.Start, End: t.End, Text: text[t.Start:t.End], Type: gazetteer.PER, Name: ms[ant].Name,
			Source: SourceRule, Rule: "per.ar.article-first", First: i, Last: i + 1})
		covered[i] = true
	}
	for _, k := range fulls {
		set[fh[ms[k].First]/64] = 0
	}
	firstWordSets.Put(set)
	return out
}

// firstWordSets holds cleared sets of 1<<16 bits, one for each filter
// hash, for articleFirstNames.
var firstWordSets = sync.Pool{New: func() any { return new([1 << 16 / 64]uint64) }}

// firstNameCue reports whether v, the word before a first name, calls the
// name as the subject of a verb or as the one called by يا (see
// articleFirstNames).
func firstNameCue(r *Recognizer, v *token.Token) bool {
	if v.Key == "يا" || v.Key == "ويا" {
		return true
	}
	return r.verbBeforeName(v)
}

// verbBeforeName reports whether v is a verb whose subject a first name
// after it can be: it has the shape that subjectVerb reads or is an
// imperfect with و that ends in ي (see defectiveImperfect), and the
// first-name lexicon does not know it.
func (r *Recognizer) verbBeforeName(v *token.Token) bool {
	return (subjectVerb(v) || defectiveImperfect(v.Key)) && !inLexicon(r.FirstNames, v)
}

// sameLastRune reports whether a and b end in the same rune: the key
// merges ى with ي, which the written word keeps apart.
func sameLastRune(a, b string) bool {
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeLastRuneInString(b)
	return x == y
}
