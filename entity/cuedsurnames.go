package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// appendCuedSurname appends to ms the foreign family name of one word that
// the lexicon lacks right after the cue at token i, whose classes are c, if
// there is one: titleRule calls it where it finds no name after a cue
// (rule per.ar.cued-surname, issue 3: وقالت السيدة كاسماريك إنها، ولا يرى
// المستشار رانتيز سببا، وقال مونتيزيمولو بصراحة). titleRule takes one word
// after a cue only when the lexicon knows it, and cuedForeignNames wants
// two or three. The cue is a reporting verb, or a title or a role with the
// article: one without heads a phrase (رئيس تحرير، محافظ مطروح). The word
// has the letters of a transcription (see transcribedShape) and the shape
// of a word of a foreign name (see foreignWord), and the name ends right
// after it (see surnameEnd).
func (r *Recognizer) appendCuedSurname(ms []Mention, text string, toks []token.Token, i int, c class, covered []bool) []Mention {
	j := i + 1
	if j >= len(toks) || r.Names == nil {
		return ms
	}
	t := &toks[j]
	if len(t.Key) < 5*2 || covered[j] || c&(cTitle|cRole|cSpeech) == 0 || t.Script != token.Arabic || t.Sentence != toks[i].Sentence ||
		c&cSpeech == 0 && !strings.HasPrefix(toks[i].Key, "ال") || !transcribedShape(t.Key) || !r.surnameEnd(text, toks, j+1, c&cSpeech != 0) ||
		r.known(text, t) || !r.foreignWord(text, toks, j, classOf(t.Key)) {
		return ms
	}
	covered[j] = true
	return append(ms, headMention(text, t.Start, t.End, j, j+1, gazetteer.PER, "per.ar.cued-surname"))
}

// withoutCuedSurnames returns rules without the mentions of rule
// per.ar.cued-surname, in place, for the rules whose names recur over the
// article (see repeatsAndAliases): a surname found alone may stand in a
// longer name that no rule found elsewhere (وينشرها نوردين نابيلي), where
// its repeat would be part of a name.
func withoutCuedSurnames(rules []Mention) []Mention {
	var kept compactor
	for i := range rules {
		if rules[i].Rule != "per.ar.cued-surname" {
			kept.keep(rules, i)
		}
	}
	return kept.done(rules)
}

// transcribedShape reports whether key, an Arabic word of five letters
// or more, has the letters of a foreign name written in Arabic: two long
// vowels (ا و ي) or more between its first and last letters (كاسماريك،
// رانتيز، بويغنر, but قراري، احتجاجي), and none of the shapes of a
// broken plural: فعلاء (خبراء، علماء), مفاعيل (تقارير، تفاصيل) or فعائل
// (قبائل، قصائد).
func transcribedShape(key string) bool {
	n := len(key) / 2 // Arabic letters have two bytes
	if n < 5 || len(key)%2 != 0 || strings.HasSuffix(key, "اء") || strings.HasSuffix(key, "ءك") {
		return false
	}
	// The letters by their bytes, without decoding: ا is D8 A7, ئ D8 A6,
	// و D9 88, ي D9 8A; every Arabic letter starts with D8 or D9.
	letter := func(x int) uint16 { return uint16(key[2*x])<<8 | uint16(key[2*x+1]) }
	const alef, yehHamza, waw, yeh = 0xD8A7, 0xD8A6, 0xD988, 0xD98A
	if letter(2) == alef && (n == 6 && letter(4) == yeh || letter(3) == yehHamza || n == 5 && letter(3) == yeh) {
		return false // تقارير، تفاصيل، قبائل، قصائد (its key قصايد)
	}
	long := 0
	for x := 1; x < n-1; x++ {
		switch letter(x) {
		case alef, waw, yeh:
			long++
		}
	}
	return long >= 2
}

// surnameEnd reports whether a name of one word may end before token k:
// at the end of its sentence, punctuation but a hyphen, a number, a
// function word (إن، عن، الذي), a word read with a preposition (للصحيفة،
// بصراحة) or an accusative (مبتسما، سببا); not before a word with the
// article, which a
// plural or a noun takes in a phrase (ويقول خبراء الأمم المتحدة), nor,
// after a reporting verb (speech), before the one spoken to (وقال شوغاي
// للصحفيين), where the name is not sure.
func (r *Recognizer) surnameEnd(text string, toks []token.Token, k int, speech bool) bool {
	if k >= len(toks) || toks[k].Sentence != toks[k-1].Sentence {
		return true
	}
	n := &toks[k]
	if n.Script == token.Punct || n.Script == token.Digit {
		return n.Key != "-" && n.Key != "–" // (ويرى دوجلاس - فيرهيرست: a double-barrelled name)
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
