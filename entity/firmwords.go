// Companies named in quotes with a word that only a company's name holds.

package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// firmWords are the words of companies' names, mostly English ones written
// in Arabic letters (غروب، كابيتال، إنترناشيونال، تكنولوجي، إيرلاينز), that
// make a quoted name a company's without a head noun before it: «ميديا
// غروب»، «شعاع كابيتال»، «إل جي إلكترونيكس». Words that are also Arabic ones
// (بنك، موتور) are left out, and so is غروب's homograph unquoted (غروب
// الشمس: the sunset).
var firmWords = keySet("غروب", "جروب", "كابيتال", "إنترناشيونال", "انترناشيونال", "إنترناشونال", "انترناشونال",
	"تكنولوجي", "تكنولوجيز", "هولدينغ", "هولدنغ", "هولدينج", "هولدينغز", "كوربوريشن", "كورب", "ليمتد", "ليميتد",
	"إنفستمنت", "انفستمنت", "بارتنرز", "ريتنغز", "موتورز", "إلكترونكس", "الكترونكس", "إلكترونيكس", "الكترونيكس",
	"فاينانشال", "فايننشال", "سيستمز", "سوليوشنز", "كونسلتينغ", "إيرلاينز", "ايرلاينز", "إيرويز", "ايرويز", "هوتيل",
	"ميديا", "للاستثمار", "للتأمين")

// firmFilter filters the keys of firmWords: most words are told without a
// map look-up.
var firmFilter = newKeyFilter(firmWords)

// isFirmWord reports whether key is a word of firmWords.
func isFirmWord(key string) bool {
	return len(key) >= len("كورب") && firmFilter.may(key) && firmWords[key]
}

// maxFirmWords bounds the words of a quoted company's name.
const maxFirmWords = 6

// firmNames finds the companies named in quotes (rule org.ar.firm-word):
// one to six words of one sentence between quotes (« » " " “ ”), one of
// them a word of firmWords; the mention is the quoted name, and takes the
// place of the mentions inside it («فوكس إنترناشونال»، «إل جي إلكترونيكس»).
// Words of firmWords after an organisation's mention join it (see
// firmTails). It returns ms with the new mentions.
func firmNames(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	covered := sc.covered
	firmTails(text, toks, covered, ms)
	var drop map[int]bool
	var found []Mention
	tf := sc.tf[:len(toks)]
	for i := 0; i+2 < len(toks); i++ {
		// Quotes, by the flags of orglocMarks: eight tokens a test.
		if i = nextMarked(tf, i, tfOpenQuote); i+2 >= len(toks) {
			break
		}
		closing := quoteClosers[toks[i].Key] // (an opening quote: « " “)
		e, firm := i+1, false
		for e < len(toks) && e <= i+maxFirmWords && toks[e].Key != closing && toks[e].Sentence == toks[i].Sentence {
			firm = firm || isFirmWord(toks[e].Key)
			e++
		}
		if e >= len(toks) || toks[e].Key != closing || e == i+1 || toks[e].Sentence != toks[i].Sentence {
			i = e - 1 // (e > i: the quotes of one name are looked at once)
			continue
		}
		if !firm {
			i = e // a closing " opens no name
			continue
		}
		inside, crossing := []int(nil), false
		for x := range ms {
			if m := &ms[x]; m.First < e && m.Last > i+1 {
				// A mention across a quote, a company the gazetteer
				// names with the firm word (جنرال موتورز), or the next of
				// a list (فورد وكريزلر وجنرال موتورز): no one name.
				if m.First < i+1 || m.Last > e || m.Type == gazetteer.ORG && firmIn(toks, m.First, m.Last) ||
					m.First > i+1 && m.Clitic == "و" {
					crossing = true
					break
				}
				inside = append(inside, x)
			}
		}
		if crossing || len(inside) == 1 && ms[inside[0]].Type == gazetteer.ORG && ms[inside[0]].First == i+1 && ms[inside[0]].Last == e {
			i = e // (an organisation's name already, as شركة «ميديا غروب» is)
			continue
		}
		for _, x := range inside {
			drop = markDrop(drop, x)
		}
		m := headMention(text, toks[i+1].Start, toks[e-1].End, i+1, e, gazetteer.ORG, "org.ar.firm-word")
		m.Subtype = "company"
		found = append(found, m)
		markCovered(covered, i+1, e)
		i = e
	}
	if len(found) == 0 {
		return ms
	}
	return withoutDropped(ms, drop, found)
}

// firmTails extends an organisation's mention over the words of firmWords
// right after it, which end its name (شركة سبيس إكسبلوريشن تكنولوجيز، بنك
// رينيسانس كابيتال): the head rule takes one unknown word after its head.
func firmTails(text string, toks []token.Token, covered []bool, ms []Mention) {
	for x := range ms {
		m := &ms[x]
		if m.Type != gazetteer.ORG || m.Nisba || m.Last >= len(toks) || m.Last == 0 {
			continue
		}
		e := m.Last
		for e < len(toks) && !covered[e] && isFirmWord(toks[e].Key) && toks[e].Sentence == toks[m.Last-1].Sentence {
			e++
		}
		if e == m.Last {
			continue
		}
		markCovered(covered, m.Last, e)
		m.End, m.Last = toks[e-1].End, e
		m.Text = text[m.Start:m.End]
		if m.Source == SourceRule {
			m.Name = m.Text
		}
	}
}

// firmIn reports whether toks[f:l] has a word of firmWords.
func firmIn(toks []token.Token, f, l int) bool {
	for k := f; k < l; k++ {
		if isFirmWord(toks[k].Key) {
			return true
		}
	}
	return false
}
