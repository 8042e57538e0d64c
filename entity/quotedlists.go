// Organisations quoted in a list with a quoted organisation already found.

package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// maxListedWords bounds the words of a quoted name in a list.
const maxListedWords = 3

// A quotedItem is a name in «» of a list: its tokens, without the quotes.
type quotedItem struct{ first, last int }

// quotedLists finds the organisations quoted in a list with another
// quoted organisation (rule org.ar.quoted-list): شركات مثل «بينتريست»،
// و«أوبر» (أوبر known), «غوغل» و«ياهو». The quoted names follow each other
// with only a comma or و between them; one of them is an organisation of
// the gazetteer and none is another mention or holds one, so that a list
// of titles, places or people is left alone. A name the rule takes has one
// to three words, no digit or stopword (the titles «واحد من القلب»، «سفر
// الرؤيا الآن»), no article first (the quoted words of a slogan:
// «الليكود» و«اليهودي»), and a one-word name three letters or more and
// no stopword, common word or proclitic before one (فإنتاج). It looks
// at the opening quotes only, by the token flags (tfOpenQuote).
func quotedLists(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	covered, tf := sc.covered, sc.tf[:len(toks)]
	var room [8]quotedItem
	var out []Mention
	for i := 0; i < len(toks); i++ {
		if i = nextMarked(tf, i, tfOpenQuote); i >= len(toks) {
			break
		}
		if toks[i].Key != "«" {
			continue
		}
		items := room[:0]
		for j := i; j < len(toks); {
			it, ok := quotedAt(toks, j)
			if !ok {
				break
			}
			items = append(items, it)
			j = listNext(toks, it.last+1) // the next «, after a comma or و
			if j < 0 {
				break
			}
		}
		if len(items) == 0 {
			continue
		}
		i = items[len(items)-1].last
		if len(items) < 2 {
			continue
		}
		orgs, other := 0, false
		for _, it := range items {
			switch kind := quotedKind(covered, ms, it); kind {
			case gazetteer.ORG:
				orgs++
			case "":
			default:
				other = true
			}
		}
		if orgs == 0 || other {
			continue
		}
		for _, it := range items {
			if anyCovered(covered, it.first, it.last) || !listedName(toks, it) {
				continue
			}
			out = append(out, headMention(text, toks[it.first].Start, toks[it.last-1].End, it.first, it.last, gazetteer.ORG, "org.ar.quoted-list"))
			markCovered(covered, it.first, it.last)
		}
	}
	return out
}

// quotedAt returns the quoted name whose « is toks[i]: one to
// maxListedWords tokens of a sentence before ».
func quotedAt(toks []token.Token, i int) (quotedItem, bool) {
	if i+2 >= len(toks) || toks[i].Key != "«" {
		return quotedItem{}, false
	}
	for e := i + 1; e < len(toks) && e <= i+1+maxListedWords; e++ {
		if toks[e].Sentence != toks[i].Sentence {
			break
		}
		if toks[e].Key == "»" {
			return quotedItem{i + 1, e}, e > i+1
		}
		if toks[e].Script == token.Punct {
			break
		}
	}
	return quotedItem{}, false
}

// listNext returns the index of the « that opens the next name of a list
// after toks[j-1], the » of a name: after a comma, و or both; or -1.
func listNext(toks []token.Token, j int) int {
	for n := 0; j < len(toks) && n < 2; j, n = j+1, n+1 {
		switch toks[j].Key {
		case "،", ",", "و":
		default:
			return -1
		}
		if j+1 < len(toks) && toks[j+1].Key == "«" {
			return j + 1
		}
	}
	return -1
}

// quotedKind returns the type of the mention that spans the quoted name
// it, "" when no token of it is covered, or "?" when a mention covers
// part of it only or a rule's organisation spans it: only the
// gazetteer's make a list one of organisations.
func quotedKind(covered []bool, ms []Mention, it quotedItem) gazetteer.Type {
	if !anyCovered(covered, it.first, it.last) {
		return ""
	}
	for x := range ms {
		if m := &ms[x]; m.First == it.first && m.Last == it.last {
			if m.Type == gazetteer.ORG && m.Source != SourceGazetteer {
				return "?" // «نادي القطن», a film's title after «العراب»
			}
			return m.Type
		}
	}
	return "?"
}

// listedName reports whether the quoted name it may be an organisation's
// next to another in a list (see quotedLists).
func listedName(toks []token.Token, it quotedItem) bool {
	for e := it.first; e < it.last; e++ {
		t := &toks[e]
		if t.Script == token.Punct || strings.ContainsAny(t.Key, "0123456789٠١٢٣٤٥٦٧٨٩") || arabic.IsStopword(t.Key) {
			return false
		}
	}
	t := &toks[it.first]
	k := t.Key
	if strings.HasPrefix(k, "ال") || arabic.IsStopword(k) {
		return false
	}
	if it.last-it.first > 1 {
		return true
	}
	if utf8.RuneCountInString(k) < 3 || commonWords[k] || classOf(k) != 0 {
		return false
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && (commonWords[rd.Stem] || commonShape(rd.Stem) || strings.HasPrefix(rd.Stem, "ال")) {
			return false // فإنتاج: ف and a verbal noun
		}
	}
	return true
}
