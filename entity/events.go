// Named events: championships, cups, festivals and rallies.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// eventHeads open the name of an event (بطولة العالم، كأس أمم أفريقيا،
// مهرجان بغداد للتسوق، ماراثون بيروت).
var eventHeads = keySet("بطولة", "كأس", "مهرجان", "ماراثون")

// starringHead is the key of بطولة, which before a person means starring.
var starringHead = arabic.Normalize("بطولة")

// eventLinks may stand inside an event's name before the next word:
// another head (بطولة كأس الملك) or أمم (كأس أمم أفريقيا).
var eventLinks = keySet("كأس", "أمم", "الأمم")

// eventWords name an event after its head though they are stopwords
// elsewhere (بطولة العالم).
var eventWords = keySet("العالم")

// notEventWords follow an event's name without being part of it (كأس أمم
// أفريقيا المقبلة), or follow بطولة when it means a starring part (بطولة
// المسلسل).
var notEventWords = keySet("المقبلة", "المقبل", "القادمة", "القادم", "الماضية", "الماضي", "الحالية", "الحالي",
	"الأخيرة", "الأخير", "الجارية", "الجاري", "السابقة", "السابق",
	"المسلسل", "الفيلم", "المسرحية") // بطولة المسلسل: starring in a series

// maxEventWords bounds the words after an event's head.
const maxEventWords = 5

// events finds the names of events (rule misc.ar.event): an event head
// without the article, then up to five words that are places, people,
// links or words with the article (بطولة العالم للمصارعة، بطولة كأس الشيخ
// جاسم لكرة القدم، بطولة الولايات المتحدة المفتوحة، مهرجان بغداد للتسوق),
// and a year (بطولة العالم 2002). The event is MISC, the way ANERcorp tags
// it; the places and people of its name are part of it, not mentions of
// their own. A head with no name after it (بطولة قوية، كأس من الشاي) names
// nothing.
func events(text string, toks []token.Token, covered []bool, ms []Mention, marks []uint8) []Mention {
	var startAt firstIndex // the mentions by first token, made at the first head
	var startBuf *[]int32
	defer func() { putFirstIndex(startBuf) }()
	var drop map[int]bool
	var found []Mention
	for i := 0; i+1 < len(toks); i++ {
		if i = nextMarked(marks, i, markEvent); i+1 >= len(toks) {
			break
		}
		t := &toks[i]
		if covered[i] || t.Script != token.Arabic || toks[i+1].Sentence != t.Sentence {
			continue
		}
		head := t.Key
		var prefix int
		if !eventHeads[head] {
			for _, rd := range t.Readings {
				if eventHeads[rd.Stem] && strings.Trim(rd.Prefix, "وفبل") == "" && len([]rune(t.Key)) == len([]rune(rd.Prefix))+len([]rune(rd.Stem)) {
					head, prefix = rd.Stem, len([]rune(rd.Prefix))
					break
				}
			}
			if !eventHeads[head] {
				continue
			}
		}
		if startAt == nil {
			startAt, startBuf = getFirstIndex(len(toks))
			drop = map[int]bool{}
			for x := range ms {
				if !ms[x].Nisba && ms[x].Clitic == "" && ms[x].Type != gazetteer.MISC {
					startAt.set(ms[x].First, x)
				}
			}
		}
		if x, ok := startAt.at(i + 1); ok && head == starringHead && ms[x].Type == gazetteer.PER && !isTitleToken(&toks[i+1]) {
			continue // بطولة عادل إمام: starring a person, no event
		}
		e, named := i+1, false
		var inside []int
		for e < len(toks) && e-i <= maxEventWords && toks[e].Sentence == t.Sentence {
			w := &toks[e]
			if x, ok := startAt.at(e); ok && (ms[x].Type == gazetteer.LOC || ms[x].Type == gazetteer.PER || ms[x].Rule == "org.ar.club") {
				inside = append(inside, x)
				e, named = ms[x].Last, true
				continue
			}
			if eventWords[w.Key] && !covered[e] {
				e, named = e+1, true
				continue
			}
			if covered[e] || w.Script != token.Arabic || arabic.IsStopword(w.Key) || timeWords[w.Key] || notEventWords[w.Key] {
				break
			}
			if eventLinks[w.Key] || isTitleToken(w) && e+1 < len(toks) {
				e++ // بطولة كأس، كأس أمم، كأس الشيخ
				continue
			}
			if strings.HasPrefix(w.Key, "ال") && (named || !nisbaOrPlural(w.Key)) {
				e, named = e+1, true // العالم، الأندية؛ المفتوحة after a name
				continue
			}
			if named && (strings.HasPrefix(w.Key, "لل") || strings.HasPrefix(w.Key, "لكر")) {
				e++ // للمصارعة، للتسوق، لكرة (القدم)
				continue
			}
			break
		}
		// The name ends at its last word, not at a link or a title.
		for e > i+1 && (eventLinks[toks[e-1].Key] || isTitleToken(&toks[e-1])) {
			e--
		}
		if !named || e == i+1 {
			continue
		}
		if e < len(toks) && toks[e].Script == token.Digit && len(toks[e].Key) == 4 && toks[e].Sentence == t.Sentence {
			e++ // بطولة العالم 2002
		}
		for _, x := range inside {
			if ms[x].Last <= e {
				drop[x] = true
			}
		}
		start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], prefix)
		m := headMention(text, start, toks[e-1].End, i, e, gazetteer.MISC, "misc.ar.event")
		m.Subtype = "event"
		found = append(found, m)
		markCovered(covered, i, e)
		i = e - 1
	}
	if len(found) == 0 {
		return ms
	}
	return withoutDropped(ms, drop, found)
}

// nisbaOrPlural reports whether key ends like a nisba adjective or a
// masculine plural (العربي، اللاعبين), which names no event by itself.
func nisbaOrPlural(key string) bool {
	return strings.HasSuffix(key, "ي") || strings.HasSuffix(key, "ين") || strings.HasSuffix(key, "ون")
}

// eventTail reports whether key ends like an event head, with or without
// proclitics: a test cheaper than the look-ups, by its last letter first.
func eventTail(key string) bool {
	if len(key) < 6 {
		return false
	}
	// The last letter, by its second byte: every letter tested below is
	// of the block U+0600–U+063F or U+0640–U+067F, two bytes each.
	if c := key[len(key)-2]; c != 0xD8 && c != 0xD9 {
		return false
	}
	switch key[len(key)-2:] {
	case "ه":
		return strings.HasSuffix(key, "بطوله")
	case "س":
		return strings.HasSuffix(key, "كاس")
	case "ن":
		return strings.HasSuffix(key, "مهرجان") || strings.HasSuffix(key, "ماراثون")
	}
	return false
}
