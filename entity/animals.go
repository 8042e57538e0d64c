package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// lionKey is the key of الأسد, the lion, which the gazetteer holds alone
// as Bashar al-Assad.
var lionKey = arabic.Normalize("الأسد")

// assadWords tell of the Assads in a text: their given names, their
// country, their party (parts of words: سوري is in سوريا، سورية، السوريين).
var assadWords = []string{"بشار", "حافظ", "ماهر", "رفعت", "باسل", "سوري", "دمشق", "البعث", "النظام"}

// animalWords tell that a text is about animals (parts of words: حيوان،
// سلالة، آكلات اللحوم، الغابة، أشبال، فريسة).
var animalWords = []string{"حيوان", "سلال", "اللحوم", "الغاب", "لبؤ", "لبوء", "شبال", "مفترس", "فريس", "فرائس",
	"النمر", "النمور", "الضباع", "السافان", "الثديي"}

// animalReadings drops the one-word gazetteer mentions of a person whose
// key is الأسد when a nisba adjective follows the word (الأسد الهندي،
// الأسد الببري) or the text tells of animals (animalWords), the text has
// none of the words of the Assads (assadWords) and no title stands before
// the word: the lion, not the surname (rule per.ar.animal: مقالة عن حيوان
// الأسد; but الرئيس الأسد, الأسد in a text about Syria, or الأسد in a text
// with no word of animals stays). The word stays covered, so that no rule
// reads it as a name again. Texts without the word cost a search of the
// text; texts without such a mention one pass over the mentions, with no
// copy.
func animalReadings(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	// lionAt: a one-word gazetteer person الأسد, after no title.
	lionAt := func(m *Mention) bool {
		return m.Last-m.First == 1 && m.Type == gazetteer.PER && m.Source == SourceGazetteer && lion(&toks[m.First]) &&
			(m.First == 0 || (sc.kc[m.First-1]|sc.sc[m.First-1])&cTitle == 0)
	}
	drop := -1 // the first mention to drop
	animal, assad := -1, -1
	for i := range ms {
		if m := &ms[i]; lionAt(m) {
			if animal < 0 {
				// The text is searched only once a mention may be the
				// lion: most texts have none.
				if !strings.Contains(text, "لأسد") && !strings.Contains(text, "لاسد") {
					return ms
				}
				animal, assad = containsAny(text, animalWords), containsAny(text, assadWords)
			}
			if assad == 0 && (animal == 1 || nisbaAfter(toks, m.First)) {
				drop = i
				break
			}
		}
	}
	if drop < 0 {
		return ms
	}
	out := ms[:drop]
	for i := drop; i < len(ms); i++ {
		m := &ms[i]
		if lionAt(m) && (animal == 1 || nisbaAfter(toks, m.First)) {
			continue
		}
		out = append(out, *m)
	}
	return out
}

// lion reports whether t is الأسد, with or without و.
func lion(t *token.Token) bool {
	return t.Key == lionKey || strings.HasPrefix(t.Key, "و") && stemOf(t) == lionKey
}

// containsAny returns 1 if text has one of words, else 0.
func containsAny(text string, words []string) int {
	for _, w := range words {
		if strings.Contains(text, w) {
			return 1
		}
	}
	return 0
}

// nisbaAfter reports whether the token after k, in its sentence, is a
// nisba adjective with the article (الأسد الأميركي، الأسد الببري).
func nisbaAfter(toks []token.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Sentence != toks[k].Sentence || toks[k+1].Script != token.Arabic {
		return false
	}
	key := toks[k+1].Key
	_, nisba := arabic.Nisba(key)
	return nisba && strings.HasPrefix(key, "ال")
}
