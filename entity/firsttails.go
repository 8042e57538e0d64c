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
// unknownTail). A rule's name of more words that ends with a first name
// or a name chain takes a family name with the article only, with no
// participle's shape (عبد الرحمن + الهزاع, but not غونتر غراس + الحائز; see
// participle), and not at the end of its sentence, where the verb's
// object stands (واستقبل معالي شونيتشي ناكاجاوا + الوفد.). personTails takes the family
// names the lexicon knows; this rule the others.
func (r *Recognizer) firstNameTails(text string, toks []token.Token, covered []bool, ms []Mention) {
	if r.Names == nil {
		return
	}
	for x := range ms {
		m := &ms[x]
		k := m.Last
		if m.Type != gazetteer.PER || m.Source != SourceRule || m.Nisba || k >= len(toks) || covered[k] ||
			toks[k].Script != token.Arabic || toks[k].Sentence != toks[m.First].Sentence {
			continue
		}
		if m.Last-m.First > 1 {
			// A longer name takes a family name with the article only
			// (محمد سليم + العوا).
			arab := r.knownFirst(&toks[k-1]) || k-2 >= m.First && nasab[toks[k-2].Key] // (an Arab name before an Arab family name)
			final := k+1 >= len(toks) || toks[k+1].Sentence != toks[k].Sentence || toks[k+1].Key == "."
			if t := &toks[k]; arab && !final && strings.HasPrefix(t.Key, "ال") && !nasab[toks[k-1].Key] && r.unknownTail(text, toks, k, covered) && lastSurname(toks, k) &&
				!(k+1 < len(toks) && generalKeys[toks[k+1].Key]) && !participle(toks, k) {
				m.End, m.Last = t.End, k+1
				m.Text, m.Name = text[m.Start:t.End], text[m.Start:t.End]
				covered[k] = true
			}
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
	if inflectedEnding(w) {
		return false // a plural or a word with a pronoun
	}
	if strings.HasPrefix(w, "ال") {
		return articleSurname(t) || nisbaSurname(t)
	}
	n := utf8.RuneCountInString(w)
	if n < 3 || strings.HasPrefix(w, "و") || strings.HasSuffix(w, "ه") || verbOrNounShape(w, n) {
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

// participle reports whether toks[k], a word with the article after a
// name, has the shape of a participle, an adjective or a verbal noun that
// follows a name rather than of a family name: م after the article without
// a nisba's ending (المحترف، المولود but المريخي), the feminine ending
// (التاسعة، الخبيرة), a verbal noun (التعادل), a noun the lists hold
// without the article (العضو), or فاعل before a
// preposition (الحائز على، العائد إلى, but الشاعر alone).
func participle(toks []token.Token, k int) bool {
	w := strings.TrimPrefix(toks[k].Key, "ال")
	if strings.HasPrefix(w, "م") && !strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "ه") || verbalNoun(w) || commonShape(w) ||
		appositions[w] || roles[w] || titles[w] || offices[w] || commonWords[w] {
		return true // العضو، الكثير
	}
	r := []rune(w)
	if len(r) == 5 && r[0] == 'ت' && r[2] == 'ا' {
		return true // التعادل: a verbal noun تفاعل
	}
	return len(r) == 4 && r[1] == 'ا' && k+1 < len(toks) && toks[k+1].Sentence == toks[k].Sentence && arabic.IsStopword(toks[k+1].Key)
}
