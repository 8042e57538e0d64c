// The ends of facilities' names: the nisba that closes a crossing's or an
// air base's name (منفذ الوديعة البري، قاعدة أيستر الجوية), the venue head
// before a site named by a head of its own (استاد برج العرب), and a
// pointing adjective that follows a name without being part of it (فندق
// نوفوتيل القريب → فندق نوفوتيل).

package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// facilityEndHeads are the heads of sites whose names may end in a nisba
// of the kind of site (منفذ الوديعة البري، قاعدة أيستر الجوية، مطار عدن
// الدولي).
var facilityEndHeads = keySet("منفذ", "معبر", "قاعدة", "مطار", "ميناء", "مرفأ", "سجن", "مستشفى")

// facilityEndTails are the nisbas that end such names, beyond
// facilityTails: crossings by land or sea, air bases.
var facilityEndTails = keySet("البري", "البحري", "الجوية", "الجوي", "الدولي", "العسكرية", "العسكري", "البحرية")

// venueBefore are the heads of venues that come before a site named by a
// head of its own (استاد برج العرب).
var venueBefore = keySet("استاد", "ستاد", "ملعب")

// pointerTails follow a name to point back at it and are no part of it
// (فندق نوفوتيل القريب، القصر المذكور).
var pointerTails = keySet("القريب", "القريبة", "المذكور", "المذكورة", "المجاور", "المجاورة", "نفسه", "نفسها",
	"ذاته", "ذاتها")

// facilityEnds mends the ends of facility mentions in place (rule
// loc.ar.facility and the gazetteer's facilities): it takes in a
// facility's nisba after the name and a venue head before a site, and
// leaves out a pointing adjective at the end, dropping the mention when
// only a head and a title are left (قصر الأمير المذكور). It only takes
// tokens no mention covers. A line without a facility costs one test a
// mention.
func facilityEnds(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	covered := sc.covered
	dropped := false
	for i := range ms {
		m := &ms[i]
		if m.Last-m.First < 2 || m.Type != gazetteer.LOC || m.Rule != "loc.ar.facility" && m.Subtype != "facility" {
			continue
		}
		sent := toks[m.First].Sentence
		grown := false
		if m.Rule == "loc.ar.facility" && m.Last-m.First > 2 && pointerTails[toks[m.Last-1].Key] {
			covered[m.Last-1] = false
			m.Last--
			grown = true
			if m.Last-m.First == 2 && sc.kc[m.First+1]&cTitle != 0 {
				m.Type, dropped = "", true // قصر الأمير المذكور: no name
				markCovered(covered, m.First, m.Last)
				continue
			}
		}
		if e := m.Last; e < len(toks) && !covered[e] && toks[e].Sentence == sent && facilityEndTails[toks[e].Key] &&
			facilityEndHeads[stemOf(&toks[m.First])] && free(ms, i, e, e+1) {
			covered[e] = true
			m.Last++
			grown = true
		}
		if h := m.First - 1; h >= 0 && m.Rule == "loc.ar.facility" && !covered[h] && toks[h].Sentence == sent &&
			venueBefore[toks[h].Key] && free(ms, i, h, h+1) {
			covered[h] = true
			m.First = h
			grown = true
		}
		if !grown {
			continue
		}
		m.Start, m.End = toks[m.First].Start, toks[m.Last-1].End
		m.Text = text[m.Start:m.End]
		if m.Source == SourceRule {
			m.Name = m.Text
		}
	}
	if !dropped {
		return ms
	}
	return dropUntyped(ms) // in place: no other slice holds ms here
}
