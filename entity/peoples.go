// Peoples and sects named as groups: الشيعة، السنة، الأكراد، قريش.

package entity

import (
	"strings"

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
	peopleWords = keySet("الأكراد", "أكراد", "التركمان", "الفرس", "الروم", "الإغريق", "قريش", "قريشا", "الهكسوس", "الخوارج", "المغول", "البانتو", "الماوري")
	peopleKeys  = keySet("الشيعة", "شيعة", "للشيعة", "لشيعة", "بالشيعة", "السنة", "سنة", "للسنة", "بالسنة",
		"الأكراد", "أكراد", "للأكراد", "بالأكراد", "لأكراد", "الفرس", "للفرس", "بالفرس", "الروم", "للروم", "بالروم", "الإغريق", "للإغريق",
		"قريش", "قريشا", "لقريش", "بقريش", "الهكسوس", "الخوارج", "للخوارج", "المغول", "البانتو", "الماوري", "للماوري",
		"التركمان", "بنو", "بني")
	// sunniCues are the words that, just before سنة or السنة, make it
	// the Sunni: أهل السنة، العرب السنة، علماء سنة.
	sunniCues = keySet("أهل", "العرب", "عرب", "المسلمين", "المسلمون", "مسلمين", "مسلمون", "العراقيين", "العراقيون", "عراقيين",
		"علماء", "العلماء", "قادة", "زعماء", "المتطرفين", "الإسلاميين", "السكان")
	// sunniOr join the Sunni and the Shia: السنة والشيعة، سنة أو شيعة.
	sunniOr = keySet("و", "أو", "او", "-", "،", ",")
	// sectTalk are the words of a sentence about sects, where السنة
	// alone is the Sunni (هم من السنة، بين السنة ، ولكن); yearBefore are
	// the words before السنة the year (هذه السنة، نهاية السنة).
	sectTalk   = keySet("الشيعة", "شيعة", "الشيعي", "الشيعية", "السني", "السنية", "الطائفية", "الطائفي", "طائفية", "المذهبية", "التشيع")
	yearBefore = keySet("هذه", "تلك", "نفس", "خلال", "منتصف", "مطلع", "بداية", "نهاية", "أواخر", "أوائل", "طوال", "طيلة", "رأس", "مدار")
	// tribeHeads open the name of a tribe: بنو هاشم، بني أمية. بني is
	// also a verb (بني على تل) and opens the names of towns (بني سويف),
	// which the gazetteer holds.
	tribeHeads = keySet("بنو", "بني")
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
		if tribeHeads[t.Key] || kc[i]&cPeople == 0 && tribeHeads[stemOf(t)] {
			// (بنى with alef maqsura is structures: بنى تحتية)
			if !strings.HasSuffix(text[t.Start:t.End], "ى") && tribeAt(toks, kc, covered, i) {
				start := t.Start
				if !tribeHeads[t.Key] { // the stem is the key without its و or ف
					start += arabic.PrefixBytes(text[t.Start:t.End], 1)
				}
				m := headMention(text, start, toks[i+1].End, i, i+2, gazetteer.MISC, "misc.ar.people")
				m.Subtype = SubtypePeople
				ms = append(ms, m)
				covered[i], covered[i+1] = true, true
			}
			continue
		}
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
		m := headMention(text, t.Start+rd.CutBytes(text[t.Start:t.End], t.Key), t.End, i, i+1,
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
	if i+1 < len(toks) && toks[i+1].Sentence == s {
		n := toks[i+1].Key
		// a number or a definite feminine adjective goes with the year
		// (سنة 2004، السنة الماضية، السنة الأولى)
		if n == "" || startsWithDigit(n) || toks[i+1].Script == token.Digit ||
			len(n) > 4 && n[:4] == "ال" && (n[len(n)-2:] == "ه" || n[len(n)-2:] == "ى") {
			return false
		}
	}
	if i > 0 && toks[i-1].Sentence == s && sunniCues[stemOf(&toks[i-1])] {
		return true
	}
	// السنة alone in a sentence about sects, but after a word of the year
	if toks[i].Key != sunniDefinite || i > 0 && toks[i-1].Sentence == s && yearBefore[stemOf(&toks[i-1])] {
		return false
	}
	for k := i - 1; k >= 0 && toks[k].Sentence == s; k-- {
		if sectTalk[stemOf(&toks[k])] {
			return true
		}
	}
	for k := i + 1; k < len(toks) && toks[k].Sentence == s; k++ {
		if sectTalk[stemOf(&toks[k])] {
			return true
		}
	}
	return false
}

// sunniDefinite is the key of السنة.
var sunniDefinite = arabic.Normalize("السنة")

// tribeAt reports whether بنو or بني at toks[i] opens the name of a tribe:
// a word of the same sentence follows that no mention holds, without the
// article (بني البشر is mankind), that is no stopword, number or common
// word (بني على تل، بني عام 1982 are a verb), and no place's head nor a
// particle of a verb stands before (قرية بني زيد، الذي بني).
func tribeAt(toks []token.Token, kc []class, covered []bool, i int) bool {
	if i+1 >= len(toks) || covered[i+1] || toks[i+1].Sentence != toks[i].Sentence || toks[i+1].Script != token.Arabic {
		return false
	}
	n := toks[i+1].Key
	if strings.HasPrefix(n, "ال") || arabic.IsStopword(n) || kc[i+1]&(cCommon|cPlaceHead) != 0 || len(toks[i+1].Readings) > 1 && arabic.IsStopword(stemOf(&toks[i+1])) {
		return false
	}
	for _, rd := range toks[i+1].Readings[1:] {
		if (rd.Prefix == "ب" || rd.Prefix == "ل") && (strings.HasPrefix(rd.Stem, "ال") || arabic.IsStopword(rd.Stem) || commonWords[rd.Stem]) {
			return false // بني بأمر من، بني للمرة: a verb
		}
	}
	if i > 0 && toks[i-1].Sentence == toks[i].Sentence {
		p := stemOf(&toks[i-1])
		if kc[i-1]&cPlaceHead != 0 || tribeVerbCues[p] || arabic.IsStopword(p) && !tribeAfterStop[p] {
			return false
		}
	}
	return true
}

// tribeVerbCues stand before بني the verb (قد بني، الذي بني), the colour
// (لون بني) or a town (خان بني سعد); most stopwords do too, but for the
// ones of tribeAfterStop (أن بني أمية، من بني هاشم).
var (
	tribeVerbCues  = keySet("قد", "لقد", "الذي", "التي", "الذين", "ثم", "حيث", "لون", "اللون", "بلون", "خان")
	tribeAfterStop = keySet("أن", "إن", "من", "على", "إلى", "مع", "بين", "عن", "في")
)
