package entity

import (
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar/arabic"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// sameNames finds, once every person rule has run, the other mentions of
// the people that a context rule named in full (issue 3: a name found once
// is the same name at its other occurrences of the document):
//
//   - a one-word repeat of a full name's first word (rule "propagate", or
//     an alias) that the full name's other words follow grows into the full
//     name: الزعيم وليد القليب ... لأن وليد القليب (rule per.ar.same-name);
//   - the surname alone after the full name, and the first name alone
//     after a full name of two words, as aliases finds them for gazetteer
//     people: تقول كريستين لانجر ... وتقول لانجر.
//
// It returns ms with the grown mentions and the aliases, and covers their
// tokens. A document without a person named in full by a rule costs one
// pass over ms.
func (r *Recognizer) sameNames(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	n := 0
	for i := range ms {
		if fullRuleName(&ms[i]) {
			n++
		}
	}
	if n == 0 {
		return ms
	}
	fulls := make([]Mention, 0, n)
	for i := range ms {
		if fullRuleName(&ms[i]) {
			fulls = append(fulls, ms[i])
		}
	}
	grown := false
	for i := range ms {
		if m := &ms[i]; m.Type == gazetteer.PER && m.Last-m.First == 1 && (m.Rule == "propagate" || m.Source == SourceAlias) {
			grown = growSameName(text, toks, covered, m, ms, fulls) || grown
		}
	}
	if grown { // drop the nisbas a grown name took as its surname
		ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Last <= m.First })
	}
	var room [1024 / 64]uint64
	rx := newRepeatIndex(toks, fulls, room[:])
	for i := 0; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		var end int
		if ms, end = rx.at(text, toks, covered, i, ms); end > 0 {
			i = end - 1
		}
	}
	for _, a := range earlierAliases(text, toks, covered, fulls) {
		if covered[a.First] || a.Name == a.Text && !aloneNext(toks, covered, a.First) {
			continue // وهم: فولفجانج هير، وفولفجانج شتال: another فولفجانج
		}
		covered[a.First] = true
		ms = append(ms, a)
	}
	return ms
}

// fullRuleName reports whether m is a person named in full (two words or
// more) by a context rule.
func fullRuleName(m *Mention) bool {
	return m.Type == gazetteer.PER && m.Source == SourceRule && m.Last-m.First >= 2
}

// growSameName grows the one-word person mention m into the first of fulls
// whose first word it is and whose other words follow it in its sentence,
// not covered or covered by a nisba alone (فيصل + السويدي: Swedish, a
// surname here), and reports whether it did. It empties the nisba
// mentions it takes (Last = First) for the caller to drop.
func growSameName(text string, toks []token.Token, covered []bool, m *Mention, ms, fulls []Mention) bool {
	stem := strings.TrimPrefix(toks[m.First].Key, m.Clitic)
	for fi := range fulls {
		f := &fulls[fi]
		nk := f.Last - f.First
		if f.First == m.First || toks[f.First].Key != stem || m.First+nk > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < nk && ok; k++ {
			t := &toks[m.First+k]
			ok = t.Key == toks[f.First+k].Key && t.Sentence == toks[m.First].Sentence &&
				(!covered[m.First+k] || nisbaAt(ms, m.First+k) >= 0)
		}
		if !ok {
			continue
		}
		last := m.First + nk
		for k := m.Last; k < last; k++ {
			if n := nisbaAt(ms, k); n >= 0 {
				ms[n].Last = ms[n].First
			}
			covered[k] = true
		}
		m.End = toks[last-1].End
		m.Text = text[m.Start:m.End]
		m.Last = last
		m.Name = f.Name
		m.Source, m.Rule = SourceRule, "per.ar.same-name"
		m.Subtype, m.Entity = "", ""
		return true
	}
	return false
}

// nisbaAt returns the index in ms of the one-token nisba mention at token
// k, or -1.
func nisbaAt(ms []Mention, k int) int {
	for i := range ms {
		if ms[i].First == k && ms[i].Last == k+1 && ms[i].Nisba {
			return i
		}
	}
	return -1
}

// aloneNext reports whether the word after token i leaves the first name
// at i alone: it ends the sentence, is punctuation, a function word or a
// mention already; otherwise it may be another person's surname.
func aloneNext(toks []token.Token, covered []bool, i int) bool {
	if i+1 >= len(toks) || covered[i+1] || toks[i+1].Sentence != toks[i].Sentence {
		return true
	}
	n := &toks[i+1]
	return n.Script == token.Punct || arabic.IsStopword(n.Key) || arabic.IsStopword(stemOf(n))
}

// earlierAliases is aliases with the surnames found in the headline too,
// before the full name: the first line of a text of several lines
// (مدرب الهلال يستغني عن الحمد والبيشي, then the full names below), when
// the surname has the article, as a family name (الحمد، البيشي): a word
// before the full name is too often another word (تجدد مشهد الزهور, then
// سامي مشهد; باشا; a brand in quotes).
func earlierAliases(text string, toks []token.Token, covered []bool, fulls []Mention) []Mention {
	out := aliases(text, toks, covered, fulls)
	head := strings.IndexByte(text, '\n')
	if head < 0 || len(toks) == 0 || toks[0].Start > head {
		return out
	}
	var room [1024 / 64]uint64
	x := newAliasIndex(toks, fulls, room[:])
	for k, p := range x.surnames {
		if x.firsts[k] || !strings.HasPrefix(k, "ال") {
			delete(x.surnames, k)
		} else {
			p.first = 0
			x.surnames[k] = p
		}
	}
	for i := 0; i < len(toks) && toks[i].Start < head; i++ {
		if !covered[i] && !slices.ContainsFunc(out, func(a Mention) bool { return a.First == i }) {
			out = x.at(text, toks, i, out)
		}
	}
	return out
}
