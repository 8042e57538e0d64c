package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// postTitles are the titles that follow a name (يوسف بك، يوسف بيه، فؤاد
// باشا), never a family name.
var postTitles = keySet("بك", "بيه", "باشا", "أفندي", "افندي", "هانم")

// freeTakenAliases drops from ms the first-name aliases (a first name
// alone, linked to no entry, after another person of that first name)
// that a name the lexicon knows follows at once, free, in the sentence
// (a name token, see nameToken, and no title or honorific, before the
// name or after it):
// وأحمد راتب after أحمد السقا is another Ahmad, whom the first-name rule
// then names whole. It uncovers their tokens and returns ms.
func (r *Recognizer) freeTakenAliases(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	var c compactor
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First == 1 && m.Entity == "" && m.Source == SourceAlias && r.takenAlias(text, toks, covered, m) {
			covered[m.First] = false
			continue
		}
		c.keep(ms, i)
	}
	return c.done(ms)
}

// takenAlias reports whether the one-word alias m, linked to no entry, is
// followed by a name (see freeTakenAliases).
func (r *Recognizer) takenAlias(text string, toks []token.Token, covered []bool, m *Mention) bool {
	if m.Type != gazetteer.PER || m.Last >= len(toks) {
		return false
	}
	n := &toks[m.Last]
	if covered[m.Last] || n.Script != token.Arabic || n.Sentence != toks[m.First].Sentence || classOf(n.Key)&(cTitle|cHonorific) != 0 || postTitles[n.Key] ||
		!r.known(text, n) || !r.nameToken(text, toks, m.Last, covered) {
		return false // يوسف بك: a title; هيفاء بأن: a function word with a preposition
	}
	_, conj := n.Unconj()
	return !conj // أحمد وسامي: the next name of a list
}
