package relation

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// An Attribution credits a reported fact to its source: قال مصدر دبلوماسي إن
// …, وفق وكالة الأنباء …, according to Reuters.
type Attribution struct {
	Cue    Span   // the reporting word: قال, وفق, said, according
	Source Span   // who reports: an entity mention, or the phrase naming the source
	Entity string // the source's entity ID when it is a linked mention
}

var (
	// reporting are verbs whose complement clause (إن / أن / that …) is
	// reported speech.
	reporting = keys("قال", "قالت", "يقول", "تقول", "أفاد", "أفادت", "ذكر", "ذكرت", "نقل", "نقلت", "أكد", "أكدت",
		"أعلن", "أعلنت", "أوضح", "أوضحت", "صرح", "صرحت", "أشار", "أشارت", "أضاف", "أضافت", "كشف", "كشفت", "علمت",
		"said", "says", "told", "reported", "added", "stated", "announced", "claimed")
	// according are cues that name a source after them: وفق، حسب، according to.
	according = keys("وفق", "وفقا", "وفقاً", "حسب", "بحسب", "according", "نقلا", "نقلاً")
)

// sourceSlot accepts the mentions that can report: people and organisations.
var sourceSlot = Slot{Types: []gazetteer.Type{gazetteer.PER, gazetteer.ORG}}

// maxSourceWords bounds a source phrase that is no mention (مصدر دبلوماسي مطلع).
const maxSourceWords = 6

// attribution returns the source that the fact triggered at token i is
// reported from, or nil: a reporting verb earlier in the sentence whose
// complement clause holds the trigger, or an "according to" cue anywhere
// in the sentence.
func (d *doc) attribution(i int) *Attribution {
	sent := d.toks[i].Sentence
	compl := -1
	for j := i - 1; j >= 0 && d.toks[j].Sentence == sent; j-- {
		if d.ccAt(j)&complementWord != 0 && compl < 0 {
			compl = j
		}
		if (d.ccAt(j)|d.scAt(j))&reportingWord != 0 {
			if compl < 0 {
				continue // the trigger is not in what the verb reports
			}
			if a := d.sourceBetween(j, j+1, compl); a != nil {
				return a
			}
			// SVO: the source stands before the verb (X قال إن …).
			if m := d.nearestBefore(j, d.clauseAt(j), &sourceSlot); m != nil {
				return d.attr(j, m.Start, m.End, m.Entity)
			}
			return nil
		}
	}
	for j := d.sentences[sent].First; j < d.sentences[sent].Last; j++ {
		if (d.kcAt(j)|d.scAt(j))&accordingWord == 0 {
			continue
		}
		k := j + 1
		if k < len(d.toks) && (d.toks[k].Key == "to" || d.toks[k].Key == "عن") {
			k++
		}
		end := k
		for end < len(d.toks) && d.toks[end].Sentence == sent && end < k+maxSourceWords &&
			d.toks[end].Script != token.Punct && d.ccAt(end)&complementWord == 0 {
			end++
		}
		if a := d.sourceBetween(j, k, end); a != nil {
			return a
		}
	}
	return nil
}

// sourceBetween returns the attribution to the first mention in
// toks[from:to], or to the phrase itself; cue is the reporting token.
func (d *doc) sourceBetween(cue, from, to int) *Attribution {
	for from < to && d.gapPunct(from) {
		from++
	}
	for to > from && d.gapPunct(to-1) {
		to--
	}
	if from >= to || to-from > maxSourceWords {
		return nil
	}
	for k := from; k < to; k++ {
		if mi := d.at[k]; mi >= 0 && !d.ms[mi].Nisba && d.ms[mi].Type != gazetteer.LOC {
			m := &d.ms[mi]
			return d.attr(cue, m.Start, m.End, m.Entity)
		}
	}
	return d.attr(cue, d.toks[from].Start, d.toks[to-1].End, "")
}

func (d *doc) gapPunct(j int) bool { return d.toks[j].Script == token.Punct }

func (d *doc) attr(cue, start, end int, entity string) *Attribution {
	c := &d.toks[cue]
	return &Attribution{
		Cue:    Span{c.Start, c.End, d.text[c.Start:c.End]},
		Source: Span{start, end, d.text[start:end]},
		Entity: entity,
	}
}
