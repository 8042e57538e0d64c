package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// speakerSources are the prepositions before a speaker that a report
// quotes (نقلت الوكالة عن X قوله، أكد مصدر إلى X قوله).
var speakerSources = keySet("عن", "إلى", "الى")

// reportedSpeakers finds the speakers a report quotes between عن and قوله
// (rule per.ar.reported: ونقلت الوكالة عن بالاك قوله، عن صلاد حسن قوله): one
// to three words that no mention covers, each a name token and no noun of
// an anonymous speaker (مصدر، مسؤول), one of them known to the lexicon, or
// one word alone with the shape of a foreign family name (see
// foreignSurname and nounLike).
func (r *Recognizer) reportedSpeakers(text string, toks []token.Token, sc *scratch, covered []bool) []Mention {
	if !sc.has(cPerCue) || r.Names == nil {
		return nil
	}
	var out []Mention
	kc := sc.kc[:len(toks)]
	for c := 2; c < len(toks); c++ {
		if kc[c]&cPerCue == 0 || toks[c].Key != "قوله" && toks[c].Key != "قولها" {
			continue
		}
		first, known := c, false
		for first > 0 && c-first < 3 && toks[first-1].Sentence == toks[c].Sentence && r.nameToken(text, toks, first-1, covered) &&
			!speakerNouns[stemOf(&toks[first-1])] && !ageNouns[stemOf(&toks[first-1])] {
			first--
			known = known || r.known(text, &toks[first])
		}
		if first == c || first == 0 || !speakerSources[toks[first-1].Key] || toks[first-1].Sentence != toks[c].Sentence {
			continue
		}
		if !known && (c-first > 1 || !r.foreignSurname(text, toks, first) || nounLike(&toks[first])) {
			continue
		}
		start, end := toks[first].Start, toks[c-1].End
		out = append(out, Mention{Start: start, End: end, Text: text[start:end], Type: gazetteer.PER, Name: text[start:end],
			Source: SourceRule, Rule: "per.ar.reported", First: first, Last: c})
		markCovered(covered, first, c)
	}
	return out
}
