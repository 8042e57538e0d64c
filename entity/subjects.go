package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// subjectPrepositions follow the subject of a verb that opens a clause
// (وحصل محفوظ على، وتوقف بيرنز عن، وأعرب داليما عن أمله).
var subjectPrepositions = keySet("على", "علي", "عن", "في", "من", "إلى", "الى", "مع", "أن", "إن", "ان", "بأن")

// pronounPrepositions are prepositions with a pronoun that the lexicon
// holds as names (وطلب مني أن).
var pronounPrepositions = keySet("مني", "منه", "منها", "عني", "عنه", "عنها", "فيه", "فيها", "معه", "معها", "إليه", "اليه")

// subjectNames finds one-word names that the lexicon knows as the subject
// of a verb that opens a clause, at the start of the text or after
// punctuation, right before a preposition or أن (rule per.ar.subject:
// وحصل محفوظ على جائزة، ركزت ميتشيل في دراستها، من جانبه، يعتمد جين على).
// The verb is a free word with the conjunction و and three to five
// letters, with no article or pronoun (وكله أمل في), or without و a past
// or an imperfect (see bareVerb); the name is a free word of three letters or more
// without the article, a conjunction or the shape of a common word, and a
// first name when it has three letters or ends like an adjective or has
// the shape فعيل (وتراجع تام عن، وصلت قوة من، وريش طويل على). tf holds
// the tokens' flags (see orglocMarks).
func (r *Recognizer) subjectNames(text string, toks []token.Token, covered []bool, tf []uint8) []Mention {
	if r.Names == nil || r.FirstNames == nil {
		return nil
	}
	var out []Mention
	tf = tf[:len(toks)]
	for x := -1; x+3 < len(toks); x++ {
		// A clause opens at the first token or after punctuation, which
		// ends sentences too: the tokens flagged tfPunct, eight a test.
		if x >= 0 {
			if x = nextMarked(tf, x, tfPunct); x+3 >= len(toks) {
				break
			}
		}
		j := x + 1
		i := j + 1
		v, t, p := &toks[j], &toks[i], &toks[i+1]
		if n := len(p.Key); n != 4 && n != 6 || covered[i] || covered[j] {
			continue
		}
		if !subjectPrepositions[p.Key] || p.Sentence != t.Sentence || v.Sentence != t.Sentence ||
			v.Script != token.Arabic || t.Script != token.Arabic || !subjectVerb(v) {
			continue
		}
		n := utf8.RuneCountInString(t.Key)
		if strings.HasPrefix(t.Key, "ال") || strings.HasPrefix(t.Key, "و") || n < 3 || commonShape(t.Key) ||
			(n == 3 || adjectiveLike(t.Key) || faeel(t.Key)) && !inLexicon(r.FirstNames, t) || pronounPrepositions[t.Key] ||
			!r.nameToken(text, toks, i, covered) || !r.known(text, t) || n < 5 && prepositionWord(t) {
			continue
		}
		out = append(out, Mention{Start: t.Start, End: t.End, Text: text[t.Start:t.End], Type: gazetteer.PER, Name: text[t.Start:t.End],
			Source: SourceRule, Rule: "per.ar.subject", First: i, Last: i + 1})
		covered[i] = true
	}
	return out
}

// subjectVerb reports whether v has the shape of a verb with the
// conjunction و that opens a clause: و and three to five letters, none of
// the article, a preposition (وبغطاء), the future (وستظل), a participle
// (ومستويات), a verbal noun (وانتشار، وتأسيس) or the ending of a
// noun, an adjective or a pronoun (وكله، وحينذاك), and no stopword.
func subjectVerb(v *token.Token) bool {
	s, ok := strings.CutPrefix(v.Key, "و")
	if !ok {
		s = v.Key
		if !bareVerb(s) {
			return false
		}
	}
	// Arabic letters have two bytes: three to five letters.
	if len(s) < 6 || len(s) > 10 || len(s)%2 != 0 {
		return false
	}
	switch s[:2] {
	case "ب", "ل", "م", "س", "ك":
		return false // بغطاء، مستويات، ستظل
	}
	switch s[len(s)-2:] {
	case "ه", "ي", "ك", "ا":
		return false // كله، حينذاك، a noun or an accusative
	}
	if len(s) >= 4 {
		switch s[len(s)-4:] {
		case "ات", "ين", "ون", "ها", "هم", "اء":
			return false
		}
	}
	if strings.HasPrefix(s, "ال") || len(s) == 10 && s[:2] == "ا" && s[6:8] == "ا" || tafeel(s) {
		return false // a verbal noun: انتشار، تأسيس
	}
	return !arabic.IsStopword(s) && !arabic.IsStopword(v.Key)
}

// tafeel reports whether key has the shape تفعيل of a verbal noun of form
// two (تأسيس، تحديد).
func tafeel(key string) bool {
	// five letters of two bytes: ت, two letters, ي and one more
	return len(key) == 10 && strings.HasPrefix(key, "ت") && key[6:8] == "ي"
}

// faeel reports whether key has the shape فعيل of an adjective (طويل،
// كبير), which first names also take (سعيد).
func faeel(key string) bool {
	// four letters of two bytes, the third ي
	return len(key) == 8 && key[4:6] == "ي"
}

// bareVerb reports whether key, without و, has the shape of a verb that
// opens a clause: a past of three letters or with the ending ت (لجأ،
// ركزت) or an imperfect (يعتمد، تتذكر).
func bareVerb(key string) bool {
	n := len(key) // two bytes a letter
	if n < 6 || n > 12 {
		return false
	}
	if p := key[:2]; p == "ي" || p == "ت" && n >= 8 {
		return true
	}
	return n == 6 || n == 8 && key[6:] == "ت"
}
