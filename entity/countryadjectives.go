// A country's name that is also its feminine nisba: السعودية right after
// a definite word (الطائرة السعودية، السفارة السعودية، هيئة الأركان
// السعودية، الجامعات السعودية) is an adjective, as the news annotation
// reads it, not the country. After a definite word the name cannot be a
// genitive (عاصمة سورية may be the capital of Syria; العاصمة السعودية is
// only the Saudi capital), so سورية after an indefinite noun is left as it
// is.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// countryAdjectives are the country names read as an adjective after a
// definite word, all of the length of saudiArabia in bytes.
var countryAdjectives = keySet(saudiArabia)

// saudiArabia is the country's name (and its nisba).
const saudiArabia = "السعودية"

// nounNotAdjectiveHead are feminine words after which the country's name
// is still a name: العربية السعودية (the kingdom's name without المملكة).
var nounNotAdjectiveHead = keySet("العربية")

// countryAdjective marks as a nisba (Mention.Nisba) the gazetteer's
// country mention m, of one token and the length of saudiArabia (see
// mentionEnds), that stands as an adjective after a definite word, the
// noun or the genitive of a construct it agrees with (see
// countryAdjectives). A country with a proclitic (والسعودية) or after a
// word of another shape stays the country.
func countryAdjective(text string, toks []token.Token, m *Mention) {
	if m.First == 0 || m.Nisba || m.Clitic != "" || m.Type != gazetteer.LOC || m.Subtype != "country" ||
		m.Source != SourceGazetteer || !countryAdjectives[toks[m.First].Key] {
		return
	}
	p := &toks[m.First-1]
	if p.Sentence == toks[m.First].Sentence && p.Script == token.Arabic &&
		strings.HasPrefix(text[p.Start:p.End], "ال") && !nounNotAdjectiveHead[p.Key] && !arabic.IsStopword(p.Key) {
		m.Nisba = true
	}
}
