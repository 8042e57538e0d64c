package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// shortForeignNames finds the foreign names of two words that a title, a
// role or a nationality announces where one word is shorter than
// cuedForeignNames takes or ends in alef (rule per.ar.foreign: الكونغولي
// شاباني نوندا، القاضي ميخا لندنشتراوس، ممثل اليابان كنزو اوشيما): after
// the cue come two free words of three letters or more, one of five or
// more, each with a name's shape (see shortForeignWord), then the end of a
// name (see foreignEnd).
func (r *Recognizer) shortForeignNames(text string, toks []token.Token, sc *scratch, covered []bool) []Mention {
	if r.Names == nil {
		return nil
	}
	kc, stc, tf, hm := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.tf[:len(toks)], sc.hm[:len(toks)]
	var out []Mention
	try := func(j int) int {
		k := r.shortForeignAt(text, toks, j, covered, kc)
		if k > 0 {
			start, end := toks[j].Start, toks[k-1].End
			out = append(out, headMention(text, start, end, j, k, gazetteer.PER, "per.ar.foreign"))
			markCovered(covered, j, k)
		}
		return k
	}
	for i := 0; i < len(toks); i++ {
		if i = nextMarked(tf, i, tfNisbaEnd); i >= len(toks) {
			break
		}
		if i > 0 && hasSuffixAny(toks[i-1].Key, "ين", "ون") {
			continue // الأوروبيين: a people, no person's nationality
		}
		if k := try(i); k > 0 {
			i = k - 1
		}
	}
	for i := 0; i < len(toks); i++ {
		if i = nextMarked(hm, i, hotTitleCue); i >= len(toks) {
			break
		}
		if covered[i] || (kc[i]|stc[i])&(cTitle|cRole) == 0 || toks[i].Script != token.Arabic {
			continue
		}
		j := i + 1
		for ; j < len(toks) && j <= i+3 && toks[j].Sentence == toks[i].Sentence; j++ {
			if covered[j] || toks[j].Script != token.Arabic || kc[j]&(cOffice|cTitle|cRole) == 0 && !strings.HasPrefix(toks[j].Key, "ال") {
				break
			}
		}
		if k := try(j); k > 0 {
			i = k - 1
		}
	}
	return out
}

// shortForeignAt returns the end of a foreign name of two words at token
// j, or 0; see shortForeignNames.
func (r *Recognizer) shortForeignAt(text string, toks []token.Token, j int, covered []bool, kc []class) int {
	k := j + 2
	if k > len(toks) || covered[j] || covered[j+1] || toks[j+1].Sentence != toks[j].Sentence || len(toks[j].Key) < 3*2 || len(toks[j+1].Key) < 3*2 {
		return 0
	}
	if max(utf8.RuneCountInString(toks[j].Key), utf8.RuneCountInString(toks[j+1].Key)) < 5 || r.known(text, &toks[j]) {
		return 0 // (a known first name is titleRule's)
	}
	if !r.shortForeignWord(text, &toks[j], kc[j]) || !r.shortForeignWord(text, &toks[j+1], kc[j+1]) || !r.foreignEnd(toks, k, toks[j].Sentence) {
		return 0
	}
	if strings.HasSuffix(toks[j].Key, "ا") && strings.HasSuffix(toks[j+1].Key, "ا") && !r.known(text, &toks[j+1]) {
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
	if n < 3 || strings.HasSuffix(w, "ه") || strings.HasSuffix(text[t.Start:t.End], "ى") || imperfectVerb(w) || verbalNoun(w) ||
		commonShape(w) || commonReading(t) || n == 4 && strings.HasPrefix(w, "ت") ||
		n == 5 && (strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست") || strings.HasPrefix(w, "سن")) {
		return false
	}
	if b, ok := strings.CutSuffix(w, "ا"); ok && (n < 5 || faeel(b) || strings.HasPrefix(w, "م") || strings.HasPrefix(w, "ت") || strings.HasSuffix(w, "يا") ||
		commonShape(b) || commonWords[b] || classOf(b) != 0 || arabic.IsStopword(b)) {
		return false // كبيرا: an adjective in the accusative
	}
	if hasSuffixAny(w, "ين", "ون", "ات", "ها", "هم", "هما", "كم", "نا", "وا") {
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
