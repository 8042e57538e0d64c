// Papers and channels that bear a place's name, quoted after their head.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// placeQuoteCloser returns the quote that closes the quote q around a
// medium's name, the reversed guillemets of some papers included (مجلة »
// لوبوان «), or "".
func placeQuoteCloser(q string) string {
	switch q {
	case "«":
		return "»"
	case "»":
		return "«"
	case "\"":
		return "\""
	case "“":
		return "”"
	}
	return ""
}

// quotedPlaceMedia turns a place mention standing alone in quotes right
// after the head of a medium into the medium (rule org.ar.media-place):
// جريدة «كردستان»، اتهمت صحيفة " بابل "، لصحيفة " الشرق الاوسط ". The head
// may carry و، ل or ب; the place's own proclitics leave it a place (صحيفة
// «لبنان» is read as it is written only without one). quotedMedia has
// already turned the names the gazetteer holds as media into their
// entries.
func quotedPlaceMedia(text string, toks []token.Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.LOC || m.Nisba || m.Clitic != "" || m.First < 2 || m.Last >= len(toks) {
			continue
		}
		if q := &toks[m.First-1]; q.Script != token.Punct || placeQuoteCloser(q.Key) != toks[m.Last].Key {
			continue
		}
		if h := &toks[m.First-2]; h.Script != token.Arabic || h.Sentence != toks[m.First].Sentence || !mediaHead[mediaStem(h.Key)] {
			continue
		}
		*m = headMention(text, m.Start, m.End, m.First, m.Last, gazetteer.ORG, "org.ar.media-place")
	}
}

// mediaStem returns key without a و، ل or ب before a medium's head
// (لصحيفة، وجريدة، بمجلة), or key.
func mediaStem(key string) string {
	for _, p := range [...]string{"و", "ل", "ب"} {
		if strings.HasPrefix(key, p) && mediaHead[key[len(p):]] {
			return key[len(p):]
		}
	}
	return key
}
