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
// (وقال مراسل الجزيرة إن، مراسلة الجزيرة، ذكر موفد الجزيرة، قال لمراسل
// الجزيرة); a و before them is the stem's class (see scratch.classify).
var reporterWords = keySet("مراسل", "مراسلة", "موفد", "موفدة", "لمراسل", "لمراسلة")

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
// first of a definite phrase (مراسل الشؤون العسكرية). A text without a
// reporter's word costs one test of the classes of its tokens.
func reporterOutlets(text string, toks []token.Token, sc *scratch) []Mention {
	if !sc.has(cRepCue) {
		return nil
	}
	covered := sc.covered
	kc, stc, hm := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.hm[:len(toks)]
	var out []Mention
	for i := 0; i+1 < len(toks); i++ {
		if i = nextMarked(hm, i, hotCue); i+1 >= len(toks) { // eight tokens a test
			break
		}
		if (kc[i]|stc[i])&cRepCue == 0 {
			continue
		}
		t := &toks[i]
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
