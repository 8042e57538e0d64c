// Sports clubs named after their city: a club word before the city (اتحاد
// طنجة، هرتا برلين) or the city's nisba after a word (الكوكب المراكشي).

package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// clubWords open the name of a sports club before a place (اتحاد طنجة،
// شباب الأهلي); strongClubWords open one before any word, known or not
// (أولمبيك خريبكة، حسنية أكادير، سبارتاك موسكو).
var (
	clubWords       = keySet("اتحاد", "شباب", "نهضة", "ريال", "إنتر", "النادي", "نادي")
	strongClubWords = keySet("أولمبيك", "حسنية", "مولودية", "هرتا", "فيردر", "سبارتاك", "دينامو", "سبورتينغ", "أتلتيكو",
		"بوروسيا", "أينتراخت", "باير", "أولمبياكوس", "باناثينايكوس")
)

// clubNameWords start the names of clubs with a city's nisba so often
// that they need no sports word around them (الكوكب المراكشي، المولودية
// الوجدية، الأهلي الطرابلسي in a list of fixtures).
var clubNameWords = keySet("الكوكب", "المولودية", "الجمعية", "النادي", "الرجاء", "الوداد", "الاتحاد", "الأهلي", "النجم",
	"الترجي", "الدفاع", "المغرب", "الفتح", "النصر", "الهلال", "الشباب", "النهضة", "الجيش", "الفيصلي", "الوحدة", "الأولمبي")

// notClubNames come before a city's nisba in sport without naming a club
// (اللاعب المراكشي، الجمهور الفاسي، المنتخب المغربي).
var notClubNames = keySet("الجمهور", "المنتخب", "الفريق", "اللاعب", "المدرب", "الحارس", "المهاجم", "المدافع", "الملعب",
	"الشارع", "المدينة", "الشعب", "الدوري", "البطل", "النجم", "الحكم", "الأمن", "الشباب")

// sportsClubs finds the clubs named after a city (rule org.ar.club): in a
// sentence about sport, a club word before a place mention (اتحاد طنجة:
// the place's mention becomes the club's), or a word with the article, or
// a place, before the nisba of a city the gazetteer holds (الكوكب المراكشي،
// المغرب التطواني، النادي المكناسي); anywhere, a strong club word before
// any word (أولمبيك آسفي، فيردر بريمن) and a word of clubNameWords before a
// city's nisba. The club's proclitics stay outside (وحسنية أكادير).
func (r *Recognizer) sportsClubs(text string, toks []token.Token, covered []bool, ms []Mention, sporty map[int]bool, marks []uint8) []Mention {
	var placeAt firstIndex // built at the first candidate
	var placeBuf *[]int32
	defer func() { putFirstIndex(placeBuf) }()
	var drop map[int]bool // made at the first mention dropped: most texts have none
	var found []Mention
	for i := 0; i+1 < len(toks); i++ {
		if i = nextMarked(marks, i, markClub|markNisbaNext); i+1 >= len(toks) {
			break
		}
		t := &toks[i]
		if t.Script != token.Arabic || toks[i+1].Sentence != t.Sentence {
			continue
		}
		// Cheap tests first: a club word, or a word before a city's nisba.
		w, kind := t.Key, clubKind(t.Key)
		if kind == 0 && conjFirst(w) {
			if st := stemOf(t); st != w {
				w, kind = st, clubKind(st)
			}
		}
		shaped := nisbaShape(toks[i+1].Key)
		if kind&(kindStrong|kindClub) == 0 && !shaped {
			continue
		}
		sport := len(sporty) > 0 && sporty[t.Sentence]
		nisbaNext := shaped && (sport || kind&kindName != 0)
		if kind&(kindStrong|kindClub) == 0 && !nisbaNext {
			continue
		}
		if placeAt == nil {
			placeAt, placeBuf = getFirstIndex(len(toks))
			for x := range ms {
				if (ms[x].Type == gazetteer.LOC || ms[x].Rule == "org.ar.club") && !ms[x].Nisba && ms[x].Clitic == "" {
					placeAt.set(ms[x].First, x) // a city clubs made a club stays a place here
				}
			}
		}
		start := t.Start
		if w != t.Key {
			start += arabic.PrefixBytes(text[t.Start:t.End], 1)
		}
		pi, place := placeAt.at(i + 1)
		if (sport && kind&kindClub != 0 || kind&kindStrong != 0) && !covered[i] {
			e := i + 2
			switch {
			case place:
				e = ms[pi].Last
			case kind&kindStrong != 0 && !covered[i+1] && toks[i+1].Script == token.Arabic && !arabic.IsStopword(toks[i+1].Key) &&
				len([]rune(toks[i+1].Key)) >= 3:
			default:
				e = -1
			}
			if e > 0 {
				if place {
					drop = markDrop(drop, pi)
				}
				found = append(found, clubMention(text, start, toks[e-1].End, i, e))
				markCovered(covered, i, e)
				i = e - 1
				continue
			}
		}
		if !nisbaNext {
			continue
		}
		// A word or a place, then a city's nisba.
		first := i
		hi, headPlace := placeAt.at(i)
		if headPlace && ms[hi].Last != i+1 {
			continue
		}
		if !sport && kind&kindName == 0 || !headPlace && (covered[i] || !strings.HasPrefix(w, "ال") || len([]rune(w)) < 4 ||
			arabic.IsStopword(w) || notClubNames[w] || titles[w] || offices[w] || roles[w]) {
			continue
		}
		n := &toks[i+1]
		if covered[i+1] && !r.nisbaMentionAt(ms, i+1) || !r.cityNisba(n.Key) {
			continue
		}
		if headPlace {
			drop = markDrop(drop, hi)
			start = ms[hi].Start
		}
		for x := range ms {
			if ms[x].First == i+1 && ms[x].Nisba {
				drop = markDrop(drop, x)
			}
		}
		found = append(found, clubMention(text, start, n.End, first, i+2))
		markCovered(covered, first, i+2)
		i++
	}
	if len(found) == 0 {
		return ms
	}
	return withoutDropped(ms, drop, found)
}

// Kinds of club words, as bits.
const (
	kindClub   = 1 << iota // clubWords
	kindStrong             // strongClubWords
	kindName               // clubNameWords
)

// clubKinds maps the keys of the club word lists to their kinds, so that
// a token is looked up once.
var clubKinds = func() map[string]int {
	m := map[string]int{}
	for _, l := range []struct {
		set  map[string]bool
		kind int
	}{{clubWords, kindClub}, {strongClubWords, kindStrong}, {clubNameWords, kindName}} {
		for w := range l.set {
			m[w] |= l.kind
		}
	}
	return m
}()

var clubFilter = newKeyFilter(clubKinds)

// clubKind returns the kinds of club word key is.
func clubKind(key string) int {
	if !clubFilter.may(key) {
		return 0
	}
	return clubKinds[key]
}

// nisbaShape reports whether key has the shape of a definite nisba (the
// article, three letters or more, a final ي or ية).
func nisbaShape(key string) bool {
	return len(key) >= 10 && strings.HasPrefix(key, "ال") && (strings.HasSuffix(key, "ي") || strings.HasSuffix(key, "يه"))
}

func clubMention(text string, start, end, first, last int) Mention {
	m := headMention(text, start, end, first, last, gazetteer.ORG, "org.ar.club")
	m.Subtype = "sports-club"
	return m
}

// nisbaMentionAt reports whether a nisba mention starts at token i.
func (r *Recognizer) nisbaMentionAt(ms []Mention, i int) bool {
	for x := range ms {
		if ms[x].First == i && ms[x].Nisba {
			return true
		}
	}
	return false
}

// cityNisba reports whether key, a word with the article ending in ي or
// ية, is the nisba of a city the gazetteer holds (المراكشي: مراكش،
// الوجدية: وجدة، المكناسي: مكناس).
func (r *Recognizer) cityNisba(key string) bool {
	if r.Matcher == nil {
		return false
	}
	stem, ok := strings.CutPrefix(key, "ال")
	if !ok {
		return false
	}
	if s, ok := strings.CutSuffix(stem, "يه"); ok {
		stem = s
	} else if s, ok := strings.CutSuffix(stem, "ي"); ok {
		stem = s
	} else {
		return false
	}
	if len([]rune(stem)) < 2 {
		return false
	}
	// The four names as slices of one string: ال + stem + ه.
	full := "ال" + stem + "ه"
	a, h := len("ال"), len("ال")+len(stem)
	for _, c := range [...]string{full[a:h], full[a:], full, full[:h]} { // stem, stem+ه, ال+stem+ه, ال+stem
		es, nisba := r.Matcher.Lookup(c)
		if !nisba && len(es) > 0 && es[0].Type == gazetteer.LOC && es[0].Subtype == "city" {
			return true
		}
	}
	return false
}

// markDrop marks mention x to drop (see withoutDropped), making the map at
// the first: most texts drop none.
func markDrop(drop map[int]bool, x int) map[int]bool {
	if drop == nil {
		drop = map[int]bool{}
	}
	drop[x] = true
	return drop
}
