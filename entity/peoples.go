// Peoples and sects named as groups: الشيعة، السنة، الأكراد، قريش.

package entity

import (
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// Subtypes of the mentions of peoples.
const (
	SubtypeSect   = "sect"   // a branch of a religion as a group (الشيعة، السنة)
	SubtypePeople = "people" // a people or a tribe (الأكراد، الفرس، قريش)
)

// sectWords are the Shia as a group; sunniWords the Sunni, a word that
// also means "year" (السنة الماضية، سنة 2004): see sunniAt; peopleWords
// peoples and tribes named by a plural, the Kurds and peoples of history.
// peopleKeys are all of them with the proclitics ل، لل and ب that stand
// before them (للشيعة، بالأكراد), for the class cPeople; و and ف are read
// off by the token's stem.
var (
	sectWords   = keySet("الشيعة", "شيعة")
	sunniWords  = keySet("السنة", "سنة")
	peopleWords = keySet("الأكراد", "أكراد", "الفرس", "الروم", "الإغريق", "قريش", "الهكسوس", "الخوارج", "المغول", "البانتو", "الماوري")
	peopleKeys  = keySet("الشيعة", "شيعة", "للشيعة", "لشيعة", "بالشيعة", "السنة", "سنة", "للسنة", "بالسنة",
		"الأكراد", "أكراد", "للأكراد", "بالأكراد", "لأكراد", "الفرس", "للفرس", "بالفرس", "الروم", "للروم", "بالروم", "الإغريق", "للإغريق",
		"قريش", "لقريش", "بقريش", "الهكسوس", "الخوارج", "للخوارج", "المغول", "البانتو", "الماوري", "للماوري")
	// sunniCues are the words that, just before سنة or السنة, make it
	// the Sunni: أهل السنة، العرب السنة، علماء سنة.
	sunniCues = keySet("أهل", "العرب", "عرب", "المسلمين", "المسلمون", "مسلمين", "مسلمون", "العراقيين", "العراقيون", "عراقيين",
		"علماء", "العلماء", "قادة", "زعماء", "المتطرفين", "الإسلاميين", "السكان")
	// sunniOr join the Sunni and the Shia: السنة والشيعة، سنة أو شيعة.
	sunniOr = keySet("و", "أو", "او", "-", "،", ",")
)

// peoples finds the names of sects and peoples (rule misc.ar.people): the
// Shia (الشيعة، وشيعة) and the peoples of peopleWords wherever they stand;
// سنة and السنة only as the Sunni: next to a word of the Shia (السنة
// والشيعة، سنة أو شيعة، الشيعة والسنة) or after a word of sunniCues (أهل
// السنة، العرب السنة) when no number or definite adjective follows (العرب
// السنة الماضية is a year). The mentions are MISC, news annotation leaves
// them out, with SubtypeSect or SubtypePeople; tokens another mention holds
// are left alone. Texts without any of these words cost one test
// (sc.has).
func peoples(text string, toks []token.Token, sc *scratch, covered []bool, ms []Mention) []Mention {
	if !sc.has(cPeople) {
		return ms
	}
	kc, stc := sc.kc[:len(toks)], sc.sc[:len(toks)]
	for i := range toks {
		if (kc[i]|stc[i])&cPeople == 0 || covered[i] {
			continue
		}
		t := &toks[i]
		sub, at := "", -1
		for r, rd := range t.Readings { // shortest proclitic first: the whole key
			switch {
			case sectWords[rd.Stem]:
				sub = SubtypeSect
			case peopleWords[rd.Stem]:
				sub = SubtypePeople
			case sunniWords[rd.Stem] && sunniAt(toks, i):
				sub = SubtypeSect
			default:
				continue
			}
			at = r
			break
		}
		if at < 0 {
			continue
		}
		rd := t.Readings[at]
		m := headMention(text, t.Start+arabic.PrefixBytes(text[t.Start:t.End], utf8.RuneCountInString(rd.Prefix)), t.End, i, i+1,
			gazetteer.MISC, "misc.ar.people")
		m.Subtype, m.Clitic = sub, rd.Prefix
		ms = append(ms, m)
		covered[i] = true
	}
	return ms
}

// sunniAt reports whether سنة or السنة at toks[i] is the Sunni: a word of
// the Shia stands next to it, maybe after a word of sunniOr, or a word of
// sunniCues stands before it and neither a number nor a definite adjective
// follows.
func sunniAt(toks []token.Token, i int) bool {
	s := toks[i].Sentence
	shia := func(k int) bool {
		if k < 0 || k >= len(toks) || toks[k].Sentence != s {
			return false
		}
		return sectWords[toks[k].Key] || sectWords[stemOf(&toks[k])]
	}
	if shia(i+1) || shia(i-1) || i+1 < len(toks) && sunniOr[toks[i+1].Key] && shia(i+2) ||
		i > 0 && sunniOr[toks[i-1].Key] && shia(i-2) {
		return true
	}
	if i == 0 || toks[i-1].Sentence != s || !sunniCues[stemOf(&toks[i-1])] {
		return false
	}
	if i+1 == len(toks) || toks[i+1].Sentence != s {
		return true
	}
	n := toks[i+1].Key
	if n == "" || startsWithDigit(n) || toks[i+1].Script == token.Digit {
		return false
	}
	// a definite feminine adjective agrees with the year (السنة الماضية،
	// السنة الأولى)
	return len(n) <= 4 || n[:4] != "ال" || !(n[len(n)-2:] == "ه" || n[len(n)-2:] == "ى")
}
