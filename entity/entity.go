// Package entity recognises the people, places, organisations and other
// named things mentioned in tokenised text.
//
// A Recognizer combines three sources, in this order of precedence:
//
//  1. gazetteer matches (Source "gazetteer"): names of a gazetteer.Matcher,
//     linked to their entries;
//  2. context rules (Source "rule"); Mention.Rule names the rule. People: a
//     title, role or office (وزير الخارجية العراقي، الشاعر، الأمين العام) or a
//     nationality followed by one to four name tokens (per.ar.title,
//     per.ar.role, per.ar.nisba), also a quoted name after a title (والي
//     ولاية شانلي أورفة «عز الدين كوتشوك»); a cue such as يدعى or الملقب
//     before a name (per.ar.called: يدعى «أبو مالك»); a reporting verb before a name, or before
//     a family name alone and what was said (per.ar.speech: وقال الزهراني إن);
//     a known first name with known name tokens and at most one family name
//     the lexicon lacks (per.ar.first-name: فيصل ملكاوي); name chains go on
//     through compound names (محمد بن عبد الملك بن عبد الله آل الشيخ). Organisations: head
//     nouns (org.ar.head: وزارة الخارجية، شركة «إن إس أو»), a country's forces
//     (org.ar.forces-nisba), a coalition's and guards (org.ar.forces-coalition:
//     قوات التحالف، الحرس الوطني), media a speaker talks to (org.ar.quoted-media:
//     قال لـ«رويترز») and the organisation of an office the same way
//     (org.ar.quoted-office: الأمين العام لـ«المجلس الإسلامي»), short names
//     that are common words in quotes or after a cue (org.ar.cued: زعيم
//     القاعدة، «النصرة»), teams after فريق in sport (org.ar.team), acronyms in
//     parentheses (org.acronym), clubs named after a city, in sport or with
//     an unmistakable club word (org.ar.club: قطر القطري، الكوكب المراكشي، اتحاد
//     طنجة، هرتا برلين), clubs between a word of the game and a score or a
//     country's nisba (org.ar.club-cue: فاز على بلاكبيرن 3 / صفر), companies
//     quoted with a word of companies' names (org.ar.firm-word: «ميديا
//     غروب»), foreign names in ي after a feminine head (org.ar.head-foreign:
//     صحيفة هامشهري), outlets after the word for their reporter
//     (org.ar.reporter: مراسل الجزيرة), a place quoted alone after a
//     medium's head (org.ar.media-place: جريدة «كردستان»), a word with the
//     article next to a club with و in sport (org.ar.club-pair: الأهلي
//     والزمالك), names quoted in a list with a quoted organisation of the
//     gazetteer (org.ar.quoted-list: «بينتريست»، و«أوبر»). Places: facilities (loc.ar.facility), names after a
//     place head, outside it (loc.ar.head: مدينة تعز), natural features
//     with their head (loc.ar.feature: جبال الألب) and English place names
//     (loc.ar.street: هايد بارك، أكسفورد ستريت). Events after their head
//     (misc.ar.event: بطولة العالم للمصارعة، مهرجان بغداد للتسوق) are MISC and
//     take in the places of their name, as titles of works in quotes after a
//     work cue do (misc.ar.work: رواية «القاهرة الجديدة»). The name of God
//     standing alone is MISC (misc.ar.god). Names a rule found recur with
//     proclitics (propagate);
//  3. in-document aliases (Source "alias"): after a person's full name, the
//     surname alone (غانتس after بيني غانتس) is the same person, with the same
//     entity ID, in any later sentence of the text; the second half of a
//     compound name (عبد الله) and words that are mostly something else are
//     no surnames. The first name alone after a two-word name is an alias
//     too, without the entity ID, since first names are shared.
//
// A gazetteer name after a state word (دولة قطر، جمهورية بولندا) or an armed
// group's after قوات (قوات الحشد الشعبي) is the name alone when the gazetteer
// holds it alone too. A one-word gazetteer
// name written with a hamza that its entry's short
// names lack (وأم for وام) is another word and no mention. Sport needs a
// sports word other than هدف or الفريق (an aim, a general's rank).
//
// People's names also come from rules that follow the others: the next
// people of a list after a person's name, and back to its head (per.ar.list:
// حازم ميلكو وسالم زامبروتا وباتريك فييرا), family names with a Slavic ending
// (per.ar.slavic: كوفالسكي), a name the lexicon knows between a verb that
// opens a clause and a preposition (per.ar.subject: وحصل محفوظ على), a
// name right before its bearer's age (per.ar.aged: أغاسي ( 36 عاما )), a
// speaker a report quotes (per.ar.reported: عن بالاك قوله), a scorer
// before the minute of the goal (per.ar.scorer: مروان الشماخ ( 53 )); a
// person's mention then goes on along its
// chain (عبدالله بن خليفة + آل ثاني، الشاه إسماعيل + الأول) or takes a family
// name with the article (فيصل + السويدي نائب الرئيس) or the family name
// its rule left out, even one the gazetteer holds as a company or a nisba
// (بيتر + كينيون), and two person
// mentions side by side are one name when the first is a first name alone
// or ends with بن (علي + محمد الحمادي), but not after a king's title. A
// title or a role after ل or ب cues a name too (للدكتور ماجد العبيد). In a
// text that never writes على, a lone علي before a word, and علي opening a
// name a rule found, are the preposition.
//
// Common words of news that are no names (nouns, adjectives, verbs, time
// words, particles: كأي طالب، خط جوي مباشر، سامي استمر) take no name's slot
// after a cue or a first name, and علي before a demonstrative (علي ذلك) is
// the preposition. A first name that news writes more often as a common
// word (رمضان الكريم، ذكرى تأسيس) opens a name only before a known name.
//
// A one-word gazetteer place whose name news writes more often as a common
// word, a verb or a person's name (قم، كابل، مالي، جاسم) is a mention only
// with a place cue: a preposition, a place head or the proclitic ب or ل
// before it, another place joined to it, a nisba after it, or the same
// place cued, or its country named, elsewhere in the text.
//
// Offsets are byte offsets into the caller's text and Mention.Text is always
// text[Start:End]. A mention never includes the proclitics of its first
// token when they can be cut off the surface (بالرباط gives الرباط), nor
// bidirectional marks or zero-width characters at its edges.
package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
)

// Sources of a mention.
const (
	SourceGazetteer = "gazetteer"
	SourceRule      = "rule"
	SourceAlias     = "alias"
)

// A Mention is one occurrence of a named thing in the text.
type Mention struct {
	Start, End int            // byte offsets into the input
	Text       string         // input[Start:End]
	Type       gazetteer.Type // PER, LOC, ORG or MISC
	Subtype    string         // from the entry, if any
	Entity     string         // entry ID; empty for a name no gazetteer holds
	Name       string         // canonical name of the entry, or the surface text
	Source     string         // SourceGazetteer, SourceRule or SourceAlias
	Rule       string         // ID of the context rule, for SourceRule
	// Nisba is set when the mention is a nisba adjective or demonym
	// (الإسرائيلي, Israeli) standing for its place, not the place's name.
	Nisba bool
	// Descriptive is set when an organisation mention describes a
	// country's institution by a generic head and the country's nisba
	// (الجيش العراقي, the Iraqi army; البرلمان البريطاني) rather than naming
	// it: news annotation leaves such phrases untagged. It stays linked to
	// its entry and may be a relation's argument.
	Descriptive bool
	// Candidates holds the IDs of the other entries the name may refer to,
	// when it is ambiguous; Entity is the chosen one.
	Candidates []string
	// Clitic holds the proclitics (as a key: و, ب, لل ...) that the first
	// token carries before the name, whether or not Start excludes them.
	Clitic string
	// First and Last are the token indices of the mention, Last exclusive.
	First, Last int
}
