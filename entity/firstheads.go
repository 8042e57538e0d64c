package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// firstHeads grows a person mention that a rule found to the left by the
// first name the lexicon lacks, when a nationality or a title stands
// right before that word (rule per.*: الحكومة الإسبانية + خوسي لويس
// ثاباتيرو، مديره الرياضي + بريدراغ ميياتوفيتش، للكيني + كومان ويلي رونو):
// the cue's rule stopped at the word it did not know, and a later rule
// found the rest of the name. The word is free, in the mention's sentence,
// with no article, conjunction, preposition before a word, pronoun, plural
// or feminine ending and no common word's or verb's shape (see headWord).
// A name the text gave before and repeats alone (an alias) takes no word,
// nor does a surname the gazetteer knows alone (قائد طيار + نتنياهو: the
// title's noun); the rest of a full name it knows does (الحكومة
// الإسبانية + خوسي لويس ثاباتيرو).
func (r *Recognizer) firstHeads(text string, toks []token.Token, sc *scratch, covered []bool, ms []Mention) {
	if r.Names == nil {
		return
	}
	var ends nisbaEnds
	defer ends.put()
	for x := range ms {
		m := &ms[x]
		i := m.First - 1
		if m.Type != gazetteer.PER || m.Source == SourceAlias || m.Rule == "propagate" || m.Source == SourceGazetteer && m.Last-m.First < 2 || i < 1 || covered[i] || toks[i].Sentence != toks[m.First].Sentence ||
			toks[i-1].Sentence != toks[i].Sentence || nasab[toks[m.First].Key] {
			continue
		}
		if !nameCue(sc, covered, ms, i-1, toks, &ends) || !r.headWord(text, &toks[i], sc.kc[i]) {
			continue
		}
		m.Start, m.First = toks[i].Start, i
		m.Text, m.Name = text[m.Start:m.End], text[m.Start:m.End]
		covered[i] = true
	}
}

// nameCue reports whether token p announces a person's name right after
// it: a title or a role, with or without a conjunction (الرياضي is no
// role), or the last word of a nationality (a nisba mention among ms ends
// at p), which ends tells from its index of ms, made at the first.
func nameCue(sc *scratch, covered []bool, ms []Mention, p int, toks []token.Token, ends *nisbaEnds) bool {
	if (sc.kc[p]|sc.sc[p])&(cTitle|cRole) != 0 {
		return true
	}
	if !covered[p] {
		return false
	}
	if ends.idx == nil {
		ends.idx, ends.buf = getFirstIndex(len(toks))
		for i := range ms {
			if m := &ms[i]; m.Nisba && m.Type == gazetteer.LOC && m.Last >= 1 && m.Last <= len(toks) {
				ends.idx.set(m.Last-1, i)
			}
		}
	}
	_, ok := ends.idx.at(p)
	return ok
}

// nisbaEnds indexes the nisba place mentions of firstHeads by their last
// token: looking through all the mentions for each cue made a long text
// quadratic. (firstHeads changes only person mentions, never these.)
type nisbaEnds struct {
	idx firstIndex
	buf *[]int32
}

// put puts the index's array back in the pool.
func (e *nisbaEnds) put() { putFirstIndex(e.buf) }

// headWord reports whether t, whose key has the classes c, can be a first
// name the lexicon lacks before a person's name: see firstHeads.
func (r *Recognizer) headWord(text string, t *token.Token, c class) bool {
	w := t.Key
	if t.Script != token.Arabic || c&(notNameToken|cNasab) != 0 || strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "و") ||
		arabic.IsStopword(w) || strings.ContainsFunc(w, notLetter) || hasTanween(text[t.Start:t.End]) || commonReading(t) {
		return false
	}
	if r.known(text, t) {
		return !isAli(text, t) // (عيسى حمد بوشهاب; علي is as often على)
	}
	n := utf8.RuneCountInString(w)
	if n < 3 || verbalNoun(w) || commonShape(w) || !unknownSurname(t) || // (unknownSurname: no verb, preposition, ها or هم)
		hasSuffixAny(w, "ه", "ات", "ين", "ون", "نا", "وا") {
		return false
	}
	return true
}
