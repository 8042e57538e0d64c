// Clubs that no gazetteer holds, named in the report of a match between a
// word of the game and a score or the nisba of the club's country.

package entity

import (
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// clubCues stand right before a club's name in the report of a match
// (فاز على بلاكبيرن 3 / صفر، خسر أمام بتروليوم الروماني، فاز على ضيفه فولهام 1
// / 5، تعادل مع بيهورا الروماني) or are the word for a club or a team
// (لنادي سيلتك الاسكتلندي، محترف فريق جرونجن الهولندي).
var clubCues = keySet("على", "علي", "أمام", "ضيفه", "مضيفه", "ضيفها", "مضيفها", "نادي", "لنادي", "بنادي", "ونادي", "مع", "منها", "فريق", "لفريق", "بفريق", "ضد")

// clubNouns are the clue words that name a club or a team (see
// cuedClubs).
var clubNouns = keySet("نادي", "لنادي", "بنادي", "ونادي", "فريق", "لفريق", "بفريق")

// scoreSeparators stand between the goals of a score (3 - 1، 2 / صفر).
var scoreSeparators = map[string]bool{"-": true, "/": true, ":": true, "–": true}

// cuedClubs finds the names of clubs that no gazetteer holds in a
// sentence about sport (rule org.ar.club-cue): a word after a club cue
// (see clubCues) and before a score or the nisba of a country (فاز على
// بلاكبيرن 3 / صفر، أمام بتروليوم الروماني), and a word with و after such a
// club's score or nisba before its own (فلومينيزي البرازيلي وفنربغشة
// التركي). The word has no article, or has it only before a score (فاز على
// المرخية 5 - صفر), and no other word's shape; a first name is a player's,
// and a score of six or seven games is a set of tennis (على ماير 6 - 1). ms
// holds the mentions found so far.
func (r *Recognizer) cuedClubs(text string, toks []token.Token, sc *scratch, ms []Mention, sporty map[int]bool) []Mention {
	if len(sporty) == 0 {
		return nil
	}
	// The candidates, before a country's nisba or a score: found by the
	// mentions and by the punctuation, not by a test at every token.
	var room [16]int
	cands := room[:0]
	for x := range ms {
		if m := &ms[x]; m.Nisba && m.First > 1 && (m.Subtype == "country" || m.Subtype == "region") {
			cands = append(cands, m.First-1)
		}
	}
	tf := sc.tf[:len(toks)]
	for j := 3; j+1 < len(toks); j++ {
		if j = nextMarked(tf, j, tfPunct); j+1 >= len(toks) {
			break
		}
		if goals(toks[j-1].Key) && scoreSeparators[toks[j].Key] && goals(toks[j+1].Key) { // (goals first: it costs less than the map, and most punctuation follows no score)
			cands = append(cands, j-2)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	slices.Sort(cands) // (in token order: a club of a list follows the one before it)
	covered := sc.covered
	var out []Mention
	for _, i := range cands {
		if i < 1 || i+1 >= len(toks) || covered[i] {
			continue
		}
		w := &toks[i]
		if w.Script != token.Arabic || toks[i+1].Sentence != w.Sentence || !sporty[w.Sentence] {
			continue
		}
		p := &toks[i-1]
		chained := false
		if !clubCues[p.Key] {
			// وفنربغشة after a club and its nisba or score
			if _, conj := w.Unconj(); !conj || !strings.HasPrefix(w.Key, "و") || !r.clubEndsAt(toks, ms, out, i-1) {
				continue
			}
			chained = true
		}
		k := w.Key
		if chained {
			k = k[len("و"):]
		}
		definite := strings.HasPrefix(k, "ال")
		// A club's own word and a country's nisba with the article around
		// it make a foreign name of any shape a club's (نادي تشارلتون
		// الإنجليزي، فريق ميلان الإيطالي); an indefinite nisba follows an
		// adjective (فريق علمي ياباني).
		named := !chained && !definite && clubNouns[p.Key] && strings.HasPrefix(toks[i+1].Key, "ال") && countryNisbaAt(ms, i+1)
		if len([]rune(k)) < 4 || arabic.IsStopword(k) || classOf(k) != 0 || commonWords[k] || !named && r.FirstNames != nil && r.FirstNames.IsName(k) {
			continue
		}
		if rest, ok := strings.CutPrefix(k, "ال"); ok && (commonWords[rest] || len([]rune(rest)) < 3 ||
			nisbaOrPluralEnd(k) && !strings.HasSuffix(k, "يه") && !strings.HasSuffix(k, "ي")) {
			continue
		}
		scored := scoreAt(toks, i+1)
		if !scored && (definite || !countryNisbaAt(ms, i+1)) {
			continue
		}
		if !definite && (imperfectVerb(k) || commonShape(k) || hasTanween(text[w.Start:w.End]) ||
			adjectiveLike(k) && !named && !((chained || scored) && strings.HasSuffix(k, "ه"))) {
			continue // منافسه، حساب: a noun with a pronoun, a verbal noun; but ميدلسبره 2 / 3
		}
		start := w.Start
		if chained {
			start += arabic.PrefixBytes(text[w.Start:w.End], 1) // the و, with its marks if any
		}
		m := headMention(text, start, w.End, i, i+1, gazetteer.ORG, "org.ar.club-cue")
		m.Subtype = "sports-club"
		out = append(out, m)
		covered[i] = true
	}
	return out
}

// clubEndsAt reports whether toks[e] ends the score or the country's nisba
// of a club that ms or found names (فلومينيزي البرازيلي، المرخية 5 - صفر).
func (r *Recognizer) clubEndsAt(toks []token.Token, ms, found []Mention, e int) bool {
	last := e // the club's last token
	if e >= 3 && scoreAt(toks, e-2) {
		last = e - 3
	} else if !countryNisbaAt(ms, e) {
		return false
	} else {
		last = e - 1
	}
	for _, set := range [2][]Mention{ms, found} {
		for x := range set {
			if set[x].Last == last+1 && set[x].Type == gazetteer.ORG {
				return true
			}
		}
	}
	return false
}

// scoreAt reports whether a score starts at toks[i]: two numbers of goals
// (or صفر) around a separator, neither of them six or seven, which count
// the games of a set of tennis.
func scoreAt(toks []token.Token, i int) bool {
	if i+2 >= len(toks) || !scoreSeparators[toks[i+1].Key] {
		return false
	}
	return goals(toks[i].Key) && goals(toks[i+2].Key)
}

// goals reports whether key is a number of goals in a score: صفر or one
// or two digits but 6 and 7.
func goals(key string) bool {
	if key == "صفر" {
		return true
	}
	if len(key) == 0 || len(key) > 2 || key == "6" || key == "7" {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return false
		}
	}
	return true
}

// countryNisbaAt reports whether ms has the nisba of a country or a region
// at token i (الروماني، الإسبانية، الاسكتلندي).
func countryNisbaAt(ms []Mention, i int) bool {
	for x := range ms {
		if ms[x].First == i && ms[x].Nisba && (ms[x].Subtype == "country" || ms[x].Subtype == "region") {
			return true
		}
	}
	return false
}
