package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/token"
)

// foreignOrShortAt returns the end of a foreign name of two or three words
// at token j after a cue (see foreignAt) or of one of two words with a
// short word (see shortForeignAt), or 0: cuedForeignNames, at each cue,
// tries the one then the other (rule per.ar.foreign).
func (r *Recognizer) foreignOrShortAt(text string, toks []token.Token, j int, covered []bool, kc []class) int {
	if k := r.foreignAt(text, toks, j, covered, kc); k > 0 {
		return k
	}
	return r.shortForeignAt(text, toks, j, covered, kc)
}

// shortForeignAt returns the end of a foreign name of two words at token
// j after a cue, where one word is shorter than foreignAt takes or ends in
// alef (الكونغولي شاباني نوندا، القاضي ميخا لندنشتراوس، الوزير كنزو
// اوشيما), or 0: two free words of three letters or more, one of five or
// more, each with a name's shape (see shortForeignWord), then the end of a
// name (see foreignEnd); never after a people's plural (الأوروبيين).
func (r *Recognizer) shortForeignAt(text string, toks []token.Token, j int, covered []bool, kc []class) int {
	// Cheap tests first: two free words of three letters or more, one of
	// five (two bytes a letter), with no article, و or listed word.
	k := j + 2
	if k > len(toks) || covered[j] || covered[j+1] || toks[j+1].Sentence != toks[j].Sentence {
		return 0
	}
	if j > 0 && hasSuffixAny(toks[j-1].Key, "ين", "ون") {
		return 0 // الأوروبيين: a people, no person's nationality
	}
	a, b := toks[j].Key, toks[j+1].Key
	if len(a) < 3*2 || len(b) < 3*2 || len(a) < 5*2 && len(b) < 5*2 || (kc[j]|kc[j+1])&(notNameToken|cNasab) != 0 ||
		strings.HasPrefix(a, "ال") || strings.HasPrefix(b, "ال") || strings.HasPrefix(a, "و") || strings.HasPrefix(b, "و") {
		return 0
	}
	if !r.foreignEnd(toks, k, toks[j].Sentence) || r.known(text, &toks[j]) {
		return 0 // (a known first name is titleRule's)
	}
	if !r.shortForeignWord(text, &toks[j], kc[j]) || !r.shortForeignWord(text, &toks[j+1], kc[j+1]) {
		return 0
	}
	if strings.HasSuffix(a, "ا") && strings.HasSuffix(b, "ا") && !r.known(text, &toks[j+1]) {
		return 0 // جدلا واسعا: a noun and its adjective in the accusative
	}
	return k
}

// shortForeignWord reports whether t, whose key has the classes c, has
// the shape of a word of a foreign name: foreignWord's tests, but three
// letters are enough, a final alef is allowed after five letters or more
// that do not start with م or ت nor have the shape فعيل (نوندا but مؤكدا،
// تماما، غريبا), and the name may start with ب، ك or ف (كنزو، برتران،
// فرانتس) unless what follows them reads as a function word, a word with
// the article or م (بمبعوث), a verbal noun or a common word; ل before a
// word is a preposition (لردع). Nor may it have the shape of a broken
// plural (معارف), a verbal noun (تمادي، تحديد، شراء) or a verb in the past
// (أثارت).
func (r *Recognizer) shortForeignWord(text string, t *token.Token, c class) bool {
	w := t.Key
	if t.Script != token.Arabic || c&(notNameToken|cNasab) != 0 || strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "و") ||
		arabic.IsStopword(w) || strings.ContainsFunc(w, notLetter) || hasTanween(text[t.Start:t.End]) {
		return false
	}
	if r.known(text, t) {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n < 3 || strings.HasSuffix(w, "ه") || strings.HasSuffix(text[t.Start:t.End], "ى") || verbOrNounShape(w, n) || commonReading(t) {
		return false
	}
	if b, ok := strings.CutSuffix(w, "ا"); ok && (n < 5 || faeel(b) || strings.HasPrefix(w, "م") || strings.HasPrefix(w, "ت") || strings.HasSuffix(w, "يا") ||
		commonShape(b) || commonWords[b] || classOf(b) != 0 || arabic.IsStopword(b)) {
		return false // كبيرا: an adjective in the accusative
	}
	if inflectedEnding(w) {
		return false
	}
	switch r := []rune(w); {
	case n == 5 && r[0] == 'ت' && r[2] == 'ا', tafeel(w):
		return false // تمادي، تحديد: a verbal noun تفاعل or تفعيل
	case n == 5 && r[0] == 'م' && r[2] == 'ا':
		return false // معارف، مناطق: a broken plural مفاعل
	case n >= 5 && n <= 6 && r[n-1] == 'ت' && (r[0] == 'ت' || r[0] == 'ا'):
		return false // أثارت: a verb in the past
	case strings.HasSuffix(w, "اء"):
		return false // شراء، علماء: a verbal noun or a plural
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && (strings.HasSuffix(rd.Prefix, "ل") || strings.HasPrefix(rd.Stem, "م") || arabic.IsStopword(rd.Stem) || strings.HasPrefix(rd.Stem, "ال") || strings.HasPrefix(rd.Stem, "ت") ||
			verbalNoun(rd.Stem) || commonWords[rd.Stem] || classOf(rd.Stem) != 0 || commonShape(rd.Stem)) {
			return false // بشأن، للعام، لتحديد، لردع: a preposition or a conjunction before a word
		}
	}
	return true
}
