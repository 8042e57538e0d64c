// Bodies named by a description of their own: a definite head, adjectives
// and what the body is for.

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// bodyHeads are the definite heads of organisations whose name is a
// description: the head, one or two adjectives and the ل of what the body
// is for (المركز المصري للبحوث الطبية، الهيئة العامة للسياحة، المنظمة
// الدولية للهجرة، اللجنة التنفيذية للاتحاد).
var bodyHeads = keySet("المركز", "اللجنة", "الهيئة", "المجلس", "المعهد", "المنظمة", "الاتحاد", "البنك", "الصندوق",
	"المؤسسة", "الجمعية", "الرابطة", "النقابة", "الأكاديمية", "المفوضية", "الشركة", "الوكالة")

// bodyCues are the keys, with or without a conjunction, at which
// namedBodies may find a name: a filter (class cBodyCue) that spares it a
// look-up at every other token.
var bodyCues = func() map[string]bool {
	m := keySet("جهاز", "بجهاز", "لجهاز", "الخطوط")
	for k := range bodyHeads {
		m[k] = true
	}
	return m
}()

// bodyAdjectives are the adjectives of a body's name that have no nisba's
// shape (المجلس الأعلى، الهيئة العامة).
var bodyAdjectives = keySet("الأعلى", "العليا", "العام", "العامة", "الكبرى", "المتحدة", "المشترك", "المشتركة", "الدائم",
	"الدائمة", "المستقل", "المستقلة")

// meetingAdjectives make a head the meeting of an organisation's members,
// no body of its own (الجمعية العمومية للفيفا، الجمعية العمومية العادية
// للبنك).
var meetingAdjectives = keySet("العمومية", "العادية", "الاستثنائية")

// bodyTimes follow an ordinal place or a rank, never a body (المركز الثاني
// للمرة الثالثة، المركز الأول للعام الثاني).
var bodyTimes = keySet("للمرة", "للعام", "للسنة", "لليوم", "للشهر", "للموسم", "للأسبوع")

// securityBodies follow جهاز when it heads a body, not a device (جهاز
// الأمن الوطني، جهاز المخابرات العامة، جهاز الخدمة المدنية).
var securityBodies = keySet("الأمن", "المخابرات", "الاستخبارات", "الشرطة", "الرقابة", "الخدمة", "التمثيل",
	"المحاسبات")

// namedBodies finds the organisations named by a description (rule
// org.ar.body): a definite head of bodyHeads, one or two definite
// adjectives and a complement with لل (المركز العربي للدراسات
// السياسية); جهاز before a word of security bodies (جهاز الأمن الوطني);
// and airlines (الخطوط الجوية الماليزية). Country nisbas inside become
// part of the name. An ordinal is a rank, no adjective of a body (المركز
// الثاني). It returns ms with the new mentions.
func namedBodies(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	covered := sc.covered
	var nisbaAt map[int]int // the nisba mentions by first token, built at the first head
	var drop map[int]bool
	// free reports whether token j is free for a name: no mention covers
	// it but a one-token nisba.
	free := func(j int) bool {
		if !covered[j] {
			return true
		}
		if nisbaAt == nil {
			nisbaAt = map[int]int{}
			for x := range ms {
				if ms[x].Nisba && ms[x].Last == ms[x].First+1 {
					nisbaAt[ms[x].First] = x
				}
			}
		}
		_, ok := nisbaAt[j]
		return ok
	}
	adjective := func(j, sent int) bool {
		if j >= len(toks) || toks[j].Sentence != sent || toks[j].Script != token.Arabic || !free(j) {
			return false
		}
		k := strings.TrimPrefix(toks[j].Key, "و") // والاستراتيجية
		if !strings.HasPrefix(k, "ال") || meetingAdjectives[k] || classOf(k)&cOrdinal != 0 || arabic.IsStopword(k) || arabic.IsStopword(toks[j].Key) {
			return false
		}
		return bodyAdjectives[k] || strings.HasSuffix(k, "ي") || strings.HasSuffix(k, "يه")
	}
	if !sc.has(cBodyCue) {
		return ms
	}
	kc, stc, hm := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.hm[:len(toks)]
	var found []Mention
	for i := 0; i+2 < len(toks); i++ {
		if i = nextMarked(hm, i, hotCue); i+2 >= len(toks) { // eight tokens a test
			break
		}
		t := &toks[i]
		if (kc[i]|stc[i])&cBodyCue == 0 || covered[i] || t.Script != token.Arabic || toks[i+2].Sentence != t.Sentence {
			continue
		}
		key, clitic := t.Key, ""
		if s, ok := t.Unconj(); ok && s != key && (bodyHeads[s] || s == "جهاز" || s == "الخطوط") {
			clitic, key = key[:len(key)-len(s)], s // والمركز، فجهاز
		}
		sent := t.Sentence
		e := 0
		switch {
		case bodyHeads[key]:
			j := i + 1
			for j < i+3 && adjective(j, sent) {
				j++
			}
			if j == i+1 || j >= len(toks) || toks[j].Sentence != sent || !free(j) || covered[j] {
				continue
			}
			c := toks[j].Key
			if !strings.HasPrefix(c, "لل") || len([]rune(c)) < 5 || bodyTimes[c] || toks[j].Script != token.Arabic {
				continue
			}
			e = j + 1
			for e < j+4 && (adjective(e, sent) || complementWord(toks, sc, e, sent)) {
				e++ // للبحوث الطبية، للدراسات السياسية والاستراتيجية; not the object after it
				if strings.HasSuffix(toks[e-1].Key, "ين") {
					break // للعلماء المسلمين، والمرجع: a plural ends the name
				}
			}
		case key == "جهاز" || key == "بجهاز" || key == "لجهاز":
			if key != "جهاز" {
				clitic, key = key[:len("ب")], "جهاز" // لجهاز الأمن: the ل stays outside
			}
			if !securityBodies[toks[i+1].Key] || covered[i+1] {
				continue
			}
			e = i + 2
			for e < i+4 && adjective(e, sent) {
				e++
			}
		case key == "الخطوط" && toks[i+1].Key == "الجويه":
			e = i + 2
			for e < i+4 && adjective(e, sent) {
				e++
			}
			if e == i+2 {
				continue // الخطوط الجوية alone: the airline of the context
			}
		default:
			continue
		}
		start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], len([]rune(clitic)))
		m := headMention(text, start, toks[e-1].End, i, e, gazetteer.ORG, "org.ar.body")
		m.Clitic = clitic
		found = append(found, m)
		for j := i; j < e; j++ {
			if x, ok := nisbaAt[j]; ok && covered[j] {
				drop = markDrop(drop, x)
			}
		}
		markCovered(covered, i, e)
		i = e - 1
	}
	if len(found) == 0 {
		return ms
	}
	return withoutDropped(ms, drop, found)
}

// complementWord reports whether token j goes on the complement of a body's
// name without an adjective's shape: a definite noun after و that heads no
// body of its own (للبحوث والدراسات، للشؤون الإسلامية والأوقاف), or a
// definite plural (للوسطاء العقاريين، للقوات المسلحة).
func complementWord(toks []token.Token, sc *scratch, j, sent int) bool {
	if j >= len(toks) || toks[j].Sentence != sent || toks[j].Script != token.Arabic || sc.covered[j] {
		return false
	}
	k := toks[j].Key
	if arabic.IsStopword(k) {
		return false
	}
	if rest, ok := strings.CutPrefix(k, "و"); ok && strings.HasPrefix(rest, "ال") {
		return !bodyHeads[rest] && classOf(rest)&(cOrgHead|cQuotedOrg|cFacility) == 0 && len([]rune(rest)) > 4
	}
	return strings.HasPrefix(k, "ال") && (strings.HasSuffix(k, "ين") || k == "المسلحه")
}
