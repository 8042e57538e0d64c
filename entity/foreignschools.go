// Universities, colleges, institutes and academies named by a foreign
// name after their head (جامعة برنستون، كلية غيرتون، أكاديمية أسباير),
// which the head rule, wanting words with the article, leaves to the
// person rules or to nothing.

package entity

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// schoolHeads head the names of places of learning; the name is the
// organisation's with its head (جامعة غاريسا، testdata/README.md).
var schoolHeads = keySet("جامعة", "كلية", "معهد", "أكاديمية")

// maxSchoolWords bounds the foreign words after a school's head.
const maxSchoolWords = 3

// foreignSchools finds the places of learning named by one to three
// foreign words after a head of schoolHeads (rule org.ar.school-foreign):
// the head, with any proclitic left outside (بجامعة ديوك → جامعة ديوك),
// then free words each with the shape of a word of a foreign name (see
// shortForeignWord: no article, no adjective's or plural's ending, no
// common word; nor the nisba of a verbal noun, معهد تدريبي), then the end
// of a name (see foreignEnd); a name of one word has four letters or more.
// The heads are looked for by the dense marks of the tokens, eight a test:
// the hot marks of organisations' heads (جامعة، معهد، أكاديمية, alone or
// after و or ف) and the flags of keys that may start with ل or ب (لجامعة،
// بكلية); كلية, which neither marks, by its letters in the text. A pass
// over every token would cost more than the names it finds. It returns ms
// with the new mentions.
func (r *Recognizer) foreignSchools(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	hm, tf := sc.hm[:len(toks)], sc.tf[:len(toks)]
	for i := nextMarked(hm, 0, hotOrgHead); i+1 < len(toks); i = nextMarked(hm, i+1, hotOrgHead) {
		i = r.schoolAt(text, toks, sc, &ms, i)
	}
	for i := nextMarked(tf, 0, tfPlace); i+1 < len(toks); i = nextMarked(tf, i+1, tfPlace) {
		if k := toks[i].Key; len(k) >= 10 && (k[len(k)-1] == 0x87 || k[len(k)-1] == 0xAF) { // ends in ه or د
			i = r.schoolAt(text, toks, sc, &ms, i)
		}
	}
	// كلية, by the second byte of its ك (83) in the text, which few
	// letters share, then its other letters.
	for off := 0; ; {
		j := strings.IndexByte(text[off:], 0x83)
		if j < 0 {
			break
		}
		j += off
		off = j + 1
		if j == 0 || text[j-1] != 0xD9 || !strings.HasPrefix(text[j+1:], "لي") {
			continue
		}
		// the token that holds the letter
		i := sort.Search(len(toks), func(x int) bool { return toks[x].End > j })
		if i+1 < len(toks) && toks[i].Start < j {
			r.schoolAt(text, toks, sc, &ms, i)
		}
	}
	return ms
}

// schoolAt appends to *ms the place of learning whose head is toks[i],
// if any (see foreignSchools), and returns the index of its last token,
// or i.
func (r *Recognizer) schoolAt(text string, toks []token.Token, sc *scratch, ms *[]Mention, i int) int {
	covered := sc.covered
	t := &toks[i]
	if !schoolEnding(t.Key) || covered[i] || t.Script != token.Arabic || covered[i+1] || toks[i+1].Sentence != t.Sentence {
		return i
	}
	rd, ok := schoolHead(t)
	if !ok {
		return i
	}
	k := i + 1
	for k < len(toks) && k <= i+maxSchoolWords && toks[k].Sentence == t.Sentence && !covered[k] &&
		r.shortForeignWord(text, &toks[k], sc.kc[k]) && !nisbaOfNoun(toks[k].Key) {
		k++
	}
	if k == i+1 || k == i+2 && utf8.RuneCountInString(toks[i+1].Key) < 4 || !r.foreignEnd(toks, k, t.Sentence) {
		return i // (one word of three letters is as often the start of a longer name: جامعة ساو + باولو)
	}
	start := t.Start + rd.CutBytes(text[t.Start:t.End], t.Key)
	*ms = append(*ms, headMention(text, start, toks[k-1].End, i, k, gazetteer.ORG, "org.ar.school-foreign"))
	markCovered(covered, i, k)
	return k - 1
}

// schoolEnding reports whether key may end in a head of schoolHeads by its
// last three letters, two bytes each: معه (جامعه)، ليه or ميه (كليه،
// اكاديميه)، عهد (معهد). It reads bytes, not strings: a search of the
// text for the heads would cost more, as Arabic letters share their first
// byte.
func schoolEnding(k string) bool {
	n := len(k)
	if n < 8 || k[n-2] != 0xD9 && k[n-2] != 0xD8 {
		return false
	}
	switch {
	case k[n-2] == 0xD9 && k[n-1] == 0x87: // ه
		switch {
		case k[n-4] == 0xD8 && k[n-3] == 0xB9: // ع
			return k[n-6] == 0xD9 && k[n-5] == 0x85 // م
		case k[n-4] == 0xD9 && k[n-3] == 0x8A: // ي
			return k[n-6] == 0xD9 && (k[n-5] == 0x84 || k[n-5] == 0x85) // ل or م
		}
	case k[n-2] == 0xD8 && k[n-1] == 0xAF: // د
		return k[n-4] == 0xD9 && k[n-3] == 0x87 && k[n-6] == 0xD8 && k[n-5] == 0xB9 // ع ه
	}
	return false
}

// schoolHead reports whether t is a head of schoolHeads, alone or after
// proclitics (وجامعة، بكلية), and the reading that splits them off.
func schoolHead(t *token.Token) (arabic.Reading, bool) {
	if schoolHeads[t.Key] {
		return arabic.Reading{Stem: t.Key}, true
	}
	for _, r := range t.Readings {
		if schoolHeads[r.Stem] {
			return r, true
		}
	}
	return arabic.Reading{}, false
}

// nisbaOfNoun reports whether key is the nisba of a verbal noun or a
// common word (تدريبي، تعليمي، بحثي): an adjective, not a foreign name.
func nisbaOfNoun(key string) bool {
	b, ok := strings.CutSuffix(key, "ي")
	return ok && (tafeel(b) || commonWords[b] || classOf(b) != 0 || verbOrNounShape(b, utf8.RuneCountInString(b)))
}
