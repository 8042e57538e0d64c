package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// commonHeads are heads of organisations that are far more often common
// nouns before a definite word: a motion or a traffic (حركة المرور، حركة
// القمر، حركة السوق), a set (مجموعة الحوافز، مجموعة العمل).
var commonHeads = keySet("حركة", "مجموعة")

// groupNumbers count the states of a named group (مجموعة الدول الست،
// مجموعة العشرين).
var groupNumbers = keySet("الثلاث", "الأربع", "الخمس", "الست", "السبع", "الثماني", "الثمانية", "العشرين", "السبعة", "الخمسة",
	"الستة", "الأربعة", "الثلاثة")

// withoutCommonHeads drops the names rule org.ar.head found after one of
// commonHeads when they are one or two words with the article and no
// nisba or number at the end (حركة التداول، مجموعة الخدمات المتكاملة, but
// حركة المقاومة الإسلامية، مجموعة الأنصاري، مجموعة الدول الست): the tokens
// are free again. The
// gazetteer names its movements (حركة الشباب).
func withoutCommonHeads(toks []token.Token, sc *scratch, ms []Mention) []Mention {
	if !sc.has(cOrgHead) {
		return ms
	}
	var drop map[int]bool
	for x := range ms {
		m := &ms[x]
		if m.Rule != "org.ar.head" || m.Type != gazetteer.ORG || m.Last-m.First < 2 || m.Last-m.First > 3 ||
			!commonHeads[headKey(&toks[m.First])] {
			continue
		}
		common := true
		for k := m.First + 1; k < m.Last && common; k++ {
			w := stemOf(&toks[k])
			common = strings.HasPrefix(w, "ال") && !strings.HasSuffix(w, "ي") && !strings.HasSuffix(w, "يه") && !groupNumbers[w]
		}
		if !common {
			continue
		}
		drop = markDrop(drop, x)
		for k := m.First; k < m.Last; k++ {
			sc.covered[k] = false
		}
	}
	if drop == nil {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// headKey returns the key of t without a proclitic و، ف، ب، ل (لحركة).
func headKey(t *token.Token) string {
	for _, rd := range t.Readings {
		if p := strings.TrimLeft(rd.Prefix, "وف"); p == "" || p == "ب" || p == "ل" {
			if commonHeads[rd.Stem] {
				return rd.Stem
			}
		}
	}
	return t.Key
}
