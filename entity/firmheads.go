// The head noun before a foreign firm's name, which is not part of it
// (شركة أليطاليا → أليطاليا), as testdata/README.md has it and the gold of
// the news sets tags it.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// firmHeads are the heads a foreign firm's name comes after without
// being part of it (شركة أليطاليا، لبنك انتيزا سان باولو).
var firmHeads = keySet("شركة", "بنك")

// firmHeadClitics are the proclitics such a head may carry.
var firmHeadClitics = [...]string{"و", "ل", "ب", "ول", "وب", "ف"}

// foreignFirmHead leaves the head out of a rule's organisation mention
// made of شركة or بنك and a foreign name (rule org.ar.head and the foreign
// rules; a gazetteer's alias with its head is the entry's own spelling,
// شركة وادي تك, and stays whole): شركة أليطاليا → أليطاليا, بنك
// يونيكريدت → يونيكريدت, as the news annotation tags them. A name with
// the article or a complement keeps its head, which is then part of it
// (بنك الصين الشعبي، شركة هاتون للعقار), and so does بنك أوف أميركا (the
// article is read in the text, where أليطاليا keeps its hamza). It
// mends m, a mention of two to four tokens (see mentionEnds), in place.
func foreignFirmHead(text string, toks []token.Token, m *Mention) {
	if m.Type != gazetteer.ORG || m.Source != SourceRule || !firmHeadAt(&toks[m.First]) {
		return
	}
	for k := m.First + 1; k < m.Last; k++ {
		w, surface := toks[k].Key, text[toks[k].Start:toks[k].End]
		if toks[k].Script != token.Arabic || strings.HasPrefix(surface, "ال") || strings.HasPrefix(w, "لل") ||
			w == "اوف" || w == "و" || strings.HasSuffix(w, "يه") || strings.HasSuffix(w, "ات") {
			return
		}
	}
	m.First++
	m.Start, m.Clitic = toks[m.First].Start, ""
	m.Text, m.Name = text[m.Start:m.End], text[m.Start:m.End]
}

// firmHeadAt reports whether t is شركة or بنك, with or without a
// proclitic.
func firmHeadAt(t *token.Token) bool {
	if firmHeads[t.Key] {
		return true
	}
	for _, c := range firmHeadClitics {
		if strings.HasPrefix(t.Key, c) && firmHeads[t.Key[len(c):]] {
			return true
		}
	}
	return false
}
