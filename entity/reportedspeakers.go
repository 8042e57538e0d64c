package entity

import "github.com/khabar-nlp/khabar/token"

// speakerSources are the prepositions before a speaker that a report
// quotes (نقلت الوكالة عن X قوله، أكد مصدر إلى X قوله).
var speakerSources = keySet("عن", "إلى", "الى")

// reportedSpeaker returns the first token of the speaker a report quotes
// between عن and قوله, token c (rule per.ar.reported: ونقلت الوكالة عن
// بالاك قوله، عن صلاد حسن قوله), or -1: one to three words that no mention
// covers, each a name token and no noun of an anonymous speaker (مصدر،
// مسؤول), one of them known to the lexicon, or one word alone with the
// shape of a foreign family name (see foreignSurname and nounLike).
func (r *Recognizer) reportedSpeaker(text string, toks []token.Token, covered []bool, c int) int {
	first, known := c, false
	for first > 0 && c-first < 3 && toks[first-1].Sentence == toks[c].Sentence && r.nameToken(text, toks, first-1, covered) &&
		!speakerNouns[stemOf(&toks[first-1])] && !ageNouns[stemOf(&toks[first-1])] {
		first--
		known = known || r.known(text, &toks[first])
	}
	if first == c || first == 0 || !speakerSources[toks[first-1].Key] || toks[first-1].Sentence != toks[c].Sentence {
		return -1
	}
	if !known && (c-first > 1 || !r.foreignSurname(text, toks, first) || nounLike(&toks[first])) {
		return -1
	}
	return first
}
