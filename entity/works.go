// Titles of works: novels, films, plays, books, poems and models in quotes.

package entity

import (
	"slices"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// workCues name a kind of work whose title follows in quotes (رواية «أولاد
// حارتنا»، فيلم «حلم»، طراز «سوخوي»), with the proclitics ب and ل that
// stand before them (بقصيدة، لروايته); a conjunction is read off by the
// token's stem. TV series are left out: ANERcorp tags their titles O.
var workCues = keySet("رواية", "الرواية", "روايات", "الروايات", "روايته", "رواياته", "لرواية", "برواية", "لروايته",
	"فيلم", "الفيلم", "فيلمه", "فيلمك", "أفلام", "لفيلم", "بفيلم", "مسرحية", "المسرحية", "مسرحيته", "بمسرحية",
	"كتاب", "كتابه", "الكتاب", "بكتاب", "لكتاب", "قصيدة", "قصيدته", "بقصيدة", "ديوان", "ديوانه", "أغنية", "الأغنية",
	"أغنيته", "ألبوم", "ألبومه", "القصصية", "طراز", "موديل")

// maxWorkWords bounds the words of a title, and maxCueGap the words
// between its cue and its opening quote (رواية محفوظ الأولى «عبث الأقدار»).
const (
	maxWorkWords = 6
	maxCueGap    = 3
)

// works finds the titles of works (rule misc.ar.work): the words between
// an opening quote (" « “) and the next closing one (" » ”), one to six
// words of one sentence, when a work cue stands at most three words before
// the opening quote, or when the title follows another one after و or a
// comma (روايات «اللص والكلاب» و«السمان والخريف»). The title is MISC, as
// ANERcorp tags it, and takes the place of the mentions inside it (رواية
// «القاهرة الجديدة»). Quotes without a cue (قال «إن ...») name nothing; nor
// do they after a stopword or an organisation's head between the cue and
// the quote (يشير الكتاب إلى أن «داعش»، الكتاب بصحيفة «التلغراف»), nor when
// they hold just an organisation the gazetteer names (روايات مجندي «داعش»).
func works(text string, toks []token.Token, sc *scratch, covered []bool, ms []Mention) []Mention {
	if !sc.has(cWork) {
		return ms
	}
	var found []Mention
	var orgs []uint64 // the spans of the gazetteer's organisations, made at the first title
	chainAt := -1     // the token after which a quote continues a list of titles
	tf := sc.tf[:len(toks)]
	for i := 0; i+2 < len(toks); i++ {
		if i = nextMarked(tf, i, tfOpenQuote); i+2 >= len(toks) {
			break // (the flags of orglocMarks tell the opening quotes)
		}
		cued := i == chainAt
		for k := i - 1; !cued && k >= 0 && k >= i-1-maxCueGap && toks[k].Sentence == toks[i].Sentence; k-- {
			if (sc.kc[k]|sc.sc[k])&cWork != 0 {
				cued = true
			}
			// (orgHeadReading after the class of the key: orgHeads and
			// quotedOrgHeads are classes)
			if toks[k].Script == token.Punct || arabic.IsStopword(toks[k].Key) || sc.kc[k]&(cOrgHead|cQuotedOrg) != 0 ||
				len(toks[k].Readings) > 1 && orgHeadReading(&toks[k]) {
				break // يشير الكتاب إلى أن «داعش»، الكتاب بصحيفة «التلغراف»
			}
		}
		if !cued {
			continue
		}
		e := i + 1
		for e < len(toks) && e-i <= maxWorkWords && toks[e].Sentence == toks[i].Sentence && !closeQuote(toks[e].Key) && !openQuote(toks[e].Key) {
			e++
		}
		if e == i+1 || e >= len(toks) || !closeQuote(toks[e].Key) || toks[e].Sentence != toks[i].Sentence {
			continue
		}
		if orgs == nil {
			orgs = quotedOrgSpans(ms)
		}
		if _, ok := slices.BinarySearch(orgs, span(i+1, e)); ok {
			chainAt = -1
			i = e
			continue // an organisation in quotes (روايات مجندي «داعش»)
		}
		m := headMention(text, toks[i+1].Start, toks[e-1].End, i+1, e, gazetteer.MISC, "misc.ar.work")
		m.Subtype = "work"
		found = append(found, m)
		markCovered(covered, i+1, e)
		chainAt = -1
		if e+2 < len(toks) && (toks[e+1].Key == "و" || toks[e+1].Key == "،" || toks[e+1].Key == ",") {
			chainAt = e + 2
		}
		i = e
	}
	if len(found) == 0 {
		return ms
	}
	out := ms[:0] // in place: no other slice holds ms here
	for i := range ms {
		if overlapsAny(found, &ms[i]) {
			continue
		}
		if len(out) == i {
			out = out[:i+1] // nothing dropped yet: the mention is in place
		} else {
			out = append(out, ms[i]) // not inside a title, nor across its edge
		}
	}
	return append(out, found...)
}

// orgHeadReading reports whether a reading of t is the head noun of an
// organisation (بصحيفة), whose name the quotes then hold.
func orgHeadReading(t *token.Token) bool {
	if orgHeads[t.Key] || quotedOrgHeads[t.Key] {
		return true
	}
	for _, rd := range t.Readings {
		if orgHeads[rd.Stem] || quotedOrgHeads[rd.Stem] {
			return true
		}
	}
	return false
}

// openQuote and closeQuote report whether key opens or closes a quotation.
func openQuote(key string) bool  { return key == "\"" || key == "«" || key == "“" }
func closeQuote(key string) bool { return key == "\"" || key == "»" || key == "”" }
