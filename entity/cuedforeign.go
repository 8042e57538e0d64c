package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// cuedForeignNames finds the foreign names of two or three words that a
// title, a role or a nationality announces but that titleRule leaves,
// as the lexicon knows neither word or only the second (rule
// per.ar.foreign: وزير الدفاع جوونو سودارسونو، الروسية كوتلايروفا أولغا،
// وزير التموين هريديش تريباثي). After the cue, and the offices and
// portfolio of a title with the article (وزير الدفاع), come two or three
// free words each with a name's shape (see foreignWord), then the end of a
// name (see foreignEnd).
func (r *Recognizer) cuedForeignNames(text string, toks []token.Token, sc *scratch, covered []bool) []Mention {
	if r.Names == nil {
		return nil
	}
	kc, stc, tf, hm := sc.kc[:len(toks)], sc.sc[:len(toks)], sc.tf[:len(toks)], sc.hm[:len(toks)]
	var out []Mention
	add := func(j, k int) {
		start, end := toks[j].Start, toks[k-1].End
		out = append(out, headMention(text, start, end, j, k, gazetteer.PER, "per.ar.foreign"))
		markCovered(covered, j, k)
	}
	// After a nationality (titleRule flags the token after it).
	for i := 0; i < len(toks); i++ {
		if i = nextMarked(tf, i, tfNisbaEnd); i >= len(toks) {
			break
		}
		if k := r.foreignOrShortAt(text, toks, i, covered, kc); k > 0 {
			add(i, k)
			i = k - 1
		}
	}
	// After a title or a role, and its offices and portfolio: وزير + الدفاع.
	for i := 0; i < len(toks); i++ {
		if i = nextMarked(hm, i, hotTitleCue); i >= len(toks) { // eight tokens a test
			break
		}
		if covered[i] || (kc[i]|stc[i])&(cTitle|cRole) == 0 || toks[i].Script != token.Arabic {
			continue // (a title with a preposition, لوزير, costs more than it finds)
		}
		j := i + 1
		for ; j < len(toks) && j <= i+3 && toks[j].Sentence == toks[i].Sentence; j++ {
			if covered[j] || toks[j].Script != token.Arabic || kc[j]&(cOffice|cTitle|cRole) == 0 && !strings.HasPrefix(toks[j].Key, "ال") {
				break // (a portfolio with the article: وزير التموين)
			}
		}
		if k := r.foreignOrShortAt(text, toks, j, covered, kc); k > 0 {
			add(j, k)
			i = k - 1
		}
	}
	return out
}

// foreignAt returns the end of a foreign name of two or three words at
// token j, or 0; see cuedForeignNames.
func (r *Recognizer) foreignAt(text string, toks []token.Token, j int, covered []bool, kc []class) int {
	if j+1 >= len(toks) || covered[j] || covered[j+1] || len(toks[j].Key) < 3*2 || len(toks[j+1].Key) < 3*2 ||
		strings.HasPrefix(toks[j].Key, "ال") || strings.HasPrefix(toks[j+1].Key, "ال") {
		return 0 // cheap tests first: two free words of three letters or more, without the article
	}
	k := j
	for k < len(toks) && k < j+3 && toks[k].Sentence == toks[j].Sentence && !covered[k] && r.foreignWord(text, toks, k, kc[k]) {
		k++
	}
	if k-j < 2 || r.known(text, &toks[j]) || !r.foreignEnd(toks, k, toks[j].Sentence) {
		return 0
	}
	return k
}

// foreignWord reports whether toks[k], whose key has the classes c, has
// the shape of a word of a foreign name: a name the lexicon knows of
// three letters or more, or a free word of five or more, all letters, with no article,
// conjunction, preposition before a common word, pronoun, ending of a
// plural or of the feminine, and none of a verb's, a verbal noun's or a
// common word's shapes.
func (r *Recognizer) foreignWord(text string, toks []token.Token, k int, c class) bool {
	t := &toks[k]
	w := t.Key
	// Cheap tests first; three letters or more, of two bytes each (five for a word the lexicon lacks, below).
	if t.Script != token.Arabic || c&notNameToken != 0 || len(w) < 3*2 || strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "و") {
		return false
	}
	// (c, the class of the key, tells nasab[w] and commonWords[w], which
	// notNameToken holds, without a look-up)
	if c&cNasab != 0 || arabic.IsStopword(w) || strings.ContainsFunc(w, notLetter) || hasTanween(text[t.Start:t.End]) {
		return false
	}
	if r.known(text, t) {
		return true
	}
	n := utf8.RuneCountInString(w)
	if n < 5 || strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ا") || strings.HasSuffix(text[t.Start:t.End], "ى") ||
		verbOrNounShape(w, n) || commonReading(t) || inflectedEnding(w) {
		return false
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" {
			return false // بغرض، لتحديد، كأحد: a preposition before a word as often as a name's letter
		}
	}
	return true
}

// foreignEnd reports whether a name may end before token k of sentence
// sent: at the end of the sentence, punctuation, a number, a function word,
// a title, an office or a role, a word with the article, or a word read
// with a preposition (بتوقيت، لتدريبات) or ending like an accusative
// (ثالثا).
func (r *Recognizer) foreignEnd(toks []token.Token, k int, sent int) bool {
	if k >= len(toks) || toks[k].Sentence != sent {
		return true
	}
	n := &toks[k]
	if n.Script == token.Punct || n.Script == token.Digit {
		return true
	}
	if n.Script != token.Arabic {
		return false
	}
	w := n.Key
	return arabic.IsStopword(w) || titles[w] || roles[w] || offices[w] || appositions[w] || strings.HasPrefix(w, "ال") ||
		prepositionWord(n) || strings.HasSuffix(w, "ا") && !r.isName(w) || speechObjects[w] || w == "قوله"
}
