package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// personTails grows the person mentions that a rule found by the family
// name right after them that the rule left out (rule of the mention kept),
// when the name ends right after it (see lastSurname): a free word the
// lexicon knows (قال كيشور + كيني) or a family name with the article after
// a name of two words or more (سامي سالم + السهلاوي); or a one-word
// gazetteer mention of a word the lexicon knows as a name, when it is a
// nisba without the article (يوسف + روسي، بيتر + كينيون), a person or an
// organisation (غوران + إريكسون), which is then no mention of its own. A
// word with a conjunction is the next person of a list (وفيصل). It returns
// ms without the mentions taken in.
func (r *Recognizer) personTails(text string, toks []token.Token, sc *scratch, ms []Mention) []Mention {
	if r.Names == nil {
		return ms
	}
	covered, kc := sc.covered, sc.kc[:len(toks)]
	var drop map[int]bool
	words := oneWords{ms: ms, n: len(toks)}
	for x := range ms {
		m := &ms[x]
		k := m.Last
		if m.Type != gazetteer.PER || m.Source != SourceRule || k >= len(toks) || m.Last <= m.First || kc[k-1]&cNasab != 0 ||
			toks[k].Script != token.Arabic || toks[k].Sentence != toks[m.First].Sentence {
			continue
		}
		y := -1
		if covered[k] {
			if y = words.at(k); y < 0 || drop[y] || !r.tailMention(text, toks, &ms[y]) {
				continue
			}
		} else if !r.personTail(text, toks, k, m.Last-m.First, covered) || k+1 < len(toks) && generalKeys[toks[k+1].Key] {
			continue // بدران + أمين عام: an office, no family name
		}
		if !lastSurname(toks, k) && !tailEnd(toks, k) {
			continue
		}
		if y >= 0 {
			drop = markDrop(drop, y)
		}
		end := toks[k].End
		m.End, m.Last = end, k+1
		m.Text, m.Name = text[m.Start:end], text[m.Start:end]
		covered[k] = true
	}
	if drop == nil {
		return ms
	}
	return withoutDropped(ms, drop, nil)
}

// oneWordAt returns the index in ms of the mention of token k alone, or
// -1.
func oneWordAt(ms []Mention, k int) int {
	for y := range ms {
		if ms[y].First == k && ms[y].Last == k+1 {
			return y
		}
	}
	return -1
}

// oneWords finds the mention of one token at a token as oneWordAt does,
// in the bucket of that token of the mentions by first token, made at the
// first look-up, rather than by a pass over ms each time; for a few
// mentions, by the pass. A mention may grow after the buckets are made
// (personTails takes a family name in), which a look-up sees: it tests
// the mentions of the bucket as they are.
type oneWords struct {
	ms      []Mention
	n       int // tokens
	buckets firstBuckets
	made    bool
	linear  bool // a mention's first token is out of range: the pass
}

// at returns oneWordAt(w.ms, k).
func (w *oneWords) at(k int) int {
	if !w.made {
		w.made = true
		if w.linear = len(w.ms) < 32 || w.n <= 0; !w.linear {
			w.buckets, w.linear = newFirstBuckets(w.ms, w.n)
			w.linear = !w.linear
		}
	}
	if w.linear || k < 0 || k >= w.n {
		return oneWordAt(w.ms, k)
	}
	for _, y := range w.buckets.in(k, k) { // (in the order of ms)
		if m := &w.ms[y]; m.First == k && m.Last == k+1 {
			return int(y)
		}
	}
	return -1
}

// tailMention reports whether n, a one-word mention right after a
// person's name, is its family name; see personTails.
func (r *Recognizer) tailMention(text string, toks []token.Token, n *Mention) bool {
	t := &toks[n.First]
	if n.Clitic != "" || t.Script != token.Arabic || strings.HasPrefix(t.Key, "ال") || strings.HasPrefix(t.Key, "و") || !r.known(text, t) {
		return false
	}
	return n.Nisba || n.Source == SourceGazetteer && (n.Type == gazetteer.PER || n.Type == gazetteer.ORG)
}

// generalKeys make an office of the word before them (أمين عام، مدير عام).
var generalKeys = keySet("عام", "العام")

// personTail reports whether toks[k], right after a person's name of n
// words, can be its family name; see personTails.
func (r *Recognizer) personTail(text string, toks []token.Token, k, n int, covered []bool) bool {
	t := &toks[k]
	if t.Script != token.Arabic || nasab[t.Key] || !r.nameToken(text, toks, k, covered) || arabic.IsStopword(t.Key) || withPronoun(text, t) {
		return false // محمود + أبو: the next name's link
	}
	if _, conj := t.Unconj(); conj && strings.HasPrefix(t.Key, "و") {
		return false
	}
	if w, ok := strings.CutPrefix(t.Key, "ال"); ok {
		return n >= 2 && (r.known(text, t) || nisbaSurname(t)) && articleSurname(t) && !appositions[w] // not المالك
	}
	return r.known(text, t) && !prepositionWord(t) && !commonShape(t.Key) && unknownSurname(t)
}

// foreignNameEnd reports whether a foreign name of two words toks[j:j+2]
// (see foreignName) may end before the word after it, where lastSurname
// sees none of its ends: a word with the article that is no nisba (الإسباني
// طومي روبريدو + المصنف سادسا، والألماني طومي هامس + الرابع عشر) or a word
// read with the preposition ل (الروماني تارايان باسيسكو + لعدم دعوته). The
// two words then have no shape of a common word, and the lexicon knows one
// of them or both have four letters or more (الفرنسي خطط عمل + الحكومة is
// no name).
func (r *Recognizer) foreignNameEnd(text string, toks []token.Token, j int) bool {
	k := j + 2
	if k >= len(toks) || toks[k].Sentence != toks[j].Sentence || toks[k].Script != token.Arabic {
		return false
	}
	a, b := &toks[j], &toks[j+1]
	if commonShape(a.Key) || commonShape(b.Key) ||
		!r.known(text, a) && !r.known(text, b) && (utf8.RuneCountInString(a.Key) < 4 || utf8.RuneCountInString(b.Key) < 4) {
		return false
	}
	t := &toks[k]
	if strings.HasPrefix(t.Key, "ال") {
		return !nisbaSurname(t) && utf8.RuneCountInString(t.Key) >= 5
	}
	return strings.HasPrefix(t.Key, "ل") && prepositionWord(t)
}

// tailEnd reports whether a family name at token k ends before the word
// after it, where lastSurname sees none of a name's ends: a word with the
// article that is no nisba (حجازي + المصنف، عثمان + السكرتير), a word read
// with و (المفتي + والسفير، حجازي + وغيرهم) or with the preposition ل (روسي +
// لتدريبات).
func tailEnd(toks []token.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Sentence != toks[k].Sentence || toks[k+1].Script != token.Arabic {
		return false
	}
	t := &toks[k+1]
	if strings.HasPrefix(t.Key, "ال") {
		return !nisbaSurname(t) && utf8.RuneCountInString(t.Key) >= 5
	}
	if _, conj := t.Unconj(); conj && strings.HasPrefix(t.Key, "و") {
		return true
	}
	return strings.HasPrefix(t.Key, "ل") && prepositionWord(t)
}
