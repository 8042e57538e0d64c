// Channels and papers named by the word for their reporter before them.

package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// reporterWords stand before the channel or paper a reporter works for
// (وقال مراسل الجزيرة إن، مراسلة الجزيرة، ذكر موفد الجزيرة); the و and
// the ل before them are taken off first.
var reporterWords = keySet("مراسل", "مراسلة", "موفد", "موفدة")

// notOutlets follow a reporter's word without naming an outlet: the kinds
// of outlet (مراسل الصحيفة), the beats (مراسل الشؤون العسكرية) and the
// reporter's kind (المراسل الحربي is the other order, مراسل الحرب is not).
var notOutlets = keySet("الصحيفة", "الجريدة", "المجلة", "القناة", "الوكالة", "الإذاعة", "التلفزيون", "التلفزة",
	"الموقع", "الشبكة", "المحطة", "الفضائية", "الحرب", "الشؤون", "الرياضة", "الأخبار", "البرنامج", "النشرة",
	"الخاص", "الميدان", "المنطقة", "البلاد", "المدينة", "الحدث", "الشرطة", "الجيش")

// reporterOutlets finds the outlet named by one definite word after the
// word for its reporter (rule org.ar.reporter): مراسل الجزيرة، مراسلة
// الجزيرة، موفد الجزيرة. The word is no place or other mention already,
// no kind of outlet or beat (see notOutlets), no stopword, and not the
// first of a definite phrase (مراسل الشؤون العسكرية). The text is searched
// for the reporter's words first, so that a text without them costs one
// pass of strings.Contains per word.
func reporterOutlets(text string, toks []token.Token, covered []bool) []Mention {
	if !strings.Contains(text, "مراسل") && !strings.Contains(text, "موفد") {
		return nil
	}
	var out []Mention
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Script != token.Arabic || !reporterWords[reporterStem(t)] {
			continue
		}
		j := i + 1
		n := &toks[j]
		k := n.Key
		if covered[j] || n.Script != token.Arabic || n.Sentence != t.Sentence || !strings.HasPrefix(k, "ال") ||
			utf8.RuneCountInString(k) < 5 || notOutlets[k] || arabic.IsStopword(k) {
			continue
		}
		if j+1 < len(toks) && toks[j+1].Sentence == n.Sentence && toks[j+1].Script == token.Arabic &&
			strings.HasPrefix(toks[j+1].Key, "ال") {
			continue // مراسل الشؤون العسكرية، مراسل القناة الأولى
		}
		out = append(out, headMention(text, n.Start, n.End, j, j+1, gazetteer.ORG, "org.ar.reporter"))
		covered[j] = true
		i = j
	}
	return out
}

// reporterStem returns t's key without a و or a ل before it (ومراسل،
// لمراسل).
func reporterStem(t *token.Token) string {
	k := t.Key
	for _, p := range [...]string{"و", "ل"} {
		if strings.HasPrefix(k, p) && reporterWords[k[len(p):]] {
			return k[len(p):]
		}
	}
	return k
}
