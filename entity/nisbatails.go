package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// nisbaTails grows a person's name of two words or more that a rule found
// and that ends with an Arab first name or a name chain by the family name
// with the shape of a nisba right after it that no list holds (rule
// per.*: سلطانها أبي زكريا + الحفصي بيعته، محمد بن سليمان + العجاجي رئيسا):
// where firstNameTails needs the name to end right after the family name
// (see lastSurname), a nisba's shape (the article, ي at the end, six
// letters or more, no office) is enough, as the gazetteer holds the
// nationalities, which are no family names. The word has unknownTail's
// shape and no participle's, and the sentence goes on after it.
func (r *Recognizer) nisbaTails(text string, toks []token.Token, covered []bool, ms []Mention) {
	if r.Names == nil {
		return
	}
	for x := range ms {
		m := &ms[x]
		k := m.Last
		if m.Type != gazetteer.PER || m.Source != SourceRule || m.Nisba || m.Last-m.First < 2 || k+1 >= len(toks) || covered[k] ||
			toks[k].Sentence != toks[m.First].Sentence || toks[k+1].Sentence != toks[k].Sentence || toks[k+1].Key == "." {
			continue
		}
		if t := &toks[k]; !nisbaSurname(t) || nasab[toks[k-1].Key] || lastSurname(toks, k) || participle(toks, k) {
			continue // (lastSurname: firstNameTails' case)
		}
		if arab := r.knownFirst(&toks[k-1]) || nasab[toks[k-2].Key]; !arab || !r.unknownTail(text, toks, k, covered) {
			continue
		}
		end := toks[k].End
		m.End, m.Last = end, k+1
		m.Text, m.Name = text[m.Start:end], text[m.Start:end]
		covered[k] = true
	}
}
