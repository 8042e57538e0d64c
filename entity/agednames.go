package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// personCues are the words that follow a person's name: those of an age,
// البالغ (من العمر) and عاما or سنة of "( 36 عاما )" (see agedName), and
// قوله, قولها after the name of a speaker quoted (see reportedSpeaker).
var personCues = keySet("البالغ", "البالغة", "عاما", "سنة", "قوله", "قولها")

// ageNouns are the nouns of anonymous people that stand before an age as a
// name would (قتل مواطن ( 30 عاما )).
var ageNouns = keySet("مواطن", "مواطنة", "موظف", "موظفة", "مقيم", "مقيمة", "وافد", "وافدة", "شاب", "شابة", "فتاة", "امرأة",
	"سيدة", "طفل", "طفلة", "رجل", "مسن", "مسنة", "عامل", "عاملة", "طالب", "طالبة", "مراهق", "مراهقة", "مريض", "مريضة",
	"مصاب", "جندي", "ضابط", "متهم", "متهمة", "سائق", "زوج", "زوجة", "شقيق", "شقيقة", "والد", "والدة", "رضيع", "رضيعة",
	"معلم", "معلمة", "ممرضة", "طبيب", "طبيبة", "لاعب", "مهاجم", "حارس", "مدافع", "نجم", "رئيس", "عمره", "عمرها")

// cuedPersons returns the people that agedName and reportedSpeaker find,
// whose cues (personCues) follow the name, in one pass over the tokens.
func (r *Recognizer) cuedPersons(text string, toks []token.Token, sc *scratch, covered []bool) []Mention {
	if !sc.has(cPerCue) || r.Names == nil {
		return nil
	}
	var out []Mention
	kc := sc.kc[:len(toks)]
	for i := range toks {
		if kc[i]&cPerCue == 0 {
			continue
		}
		var first, last int
		rule := "per.ar.aged"
		if k := toks[i].Key; k == "قوله" || k == "قولها" {
			first, last, rule = r.reportedSpeaker(text, toks, covered, i), i, "per.ar.reported"
		} else {
			first, last = r.agedName(text, toks, covered, i)
		}
		if first < 0 {
			continue
		}
		start, end := toks[first].Start, toks[last-1].End
		out = append(out, headMention(text, start, end, first, last, gazetteer.PER, rule))
		markCovered(covered, first, last)
	}
	return out
}

// agedName returns the tokens first:last of a person named right before
// the age whose cue is token i (rule per.ar.aged: ولم يحتاج أغاسي ( 36 عاما
// )، وكانت كيم أوك ( 42 سنة )، واحتاج أغاسي البالغ من العمر 36 عاما), or -1.
// The name is the word before the age and the words the lexicon knows
// before it, four at most, that no mention covers, and the word before a
// link of its chain (بن); a word the lexicon lacks alone must have the
// shape of a foreign family name (see foreignSurname and nounLike), no
// plural's ending, and be no noun of an anonymous person (مواطن، فتاة).
func (r *Recognizer) agedName(text string, toks []token.Token, covered []bool, i int) (first, last int) {
	c := ageAt(toks, i)
	if c < 1 || covered[c-1] || toks[c-1].Sentence != toks[c].Sentence {
		return -1, 0
	}
	end := c - 1
	if t := &toks[end]; t.Script != token.Arabic || !r.nameToken(text, toks, end, covered) || ageNouns[stemOf(t)] {
		return -1, 0
	}
	first = end
	for first > 0 && end-first < 3 && toks[first-1].Sentence == toks[c].Sentence && !covered[first-1] &&
		(r.known(text, &toks[first-1]) || nasab[toks[first].Key]) && r.nameToken(text, toks, first-1, covered) {
		first-- // (a link of a name chain takes the name before it: عمر عجلة بن زكي)
	}
	if nasab[toks[first].Key] {
		return -1, 0
	}
	if first == end && !r.known(text, &toks[end]) && (!r.foreignSurname(text, toks, end) || nounLike(&toks[end]) || pluralEnding(toks[end].Key)) {
		return -1, 0
	}
	return first, c
}

// ageAt returns the index of the token that opens the age whose cue is
// token i (البالغ of البالغ من العمر, the parenthesis of ( 36 عاما )), or -1.
func ageAt(toks []token.Token, i int) int {
	k := toks[i].Key // (never قوله: cuedPersons reads those with reportedSpeaker)
	if k == "البالغ" || k == "البالغه" {
		if i+2 < len(toks) && toks[i+1].Key == "من" && toks[i+2].Key == "العمر" {
			return i
		}
		return -1
	}
	if i >= 2 && toks[i-1].Script == token.Digit && toks[i-2].Key == "(" {
		return i - 2
	}
	return -1
}
