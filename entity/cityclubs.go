package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
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
// a dateline (مدريد ـ رويترز، واشنطن (اف ب)).
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
		case "-", "ـ", "–", ":", "(":
			return agencyWords[toks[l+1].Key]
		}
	}
	return false
}

// listedClubs turns a city mention into its club when the club's country
// follows it in brackets in a sentence about sport or with a club the
// gazetteer knows, as in the draw of a cup (rule org.ar.club-country:
// المجموعة الثالثة: ليفربول (إنجلترا) - غلطة سراي (تركيا); but واشنطن (اف
// ب), or ليون (فرنسا) in a text about a conference, stays a place). The
// city opens its sentence or follows punctuation: after a word, it may end
// the name of a club (فيردر بريمن). ms holds the gazetteer's mentions in
// token order.
func listedClubs(text string, toks []token.Token, ms []Mention, sporty map[int]bool) {
	if strings.IndexByte(text, '(') < 0 {
		return
	}
	clubbed := -1 // the last sentence with a club, or -1
	for i := range ms {
		m := &ms[i]
		if m.Type == gazetteer.ORG && m.Subtype == "sports-club" {
			clubbed = toks[m.First].Sentence
		}
		if m.Type != gazetteer.LOC || m.Nisba || m.Subtype != "city" || m.Clitic != "" ||
			m.Last+3 >= len(toks) || toks[m.Last].Key != "(" {
			continue
		}
		if p := m.First - 1; p >= 0 && toks[p].Sentence == toks[m.First].Sentence && toks[p].Script != token.Punct {
			continue // فيردر بريمن (ألمانيا): a club of more words, for the club rules
		}
		if s := toks[m.First].Sentence; !sporty[s] && clubbed != s && !clubIn(toks, ms[i+1:], s) {
			continue
		}
		for j := i + 1; j < len(ms) && ms[j].First <= m.Last+1; j++ {
			if c := &ms[j]; c.First == m.Last+1 && c.Type == gazetteer.LOC && (c.Subtype == "country" || c.Subtype == "region") && !c.Nisba &&
				c.Last < len(toks) && toks[c.Last].Key == ")" {
				m.Type, m.Subtype, m.Entity, m.Candidates = gazetteer.ORG, "sports-club", "", nil
				m.Source, m.Rule = SourceRule, "org.ar.club-country"
				break
			}
		}
	}
}

// clubIn reports whether ms, in token order, has a sports club in
// sentence s.
func clubIn(toks []token.Token, ms []Mention, s int) bool {
	for i := range ms {
		if t := toks[ms[i].First].Sentence; t > s {
			return false
		} else if t == s && ms[i].Type == gazetteer.ORG && ms[i].Subtype == "sports-club" {
			return true
		}
	}
	return false
}
