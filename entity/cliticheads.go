// Names in guillemets after a head noun that carries a preposition
// (لقناة «المسيرة»، لمؤسسة «كابو»): the head rule reads a head without its
// و or ف only, and leaves them; and after the heads of schools, blogs,
// restaurants and resorts, which no class holds (مدرسة «برودواي»، مطعم
// «إلياس»، منتجع «رويال بالم»).

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// cliticHeadsLeft are heads of cOrgHead or cQuotedOrg whose quoted name
// after a preposition is as often a product's: بشبكة «واي - فاي».
var cliticHeadsLeft = keySet("شبكة", "علامة")

// quotedOrgVenues and quotedLocVenues head quoted names with or without a
// preposition: schools, blogs and restaurant chains are organisations,
// a restaurant or a resort is a place like a hotel (testdata/README.md).
// Unquoted they are common nouns (مدرسة الصف الثالث: a teacher).
var (
	quotedOrgVenues = keySet("مدرسة", "مدونة", "مطاعم")
	quotedLocVenues = keySet("مطعم", "منتجع")
)

// maxCliticQuoted bounds the tokens between the guillemets.
const maxCliticQuoted = 6

// cliticQuotedHeads finds the names in guillemets after a head noun of
// organisations (classes cOrgHead and cQuotedOrg: rule org.ar.head-clitic)
// or of facilities (cFacility: rule loc.ar.facility-clitic) read with the
// preposition ل، ب or ك (after و or ف or not), or after a head of
// quotedOrgVenues or quotedLocVenues with any proclitic or none (rules
// org.ar.quoted-venue, loc.ar.quoted-venue): one to six tokens of one
// sentence between « and », the name without the head, as the head rule
// has a quoted name. Places the gazetteer found inside the quotes are
// taken in (لصحيفة «تشاتانوغا تايمز»); any other mention inside leaves the
// name to it. It returns ms with the new mentions.
func cliticQuotedHeads(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	covered, tf := sc.covered, sc.tf[:len(toks)]
	var drop map[int]bool
	var inside overlapIndex
	for q := 1; q+1 < len(toks); q++ {
		// Opening quotes, by the flags of orglocMarks: eight tokens a test.
		if q = nextMarked(tf, q, tfOpenQuote); q+1 >= len(toks) {
			break
		}
		i := q - 1
		if toks[q].Key != "«" || covered[i] || toks[i].Script != token.Arabic {
			continue
		}
		typ, rule, ok := cliticHead(&toks[i])
		if !ok {
			continue
		}
		first, e := i+2, i+2
		for e < len(toks) && e < first+maxCliticQuoted && toks[e].Key != "»" && toks[e].Key != "«" &&
			toks[e].Sentence == toks[i].Sentence {
			e++
		}
		if e == first || e >= len(toks) || toks[e].Key != "»" || toks[e].Sentence != toks[i].Sentence {
			continue
		}
		inner, ok := inside.placesInside(ms, covered, first, e, false)
		if !ok {
			continue
		}
		for _, x := range inner {
			drop = markDrop(drop, x)
		}
		ms = append(ms, headMention(text, toks[first].Start, toks[e-1].End, first, e, typ, rule))
		markCovered(covered, i, e+1)
		q = e
	}
	if drop == nil {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// cliticHead reports whether t is a head noun of organisations or
// facilities read with a preposition (لقناة، وبمؤسسة), or a head of venues
// (مدرسة، بمطعم), and the type and rule of the name after it.
func cliticHead(t *token.Token) (gazetteer.Type, string, bool) {
	if typ, rule, ok := venueHead(t.Key); ok {
		return typ, rule, true
	}
	for _, r := range t.Readings {
		if typ, rule, ok := venueHead(r.Stem); ok {
			return typ, rule, true
		}
		if !prepositionPrefix(r.Prefix) || cliticHeadsLeft[r.Stem] {
			continue
		}
		switch c := classOf(r.Stem); {
		case c&(cOrgHead|cQuotedOrg) != 0:
			return gazetteer.ORG, "org.ar.head-clitic", true
		case c&cFacility != 0:
			return gazetteer.LOC, "loc.ar.facility-clitic", true
		}
	}
	return "", "", false
}

// venueHead reports whether key is a head of quotedOrgVenues or
// quotedLocVenues, and the type and rule of the name after it.
func venueHead(key string) (gazetteer.Type, string, bool) {
	switch {
	case !strings.HasPrefix(key, "م"):
		return "", "", false // (every head of venues starts with م: most keys are told without a look-up)
	case quotedOrgVenues[key]:
		return gazetteer.ORG, "org.ar.quoted-venue", true
	case quotedLocVenues[key]:
		return gazetteer.LOC, "loc.ar.quoted-venue", true
	}
	return "", "", false
}

// prepositionPrefix reports whether the proclitics p hold ل، ب or ك, by
// their second bytes (D9 84، D8 A8، D9 83): p is a few letters.
func prepositionPrefix(p string) bool {
	for i := 1; i < len(p); i += 2 {
		if b := p[i]; b == 0x84 || b == 0xA8 || b == 0x83 {
			return true
		}
	}
	return false
}
