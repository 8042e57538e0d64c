package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/token"
)

// agencyWords name the news agency of a dateline (مدريد ـ رويترز، الدوحة -
// الراية، نيويورك - وكالات).
var agencyWords = keySet("رويترز", "وكالات", "الوكالات", "أ", "ا", "اف", "أف", "د", "يو", "الراية", "قنا", "واس", "وام", "بترا", "كونا")

// cityNotClub reports whether the city mention over toks[f:l], in a
// sentence about sport, names the place rather than its club (see clubs):
// after في with و (وفي جوهانسبرغ), a head or a stopword with و (ومدينة),
// a head and a nisba (العاصمة الصينية بكين، ملعب العاصمة الألمانية برلين),
// a verb of hosting (احتضنتها مراكش، واستضافتها صلالة), or as the place of
// a dateline (مدريد ـ رويترز).
func cityNotClub(toks []token.Token, f, l int) bool {
	if p := f - 1; p >= 0 && toks[p].Script == token.Arabic {
		s := stemOf(&toks[p])
		if arabic.IsStopword(s) || heads[s] || strings.Contains(s, "ستضاف") || strings.Contains(s, "حتضن") ||
			strings.Contains(s, "ستضيف") {
			return true
		}
		if _, nisba := arabic.Nisba(s); nisba && strings.HasPrefix(s, "ال") && p > 0 && heads[stemOf(&toks[p-1])] {
			return true
		}
	}
	if l+1 < len(toks) && toks[l+1].Sentence == toks[f].Sentence {
		// the tatweel ـ is an Arabic token
		switch toks[l].Key {
		case "-", "ـ", "–", ":":
			return agencyWords[toks[l+1].Key]
		}
	}
	return false
}
