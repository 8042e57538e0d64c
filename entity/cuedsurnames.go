package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// cuedSurnames finds a foreign family name of one word that the lexicon
// lacks, right after a reporting verb or a title or role with the article
// (rule per.ar.cued-surname, issue 3: وقالت السيدة كاسماريك إنها، ولا يرى
// المستشار رانتيز سببا، كما أوضح بويغنر.). titleRule takes one word after
// a cue only when the lexicon knows it, and cuedForeignNames wants two or
// three. The word has the shape of a word of a foreign name (see
// foreignWord, five letters or more) and the letters of a transcription
// (see transcribedShape); the name ends right after it (see surnameEnd).
// A title without the article heads a phrase (رئيس تحرير، محافظ مطروح):
// no cue here.
func (r *Recognizer) cuedSurnames(text string, toks []token.Token, sc *scratch, covered []bool) []Mention {
	if r.Names == nil {
		return nil
	}
	kc, stc, hm := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.hm[:len(toks)]
	var out []Mention
	for i := 0; i+1 < len(toks); i++ {
		if i = nextMarked(hm, i, hotTitleCue); i+1 >= len(toks) { // eight tokens a test
			break
		}
		j := i + 1
		c := kc[i] | stc[i]
		if covered[i] || covered[j] || c&(cTitle|cRole|cSpeech) == 0 || toks[i].Script != token.Arabic ||
			c&cSpeech == 0 && !strings.HasPrefix(toks[i].Key, "ال") || toks[j].Sentence != toks[i].Sentence ||
			!transcribedShape(toks[j].Key) || r.known(text, &toks[j]) || !r.foreignWord(text, toks, j, kc[j]) || !r.surnameEnd(text, toks, j+1, c&cSpeech != 0) {
			continue
		}
		t := &toks[j]
		out = append(out, headMention(text, t.Start, t.End, j, j+1, gazetteer.PER, "per.ar.cued-surname"))
		covered[j] = true
		i = j
	}
	return out
}

// transcribedShape reports whether key, an Arabic word of five letters
// or more, has the letters of a foreign name written in Arabic: two long
// vowels (ا و ي) or more between its first and last letters (كاسماريك،
// رانتيز، بويغنر, but قراري، احتجاجي), and none of the shapes of a
// broken plural: فعلاء (خبراء، علماء), مفاعيل (تقارير، تفاصيل) or فعائل
// (قبائل، قصائد).
func transcribedShape(key string) bool {
	n := len(key) / 2 // Arabic letters have two bytes
	if n < 5 || strings.HasSuffix(key, "اء") || strings.HasSuffix(key, "ءك") {
		return false
	}
	r := []rune(key)
	if len(r) != n {
		return false
	}
	if r[2] == 'ا' && (n == 6 && r[4] == 'ي' || r[3] == 'ئ' || n == 5 && r[3] == 'ي') {
		return false // تقارير، تفاصيل، قبائل، قصائد (its key قصايد)
	}
	long := 0
	for _, c := range r[1 : n-1] {
		if c == 'ا' || c == 'و' || c == 'ي' {
			long++
		}
	}
	return long >= 2
}

// surnameEnd reports whether a name of one word may end before token k:
// at the end of its sentence, punctuation, a number, a function word (إن،
// عن، الذي), a word read with a preposition (للصحيفة، بصراحة) or an
// accusative (مبتسما، سببا); not before a word with the article, which a
// plural or a noun takes in a phrase (ويقول خبراء الأمم المتحدة), nor,
// after a reporting verb (speech), before the one spoken to (وقال شوغاي
// للصحفيين), where the name is not sure.
func (r *Recognizer) surnameEnd(text string, toks []token.Token, k int, speech bool) bool {
	if k >= len(toks) || toks[k].Sentence != toks[k-1].Sentence {
		return true
	}
	n := &toks[k]
	if n.Script == token.Punct || n.Script == token.Digit {
		return true
	}
	if n.Script != token.Arabic || r.known(text, n) && !arabic.IsStopword(n.Key) {
		return false
	}
	w := n.Key
	if speech && strings.HasPrefix(w, "ل") && prepositionWord(n) {
		return false // وقال شوغاي للصحفيين: no speaker without what was said
	}
	return arabic.IsStopword(w) || prepositionWord(n) || strings.HasSuffix(w, "ا") && !strings.HasPrefix(w, "ال") || speechObjects[w] || adverbs[w]
}
