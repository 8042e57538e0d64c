package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// animalSurnames are surnames that the gazetteer holds alone as a
// person's name but that are first of all the name of an animal with the
// article (الأسد: the lion, Bashar al-Assad), each with the words of the
// text that tell of the person: his given names, his family's, his
// country.
var animalSurnames = map[string]map[string]bool{
	"الاسد": keySet("بشار", "حافظ", "ماهر", "رفعت", "باسل", "أسماء", "سوريا", "سورية", "السوري", "السورية",
		"السوريين", "السوريون", "دمشق", "البعث", "النظام"),
}

// animalWords tell that a text is about animals (حيوان، سلالة، آكلات
// اللحوم، الغابة، فريسة).
var animalWords = keySet("حيوان", "الحيوان", "حيوانات", "الحيوانات", "سلالة", "السلالة", "سلالات", "السلالات",
	"اللحوم", "آكلات", "الغابة", "الغابات", "لبؤة", "اللبؤة", "أشبال", "الأشبال", "مفترس", "المفترس",
	"فريسة", "الفريسة", "فرائس", "الفرائس", "النمر", "النمور", "الضباع", "السافانا", "الثدييات")

// animalReadings drops the one-word gazetteer mentions of a person that
// animalSurnames holds when the text tells of animals (animalWords) or a
// nisba adjective follows the word (الأسد الهندي، الأسد الببري), the text
// has none of the person's context words and no title stands before the
// word: the animal, not the surname (rule per.ar.animal: مقالة عن حيوان
// الأسد; but الرئيس الأسد, الأسد in a text about Syria, or الأسد in a text
// with no word of animals stays). The word stays covered, so that no rule
// reads it as a name again.
func animalReadings(toks []token.Token, sc *scratch, ms []Mention) []Mention {
	var drop map[string]bool // the keys to drop, once the text is read
	var read bool
	out := ms[:0]
	for _, m := range ms {
		if m.Type != gazetteer.PER || m.Source != SourceGazetteer || m.Last-m.First != 1 {
			out = append(out, m)
			continue
		}
		key := toks[m.First].Key
		cue := animalSurnames[key]
		if cue == nil && len(key) > 2 && key[:2] == "و" {
			key = stemOf(&toks[m.First]) // والأسد
			cue = animalSurnames[key]
		}
		if cue == nil || m.First > 0 && (sc.kc[m.First-1]|sc.sc[m.First-1])&cTitle != 0 {
			out = append(out, m)
			continue
		}
		if !read {
			read = true
			drop = personless(toks)
		}
		if !drop[key] || !drop[""] && !nisbaAfter(toks, m.First) {
			out = append(out, m)
		}
	}
	return out
}

// personless returns the keys of animalSurnames none of whose context
// words the text has, bare or after a proclitic (لسوريا، وبشار), and the
// empty key when the text has a word of animalWords.
func personless(toks []token.Token) map[string]bool {
	drop := make(map[string]bool, len(animalSurnames)+1)
	for k := range animalSurnames {
		drop[k] = true
	}
	for i := range toks {
		t := &toks[i]
		if t.Script != token.Arabic {
			continue
		}
		if animalWords[t.Key] || animalWords[stemOf(t)] {
			drop[""] = true
		}
		for k, cue := range animalSurnames {
			if drop[k] && (cue[t.Key] || cue[stemOf(t)]) {
				drop[k] = false
			}
		}
	}
	return drop
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
