// Names of things after a word that says what they are: models, storms,
// tournaments of a year, surahs, rallies.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// The kinds of cue of miscCues.
const (
	cueNone    = iota
	cueYear    // مونديال 2006: the cue and the year
	cueModel   // بوينج 757: the maker and the model number
	cueStorm   // الإعصار كاترينا: the name after the cue
	cueSurah   // سورة البقرة: the name after the cue
	cueRally   // رالي تركيا: the cue alone, before a place
	cueEnrich  // تخصيب اليورانيوم: the element after the cue
	cueMortar  // قذيفة هاون: the weapon after the cue
	cueLeague  // البطولة العربية: the cue and a nisba after it
	cueYen     // 116 ين: the currency after a number
	cueBattle  // غزوة أحد: the name after the cue
	cueYearKey = "مونديال"
)

// miscCue returns the kind of cue that key (normalised, without
// proclitics) is.
func miscCue(key string) int {
	switch key {
	case cueYearKey:
		return cueYear
	case "بوينج", "بوينغ", "ايرباص":
		return cueModel
	case "الاعصار", "اعصار":
		return cueStorm
	case "سوره":
		return cueSurah
	case "رالي":
		return cueRally
	case "تخصيب":
		return cueEnrich
	case "قذيفه", "قذيفتي", "قذيفتا", "قذايف":
		return cueMortar
	case "البطوله":
		return cueLeague
	case "ين":
		return cueYen
	case "غزوه":
		return cueBattle
	}
	return cueNone
}

// miscCueWords are the keys of the cues of miscCue, with the proclitics ب
// and ل that stand before some of them (برالي، بسورة، لتخصيب); و and ف are
// read off by the token's stem.
var miscCueWords = keySet(cueYearKey, "بمونديال", "لمونديال", "بوينج", "بوينغ", "إيرباص", "ايرباص", "الإعصار", "إعصار", "سورة", "بسورة", "لسورة",
	"رالي", "برالي", "لرالي", "تخصيب", "بتخصيب", "لتخصيب", "قذيفة", "قذيفتي", "قذيفتا", "قذائف", "بقذيفة", "بقذائف", "بقذيفتي",
	"البطولة", "بالبطولة", "للبطولة", "ين", "غزوة", "بغزوة")

// miscCues finds MISC names after a cue word (rule misc.ar.cue), the way
// ANERcorp tags them: a World Cup and its year (مونديال 2006); an aircraft
// maker and a model number (بوينج 757), which takes the place of the
// maker's own mention; a storm's name after إعصار (الإعصار كاترينا) and a
// surah's after سورة (سورة البقرة), when no other mention holds it and it
// is not a common word; رالي before a place (رالي تركيا: the place stays a
// LOC); اليورانيوم after تخصيب; هاون after قذيفة; البطولة and a nisba
// of a continent or region (البطولة العربية، البطولة الأميركية), which
// takes the place of the nisba's mention; not البطولة الماضية, nor a
// country's nisba (البطولة الألمانية), which relations use; ين after a
// number (116 ين); the name of a battle after غزوة (غزوة أحد). The cue may carry the
// proclitics و ف, and ب ل before some. A cue with nothing of the kind
// after it (مونديال ألمانيا، إعصار من، رالي السيارات) names nothing. Texts
// without a cue cost one test (sc.has).
func miscCues(text string, toks []token.Token, sc *scratch, covered []bool, ms []Mention) []Mention {
	if !sc.has(cMiscCue) {
		return ms
	}
	var drop map[int]bool
	var found []Mention
	kc, stc, hm := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.hm[:len(toks)]
	for i := 0; i < len(toks); i++ {
		if i = nextMarked(hm, i, hotCue); i >= len(toks) { // eight tokens a test
			break
		}
		if (kc[i]|stc[i])&cMiscCue == 0 {
			continue
		}
		t := &toks[i]
		key := t.Key
		if kc[i]&cMiscCue == 0 {
			key = stemOf(t)
		}
		kind := miscCue(key)
		if kind == cueNone && len(key) > 2 && (key[:2] == "ب" || key[:2] == "ل") {
			kind = miscCue(key[2:])
		}
		if kind == cueNone {
			continue
		}
		if kind == cueYen {
			// ين alone is too short a word for the gazetteer: after a
			// number, one written 46ر116 too, or مليون (116 ين، مليار ين)
			// it is the yen.
			if i > 0 && t.Key == "ين" && !covered[i] && toks[i-1].Sentence == t.Sentence &&
				(startsWithDigit(toks[i-1].Key) || largeNumbers[toks[i-1].Key]) {
				found = append(found, miscMention(text, toks, i, i+1, true))
			}
			continue
		}
		if i+1 == len(toks) {
			break
		}
		n := &toks[i+1]
		if n.Sentence != t.Sentence {
			continue
		}
		switch kind {
		case cueYear:
			if isYear(n.Key) && !covered[i] && !covered[i+1] {
				found = append(found, miscMention(text, toks, i, i+2, true))
				i++
			}
		case cueModel:
			if n.Script == token.Digit && len(n.Key) == 3 && !covered[i+1] {
				maker := -1 // the maker's own mention (ORG بوينج)
				for x := range ms {
					if ms[x].First == i && ms[x].Last == i+1 {
						maker = x
					}
				}
				if maker >= 0 {
					drop = markDrop(drop, maker)
				}
				if !covered[i] || maker >= 0 {
					found = append(found, miscMention(text, toks, i, i+2, true))
					i++
				}
			}
		case cueStorm, cueSurah, cueBattle:
			// A storm's name has no article and is no verb (الإعصار
			// المدينة، الإعصار يطيح are no names).
			// أحد after غزوة is Uhud, not "one"; a feminine word after it
			// is an adjective (غزوة مظفرة).
			if !covered[i+1] && n.Script == token.Arabic && (classOf(n.Key) == 0 || kind == cueBattle) && !commonAfterCue[n.Key] &&
				(kind != cueBattle || !strings.HasSuffix(n.Key, "ه")) &&
				(kind != cueStorm || !strings.HasPrefix(n.Key, "ال") && !bareVerb(n.Key) && !commonShape(n.Key)) {
				found = append(found, miscMention(text, toks, i+1, i+2, false))
				i++
			}
		case cueRally:
			if !covered[i] && covered[i+1] && placeAt(ms, i+1) {
				found = append(found, miscMention(text, toks, i, i+1, true))
			}
		case cueEnrich:
			if n.Key == "اليورانيوم" && !covered[i+1] {
				found = append(found, miscMention(text, toks, i+1, i+2, false))
				i++
			}
		case cueLeague:
			// البطولة العربية، البطولة الأفريقية: the nisba's own mention
			// is part of the name.
			nisba := -1
			for x := range ms {
				if ms[x].First == i+1 && ms[x].Last == i+2 && ms[x].Nisba {
					nisba = x
				}
			}
			// A country's nisba stays its mention, which relations take
			// (مدير البطولة الألمانية ميشيل ستيش).
			if !covered[i] && leagueNisbas[n.Key] && (nisba >= 0 || !covered[i+1]) {
				if nisba >= 0 {
					drop = markDrop(drop, nisba)
				}
				found = append(found, miscMention(text, toks, i, i+2, true))
				i++
			}
		case cueMortar:
			if n.Key == "هاون" && !covered[i+1] {
				found = append(found, miscMention(text, toks, i+1, i+2, false))
				i++
			}
		}
	}
	for _, m := range found {
		for j := m.First; j < m.Last; j++ {
			covered[j] = true
		}
	}
	if drop != nil {
		return withoutDropped(ms, drop, found)
	}
	return append(ms, found...)
}

// leagueNisbas are the nisbas of a championship's name after البطولة that
// are no nisba of one country: البطولة العربية، البطولة الوطنية، البطولة
// الأفريقية.
var leagueNisbas = keySet("العربية", "الوطنية", "الخليجية", "الآسيوية", "الأفريقية", "الإفريقية", "الأوروبية", "الأمريكية", "الأميركية", "اللاتينية")

// startsWithDigit reports whether key begins with an ASCII digit (116،
// 46ر116).
func startsWithDigit(key string) bool { return key != "" && key[0] >= '0' && key[0] <= '9' }

// largeNumbers are the words of number that stand before a currency.
var largeNumbers = keySet("مليون", "مليار", "ملايين", "مليارات", "ألف", "آلاف", "بليون", "بلايين", "تريليون")

// commonAfterCue are words that follow إعصار, سورة or غزوة without being a
// name.
var commonAfterCue = keySet("جديدة", "جديد", "قوي", "قوية", "مدمر", "مدمرة", "استوائي", "عنيف", "الآية", "آية", "كاملة", "قصيرة", "من", "في")

// isYear reports whether key is a year of four digits.
func isYear(key string) bool {
	if len(key) != 4 || (key[0] != '1' && key[0] != '2') {
		return false
	}
	for i := 1; i < 4; i++ {
		if key[i] < '0' || key[i] > '9' {
			return false
		}
	}
	return true
}

// placeAt reports whether a LOC mention starts at token i.
func placeAt(ms []Mention, i int) bool {
	for x := range ms {
		if ms[x].First == i && ms[x].Type == gazetteer.LOC {
			return true
		}
	}
	return false
}

// miscMention returns the MISC mention of rule misc.ar.cue over tokens
// [a, b), without the proclitics (و ف ب ل) of the first when it is the cue.
func miscMention(text string, toks []token.Token, a, b int, cue bool) Mention {
	start, end := toks[a].Start, toks[b-1].End
	clitic := ""
	if t := &toks[a]; cue && miscCue(t.Key) == cueNone {
		for p := 1; p <= 2 && 2*p < len(t.Key); p++ {
			if c := t.Key[2*p-2 : 2*p]; c != "و" && c != "ف" && c != "ب" && c != "ل" {
				break
			}
			if miscCue(t.Key[2*p:]) != cueNone {
				start += arabic.PrefixBytes(text[t.Start:t.End], p)
				clitic = t.Key[:2*p]
				break
			}
		}
	}
	m := headMention(text, start, end, a, b, gazetteer.MISC, "misc.ar.cue")
	m.Clitic = clitic
	return m
}
