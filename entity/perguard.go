package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// Guards of the person mentions, run once the rules are done: each undoes
// an error class of the rules or the gazetteer counted on the ANERcorp
// training part (ten folds), which the rules themselves cannot see cheaply.

// guardPersons returns ms with the person mentions a guard rejects cut or
// dropped, in place:
//
//   - a name of the rules that ends with a word the lexicon lacks and that
//     has the shape of a verb (سارة تلد، حسن انتخب، الرئيس بري أجرى،
//     فارس ليضربوا) loses that word; a name of the first-name rule left with
//     its first name alone is dropped, as that rule never makes one (فيكتوريا
//     نطل، فرانس استطاعت);
//   - so does a name of the rules that ends with ولد, son of in Mauritanian
//     names (سلامة ولد النفاع), which ends no name; an alias of one word
//     made from a word cut off (ولد، نطل) is dropped;
//   - a name of the rules that ends with رسول or نجم before a word with the
//     article loses it: an apposition (محمد رسول الإسلام، محمد عبدالوهاب نجم
//     المنتخب), unless that word is a role, the apposition of a name that
//     ends with نجم (الإعلامية ريما نجم الفنان وائل كفوري);
//   - the gazetteer's بري (Berri) right after a noun it describes is the
//     adjective land (هجوم بري، أسد بري), no person.
func (r *Recognizer) guardPersons(text string, toks []token.Token, ms []Mention) []Mention {
	out := ms[:0]
	for i := range ms {
		// In place: ms[i] is at or past the end of out, so a change to it
		// is a change to the mention kept, and a mention that stays where
		// it is, most of them, is not copied.
		m := &ms[i]
		if m.Type == gazetteer.PER && m.Last-m.First == 1 && (m.Source == SourceAlias || m.Rule == "propagate") {
			if t := &toks[m.First]; t.Key == "ولد" || t.Script == token.Arabic && !r.known(text, t) && verbShape(text[t.Start:t.End], t.Key) {
				continue // the alias of a family name the guard cuts off: سلامة ولد، فيكتوريا نطل
			}
		}
		if m.Type == gazetteer.PER && m.Last-m.First >= 2 && m.Last <= len(toks) && m.Source == SourceRule && verbRules[m.Rule] {
			t := &toks[m.Last-1]
			if t.Key == "ولد" || t.Script == token.Arabic && !r.known(text, t) && verbShape(text[t.Start:t.End], t.Key) {
				if m.Rule == "per.ar.first-name" && m.Last-m.First == 2 {
					continue
				}
				m.Last--
			} else if appositionHeads[t.Key] && m.Last < len(toks) && toks[m.Last].Sentence == t.Sentence && strings.HasPrefix(toks[m.Last].Key, "ال") && classOf(toks[m.Last].Key)&cRole == 0 {
				m.Last-- // محمد رسول الإسلام، محمد عبدالوهاب نجم المنتخب: the name stays (not in ريما نجم الفنان)
			}
			m.End = toks[m.Last-1].End
			m.Text = text[m.Start:m.End]
			m.Name = m.Text
		} else if m.Type == gazetteer.PER && m.Last-m.First == 1 && m.First > 0 && m.Source == SourceGazetteer &&
			toks[m.First].Key == "بري" && landNouns[stemOf(&toks[m.First-1])] && toks[m.First-1].Sentence == toks[m.First].Sentence {
			continue
		}
		if len(out) == i {
			out = out[:i+1] // (nothing dropped yet: m stays where it is)
		} else {
			out = append(out, *m)
		}
	}
	return out
}

// appositionHeads are nouns that stand after a name as its apposition,
// before a noun with the article (محمد رسول الإسلام، نجم المنتخب), though
// the lexicon holds them as names (نجم is a family name).
var appositionHeads = keySet("رسول", "نجم", "نجمة")

// verbRules are the rules whose names may end with a word the lexicon
// lacks.
var verbRules = keySet("per.ar.first-name", "per.ar.title", "per.ar.role", "per.ar.nisba")

// landNouns are the nouns that بري, land, describes.
var landNouns = keySet("هجوم", "بهجوم", "هجوما", "اجتياح", "غزو", "توغل", "تدخل", "اسد", "حيوان", "طريق", "نقل", "منفذ", "معبر")

// verbShape reports whether a word the lexicon lacks, written word with
// the key key, has the shape of a verb rather than of a family name: a
// plural in وا without the article (رفضوا، ليضربوا; العوا is a name), a past of the derived forms (انتخب،
// اعتبر، انسحب، استطاعت، أجرى) or an imperfect of three letters (تلد، نطل).
// Foreign names of these shapes (أشتون، أنطون) have a long vowel where the
// verb has none.
func verbShape(word, key string) bool {
	r := []rune(key)
	n := len(r)
	switch {
	case n >= 5 && strings.HasSuffix(key, "وا") && !strings.HasPrefix(key, "ال"):
		return true
	case n == 7 && strings.HasPrefix(key, "است") && r[6] == 'ت':
		return true
	case n == 5 && r[0] == 'ا' && (r[2] == 'ت' || r[1] == 'ن') && !longVowel(r[3]) && !longVowel(r[4]):
		return true
	case n == 4 && r[0] == 'ا' && strings.HasSuffix(word, "ى"):
		return true
	case n == 3 && (r[0] == 'ت' || r[0] == 'ن') && !longVowel(r[1]) && !longVowel(r[2]):
		return true
	}
	return false
}
