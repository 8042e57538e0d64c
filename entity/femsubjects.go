package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// femaleSubjectNames finds the first name alone of a woman that stands as
// the subject right after a verb in the feminine, in a sentence read by
// itself (rule per.ar.fem-subject, issue 3: وعادت نادية تقول، فذهلت سامية،
// نجحت شذى في، شعرت أولغا). verbSubjectNames leaves these verbs out: a
// past that ends in ت (see feminineVerb). The first-name lexicon must know
// the name, and the person-name lexicon not the verb (تشاك نوريس); the
// name has three letters or more, no article, no و and is no common word
// (see commonFirstName and nounNames), no preposition with a pronoun
// (طلبت مني) and no word read with a preposition. Neither a word the
// rules took nor a word with the article follows it, but a feminine
// adjective (نادية الصغيرة): تخطف أحمد السقا is a longer name, and a
// longer name (وفتحت سارة دهمان) is the first-name rule's. It runs after
// articleFirstNames, which names the person the article named before. xf
// holds the tokens' more flags (see orglocMarks).
func (r *Recognizer) femaleSubjectNames(text string, toks []token.Token, covered []bool, xf []uint8) []Mention {
	if r.Names == nil || r.FirstNames == nil {
		return nil
	}
	var out []Mention
	xf = xf[:len(toks)]
	for i := 1; i < len(toks); i++ {
		// The verb's slot first, eight tokens a test (see femVerbSlot).
		if i = nextMarked(xf, i-1, xfFemVerb) + 1; i >= len(toks) {
			break
		}
		v, t := &toks[i-1], &toks[i]
		// Cheap tests first: a free Arabic word of three letters or more
		// without the article or و after a verb's shape.
		if len(t.Key) < 3*2 || covered[i] || covered[i-1] || t.Script != token.Arabic || v.Script != token.Arabic ||
			v.Sentence != t.Sentence || strings.HasPrefix(t.Key, "ال") || strings.HasPrefix(t.Key, "و") || !feminineVerb(v.Key) {
			continue
		}
		if !r.isFirstName(t.Key) || nounNames[t.Key] || r.known(text, v) || pronounPrepositions[t.Key] || prepositionWord(t) {
			continue
		}
		if k := i + 1; k < len(toks) && toks[k].Sentence == t.Sentence {
			if covered[k] || !r.commonFirstName(toks, i) {
				continue
			}
			if n := &toks[k]; n.Script == token.Arabic && strings.HasPrefix(n.Key, "ال") && !strings.HasSuffix(n.Key, "ه") {
				continue // تخطف أحمد السقا: a longer name, not the subject alone (but نادية الصغيرة)
			}
		} else if ambiguousFirst[t.Key] {
			continue
		}
		if utf8.RuneCountInString(t.Key) < 3 || !r.nameToken(text, toks, i, covered) {
			continue
		}
		out = append(out, headMention(text, t.Start, t.End, i, i+1, gazetteer.PER, "per.ar.fem-subject"))
		covered[i] = true
	}
	return out
}

// feminineVerb reports whether key, with or without و or ف before it, has
// the shape of a verb in the past whose subject is a woman: four to six
// letters that end in ت but not in ات, without the article or م first
// (عادت، نجحت، صارت, but مبادرات). The imperfects with ت (تتحدث هند) are
// left out for the cost of the scan: every token would be a candidate of
// the flag (see femVerbSlot).
func feminineVerb(key string) bool {
	if len(key) < 4*2 {
		return false
	}
	s := key
	if c := key[:2]; (c == "و" || c == "ف") && len(key) >= 5*2 {
		s = key[2:]
	}
	n := len(s) / 2 // Arabic letters have two bytes (the caller reads an Arabic word)
	return n >= 4 && n <= 6 && strings.HasSuffix(s, "ت") && !strings.HasSuffix(s, "ات") && !strings.HasPrefix(s, "م") &&
		!strings.HasPrefix(s, "ال")
}

// nounNames are first names that stand far more often for a common noun
// or adjective, as the subject or object of a verb in the feminine (كانت
// جميلة، تهدد سلامة، وضعت سحر، تملك حصة، تعتمد تمام): no name alone after
// such a verb.
var nounNames = keySet(
	"ابتسام", "إبتهال", "أبية", "أرواح", "أسرار", "أسوة", "إشراق", "إشفاق", "أشواق", "أصالة", "أصيلة", "أفراح",
	"أفكار", "ألحان", "ألطاف", "إلهام", "آمال", "أماني", "أمنية", "أميرة", "أمينة", "إنصاف", "آيات", "بارعة",
	"بدوية", "بديعة", "براءة", "بصيرة", "بيان", "بيضاء", "بينة", "تحفة", "تحية", "تذكار", "تراث", "تركية",
	"تسامح", "تسبيح", "تقوى", "تلال", "تهامة", "تهاني", "تودد", "توسل", "ثابتة", "ثائرة", "ثراء", "ثناء",
	"جلاء", "جميلة", "حاكمة", "حبيبة", "حسناء", "حصة", "حميدة", "حنان", "حياة", "ختام", "خلود", "خواطر",
	"خيرية", "دعاء", "دلال", "ذكرى", "روضة", "روعة", "زكية", "سحر", "سلوى", "سناء", "شمائل", "عزة", "عفاف",
	"غزل", "كوثر", "لؤلؤة", "محاسن", "مرح", "مسرة", "منى", "نابغة", "نبيلة", "ندى", "نغم", "هبة", "هدى",
	"وداد", "وعد", "ولاء", "سلامة", "جمعة", "تمام", "جميل", "حلمي", "أياد", "إياد", "أمين", "جمال", "كمال",
	"سالم", "عادل", "عزيز", "هلال", "بطل", "ربيع", "رجاء", "نجاح", "أمل", "فرح", "نور", "سعادة", "رحمة", "نعمة",
)

// femVerbSlot reports whether key may be the verb of femaleSubjectNames
// by its bytes: four letters or more (two bytes a letter) that end in the
// byte AA, as ت does (D8 AA in UTF-8).
// orglocMarks flags these keys xfFemVerb.
func femVerbSlot(key string) bool {
	return len(key) >= 4*2 && key[len(key)-1] == 0xAA
}
