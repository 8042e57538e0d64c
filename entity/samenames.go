package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// sameNames finds, once every person rule has run, the other mentions of
// the people that a context rule named in full (issue 3: a name found once
// is the same name at its other occurrences of the document):
//
//   - a one-word repeat of a full name's first word (rule "propagate", or
//     an alias) that the full name's other words follow grows into the full
//     name: الزعيم وليد القليب ... لأن وليد القليب (rule per.ar.same-name);
//   - the repeats of the full name (rule "propagate"), the surname alone
//     after it and the first name alone after a name of two words (aliases),
//     as repeatsAndAliases finds them: تقول كريستين لانجر ... وتقول لانجر;
//     for the full names only that found, the names repeatsAndAliases
//     looked for already, lacks as they are (a name grown after it, فؤاد +
//     الكعام, or found by a rule after it), and in the name's article only
//     (see sameArticle);
//   - a family name with the article in the headline, before the full name
//     (see headlineAliases).
//
// No alias is taken where the name may go on with another person's
// surname, or after another first name (see aloneNext, firstBefore). It
// returns ms with the grown mentions, the repeats and the aliases, and
// covers their tokens; fh holds the filterHash of each token's key (see
// scratch.fh). A document without a person named in full by a
// rule costs one pass over ms; one without a token that may repeat such a
// name, a pass over its tokens (see mayRecur).
func (r *Recognizer) sameNames(text string, toks []token.Token, fh []uint16, covered []bool, ms, found []Mention) []Mention {
	n, fresh, ones := 0, 0, false
	for i := range ms {
		if m := &ms[i]; fullRuleName(m) {
			n++
		} else if oneWordRepeat(m) {
			ones = true
		}
	}
	if n == 0 {
		return ms
	}
	var room [32]uint64 // the spans of a few found, without an allocation
	fs := foundSpans(room[:0], found)
	for i := range ms {
		if m := &ms[i]; fullRuleName(m) && !foundAs(m, fs) {
			fresh++
		}
	}
	if ones {
		// The full names by their first word, in the order of ms: a long
		// text has many one-word repeats and many names.
		byFirst := make(map[string][]int, n)
		for i := range ms {
			if fullRuleName(&ms[i]) {
				k := toks[ms[i].First].Key
				byFirst[k] = append(byFirst[k], i)
			}
		}
		grown := false
		for i := range ms {
			if m := &ms[i]; oneWordRepeat(m) && m.Last < len(toks) && toks[m.Last].Sentence == toks[m.First].Sentence {
				grown = growSameName(text, toks, covered, m, ms, byFirst) || grown
			}
		}
		if grown { // drop the nisbas a grown name took as its surname
			ms = slices.DeleteFunc(ms, func(m Mention) bool { return m.Last <= m.First })
		}
	}
	var als []Mention
	if fresh > 0 && mayRecur(toks, covered, ms, fs, fresh) {
		// (the names are copied: the repeats are appended to ms)
		fulls := make([]Mention, 0, fresh)
		for i := range ms {
			// (no name that ends on a preposition and a short word: واشنطن لرفع; لانجر is a name)
			if l := &toks[ms[i].Last-1]; fullRuleName(&ms[i]) && !foundAs(&ms[i], fs) &&
				!(utf8.RuneCountInString(l.Key) <= 4 && r.prepositional(l)) {
				fulls = append(fulls, ms[i])
			}
		}
		// In the article of a name only: a text may hold many. (A repeat
		// or an alias lies in one sentence, which lies in one article:
		// only the articles of fulls are looked in.)
		breaks := articleBreaks(text)
		var sroom [8][2]int
		var reps []Mention
		reps, als = repeatsAndAliases(text, toks, fh, covered, fulls, articleSpans(sroom[:0], breaks, toks, fulls))
		for _, m := range reps {
			if sameArticle(breaks, toks, &m, fulls, false) {
				ms = append(ms, m)
			} else {
				clear(covered[m.First:m.Last])
			}
		}
		als = slices.DeleteFunc(als, func(a Mention) bool { return !sameArticle(breaks, toks, &a, fulls, true) })
	}
	als = r.headlineAliases(text, toks, covered, ms, als)
	for _, a := range als {
		if covered[a.First] || (a.Name == a.Text || r.knownFirst(&toks[a.First])) && !aloneNext(toks, covered, a.First) ||
			r.firstBefore(toks, a.First) {
			continue // وهم: فولفجانج هير، وفولفجانج شتال: another فولفجانج; بدرية أحمد, then أحمد النعماد
		}
		covered[a.First] = true
		ms = append(ms, a)
	}
	return ms
}

// oneWordRepeat reports whether m is a one-word person mention that
// repeats another: a propagated name or an alias.
func oneWordRepeat(m *Mention) bool {
	return m.Last-m.First == 1 && m.Type == gazetteer.PER && (m.Rule == "propagate" || m.Source == SourceAlias)
}

// articleBreaks returns the offsets of the empty lines of text after
// which a line starts without a space: where one article ends and the
// next one's title starts when a text holds many, as in the news files
// (their paragraphs start with a space); nil for none.
func articleBreaks(text string) []int {
	var out []int
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return out
		}
		j += i
		k := j + 1
		if k < len(text) && text[k] == '\r' {
			k++
		}
		if k+1 < len(text) && text[k] == '\n' && text[k+1] != ' ' && text[k+1] != '\n' && text[k+1] != '\r' {
			out = append(out, j)
		}
		i = j + 1
	}
	return out
}

// articleSpans appends to spans the runs of tokens [from, to) of the
// articles (see articleBreaks) that hold one of fulls, in order.
func articleSpans(spans [][2]int, breaks []int, toks []token.Token, fulls []Mention) [][2]int {
	// the first token of article a (a token starts after the break, a
	// newline, that ends the article before it)
	first := func(a int) int {
		if a == 0 {
			return 0
		}
		if a > len(breaks) {
			return len(toks)
		}
		n, _ := slices.BinarySearchFunc(toks, breaks[a-1], func(t token.Token, off int) int { return cmp.Compare(t.Start, off) })
		return n
	}
	var aroom [8]int
	arts := aroom[:0]
	for i := range fulls {
		if a := articleOf(breaks, fulls[i].Start); !slices.Contains(arts, a) {
			arts = append(arts, a)
		}
	}
	slices.Sort(arts)
	for _, a := range arts {
		spans = append(spans, [2]int{first(a), first(a + 1)})
	}
	return spans
}

// sameArticle reports whether one of fulls names the person of the
// repeat or alias m in m's article (between the same empty lines of the
// text, see articleBreaks), before m when alias: the same name for a
// repeat, its surname or first name for an alias.
func sameArticle(breaks []int, toks []token.Token, m *Mention, fulls []Mention, alias bool) bool {
	art := articleOf(breaks, m.Start)
	for i := range fulls {
		f := &fulls[i]
		if articleOf(breaks, f.Start) != art || alias && f.First > m.First {
			continue
		}
		if !alias && f.Name == m.Name {
			return true
		}
		if k := toks[m.First].Key; alias && (strings.HasSuffix(k, toks[f.Last-1].Key) || strings.HasSuffix(k, toks[f.First].Key)) {
			return true
		}
	}
	return false
}

// foundAs reports whether found, the token spans of the names that
// repeatsAndAliases has looked for already (see foundSpans), holds m as it
// is.
func foundAs(m *Mention, found []uint64) bool {
	_, ok := slices.BinarySearch(found, spanKey(m.First, m.Last))
	return ok
}

// foundSpans appends to spans the token spans of found (see spanKey),
// sorted, for foundAs: a long text has many names, and more to look up.
func foundSpans(spans []uint64, found []Mention) []uint64 {
	for i := range found {
		spans = append(spans, spanKey(found[i].First, found[i].Last))
	}
	slices.Sort(spans)
	return spans
}

// spanKey returns the key of the token span [first, last) that sorts
// spans by first, then last.
func spanKey(first, last int) uint64 { return uint64(uint32(first))<<32 | uint64(uint32(last)) }

// fullRuleName reports whether m is a person named in full (two words or
// more) by a context rule.
func fullRuleName(m *Mention) bool {
	return m.Last-m.First >= 2 && m.Type == gazetteer.PER && m.Source == SourceRule
}

// growSameName grows the one-word person mention m into the first full
// name of ms (see fullRuleName; byFirst holds their indices by first
// word) whose first word it is and whose other words follow it in its sentence,
// not covered or covered by a nisba alone (فيصل + السويدي: Swedish, a
// surname here), and reports whether it did. It empties the nisba
// mentions it takes (Last = First) for the caller to drop.
func growSameName(text string, toks []token.Token, covered []bool, m *Mention, ms []Mention, byFirst map[string][]int) bool {
	stem := strings.TrimPrefix(toks[m.First].Key, m.Clitic)
	for _, fi := range byFirst[stem] {
		f := &ms[fi]
		nk := f.Last - f.First
		if !fullRuleName(f) || f.First == m.First || toks[f.First].Key != stem || m.First+nk > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < nk && ok; k++ {
			t := &toks[m.First+k]
			ok = t.Key == toks[f.First+k].Key && t.Sentence == toks[m.First].Sentence &&
				(!covered[m.First+k] || nisbaAt(ms, m.First+k) >= 0)
		}
		if !ok {
			continue
		}
		last := m.First + nk
		for k := m.Last; k < last; k++ {
			if n := nisbaAt(ms, k); n >= 0 {
				ms[n].Last = ms[n].First
			}
			covered[k] = true
		}
		m.End = toks[last-1].End
		m.Text = text[m.Start:m.End]
		m.Last = last
		m.Name = f.Name
		m.Source, m.Rule = SourceRule, "per.ar.same-name"
		m.Subtype, m.Entity = "", ""
		return true
	}
	return false
}

// nisbaAt returns the index in ms of the one-token nisba mention at token
// k, or -1.
func nisbaAt(ms []Mention, k int) int {
	for i := range ms {
		if ms[i].First == k && ms[i].Last == k+1 && ms[i].Nisba {
			return i
		}
	}
	return -1
}

// firstBefore reports whether the word before token i, in its sentence, is
// a first name, even one a rule took alone: the surname at i is then
// another person's of the family (جون كيندي ... روبرت كيندي).
func (r *Recognizer) firstBefore(toks []token.Token, i int) bool {
	return i > 0 && toks[i-1].Sentence == toks[i].Sentence && r.knownFirst(&toks[i-1])
}

// aloneNext reports whether the word after token i leaves the first name
// at i alone: it ends the sentence, is punctuation, a function word or a
// mention already; otherwise it may be another person's surname.
func aloneNext(toks []token.Token, covered []bool, i int) bool {
	if i+1 >= len(toks) || covered[i+1] || toks[i+1].Sentence != toks[i].Sentence {
		return true
	}
	n := &toks[i+1]
	return n.Script == token.Punct || arabic.IsStopword(n.Key) || arabic.IsStopword(stemOf(n))
}

// headlineAliases appends to als the surnames of the full names of ms
// (see fullRuleName) found in the
// headline, before the full name: the first line of a text of several
// lines (مدرب الهلال يستغني عن الحمد والبيشي, then the full names below),
// when the surname has the article, as a family name (الحمد، البيشي),
// and can stand alone (see surnameAlone). Elsewhere a word before the
// full name is too often another word (تجدد مشهد الزهور, then سامي
// مشهد; باشا; a brand in quotes).
func (r *Recognizer) headlineAliases(text string, toks []token.Token, covered []bool, ms, als []Mention) []Mention {
	head := strings.IndexByte(text, '\n')
	if head < 0 || len(toks) == 0 || toks[0].Start > head || toks[len(toks)-1].Start < head {
		return als
	}
	for fi := range ms {
		f := &ms[fi]
		if !fullRuleName(f) {
			continue
		}
		key := toks[f.Last-1].Key
		if !strings.HasPrefix(key, "ال") || toks[f.First].Start < head || !surnameAlone(toks, f) {
			continue
		}
		for i := 0; i < len(toks) && toks[i].Start < head; i++ {
			t := &toks[i]
			if covered[i] || !strings.HasSuffix(t.Key, key) || slices.ContainsFunc(als, func(a Mention) bool { return a.First == i }) {
				continue
			}
			clitic := t.Key[:len(t.Key)-len(key)]
			if clitic != "" && !slices.ContainsFunc(t.Readings, func(rd arabic.Reading) bool { return rd.Stem == key }) {
				continue
			}
			start := t.Start + arabic.PrefixBytes(text[t.Start:t.End], utf8.RuneCountInString(clitic))
			als = append(als, Mention{Start: start, End: t.End, Text: text[start:t.End], Type: gazetteer.PER,
				Subtype: f.Subtype, Entity: f.Entity, Name: f.Name, Source: SourceAlias, Clitic: clitic, First: i, Last: i + 1})
		}
	}
	return als
}

// mayRecur reports whether a token not covered may start a repeat of one
// of the n full names of ms (see fullRuleName) not in found or be its alias: its key
// or a stem of it is the first or the last key of one. It builds no index,
// only a filter of 256 bits: most texts have no such token, and
// repeatsAndAliases, which builds two, is then not called.
func mayRecur(toks []token.Token, covered []bool, ms []Mention, found []uint64, n int) bool {
	const most = 32
	if 2*n > most {
		return true
	}
	var keys [most]string
	var bits [4]uint64
	nk, short := 0, 1<<30
	for fi := range ms {
		f := &ms[fi]
		if !fullRuleName(f) || foundAs(f, found) {
			continue
		}
		for _, k := range [2]string{toks[f.First].Key, toks[f.Last-1].Key} {
			if len(k) < 4 {
				return true
			}
			keys[nk] = k
			nk++
			h := recurHash(k)
			bits[h/64] |= 1 << (h % 64)
			short = min(short, len(k))
		}
	}
	for i := range toks {
		if covered[i] {
			continue
		}
		t := &toks[i]
		k := t.Key
		if len(k) < short {
			continue // a stem is shorter still: most function words
		}
		// A stem ends as its key does (a reading takes proclitics off the
		// start): one hash for the key and its stems.
		if h := recurHash(k); bits[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, key := range keys[:nk] {
			if key == k {
				return true
			}
			for ri := range t.Readings {
				if t.Readings[ri].Stem == key {
					return true
				}
			}
		}
	}
	return false
}

// recurHash is mayRecur's hash of a key of four bytes or more, from its
// last three bytes (in Arabic script, the last letter and the second byte
// of the one before, which vary most), in 8 bits.
func recurHash(k string) uint {
	return (uint(k[len(k)-1]) ^ uint(k[len(k)-3])<<2 ^ uint(k[len(k)-2])<<5) & 255
}
