package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// A Lexicon tells whether a token key is a known person-name token (a first
// name or a family name). A nil Lexicon knows no names.
type Lexicon interface {
	IsName(key string) bool
}

// A Recognizer finds mentions; see the package documentation. The zero
// value finds nothing. A Recognizer is immutable and safe for concurrent use.
type Recognizer struct {
	Matcher    *gazetteer.Matcher // gazetteer names; nil for none
	Names      Lexicon            // person-name tokens for the context rules; nil for none
	FirstNames Lexicon            // first names, for the first-name rule; nil for none
	// GazetteerOnly turns the context rules off: only gazetteer names and
	// their aliases are found.
	GazetteerOnly bool
}

// Recognize returns the mentions in text, whose tokens are toks, in order of
// their start; mentions never overlap.
func (r *Recognizer) Recognize(text string, toks []token.Token) []Mention {
	return r.RecognizeInto(nil, text, toks)
}

// RecognizeInto is Recognize with the mentions written over buf's array,
// from its start, while it has room: a caller done with one text's
// mentions passes them back for the next, which spares a fifth of what
// recognition allocates.
func (r *Recognizer) RecognizeInto(buf []Mention, text string, toks []token.Token) []Mention {
	out := buf[:0]
	sc := scratches.Get().(*scratch) // (put back by done, at each return: no defer a call)
	sc.classify(toks)
	covered := sc.covered
	if r.Matcher != nil {
		sc.matches = r.Matcher.AppendFindAll(sc.matches[:0], text, toks)
		for _, m := range sc.matches {
			if m.End-m.Start == 1 && !m.Nisba && hamzaMismatch(text[toks[m.Start].Start:toks[m.Start].End], m.Entries) || futureClitic(&m) {
				continue
			}
			if h := m.Start; r.cutStateHead(text, toks, &m) {
				covered[h] = true // دولة in أمير دولة قطر names no one
			}
			mn := fromMatch(text, toks, m)
			out = append(out, mn)
			for i := mn.First; i < mn.Last; i++ { // a title cut off the name stays free
				covered[i] = true
			}
		}
	}
	out = weakPlaces(r.Matcher, toks, sc, covered, out)
	out = animalReadings(text, toks, sc, out)
	out = forcesRule(text, toks, covered, out, sc.fh)
	r.quotedMedia(text, toks, out)
	sporty, sportier := sportySentences(toks, sc)
	clubs(toks, out, sporty)
	listedClubs(text, toks, out, sporty)
	var marks []uint8
	var marked uint8 // the union of marks: a rule whose mark no token has is skipped
	if !r.GazetteerOnly {
		marks, marked = orglocMarks(toks, sc, sc.marks, sporty)
		sc.marks = marks // (reused with the scratch: one pool less to go to a call)
		out = clubNames(text, toks, out, sporty)
		if marked&(markClub|markNisbaNext) != 0 {
			out = r.sportsClubs(text, toks, covered, out, sporty, marks)
		}
		if marked&markEvent != 0 {
			out = events(text, toks, covered, out, marks)
		}
	}
	add := func(ms []Mention) {
		for _, m := range ms {
			out = append(out, m)
			for i := m.First; i < m.Last; i++ {
				covered[i] = true
			}
		}
	}
	// Surnames of gazetteer people first, so that no rule takes them apart;
	// then the context rules, and the names they found wherever they recur.
	breaks := newsArticleBreaks(text) // (aliases stay in their article)
	if r.GazetteerOnly {
		add(inArticle(breaks, toks, aliases(text, toks, covered, out), out))
		markDescriptive(r.Matcher, text, toks, out)
		out = byFirst(out)
		sc.done()
		return out
	}
	placeNames(text, toks, covered, out)
	out = r.extendNasab(text, toks, covered, out)
	early := inArticle(breaks, toks, aliases(text, toks, covered, out), out) // (freeTakenAliases looks at these, when any)
	add(early)
	add(reporterOutlets(text, toks, sc))
	rules := r.titleRule(text, toks, sc, out)
	possessorEnds(text, toks, covered, rules) // عز الدين ذو + الفقار
	out = withoutInside(out, rules)
	add(rules)
	rules = withoutCuedSurnames(rules) // (added, but repeated nowhere)
	out = headRule(text, toks, sc, out, cOrgHead, gazetteer.ORG, "org.ar.head")
	out = foreignOrgNames(text, toks, sc, out)
	out = r.foreignSchools(text, toks, sc, out) // جامعة برنستون، كلية غيرتون
	out = quotedHeadNames(text, toks, sc, out)
	out = cliticQuotedHeads(text, toks, sc, out) // لقناة «المسيرة»
	quotedPlaceMedia(text, toks, out)
	out = namedBodies(text, toks, sc, out)
	out = withoutCommonHeads(toks, sc, out)
	out = withoutGenericHeads(text, toks, sc, out) // مجلس الإدارة، هيئة التدريس: no names
	out = headRule(text, toks, sc, out, cFacility, gazetteer.LOC, "loc.ar.facility")
	out = facilityEnds(text, toks, sc, out) // منفذ الوديعة البري، فندق نوفوتيل (القريب)
	if marked&markFeature != 0 {
		add(features(text, toks, covered, out, marks))
	}
	if marked&markStreet != 0 {
		out = r.streets(text, toks, covered, sc, out, marks)
	}
	add(teams(text, toks, sc, sportier))
	add(r.cuedClubs(text, toks, sc, out, sporty))
	add(clubPairs(text, toks, covered, out, sporty))
	placed := places(text, toks, sc)
	add(placed)
	if marked&markQuoteOf != 0 {
		out = quotedOrgs(text, toks, covered, out, marks)
	}
	out = firmNames(text, toks, sc, out)
	add(quotedLists(text, toks, sc, out))
	if marked&markCued != 0 {
		add(r.cuedOrgNames(text, toks, covered, marks))
	}
	add(acronyms(text, toks, covered, out))
	if len(early) > 0 {
		out = r.freeTakenAliases(text, toks, covered, out)
	}
	first := r.firstNameRule(text, toks, sc, out)
	possessorEnds(text, toks, covered, first) // (as after the title rule)
	out = withoutInside(out, first)
	add(first)
	add(r.prepositionNames(text, toks, covered, sc.tf))
	add(r.namedInQuotes(text, toks, covered, sc.tf))
	rules = append(rules, placed...)
	rules = append(rules, first...)
	out = r.articleSurnames(text, toks, covered, out)
	r.chainEnds(text, toks, covered, out)
	listed := r.listedPersons(text, toks, covered, out)
	listed = append(listed, r.slavicNames(text, toks, covered, sc.tf)...)
	add(listed)
	add(r.commaListed(text, toks, covered, out))
	rules = append(rules, listed...)
	english := r.englishNameRule(text, toks, covered, sc.tf)
	add(english)
	rules = append(rules, english...)
	out = r.personTails(text, toks, sc, out)
	r.firstNameTails(text, toks, covered, out)
	r.clauseTails(text, toks, covered, out)
	r.nisbaTails(text, toks, covered, out)
	r.firstHeads(text, toks, sc, covered, out)
	add(r.subjectNames(text, toks, covered, sc.tf))
	add(r.verbSubjectNames(text, toks, covered, sc.xf))
	add(r.cuedForeignNames(text, toks, sc, covered))
	add(r.familyNames(text, toks, sc, covered))
	add(r.allyNames(text, toks, covered, out))
	add(r.listedSurnames(text, toks, covered, out))
	add(r.cuedPersons(text, toks, sc, covered)) // (agednames.go)
	add(r.scorers(text, toks, covered, sporty))
	dynastyNames(text, toks, sc, out)
	reps, als := repeatsAndAliases(text, toks, sc.fh, covered, rules, nil)
	add(repeatsInArticle(breaks, covered, reps, rules))
	add(inArticle(breaks, toks, als, rules))
	out = r.personsAfterRules(text, toks, out)
	out = r.sameNames(text, toks, sc.fh, covered, out, rules)
	add(r.articleFirstNames(text, toks, sc.fh, breaks, covered, out))
	add(r.compoundFirstAliases(text, toks, sc.fh, covered, out))
	// (after articleFirstNames, which names the person the article named)
	add(r.femaleSubjectNames(text, toks, covered, sc.xf))
	sc.keepRuleBufs(rules, first) // (their mentions are copied into out)
	if marked&markGod != 0 {
		add(god(text, toks, covered, marks))
	}
	out = works(text, toks, sc, covered, out)
	r.mendNameBounds(text, toks, covered, out)
	out = r.guardPersons(text, toks, out)
	out = miscCues(text, toks, sc, covered, out)
	out = peoples(text, toks, sc, covered, out)
	out = mentionEnds(text, toks, out) // شركة أليطاليا → أليطاليا، الطائرة السعودية، «غوغل بلاي»
	trimInvisible(text, out)
	markDescriptive(r.Matcher, text, toks, out)
	out = mergePersons(text, out) // sorted
	sc.done()
	return out
}

// withoutDropped returns ms without the mentions whose index drop holds,
// then found. It works in place: no other slice may hold ms.
func withoutDropped(ms []Mention, drop map[int]bool, found []Mention) []Mention {
	// The dropped indices in order, few: the mentions before the first
	// stay where they are, the runs between them move down whole, and
	// drop is not looked up once a mention.
	var room [16]int
	ds := room[:0]
	for i, d := range drop {
		if d && i >= 0 && i < len(ms) {
			ds = append(ds, i)
		}
	}
	if len(ds) == 0 {
		return append(ms, found...)
	}
	slices.Sort(ds)
	out := ms[:ds[0]]
	for j, d := range ds {
		next := len(ms)
		if j+1 < len(ds) {
			next = ds[j+1]
		}
		out = append(out, ms[d+1:next]...)
	}
	return append(out, found...)
}

// withoutInside returns ms without the mentions that lie inside one of
// outer (a nisba a person's name took as its family name).
func withoutInside(ms, outer []Mention) []Mention {
	if len(outer) == 0 {
		return ms
	}
	var kept compactor
	next, prevFirst := 0, -1 // the first of outer that starts after the last mention's first token, prevFirst
	for i := range ms {
		m := &ms[i] // (kept writes before i: a mention is read before any write over it)
		// outer is in token order: find the last one that starts at or
		// before m, as sort.Search would, without a closure; after the
		// last mention's, gallop from there.
		lo, hi := 0, len(outer)
		if i > 0 && m.First >= prevFirst { // mentions come mostly in token order
			lo = next
			for step := 1; ; step *= 2 {
				if h := lo + step - 1; h >= len(outer) || outer[h].First > m.First {
					hi = min(h, len(outer))
					break
				}
				lo += step
			}
		}
		for lo < hi {
			if h := int(uint(lo+hi) >> 1); outer[h].First > m.First {
				hi = h
			} else {
				lo = h + 1
			}
		}
		next, prevFirst = lo, m.First
		if o := lo - 1; o >= 0 && m.Last <= outer[o].Last {
			continue
		}
		kept.keep(ms, i)
	}
	return kept.done(ms)
}

// stateHeads are the words for a kind of state that news puts before a
// name the gazetteer also holds alone (دولة قطر، جمهورية بولندا); the
// mention is the name, as the news gold annotates it.
var stateHeads = keySet("دولة", "جمهورية", "مملكة", "سلطنة", "إمارة")

// stateNames keep their state word: جمهورية الدومينيكان، جمهورية التشيك.
var stateNames = keySet("الدومينيكان", "التشيك", "الكونغو", "الكونغو الديمقراطية", "أفريقيا الوسطى", "إفريقيا الوسطى")

// forcesCut are the words for forces that news puts before the name of an
// armed group the gazetteer also holds alone (قوات الحشد الشعبي); the
// mention is the name, as the news gold annotates it (قوات الفرقة الذهبية →
// الفرقة الذهبية).
var forcesCut = keySet("قوات")

// cutStateHead takes a state head or a forces word off the first token of
// m when the rest of the match names the same entry by itself, and reports
// whether it did.
func (r *Recognizer) cutStateHead(text string, toks []token.Token, m *gazetteer.Match) bool {
	if m.End-m.Start < 2 || m.Nisba {
		return false
	}
	if h := stemOf(&toks[m.Start]); !stateHeads[h] && !forcesCut[h] {
		return false
	}
	rest := text[toks[m.Start+1].Start:toks[m.End-1].End]
	if stateNames[arabic.Normalize(rest)] {
		return false // جمهورية الدومينيكان
	}
	es, nisba := r.Matcher.Lookup(rest)
	if nisba || !slices.ContainsFunc(es, func(e *gazetteer.Entry) bool { return e.ID == m.Entries[0].ID }) {
		return false // سلطنة عُمان: عمان is Amman first, and Oman too
	}
	m.Start++
	m.Prefix, m.Clitic = 0, ""
	return true
}

// hamzaMismatch reports whether a short word written with a hamza (وأم:
// and he led) matched entries whose short names have none (وام, the news
// agency WAM): normalisation makes them one key, but the writer did not
// mean the name. Longer names are often written with or without hamza.
func hamzaMismatch(surface string, es []*gazetteer.Entry) bool {
	if len(surface) > 8 || !strings.ContainsAny(surface, "أإآؤئ") {
		return false
	}
	for _, e := range es {
		for _, n := range e.Names["ar"] {
			if len(n) <= 8 && strings.ContainsAny(n, "أإآؤئ") {
				return false
			}
		}
	}
	return true
}

// god finds the name of God, الله, standing alone (rule misc.ar.god: قال
// الله، الحمد لله، والله), a MISC mention like the names of religions and
// scriptures; after a name-chain link or a word that names with it (عبد
// الله، نصر الله، حزب الله) it is part of another name and left alone.
func god(text string, toks []token.Token, covered []bool, marks []uint8) []Mention {
	var out []Mention
	for i := nextMarked(marks, 0, markGod); i < len(toks); i = nextMarked(marks, i+1, markGod) {
		t := &toks[i]
		if covered[i] || t.Script != token.Arabic || !strings.HasSuffix(t.Key, "لله") {
			continue
		}
		if i > 0 && toks[i-1].Sentence == t.Sentence && (nasab[toks[i-1].Key] || nasab[stemOf(&toks[i-1])] || withGod[stemOf(&toks[i-1])]) {
			continue
		}
		start := -1
		switch {
		case t.Key == "الله":
			start = t.Start
		case strings.HasSuffix(t.Key, "لله") && len([]rune(t.Key)) <= 5:
			for _, rd := range t.Readings {
				if rd.Stem == "الله" || rd.Stem == "لله" {
					start = t.Start
					if p := len([]rune(t.Key)) - 4; p > 0 && rd.Stem == "الله" {
						start += arabic.PrefixBytes(text[t.Start:t.End], p)
					}
					break
				}
			}
		}
		if start < 0 {
			continue
		}
		out = append(out, Mention{Start: start, End: t.End, Text: text[start:t.End], Type: gazetteer.MISC, Subtype: "deity",
			Name: "الله", Source: SourceRule, Rule: "misc.ar.god", First: i, Last: i + 1})
		covered[i] = true
	}
	return out
}

// withGod are the words that make a name with الله after them: نصر الله،
// حزب الله، جند الله، آية الله، فتح الله.
var withGod = keySet("نصر", "حزب", "جند", "آية", "فتح", "عطا", "خير", "فضل", "حمد", "سيف", "جار", "رزق", "ضيف")

func fromMatch(text string, toks []token.Token, m gazetteer.Match) Mention {
	e := m.Entries[0]
	// A person's name given with a title (الملك محمد السادس) is mentioned
	// without it, as news corpora annotate names.
	if e.Type == gazetteer.PER && !m.Nisba {
		for m.End-m.Start > 1 && isTitleToken(&toks[m.Start]) {
			m.Start++
			m.Prefix, m.Clitic = 0, ""
		}
	}
	start := toks[m.Start].Start + m.Prefix
	end := toks[m.End-1].End
	mn := Mention{
		Start: start, End: end, Text: text[start:end],
		Type: e.Type, Subtype: e.Subtype, Entity: e.ID, Name: e.Name,
		Source: SourceGazetteer, Nisba: m.Nisba, Clitic: m.Clitic, First: m.Start, Last: m.End,
	}
	if mn.Name == "" {
		mn.Name = mn.Text
	}
	for _, c := range m.Entries[1:] {
		mn.Candidates = append(mn.Candidates, c.ID)
	}
	return mn
}

// titles are the heads of title phrases, as keys; a title may be followed by
// office words, a nisba or a place, then by the name.
var titles = keySet(
	"وزير", "الوزير", "وزيرة", "الوزيرة", "رئيس", "الرئيس", "رئيسة", "الرئيسة", "الملك", "الملكة", "الأمير",
	"الأميرة", "الشيخ", "الشيخة", "السفير", "السفيرة", "السيد", "السيدة", "الدكتور", "الدكتورة", "اللواء",
	"العقيد", "العميد", "الفريق", "المشير", "النائب", "القاضي", "المستشار", "المستشارة", "الأمين", "المدير",
	"المديرة", "نائب", "ولي", "العاهل", "السلطان", "الإمام", "المرشد", "المبعوث", "المتحدث", "الناطق",
	"الجنرال", "الرائد", "النقيب", "المفتي", "البابا", "الكاردينال", "الحاخام", "زعيم", "الزعيم", "قائد", "القائد",
	"مستشار", "سفير", "المندوب", "مندوب", "الصحافي", "الصحفي", "الكاتب", "الخبير", "الباحث", "الأستاذ",
	"البروفيسور", "البروفسور", "بروفسور", "البروفسورة", "المحامي", "حاكم", "الحاكم", "أمير", "ملك", "محافظ", "المحافظ", "عمدة", "مساعد", "المساعد",
	"وكيل", "الوكيل", "الوالي", "السكرتير", "سكرتير", "الإمبراطور", "الإمبراطورة", "السناتور", "السيناتور", "معالي",
	"سماحة", "فضيلة", "مولاي", "الخليفة", "الآنسة",
)

// honorifics are titles after which a name is near certain, known or not:
// السيد سوريش ماثيور.
var honorifics = keySet("السيد", "السيدة", "الدكتور", "الدكتورة", "الشيخ", "الشيخة", "الإمام", "الأستاذ",
	"الأستاذة", "المهندس", "الحاج", "اللورد", "السير", "الأب", "الرئيس", "الملك", "الأمير", "الأميرة", "معالي", "سماحة",
	"فضيلة", "البروفسور", "بروفسور", "البروفسورة")

// roles are nouns of a person's trade or standing that news puts before a
// name: الشاعر أبو القاسم الفردوسي، المدرب أليكس فيرغسون.
var roles = keySet(
	"الشاعر", "الشاعرة", "الكاتب", "الكاتبة", "الروائي", "الروائية", "الأديب", "الفنان", "الفنانة", "المخرج",
	"الممثل", "الممثلة", "المغني", "المغنية", "المطرب", "المطربة", "الموسيقار", "الملحن", "الرسام", "النجم",
	"النجمة", "اللاعب", "اللاعبة", "المهاجم", "المدافع", "الحارس", "المدرب", "الاحتياطي", "الصحابي", "الإمام",
	"المؤرخ", "الفيلسوف", "المفكر", "الطبيب", "المهندس", "الداعية", "العلامة", "الفقيه", "اللورد",
	"السير", "الملا", "الحاج", "الأب", "القس", "المطران", "البطريرك", "المعلق", "المحلل", "المراسل", "المصور",
	"الناشط", "الناشطة", "المعارض", "المحامية", "الأستاذة", "الباحثة", "المتهم", "الضحية", "الشهيد", "الراحل",
	"الفقيد", "نظيره", "نظيرته", "زميله", "مواطنه", "مدافع", "مهاجم", "لاعب", "مدرب", "حارس", "الأمير", "النبي",
	"سيدنا", "السلطان", "الخليفة", "شقيقه", "شقيقته", "ابنه", "ابنته", "والده", "والدته", "زوجته", "زوجها",
	"الأكاديمي", "الأكاديمية", "المحقق", "صديقه", "صديقها", "الشاه", "المصمم", "المصممة",
	"الملاكم", "العداء", "العداءة", "السباح", "الدراج", "السائق", "الطيار", "المغامر", "الرحالة", "القارئ",
	"الأسقف", "تأليف", "إخراج", "ألحان", "الناقد", "الناقدة", "الراقصة", "الراقص", "المذيع", "المذيعة",
	"الطبيبة", "الراحلة", "الفقيدة",
)

// speech are reporting verbs that often stand right before a speaker's name.
var speech = keySet(
	"قال", "أكد", "أوضح", "أضاف", "يقول", "صرح", "أشار", "أعلن", "اعتبر", "رأى", "ذكر", "تابع", "ختم", "لفت",
	"قالت", "أكدت", "أوضحت", "أضافت", "تقول", "صرحت", "أشارت", "أعلنت", "اعتبرت", "رأت", "ذكرت", "يرى", "أفاد",
	"طالب", "دعا", "حذر", "انتقد", "نفى", "شدد", "استبعد", "وصف", "أبلغ", "تحدث", "كشف",
	"يضيف", "يؤكد", "يوضح", "يشير", "يتابع", "تضيف", "تؤكد", "توضح", "تشير", "تتابع", "أردف", "استطرد",
	"أجاب", "أجابت", "تساءل", "تساءلت", "أفادت", "اعترف", "اعترفت", "كتب", "كتبت", "غرد", "غردت", "علق", "علقت",
)

// offices are words that may follow a title before the name: the office's
// domain (وزير الدفاع), its rank (الأمين العام) or its qualifier.
var offices = keySet(
	"الدفاع", "الخارجية", "خارجية", "الداخلية", "داخلية", "دفاع", "المالية", "مالية", "الاقتصاد", "الطاقة",
	"النفط", "العدل", "الصحة", "التعليم", "الإعلام", "الثقافة", "الزراعة", "التجارة", "الصناعة", "النقل",
	"الوزراء", "الحكومة", "الجمهورية", "الدولة", "البرلمان", "النواب", "الشورى", "الأركان", "هيئة", "الجيش",
	"العام", "العامة", "العهد", "الأعلى", "السابق", "السابقة", "الأسبق", "الحالي", "المنتهية", "ولايته",
	"الأول", "الثاني", "المنتدب", "الأمن", "القومي", "الوطني", "الشؤون", "الخاص", "الأممي", "باسم",
	"مجلس", "المجلس", "المركزي", "البنك", "الاستخبارات", "المخابرات", "التحرير", "الشرطة", "المكلف",
	"العسكري", "العلمي", "الأمني", "السياسي", "الاقتصادي", "الإعلامي", "التنفيذي", "الإداري", "الفني", "الرياضي",
	"الكبير", "الكبيرة", "الشهير", "الشهيرة", "المعروف", "المعروفة", "البارز", "البارزة", "الجديد", "الجديدة",
	"الشاب", "الشابة", "المخضرم", "القدير", "القديرة", "دولة", "جمهورية", "مملكة", "سلطنة", "إمارة", "الدوري",
)

// heads are nouns that head the names of places and organisations; they
// are never part of a person's name.
var heads = keySet(
	"مدينة", "محافظة", "ولاية", "إقليم", "منطقة", "قرية", "بلدة", "حي", "نهر", "جبل", "بحر", "خليج", "مطار",
	"ميناء", "جزيرة", "شركة", "مؤسسة", "جامعة", "وزارة", "هيئة", "حركة", "حزب", "جماعة", "جبهة", "منظمة",
	"مجلس", "بنك", "مصرف", "وكالة", "صحيفة", "قناة", "اتحاد", "لجنة", "نادي", "مستشفى", "مدرسة", "العاصمة",
)

func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[arabic.Normalize(w)] = true
	}
	return m
}

// maxNameTokens bounds the name after a title.
const maxNameTokens = 4

// titleRule finds PER mentions after cues: a title (الرئيس), office words
// and mentions of places and organisations (وزير الخارجية العراقي), or a
// role noun with up to two adjectives (الشاعر الفرنسي، الباحث العلمي), then an
// optional comma and one to four name tokens that no mention covers; or a
// reporting verb (وقال) right before a name. Mention.Rule says which cue.
func (r *Recognizer) titleRule(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	covered := sc.covered
	out := sc.ruleBuf[:0] // (see keepRuleBufs)
	mentionAt := sc.mentionsAt(len(toks))
	for i := range ms {
		mentionAt[ms[i].First] = &ms[i]
	}
	sc.nt = grow(sc.nt, len(toks))
	clear(sc.nt) // (see nameTokenAt)
	kc, stc, tf := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.tf[:len(toks)]
	// The candidates of the cases below: the tokens flagged tfTitle
	// (c&(cTitle|cRole|cSpeech|cCalled) != 0 || t.End-t.Start ==
	// len("والي") || c == 0 && mayHavePreposition(t.Key, 5*2)), and the
	// tokens after a nisba (per.ar.nisba), flagged here; the loop skips the
	// others eight a test. (cityAsFirstName changes a one-word town that
	// is no nisba, which nisbaEnd never reads as one: one loop does both.)
	for x := range ms {
		if m := &ms[x]; m.Type == gazetteer.LOC && m.Last == m.First+1 && !m.Nisba { // (cityAsFirstName's first tests)
			r.cityAsFirstName(text, toks, m, covered, mentionAt, sc)
		}
		if i := ms[x].First + 1; i < len(toks) && nisbaEnd(mentionAt, ms, i) {
			tf[i] |= tfNisbaEnd
		}
	}
	for i := 0; i < len(toks); i++ {
		if i = nextMarked(tf, i, tfTitle|tfNisbaEnd); i >= len(toks) {
			break
		}
		if covered[i] || tf[i]&tfTitle == 0 && (i == 0 || !covered[i-1]) {
			continue
		}
		t := &toks[i]
		if t.Script != token.Arabic {
			continue
		}
		c := kc[i] | stc[i] // the cues of the key and of its stem
		if c == 0 && mayHavePreposition(t.Key, 5*2) {
			c = prepositionCue(t) // للدكتور، بالرئيس
		}
		var rule string
		switch {
		case i > 0 && covered[i-1] && nisbaEnd(mentionAt, ms, i):
			// البرازيلي رونالدو: a nationality right before a name.
			rule = "per.ar.nisba"
		case c&cTitle != 0 || t.End-t.Start == len("والي") && text[t.Start:t.End] == "والي":
			// والي is a governor; وإلى (and to) has the same key.
			rule = "per.ar.title"
		case c&cRole != 0:
			rule = "per.ar.role"
		case c&cSpeech != 0:
			rule = "per.ar.speech"
		case c&cCalled != 0:
			rule = "per.ar.called"
		default:
			continue
		}
		if i > 0 && (kc[i-1]&cNasab != 0 && compoundFirst[toks[i-1].Key] || toks[i-1].Key == "آل") && toks[i-1].Sentence == t.Sentence {
			// (compoundFirst are links of nasab: the class first)
			continue // عبد الملك، آل الشيخ: part of a name, no title
		}
		if teamNotRank(toks, i) {
			continue // الفريق الفاسي: the team, not the general
		}
		j := i + 1
		if rule == "per.ar.nisba" {
			j = i // the name starts right here
			if strings.HasPrefix(t.Key, "ال") {
				continue // الشعب الإيراني الصديق: an adjective, no name
			}
		}
		adjectives := 0
		// (after a naming cue the name comes at once: اسمه برستون تاكر is
		// no place before a name)
		for rule != "per.ar.speech" && rule != "per.ar.nisba" && rule != "per.ar.called" && j < len(toks) && toks[j].Sentence == t.Sentence {
			if m := mentionAt[j]; m != nil {
				if m.Type == gazetteer.PER {
					break
				}
				j = m.Last
				continue
			}
			if toks[j].Script == token.Arabic && sc.kc[j]&(cOffice|cTitle|cRole) != 0 {
				j++
				continue
			}
			if sc.kc[j]&cPlaceHead != 0 && j+1 < len(toks) && mentionAt[j+1] != nil && mentionAt[j+1].Type == gazetteer.LOC {
				j++ // والي ولاية + شانلي أورفة
				continue
			}
			// الصحابي الجليل، الباحث العلمي الفلكي: adjectives with the article.
			if rule == "per.ar.role" && adjectives < 2 && strings.HasPrefix(toks[j].Key, "ال") && !r.isName(toks[j].Key) && !arabic.IsStopword(toks[j].Key) {
				adjectives++
				j++
				continue
			}
			break
		}
		if rule != "per.ar.speech" && rule != "per.ar.nisba" && j < len(toks) && (toks[j].Key == "،" || toks[j].Key == ",") {
			j++
		}
		if e := r.quotedName(text, toks, j, covered); e > 0 && rule != "per.ar.speech" && rule != "per.ar.nisba" {
			// والي ولاية شانلي أورفة «عز الدين كوتشوك»، يدعى «أبو مالك»
			start, end := toks[j+1].Start, toks[e-1].End
			out = append(out, Mention{Start: start, End: end, Text: text[start:end], Type: gazetteer.PER, Name: text[start:end],
				Source: SourceRule, Rule: rule, First: j + 1, Last: e})
			markCovered(covered, j+1, e)
			i = e
			continue
		}
		k := j
		for k < len(toks) && k-j < maxNameTokens && toks[k].Sentence == t.Sentence && r.nameTokenAt(text, toks, k, covered, sc) {
			k++
		}
		honorific := c&cHonorific != 0
		if rule == "per.ar.speech" && j < len(toks) && speakerFilter.at(sc.fh[j]) && (speechObjects[toks[j].Key] || speakerNouns[toks[j].Key]) {
			continue // قال لي، وقال ناطق عسكري
		}
		if rule == "per.ar.speech" && j+1 < len(toks) && (sc.kc[j]|sc.sc[j])&(cOrgHead|cQuotedOrg) != 0 && quoteClosers[toks[j+1].Key] != "" {
			continue // وقال منتدى «داركود»، أعلنت دار «سيرجيو روسي»: an organisation's head and its quoted name
		}
		speakerEnd := 0
		if rule == "per.ar.speech" && j < len(toks) {
			speakerEnd = r.speakerEnd(text, toks, j, covered, sc)
		}
		if speakerEnd > 0 {
			k = speakerEnd // وقال الزهراني إن: a speaker's name the lexicon lacks
		} else if k > j && !r.known(text, &toks[j]) && (strings.HasPrefix(toks[j].Key, "ال") || honorific && hasPreposition(&toks[j])) {
			continue // الرئيس اليوناني بذكرى …: no name starts with a preposition or an unknown article word
		}
		k = r.trimName(text, toks, j, k, honorific)
		for k > j && kc[k-1]&cNasab != 0 { // (nasab, as a class) محمد بن ناصر بن → محمد بن ناصر
			k--
		}
		if !honorific && k > j && !r.knownName(text, toks[j:k]) && (rule == "per.ar.nisba" || rule == "per.ar.role") && r.foreignName(text, toks, j, covered, sc) {
			k = j + 2 // الهولندي رايمون سلويتر، للمدافع الإيطالي جيانلوكا زامبورتا
		}
		nisbaNamed := false
		if rule == "per.ar.title" && k > j && !r.knownName(text, toks[j:k]) && r.nisbaNamed(text, toks, j, covered, sc) {
			k, nisbaNamed = j+2, true // العميد مثقال النعيمي،
		}
		if k == j || !honorific && !r.knownName(text, toks[j:k]) && !(speakerEnd > 0 && k == speakerEnd) && !nisbaNamed &&
			!(k == j+2 && (rule == "per.ar.nisba" || rule == "per.ar.role") && r.foreignName(text, toks, j, covered, sc)) {
			out = r.appendCuedSurname(out, text, toks, i, c, covered) // (no name the lexicon knows: maybe one foreign surname)
			continue
		}
		if honorific && !r.known(text, &toks[j]) && (!personSurname(&toks[j]) || strings.HasSuffix(toks[j].Key, "ه")) {
			continue // الرئيس سيكون، الملك يدعو، الإمام قصة: a verb or a noun after the title
		}
		if _, conj := toks[j].Unconj(); conj && strings.HasPrefix(toks[j].Key, "و") && !r.known(text, &toks[j]) {
			continue // الرئيس الأميركي، وهنأ: the next clause's verb, not a name
		}
		if rule == "per.ar.called" {
			k = kunyaEnd(toks, j, k, covered) // ويدعى أبو أيمن العراقي
		}
		if k < len(toks) && kc[k]&cOrdinal != 0 && toks[k].Sentence == t.Sentence && rule == "per.ar.title" {
			k++ // الملك بطليموس الثاني
		} else if k == j+1 && r.known(text, &toks[j]) && r.nisbaSurnameAt(toks, mentionAt, k) {
			k++ // اللواء منصور التركي،: a family name that is also a nisba
		} else if honorific && k == j+1 && k < len(toks) && r.known(text, &toks[j]) && !covered[k] && toks[k].Sentence == t.Sentence &&
			articleSurname(&toks[k]) && lastSurname(toks, k) {
			k++ // الأستاذ عمر الجاسر أن: a family name with the article
		}
		if k-j >= 2 && participleEnd(toks, k) {
			k-- // لمواطنه كرم جابر الفائز بذهبية: a participle, no family name
		}
		start, end := toks[j].Start, toks[k-1].End
		out = append(out, Mention{
			Start: start, End: end, Text: text[start:end], Type: gazetteer.PER, Name: text[start:end],
			Source: SourceRule, Rule: rule, First: j, Last: k,
		})
		for x := j; x < k; x++ {
			covered[x] = true
		}
		i = k - 1
	}
	return out
}

// calledCues say that a name follows (ويدعى أبو أيمن العراقي، المدعو،
// الملقب).
var calledCues = keySet("يدعى", "تدعى", "المدعو", "المدعوة", "الملقب", "الملقبة", "يلقب", "ويلقب", "واسمه", "اسمه")

// quotedName returns the end of a person's name quoted at token j, after a
// title or a cue (والي ولاية شانلي أورفة «عز الدين كوتشوك»): one to four
// words, no stopword or title, the first a known name or a name-chain
// link or all of them with a name's shape (see quotedForeign), between «
// and » or straight double quotes; it returns the index of the closing
// quote, or 0.
func (r *Recognizer) quotedName(text string, toks []token.Token, j int, covered []bool) int {
	if j+2 >= len(toks) || toks[j].Key != "«" && toks[j].Key != "\"" {
		return 0
	}
	closing := "»"
	if toks[j].Key == "\"" {
		closing = "\""
	}
	e := j + 1
	for e < len(toks) && e <= j+4 && toks[e].Sentence == toks[j].Sentence && !covered[e] && toks[e].Script == token.Arabic &&
		!arabic.IsStopword(toks[e].Key) && !titles[toks[e].Key] {
		e++
	}
	if e == j+1 || e >= len(toks) || toks[e].Key != closing {
		return 0
	}
	if f := &toks[j+1]; !r.known(text, f) && !nasab[f.Key] && !r.quotedForeign(text, toks, j+1, e) {
		return 0
	}
	return e
}

// kunyaEnd returns the end of a nom de guerre toks[i:k] (أبو + a name)
// with the nisba or family name with the article that ends it (أبو أيمن
// العراقي، أبو سليمان الموحد), or k.
func kunyaEnd(toks []token.Token, i, k int, covered []bool) int {
	if k == i+2 && stemOf(&toks[i]) == "ابو" && k < len(toks) && toks[k].Sentence == toks[i].Sentence &&
		(nisbaSurname(&toks[k]) || !covered[k] && articleSurname(&toks[k])) && lastSurname(toks, k) {
		return k + 1
	}
	return k
}

// nisbaNamed reports whether toks[j:j+2], after a title, is an Arab name
// the lexicon lacks: a word with a name's shape and a family name formed
// as a nisba (العميد مثقال النعيمي), at the end of the name (see
// lastSurname).
func (r *Recognizer) nisbaNamed(text string, toks []token.Token, j int, covered []bool, sc *scratch) bool {
	if j+2 > len(toks) || toks[j+1].Sentence != toks[j].Sentence || covered[j+1] {
		return false
	}
	t := &toks[j]
	if !r.nameTokenAt(text, toks, j, covered, sc) || strings.HasPrefix(t.Key, "ال") || !unknownSurname(t) || prepositionWord(t) ||
		utf8.RuneCountInString(t.Key) < 3 || verbalNoun(t.Key) {
		return false
	}
	if _, conj := t.Unconj(); conj && strings.HasPrefix(t.Key, "و") {
		return false
	}
	return nisbaSurname(&toks[j+1]) && lastSurname(toks, j+1)
}

// cityAsFirstName turns a one-word town the gazetteer found right after a
// title, a role or a nationality into a person's first name when a name
// follows it (السفيرة نانسي باكير، الفنانة فيفي عبده، الأمريكية نانسي كوال:
// not Nancy, France).
func (r *Recognizer) cityAsFirstName(text string, toks []token.Token, m *Mention, covered []bool, mentionAt []*Mention, sc *scratch) {
	f := m.First
	if m.Type != gazetteer.LOC || m.Subtype != "city" || m.Nisba || m.Last != f+1 || m.Clitic != "" || f == 0 || f+1 >= len(toks) ||
		r.FirstNames == nil || !r.isFirstName(toks[f].Key) || toks[f+1].Sentence != toks[f].Sentence {
		return
	}
	if p := &toks[f-1]; !(isTitleToken(p) || roles[p.Key] || roles[stemOf(p)] || nisbaBefore(mentionAt, f)) || p.Sentence != toks[f].Sentence {
		return
	}
	n := &toks[f+1]
	if !r.nameTokenAt(text, toks, f+1, covered, sc) || !(r.known(text, n) || unknownSurname(n) ||
		!strings.HasPrefix(n.Key, "ال") && utf8.RuneCountInString(n.Key) >= 4 && !imperfectVerb(n.Key) && !commonShape(n.Key) && !adjectiveLike(n.Key)) {
		return // a family name, which may start like a preposition (باكير)
	}
	end := n.End
	*m = Mention{Start: m.Start, End: end, Text: text[m.Start:end], Type: gazetteer.PER, Name: text[m.Start:end],
		Source: SourceRule, Rule: "per.ar.title", First: f, Last: f + 2}
	covered[f+1] = true
}

// nisbaSurnameAt reports whether a one-token nisba mention with the
// article at token k, right after a one-word name, is the person's family
// name (اللواء منصور التركي، المتحدث): a nationality stands before the
// name, so one after it that punctuation ends is a surname.
func (r *Recognizer) nisbaSurnameAt(toks []token.Token, mentionAt []*Mention, k int) bool {
	m := mentionAt[k]
	if m == nil || !m.Nisba || m.Last != k+1 || m.Clitic != "" || !strings.HasPrefix(toks[k].Key, "ال") {
		return false
	}
	return k+1 < len(toks) && toks[k+1].Sentence == toks[k].Sentence && (toks[k+1].Key == "،" || toks[k+1].Key == ",")
}

// speakerEnd returns the end of a speaker's name right after a reporting
// verb, at token j, that the lexicon may lack (وقال الزهراني إن، وأوضح شوغاي
// أن، وقال أنسيلم جودينهو، مدير …): one or two words, then what was said (أن،
// إن، a colon, a comma or a quote); or 0. No word may be a noun for an
// anonymous speaker (مصدر، بيان), a plural, a feminine noun or an article
// word without the shape of a family name.
func (r *Recognizer) speakerEnd(text string, toks []token.Token, j int, covered []bool, sc *scratch) int {
	for e := j + 1; e <= j+2 && e < len(toks) && toks[e].Sentence == toks[j].Sentence; e++ {
		if !r.speakerWord(text, toks, e-1, covered, sc) || e == j+2 && strings.HasPrefix(toks[j].Key, "ال") {
			return 0
		}
		switch stemOf(&toks[e]) {
		case "ان", "انه", "انها", "اننا", "انهم", "انني", "انكم", ":", "،", ",", "«", "\"":
			return e
		}
		if k := toks[e].Key; e == j+2 && strings.HasPrefix(k, "ال") && (titles[k] || roles[k] || appositions[k]) {
			return e // وقال بيجان فارنودي المتحدث باسم: two words, then the speaker's office
		}
	}
	return 0
}

// speakerWord reports whether token j can be a word of a speaker's name
// that the lexicon lacks; see speakerEnd.
func (r *Recognizer) speakerWord(text string, toks []token.Token, j int, covered []bool, sc *scratch) bool {
	if !r.nameTokenAt(text, toks, j, covered, sc) {
		return false
	}
	k := toks[j].Key
	n := utf8.RuneCountInString(k)
	if sc.kc[j]&(cRole|cAdverb) != 0 || n < 3 || strings.HasPrefix(k, "ال") && !nisbaSurname(&toks[j]) ||
		n <= 6 && strings.HasPrefix(k, "م") && strings.HasSuffix(k, "ا") || speakerFilter.at(sc.fh[j]) && speakerNouns[k] {
		return false // موضحا (roles and adverbs are classes)
	}
	known := r.known(text, &toks[j])
	for _, suf := range [...]string{"ون", "ين", "ات", "ه", "اء"} {
		if strings.HasSuffix(k, suf) && !known {
			return false
		}
	}
	if !known && !unknownSurname(&toks[j]) {
		return false // مصمموها
	}
	return known || !prepositionWord(&toks[j])
}

// foreignName reports whether toks[j:j+2], after a nationality or a role,
// is a foreign name of two words that the lexicon lacks (الهولندي رايمون
// سلويتر): both words with a name's shape, no adverb's, plural's or
// feminine ending (موقفا صعبا، أسبوعين آخرين) and no conjunction, and the
// name ends right after them (see lastSurname).
func (r *Recognizer) foreignName(text string, toks []token.Token, j int, covered []bool, sc *scratch) bool {
	if j+2 > len(toks) || toks[j+1].Sentence != toks[j].Sentence {
		return false
	}
	for x := j; x < j+2; x++ {
		t := &toks[x]
		k := t.Key
		if !r.nameTokenAt(text, toks, x, covered, sc) || strings.HasPrefix(k, "ال") || !unknownSurname(t) || prepositionWord(t) ||
			utf8.RuneCountInString(k) <= 5 && strings.HasSuffix(k, "ا") || utf8.RuneCountInString(k) < 3 || speakerFilter.at(sc.fh[x]) && speakerNouns[k] || verbalNoun(k) ||
			sc.kc[x]&(cSports|cFacility) != 0 || sc.sc[x]&cFacility != 0 { // (sportsWords and facilityHeads are classes)
			return false
		}
		for _, suf := range [...]string{"ين", "ات", "ه"} {
			if strings.HasSuffix(k, suf) {
				return false // أسبوعين آخرين، سعادة (but رايمون، أندرسون are names)
			}
		}
		if _, conj := t.Unconj(); conj && strings.HasPrefix(k, "و") {
			return false // وعدم تكرار
		}
	}
	return lastSurname(toks, j+1) || r.foreignNameEnd(text, toks, j)
}

// speakerNouns are the nouns of anonymous speakers after a reporting verb
// (وقال مصدر إن، وأضاف بيان أن).
var speakerNouns = keySet("مصدر", "مصادر", "مسؤول", "بيان", "تقرير", "شاهد", "شهود", "متحدث", "ناطق", "خبير", "خبراء",
	"محلل", "مراقب", "مراقبون", "أحد", "بعض", "آخر", "آخرون", "كثيرون", "مصدرا", "الموقع", "المصدر", "البيان",
	"التقرير", "الخبر", "البعض", "الكثيرون", "الجانب", "الطرف", "الشخص", "المواطن", "الرجل", "مواطن", "رجل", "طبيب",
	"ضابط", "مدير", "رئيس", "عضو", "نائب", "وزير", "قائد", "زعيم", "باحث", "أستاذ", "مهندس", "محام", "صحفي", "صحافي",
	"ناشط", "مراسل", "معارض", "موظف", "عامل", "طالب", "لاعب", "مدرب", "ممثل", "مخرج", "مؤلف", "كاتب", "شاعر", "مقال",
	"تقارير", "أنباء", "يقول", "موقع", "صحيفة", "وكالة", "مجلة", "قناة")

// speakerFilter filters the keys of speechObjects and speakerNouns by
// their filterHash, which classify keeps (scratch.fh).
var speakerFilter = func() *keyFilter {
	f, g := newKeyFilter(speechObjects), newKeyFilter(speakerNouns)
	for i := range f {
		f[i] |= g[i]
	}
	return f
}()

// speechObjects are the prepositions with a pronoun that follow a reporting
// verb (قال لي، أكد لنا), never the speaker's name.
var speechObjects = keySet("لي", "له", "لها", "لنا", "لهم", "لك", "لكم", "لهما")

// isTitleToken reports whether t is a title, with or without proclitics
// (بالشيخ).
func isTitleToken(t *token.Token) bool {
	if titles[t.Key] {
		return true
	}
	for _, rd := range t.Readings {
		if titles[rd.Stem] {
			return true
		}
	}
	return false
}

// extendNasab grows person mentions along a name chain. To the right,
// آل and بن links with the next name belong to the same person (خليفة بن
// زايد + آل نهيان). To the left, "X بن" before a name makes another person,
// the son (فيصل بن + سلمان بن عبد العزيز): the mention then loses its entity.
func (r *Recognizer) extendNasab(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.PER || m.Nisba {
			continue
		}
		sent := toks[m.First].Sentence
		for m.Last+1 < len(toks) && nasab[toks[m.Last].Key] && !covered[m.Last] && !covered[m.Last+1] &&
			toks[m.Last+1].Sentence == sent && (r.nameLike(text, &toks[m.Last+1]) || toks[m.Last].Key == aalKey && familyName(&toks[m.Last+1])) {
			covered[m.Last], covered[m.Last+1] = true, true
			m.Last += 2
			// بن عبد + العزيز: a compound name goes on past its link.
			if x := m.Last; compoundFirst[toks[x-1].Key] && x < len(toks) && !covered[x] && toks[x].Sentence == sent &&
				(chainArticle(&toks[x]) || r.known(text, &toks[x])) {
				covered[x] = true
				m.Last++
			}
		}
		// A first name the gazetteer knows alone, then more names: another
		// person of that first name (محمد + النقلي), unless the names
		// are the next person of a list (محمد وعلي).
		if m.Last-m.First == 1 && r.FirstNames != nil && inLexicon(r.FirstNames, &toks[m.First]) && !afterMonarch(toks, m.First) {
			k, unknown := m.Last, false
			for k < len(toks) && k-m.First < maxNameTokens && toks[k].Sentence == sent && r.nameToken(text, toks, k, covered) {
				if _, conj := toks[k].Unconj(); conj && !r.isName(toks[k].Key) {
					break
				}
				if !r.known(text, &toks[k]) {
					titled := m.First > 0 && isTitleToken(&toks[m.First-1]) // الملك سلمان بدء: the king, known
					if !titled && personSurname(&toks[k]) && !withPronoun(text, &toks[k]) && r.surnameAfter(&toks[m.First]) && (k == m.Last || lastSurname(toks, k)) {
						k++ // محمد + عبدالوهاب: one family name the lexicon lacks
						unknown = true
					}
					break
				}
				k++
			}
			if !unknown && k >= m.First+2 && k < len(toks) && !nasab[toks[k-1].Key] && toks[k].Sentence == sent {
				if !covered[k] && r.articleSurnameAt(text, toks, k) {
					k++ // محمد + سليم العوا،
				} else if n := nisbaSurnameMention(toks, ms, k); n >= 0 {
					ms[n].Last = ms[n].First // محمد + سعيد الكندي: dropped below
					k++
				}
			}
			if k > m.Last {
				markCovered(covered, m.Last, k)
				m.Last = k
				m.Entity, m.Subtype, m.Candidates, m.Source, m.Rule = "", "", nil, SourceRule, "per.ar.first-name"
				m.End = toks[k-1].End
				m.Text, m.Name = text[m.Start:m.End], text[m.Start:m.End]
			}
		}
		// A first name before a surname the gazetteer knows alone: the same
		// person (فرنسوا + هولاند).
		// After a nationality, the word before a surname the gazetteer knows
		// alone is the first name too (الإسباني رافايل + نادال).
		if m.Last-m.First == 1 && m.First >= 1 && !covered[m.First-1] && toks[m.First-1].Sentence == sent && r.FirstNames != nil {
			if p := &toks[m.First-1]; inLexicon(r.FirstNames, p) ||
				m.First >= 2 && covered[m.First-2] && nisbaSurname(&toks[m.First-2]) && foreignFirst(p) {
				covered[m.First-1] = true
				m.First--
				m.Start = p.Start
				if s := stemOf(p); s != p.Key && !r.isFirstName(p.Key) {
					m.Start += arabic.PrefixBytes(text[p.Start:p.End], 1)
				}
				m.Text = text[m.Start:m.End]
			}
		}
		// عبد before a person whose name starts with the article is the
		// first half of it (عبد + الرحمن مودي).
		if m.First >= 1 && compoundFirst[toks[m.First-1].Key] && !covered[m.First-1] && toks[m.First-1].Sentence == sent &&
			strings.HasPrefix(toks[m.First].Key, "ال") && m.Clitic == "" {
			covered[m.First-1] = true
			m.First--
			m.Start = toks[m.First].Start
			m.Text = text[m.Start:m.End]
		}
		// محمد before a gazetteer person's two names or more is his first
		// name (محمد + نواز شريف، محمد + جواد ظريف).
		if m.Last-m.First >= 2 && m.Source == SourceGazetteer && m.First >= 1 && !covered[m.First-1] && toks[m.First-1].Sentence == sent &&
			stemOf(&toks[m.First-1]) == "محمد" && m.Clitic == "" {
			p := &toks[m.First-1]
			covered[m.First-1] = true
			m.First--
			m.Start = p.Start
			if p.Key != "محمد" {
				m.Start += arabic.PrefixBytes(text[p.Start:p.End], 1)
			}
			m.Text = text[m.Start:m.End]
		}
		son := false
		// محمد + بن علي: a known name that starts with a link is the end of
		// another person's chain; so is a name token with the article (الحسن
		// + بن علي).
		if links[toks[m.First].Key] && m.First >= 1 && !covered[m.First-1] && toks[m.First-1].Sentence == sent &&
			r.FirstNames != nil && (inLexicon(r.FirstNames, &toks[m.First-1]) || r.chainArticleName(text, &toks[m.First-1])) {
			covered[m.First-1] = true
			m.First--
			son = true
		}
		for m.First >= 2 && links[toks[m.First-1].Key] && !covered[m.First-1] && !covered[m.First-2] &&
			toks[m.First-2].Sentence == sent && r.nameLike(text, &toks[m.First-2]) {
			covered[m.First-1], covered[m.First-2] = true, true
			m.First -= 2
			son = true
			// عبد + الملك بن …: a compound name before its link is whole.
			if m.First >= 1 && compoundFirst[toks[m.First-1].Key] && !covered[m.First-1] && toks[m.First-1].Sentence == sent &&
				strings.HasPrefix(toks[m.First].Key, "ال") {
				covered[m.First-1] = true
				m.First--
			}
		}
		start, end := m.Start, toks[m.Last-1].End
		if son {
			start = toks[m.First].Start
			if s, ok := toks[m.First].Unconj(); ok && s != toks[m.First].Key {
				start += arabic.PrefixBytes(text[toks[m.First].Start:toks[m.First].End], 1)
			}
			m.Entity, m.Subtype, m.Candidates, m.Source, m.Rule = "", "", nil, SourceRule, "per.ar.nasab"
		}
		if start != m.Start || end != m.End {
			m.Start, m.End = start, end
			m.Text = text[start:end]
			if m.Entity == "" {
				m.Name = m.Text
			}
		}
	}
	// A nisba taken as a person's family name is no mention of its own.
	return withoutEmpty(ms)
}

// compoundFirst are the first halves of compound names (عبد العزيز، أبو
// بكر), which never end a name.
var compoundFirst = keySet("عبد", "أبو", "ابو")

// foreignFirst reports whether t, the lexicon lacking it, may be a
// foreign first name before a known surname: an Arabic word without the
// article or a conjunction, with no other word's shape.
func foreignFirst(t *token.Token) bool {
	if _, conj := t.Unconj(); conj || t.Script != token.Arabic || strings.HasPrefix(t.Key, "ال") {
		return false
	}
	return len([]rune(t.Key)) >= 3 && unknownSurname(t) && !prepositionWord(t) && !commonShape(t.Key)
}

// links are the words of a name chain that make the next name the father's.
var links = keySet("بن", "ابن", "بنت")

// nameLike reports whether t can be a link of a name chain: a known name
// token, or a word without the article that is no stopword.
func (r *Recognizer) nameLike(text string, t *token.Token) bool {
	if t.Script != token.Arabic {
		return false
	}
	if r.known(text, t) {
		return true
	}
	return !strings.HasPrefix(t.Key, "ال") && !arabic.IsStopword(t.Key) && !titles[t.Key] && !offices[t.Key] && !heads[t.Key]
}

// commonFirst are first names whose written form is more often another
// word (على، عمر: age، فإن، مالك: owner), which take no unknown family name.
var commonFirst = keySet("علي", "عمر", "فان", "فإن", "مالك", "نادية")

// surnameAfter reports whether the first name t may take a family name
// that the lexicon lacks: not a first name that is more often another word,
// and, read with a conjunction (وسام → و + سام), a name of four letters or
// more.
func (r *Recognizer) surnameAfter(t *token.Token) bool {
	s := stemOf(t)
	if commonFirst[s] || commonFirst[t.Key] {
		return false
	}
	return r.isFirstName(t.Key) || len([]rune(s)) >= 4
}

// articleName reports whether t, after a name-chain link (بن، أبو، عبد),
// is a word with the article that can end the chain: بن الصمة، أبو
// العلاء. A stopword, title, office or head noun cannot.
func articleName(t *token.Token) bool {
	k := t.Key
	return t.Script == token.Arabic && strings.HasPrefix(k, "ال") && len([]rune(k)) >= 5 && !arabic.IsStopword(k) &&
		!titles[k] && !offices[k] && !heads[k] && !appositions[k] && !ordinals[k]
}

// articleSurname reports whether t, a word with the article the lexicon
// lacks, can be a family name after an honorific and a known first name
// (الأستاذ عمر الجاسر): five letters or more, no feminine nisba (جائزة
// الملك فيصل العالمية), office, title, role, apposition, adverb, day or
// stopword.
func articleSurname(t *token.Token) bool {
	k := t.Key
	return t.Script == token.Arabic && strings.HasPrefix(k, "ال") && len([]rune(k)) >= 5 && !arabic.IsStopword(k) && !offices[k] &&
		!strings.HasSuffix(k, "يه") && !titles[k] && !roles[k] && !appositions[k] && !adverbs[k] && !timeWords[k] && !heads[k] && !ordinals[k] &&
		!commonWords[k]
}

// timeWords are the days and the words of time that follow a name in a
// sentence (قال الرئيس أوباما الأربعاء).
var timeWords = keySet("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "الماضي",
	"المقبل", "الحالي", "الليلة", "صباح", "مساء")

// chainArticle reports whether t, a word with the article, can end a
// compound name or a family's name after عبد، أبو or آل, where even a title
// is part of the name (عبد الملك، آل الشيخ): not a stopword.
func chainArticle(t *token.Token) bool {
	k := t.Key
	return t.Script == token.Arabic && strings.HasPrefix(k, "ال") && len([]rune(k)) >= 4 && !arabic.IsStopword(k) && !offices[k]
}

// nisbaEnd reports whether token i-1 ends a definite nisba mention
// (الفرنسي), the cue of rule per.ar.nisba.
func nisbaEnd(mentionAt []*Mention, ms []Mention, i int) bool {
	m := mentionAt[i-1]
	return m != nil && m.Nisba && m.Last == i && strings.HasPrefix(m.Text, "ال")
}

// firstNameRule finds PER mentions that start with a known first name and
// go on with known name tokens or name-chain links (أحمد أبو الغيط، فيصل بن
// فرحان): at least two tokens, at most four (rule per.ar.first-name).
func (r *Recognizer) firstNameRule(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	if r.FirstNames == nil || r.Names == nil {
		return nil
	}
	covered := sc.covered
	out := sc.firstBuf[:0] // (see keepRuleBufs)
	kc, cov := sc.kc[:len(toks)], covered[:len(toks)]
	for i := 0; i+1 < len(toks); i++ { // (a name has two tokens at least)
		if i = r.nextFirstName(text, toks, cov, kc, i); i+1 >= len(toks) {
			break
		}
		t := &toks[i]
		// A name has two tokens at least, and the second is a free Arabic
		// word of two letters or more, a link or no title, office, head
		// ... (see nameToken, nasab): test that before the lexicon, which
		// costs more.
		if n := i + 1; covered[n] && nisbaSurname(&toks[n]) && inLexicon(r.FirstNames, t) && nisbaSurnameMention(toks, ms, n) >= 0 {
			// (nisbaSurname, which nisbaSurnameMention tests first, before
			// the lexicon, which costs more)
			// فيصل + السويدي نائب الرئيس: a nisba family name.
			start := t.Start
			if s := stemOf(t); s != t.Key && !r.isFirstName(t.Key) {
				start += arabic.PrefixBytes(text[t.Start:t.End], 1)
			}
			out = append(out, Mention{Start: start, End: toks[n].End, Text: text[start:toks[n].End], Type: gazetteer.PER,
				Name: text[start:toks[n].End], Source: SourceRule, Rule: "per.ar.first-name", First: i, Last: n + 1})
			covered[i] = true
			i = n
			continue
		}
		if cov[i+1] {
			continue
		}
		// Else nextFirstName returned i for its last tests, which need not
		// be made again: the next word may be the next of a name by its
		// length and classes, and t is a first name of the lexicon, with or
		// without a conjunction, or علي (inLexicon(r.FirstNames, t) ||
		// isAli(text, t)).
		if !r.commonFirstName(toks, i) {
			continue // اسمي سارة، رمضان الكريم
		}
		if placePrefixes[t.Key] && i+1 < len(toks) && (placePrefixes[toks[i+1].Key] || toks[i+1].Key == "بني") {
			continue // خان بني سعد: a place
		}
		k, unknown := i+1, false
		for k < len(toks) && (k-i < maxNameTokens || nasab[toks[k].Key] && k-i < 2*maxNameTokens) && !covered[k] && toks[k].Sentence == t.Sentence {
			tk := &toks[k]
			if nasab[tk.Key] && k+1 < len(toks) && !covered[k+1] && toks[k+1].Sentence == t.Sentence &&
				(r.nameLike(text, &toks[k+1]) || r.nameToken(text, toks, k+1, covered) || nisbaSurname(&toks[k+1]) || articleName(&toks[k+1]) ||
					toks[k].Key == aalKey && familyName(&toks[k+1])) {
				k += 2 // دريد بن الصمة، آل الشيخ، آل ثاني
				if compoundFirst[toks[k-1].Key] && k < len(toks) && !covered[k] && toks[k].Sentence == t.Sentence && chainArticle(&toks[k]) {
					k++ // بن عبد + الملك
				}
				continue
			}
			if k >= i+2 && !nasab[toks[k-1].Key] && r.articleSurnameAt(text, toks, k) {
				k++ // محمد سليم العوا،: a family name with the article after two names
				unknown = true
				break
			}
			if !r.nameToken(text, toks, k, covered) {
				break
			}
			if s, conj := tk.Unconj(); conj && (strings.HasPrefix(tk.Key, "و") || utf8.RuneCountInString(s) < 4 || strings.HasSuffix(s, "نا")) && !r.isName(tk.Key) {
				break // وفيصل: the next name of a list; فوصف، فقدنا: ف and a verb (but فريست)
			}
			if !r.known(text, tk) {
				// One family name the lexicon lacks, right after the
				// first name: فيصل ملكاوي.
				if personSurname(tk) && !withPronoun(text, tk) && r.surnameAfter(t) && (k == i+1 || lastSurname(toks, k)) {
					k++
					unknown = true
				}
				break
			}
			k++
		}
		if !unknown && k >= i+2 && !nasab[toks[k-1].Key] && nisbaSurnameMention(toks, ms, k) >= 0 {
			k++ // محمد سعيد الكندي وزير: a family name that is also a nisba
		}
		for k > i+1 && nasab[toks[k-1].Key] { // محمد بن ناصر بن → محمد بن ناصر
			k--
		}
		k = kunyaEnd(toks, i, k, covered)
		if k-i >= 2 && participleEnd(toks, k) {
			k-- // رايس الداعي إلى: a participle, no family name
		}
		if k-i < 2 {
			continue
		}
		if afterSiteHead(toks, i) {
			i = k - 1 // سجن بيل مارش، بشارع صبري أبو علم: a site's name, no person (see siteHeads)
			continue
		}
		start := t.Start
		if s := stemOf(t); s != t.Key && !isAli(text, t) && r.isFirstName(s) {
			start += arabic.PrefixBytes(text[t.Start:t.End], 1)
		}
		end := toks[k-1].End
		out = append(out, Mention{Start: start, End: end, Text: text[start:end], Type: gazetteer.PER, Name: text[start:end],
			Source: SourceRule, Rule: "per.ar.first-name", First: i, Last: k})
		for x := i; x < k; x++ {
			covered[x] = true
		}
		i = k - 1
	}
	return out
}

// nextFirstName returns the first token j >= i that firstNameRule looks
// at further, or len(toks) for none: a free Arabic word whose next word, in
// its sentence, is covered (maybe a nisba family name), or may be the next
// word of a name by its length and classes kc while the word is a first
// name of the lexicon (or علي). These are the tests that open
// firstNameRule's loop, in a loop of their own, small enough for its
// values to stay in registers: most tokens fail them, and the loop's body
// is large. firstNameRule does not make the tests of a j whose next word
// is free again.
func (r *Recognizer) nextFirstName(text string, toks []token.Token, cov []bool, kc []class, i int) int {
	if i < 0 || len(cov) < len(toks) || len(kc) < len(toks) {
		return len(toks)
	}
	for ; i+1 < len(toks); i++ {
		t, n := &toks[i], &toks[i+1]
		if cov[i] || t.Script != token.Arabic || n.Sentence != t.Sentence {
			continue
		}
		if cov[i+1] {
			return i
		}
		if len(n.Key) < 2*2 || kc[i+1]&cNasab == 0 && (n.Script != token.Arabic || kc[i+1]&notNameToken != 0) {
			continue
		}
		if r.isFirstName(t.Key) {
			return i // (before the readings: most first names come without a conjunction)
		}
		if s, conj := t.Unconj(); conj && s != t.Key && r.isFirstName(s) ||
			(s == "علي" || t.Key == "علي") && strings.HasSuffix(text[t.Start:t.End], "ي") {
			return i
		}
	}
	return len(toks)
}

// hasPreposition reports whether t reads as ب, ل or ك before a word of
// three letters or more.
func hasPreposition(t *token.Token) bool {
	for _, rd := range t.Readings {
		p := strings.TrimLeft(rd.Prefix, "وف")
		if (p == "ب" || p == "ل" || p == "ك") && len([]rune(rd.Stem)) >= 3 {
			return true
		}
	}
	return false
}

// englishTitles stand before a person's name in English news.
var englishTitles = map[string]bool{
	"president": true, "minister": true, "secretary": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"king": true, "prince": true, "princess": true, "queen": true, "sheikh": true, "emir": true, "sultan": true,
	"general": true, "commander": true, "chief": true, "leader": true, "spokesman": true, "spokeswoman": true,
	"journalist": true, "ambassador": true, "envoy": true, "senator": true, "governor": true, "mayor": true,
	"premier": true, "chancellor": true, "counterpart": true, "judge": true, "cardinal": true, "pope": true,
}

// englishNameRule finds people in English text (rule per.en.name): two to
// four capitalised words the first of which the lexicon knows as a name,
// or one to three capitalised words after a title (Journalist Anas
// al-Sharif, President Donald Trump). Hyphenated particles (al-Sharif) go
// with their word.
//
// tf flags the Latin tokens (tfLatin), where it looks for names.
func (r *Recognizer) englishNameRule(text string, toks []token.Token, covered []bool, tf []uint8) []Mention {
	if r.Names == nil {
		return nil
	}
	capital := func(k int) bool {
		t := &toks[k]
		return t.Script == token.Latin && !covered[k] && text[t.Start] >= 'A' && text[t.Start] <= 'Z'
	}
	var out []Mention
	tf = tf[:len(toks)]
	for i := 0; i < len(toks); i++ {
		if i = nextMarked(tf, i, tfLatin); i >= len(toks) {
			break // (capital(i) is false for every other token)
		}
		if !capital(i) {
			continue
		}
		afterTitle := i > 0 && toks[i-1].Script == token.Latin && englishTitles[toks[i-1].Key] && toks[i-1].Sentence == toks[i].Sentence
		if !afterTitle && !r.isName(toks[i].Key) {
			continue
		}
		k := i + 1
		for k < len(toks) && k-i < maxNameTokens && toks[k].Sentence == toks[i].Sentence {
			if capital(k) || toks[k].Key == "bin" || toks[k].Key == "al" || toks[k].Key == "-" && toks[k].Start == toks[k-1].End {
				k++
				continue
			}
			break
		}
		for k > i+1 && (toks[k-1].Key == "-" || toks[k-1].Key == "bin" || toks[k-1].Key == "al") {
			k--
		}
		if k-i < 2 && !afterTitle {
			continue
		}
		start, end := toks[i].Start, toks[k-1].End
		out = append(out, Mention{Start: start, End: end, Text: text[start:end], Type: gazetteer.PER, Name: text[start:end],
			Source: SourceRule, Rule: "per.en.name", First: i, Last: k})
		markCovered(covered, i, k)
		i = k - 1
	}
	return out
}

// byFirst sorts ms in order of their first token, ties in their order in
// ms, and returns it. It sorts indices rather than the mentions, which are
// large to move, then moves each mention once.
func byFirst(ms []Mention) []Mention {
	if len(ms) < 2 || slices.IsSortedFunc(ms, func(a, b Mention) int { return a.First - b.First }) {
		return ms
	}
	// Sort (First, index) pairs packed in integers, which costs a third of
	// sorting indexes with a comparison of mentions; then keep the index.
	var room [128]uint64 // a line's mentions, without an allocation
	idx := room[:]
	if len(ms) <= len(room) {
		idx = idx[:len(ms)]
	} else {
		idx = make([]uint64, len(ms))
	}
	for i := range ms {
		f := ms[i].First
		if f < 0 || f >= 1<<31 {
			return byFirstFunc(ms)
		}
		idx[i] = uint64(f)<<32 | uint64(i)
	}
	slices.Sort(idx)
	for i := range idx {
		idx[i] &= 1<<32 - 1
	}
	// Put ms[idx[i]] at i, in place, one cycle of the permutation at a
	// time; idx[j] = j marks j done.
	for i := range idx {
		if int(idx[i]) == i {
			continue
		}
		tmp, j := ms[i], i
		for k := int(idx[j]); k != i; k = int(idx[j]) {
			ms[j] = ms[k]
			idx[j] = uint64(j)
			j = k
		}
		ms[j] = tmp
		idx[j] = uint64(j)
	}
	return ms
}

// mergePersons joins a person's first name found by a rule with the
// surname right after it that the gazetteer knows alone (الرئيس الفرنسي
// فرنسوا + هولاند): one mention, linked to the gazetteer's entry.
func mergePersons(text string, ms []Mention) []Mention {
	ms = byFirst(ms)
	out := ms[:0] // (out writes at i or before: a mention is read before any write over it)
	for i := 0; i < len(ms); i++ {
		m := &ms[i]
		if i+1 < len(ms) {
			if n := &ms[i+1]; m.Type == gazetteer.PER && n.Type == gazetteer.PER && m.Source == SourceRule && m.Last-m.First == 1 &&
				n.Source == SourceGazetteer && n.Last-n.First == 1 && n.First == m.Last && n.Clitic == "" {
				j := *n
				j.Start, j.First, j.Text = m.Start, m.First, text[m.Start:n.End]
				out = append(out, j)
				i++
				continue
			}
			if n := &ms[i+1]; n.First == m.Last+1 && particleMerge(text, m, n) {
				out = append(out, *m) // رود + فان + نيستلروي (nameparticles.go)
				i++
				continue
			}
		}
		if len(out) == i {
			out = out[:i+1] // nothing merged yet: m is in place
		} else {
			out = append(out, *m)
		}
	}
	return out
}

// isName reports whether the lexicon knows key as a name token.
func (r *Recognizer) isName(key string) bool { return r.Names != nil && r.Names.IsName(key) }

// isFirstName reports whether the first-name lexicon holds key; false
// without one.
func (r *Recognizer) isFirstName(key string) bool {
	return r.FirstNames != nil && r.FirstNames.IsName(key)
}

// nameToken reports whether token k can be part of a person's name after a
// cue: an Arabic word that is no stopword, title or nisba adjective and,
// unless the lexicon knows it, does not carry the article (family names with
// ال, such as المنصوري, need the lexicon).
func (r *Recognizer) nameToken(text string, toks []token.Token, k int, covered []bool) bool {
	t := &toks[k]
	if t.Script != token.Arabic || covered[k] || len(t.Key) < 2*2 {
		return false
	}
	c := classOf(t.Key)
	if c&notNameToken != 0 {
		return false
	}
	cs := c
	if s := stemOf(t); s != t.Key {
		cs = classOf(s)
	}
	return r.nameWord(text, toks, k, cs)
}

// nameTokenAt is nameToken for titleRule and the functions it calls: it
// reads the classes of the token from sc, and keeps its answer for an
// uncovered token in sc.nt, which titleRule clears.
func (r *Recognizer) nameTokenAt(text string, toks []token.Token, k int, covered []bool, sc *scratch) bool {
	if covered[k] {
		return false
	}
	if v := sc.nt[k]; v != 0 {
		return v == ntYes
	}
	t := &toks[k]
	ok := t.Script == token.Arabic && len(t.Key) >= 2*2 && sc.kc[k]&notNameToken == 0 && r.nameWord(text, toks, k, sc.sc[k])
	sc.nt[k] = ntNo
	if ok {
		sc.nt[k] = ntYes
	}
	return ok
}

// The answers of nameTokenAt kept in scratch.nt; 0 is none yet.
const (
	ntNo = 1 + iota
	ntYes
)

// nameWord is the rest of nameToken for an uncovered Arabic token k of at
// least two letters whose key is in no list of notNameToken; cs is the
// class of its key without a conjunction.
func (r *Recognizer) nameWord(text string, toks []token.Token, k int, cs class) bool {
	t := &toks[k]
	s := stemOf(t)
	conj := s != t.Key
	if conj && cs&cApposition != 0 || hasTanween(text[t.Start:t.End]) {
		return false
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && arabic.IsStopword(rd.Stem) {
			return false // بأن، لأن
		}
	}
	if (s == "علي" || t.Key == "علي") && strings.HasSuffix(text[t.Start:t.End], "ي") { // isAli
		return !aliBeforeDemonstrative(toks, k) // علي ذلك: the preposition
	}
	if arabic.IsStopword(t.Key) {
		return false
	}
	if conj && (cs&(cTitle|cOffice) != 0 || arabic.IsStopword(s)) {
		return false // ووزير
	}
	// s is the key without a conjunction, when t has one. Past the isAli
	// test, r.known(text, t) is known: the lexicon knows the key, or else
	// not the stem either, and t is no علي. Without a conjunction or the
	// article, the lexicon matters for a common word after a preposition
	// only (بأسلوب، لظهوري).
	article := strings.HasPrefix(t.Key, "ال")
	if !conj && !article {
		return !commonReading(t) || r.Names != nil && r.isName(t.Key)
	}
	known := r.Names != nil && r.isName(t.Key)
	if conj && r.Names != nil && !known && r.isName(s) {
		return false // وجلال: the next name of a list
	}
	if !known && commonReading(t) {
		return false // بأسلوب، لظهوري
	}
	// (a nisba with the article that the lexicon lacks is a name token
	// when it has the shape of a family name only)
	return known || !article || nisbaSurname(t)
}

// quantifiers stand where a name would after a noun (قائد إحدى السيارات).
var quantifiers = keySet("إحدى", "أحد", "بعض", "كل", "جميع", "عدد", "معظم", "أغلب", "أكثر", "غالبية")

// isAli reports whether t is the name علي, which the matching key merges
// with the preposition على: the written ya (not alef maqsura) tells them
// apart.
func isAli(text string, t *token.Token) bool {
	if k := stemOf(t); k != "علي" && t.Key != "علي" {
		return false
	}
	return strings.HasSuffix(text[t.Start:t.End], "ي")
}

// known reports whether the lexicon knows t, with or without a conjunction.
func (r *Recognizer) known(text string, t *token.Token) bool {
	if r.Names == nil {
		return false
	}
	return inLexicon(r.Names, t) || isAli(text, t)
}

// inLexicon reports whether l knows t's key, or its key without a
// conjunction; it looks a key up once.
func inLexicon(l Lexicon, t *token.Token) bool {
	if l.IsName(t.Key) {
		return true
	}
	s, conj := t.Unconj()
	return conj && s != t.Key && l.IsName(s)
}

// trimName returns the end of the name that starts at token j, given the
// candidate run toks[j:k]. With a lexicon, a run that does not end at
// punctuation or at the end of its sentence keeps its first token and then
// only known name tokens (الرئيس هادي يعين → هادي), or one unknown token
// after a known first name; after an honorific (السيد، الدكتور) it keeps up
// to two unknown tokens.
func (r *Recognizer) trimName(text string, toks []token.Token, j, k int, honorific bool) int {
	if r.Names == nil || k == j {
		return k
	}
	if k == len(toks) || toks[k].Script == token.Punct || toks[k].Sentence != toks[j].Sentence {
		return k
	}
	end := j + 1
	for end < k && (r.known(text, &toks[end]) || honorific && end < j+2 && personSurname(&toks[end]) && !withPronoun(text, &toks[end])) {
		end++
	}
	// Known names may end with one unknown family name: سيغمار غابريال، عز
	// الدين الأصبحي.
	if end < k && r.known(text, &toks[j]) && personSurname(&toks[end]) && !withPronoun(text, &toks[end]) {
		end++
	}
	return end
}

// withPronoun reports whether t, a word of four letters or more, is
// written with a final ha rather than a ta marbuta (انتقاده، قوله): a noun
// with the pronoun his, which the matching key cannot tell from a name
// ending in ة.
func withPronoun(text string, t *token.Token) bool {
	return strings.HasSuffix(text[t.Start:t.End], "ه") && utf8.RuneCountInString(t.Key) >= 4
}

// nisbaSurname reports whether t has the shape of a family name formed as
// a nisba (الأصبحي، النعيمي): the article, three letters or more, and a final
// ya; office words (الوطني، السابق) are not.
func nisbaSurname(t *token.Token) bool {
	k := t.Key
	return strings.HasPrefix(k, "ال") && strings.HasSuffix(k, "ي") && utf8.RuneCountInString(k) >= 6 && classOf(k)&(cOffice|cTitle) == 0 && !arabic.IsStopword(k)
}

// knownName reports whether a candidate name starts with a known
// person-name token; without a lexicon every candidate passes.
func (r *Recognizer) knownName(text string, toks []token.Token) bool {
	return r.Names == nil || r.known(text, &toks[0])
}

// nasab are the links of a name chain, which never end a name.
var nasab = keySet("بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل", "ال")

// stemOf returns the key of t without a conjunction (وقال الرئيس → الرئيس).
func stemOf(t *token.Token) string {
	s, _ := t.Unconj()
	return s
}

// A keyBits is a filter of keys at least two bytes long: a bit for each
// stemHash, modulo its size, a power of two. Its test is inlined.
type keyBits []uint64

// newKeyBits returns a keyBits of about 32 bits for each of n keys, at
// least 1024.
func newKeyBits(n int) keyBits {
	bits := 1024
	for bits < 32*n && bits < 1<<18 {
		bits <<= 1
	}
	return make(keyBits, bits/64)
}

func (f keyBits) add(key string) {
	h := stemHash(key) & uint(len(f)*64-1)
	f[h/64] |= 1 << (h % 64)
}

// may reports whether f may hold key.
func (f keyBits) may(key string) bool {
	h := stemHash(key) & uint(len(f)*64-1)
	return f[h/64]&(1<<(h%64)) != 0
}

// repeatsAndAliases finds the repeats of found: the other occurrences of
// names that a context rule found once (rule "propagate"), before or
// after it, with proclitics; and then the aliases
// of found, as aliases would after the repeats are covered: both in one
// pass over the tokens: a token's alias is looked for when no repeat
// starts there, and no later repeat covers it. spans, sorted and apart,
// are the runs of tokens [from, to) to look in; nil for all. fh holds the
// filterHash of each token's key (see scratch.fh); nil to make it here.
func repeatsAndAliases(text string, toks []token.Token, fh []uint16, covered []bool, found []Mention, spans [][2]int) (reps, als []Mention) {
	if len(found) == 0 {
		return nil, nil
	}
	var rroom, aroom [1024 / 64]uint64 // the smallest filters, without an allocation
	var nroom [fewRepeats]repeatName   // and the names of a few
	rx := newRepeatIndex(toks, found, rroom[:], nroom[:])
	ax := newAliasIndex(toks, found, aroom[:])
	if rx.lens == 0 && ax.lens == 0 {
		return nil, nil
	}
	if len(ax.bits) == 0 {
		ax.bits = keyBits(aroom[:1]) // (no name: a filter that passes none, for the tests below)
	}
	f := stemFilters{rlens: rx.lens, alens: ax.lens, lens: rx.lens | ax.lens, rbits: rx.firsts, abits: ax.bits,
		rmask: uint(len(rx.firsts)*64 - 1), amask: uint(len(ax.bits)*64 - 1)}
	var proom [1024 / 64]uint64
	p := newKeyPrefilter(toks, found, proom[:])
	if len(fh) < len(toks) {
		fh = make([]uint16, len(toks))
		for i := range toks {
			if k := toks[i].Key; len(k) >= 2 {
				fh[i] = uint16(filterHash(k))
			}
		}
	}
	all := [1][2]int{{0, len(toks)}}
	if spans == nil {
		spans = all[:]
	}
	for _, sp := range spans {
		reps, als = repeatsAndAliasesIn(text, toks, fh, covered, &rx, &ax, &f, &p, sp[0], min(sp[1], len(toks)), reps, als)
	}
	return reps, als
}

// repeatsAndAliasesIn appends to reps and als those of tokens [from, to)
// (see repeatsAndAliases), which rx, ax and their filters f find.
func repeatsAndAliasesIn(text string, toks []token.Token, fh []uint16, covered []bool, rx *repeatIndex, ax *aliasIndex, f *stemFilters,
	p *keyPrefilter, from, to int, reps, als []Mention) ([]Mention, []Mention) {
	for i := max(from, 0); i < to; i++ {
		if i = p.next(toks[:to], fh, covered, i); i >= to {
			break
		}
		rp, al := f.tokenVerdicts(&toks[i])
		if rp|al == 0 {
			continue
		}
		if rp != 0 {
			var end int
			if reps, end = rx.at(text, toks, covered, i, reps); end > 0 {
				i = end - 1
				continue
			}
		}
		if al != 0 {
			als = ax.at(text, toks, i, als)
		}
	}
	return reps, als
}

// stemFilters are the filters of repeatsAndAliases: of a repeatIndex (r)
// and of an aliasIndex (a), their bits of lengths and keyBits.
type stemFilters struct {
	rlens, alens, lens uint64 // lens = rlens | alens
	rbits, abits       keyBits
	rmask, amask       uint // len(rbits)*64-1, len(abits)*64-1
}

// A keyPrefilter holds a bit for the filterHash of each key of the
// filters of repeatsAndAliases: the first and the last key of each name,
// which the stems of most tokens have not. A token that passes it is then
// tested by the filters (see tokenVerdicts); it takes the hash of a
// token's key from classify (scratch.fh), and so needs no hash for most
// tokens.
type keyPrefilter struct {
	bits  []uint64
	mask  uint // len(bits)*64-1
	short bool // some key is shorter than two bytes (and has no filterHash)
}

// newKeyPrefilter returns the prefilter of the names of found, in room
// when large enough, or else in a new array of about 32 bits a key.
func newKeyPrefilter(toks []token.Token, found []Mention, room []uint64) keyPrefilter {
	n := 64 * len(room)
	for n < 64*len(found) && n < 1<<16 {
		n <<= 1
	}
	p := keyPrefilter{mask: uint(n - 1)}
	if p.bits = room; n > 64*len(room) {
		p.bits = make([]uint64, n/64)
	}
	add := func(k string) {
		if len(k) < 2 {
			p.short = true
			return
		}
		h := filterHash(k) & p.mask
		p.bits[h/64] |= 1 << (h % 64)
	}
	for i := range found {
		m := &found[i]
		add(toks[m.First].Key)
		if m.Last-m.First >= 2 {
			add(toks[m.Last-1].Key)
		}
	}
	return p
}

// next returns the first token j >= i not covered a stem of which may be
// one of the keys, or len(toks) for none; fh holds the filterHash of each
// token's key (see scratch.fh), which is its first reading's stem. It is a
// loop of its own, small enough for its values to stay in registers: most
// tokens fail.
func (p *keyPrefilter) next(toks []token.Token, fh []uint16, covered []bool, i int) int {
	if i < 0 || len(covered) < len(toks) || len(fh) < len(toks) {
		return len(toks)
	}
	bits, mask, short := p.bits, p.mask, p.short
	for ; i < len(toks); i++ {
		if covered[i] {
			continue
		}
		t := &toks[i]
		if len(t.Key) < 2 {
			if short {
				return i
			}
		} else if h := uint(fh[i]) & mask; bits[h/64]>>(h%64)&1 != 0 {
			return i
		}
		if readings := t.Readings; len(readings) > 1 {
			for ri := 1; ri < len(readings); ri++ { // (the first is the key)
				if p.may(readings[ri].Stem) {
					return i
				}
			}
		}
	}
	return len(toks)
}

// may reports whether s may be one of the keys.
func (p *keyPrefilter) may(s string) bool {
	if len(s) < 2 {
		return p.short
	}
	h := filterHash(s) & p.mask
	return p.bits[h/64]>>(h%64)&1 != 0
}

// tokenVerdicts returns the verdicts of the filters on the stems of t, 1
// or 0 each (see verdicts).
func (f *stemFilters) tokenVerdicts(t *token.Token) (rp, al uint64) {
	readings := t.Readings
	if len(readings) == 0 {
		return f.verdicts(t.Key)
	}
	for ri := range readings {
		r, a := f.verdicts(readings[ri].Stem)
		rp, al = rp|r, al|a
	}
	return rp, al
}

// verdicts returns the filters' verdicts on a stem s, 1 or 0 each: by
// its length (for a few names, most stems fail both there), and then by
// one stemHash for both keyBits, without a branch.
func (f *stemFilters) verdicts(s string) (rp, al uint64) {
	n := uint(len(s))
	if f.lens>>(n%64)&1 == 0 {
		return 0, 0
	}
	if n < 2 {
		return f.rlens >> (n % 64) & 1, f.alens >> (n % 64) & 1
	}
	h := stemHash(s)
	hr, ha := h&f.rmask, h&f.amask
	return f.rlens >> (n % 64) & (f.rbits[hr/64] >> (hr % 64)) & 1, f.alens >> (n % 64) & (f.abits[ha/64] >> (ha % 64)) & 1
}

// A repeatIndex holds the names a context rule found by their first key,
// in chains in found's order: a name's keys are those of its tokens,
// toks[m.First:m.Last].
type repeatIndex struct {
	names   []repeatName
	byFirst map[string][2]int32 // first key → the first and last name of its chain; nil for fewRepeats names or fewer
	lens    uint64              // a bit for each length of a first key, mod 64: most words need no look-up
	firsts  keyBits             // nor do most others
}

// fewRepeats is the most names a repeatIndex holds without its map:
// for so few, going through them all costs less than making it, which
// one line at a time is made for most lines.
const fewRepeats = 8

// A repeatName is a name of a repeatIndex.
type repeatName struct {
	m    *Mention
	next int32 // the next name of the same first key, or -1
}

// newRepeatIndex returns the index of the names found, its filter in room
// and its names in names when large enough.
func newRepeatIndex(toks []token.Token, found []Mention, room []uint64, names []repeatName) repeatIndex {
	if len(found) == 0 {
		return repeatIndex{}
	}
	if cap(names) < len(found) {
		names = make([]repeatName, len(found))
	}
	x := repeatIndex{names: names[:len(found)], firsts: keyBits(room)}
	if 32*len(found) > 64*len(room) {
		x.firsts = newKeyBits(len(found))
	}
	if len(found) > fewRepeats {
		x.byFirst = map[string][2]int32{}
	}
	for i := range found {
		m := &found[i]
		first := toks[m.First].Key
		x.names[i] = repeatName{m, -1}
		if x.byFirst == nil {
			if i+1 < len(found) {
				x.names[i].next = int32(i + 1) // a few names: one chain of them all, which at goes through
			}
		} else if c, ok := x.byFirst[first]; ok {
			x.names[c[1]].next = int32(i)
			x.byFirst[first] = [2]int32{c[0], int32(i)}
		} else {
			x.byFirst[first] = [2]int32{int32(i), int32(i)}
		}
		x.lens |= 1 << (len(first) % 64)
		if len(first) >= 2 {
			x.firsts.add(first)
		}
	}
	return x
}

// at appends to out the repeat of a name that starts at token i, not
// covered, and covers its tokens; it returns out and the repeat's end, or
// 0 for none.
func (x *repeatIndex) at(text string, toks []token.Token, covered []bool, i int, out []Mention) ([]Mention, int) {
	t := &toks[i]
	readings := t.Readings
	if readings == nil {
		readings = []arabic.Reading{{Stem: t.Key}}
	}
	for ri := range readings {
		rd := &readings[ri]
		if x.lens&(1<<(len(rd.Stem)%64)) == 0 {
			continue
		}
		if len(rd.Stem) >= 2 && !x.firsts.may(rd.Stem) {
			continue
		}
		if rd.Stem == "علي" && !isAli(text, t) {
			continue // على, for every name (a common word: tested before the look-up)
		}
		c, has := x.byFirst[rd.Stem]
		if x.byFirst == nil { // a few names, in one chain: those whose first key is the stem
			c, has = [2]int32{0, int32(len(x.names) - 1)}, len(x.names) > 0
		}
		for n := c[0]; has && n >= 0; n = x.names[n].next {
			if x.byFirst == nil && toks[x.names[n].m.First].Key != rd.Stem {
				continue
			}
			n := &x.names[n]
			nk := n.m.Last - n.m.First // its keys
			end := i + nk
			if end > len(toks) {
				continue
			}
			ok := true
			for k := 1; k < nk && ok; k++ {
				ok = !covered[i+k] && toks[i+k].Key == toks[n.m.First+k].Key && toks[i+k].Sentence == t.Sentence
			}
			if !ok {
				continue
			}
			start := t.Start + rd.CutBytes(text[t.Start:t.End], t.Key)
			e := toks[end-1].End
			for k := i; k < end; k++ {
				covered[k] = true
			}
			return append(out, Mention{Start: start, End: e, Text: text[start:e], Type: n.m.Type, Name: n.m.Name,
				Source: SourceRule, Rule: "propagate", Clitic: rd.Prefix, First: i, Last: end}), end
		}
	}
	return out, 0
}

// aliases finds later surname-only mentions of people named in full, and
// later first-name-only mentions of people named with two words.
func aliases(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	var room [1024 / 64]uint64
	x := newAliasIndex(toks, ms, room[:])
	if x.lens == 0 {
		return nil
	}
	var out []Mention
	for i := range toks {
		if covered[i] {
			continue
		}
		t := &toks[i]
		readings := t.Readings
		if len(readings) <= 1 { // one stem, most tokens: the filters below without the loop
			s := t.Key
			if len(readings) == 1 {
				s = readings[0].Stem
			}
			if x.lens&(1<<(len(s)%64)) == 0 || len(s) >= 2 && !x.bits.may(s) {
				continue
			}
		}
		out = x.at(text, toks, i, out)
	}
	return out
}

// An aliasIndex holds the people that aliases finds later by their
// surname alone or by their first name alone.
type aliasIndex struct {
	few      [fewAliases]aliasName // the first names put in, without a map: most documents have few
	nfew     int
	surnames map[string]aliasPerson // the names past few, nil until then
	firsts   map[string]bool        // of surnames, the first names
	lens     uint64                 // a bit for each length of a name put in, mod 64; 0 for none
	bits     keyBits                // the names put in, in front of the look-ups: most words need none
}

// fewAliases is the most names an aliasIndex holds without its maps: one
// line at a time, most lines have a few names or none, and a map costs
// allocations.
const fewAliases = 8

// An aliasName is a name of an aliasIndex: a person's surname, or first
// name (first).
type aliasName struct {
	key   string
	p     aliasPerson
	first bool
}

// get returns the person of the name key, if put in, and whether key is a
// first name.
func (x *aliasIndex) get(key string) (p aliasPerson, first, ok bool) {
	for i := range x.few[:x.nfew] {
		if n := &x.few[i]; n.key == key {
			return n.p, n.first, true
		}
	}
	if x.surnames == nil {
		return aliasPerson{}, false, false
	}
	p, ok = x.surnames[key]
	return p, ok && x.firsts[key], ok
}

// An aliasPerson is a person of an aliasIndex.
type aliasPerson struct {
	m     *Mention
	first int // token index where the full name starts
}

// newAliasIndex returns the index of the people of ms, its filter in room
// when large enough.
func newAliasIndex(toks []token.Token, ms []Mention, room []uint64) aliasIndex {
	var x aliasIndex // its filter made at the first name to put in: most documents have none
	put := func(key string, p aliasPerson, first bool) {
		if x.lens == 0 {
			if x.bits = keyBits(room); 32*len(ms) > 64*len(room) { // (as newKeyBits, without an allocation when small)
				x.bits = newKeyBits(len(ms))
			}
		}
		switch {
		case x.nfew < fewAliases:
			x.few[x.nfew] = aliasName{key, p, first}
			x.nfew++
		default:
			if x.surnames == nil {
				x.surnames = map[string]aliasPerson{}
			}
			x.surnames[key] = p
			if first {
				if x.firsts == nil {
					x.firsts = map[string]bool{}
				}
				x.firsts[key] = true
			}
		}
		x.lens |= 1 << (len(key) % 64)
		if len(key) >= 2 {
			x.bits.add(key)
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.PER || m.Last-m.First < 2 {
			continue
		}
		last := toks[m.Last-1].Key
		if _, _, seen := x.get(last); !seen && surnameAlone(toks, m) {
			put(last, aliasPerson{m, m.First}, false)
		}
		// A first name alone after the full name of two words (ليوناردو
		// after ليوناردو بوشريف): the same person, as a name, not an entry.
		if first := toks[m.First].Key; m.Last-m.First == 2 && firstAlone(&toks[m.First]) {
			if _, _, seen := x.get(first); !seen {
				put(first, aliasPerson{m, m.First}, true)
			}
		}
	}
	return x
}

// at appends to out the alias at token i, not covered, and returns out.
func (x *aliasIndex) at(text string, toks []token.Token, i int, out []Mention) []Mention {
	t := &toks[i]
	if t.Script == token.Punct || x.lens == 0 {
		return out
	}
	readings := t.Readings
	if readings == nil {
		readings = []arabic.Reading{{Stem: t.Key}}
	}
	for ri := range readings {
		rd := &readings[ri]
		if x.lens&(1<<(len(rd.Stem)%64)) == 0 || len(rd.Stem) >= 2 && !x.bits.may(rd.Stem) {
			continue
		}
		if rd.Stem == "علي" && !isAli(text, t) {
			continue // على (a common word: tested before the look-up)
		}
		p, firstName, ok := x.get(rd.Stem)
		if !ok || p.first > i {
			continue
		}
		start := t.Start + rd.CutBytes(text[t.Start:t.End], t.Key)
		a := Mention{
			Start: start, End: t.End, Text: text[start:t.End], Type: gazetteer.PER,
			Subtype: p.m.Subtype, Entity: p.m.Entity, Name: p.m.Name, Source: SourceAlias,
			Clitic: rd.Prefix, First: i, Last: i + 1,
		}
		if firstName {
			// First names are shared: a name, linked to no entry.
			a.Subtype, a.Entity, a.Name = "", "", a.Text
		}
		return append(out, a)
	}
	return out
}

// surnameAlone reports whether the last token of the person mention m can
// stand alone for the person: a word of three letters or more that is no
// stopword, title, office, role or head noun, and not the second half of a
// compound name (عبد الله، أبو مازن، بن علي).
func surnameAlone(toks []token.Token, m *Mention) bool {
	k := toks[m.Last-1].Key
	// (the lists are classes: one look-up of the key's class for five)
	if len([]rune(k)) < 3 || arabic.IsStopword(k) || classOf(k)&(cTitle|cOffice|cRole|cHead|cOrdinal) != 0 ||
		commonWords[k] || commonSurnames[k] || timeWords[k] {
		return false
	}
	return classOf(toks[m.Last-2].Key)&cNasab == 0 && classOf(stemOf(&toks[m.Last-2]))&cNasab == 0 &&
		toks[m.Last-2].Key != possessorLink // (ذو الفقار: no الفقار alone)
}

// firstAlone reports whether t, the first of a person's two names, can
// stand for the person later in the text: a word of four letters or more,
// without the article, that is no title, role, link or function word.
func firstAlone(t *token.Token) bool {
	k := t.Key
	// (the lists but speakerNouns are classes: one look-up of the key's class for six)
	return t.Script == token.Arabic && len([]rune(k)) >= 4 && !strings.HasPrefix(k, "ال") &&
		classOf(k)&(cNasab|cTitle|cRole|cOffice|cHead|cApposition) == 0 && !arabic.IsStopword(k) && !speakerNouns[k] &&
		!arabic.IsStopword(stemOf(t)) // وعلي دياب: no alias وعلي, which every وعلى would match
}

// ordinals follow the names of kings and popes (عبد الله الثاني), never a
// surname.
var ordinals = keySet("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
	"العاشر", "عشر")

// orgHeads head the names of organisations: شركة أرامكو السعودية، جامعة الملك
// سعود، وزارة الخارجية الأمريكية، حزب العدالة والتنمية.
var orgHeads = keySet("شركة", "مؤسسة", "جامعة", "وزارة", "هيئة", "حركة", "حزب", "جماعة", "جبهة", "منظمة",
	"مجلس", "بنك", "مصرف", "وكالة", "صحيفة", "قناة", "اتحاد", "لجنة", "نادي", "جمعية", "مجموعة", "تحالف",
	"صندوق", "مركز", "معهد", "محكمة", "أكاديمية", "رابطة", "نقابة", "مفوضية", "جريدة", "مجلة")

// facilityHeads head the names of buildings and sites, which are places:
// مستشفى الملك فهد، مطار عدن الدولي، مسجد الإمام الصادق.
var facilityHeads = keySet("مستشفى", "مسجد", "جامع", "مطار", "فندق", "ملعب", "قصر", "ميناء", "سجن", "معبر",
	"قاعدة", "مخيم", "جسر", "برج", "كنيسة", "كنيس", "متحف")

// placeNamed are the heads of organisations and sites that take a
// place's name as their own (جامعة القاهرة، بلدية طرابلس، متحف باردو);
// after others the place stays apart (مطار الرباط: the visit is to Rabat).
var placeNamed = keySet("جامعة", "بلدية", "محكمة", "متحف")

// maxOrgWords bounds the words after an organisation's head noun.
const maxOrgWords = 4

// headRule finds names no gazetteer holds after a head noun (heads: of
// organisations, rule org.ar.head; of facilities, loc.ar.facility): a head
// noun without the article, then either a quoted name (شركة «إن إس أو»: the
// mention is the name in the quotes), or a chain of words with the article,
// with و between them and a nisba at the end (وزارة الخارجية الأمريكية), or
// one word without it of four letters or more that has no feminine, plural
// or verbal noun's shape (جامعة هارفارد, not مجموعة عمل، صندوق إنقاذ). An
// indefinite nisba alone makes no name (شركة عراقية).
// Nisba mentions inside the name become part of it.
func headRule(text string, toks []token.Token, sc *scratch, ms []Mention, heads class, typ gazetteer.Type, rule string) []Mention {
	if !sc.has(heads | cQuotedOrg) {
		return ms
	}
	covered := sc.covered
	// The nisba, person and place mentions by first token, and the
	// mentions a name took in, built at the first head.
	var nisbaAt, personAt, placeAt firstIndex
	var drop []bool
	var droom [64]bool // the drops of a line's mentions, without an allocation
	index := func() {
		nisbaAt, personAt, placeAt = sc.firstIndexes(len(toks))
		if drop = droom[:]; len(ms) <= len(droom) {
			drop = drop[:len(ms)]
		} else {
			drop = make([]bool, len(ms))
		}
		for i := range ms {
			switch {
			case ms[i].Nisba:
				nisbaAt.set(ms[i].First, i)
			case ms[i].Type == gazetteer.PER:
				personAt.set(ms[i].First, i)
			case ms[i].Type == gazetteer.LOC && ms[i].Clitic == "":
				placeAt.set(ms[i].First, i)
			}
		}
	}
	var froom [4]Mention // and the few mentions found
	found := froom[:0]
	kc, stc := sc.kc[:len(toks)], sc.sc[:len(toks)]
	hot, dense := hotMask(heads | cQuotedOrg)
	for i := 0; i+1 < len(toks); i++ {
		if dense {
			i = nextMarked(sc.hm[:len(toks)], i, hot) // eight tokens a test: (kc[i]|stc[i])&(heads|cQuotedOrg) == 0 for most
		}
		for i+1 < len(toks) && (kc[i]|stc[i])&(heads|cQuotedOrg) == 0 {
			i++ // most tokens: told by the classes alone
		}
		if i+1 >= len(toks) {
			break
		}
		c := kc[i] | stc[i]
		t := &toks[i]
		if covered[i] || t.Script != token.Arabic || toks[i+1].Sentence != t.Sentence {
			continue
		}
		if c&heads == 0 {
			// Or a head of organisations whose names come quoted.
			if typ != gazetteer.ORG || c&cQuotedOrg == 0 || toks[i+1].Key != "«" && toks[i+1].Key != "\"" {
				continue
			}
		}
		if nisbaAt == nil {
			index()
		}
		head := stemOf(t)
		start, first, k := t.Start, i, i+1
		if head != t.Key && sc.kc[i]&heads == 0 {
			start += arabic.PrefixBytes(text[t.Start:t.End], 1)
		}
		if q := toks[k].Key; q == "«" || q == "\"" {
			// A quoted name.
			e := k + 1
			for e < len(toks) && e <= k+6 && toks[e].Key != "»" && toks[e].Key != "\"" && toks[e].Sentence == t.Sentence {
				e++
			}
			if e >= len(toks) || e == k+1 || e > k+6 || toks[e].Sentence != t.Sentence || anyCovered(covered, k+1, e) {
				continue
			}
			start, first, k = toks[k+1].Start, k+1, e
			found = append(found, headMention(text, start, toks[k-1].End, first, k, typ, rule))
			markCovered(covered, i, k+1)
			i = k
			continue
		}
		e := k
		for e < len(toks) && e-k < maxOrgWords && toks[e].Sentence == t.Sentence {
			tk := &toks[e]
			if mi, ok := nisbaAt.at(e); ok && !drop[mi] {
				if e == k && !strings.HasPrefix(ms[mi].Text, "ال") {
					break // شركة عراقية: an Iraqi company, no name
				}
				drop[mi] = true
				e = ms[mi].Last
				break // a nisba ends the name
			}
			if mi, ok := personAt.at(e); ok && !drop[mi] && (e == k || e == k+1 && isTitleToken(&toks[k])) {
				// Named after a person: مستشفى الملك فهد، جامعة الملك سعود.
				drop[mi] = true
				e = ms[mi].Last
				continue
			}
			if mi, ok := placeAt.at(e); ok && !drop[mi] && e == k && (mediaHead[t.Key] || mediaHead[head] || placeNamed[t.Key] || placeNamed[head] ||
				companyHeads[head] && complementEnd(toks, ms[mi].Last, t.Sentence, covered) > ms[mi].Last) {
				// A medium, a university or a site named after a place:
				// صحيفة القدس، قناة الجزيرة، جامعة القاهرة، متحف باردو; a
				// company with a complement: شركة الرياض للتعمير.
				drop[mi] = true
				e = ms[mi].Last
				if c := complementEnd(toks, e, t.Sentence, covered); c > e {
					e = c
					break
				}
				continue
			}
			if covered[e] || tk.Script != token.Arabic || arabic.IsStopword(tk.Key) {
				break
			}
			w := tk.Key
			if s, ok := tk.Unconj(); ok && e > k && strings.HasPrefix(s, "ال") {
				w = s // العدالة والتنمية
			}
			if !strings.HasPrefix(w, "ال") {
				if e == k && !adjectiveLike(tk.Key) && sc.kc[e]&cTitle == 0 && unknownSurname(tk) && !commonShape(w) && len([]rune(w)) > 3 &&
					!placeAdverbs[w] && !hasTanween(text[tk.Start:tk.End]) && !indefiniteAdjectiveAt(toks, e+1, t.Sentence) {
					e++ // جامعة هارفارد, not شركة طيران روسية، منظمة تنظيمًا، فندق هناك
					if foreignWordAt(text, toks, e, t.Sentence, covered, sc) {
						e++ // منظمة جرين موتوريست، شركة جنرال إلكتريك
					} else if genitiveAt(toks, e, t.Sentence, covered) {
						e++ // منظمة حقوق الإنسان
					}
					e = complementEnd(toks, e, t.Sentence, covered)
				}
				break
			}
			e++
		}
		e = cutConjoinedPlural(toks, k, e)
		if e == k {
			continue
		}
		found = append(found, headMention(text, start, toks[e-1].End, first, e, typ, rule))
		markCovered(covered, i, e)
		i = e - 1
	}
	if len(found) == 0 {
		return ms
	}
	var kept compactor // in place: no other slice holds ms here
	for i := range ms {
		if !drop[i] {
			kept.keep(ms, i)
		}
	}
	return append(kept.done(ms), found...)
}

func headMention(text string, start, end, first, last int, typ gazetteer.Type, rule string) Mention {
	return Mention{Start: start, End: end, Text: text[start:end], Type: typ, Name: text[start:end],
		Source: SourceRule, Rule: rule, First: first, Last: last}
}

func anyCovered(covered []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if covered[i] {
			return true
		}
	}
	return false
}

func markCovered(covered []bool, from, to int) {
	for i := from; i < to && i < len(covered); i++ {
		covered[i] = true
	}
}

// adjectiveLike reports whether key ends like an adjective or a plural
// (كبيرة، ثقافي، العاملين), unlikely to be the name after a head noun.
func adjectiveLike(key string) bool {
	for _, suf := range [...]string{"ه", "ات", "ين", "ون", "ي"} {
		if strings.HasSuffix(key, suf) {
			return true
		}
	}
	return false
}

// sportsWords mark a sentence about a match or a championship.
var sportsWords = keySet("مباراة", "المباراة", "الدوري", "لاعب", "اللاعب", "المدرب", "فاز", "تعادل", "هزم", "تغلب",
	"بطولة", "البطولة", "الفريق", "فريق", "نادي", "النادي", "هدف", "هدفين", "أهداف", "الملعب", "مدرب", "المنتخب", "مرمى")

// venueWords name the place or the event of a game rather than a club
// when a city follows them (استاد الدوحة، أولمبياد بكين، بطولة لندن).
var venueWords = keySet("استاد", "ستاد", "ملعب", "أولمبياد", "اولمبياد", "دورة", "بطولة", "مونديال", "ماراثون", "سباق")

// clubs retypes a city named in a sentence about sport, as the subject or
// object of the game rather than after a preposition (فاز ليفربول على
// مانشستر), as the organisation of its club (rule org.ar.club).
func clubs(toks []token.Token, ms []Mention, sporty map[int]bool) {
	if len(sporty) == 0 {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.LOC || m.Nisba || m.Subtype != "city" || !sporty[toks[m.First].Sentence] || m.Clitic != "" {
			continue
		}
		if p := m.First - 1; p >= 0 && (arabic.IsStopword(toks[p].Key) || heads[toks[p].Key] || venueWords[stemOf(&toks[p])]) ||
			cityNotClub(toks, m.First, m.Last) {
			continue // في لندن، مدينة مانشستر، استاد الدوحة، أولمبياد بكين
		}
		m.Type, m.Subtype, m.Entity, m.Candidates = gazetteer.ORG, "sports-club", "", nil
		m.Source, m.Rule = SourceRule, "org.ar.club"
	}
}

// mediaHeads are the head nouns under which a quoted place name is a
// newspaper, channel or agency: «الشرق الأوسط» is صحيفة الشرق الأوسط.
var mediaHeads = []string{"صحيفة", "قناة", "وكالة", "مجلة", "موقع"}

// quotedMedia turns a place mention standing alone in «» into the
// newspaper, channel or agency of that name when the gazetteer has one.
func (r *Recognizer) quotedMedia(text string, toks []token.Token, ms []Mention) {
	if r.Matcher == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.LOC || m.Nisba || m.First == 0 || m.Last >= len(toks) ||
			toks[m.First-1].Key != "«" || toks[m.Last].Key != "»" {
			continue
		}
		for _, h := range mediaHeads {
			if es, nisba := r.Matcher.Lookup(h + " " + m.Text); len(es) > 0 && !nisba && es[0].Type == gazetteer.ORG {
				e := es[0]
				m.Type, m.Subtype, m.Entity, m.Name, m.Candidates = e.Type, e.Subtype, e.ID, e.Name, nil
				break
			}
		}
	}
}

// forces are the heads of a country's armed or security forces, which with
// a nisba name an organisation: القوات المغربية، الجيش الإسرائيلي.
var forces = keySet("القوات", "قوات", "الجيش", "جيش", "الشرطة", "البحرية", "الاستخبارات", "المخابرات", "الحرس")

// forcesRule turns a forces head followed by a nisba mention into one ORG
// mention (rule org.ar.forces-nisba) that replaces the nisba mention; fh
// holds the filterHash of each token's key (scratch.fh) for
// coalitionForces, or is nil.
func forcesRule(text string, toks []token.Token, covered []bool, ms []Mention, fh []uint16) []Mention {
	for i := range ms {
		m := &ms[i]
		h := m.First - 1
		if !m.Nisba || m.Clitic != "" || h < 0 || covered[h] || toks[h].Sentence != toks[m.First].Sentence {
			continue
		}
		head := toks[h].Key
		if s, ok := toks[h].Unconj(); ok {
			head = s
		}
		if !forces[head] {
			continue
		}
		start := toks[h].Start
		if head != toks[h].Key {
			start += arabic.PrefixBytes(text[toks[h].Start:toks[h].End], 1)
		}
		*m = Mention{Start: start, End: m.End, Text: text[start:m.End], Type: gazetteer.ORG, Name: text[start:m.End],
			Source: SourceRule, Rule: "org.ar.forces-nisba", First: h, Last: m.Last}
		covered[h] = true
	}
	return coalitionForces(text, toks, covered, ms, fh)
}

// coalitionForces finds the forces of a coalition or an alliance and the
// guards (rule org.ar.forces-coalition: قوات التحالف، قوات التحالف الدولي،
// قوات الحلف، الحرس الوطني), which news names as organisations.
//
// fh, when not nil, holds the filterHash of each token's key (see
// scratch.fh): most tokens are told by it alone, in two bytes, without
// reading the token's key.
func coalitionForces(text string, toks []token.Token, covered []bool, ms []Mention, fh []uint16) []Mention {
	if len(fh) < len(toks) {
		fh = nil
	}
	for h := 0; h+1 < len(toks); h++ {
		if fh != nil {
			if x := uint(fh[h+1]); coalitionFilter[x/64]&(1<<(x%64)) == 0 {
				continue // (a key of two bytes or more that is none of them)
			}
		}
		k := toks[h+1].Key
		if !coalitionMay(k) {
			continue
		}
		var guard bool
		switch k {
		case "التحالف", "الحلف":
		case "الوطني", "الثوري", "الجمهوري", "الملكي", "الرئاسي", "الاميري": // الحرس الوطني
			guard = true
		default:
			continue
		}
		if covered[h] || covered[h+1] || toks[h].Sentence != toks[h+1].Sentence {
			continue
		}
		head := stemOf(&toks[h])
		if guard && head != "الحرس" || !guard && head != "قوات" && head != "القوات" {
			continue
		}
		start, e := toks[h].Start, h+2
		if head != toks[h].Key {
			start += arabic.PrefixBytes(text[toks[h].Start:toks[h].End], 1)
		}
		if e < len(toks) && !covered[e] && toks[e].Sentence == toks[h].Sentence && coalitionKinds[toks[e].Key] {
			e++
		}
		end := toks[e-1].End
		ms = append(ms, Mention{Start: start, End: end, Text: text[start:end], Type: gazetteer.ORG, Name: text[start:end],
			Source: SourceRule, Rule: "org.ar.forces-coalition", First: h, Last: e})
		markCovered(covered, h, e)
		h = e - 1
	}
	return ms
}

// coalitionMay reports whether key may be one after a head of
// coalitionForces (التحالف، الوطني), by its length and last byte at one
// branch: most keys are none of them.
func coalitionMay(key string) bool {
	return len(key) > 0 && uint8(uint32(coalitionLens)>>uint(len(key)))&coalitionLast[key[len(key)-1]] != 0
}

// coalitionFilter holds the filterHash of each key after a head of
// coalitionForces, the keys of its switch.
var coalitionFilter = newKeyFilter(map[string]bool{"التحالف": true, "الحلف": true,
	"الوطني": true, "الثوري": true, "الجمهوري": true, "الملكي": true, "الرئاسي": true, "الاميري": true})

// coalitionLens has a bit for the length of each key after a head of
// coalitionForces, and coalitionLast a 1 for its last byte (of ف and ي).
const coalitionLens = 1<<len("الحلف") | 1<<len("الوطني") | 1<<len("التحالف") | 1<<len("الجمهوري")

var coalitionLast = [256]uint8{0x81: 1, 0x8A: 1}

// coalitionKinds qualify a coalition after its name (التحالف الدولي).
var coalitionKinds = keySet("الدولي", "العربي", "الإسلامي", "الغربي", "الدولية")

// IsHead reports whether key is a head noun of a place's or an
// organisation's name (مدينة، وزارة، جماعة، حزب).
func IsHead(key string) bool { return classOf(key)&cHead != 0 }

// IsTitle reports whether key is a title or office word (وزير, الرئيس,
// الخارجية, العام) of the kind that stands before a person's name.
func IsTitle(key string) bool { return classOf(key)&(cTitle|cOffice) != 0 }
