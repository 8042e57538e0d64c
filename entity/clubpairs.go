// Clubs named with و next to a club already found, in a sentence about
// sport.

package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// isClubMention reports whether m names a sports club: a gazetteer club or
// one of the club rules'.
func isClubMention(m *Mention) bool {
	if m.Type != gazetteer.ORG {
		return false
	}
	switch m.Rule {
	case "org.ar.club", "org.ar.team", "org.ar.club-cue", "org.ar.club-pair":
		return true
	}
	return m.Subtype == "sports-club"
}

// clubPairs finds the club named with و right before or right after a
// club already found, in a sentence about sport (rule org.ar.club-pair):
// يتطلع الأهلي والزمالك (الزمالك known), النصر والاتفاق. The other word is
// one Arabic word with the article that no mention covers, of four letters
// or more, no
// stopword, common word, sports word, title or office (اللاعب والزمالك،
// المنتخب والأهلي), not a verb's or an adverb's shape, and not the first
// of a definite phrase (الأهلي والدوري المصري). The club's و stays
// outside. ms holds the mentions found so far.
func clubPairs(text string, toks []token.Token, covered []bool, ms []Mention, sporty map[int]bool) []Mention {
	if len(sporty) == 0 {
		return nil
	}
	var out []Mention
	take := func(i int, conj bool) {
		if i < 0 || i >= len(toks) || covered[i] || !sporty[toks[i].Sentence] {
			return
		}
		t := &toks[i]
		start, k := t.Start, t.Key
		if conj {
			st, ok := t.Unconj()
			if !ok || !strings.HasPrefix(k, "و") {
				return
			}
			start += arabic.PrefixBytes(text[t.Start:t.End], 1)
			k = st
		}
		if !clubPairWord(t, k) {
			return
		}
		if i+1 < len(toks) && toks[i+1].Sentence == t.Sentence && toks[i+1].Script == token.Arabic &&
			strings.HasPrefix(toks[i+1].Key, "ال") && !covered[i+1] {
			return // الأهلي والدوري المصري: a phrase of its own
		}
		m := headMention(text, start, t.End, i, i+1, gazetteer.ORG, "org.ar.club-pair")
		m.Subtype = "sports-club"
		out = append(out, m)
		covered[i] = true
	}
	for x := range ms {
		m := &ms[x]
		if !isClubMention(m) || m.Last-m.First > 3 || !sporty[toks[m.First].Sentence] {
			continue
		}
		// Before: the club's own و, and the word before it.
		if f := &toks[m.First]; strings.HasPrefix(f.Key, "و") && m.First > 0 && toks[m.First-1].Sentence == f.Sentence {
			if _, conj := f.Unconj(); conj {
				take(m.First-1, false)
			}
		}
		// After: a word with و.
		if m.Last < len(toks) && toks[m.Last].Sentence == toks[m.Last-1].Sentence {
			take(m.Last, true)
		}
	}
	return out
}

// clubPairWord reports whether token t, whose key without its و is k, may
// be a club's name next to another club.
func clubPairWord(t *token.Token, k string) bool {
	if t.Script != token.Arabic || utf8.RuneCountInString(k) < 4 || arabic.IsStopword(k) || commonWords[k] ||
		sportsWords[k] || notClubNames[k] || titles[k] || offices[k] || roles[k] || imperfectVerb(k) {
		return false
	}
	// Only names with the article: a bare word next to a club is as often
	// a noun with its pronoun, a first name or an adverb (وشريكته، ولويس،
	// وكذلك), and foreign clubs are the gazetteer's.
	return strings.HasPrefix(k, "ال") && !commonWords[k[len("ال"):]] && !sportsWords[k[len("ال"):]]
}
