package entity

import (
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// weakPlaceNames are one-word names of gazetteer places that news writes
// more often as a common word, a verb form or a person's name than as the
// place: قم (Qom, and the imperative "stand up"), كابل (Kabul, and a
// cable). Dropping them from the gazetteer would lose the places; a
// mention of one is kept only with a place cue (see weakPlaceCued).
//
// The list was drawn up from the one-word LOC names the default gazetteer
// finds in the news sample (../shared/data/news/saudinewsnet-5mb.txt, the
// spans of the test and held-out sets left out): each name with the share
// of its mentions that had no place cue before it, and then its contexts,
// judged by hand; the names that the first 90% of ANERcorp's training part
// tags O as often as LOC were weighed the same way, and so were the
// one-word names of the gazetteer (countries left out) that an Arabic
// spelling dictionary (Debian's hunspell-ar) accepts as words, which finds
// the names the sample lacks (قيصرية، مسقط، الهاشمية). A real city that news
// names often stays off the list even when its name is a word too (عدن،
// سرت، الرقة، الرياض). الصحراء is the desert as often as the Sahara, even
// after a cue (في الصحراء), but without one it is the desert (هذه
// الصحراء، حرب الصحراء).
var weakPlaceNames = weakUnion(weakPlacePeople, keySet(
	// common nouns and adjectives
	"كابل",      // Kabul: cable
	"الحلة",     // Hillah: the pot, the suit
	"الكرمة",    // Karmah: the vine
	"العقبة",    // Aqaba: the obstacle
	"عصب",       // Assab: nerve (عصب الحياة)
	"طريف",      // Turaif: amusing
	"كبيسة",     // Kubaisa: leap (سنة كبيسة)
	"حماة",      // Hama: protectors (حماة الوطن)
	"الشامية",   // Levantine (المأكولات الشامية)
	"الظاهرية",  // apparent (التغيرات الظاهرية)
	"الداخلة",   // Dakhla: entering, inner
	"الأقصر",    // Luxor: the shortest
	"المرسى",    // La Marsa: the anchorage
	"السخنة",    // Sokhna: the hot one
	"الكاف",     // El Kef: the letter kaf
	"الصحراء",   // Sahara: the desert
	"بيتش",      // Beach
	"بوكيت",     // Phuket: pocket (ماينكرافت: بوكيت إيديشين)
	"زومبا",     // Zomba: zumba
	"ميري",      // Meri: state-owned
	"المدية",    // Médéa: the knife
	"المحمدية",  // Mohammedia: Muhammadan (الرسالة المحمدية)
	"الهاشمية",  // Hashimiya: Hashemite (المملكة الأردنية الهاشمية)
	"المالكية",  // Malkiya: the Maliki school
	"العمرانية", // Umraniye: urban (التنمية العمرانية)
	"الباطنة",   // Batinah: inner
	"المضيق",    // M'diq: the strait
	"الوديعة",   // Wadiah: the deposit
	"الكفرة",    // Kufra: the unbelievers
	"المغازي",   // Maghazi: the campaigns, the meanings
	"الكسوة",    // Kiswah: the clothing
	"القطيفة",   // Qutayfah: velvet
	"الحمامات",  // Hammamet: the baths
	"الرديف",    // Redeyef: the reserve
	"المطوية",   // folded
	"الجنينة",   // Geneina: the little garden
	"البليدة",   // Blida: the dull one
	"المنشار",   // the saw
	"الإكليل",   // the wreath
	"السواقي",   // the streams
	"العنقاء",   // the phoenix
	"المهدية",   // Mahdia: Mahdist
	"مسقط",      // Muscat: مسقط رأسه, birthplace
	"جنين",      // Jenin: fetus
	"عسير",      // Asir: difficult
	"قيصرية",    // Caesarea: caesarean (عملية قيصرية)
	"قيصري",     // Kayseri: caesarean
	"ينبوع",     // a spring
	"بنين",      // Benin: sons (بنين وبنات)
	"دخيل",      // an intruder
	"قولون",     // Colón: the colon
	"توام",      // a twin (توأم)
	"قلنسوة",    // Qalansawe: a cap
	"هراوة",     // Harawa: a baton
	"بربر",      // Berber: Berbers
	"بربرة",     // Berbera: jabber
	"مروي",      // Merowe: narrated, watered
	"ماطر",      // Mateur: rainy
	"سكرة",      // Sukrah: intoxication
	"ليرا",      // Lira: the currency
	"مبالي",     // Mbale: caring (غير مبالي)
	"نكوص",      // a retreat
	"قرشي",      // Qurashi
	"عتق",       // Ataq: release
	"شين",       // disgrace
	"مولده",     // his birth
	"مرادي",     // Maradi: my wish
	"لعيون",     // Laayoune: for the eyes of
	"لابي",      // Labé: to my father (لأبي)
	"نارا",      // Nara: fire
	"قطنا",      // Qatana: cotton
	"كسلا",      // Kassala: lazily
	"يالا",      // Yala: come on
	"بريا",      // Praia: overland
	"مساقط",     // falls
	"هاتفان",    // Hatvan: two telephones
	"باذنجان",   // aubergine
	"إيلام",     // Ilam: hurting
	"جرادة",     // Jerada: a locust
	"بون",       // Bonn: a gap (بون شاسع)
	"بور",       // Bor: fallow, and Port of two-word names
	"فورت",      // Fürth: Fort
	"هارد",      // Hard: hard (هارد ديسك)
	"دوبل",      // double
	"نيون",      // Nyon: neon
	"ولكوم",     // welcome
	"ألباني",    // Albany: Albanian
	"إسماعيلي",  // Ismayilli: Ismaili
	"تستر",      // Shushtar: covers up
	"حرض",       // Haradh: incited
	"لقنت",      // Alicante: was taught
	"مالي",      // Mali: financial (دعم مالي)
	// verb forms
	"قم",    // Qom: stand up, do (قم بشد عضلات البطن)
	"ينبع",  // Yanbu: springs from (ينبع من)
	"يزد",   // Yazd: increased (لم يزد على)
	"تدمر",  // Palmyra: destroys
	"حائل",  // Hail: a barrier (حائل دون)
	"وارى",  // Wari: buried (وارى الثرى)
	"كاسل",  // Kassel: lazy
	"بابية", // Pavia: بأبيه, with his father
))

// weakPlacePeople are the names of weakPlaceNames that are people's
// names too, whose token a mention without a cue leaves to the rules of
// people's names (جاسم السعدون).
var weakPlacePeople = keySet(
	"جاسم",    // Jasim
	"الأحمدي", // Ahmadi: علي الأحمدي
	"الخليل",  // Hebron: خليل الخليل
	"الليث",   // Lith: the lion, أبو الليث
	"شقراء",   // Shaqra: blonde, أبو شقراء
	"شيخة",    // Sheikha
	"براك",    // Brak: Barack
	"الزهراء", // Zahraa: فاطمة الزهراء
	"ليون",    // Lyon: Bernardino León
)

// weakPlaceCuesAfter are the words that, right after a weak place's name
// or after a comma, say where it lies or what it is: العقبة جنوب الأردن،
// كابل، عاصمة أفغانستان. The heads of places are cues too (الحلة، محافظة
// بابل).
var weakPlaceCuesAfter = keySet("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "عاصمة", "العاصمة")

// weakPlaceIdioms pairs a name of weakPlaceNames with the start of the
// word that, after it, makes it a phrase of the common word even after a
// cue: في مسقط رأسه is in his birthplace, not in Muscat.
var weakPlaceIdioms = map[string]string{"مسقط": "راس"}

// weakPlaceCuesBefore are the words that, just before a weak place's name,
// make it a place: prepositions and words of where (في قم، شمال مالي),
// nouns of what a place has (سكان كبيسة، حكومة مالي, مطار العقبة). The heads
// and plurals of places (مدينة، محافظة، مدن) are cues too, from their
// word lists.
var weakPlaceCuesBefore = keySet(
	"في", "من", "إلى", "عن", "على", "حتى", "نحو", "قرب", "بين", "داخل", "خارج", "عبر", "أنحاء",
	"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "ضواحي", "أطراف", "محيط",
	"سكان", "أهالي", "أبناء", "عشائر", "العاصمة", "عاصمة", "مطار", "ميناء", "قاعدة", "مثلث", "جبهة",
	"معركة", "مفاعل", "ناحية", "بلدية", "مدن", "حكومة", "شعب", "دولة", "جمهورية", "سفارة", "سفير", "رئيس",
	"جيش", "والي", "أمير", "محافظ", "منطقة", "مقاطعة", "مخيم", "واحة",
)

// weakPlaces drops from ms, the gazetteer's mentions in token order, the
// mentions of a name of weakPlaceNames that have no place cue, unless
// another mention of the same entry in the text has one (a text that names
// a place with a cue once names it without one after), or the text names
// the place's country, by its name or a nisba (حلفاء كابل in a text on
// Afghanistan), or it is a city in a sentence on sport, where clubs
// decides whether the name is its club's (مضيفه ليون). The token of a
// dropped name is free again for the other rules when the name is a
// person's (weakPlacePeople) or has the article, since it may be the last
// word of another name (علي الأحمدي، موقع «الدرر الشامية»); a bare common
// word stays out of every name (مستشار مالي، مونت كارلو بيتش كلوب). It
// works in place.
func weakPlaces(g *gazetteer.Matcher, toks []token.Token, sc *scratch, covered []bool, ms []Mention) []Mention {
	var weak []int // indices of the weak mentions without a cue
	var cued []string
	for j := range ms {
		m := &ms[j]
		if m.Type != gazetteer.LOC || m.Nisba || m.Last-m.First != 1 || m.Source != SourceGazetteer {
			continue
		}
		k := weakKey(&toks[m.First], m.Clitic != "")
		if k == "" {
			continue
		}
		if w := weakPlaceIdioms[k]; w != "" && m.Last < len(toks) && strings.HasPrefix(toks[m.Last].Key, w) {
			weak = append(weak, j) // مسقط رأسه: his birthplace, whatever the cue
		} else if weakPlaceCued(toks, sc, ms, j) {
			cued = append(cued, m.Entity)
		} else {
			weak = append(weak, j)
		}
	}
	if len(weak) == 0 {
		return ms
	}
	drop := make(map[int]bool, len(weak))
	for _, j := range weak {
		m := &ms[j]
		if m.Entity != "" && (slices.Contains(cued, m.Entity) || weakCountryNamed(g, m.Entity, ms)) || m.Subtype == "city" && weakSporty(toks, sc, m.First) {
			continue
		}
		drop[j] = true
		if k := weakKey(&toks[m.First], m.Clitic != ""); weakPlacePeople[k] || strings.HasPrefix(k, "ال") {
			covered[m.First] = false
		}
	}
	if len(drop) == 0 {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// weakUnion returns a new set of the keys of a and b.
func weakUnion(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

// weakSporty reports whether the sentence of token i has a word of sport
// that is not weak (مباراة, not هدف): there a city's name may be its
// club's, which clubs decides.
func weakSporty(toks []token.Token, sc *scratch, i int) bool {
	if !sc.has(cSports) {
		return false
	}
	sporty := func(k int) bool {
		c := sc.kc[k] | sc.sc[k]
		return c&cSports != 0 && c&cWeakSports == 0
	}
	sent := toks[i].Sentence
	for k := i; k >= 0 && toks[k].Sentence == sent; k-- {
		if sporty(k) {
			return true
		}
	}
	for k := i + 1; k < len(toks) && toks[k].Sentence == sent; k++ {
		if sporty(k) {
			return true
		}
	}
	return false
}

// weakCountryNamed reports whether ms holds a mention of the country of the
// entry id, as g has it.
func weakCountryNamed(g *gazetteer.Matcher, id string, ms []Mention) bool {
	if g == nil {
		return false
	}
	some := false // a country or a nisba to compare with: most texts have none
	for i := range ms {
		if ms[i].Type == gazetteer.LOC && (ms[i].Nisba || ms[i].Subtype == "country") {
			some = true
			break
		}
	}
	if !some {
		return false
	}
	e := g.Entry(id)
	if e == nil || e.Country == "" {
		return false
	}
	for i := range ms {
		if ms[i].Entity == e.Country {
			return true
		}
	}
	return false
}

// weakKey returns the reading of t that is a name of weakPlaceNames, or
// "" when there is none; the readings with a proclitic are tried only when
// clitic is set (the name the gazetteer matched has one).
func weakKey(t *token.Token, clitic bool) string {
	if mayBeWeak(t.Key) && weakPlaceNames[t.Key] {
		return t.Key
	}
	if !clitic {
		return ""
	}
	for i := 1; i < len(t.Readings); i++ { // the first is the whole key
		if s := t.Readings[i].Stem; mayBeWeak(s) && weakPlaceNames[s] {
			return s
		}
	}
	return ""
}

// weakFilter filters the names of weakPlaceNames (see keyFilter).
var weakFilter = newKeyFilter(weakPlaceNames)

// mayBeWeak reports whether key may be a name of weakPlaceNames.
func mayBeWeak(key string) bool { return weakFilter.may(key) }

// weakPlaceCued reports whether ms[j], one token, has a place cue:
//   - the proclitic ب or ل (بكابل، لقم), not و alone;
//   - a word of weakPlaceCuesBefore, a place head or plural before it
//     (في قم، مدينة تدمر، ومدن), or one of them and an adjective with the
//     article (العاصمة الأفغانية كابل);
//   - another place just before or after, joined by و or a comma, before
//     it across one or two words of the list (القاهرة والأقصر، كابل
//     وقندهار، عمّان وبترا والعقبة);
//   - the nisba of a place just after (الرقة السورية), or after a comma or
//     an opening parenthesis (الحلة (العراق)، كابل، أفغانستان، الزهراء
//     (في حلب));
//   - a word of where it lies or a place head right after it or after a
//     comma (العقبة جنوب الأردن، الحلة، محافظة بابل);
//   - a verb in the feminine after it, when it opens its sentence (مالي
//     تحتجز).
func weakPlaceCued(toks []token.Token, sc *scratch, ms []Mention, j int) bool {
	m := &ms[j]
	f := m.First
	if strings.ContainsAny(m.Clitic, "بل") && !strings.HasSuffix(m.Clitic, "ال") {
		return true
	}
	sent := toks[f].Sentence
	cueAt := func(i int) bool {
		if i < 0 || toks[i].Sentence != sent {
			return false
		}
		t := &toks[i]
		if weakPlaceCuesBefore[t.Key] || (sc.kc[i]|sc.sc[i])&(cPlaceHead|cPlacePlural) != 0 {
			return true
		}
		for _, r := range t.Readings { // ومن، بمنطقة، لدولة
			if weakPlaceCuesBefore[r.Stem] || placeHeads[r.Stem] || placePlurals[r.Stem] {
				return true
			}
		}
		return false
	}
	if cueAt(f-1) || f >= 2 && strings.HasPrefix(toks[f-1].Key, "ال") && cueAt(f-2) {
		return true
	}
	// a place before, joined by و or a comma, maybe across one or two
	// words of the same list (القاهرة وعمّان وبترا والعقبة)
	if j > 0 && (strings.HasPrefix(m.Clitic, "و") || f > 0 && isComma(&toks[f-1])) {
		for k := j - 1; k >= 0 && ms[k].Last >= f-2; k-- {
			p := &ms[k]
			if p.Type != gazetteer.LOC || p.Nisba || toks[p.First].Sentence != sent {
				continue
			}
			listed := true
			for i := p.Last; i < f; i++ {
				listed = listed && (isComma(&toks[i]) || strings.HasPrefix(toks[i].Key, "و"))
			}
			if listed {
				return true
			}
		}
	}
	// a place as the subject that opens its sentence, before a verb in
	// the feminine, as a country's or a city's (مالي تحتجز), where the
	// words open none (قم بشد)
	if (f == 0 || toks[f-1].Sentence != sent) && m.Clitic == "" && m.Last < len(toks) && toks[m.Last].Sentence == sent {
		if k := toks[m.Last].Key; strings.HasPrefix(k, "ت") && len(k) >= 8 {
			return true
		}
	}
	// where it lies or what it is, right after it or after a comma
	// (العقبة جنوب الأردن، كابل، عاصمة أفغانستان، الحلة، محافظة بابل)
	if a := m.Last; a < len(toks) && toks[a].Sentence == sent {
		if isComma(&toks[a]) {
			a++
		}
		if a < len(toks) && toks[a].Sentence == sent && (weakPlaceCuesAfter[toks[a].Key] || sc.kc[a]&cPlaceHead != 0) {
			return true
		}
	}
	// a place after: joined by و, a nisba, or after a comma or parenthesis
	if j+1 < len(ms) {
		n := &ms[j+1]
		if n.Type == gazetteer.LOC && n.First < len(toks) && toks[n.First].Sentence == sent {
			switch {
			case n.First == m.Last:
				return n.Nisba || strings.HasPrefix(n.Clitic, "و")
			case n.First == m.Last+1 && isComma(&toks[m.Last]):
				return true
			case n.First <= m.Last+3 && toks[m.Last].Key == "(": // (العراق)، (في حلب)
				return true
			}
		}
	}
	return false
}
