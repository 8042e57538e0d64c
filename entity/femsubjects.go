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
// نجحت شذى في، تكتب جنين دهمان). verbSubjectNames leaves these verbs out:
// a past that ends in ت or an imperfect that starts with ت (see
// feminineVerb). The first-name lexicon must know the name and not the
// verb; the name has three letters or more, no article, no و and is no
// common word (see commonFirstName), no preposition with a pronoun (تطلب
// مني) and no word read with a preposition; a word the rules took does not
// follow it, nor a word with the article but a feminine adjective (تخطف
// أحمد السقا: a longer name; نادية الصغيرة), and it is none of nounNames. A family name that the lexicon knows right after it joins the
// mention (جنين دهمان). A past of form five (تصور طارق، وتكلم عمر) has the
// imperfect's shape, and its subject is a name as well.
func (r *Recognizer) femaleSubjectNames(text string, toks []token.Token, covered []bool) []Mention {
	if r.Names == nil || r.FirstNames == nil {
		return nil
	}
	var out []Mention
	for i := 1; i < len(toks); i++ {
		v, t := &toks[i-1], &toks[i]
		// Cheap tests first: a free Arabic word of three letters or more
		// without the article or و after a verb's shape.
		if len(t.Key) < 3*2 || covered[i] || covered[i-1] || !feminineVerb(v.Key) || t.Script != token.Arabic ||
			v.Script != token.Arabic || v.Sentence != t.Sentence || strings.HasPrefix(t.Key, "ال") || strings.HasPrefix(t.Key, "و") {
			continue
		}
		if !r.isFirstName(t.Key) || nounNames[t.Key] || r.known(text, v) || pronounPrepositions[t.Key] || prepositionWord(t) {
			continue
		}
		k := i + 1
		if k < len(toks) && toks[k].Sentence == t.Sentence {
			if covered[k] || !r.commonFirstName(toks, i) {
				continue
			}
			n := &toks[k]
			if n.Script == token.Arabic && strings.HasPrefix(n.Key, "ال") && !strings.HasSuffix(n.Key, "ه") {
				continue // تخطف أحمد السقا: a longer name, not the subject alone (but نادية الصغيرة)
			}
			if n.Script == token.Arabic && r.known(text, n) && !r.isFirstName(n.Key) && personSurname(n) && r.nameToken(text, toks, k, covered) {
				k++ // تكتب جنين دهمان
			}
		} else if ambiguousFirst[t.Key] {
			continue
		}
		if utf8.RuneCountInString(t.Key) < 3 || !r.nameToken(text, toks, i, covered) {
			continue
		}
		out = append(out, headMention(text, t.Start, toks[k-1].End, i, k, gazetteer.PER, "per.ar.fem-subject"))
		markCovered(covered, i, k)
		i = k - 1
	}
	return out
}

// feminineVerb reports whether key, with or without و or ف before it, has
// the shape of a verb whose subject is a woman: a past of four to six
// letters that ends in ت but not in ات (عادت، نجحت، صارت, but مبادرات), or
// an imperfect of four or five letters that starts with ت and has none of
// the shapes of a verbal noun (تكتب، تعيش, but تأسيس، تماسك).
func feminineVerb(key string) bool {
	if len(key) < 4*2 {
		return false
	}
	s := key
	if c := key[:2]; (c == "و" || c == "ف") && len(key) >= 5*2 {
		s = key[2:]
	}
	// ت is D8 AA in UTF-8: most keys neither end nor start with it.
	past := s[len(s)-2] == 0xD8 && s[len(s)-1] == 0xAA
	if !past && (s[0] != 0xD8 || s[1] != 0xAA) {
		return false
	}
	n := len(s) / 2 // Arabic letters have two bytes
	if strings.HasPrefix(s, "ال") || strings.ContainsFunc(s, notLetter) {
		return false
	}
	if past {
		return n >= 4 && n <= 6 && !strings.HasSuffix(s, "ات") && !strings.HasPrefix(s, "م")
	}
	return n >= 4 && n <= 5 && !tafeel(s) && !verbalNoun(s) && !(n == 5 && s[4:6] == "ا") &&
		!strings.HasSuffix(s, "ه") && !strings.HasSuffix(s, "ي") && !strings.HasSuffix(s, "ا")
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
