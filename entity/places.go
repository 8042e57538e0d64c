// Places, teams and clubs that no gazetteer holds, found by their head
// nouns and by the sport around them.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// teamHeads stand before the name of a sports team, outside it (فريق
// شيفلد يونايتد، فريقي الأرسنال وتشيلسي).
var teamHeads = keySet("فريق", "فريقي", "لفريق", "بفريق")

// teams finds the names of sports teams after فريق in a sentence about
// sport (rule org.ar.team): one or two words without the article that have
// no other word's shape (فريق شيفلد يونايتد), or one or two words with it
// the last of which has a nisba's ending (فريق المولودية الوجدية، فريق
// الحسنية). A sentence is about sport when a word other than فريق says so.
func teams(text string, toks []token.Token, sc *scratch, sportier map[int]bool) []Mention {
	if len(sportier) == 0 || !sc.has(cTeamHead) {
		return nil
	}
	covered := sc.covered
	var out []Mention
	kc, stc := sc.kc[:len(toks)], sc.sc[:len(toks)]
	for i := 0; i+1 < len(toks); i++ {
		i = nextMarked(sc.hm[:len(toks)], i, hotTeamHead) // eight tokens a test
		for i+1 < len(toks) && (kc[i]|stc[i])&cTeamHead == 0 {
			i++ // most tokens, told by their classes alone
		}
		if i+1 >= len(toks) {
			break
		}
		t := &toks[i]
		// (the classes of the key and its stem say whether teamHeads has either)
		if t.Script != token.Arabic || covered[i+1] || toks[i+1].Sentence != t.Sentence ||
			!sportier[t.Sentence] {
			continue
		}
		j, e := i+1, i+1
		if orgHeads[toks[j].Key] || heads[toks[j].Key] || e+1 < len(toks) && covered[e+1] {
			continue // فريق اتحاد طنجة: the head rule's, or a place's
		}
		definite := strings.HasPrefix(toks[j].Key, "ال")
		for e < len(toks) && e < j+2 && !covered[e] && toks[e].Sentence == t.Sentence && toks[e].Script == token.Arabic &&
			strings.HasPrefix(toks[e].Key, "ال") == definite && !arabic.IsStopword(toks[e].Key) &&
			(definite || unknownSurname(&toks[e]) && !adjectiveLike(toks[e].Key) && !commonShape(toks[e].Key) && len([]rune(toks[e].Key)) > 3) {
			e++
		}
		if definite {
			last := toks[e-1].Key
			if e == j || !(strings.HasSuffix(last, "ي") || strings.HasSuffix(last, "يه")) || offices[last] {
				continue
			}
		}
		if e == j {
			continue
		}
		out = append(out, headMention(text, toks[j].Start, toks[e-1].End, j, e, gazetteer.ORG, "org.ar.team"))
		markCovered(covered, j, e)
		i = e - 1
	}
	return out
}

// weakSportsWords are sports words that are more often something else
// (هدف: an aim; الفريق: a general's rank or a delegation); they make a
// sentence about sport only before or after another sports word.
var weakSportsWords = keySet("هدف", "الفريق")

// strongNeighbour reports whether the sentence of token i has a sports word
// that is not weak.
func strongNeighbour(toks []token.Token, i int, sc *scratch) bool {
	strong := func(x int) bool {
		const m = cSports | cWeakSports
		return sc.sc[x]&m == cSports || sc.kc[x]&m == cSports
	}
	s := toks[i].Sentence
	for x := i - 1; x >= 0 && toks[x].Sentence == s; x-- {
		if strong(x) {
			return true
		}
	}
	for x := i + 1; x < len(toks) && toks[x].Sentence == s; x++ {
		if strong(x) {
			return true
		}
	}
	return false
}

// sportySentences returns the sentences (by index) that have a sports
// word, and those that have one other than فريق, which the team rule needs
// besides its head.
func sportySentences(toks []token.Token, sc *scratch) (sporty, sportier map[int]bool) {
	if !sc.has(cSports) {
		return nil, nil
	}
	kc, stc := sc.kc[:len(toks)], sc.sc[:len(toks)]
	lastSporty, lastSportier := -1, -1 // the sentence put in last: a sentence's words come together
	for i := range toks {
		c := kc[i] // of the key, or else of the stem: most tokens have neither, told without reading the token
		if c&cSports == 0 {
			if c = stc[i]; c&cSports == 0 {
				continue
			}
		}
		t := &toks[i]
		if t.Script != token.Arabic {
			continue
		}
		if c&cWeakSports != 0 && !strongNeighbour(toks, i, sc) {
			continue // هدف الزيارة، الفريق الأميركي: an aim, a general, a delegation
		}
		if sporty == nil {
			sporty, sportier = map[int]bool{}, map[int]bool{}
		}
		if t.Sentence != lastSporty {
			sporty[t.Sentence], lastSporty = true, t.Sentence
		}
		if (c|kc[i])&cTeamHead == 0 && t.Sentence != lastSportier {
			sportier[t.Sentence], lastSportier = true, t.Sentence
		}
	}
	return sporty, sportier
}

// placeHeads are the nouns of kinds of place that news puts before a
// place's name, outside it (مدينة تعز، حي الملز); definite names are taken
// only after the heads of settlements and districts (placeHeadsDefinite).
var (
	placeHeads = keySet("مدينة", "بلدة", "قرية", "حي", "منطقة", "ساحة", "محافظة", "ولاية", "إقليم", "جزيرة",
		"ميدان", "شارع", "وادي", "بحيرة", "منطقتي", "مدينتي", "قضاء", "مديرية", "مقاطعة")
	// placePlurals stand where a place head would but are no heads: مدن
	// وسط الصومال.
	placePlurals       = keySet("دول", "مدن", "قرى", "مناطق", "أحياء", "محافظات", "ولايات", "جزر", "بلدات")
	placeHeadsDefinite = keySet("مدينة", "بلدة", "قرية", "حي", "محافظة", "جزيرة", "قضاء", "مديرية")
)

// commonPlaceNames are the names of places that are also common words
// with the article (الخبر: the news, and Khobar): after a place head they
// are the place.
var commonPlaceNames = keySet("الخبر")

// placePrefixes open place names of two words (نيو أورليانز، سان
// فيسينتي، عين العرب، كفر كلا).
var placePrefixes = keySet("نيو", "سان", "سانت", "سانتا", "بورت", "عين", "كفر", "دير", "بيت", "تل", "رأس", "بني",
	"سيدي", "أبو", "بئر", "خان", "جسر", "مرج", "بورتو", "لوس", "لاس", "ريو")

// places finds the names of places no gazetteer holds after a place head
// (rule loc.ar.head): one word without the article and without an
// adjective's ending or another word's shape (see unknownSurname) (مدينة
// تعز), two after a prefix of place names (placePrefixes), or after a head of settlements one word
// with the article of three letters or more after it (حي الملز), or a quoted name.
// The head stays outside the mention, as news corpora annotate it.
func places(text string, toks []token.Token, sc *scratch) []Mention {
	covered := sc.covered
	var out []Mention
	kc, stc := sc.kc[:len(toks)], sc.sc[:len(toks)]
	for i := 0; i+1 < len(toks); i++ {
		// tfPlace: a place head's class, or a key that may start with a
		// preposition (see orglocMarks); eight tokens a test.
		if i = nextMarked(sc.tf[:len(toks)], i, tfPlace); i+1 >= len(toks) {
			break
		}
		t := &toks[i]
		hc := kc[i] // of the head: the key, or else the stem, or after ب or ل
		if hc&cPlaceHead == 0 {
			if hc = stc[i]; hc&cPlaceHead == 0 {
				if len(t.Readings) < 2 || !mayHavePreposition(t.Key, 0) { // most words, told inline
					continue
				}
				if hc = prepositionHead(t); hc&cPlaceHead == 0 {
					continue
				}
			}
		}
		if t.Script != token.Arabic || covered[i] {
			continue
		}
		j := i + 1
		if toks[j].Sentence != t.Sentence {
			continue
		}
		if q := toks[j].Key; q == "«" || q == "\"" {
			e := j + 1
			for e < len(toks) && e <= j+4 && toks[e].Key != "»" && toks[e].Key != "\"" {
				e++
			}
			if e < len(toks) && e > j+1 && e <= j+4 && (toks[e].Key == "»" || toks[e].Key == "\"") && !anyCovered(covered, j+1, e) {
				out = append(out, headMention(text, toks[j+1].Start, toks[e-1].End, j+1, e, gazetteer.LOC, "loc.ar.head"))
				markCovered(covered, j+1, e)
				i = e
			}
			continue
		}
		w := &toks[j]
		k := w.Key
		definite := strings.HasPrefix(k, "ال")
		if covered[j] || w.Script != token.Arabic || arabic.IsStopword(k) || sc.kc[j]&(cHead|cPlaceHead|cPlacePlural|cTitle|cOffice) != 0 ||
			len([]rune(k)) < 3 || hasTanween(text[w.Start:w.End]) || prepositionWord(w) ||
			(definite && nisbaOrPluralEnd(k) || !definite && adjectiveLike(k)) {
			continue // a definite name may end in ta marbuta (حي الكرادة), not like an adjective (المنطقة الصناعية)
		}
		if _, conj := w.Unconj(); conj || !strings.HasPrefix(k, "ال") && (!unknownSurname(w) || commonShape(k) || directions[k]) {
			continue // تنساب، مساحتها، امتياز، شمال: a verb, a noun with a pronoun, a common noun
		}
		if strings.HasPrefix(k, "ال") && ((sc.kc[i]|hc)&cPlaceDefinite == 0 || len([]rune(k)) < 5 || commonWords[k[len("ال"):]] && !commonPlaceNames[k]) {
			continue // (مدينة التكنولوجيا: a facility named after a field, no place)
		}
		e := j + 1
		if placePrefixes[k] && e < len(toks) && !covered[e] && toks[e].Sentence == t.Sentence && toks[e].Script == token.Arabic &&
			!arabic.IsStopword(toks[e].Key) {
			e++ // نيو أورليانز، عين العرب
		}
		out = append(out, headMention(text, w.Start, toks[e-1].End, j, e, gazetteer.LOC, "loc.ar.head"))
		markCovered(covered, j, e)
		i = e - 1
	}
	return out
}

// clubNames joins, in a sentence about sport, a place with the nisba of
// itself or of a city right after it, which make it a club's name (rule
// org.ar.club: قطر القطري، المغرب التطواني). An unknown word before a city
// (فيردر بريمن) is left alone: in sport it is a common noun far more often
// (ملعب برشلونة، ضيفه ليفربول).
func clubNames(text string, toks []token.Token, ms []Mention, sporty map[int]bool) []Mention {
	if len(sporty) == 0 {
		return ms
	}
	nisbaAt := map[int]int{}
	for i := range ms {
		if ms[i].Nisba && ms[i].Clitic == "" && strings.HasPrefix(ms[i].Text, "ال") {
			nisbaAt[ms[i].First] = i
		}
	}
	drop := map[int]bool{}
	for i := range ms {
		m := &ms[i]
		if m.Nisba || !(m.Type == gazetteer.LOC || m.Rule == "org.ar.club") || !sporty[toks[m.First].Sentence] {
			continue
		}
		joined := false
		if ni, ok := nisbaAt[m.Last]; ok && !drop[ni] && toks[ms[ni].First].Sentence == toks[m.First].Sentence &&
			(ms[ni].Entity == m.Entity || ms[ni].Subtype == "city") {
			drop[ni] = true
			m.Last, m.End = ms[ni].Last, ms[ni].End
			joined = true
		}
		if joined {
			m.Text = text[m.Start:m.End]
			m.Type, m.Subtype, m.Entity, m.Name, m.Candidates = gazetteer.ORG, "sports-club", "", m.Text, nil
			m.Source, m.Rule = SourceRule, "org.ar.club"
		}
	}
	if len(drop) == 0 {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// prepositionHead returns the class of a place head that t carries after
// the preposition ب or ل (لمنطقة «إسلينغتون نورث»، بمحافظة), or 0.
func prepositionHead(t *token.Token) class {
	// (the caller has tested len(t.Readings) >= 2 and mayHavePreposition(t.Key, 0))
	if !strings.HasPrefix(t.Key, "ب") && !strings.HasPrefix(t.Key, "ل") && !conjFirst(t.Key) {
		return 0
	}
	for _, rd := range t.Readings[1:] {
		switch rd.Prefix {
		case "ب", "ل", "وب", "ول", "فب", "فل":
		default:
			continue
		}
		if placeHeadFilter.may(rd.Stem) {
			if c := classOf(rd.Stem); c&cPlaceHead != 0 {
				return c
			}
		}
	}
	return 0
}

// placeHeadFilter filters the keys of placeHeads, for prepositionHead.
var placeHeadFilter = newKeyFilter(placeHeads)

// nisbaOrPluralEnd reports whether a definite key ends like a nisba
// adjective or a plural (الصناعية، الشرقي، العاملين، المستوطنات), which names
// no place after a head.
func nisbaOrPluralEnd(key string) bool {
	for _, suf := range [...]string{"يه", "ي", "ين", "ون", "ات"} {
		if strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}
