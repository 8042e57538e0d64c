// Word shapes: whether a word the name lexicon lacks looks like a name or
// like a common word (a verb, an adverb, a verbal noun, a participle).

package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/token"
)

// unknownSurname reports whether t, which the lexicon does not know, may
// still be the family name right after a first name: two letters or
// more, without the article unless it has the shape of a nisba surname
// (الأصبحي), and no shape of a verb, an adverb, an adjective, a noun with a
// pronoun, a preposition or a conjunction before a word.
func unknownSurname(t *token.Token) bool {
	k := t.Key
	n := utf8.RuneCountInString(k)
	c := classOf(k) // (ordinals, roles, adverbs and appositions are classes)
	if n < 2 || c&(cOrdinal|cRole) != 0 || strings.HasPrefix(k, "ال") && !nisbaSurname(t) {
		return false
	}
	if imperfectVerb(k) || n == 4 && strings.HasPrefix(k, "ت") || c&(cAdverb|cApposition) != 0 {
		return false // يكتب، يستطيع، حاليا: a verb or an adverb
	}
	if n == 5 && (strings.HasPrefix(k, "سي") || strings.HasPrefix(k, "ست") || strings.HasPrefix(k, "سن")) {
		return false // سيكون: a verb in the future
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && arabic.IsStopword(rd.Stem) {
			return false // بأن، لأن
		}
	}
	if n <= 6 && strings.HasPrefix(k, "م") && strings.HasSuffix(k, "ا") || n >= 5 && strings.HasSuffix(k, "يا") ||
		n <= 8 && (strings.HasPrefix(k, "مست") || strings.HasPrefix(k, "مت")) && strings.HasSuffix(k, "ا") {
		return false // مؤكدا، مشيرا، مستطردا، سياسيا: a participle or an adjective of manner
	}
	if prepositionWord(t) {
		return false // بطريق، لزيادة، بالرغم: a preposition before a word
	}
	if n == 5 && strings.HasPrefix(k, "ا") && strings.HasSuffix(k, "ه") {
		return false // أسئلة، أسلحة، أجهزة: a plural
	}
	if n <= 3 && strings.HasSuffix(k, "ا") {
		return false // دعا، ردا
	}
	if _, conj := t.Unconj(); conj && strings.HasPrefix(k, "و") && n >= 6 {
		return false // ومهاراته: the next word of a list
	}
	for _, suf := range [...]string{"يه", "ته", "ها", "هم", "هما"} {
		if strings.HasSuffix(k, suf) {
			return false // مستقبلية، روايته، زوجها: an adjective or a noun with a pronoun
		}
	}
	return true
}

// lastSurname reports whether toks[k], an unknown word after two names or
// more, may end the name as a family name (محمد مجدي قبيصي، محافظ
// الفيوم): more than three letters, no verb's ending, and the name must end
// right after it, at punctuation, a number, a function word, a title or
// the end of the sentence.
func lastSurname(toks []token.Token, k int) bool {
	w := toks[k].Key
	if utf8.RuneCountInString(w) <= 3 || strings.HasSuffix(w, "نا") || strings.HasSuffix(w, "وا") {
		return false // نجح، أصبحنا
	}
	if k+1 >= len(toks) || toks[k+1].Sentence != toks[k].Sentence {
		return true
	}
	n := &toks[k+1]
	return n.Script == token.Punct || n.Script == token.Digit || arabic.IsStopword(n.Key) || titles[n.Key] || titles[stemOf(n)] ||
		roles[n.Key] || appositions[n.Key] || offices[n.Key]
}

// imperfectVerb reports whether key has the shape of a verb in the
// imperfect (يكتب، يستطيع، يتواصل), which a word the lexicon lacks after a
// name most often is: ya and three or four letters more, or the ya of the
// derived forms (يست، يت، ين) before more; foreign names such as يونيكر
// keep their place.
func imperfectVerb(key string) bool {
	n := utf8.RuneCountInString(key)
	if !strings.HasPrefix(key, "ي") || n < 4 {
		return false
	}
	return n <= 5 || strings.HasPrefix(key, "يست") || strings.HasPrefix(key, "يت") || strings.HasPrefix(key, "ين")
}

// commonShape reports whether key, a word without the article, has the
// shape of a common noun or adjective rather than a name: a verbal noun or
// a plural (إنقاذ، أيام), a participle of the derived forms (متنقل، متخصص،
// مستقل), a common adjective (صغير، جديد), a verb that
// follows a place (تقع، تضم) or a feminine adjective of colour (خضراء).
func commonShape(key string) bool {
	r := []rune(key)
	n := len(r)
	switch {
	case verbalNoun(key), n == 4 && r[0] == 'ا' && r[2] == 'ا':
		return true
	case n >= 5 && (strings.HasPrefix(key, "مت") || strings.HasPrefix(key, "مست")):
		return true
	case commonAdjectives[key]:
		return true
	case placeVerbs[key], commonNouns[key]:
		return true
	case n == 4 && r[3] == 'ت' && r[0] != 'ا':
		return true // عرفت، شهدت: a verb in the past
	case n == 5 && r[3] == 'ر' && strings.HasSuffix(key, "اء") && (r[0] == 'ا' || r[0] == 'ح' || r[0] == 'خ' || r[0] == 'ص' || r[0] == 'ز' || r[0] == 'س'):
		return true
	}
	return false
}

// commonNouns follow a place head as common nouns (منطقة حرب).
var commonNouns = keySet("حرب", "نزاع", "صراع", "عمليات", "عمل", "نفوذ", "سكنية", "صناعية")

// commonAdjectives follow a head noun as adjectives, never as names.
var commonAdjectives = keySet("صغير", "كبير", "جديد", "قديم", "بعيد", "قريب", "عريق", "ضخم", "فخم", "حديث", "خاص", "عام")

// placeVerbs are the verbs that follow a place head in its description
// (منطقة تقع، مدينة تضم).
var placeVerbs = keySet("تقع", "يقع", "تضم", "يضم", "تعد", "يعد", "تمتد", "يمتد", "تبعد", "يبعد", "تشهد", "يشهد",
	"تحيط", "يحيط", "تعتبر", "يعتبر", "تقام", "يقام", "تحتضن", "يحتضن")

// directions are the words of the compass, which head a region's name
// rather than name one (منطقة شمال …).
var directions = keySet("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي")

// verbalNoun reports whether key has the shape of a verbal noun of the
// derived forms (اعتناق، اجراء، استقبال): alef first and alef before the
// last letter.
func verbalNoun(key string) bool {
	if !strings.HasPrefix(key, "ا") { // (most words: no runes to decode)
		return false
	}
	r := []rune(key)
	return len(r) >= 5 && r[len(r)-2] == 'ا'
}

// adverbs are words of manner and time that often follow a name (قال
// فلان أيضا), written without tanween.
var adverbs = keySet("أيضا", "حاليا", "جدا", "تماما", "رسميا", "تقريبا", "سابقا", "لاحقا", "مجددا", "دائما", "أبدا",
	"فقط", "معا", "كثيرا", "قائلا", "سريعا", "فورا", "يوميا", "غدا", "اليوم", "أمس", "آنذاك", "حينذاك", "وقتها",
	"قائلة", "نفسه", "نفسها", "ذاته", "ذاتها", "حينها")

// prepositionWord reports whether t reads as a preposition ب, ل or ك
// before a common word rather than as a foreign name that starts with those
// letters (برديتش، ليتمانن): before the article (بالرغم، للعام), a word of
// three or four letters (بطريق), a verbal noun (بإجراء، لتراجع) or a word with
// a final ta marbuta (لزيادة).
func prepositionWord(t *token.Token) bool {
	for _, rd := range t.Readings {
		p := strings.TrimLeft(rd.Prefix, "وف")
		if p != "ب" && p != "ل" && p != "ك" && p != "بال" && p != "لل" && p != "كال" {
			continue
		}
		n := utf8.RuneCountInString(rd.Stem)
		if p != "ب" && p != "ل" && p != "ك" || strings.HasPrefix(rd.Stem, "ال") || n == 3 || n == 4 ||
			verbalNoun(rd.Stem) || strings.HasPrefix(rd.Stem, "ت") || strings.HasSuffix(rd.Stem, "ه") {
			return true
		}
	}
	return false
}

// appositions are nouns that describe the person right after a name
// (جيمي فولر المؤسس، معتصم الأحمد محلل أسواق المال), or words that often
// follow one (مطلع الأسبوع); some are in the name lists, but they never
// go on a name.
var appositions = keySet("المؤسس", "مؤسس", "المشارك", "محلل", "المحلل", "عميد", "مطلع", "مدير", "عضو", "مسؤول",
	"المسؤول", "خبير", "مؤلف", "المؤلف", "محاضر", "مراسل", "محرر", "صاحب", "مالك", "كبير", "منسق", "ممثل", "شريك",
	"الشريك", "رئيسة", "مديرة", "عضوة", "أستاذ", "أستاذة", "بطل", "مهندس", "رجل", "سيدة")

// hasTanween reports whether the written word carries a tanween
// (مؤكدًا، أبدًا), which names never do.
func hasTanween(w string) bool {
	// U+064B..U+064D are written D9 8B..D9 8D, and D9 never continues
	// another letter: a byte scan finds them, quicker than ContainsAny,
	// through the whole word, without a branch a byte (D9 starts half
	// the letters of Arabic, D8 the others: a test of it mispredicts).
	var f uint8
	for i := 0; i+1 < len(w); i++ {
		f |= bit(w[i] == 0xd9) & bit(w[i+1]-0x8b <= 0x8d-0x8b)
	}
	return f != 0
}

// verbOrNounShape reports whether w, a key of n letters, has the shape of a
// verb, a verbal noun or a common word: an imperfect (يكتب), a verb in
// the future (سيكون، ستبقى، سنعمل), a past of four letters with ت (تعود),
// a verbal noun or a common shape.
func verbOrNounShape(w string, n int) bool {
	return imperfectVerb(w) || verbalNoun(w) || commonShape(w) || n == 4 && strings.HasPrefix(w, "ت") ||
		n == 5 && (strings.HasPrefix(w, "سي") || strings.HasPrefix(w, "ست") || strings.HasPrefix(w, "سن"))
}

// inflectedEnding reports whether w ends as a plural (ين، ون، ات) or with
// a pronoun (ها، هم، هما، كم، نا، وا): no word of a foreign name does.
func inflectedEnding(w string) bool {
	return hasSuffixAny(w, "ين", "ون", "ات", "ها", "هم", "هما", "كم", "نا", "وا")
}
