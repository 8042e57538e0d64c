package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// firstNameTails grows a person mention of one word that a rule found
// (the gazetteer knows its people by their full names) and that the
// lexicon knows as a name, by the family name right after it that no
// list holds (الخبير الاقتصادي سيد + ليلاز، ومواطنه كزافييه + بونز، المصري
// دودي + الفايد), when the name ends right after it (see lastSurname): a
// word with a family name's shape and none of a common word's (see
// unknownTail). personTails takes the family names the lexicon knows;
// this rule the others, after one word only, where a name goes on.
func (r *Recognizer) firstNameTails(text string, toks []token.Token, covered []bool, ms []Mention) {
	if r.Names == nil {
		return
	}
	for x := range ms {
		m := &ms[x]
		k := m.Last
		if m.Type != gazetteer.PER || m.Source != SourceRule || m.Last-m.First != 1 || m.Nisba || k >= len(toks) || covered[k] ||
			toks[k].Script != token.Arabic || toks[k].Sentence != toks[m.First].Sentence {
			continue
		}
		f := &toks[m.First]
		if f.Script != token.Arabic || nasab[f.Key] || strings.HasPrefix(f.Key, "ال") || !r.known(text, f) || isAli(text, f) {
			continue // علي + word: the preposition as often as the name
		}
		if !r.unknownTail(text, toks, k, covered) || !lastSurname(toks, k) ||
			k+1 < len(toks) && generalKeys[toks[k+1].Key] {
			continue
		}
		end := toks[k].End
		m.End, m.Last = end, k+1
		m.Text, m.Name = text[m.Start:end], text[m.Start:end]
		covered[k] = true
	}
}

// unknownTail reports whether toks[k], a word the lexicon lacks right
// after a first name, can be its family name; see firstNameTails. A
// word with the article needs a family name's shape (الفايد، الشاعر); a
// word without it three letters or more, none of a common word's shapes
// (verbs, plurals, verbal nouns, nouns with a pronoun or a ta marbuta)
// and no conjunction. ب، ل or ك before it may be the name's own letter
// (لعلو، بونز، ليلاز), unless the article or a common word follows them.
func (r *Recognizer) unknownTail(text string, toks []token.Token, k int, covered []bool) bool {
	t := &toks[k]
	w := t.Key
	if nasab[w] || r.known(text, t) || arabic.IsStopword(w) || commonWords[w] || classOf(w)&notNameToken != 0 ||
		hasTanween(text[t.Start:t.End]) || commonReading(t) || strings.ContainsFunc(w, notLetter) {
		return false // known names are personTails'; عام1781
	}
	for _, suf := range [...]string{"ين", "ون", "ات", "ها", "هم", "هما", "كم", "نا", "وا"} {
		if strings.HasSuffix(w, suf) {
			return false // a plural or a word with a pronoun
		}
	}
	if strings.HasPrefix(w, "ال") {
		return articleSurname(t) || nisbaSurname(t)
	}
	n := utf8.RuneCountInString(w)
	if n < 3 || strings.HasPrefix(w, "و") || strings.HasSuffix(w, "ه") || imperfectVerb(w) || verbalNoun(w) || commonShape(w) ||
		n == 4 && strings.HasPrefix(w, "ت") || n == 5 && (strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست") || strings.HasPrefix(w, "سن")) {
		return false // وسمير: the next person of a list; تعود، سيمثل: a verb
	}
	if b, ok := strings.CutSuffix(w, "ا"); ok && (arabic.IsStopword(b) || classOf(b) != 0 || commonWords[b] || strings.HasSuffix(b, "ي") ||
		n <= 6 && strings.HasPrefix(b, "م") || n <= 8 && strings.HasPrefix(b, "مت")) {
		return false // مثلا، رئيسا، سياسيا، مؤكدا، مستطردا: an adverb, a noun of state, a participle of manner
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && (arabic.IsStopword(rd.Stem) || strings.HasPrefix(rd.Stem, "ال") || verbalNoun(rd.Stem) || commonWords[rd.Stem]) {
			return false // بأن، بالرغم، لتراجع
		}
	}
	return true
}

// notLetter reports whether c is no Arabic letter.
func notLetter(c rune) bool { return c < 'ء' || c > 'ي' }
