package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// listedSurnames finds family names that stand alone as members of a list
// of people (rule per.ar.listed-surname): after a person's mention, each
// member joined by و (with or without a comma before it) that is one word
// and a family name (ياسر القحطاني، والشمراني، والعابد، وكريري; السادات
// وكارتر وبيغين) is a person too. A family name is a word with the article
// and a nisba's shape (الشمراني) or a word the person-name lexicon knows
// that is no first name (كريري، العابد); the member must end at once
// (punctuation, the next member with و, or the sentence's end), so that a
// first word of a longer name or of a phrase is left to the other rules.
// Titles, roles, offices, heads and nationalities (وولي العهد، والسفير،
// والشعراء، والمالي) are never members; the chain stops at the first word
// that is not one.
func (r *Recognizer) listedSurnames(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	if r.Names == nil {
		return nil
	}
	var out []Mention
	// first token of a person mention → its end, made at the first person,
	// an array of the pool rather than a map: a text has thousands
	var personAt firstIndex
	var personBuf *[]int32
	defer func() { putFirstIndex(personBuf) }()
	for x := range ms {
		m := &ms[x]
		if m.Type != gazetteer.PER {
			continue
		}
		if personAt == nil {
			personAt, personBuf = getFirstIndex(len(toks))
			for y := range ms {
				if ms[y].Type == gazetteer.PER {
					personAt.set(ms[y].First, ms[y].Last)
				}
			}
		}
		sentence := toks[m.First].Sentence
		for j := m.Last; j < len(toks) && toks[j].Sentence == sentence; {
			if toks[j].Key == "،" || toks[j].Key == "," {
				j++
				continue
			}
			if end, ok := personAt.at(j); ok {
				j = end // another person of the list, named in full
				continue
			}
			if covered[j] || !r.listedSurname(text, toks, j) {
				break
			}
			t := &toks[j]
			start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], 1)
			out = append(out, Mention{Start: start, End: t.End, Text: text[start:t.End], Type: gazetteer.PER, Name: text[start:t.End],
				Source: SourceRule, Rule: "per.ar.listed-surname", Clitic: "و", First: j, Last: j + 1})
			covered[j] = true
			personAt.set(j, j+1)
			j++
		}
	}
	return out
}

// listedSurname reports whether token j is a member of a list of people
// that listedSurnames takes: و and a family name, then the member's end.
func (r *Recognizer) listedSurname(text string, toks []token.Token, j int) bool {
	t := &toks[j]
	if t.Script != token.Arabic || !strings.HasPrefix(t.Key, "و") {
		return false
	}
	stem, conj := t.Unconj()
	if !conj || stem == t.Key || !strings.HasPrefix(text[t.Start:t.End], "و") || utf8.RuneCountInString(stem) < 4 {
		return false
	}
	if classOf(stem)&(cTitle|cRole|cOffice|cHead|cApposition|cNasab|cOrdinal) != 0 || arabic.IsStopword(stem) || commonWords[stem] ||
		speakerNouns[stem] || timeWords[stem] || pluralEnding(stem) {
		return false
	}
	if strings.HasPrefix(stem, "ال") {
		if !strings.HasSuffix(stem, "ي") || utf8.RuneCountInString(stem) < 6 || strings.HasSuffix(text[t.Start:t.End], "ى") {
			return false // والشعراء، والأعلى: no nisba's shape
		}
		if r.Matcher != nil {
			if es, nisba := r.Matcher.Lookup(stem); nisba && len(es) > 0 {
				return false // والسعودي: a nationality
			}
			if es, _ := r.Matcher.Lookup(strings.TrimPrefix(stem, "ال")); len(es) > 0 && es[0].Type == gazetteer.LOC {
				return false // والمالي (مالي: Mali): a nationality (بلمختار، والمالي أحمد الأنصاري)
			}
		}
	} else if !r.isName(stem) || r.isFirstName(stem) {
		return false // وبندر، وسلطان: first names alone are left to the name rules
	}
	// The member ends at once.
	n := j + 1
	if n == len(toks) || toks[n].Sentence != t.Sentence {
		return true
	}
	switch next := &toks[n]; next.Script {
	case token.Punct:
		return next.Key != "«" && next.Key != "\""
	case token.Arabic:
		s, conj := next.Unconj()
		return conj && strings.HasPrefix(next.Key, "و") && (!strings.HasPrefix(s, "ال") || strings.HasSuffix(s, "ي"))
	}
	return false
}
