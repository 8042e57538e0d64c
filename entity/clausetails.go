package entity

import (
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// clauseTails grows a person mention of one known first name that a rule
// found by the family name no list holds right after it (rule per.*:
// تأليف محمد + شطا وإخراج …، بالنجم المغربي مروان + الشماخ فبرغم …، السيد
// فريدون + بامتد فأنه …), when the word after the family name opens the
// next clause or the next item of a list: a conjunction و or ف on a word of
// three letters or more. firstNameTails takes the family names before
// punctuation, a function word or a title (see lastSurname); this rule
// takes those before a conjunction, with the same test of the word
// (unknownTail) and its length (four letters or more).
func (r *Recognizer) clauseTails(text string, toks []token.Token, covered []bool, ms []Mention) {
	if r.Names == nil {
		return
	}
	for x := range ms {
		m := &ms[x]
		k := m.Last
		if m.Type != gazetteer.PER || m.Source != SourceRule || m.Nisba || m.Last-m.First != 1 || k+1 >= len(toks) || covered[k] ||
			toks[k].Script != token.Arabic || toks[k].Sentence != toks[m.First].Sentence || toks[k+1].Sentence != toks[k].Sentence {
			continue
		}
		if w := toks[k].Key; !conjWord(&toks[k+1]) || len(w) <= 3*2 || hasSuffixAny(w, "نا", "وا") || lastSurname(toks, k) {
			continue // (lastSurname: firstNameTails' case; two bytes a letter)
		}
		f := &toks[m.First]
		if f.Script != token.Arabic || nasab[f.Key] || !r.knownFirst(f) || isAli(text, f) || !r.unknownTail(text, toks, k, covered) {
			continue
		}
		end := toks[k].End
		m.End, m.Last = end, k+1
		m.Text, m.Name = text[m.Start:end], text[m.Start:end]
		covered[k] = true
	}
}

// conjWord reports whether t is a word of three letters or more after the
// conjunction و or ف (وإخراج، فبرغم، والسفير).
func conjWord(t *token.Token) bool {
	if t.Script != token.Arabic {
		return false
	}
	s, conj := t.Unconj()
	return conj && utf8.RuneCountInString(s) >= 3
}

// hasSuffixAny reports whether s ends with one of suffixes.
func hasSuffixAny(s string, suffixes ...string) bool {
	for _, suf := range suffixes {
		if len(s) >= len(suf) && s[len(s)-len(suf):] == suf {
			return true
		}
	}
	return false
}
