// Organisations named after a feminine head by a foreign word that ends in
// ي, which the head rule reads as an adjective.

package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// feminineOrgHeads are feminine heads of organisations: an adjective after
// them ends in ية (صحيفة يومية، شركة أمريكية), so a word ending in ي is a name
// (صحيفة هامشهري، جامعة كراتشي). They are heads of the head rule (class
// cOrgHead), by which the rule finds them.
var feminineOrgHeads = keySet("صحيفة", "جريدة", "مجلة", "شركة", "جامعة", "قناة", "وكالة", "مؤسسة", "مجموعة", "منظمة")

// foreignOrgNames finds the organisations named by one word ending in ي
// after a feminine head (rule org.ar.head-foreign): the word has no article,
// four letters or more, no alef before its last two letters, which a plural
// has (مباني، أراضي), and is no word of the lists (مستشفى, spelled with ى, is
// no name either). The head is part of the mention, as the head rule has it.
// A second foreign word joins the name (see foreignNext). It returns ms
// with the new mentions.
func foreignOrgNames(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	if !sc.has(cOrgHead) {
		return ms
	}
	covered := sc.covered
	hm := sc.hm[:len(toks)]
	for i := 0; i+1 < len(toks); i++ {
		if i = nextMarked(hm, i, hotOrgHead); i+1 >= len(toks) {
			break
		}
		t, w := &toks[i], &toks[i+1]
		head := stemOf(t)
		if covered[i] || covered[i+1] || !feminineOrgHeads[head] || w.Sentence != t.Sentence || w.Script != token.Arabic {
			continue
		}
		k := w.Key
		surface := text[w.Start:w.End]
		if strings.HasPrefix(k, "ال") || !strings.HasSuffix(surface, "ي") || utf8.RuneCountInString(k) < 4 ||
			arabic.IsStopword(k) || classOf(k) != 0 || commonWords[k] {
			continue
		}
		if r := []rune(k); r[len(r)-3] == 'ا' {
			continue // مباني، أراضي: a plural
		}
		start := t.Start
		if head != t.Key {
			start += arabic.PrefixBytes(text[t.Start:t.End], 1) // وصحيفة: the و stays outside
		}
		e := i + 2
		if e < len(toks) && foreignNext(&toks[e], w.Sentence, covered[e]) {
			e++ // جامعة فيرلي ديكنسون، جامعة يونيفرسيتي كوليدج
		}
		ms = append(ms, headMention(text, start, toks[e-1].End, i, e, gazetteer.ORG, "org.ar.head-foreign"))
		markCovered(covered, i, e)
		i = e - 1
	}
	return ms
}

// foreignNext reports whether t, in sentence s, may be the second word of
// a foreign name: an Arabic word without the article or a feminine, plural
// or verbal noun's ending (ديكنسون، كوليدج; not الألمانية، لتجربة، دراسة), and
// no word of the lists.
func foreignNext(t *token.Token, s int, covered bool) bool {
	k := t.Key
	if covered || t.Sentence != s || t.Script != token.Arabic || strings.HasPrefix(k, "ال") || utf8.RuneCountInString(k) < 3 ||
		arabic.IsStopword(k) || classOf(k) != 0 || commonWords[k] {
		return false
	}
	for _, suf := range [...]string{"ه", "ات", "يه", "ها", "هم"} {
		if strings.HasSuffix(k, suf) {
			return false
		}
	}
	return true
}
