package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// descriptiveHeads are the generic heads that, with a country's nisba,
// describe one of its institutions rather than name it: الجيش العراقي، قوات
// أسترالية، البرلمان البريطاني، القوات المسلحة المصرية. Keys of one word,
// or of two joined by a space. A body with a name of its own is no
// description: الجيش الوطني الليبي، المخابرات المركزية الأمريكية.
var descriptiveHeads = keySet(
	"الجيش", "جيش", "القوات", "قوات", "القوات المسلحة", "القوات الجوية", "قوات الأمن", "سلاح الجو",
	"البحرية", "الشرطة", "الاستخبارات", "المخابرات", "الحكومة", "حكومة", "البرلمان", "السلطات",
)

// markDescriptive sets Descriptive on the organisation mentions made of a
// descriptive head and a country's nisba. They stay mentions, linked to
// their entries (org:iraqi-armed-forces) and usable as relation arguments;
// the flag tells a user, and the news scorers, that they are descriptions,
// which news annotation (testdata/README.md) and ANERcorp leave untagged.
func markDescriptive(m *gazetteer.Matcher, text string, toks []token.Token, ms []Mention) {
	if m == nil {
		return
	}
	for i := range ms {
		mn := &ms[i]
		n := mn.Last - mn.First
		if mn.Type != gazetteer.ORG || mn.Nisba || n < 2 || n > 3 {
			continue
		}
		head := stemOf(&toks[mn.First])
		if n == 3 {
			// The two words' head, looked up from a buffer on the stack:
			// string(b) as a map key allocates nothing.
			var room [64]byte
			b := append(append(append(room[:0], head...), ' '), toks[mn.First+1].Key...)
			if !descriptiveHeads[string(b)] {
				continue
			}
		} else if !descriptiveHeads[head] {
			continue
		}
		last := &toks[mn.Last-1]
		es, nisba := m.Lookup(text[last.Start:last.End])
		if nisba && len(es) > 0 && es[0].Type == gazetteer.LOC && es[0].Subtype == "country" {
			mn.Descriptive = true
		}
	}
}
