package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// An ally is a person whom the news of a period names by one word that is
// also a common word or a first name (صالح: good, valid, and Saleh), right
// beside the armed group he fights with: ميليشيات الحوثي وصالح، الحوثيين
// وقوات صالح. org is the group's entry, key the word's key and full the
// name that finds the person's entry; a mention that a rule found without
// the entry (قوات الحوثي) is the group when it ends in a word of words.
type ally struct {
	org, key, full string
	words          map[string]bool
}

// allies are the people of allyNames.
var allies = []ally{
	{org: "org:houthis", key: arabic.Normalize("صالح"), full: "علي عبد الله صالح",
		words: keySet("الحوثي", "الحوثيين", "الحوثيون", "الحوثية")},
}

// allyForces are the words of an ally's forces or followers before his
// name (قوات صالح، أتباع المخلوع صالح), with or without و.
var allyForces = keySet("قوات", "ميليشيات", "ميليشيا", "مليشيات", "مليشيا", "أتباع", "أنصار", "المخلوع", "لقوات", "لميليشيات")

// allyNames finds the people of allies by their one word (rule
// per.ar.ally), linked to their gazetteer entry: the word with و right
// after a mention of the group (الحوثيين وصالح), or the bare word right
// after a word of allyForces that follows the group in its sentence
// (الحوثيين وقوات صالح); لصالح (in favour of) is never a name alone (see
// prepositionPhrases). A sentence without the group (قوات صالح
// الجيش، لصالح الفريق), a word that a name goes on from (وصالح الصماد) and
// a gazetteer without the person give nothing.
func (r *Recognizer) allyNames(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	if r.Matcher == nil {
		return nil
	}
	var out []Mention
	for x := range ms {
		g := &ms[x]
		if g.Type != gazetteer.ORG {
			continue
		}
		for _, a := range allies {
			if g.Entity != a.org && (g.Entity != "" || !a.words[stemOf(&toks[g.Last-1])]) {
				continue
			}
			// The word of the ally in the group's sentence, at most eight
			// tokens after the group (ميليشيات الحوثي وصالح، الحوثيين وقوات صالح).
			for i := g.Last; i < len(toks) && i < g.Last+8 && toks[i].Sentence == toks[g.First].Sentence; i++ {
				if covered[i] {
					continue
				}
				prefix, ok := allyWord(&toks[i], a.key)
				if !ok {
					continue
				}
				afterGroup := i == g.Last && prefix == "و"
				afterForces := i > 0 && toks[i-1].Sentence == toks[i].Sentence && prefix == "" &&
					(allyForces[toks[i-1].Key] || allyForces[stemOf(&toks[i-1])])
				if !afterGroup && !afterForces {
					continue
				}
				if n := i + 1; n < len(toks) && toks[n].Sentence == toks[i].Sentence && toks[n].Script == token.Arabic && r.known(text, &toks[n]) {
					continue // الحوثيين وصالح الصماد: another Saleh, named in full
				}
				m, ok := r.allyMention(text, &toks[i], i, prefix, a.full)
				if !ok {
					break
				}
				out = append(out, m)
				covered[i] = true
			}
		}
	}
	return out
}

// allyWord reports whether t is key, bare or after the proclitic و, and
// returns the proclitic.
func allyWord(t *token.Token, key string) (string, bool) {
	if t.Script != token.Arabic || !strings.HasSuffix(t.Key, key) {
		return "", false
	}
	switch p := strings.TrimSuffix(t.Key, key); p {
	case "", "و":
		return p, true
	}
	return "", false
}

// allyMention returns the mention of the ally at token i, t without its
// proclitic, linked to the first person entry of full; false when the
// gazetteer has none.
func (r *Recognizer) allyMention(text string, t *token.Token, i int, prefix, full string) (Mention, bool) {
	es, _ := r.Matcher.Lookup(full)
	for _, e := range es {
		if e.Type != gazetteer.PER {
			continue
		}
		start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], len([]rune(prefix)))
		return Mention{Start: start, End: t.End, Text: text[start:t.End], Type: gazetteer.PER, Subtype: e.Subtype,
			Entity: e.ID, Name: e.Name, Source: SourceRule, Rule: "per.ar.ally", Clitic: prefix, First: i, Last: i + 1}, true
	}
	return Mention{}, false
}
