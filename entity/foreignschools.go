// Universities, colleges, institutes and academies named by a foreign
// name after their head (جامعة برنستون، كلية غيرتون، أكاديمية أسباير),
// which the head rule, wanting words with the article, leaves to the
// person rules or to nothing.

package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// schoolHeads head the names of places of learning; the name is the
// organisation's with its head (جامعة غاريسا، testdata/README.md).
var schoolHeads = keySet("جامعة", "كلية", "معهد", "أكاديمية")

// maxSchoolWords bounds the foreign words after a school's head.
const maxSchoolWords = 3

// foreignSchools finds the places of learning named by one to three
// foreign words after a head of schoolHeads (rule org.ar.school-foreign):
// the head, with any proclitic left outside (بجامعة ديوك → جامعة ديوك),
// then free words each with the shape of a word of a foreign name (see
// shortForeignWord: no article, no adjective's or plural's ending, no
// common word; nor the nisba of a verbal noun, معهد تدريبي), then the end
// of a name (see foreignEnd); a name of one word has four letters or more. Texts without a
// head are passed over at once. It returns ms with the new mentions.
func (r *Recognizer) foreignSchools(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	if !strings.Contains(text, "جامع") && !strings.Contains(text, "كلي") && !strings.Contains(text, "معهد") &&
		!strings.Contains(text, "أكاديمي") && !strings.Contains(text, "اكاديمي") {
		return ms
	}
	covered, kc := sc.covered, sc.kc[:len(toks)]
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if covered[i] || t.Script != token.Arabic || covered[i+1] || toks[i+1].Sentence != t.Sentence {
			continue
		}
		prefix, ok := schoolHead(t)
		if !ok {
			continue
		}
		k := i + 1
		for k < len(toks) && k <= i+maxSchoolWords && toks[k].Sentence == t.Sentence && !covered[k] &&
			r.shortForeignWord(text, &toks[k], kc[k]) && !nisbaOfNoun(toks[k].Key) {
			k++
		}
		if k == i+1 || k == i+2 && utf8.RuneCountInString(toks[i+1].Key) < 4 || !r.foreignEnd(toks, k, t.Sentence) {
			continue // (one word of three letters is as often the start of a longer name: جامعة ساو + باولو)
		}
		start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], prefix)
		ms = append(ms, headMention(text, start, toks[k-1].End, i, k, gazetteer.ORG, "org.ar.school-foreign"))
		markCovered(covered, i, k)
		i = k - 1
	}
	return ms
}

// schoolHead reports whether t is a head of schoolHeads, alone or after
// proclitics (وجامعة، بكلية), and how many letters of proclitics it has.
// Most tokens are told by the end of their key, without a look-up.
func schoolHead(t *token.Token) (int, bool) {
	if k := t.Key; !strings.HasSuffix(k, "جامعه") && !strings.HasSuffix(k, "كليه") && !strings.HasSuffix(k, "معهد") &&
		!strings.HasSuffix(k, "اكاديميه") {
		return 0, false
	}
	if schoolHeads[t.Key] {
		return 0, true
	}
	for _, r := range t.Readings {
		if schoolHeads[r.Stem] {
			return utf8.RuneCountInString(r.Prefix), true
		}
	}
	return 0, false
}

// nisbaOfNoun reports whether key is the nisba of a verbal noun or a
// common word (تدريبي، تعليمي، بحثي): an adjective, not a foreign name.
func nisbaOfNoun(key string) bool {
	b, ok := strings.CutSuffix(key, "ي")
	return ok && (tafeel(b) || commonWords[b] || classOf(b) != 0 || verbOrNounShape(b, utf8.RuneCountInString(b)))
}
