// Organisations that no gazetteer holds: quoted media and acronyms.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// mediaHead are the heads of media, which may bear a place's name
// (جريدة القدس).
var mediaHead = keySet("صحيفة", "جريدة", "مجلة", "قناة", "وكالة", "إذاعة", "تلفزيون")

// quotedOrgHeads head the names of organisations only when the name is
// quoted (تنظيم «داعش»، مجلة «الدوحة»); unquoted they are common nouns more
// often (تنظيم الهجرة).
var quotedOrgHeads = keySet("تنظيم", "ائتلاف", "مجلة", "جريدة", "موقع", "إذاعة", "شبكة", "فرقة", "كتائب", "ميليشيا",
	"مليشيا", "تيار", "منتدى", "دار")

// quotedOrgs finds the newspapers, channels and agencies that a speaker
// talks to (rule org.ar.quoted-media): a reporting verb, the preposition ل
// and a quoted name (وقال لـ«الشرق الأوسط»، أكد لـ«رويترز»).
func quotedOrgs(text string, toks []token.Token, covered []bool) []Mention {
	var out []Mention
	for i := 0; i+3 < len(toks); i++ {
		if toks[i+1].Key != "ل" || toks[i+2].Key != "«" || !(speech[toks[i].Key] || speech[stemOf(&toks[i])]) {
			continue
		}
		first := i + 3
		e := first
		for e < len(toks) && e < first+5 && toks[e].Key != "»" && toks[e].Sentence == toks[i].Sentence {
			e++
		}
		if e == first || e >= len(toks) || toks[e].Key != "»" || anyCovered(covered, first, e) {
			continue
		}
		out = append(out, headMention(text, toks[first].Start, toks[e-1].End, first, e, gazetteer.ORG, "org.ar.quoted-media"))
		markCovered(covered, first, e)
		i = e
	}
	return out
}

// acronyms finds the short name in parentheses right after an
// organisation's name (منظمة أوبك (OPEC)، الشركة السعودية للصناعات الأساسية
// (سابك)), after its closing quote if it has one: one to three tokens
// that do not end like an adjective (شبه حكومية، الرسمي), unless they are
// the names of letters (بي بي سي); the same organisation (rule
// org.acronym).
func acronyms(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	var out []Mention
	for i := range ms {
		m := &ms[i]
		o := m.Last
		if o < len(toks) && (toks[o].Key == "»" || toks[o].Key == "\"") {
			o++ // «الحزب الوطني» (حزب)
		}
		if m.Type != gazetteer.ORG || m.Nisba || o+2 >= len(toks) || toks[o].Key != "(" {
			continue
		}
		e := o + 1
		for e < len(toks) && e <= o+3 && toks[e].Key != ")" && toks[e].Script != token.Punct && toks[e].Script != token.Digit {
			e++
		}
		if e == o+1 || e >= len(toks) || toks[e].Key != ")" || anyCovered(covered, o+1, e) {
			continue
		}
		if w, l := &toks[o+1], toks[e-1].Key; w.Script == token.Arabic && !letterNames(toks[o+1:e]) &&
			(arabic.IsStopword(w.Key) || directions[w.Key] || strings.HasSuffix(l, "يه") || strings.HasSuffix(l, "ي") && strings.HasPrefix(l, "ال")) {
			continue // (شبه حكومية، الرسمي، شمال شرق): a description, not a short name
		}
		a := headMention(text, toks[o+1].Start, toks[e-1].End, o+1, e, gazetteer.ORG, "org.acronym")
		a.Entity, a.Subtype, a.Name = m.Entity, m.Subtype, m.Name
		out = append(out, a)
		markCovered(covered, o+1, e)
	}
	return out
}

// letterNames reports whether toks are all short words, as the names of
// the letters of an acronym written in Arabic are (بي بي سي، إن إس أو).
func letterNames(toks []token.Token) bool {
	for i := range toks {
		if len([]rune(toks[i].Key)) > 3 {
			return false
		}
	}
	return true
}
