// People: the passes over person mentions that run after the rules have
// found them (see Recognize).

package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// futureClitic reports whether a gazetteer match of a person carries the
// future prefix س among its proclitics (وسائل read as و + س + ايل): names
// never take it, verbs do.
func futureClitic(m *gazetteer.Match) bool {
	return m.Entries[0].Type == gazetteer.PER && strings.Contains(m.Clitic, "س")
}

// prepositionPhrases are a preposition and a name's word that make a
// preposition together (لصالح: in favour of), never a name alone.
var prepositionPhrases = keySet("لصالح", "ولصالح")

// withoutPrepositionAli drops the one-word person mentions of
// prepositionPhrases, and the one-word mentions of علي that stand for
// the preposition على, in a text whose writer puts a ya for its final alef
// maqsura: when the text never writes على, the written ya tells nothing
// (see isAli), and a lone علي before a word (وشدد علي أنه، غارات علي صفد) is
// the preposition; before punctuation, a number or the end of its sentence,
// or after a title or a role (الإمام علي), it stays a name. A علي that opens
// a name a rule found is the preposition too (علي صدر صفحاتها، علي سبيل
// المثال), unless a first name follows it (علي محمد الحمادي).
func (r *Recognizer) withoutPrepositionAli(text string, toks []token.Token, ms []Mention) []Mention {
	checked, writesAlaa := false, false
	var kept compactor
	for i := range ms {
		m := &ms[i] // (kept writes before i: a mention is read before any write over it)
		if m.Type == gazetteer.PER && m.Last-m.First == 1 && prepositionPhrases[toks[m.First].Key] {
			continue // لصالح
		}
		if m.Type == gazetteer.PER && stemOf(&toks[m.First]) == "علي" && m.Last < len(toks) && toks[m.Last].Sentence == toks[m.First].Sentence &&
			(m.Last-m.First == 1 && toks[m.Last].Script != token.Punct && toks[m.Last].Script != token.Digit ||
				m.Last-m.First > 1 && m.Source == SourceRule && !r.knownFirst(&toks[m.First+1])) &&
			(m.First == 0 || !isTitleToken(&toks[m.First-1]) && !roles[stemOf(&toks[m.First-1])]) {
			if !checked {
				checked, writesAlaa = true, strings.Contains(text, "على")
			}
			if !writesAlaa {
				continue
			}
		}
		kept.keep(ms, i)
	}
	return kept.done(ms)
}

// personSurname reports whether t, a word the lexicon lacks right after a
// first name, may be the family name: a word unknownSurname allows that
// has no shape of a verbal noun (ارتفاع، تزايد، تحديد، مصادفة), of a
// participle (مخزون، متسابق), of a broken plural (احاديث), of a verb in the
// past (تناولت، جاءت), of a common word (see commonShape) or of a short word
// with a preposition (لمدة): فارس تزايد الأضرار is Fares expecting a rise.
func personSurname(t *token.Token) bool {
	if !unknownSurname(t) {
		return false
	}
	k := t.Key
	r := []rune(k)
	switch n := len(r); {
	case verbalNoun(k), n == 5 && r[0] == 'ت' && (r[2] == 'ا' || r[3] == 'ي' && !longVowel(r[1])):
		return false // ارتفاع، تزايد، تحديد (تيفيز is a name)
	case n == 5 && r[0] == 'م' && r[3] == 'و' && !longVowel(r[1]):
		return false // مخزون، مشروع: a passive participle (مازوز is a name)
	case n <= 5 && hasPreposition(t):
		return false
	case commonShape(k):
		return false // متسابق، جاءت
	case n == 6 && r[0] == 'ا' && r[2] == 'ا' && r[4] == 'ي':
		return false // احاديث: a broken plural
	case n >= 5 && n <= 6 && r[n-1] == 'ت' && (r[0] == 'ت' || r[0] == 'ا'):
		return false // تناولت، اعتبرت: a verb in the past
	case n == 6 && r[0] == 'م' && r[2] == 'ا' && r[5] == 'ه':
		return false // مصادفة
	}
	return true
}

// familyName reports whether t, after آل, names a family: any Arabic word
// of three letters or more, even one that is otherwise a common word (آل
// ثاني، آل الشيخ، آل سعود).
func familyName(t *token.Token) bool {
	return t.Script == token.Arabic && len([]rune(t.Key)) >= 3
}

// nisbaSurnameMention returns the index in ms of the mention at token k,
// right after a name of two words or more, when it is a one-word nisba with
// the article that is the person's family name (محمد سعيد الكندي وزير
// البيئة): the name ends right after it (see lastSurname). Else it returns
// -1.
func nisbaSurnameMention(toks []token.Token, ms []Mention, k int) int {
	if k+1 >= len(toks) || toks[k].Sentence != toks[k-1].Sentence || toks[k+1].Sentence != toks[k].Sentence || !nisbaSurname(&toks[k]) {
		return -1
	}
	if n := &toks[k+1]; !titles[n.Key] && !roles[n.Key] && !appositions[n.Key] {
		return -1 // مالكولم اكس الأميركي،: a nationality after a name is no family name
	}
	for i := range ms {
		if m := &ms[i]; m.First == k && m.Nisba && m.Last == k+1 && m.Clitic == "" {
			return i
		}
	}
	return -1
}

// aalKey is the key of آل, the family of (آل سعود).
var aalKey = arabic.Normalize("آل")

// articleSurnameAt reports whether toks[k], a word with the article that
// the lexicon lacks after a name of two words or more, is the family name
// (محمد سليم العوا،): a word with a family name's shape (see
// articleSurname), no plural, and punctuation right after it.
func (r *Recognizer) articleSurnameAt(text string, toks []token.Token, k int) bool {
	t := &toks[k]
	if !articleSurname(t) || r.known(text, t) || pluralEnding(t.Key) || k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	return n.Sentence == t.Sentence && n.Script == token.Punct
}

// articleSurnames grows the one-word person mentions of a known first
// name by the family name with the article right after it (rule
// per.ar.first-name): فيصل + السويدي نائب الرئيس، فؤاد + الكعام،.
// The family name must have a family name's shape (see articleSurname)
// and end the name before punctuation, a title, a role or an office (see
// surnameEnds: استقبل رشيد الوفد في is no name); a nisba mention
// (السويدي: Swedish) is one only before a title, a role or an apposition,
// and is then no mention of its own. It returns ms without such nisbas.
func (r *Recognizer) articleSurnames(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	if r.FirstNames == nil {
		return ms
	}
	dropped := false
	for i := range ms {
		m := &ms[i]
		k := m.Last
		if m.Type != gazetteer.PER || m.Last-m.First != 1 || m.Nisba || k >= len(toks) || toks[k].Sentence != toks[m.First].Sentence ||
			!inLexicon(r.FirstNames, &toks[m.First]) || !strings.HasPrefix(toks[k].Key, "ال") {
			continue
		}
		if !covered[k] {
			t := &toks[k]
			if !articleSurname(t) || pluralEnding(t.Key) || strings.HasSuffix(t.Key, "ه") || !lastSurname(toks, k) || !surnameEnds(toks, k) {
				continue
			}
		} else if n := nisbaSurnameMention(toks, ms, k); n >= 0 {
			ms[n].Last = ms[n].First // dropped below
			dropped = true
		} else {
			continue
		}
		covered[k] = true
		m.Last = k + 1
		m.End = toks[k].End
		m.Entity, m.Subtype, m.Candidates, m.Source, m.Rule = "", "", nil, SourceRule, "per.ar.first-name"
		m.Text, m.Name = text[m.Start:m.End], text[m.Start:m.End]
	}
	if !dropped {
		return ms
	}
	return withoutEmpty(ms)
}

// personsAfterRules joins person mentions side by side that are one name
// (see adjacentPersons), drops the mentions of علي that stand for the
// preposition (see withoutPrepositionAli) and trims what the tokenizer
// left on names (see trimPersons). It returns ms sorted by first token.
func (r *Recognizer) personsAfterRules(text string, toks []token.Token, ms []Mention) []Mention {
	ms = byFirst(ms)
	out := ms[:0] // (out writes at i or before: a mention is read before any write over it)
	for i := 0; i < len(ms); i++ {
		if i+1 >= len(ms) || !r.adjacentPersons(text, toks, &ms[i], &ms[i+1]) {
			if len(out) == i {
				out = out[:i+1] // nothing joined yet: the mention is in place
			} else {
				out = append(out, ms[i])
			}
			continue
		}
		m := ms[i]
		for i+1 < len(ms) && r.adjacentPersons(text, toks, &m, &ms[i+1]) {
			m = joinPersons(text, m, ms[i+1])
			i++
		}
		out = append(out, m)
	}
	out = r.withoutPrepositionAli(text, toks, out)
	trimPersons(text, out)
	return out
}

// adjacentPersons reports whether the person mentions m and n, n right
// after m in its sentence, are one person's name that two rules found in
// two parts: m is a first name alone (علي + محمد الحمادي، خوان + كارلوس) or
// ends with a link of a name chain (محمد بن + حمد الرمحي), or n is a
// compound name alone (عبد الله عبد اللطيف + عبد الله), and n carries no
// proclitic (وحمد is the next person of a list).
func (r *Recognizer) adjacentPersons(text string, toks []token.Token, m, n *Mention) bool {
	if m.Type != gazetteer.PER || n.Type != gazetteer.PER || n.First != m.Last || m.Nisba || n.Nisba || n.Clitic != "" ||
		toks[n.First].Sentence != toks[m.First].Sentence || n.Start != toks[n.First].Start {
		return false
	}
	if s, conj := toks[n.First].Unconj(); conj && s != toks[n.First].Key && (r.Names == nil || !r.isName(toks[n.First].Key)) {
		return false // ومحمد
	}
	if m.Entity != "" && n.Entity != "" && m.Entity != n.Entity && m.Last-m.First > 1 {
		return false // two people of the gazetteer
	}
	if links[toks[m.Last-1].Key] || stemOf(&toks[n.First]) == toks[n.First].Key && toks[n.First].Key == "عبد" && n.Last-n.First == 2 {
		return true // محمد بن + حمد; عبد الله عبد اللطيف + عبد الله
	}
	if afterMonarch(toks, m.First) {
		return false // عيّن الملك عمران + سلمى حداد: a king goes by one name
	}
	return m.Last-m.First == 1 && (r.FirstNames != nil && inLexicon(r.FirstNames, &toks[m.First]) || isAli(text, &toks[m.First]))
}

// monarchs are the titles of rulers known by one name (الملك عمران،
// البابا فرنسيس), after which a name is complete.
var monarchs = keySet("الملك", "الملكة", "السلطان", "البابا", "الإمام", "الخليفة", "العاهل", "الإمبراطور", "الشاه")

// afterMonarch reports whether the title of a monarch stands right before
// token f.
func afterMonarch(toks []token.Token, f int) bool {
	return f > 0 && toks[f-1].Sentence == toks[f].Sentence && monarchs[stemOf(&toks[f-1])]
}

// joinPersons returns the mention of m and n together: a name, linked to
// n's entry when m is a first name a rule found before a person of the
// gazetteer (سيد + محمد خاتمي), else to none.
func joinPersons(text string, m, n Mention) Mention {
	j := m
	j.End, j.Last = n.End, n.Last
	j.Text, j.Name = text[j.Start:j.End], text[j.Start:j.End]
	j.Entity, j.Subtype, j.Candidates, j.Source, j.Rule = "", "", nil, SourceRule, "per.ar.first-name"
	if m.Source == SourceRule && m.Last-m.First == 1 && n.Entity != "" {
		j.Entity, j.Subtype, j.Name, j.Source, j.Rule = n.Entity, n.Subtype, n.Name, n.Source, n.Rule
	}
	return j
}

// chainArticleName reports whether t, right before بن or بنت, is a name
// with the article that opens the chain (الحسن بن علي): a known name token
// that is no title, office or stopword.
func (r *Recognizer) chainArticleName(text string, t *token.Token) bool {
	return strings.HasPrefix(t.Key, "ال") && r.known(text, t) && !arabic.IsStopword(t.Key) && classOf(t.Key)&notNameToken == 0
}

// chainEnds grows the person mentions that any source found along the
// name chain after them (rule of the mention kept, entry dropped): a
// compound name cut after its first half (صالح عبد + الغفور), links with
// the next name (عبدالله بن خليفة + آل ثاني), and an ordinal after the name
// of a ruler a title or a role introduced (الشاه إسماعيل + الأول); and
// before them, أبو that makes the name a nom de guerre (أبو + عبد الله
// التركي).
func (r *Recognizer) chainEnds(text string, toks []token.Token, covered []bool, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.PER || m.Nisba {
			continue
		}
		sent := toks[m.First].Sentence
		free := func(k int) bool { return k < len(toks) && !covered[k] && toks[k].Sentence == sent }
		k := m.Last
		for {
			if compoundFirst[toks[k-1].Key] && free(k) && (chainArticle(&toks[k]) || r.known(text, &toks[k])) {
				k++ // صالح عبد + الغفور
				continue
			}
			if free(k) && free(k+1) && (links[toks[k].Key] || toks[k].Key == aalKey) &&
				(toks[k].Key == aalKey && familyName(&toks[k+1]) || r.nameLike(text, &toks[k+1]) && !r.kinWord(text, &toks[k+1])) {
				k += 2 // بن خليفة، آل ثاني
				continue
			}
			break
		}
		if free(k) && ordinals[toks[k].Key] && m.First > 0 {
			if p := &toks[m.First-1]; isTitleToken(p) || roles[stemOf(p)] {
				k++ // الشاه إسماعيل الأول
			}
		}
		f := m.First
		if p := f - 1; p >= 0 && !covered[p] && toks[p].Sentence == sent && kunyaKeys[stemOf(&toks[p])] && m.Clitic == "" {
			f = p // أبو + عبد الله التركي: the nom de guerre
		}
		if k == m.Last && f == m.First {
			continue
		}
		markCovered(covered, m.Last, k)
		markCovered(covered, f, m.First)
		if f < m.First {
			m.First, m.Start = f, toks[f].Start
			if s, conj := toks[f].Unconj(); conj && s != toks[f].Key {
				m.Start += arabic.PrefixBytes(text[toks[f].Start:toks[f].End], 1)
			}
		}
		m.Last, m.End = k, toks[k-1].End
		m.Text = text[m.Start:m.End]
		if m.Source == SourceGazetteer || m.Source == SourceAlias {
			m.Entity, m.Subtype, m.Candidates, m.Source, m.Rule = "", "", nil, SourceRule, "per.ar.nasab"
		}
		m.Name = m.Text
	}
}

// kunyaKeys open a nom de guerre before a name (أبو عبد الله التركي).
var kunyaKeys = keySet("أبو", "ابو", "أبي")

// kinWord reports whether t, after ابن or بنت, is a noun with a pronoun
// that the lexicon lacks (ابن أخيه، بنت عمها): a relative, not a father's
// name.
func (r *Recognizer) kinWord(text string, t *token.Token) bool {
	if r.known(text, t) {
		return false
	}
	for _, suf := range [...]string{"ه", "ها", "هم", "هما", "ي"} {
		if strings.HasSuffix(t.Key, suf) {
			return true
		}
	}
	return false
}

// knownFirst reports whether the first-name list knows t.
func (r *Recognizer) knownFirst(t *token.Token) bool {
	return r.FirstNames != nil && inLexicon(r.FirstNames, t)
}

// listedPersons finds the next people of a list after a person's name of
// two words or more (rule per.ar.list): و and two words, a name's first
// and last (غانلويغي بوفون + وغانلوكا زامبروتا + وديفد تريزيغيه), one of
// which the lexicon knows, that end where the list goes on (another و),
// at punctuation or at a word that ends a name (see lastSurname).
func (r *Recognizer) listedPersons(text string, toks []token.Token, covered []bool, ms []Mention) []Mention {
	if r.Names == nil {
		return nil
	}
	var out []Mention
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.PER || m.Nisba || m.Last-m.First < 2 {
			continue
		}
		sent := toks[m.First].Sentence
		for k := m.Last; k+1 < len(toks) && !covered[k] && !covered[k+1] && toks[k+1].Sentence == sent; k += 2 {
			if !r.listedName(text, toks, k) {
				break
			}
			start := toks[k].Start + arabic.PrefixBytes(text[toks[k].Start:toks[k].End], 1)
			end := toks[k+1].End
			out = append(out, Mention{Start: start, End: end, Text: text[start:end], Type: gazetteer.PER, Name: text[start:end],
				Source: SourceRule, Rule: "per.ar.list", First: k, Last: k + 2})
			markCovered(covered, k, k+2)
		}
		// Back from an item of the list (وباتريك فييرا) to its head:
		// بوفون وغانلوكا زامبروتا وديفد تريزيغيه.
		if _, c := toks[m.First].Unconj(); !c || !strings.HasPrefix(toks[m.First].Key, "و") {
			continue
		}
		for k := m.First - 2; k >= 0 && !covered[k] && !covered[k+1] && toks[k].Sentence == sent; k -= 2 {
			conj := r.listedPair(text, toks, k, true)
			if !conj && (!r.listedPair(text, toks, k, false) || k > 0 && toks[k-1].Sentence == sent && r.nameToken(text, toks, k-1, covered)) {
				break
			}
			start := toks[k].Start
			if conj {
				start += arabic.PrefixBytes(text[toks[k].Start:toks[k].End], 1)
			}
			out = append(out, Mention{Start: start, End: toks[k+1].End, Text: text[start:toks[k+1].End], Type: gazetteer.PER,
				Name: text[start:toks[k+1].End], Source: SourceRule, Rule: "per.ar.list", First: k, Last: k + 2})
			markCovered(covered, k, k+2)
			if !conj {
				break // the head of the list
			}
		}
	}
	return out
}

// listedName reports whether toks[k:k+2] is the next name of a list: see
// listedPersons.
func (r *Recognizer) listedName(text string, toks []token.Token, k int) bool {
	if !r.listedPair(text, toks, k, true) {
		return false
	}
	n := &toks[k+1]
	if k+2 >= len(toks) || toks[k+2].Sentence != n.Sentence {
		return true
	}
	a := &toks[k+2]
	if _, c := a.Unconj(); c && strings.HasPrefix(a.Key, "و") {
		return true // the list goes on
	}
	return lastSurname(toks, k+1)
}

// listedPair reports whether toks[k:k+2] can be a person's two names in a
// list, with و before the first when conj: a first name of three letters
// or more without the article and with no other word's shape, a family
// name the lexicon knows or with a family name's shape, one of the two
// known.
func (r *Recognizer) listedPair(text string, toks []token.Token, k int, conj bool) bool {
	t, n := &toks[k], &toks[k+1]
	if t.Script != token.Arabic || n.Script != token.Arabic || n.Sentence != t.Sentence {
		return false
	}
	first, c := t.Unconj()
	if conj != (c && strings.HasPrefix(t.Key, "و") && first != t.Key) {
		return false
	}
	if len([]rune(first)) < 3 || strings.HasPrefix(first, "ال") || arabic.IsStopword(first) || classOf(first)&notNameToken != 0 ||
		commonShape(first) || imperfectVerb(first) {
		return false
	}
	knownFirst, knownLast := r.isName(first), r.known(text, n)
	if !knownFirst && !knownLast {
		return false
	}
	foreign := !knownLast && r.isFirstName(first) && r.foreignSurname(text, toks, k+1) // وكريستوفر والكن، وجولي كافنر
	if _, c := n.Unconj(); c && strings.HasPrefix(n.Key, "و") && !knownLast && !foreign {
		return false
	}
	return knownLast || personSurname(n) || articleSurname(n) || foreign
}

// longVowel reports whether c is a letter of a long vowel, which the
// patterns of verbal nouns and participles have in no first syllable.
func longVowel(c rune) bool { return c == 'ا' || c == 'و' || c == 'ي' }

// pluralEnding reports whether key ends like a plural or a dual (العائدين،
// المشاركون، الإصابات).
func pluralEnding(key string) bool {
	return strings.HasSuffix(key, "ين") || strings.HasSuffix(key, "ون") || strings.HasSuffix(key, "ات")
}

// mayHavePreposition reports whether key, of min bytes at least, starts
// with ل or ب, or with و or ف and then ل or ب (by the letters' bytes:
// ل D9 84, ب D8 A8, و D9 88, ف D9 81).
func mayHavePreposition(key string, min int) bool {
	if len(key) < min || len(key) < 4 {
		return false
	}
	b0, b1 := key[0], key[1]
	if b0 == 0xD9 && (b1 == 0x88 || b1 == 0x81) {
		b0, b1 = key[2], key[3]
	}
	return b0 == 0xD9 && b1 == 0x84 || b0 == 0xD8 && b1 == 0xA8
}

// prepositionCue returns the title or role class of t read after the
// preposition ل or ب (للدكتور ماجد العبيد، بالرئيس), or 0.
func prepositionCue(t *token.Token) class {
	// (the caller has tested mayHavePreposition(t.Key, 5*2))
	k := t.Key
	if strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف") {
		k = k[len("و"):]
	}
	if !strings.HasPrefix(k, "ل") && !strings.HasPrefix(k, "ب") {
		return 0
	}
	for _, rd := range t.Readings {
		if p := trimConjunctions(rd.Prefix); p == "ل" || p == "ب" {
			if c := classOf(rd.Stem) & (cTitle | cRole | cHonorific); c&(cTitle|cRole) != 0 {
				return c
			}
		}
	}
	return 0
}

// trimPersons takes off a person mention what is no part of the name but
// the tokenizer left on its words: the abbreviation د. (doctor) written
// against the first name (د.ماجد القحطاني) and directional formatting marks
// after the last (U+202C in شيسو‬).
func trimPersons(text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.PER {
			continue
		}
		changed := false
		if s := text[m.Start:m.End]; strings.HasPrefix(s, "د.") && len(s) > len("د.") {
			if r, _ := utf8.DecodeRuneInString(s[len("د."):]); unicode.IsLetter(r) {
				m.Start += len("د.")
				changed = true
			}
		}
		for m.End > m.Start {
			r, n := utf8.DecodeLastRuneInString(text[m.Start:m.End])
			if !unicode.Is(unicode.Cf, r) {
				break
			}
			m.End -= n
			changed = true
		}
		if changed {
			if m.Name == m.Text {
				m.Name = text[m.Start:m.End]
			}
			m.Text = text[m.Start:m.End]
		}
	}
}

// nisbaBefore reports whether a definite nisba mention of one word ends
// right before token f (الألماني + فلوريان ماير), as a title does.
func nisbaBefore(mentionAt []*Mention, f int) bool {
	m := mentionAt[f-1]
	return m != nil && m.Nisba && m.Last == f && strings.HasPrefix(m.Text, "ال")
}

// quotedForeign reports whether toks[i:e], between quotes after a cue,
// is a name the lexicon lacks (زوجته «كوهر شاه»): two or three words, each
// with a name's shape (see foreignFirst) or known.
func (r *Recognizer) quotedForeign(text string, toks []token.Token, i, e int) bool {
	if e-i < 2 || e-i > 3 {
		return false
	}
	for x := i; x < e; x++ {
		if !r.known(text, &toks[x]) && !foreignFirst(&toks[x]) {
			return false
		}
	}
	return true
}

// slavicEndings end family names of Eastern Europe as Arabic writes them
// (كوفالسكي، ميلوسيفيتش، تيموشينكو), which no Arabic word ends with.
var slavicEndings = [...]string{"سكي", "تسكي", "يتش", "فيتش", "ينكو"}

// slavicNames finds the family names with a Slavic ending that no rule
// took (rule per.ar.slavic), with the word before them when it has a first
// name's shape (ياروسلاف كاتشينسكي).
func (r *Recognizer) slavicNames(text string, toks []token.Token, covered []bool, tf []uint8) []Mention {
	var out []Mention
	tf = tf[:len(toks)] // tfSlavic: an Arabic key of six letters or more, without the article, with a Slavic ending
	for i := nextMarked(tf, 0, tfSlavic); i < len(toks); i = nextMarked(tf, i+1, tfSlavic) {
		t := &toks[i]
		if covered[i] {
			continue
		}
		first := i
		if p := i - 1; p >= 0 && !covered[p] && toks[p].Sentence == t.Sentence && (r.known(text, &toks[p]) || foreignFirst(&toks[p])) &&
			!arabic.IsStopword(toks[p].Key) && classOf(toks[p].Key) == 0 && !pluralEnding(toks[p].Key) && !hasPreposition(&toks[p]) {
			first = p
		}
		start := toks[first].Start
		if s, conj := toks[first].Unconj(); conj && s != toks[first].Key {
			start += arabic.PrefixBytes(text[toks[first].Start:toks[first].End], 1)
		}
		out = append(out, Mention{Start: start, End: t.End, Text: text[start:t.End], Type: gazetteer.PER, Name: text[start:t.End],
			Source: SourceRule, Rule: "per.ar.slavic", First: first, Last: i + 1})
		markCovered(covered, first, i+1)
	}
	return out
}

// slavicEnding reports whether key ends with one of slavicEndings.
func slavicEnding(key string) bool {
	switch key[len(key)-2:] { // the last letter: ي، ش or و
	case "ي", "ش", "و":
	default:
		return false
	}
	for _, e := range slavicEndings {
		if strings.HasSuffix(key, e) {
			return true
		}
	}
	return false
}

// teamNotRank reports whether token i, الفريق, is a team (الفريق الأحمر،
// الفريق الفاسي) rather than a general's rank: a word with the article
// follows it, other than the ranks الركن and الأول.
func teamNotRank(toks []token.Token, i int) bool {
	if stemOf(&toks[i]) != "الفريق" || i+1 >= len(toks) || toks[i+1].Sentence != toks[i].Sentence {
		return false
	}
	n := toks[i+1].Key
	return strings.HasPrefix(n, "ال") && n != "الركن" && n != "الاول"
}

// surnameEnds reports whether the name ends right after toks[k] at
// punctuation, a title, a role, an office or an apposition, or the end of
// the sentence: a function word there is often the next word of the clause
// after a noun (استقبل رشيد الوفد في).
func surnameEnds(toks []token.Token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].Sentence != toks[k].Sentence {
		return true
	}
	n := &toks[k+1]
	return n.Script == token.Punct || titles[n.Key] || titles[stemOf(n)] || roles[n.Key] || appositions[n.Key] || offices[n.Key]
}
