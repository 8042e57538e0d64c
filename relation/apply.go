package relation

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// doc is the per-call state of Extract.
type doc struct {
	text   string
	toks   []token.Token
	ms     []entity.Mention
	at     []int  // token → index of the mention covering it, or -1
	clause []int  // token → index of the first token of its clause
	opened []bool // token → its clause starts with a relative pronoun or a complementiser
	// kc, sc, cc: token → word classes of its key, of its key without a
	// conjunction and of the word it reads as (see classify). These and
	// clause and opened are set for the tokens whose kc has prepared; read
	// them through kcAt, scAt, ccAt, clauseAt and openedAt.
	kc, sc, cc []wordClass
	gapWord    []uint8 // token → unknown, or whether it is a gap word (see gap)
	// modifier marks mentions that only modify the mention right after
	// them, an English possessive (Jordan's King Abdullah II): no argument.
	modifier  []bool
	sentences []token.Sentence
	lastSubj  []*entity.Mention // sentence → subject of its latest relation
	// Set by apply for the explanation, when explain is set (else only
	// the texts that cost nothing): why a rule failed, or how its slots
	// were filled.
	explain         bool
	why             string
	subjHow, objHow string
}

// docs holds the documents of finished calls, whose arrays the next call
// reuses: nothing a Relation or Rejection holds points into them.
var docs sync.Pool

// newDoc prepares a doc for text, its tokens and mentions: the mention at
// each token, sentences and modifiers; word classes and clauses are
// computed on first use (see prepare).
func newDoc(text string, toks []token.Token, ms []entity.Mention, explain bool) *doc {
	d, _ := docs.Get().(*doc)
	if d == nil {
		d = new(doc)
	}
	d.text, d.toks, d.ms, d.explain = text, toks, ms, explain
	at := grow(d.at, len(toks)) // a local: the loops need not reload d.at
	// -1 everywhere, copied in doubling runs (memmove) rather than
	// stored one at a time.
	if len(at) > 0 {
		at[0] = -1
		for n := 1; n < len(at); n *= 2 {
			copy(at[n:], at[:n])
		}
	}
	for i := range ms {
		// By pointer: a Mention copied whole for two ints costs more.
		m := &ms[i]
		for j := m.First; j < m.Last; j++ {
			at[j] = i
		}
	}
	d.at = at
	d.sentences = appendSentences(d.sentences[:0], toks)
	d.lastSubj = resize(d.lastSubj, len(d.sentences))
	// Word classes and clauses are computed on first use, a stretch of a
	// sentence at a time (see prepare): kc holds which tokens have them.
	d.kc = resize(d.kc, len(toks))
	d.sc, d.cc = grow(d.sc, len(toks)), grow(d.cc, len(toks))
	d.clause, d.opened = grow(d.clause, len(toks)), grow(d.opened, len(toks))
	d.gapWord = resize(d.gapWord, len(toks))
	d.modifier = resize(d.modifier, len(ms))
	for i := 0; i+1 < len(ms); i++ {
		if m := &ms[i]; ms[i+1].First == m.Last && (strings.HasSuffix(m.Text, "'s") || strings.HasSuffix(m.Text, "’s")) {
			d.modifier[i] = true
		}
	}
	return d
}

// appendSentences appends the sentences of toks to s, as token.Sentences
// returns them, and returns the extended slice.
func appendSentences(s []token.Sentence, toks []token.Token) []token.Sentence {
	for i := 0; i < len(toks); {
		j := i + 1
		for sent := toks[i].Sentence; j < len(toks) && toks[j].Sentence == sent; {
			j++
		}
		s = append(s, token.Sentence{Start: toks[i].Start, End: toks[j-1].End, First: i, Last: j})
		i = j
	}
	return s
}

// maxReusedToks bounds the documents whose arrays are kept for reuse.
const maxReusedToks = 1 << 16

// release hands d back for reuse, without what it points to in the
// caller's data.
func (d *doc) release() {
	if cap(d.at) > maxReusedToks {
		return
	}
	clear(d.lastSubj)
	d.text, d.toks, d.ms = "", nil, nil
	d.why, d.subjHow, d.objHow = "", "", ""
	docs.Put(d)
}

// resize returns s with length n and every element zero, reusing its array
// when it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// grow returns s with length n, reusing its array when it is large enough;
// the elements are left as they were.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Extract returns the relations in text, whose tokens are toks and whose
// mentions are ms (as returned by entity.Recognizer.Recognize), in order of
// their triggers.
func (rs *RuleSet) Extract(text string, toks []token.Token, ms []entity.Mention) []Relation {
	rels, _ := rs.extract(text, toks, ms, false)
	return rels
}

// ExtractExplain is Extract with explanations: every relation carries how
// its rule filled each slot, and every trigger on which a rule failed is
// returned with the first constraint that failed.
func (rs *RuleSet) ExtractExplain(text string, toks []token.Token, ms []entity.Mention) ([]Relation, []Rejection) {
	return rs.extract(text, toks, ms, true)
}

// A Rejection is a rule that did not fire on a trigger, and why.
type Rejection struct {
	Rule    string
	Trigger Span
	Reason  string
}

// An Explanation says how a relation's rule filled its slots.
type Explanation struct {
	Subject, Object SlotFill
}

// A SlotFill is one slot of a rule as written and how it was filled.
type SlotFill struct {
	Slot string // "PER ORG side=after,before window=6"
	How  string // "after the trigger", "inherited from the sentence's previous relation" …
}

func (rs *RuleSet) extract(text string, toks []token.Token, ms []entity.Mention, explain bool) ([]Relation, []Rejection) {
	// A relation joins two mentions of the text (emit leaves out a
	// mention paired with itself): a text of one mention has none, only
	// rejections to explain.
	if len(ms) < 1 || len(ms) < 2 && !explain || len(rs.rules) == 0 {
		return nil, nil
	}
	// Most texts hold no trigger word: they need no clauses or word
	// classes.
	first := rs.nextCandidate(toks, nil, 0)
	for ; first < len(toks); first = rs.nextCandidate(toks, nil, first+1) {
		if rules, _ := rs.triggerAt(&toks[first]); rules != nil {
			break
		}
	}
	if first == len(toks) {
		return nil, nil
	}
	d := newDoc(text, toks, ms, explain)
	defer d.release()
	var (
		out      []Relation
		rejected []Rejection
	)
	for i := rs.nextCandidate(toks, d.at, first); i < len(toks); i = rs.nextCandidate(toks, d.at, i+1) {
		t := &toks[i]
		rules, rd := rs.triggerAt(t)
		for _, ri := range rules {
			r := &rs.rules[ri]
			if (r.Lang == "ar") != (t.Script == token.Arabic) {
				continue
			}
			d.why, d.subjHow, d.objHow = "", "", ""
			rels := rs.apply(d, ri, i, rd)
			if len(rels) == 0 {
				if explain {
					if d.why == "" {
						d.why = "the arguments found are the same entity"
					}
					rejected = append(rejected, Rejection{Rule: r.ID, Trigger: Span{t.Start, t.End, text[t.Start:t.End]}, Reason: d.why})
				}
				continue
			}
			// The same fact from a second trigger word of the same phrase
			// (اتصالاً هاتفياً) is given once.
			for _, rel := range rels {
				if dup(out, rel) {
					continue
				}
				if explain {
					rel.Explain = &Explanation{
						Subject: SlotFill{Slot: r.Subject.String(), How: d.subjHow},
						Object:  SlotFill{Slot: r.Object.String(), How: d.objHow},
					}
				}
				out = append(out, rel)
			}
			break
		}
	}
	return out, rejected
}

var (
	clauseEnds = keys(".", "؛", ";", ":", "!", "?", "؟")
	// complements open a clause whose subject may be the main verb's (نفى X أن يكون قد التقى).
	complements = keys("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "that")
	// subordinate open a clause of their own.
	subordinate = keys("لأن", "بينما", "حيث", "ثم", "لكن", "لكنه", "لكنها", "لكنهم", "while", "but", "after", "before", "when")
	// heBut open a clause whose pronoun is named in the clause before: the
	// object of a passive (X … لكنه قتل في غارة); not the subject of an
	// active verb, for that is the previous clause's subject, not its
	// nearest name (بلينكن يلتقي مع X، لكنه لن يزور).
	heBut     = keys("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم")
	relatives = keys("الذي", "التي", "الذين", "اللذان", "اللتان", "who", "which")
	heads     = keys("مطار", "متحف", "مدينة", "العاصمة", "عاصمة", "محافظة", "ولاية", "منطقة", "ميناء", "قصر", "إقليم", "جزيرة", "بلدة", "قرية", "city", "capital")
	negations = keys("لم", "لن", "لا", "ما", "ليس", "ليست", "not", "never", "didn't", "did not", "won't", "no")
	// ways before a trigger make it a means being sought (يبحث سبل دعم).
	ways = keys("سبل", "سبيل", "طرق", "كيفية", "آليات", "وسائل")
	// prepositions mark an argument that is no direct object.
	prepositions = keys("في", "من", "إلى", "على", "عن", "مع", "ب", "ل", "ك", "لدى", "عند", "in", "from", "to", "at", "on", "with", "by")
	// denials deny what follows them in the sentence (نفى أن يكون التقى).
	denials    = keys("نفى", "نفت", "ينفي", "تنفي", "نفوا", "denied", "denies", "deny")
	futureCues = keys("سوف", "المقرر", "يعتزم", "تعتزم", "يخطط", "تخطط", "يستعد", "تستعد", "ينوي", "تنوي", "المرتقب", "المنتظر", "will", "would", "shall", "plans", "scheduled", "expected", "'ll")
	// nonVerbs are words that look like س + an imperfective verb but are not.
	// namings put a name after their ب (ما يعرف بحركة X، المسماة بجبهة
	// X): that ب is no particle of an argument.
	namings  = keys("يعرف", "تعرف", "يسمى", "تسمى", "يدعى", "تدعى", "المعروف", "المعروفة", "المسمى", "المسماة", "عرف", "عرفت", "سمي", "سميت")
	nonVerbs = keys("سياق", "سيارة", "سيارات", "سيدة", "سياسة", "سياسي", "سياسية", "سيناء", "سيطرة", "سيول", "ستة", "ستين", "سنة", "سنوات", "سنوي", "ستار", "سيف", "سيادة", "سياحة", "سياحي", "سياحية", "سيناريو", "سيمفونية", "ستوكهولم", "سنغافورة", "ستالين")
)

// A wordClass is a set of the word lists above that a word belongs to, so
// that one map lookup per token answers every list.
type wordClass uint16

// The word classes.
const (
	clauseEndWord wordClass = 1 << iota
	complementWord
	subordinateWord
	relativeWord
	negationWord
	denialWord
	futureCueWord
	nonVerbWord
	reportingWord
	accordingWord
	namingWord

	// prepared marks, in kc, a token whose word classes and clause are
	// computed: it is no class of words.
	prepared wordClass = 1 << 15

	// funcWords are the classes of function words that the clause and
	// modality rules look for through a conjunction و or ف (ولم, والذي).
	funcWords = relativeWord | subordinateWord | complementWord | negationWord | futureCueWord
)

// classes maps a key to its word classes; classFilter holds its keys.
var classes, classFilter = func() (map[string]wordClass, *keyFilter) {
	m := map[string]wordClass{}
	f := &keyFilter{}
	for _, l := range []struct {
		words map[string]bool
		class wordClass
	}{
		{clauseEnds, clauseEndWord}, {complements, complementWord}, {subordinate, subordinateWord},
		{relatives, relativeWord}, {negations, negationWord}, {denials, denialWord},
		{futureCues, futureCueWord}, {nonVerbs, nonVerbWord}, {reporting, reportingWord}, {according, accordingWord},
		{namings, namingWord},
	} {
		for w := range l.words {
			m[w] |= l.class
			f.add(w)
		}
	}
	return m, f
}()

// classOf returns the word classes of key.
func classOf(key string) wordClass {
	if !classFilter.hasHash(keyHash(key)) {
		return 0
	}
	return classes[key]
}

// prepare computes the word classes and clauses of token j, unless done.
// The tokens of a sentence are prepared from its first on: a clause is
// known from the tokens before it.
func (d *doc) prepare(j int) {
	if d.kc[j]&prepared == 0 {
		d.prepareTo(j)
	}
}

// prepareChunk is how many tokens past the one asked for prepareTo prepares
// at once, in its sentence: the rules read on from a trigger.
const prepareChunk = 8

// prepareTo prepares the tokens of token j's sentence from the first one
// not prepared to j and up to prepareChunk more.
func (d *doc) prepareTo(j int) {
	sent := d.toks[j].Sentence
	first := j
	for first > 0 && d.toks[first-1].Sentence == sent && d.kc[first-1]&prepared == 0 {
		first--
	}
	last := j + 1
	for last < len(d.toks) && last <= j+prepareChunk && d.toks[last].Sentence == sent {
		last++
	}
	// The clause goes on from the token before, unless that ended one or
	// the sentence starts at first.
	start := first
	if first > 0 && d.toks[first-1].Sentence == sent && d.kc[first-1]&clauseEndWord == 0 {
		start = d.clause[first-1]
	}
	d.classify(first, last)
	d.clauses(first, last, start)
}

// kcAt, scAt and ccAt return the word classes of token j (see classify).
func (d *doc) kcAt(j int) wordClass { d.prepare(j); return d.kc[j] &^ prepared }
func (d *doc) scAt(j int) wordClass { d.prepare(j); return d.sc[j] }
func (d *doc) ccAt(j int) wordClass { d.prepare(j); return d.cc[j] }

// clauseAt returns the index of the first token of token j's clause.
func (d *doc) clauseAt(j int) int { d.prepare(j); return d.clause[j] }

// openedAt reports whether token j's clause starts with a relative pronoun
// or a complementiser.
func (d *doc) openedAt(j int) bool { d.prepare(j); return d.opened[j] }

// classify computes the word classes of the tokens first to last: of its
// key (kc), of its key without a conjunction as stemAfterConj gives it
// (sc), and (cc) of the word the clause and modality rules read: the key
// without its conjunction when that is a function word (ولم, والذي), else
// the key. It marks them prepared.
func (d *doc) classify(first, last int) {
	for i := first; i < last; i++ {
		t := &d.toks[i]
		var k wordClass // classOf(t.Key), the filter written out
		if classFilter.hasHash(keyHash(t.Key)) {
			k = classes[t.Key]
		}
		s, c := k, k
		// Unconj looks for a reading with a conjunction; a token's first
		// reading has none, so most tokens, of one reading, are spared the call.
		if rd := t.Readings; len(rd) > 1 || len(rd) == 1 && rd[0].Prefix != "" {
			if u, ok := t.Unconj(); ok {
				if s = classOf(u); s&funcWords != 0 {
					c = s
				}
			}
		}
		d.kc[i], d.sc[i], d.cc[i] = k|prepared, s, c
	}
}

func keys(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[triggerKey(w)] = true
	}
	return m
}

// clauses computes the clause of the tokens first to last, of one
// sentence, whose word classes are computed; start is the first token of
// the clause that goes on at first. A clause starts at a sentence start,
// after . ؛ : ! ?, at a subordinator or relative pronoun (أن إن الذي that
// who), and at a comma followed by a word with the conjunction و or ف
// (، وبعدها).
func (d *doc) clauses(first, last, start int) {
	for i := first; i < last; i++ {
		t := &d.toks[i]
		switch {
		case d.at[i] >= 0 && d.ms[d.at[i]].First != i:
		case d.cc[i]&(subordinateWord|complementWord|relativeWord) != 0:
			start = i
		case i > 0 && (d.toks[i-1].Key == "،" || d.toks[i-1].Key == ",") && t.Script == token.Arabic &&
			d.at[i] < 0 && hasConj(t) && !isTitle(stemAfterConj(t)):
			start = i
		}
		d.clause[i] = start
		d.opened[i] = d.cc[start]&(relativeWord|complementWord) != 0
		if d.kc[i]&clauseEndWord != 0 {
			start = i + 1
		}
	}
}

func hasConj(t *token.Token) bool {
	_, ok := t.Unconj()
	return ok
}

func stemAfterConj(t *token.Token) string {
	s, _ := t.Unconj()
	return s
}

// gap reports whether token i may stand between a trigger or particle and an
// argument without counting: a title or office word, a head noun (مطار),
// a comma, a dash, the English article or a nisba adjective.
func (d *doc) gap(i int) bool {
	if m := d.at[i]; m >= 0 {
		return d.ms[m].Nisba || d.modifier[m]
	}
	if d.gapWord[i] == unknown {
		d.gapWord[i] = no
		if gapWord(d.toks[i].Key) {
			d.gapWord[i] = yes
		}
	}
	return d.gapWord[i] == yes
}

// The states of a lazily computed fact about a token.
const (
	unknown = iota
	no
	yes
)

// gapWord reports whether a word outside a mention is a gap word (see gap).
func gapWord(key string) bool {
	switch key {
	case "،", ",", "-", "–", "(", ")", "the", "The":
		return true
	}
	return isTitle(key) || headFilter.hasHash(keyHash(key)) && heads[key] ||
		headFilter.hasHash(keyHash(stripArticle(key))) && heads[stripArticle(key)]
}

// headFilter holds the keys of heads.
var headFilter = func() *keyFilter {
	f := &keyFilter{}
	for k := range heads {
		f.add(k)
	}
	return f
}()

func allowed(sl *Slot, m *entity.Mention) bool {
	if sl.Countries && m.Type == gazetteer.LOC && !m.Nisba && m.Subtype != "country" {
		return false
	}
	return (!m.Nisba || sl.Nisba) && slices.Contains(sl.Types, m.Type)
}

// hasVia reports whether mention m follows one of the particles in via:
// as its own proclitic, or as a word after token lo (the trigger) and before
// m, past gap words and at most reach other words.
func (d *doc) hasVia(m *entity.Mention, via map[string]bool, reach, lo int) bool {
	if len(via) == 0 {
		return false
	}
	c := m.Clitic
	if len(c) > len("و") && (strings.HasPrefix(c, "و") || strings.HasPrefix(c, "ف")) {
		c = c[len("و"):]
	}
	if c != "" && (via[c] || via[c[:len("ل")]]) {
		return true
	}
	for j, gaps, words := m.First-1, 0, 0; j > lo && gaps < 4 && d.toks[j].Sentence == d.toks[m.First].Sentence; j-- {
		if isComma(d.toks[j].Key) {
			return false // on Friday, the Israeli military: no particle reaches past a comma
		}
		if d.gap(j) {
			gaps++
			continue
		}
		t := &d.toks[j]
		if via[t.Key] || via[stemAfterConj(t)] {
			return true
		}
		if d.at[j] < 0 && hasTitleReading(t) {
			// A title carrying the particle (اتصالاً بالوزير X).
			if hasClitic(t, via) {
				return true
			}
			gaps++
			continue
		}
		words++
		if words <= reach && d.at[j] < 0 && hasClitic(t, via) && (j == 0 || d.kcAt(j-1)&namingWord == 0) { // بغارة إسرائيلية, not يعرف بحركة
			return true
		}
		if words > reach || d.at[j] >= 0 || d.kcAt(j)&clauseEndWord != 0 {
			return false
		}
	}
	return false
}

// commaBetween reports whether a comma stands between tokens i and j.
func (d *doc) commaBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if isComma(d.toks[k].Key) {
			return true
		}
	}
	return false
}

// hasClitic reports whether t carries one of the particles in via as a
// proclitic (ب in بغارة).
func hasClitic(t *token.Token, via map[string]bool) bool {
	for _, rd := range t.Readings {
		if p := strings.TrimPrefix(strings.TrimPrefix(rd.Prefix, "و"), "ف"); p != "" && via[p] {
			return true
		}
	}
	return false
}

// after returns the mentions after token i in its clause that sl accepts,
// nearest first, within sl's window.
func (d *doc) after(i int, sl *Slot) []*entity.Mention {
	var out []*entity.Mention
	dist := 0
	clause := d.clauseAt(i)
	for j := i + 1; j < len(d.toks) && d.clauseAt(j) == clause && dist <= sl.Window; {
		if mi := d.at[j]; mi >= 0 {
			m := &d.ms[mi]
			if allowed(sl, m) && !d.modifier[mi] {
				out = append(out, m)
			}
			if !m.Nisba && !d.modifier[mi] {
				dist++
			}
			j = m.Last
			continue
		}
		if d.kcAt(j)&clauseEndWord != 0 {
			break
		}
		if !d.gap(j) {
			dist++
		}
		j++
	}
	return out
}

// before returns the nearest mention before token i in its clause that sl
// accepts. A clause opened by a relative pronoun or a subordinator with no
// such mention (الذي زار, أن يكون قد التقى) looks into the clause before it,
// where its antecedent or the subject of the main verb stands.
func (d *doc) before(i int, sl *Slot) *entity.Mention {
	lo := d.clauseAt(i)
	if m := d.nearestBefore(i, lo, sl); m != nil {
		return m
	}
	if d.openedAt(i) && lo > 0 && d.toks[lo-1].Sentence == d.toks[i].Sentence {
		return d.nearestBefore(lo, d.clauseAt(lo-1), sl)
	}
	return nil
}

// nearestBefore returns the nearest mention in toks[lo:i] that sl accepts.
// An apposition between commas right after a mention (جبهة البوليساريو،
// المدعومة من الجزائر، أعلنت) is passed over: the mention before it is the
// one the clause is about.
func (d *doc) nearestBefore(i, lo int, sl *Slot) *entity.Mention {
	for j := i - 1; j >= lo; j-- {
		if isComma(d.toks[j].Key) {
			if k := d.appositionStart(j, lo); k >= 0 {
				j = k
			}
			continue
		}
		if mi := d.at[j]; mi >= 0 {
			m := &d.ms[mi]
			if allowed(sl, m) && !d.modifier[mi] {
				return m
			}
			j = m.First
		}
	}
	return nil
}

// distance counts the words in toks[lo:hi] as a slot's window does: gap
// words and nisba adjectives aside, a mention as one word, and an
// apposition between commas (X، رئيس الحزب، …) as none, as nearestBefore
// passes over it.
func (d *doc) distance(lo, hi int) int {
	n := 0
	for j := hi - 1; j >= lo; j-- {
		if isComma(d.toks[j].Key) {
			// The comma may open the range, right after the mention it
			// follows.
			if k := d.appositionStart(j, max(lo-1, 0)); k >= 0 {
				j = k
			}
			continue
		}
		if mi := d.at[j]; mi >= 0 {
			m := &d.ms[mi]
			if !m.Nisba && !d.modifier[mi] {
				n++
			}
			j = m.First
			continue
		}
		if !d.gap(j) {
			n++
		}
	}
	return n
}

// maxApposition bounds the tokens between the commas of an apposition.
const maxApposition = 6

// appositionStart returns the index of the comma that opens an apposition
// closed by the comma at j, when the token before that comma ends a mention;
// else -1.
func (d *doc) appositionStart(j, lo int) int {
	for k := j - 1; k >= lo && k >= j-maxApposition; k-- {
		if isComma(d.toks[k].Key) {
			if k > lo && d.at[k-1] >= 0 && !d.ms[d.at[k-1]].Nisba {
				return k
			}
			return -1
		}
	}
	return -1
}

func isComma(key string) bool { return key == "،" || key == "," }

// chain returns the mentions coordinated with m (X و Y، Z), in order of
// appearance, m included.
func (d *doc) chain(m *entity.Mention, sl *Slot) []*entity.Mention {
	out := []*entity.Mention{m}
	// Backward: m carries و and the previous mention ends right before it,
	// or a lone و or comma stands between.
	for cur := m; ; {
		prev := d.coordinated(cur, -1, sl)
		if prev == nil {
			break
		}
		out = append([]*entity.Mention{prev}, out...)
		cur = prev
	}
	for cur := m; ; {
		next := d.coordinated(cur, +1, sl)
		if next == nil {
			break
		}
		out = append(out, next)
		cur = next
	}
	return out
}

// isQuote reports whether key is a quotation mark that may wrap a name.
func isQuote(key string) bool { return key == "«" || key == "»" || key == "\"" }

// quotedConj returns the mention joined to m by a lone و between quoted
// names («جيش الإسلام» و«جبهة النصرة»), after m (dir > 0) or before it, or
// nil when no quote stands between them.
func (d *doc) quotedConj(m *entity.Mention, dir int) *entity.Mention {
	sent := d.toks[m.First].Sentence
	in := func(j int) bool { return j >= 0 && j < len(d.toks) && d.toks[j].Sentence == sent }
	step := 1
	j := m.Last
	if dir < 0 {
		step, j = -1, m.First-1
	}
	quotes := 0
	for ; in(j) && d.at[j] < 0 && isQuote(d.toks[j].Key); j += step {
		quotes++
	}
	if !in(j) || d.at[j] >= 0 || d.toks[j].Key != "و" {
		return nil
	}
	for j += step; in(j) && d.at[j] < 0 && isQuote(d.toks[j].Key); j += step {
		quotes++
	}
	if quotes == 0 || !in(j) || d.at[j] < 0 {
		return nil
	}
	return &d.ms[d.at[j]]
}

// coordinated returns the mention joined to m by a conjunction on the given
// side, or nil.
func (d *doc) coordinated(m *entity.Mention, dir int, sl *Slot) *entity.Mention {
	isConj := func(c string) bool { return c == "و" || c == "and" || c == "،" || c == "," }
	// "X والباكستاني Y": the conjunction is on the nisba of Y's office.
	if n := d.conjNisbaAt(m, dir); n != nil {
		k := n.Last
		if dir < 0 {
			k = n.First - 1
		}
		if k >= 0 && k < len(d.toks) && d.at[k] >= 0 && d.toks[k].Sentence == d.toks[m.First].Sentence {
			if o := &d.ms[d.at[k]]; allowed(sl, o) && !o.Nisba && (dir < 0 || o.Clitic == "") {
				return o
			}
		}
	}
	if o := d.quotedConj(m, dir); o != nil {
		if allowed(sl, o) {
			return o
		}
		return nil
	}
	if dir < 0 {
		j := m.First - 1
		if j >= 0 && d.at[j] >= 0 && d.modifier[d.at[j]] { // and Jordan's King …
			j = d.ms[d.at[j]].First - 1
		}
		// X and Irish Taoiseach Y, X والوزير الإسرائيلي Y: office words and
		// nisbas before Y, after the conjunction.
		conjTitle := false
		for k := j; k >= 0 && k > m.First-6; k-- {
			if mi := d.at[k]; mi >= 0 && d.ms[mi].Nisba {
				k = d.ms[mi].First
				j = k - 1
				continue
			}
			if d.at[k] >= 0 || !isOffice(&d.toks[k]) {
				break
			}
			if d.toks[k].Script == token.Arabic && hasConj(&d.toks[k]) && isTitle(stemAfterConj(&d.toks[k])) {
				conjTitle = true
			}
			j = k - 1
			if conjTitle {
				break
			}
		}
		if j+1 < m.First && !conjTitle && !(j >= 0 && d.at[j] < 0 && (d.toks[j].Key == "and" || d.toks[j].Key == "و")) {
			j = m.First - 1 // the words before Y are Y's own (President of X Y): no conjunction
		}
		conj := conjTitle || len(m.Clitic) > 0 && m.Clitic[:len("و")] == "و"
		if j >= 0 && d.at[j] < 0 && isConj(d.toks[j].Key) {
			conj, j = true, j-1
		}
		if !conj || j < 0 || d.at[j] < 0 {
			return nil
		}
		p := &d.ms[d.at[j]]
		if !allowed(sl, p) || isComma(d.toks[j+1].Key) && d.officeDomain(p) { // X، رئيس منظمة Y، Z
			return nil
		}
		return p
	}
	j := m.Last
	if j < len(d.toks) && d.at[j] < 0 && isConj(d.toks[j].Key) && d.toks[j].Key != "،" && d.toks[j].Key != "," {
		j++
		for j < len(d.toks) && d.at[j] < 0 && j < m.Last+5 && isOffice(&d.toks[j]) {
			j++ // and Prime Minister Y
		}
	} else if k := d.pastConjHead(j); k > j {
		j = k // بين طهران ومجموعة «5 + 1»
	} else if k := d.pastConjTitle(j); k > j {
		j = k // X والرئيس اللبناني Y، X and Prime Minister Y
	} else if j >= len(d.toks) || d.at[j] < 0 || len(d.ms[d.at[j]].Clitic) == 0 || d.ms[d.at[j]].Clitic[:len("و")] != "و" {
		return nil
	}
	if j >= len(d.toks) || d.at[j] < 0 || d.toks[j].Sentence != d.toks[m.First].Sentence {
		return nil
	}
	n := &d.ms[d.at[j]]
	if !allowed(sl, n) {
		return nil
	}
	return n
}

// triggerBetween reports whether a trigger of relation type typ stands
// between tokens i and j: an argument past it is that trigger's
// (قتل منذ مقتل اللواء X: X is the object of مقتل, not of قتل).
func (rs *RuleSet) triggerBetween(d *doc, typ string, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if d.at[k] >= 0 || d.toks[k].Script == token.Punct {
			continue
		}
		rules, _ := rs.triggerAt(&d.toks[k])
		for _, ri := range rules {
			if rs.rules[ri].Type == typ && rs.rules[ri].Pattern == "" {
				return true
			}
		}
	}
	return false
}

// nounBefore reports whether a trigger of relation type typ stands in the
// two words before token i, in its clause and with no mention between.
func (rs *RuleSet) nounBefore(d *doc, typ string, i int) bool {
	lo := max(d.clauseAt(i), i-2)
	for k := i - 1; k >= lo; k-- {
		if d.at[k] >= 0 {
			return false
		}
	}
	return rs.triggerBetween(d, typ, lo-1, i)
}

// orgNext reports whether an organisation starts at token j, maybe after
// its head noun and a quote (حزب «المؤتمر الوطني»).
func (d *doc) orgNext(j int) bool {
	for k := j; k < len(d.toks) && k < j+3; k++ {
		if mi := d.at[k]; mi >= 0 {
			return d.ms[mi].Type == gazetteer.ORG
		}
		t := &d.toks[k]
		if t.Key != "«" && t.Key != "\"" && !orgHeads[t.Key] && !entity.IsHead(t.Key) {
			return false
		}
	}
	return false
}

// particleAfter reports whether one of the particles in via stands, as a
// word, within window tokens after the trigger at i in its clause.
func (d *doc) particleAfter(i int, via map[string]bool, window int) bool {
	clause := d.clauseAt(i)
	for k := i + 1; k < len(d.toks) && k <= i+window+1 && d.clauseAt(k) == clause; k++ {
		if d.at[k] < 0 && (via[d.toks[k].Key] || via[stemAfterConj(&d.toks[k])]) {
			return true
		}
	}
	return false
}

// adjacent reports whether only gap words (titles, nisba adjectives,
// commas) stand between token i and mention m.
func (d *doc) adjacent(i int, m *entity.Mention) bool {
	for k := i + 1; k < m.First; k++ {
		if !d.gap(k) {
			return false
		}
	}
	return true
}

// afterGoverned reports whether m is coordinated with a mention before it
// that a preposition governs (في الضفة الغربية وقطاع غزة): then m is no
// direct object either. lo bounds the search (the trigger).
func (d *doc) afterGoverned(m *entity.Mention, sl *Slot, lo int) bool {
	for p := d.coordinated(m, -1, sl); p != nil && p.First > lo; p = d.coordinated(p, -1, sl) {
		if d.hasVia(p, prepositions, 0, lo) {
			return true
		}
	}
	return false
}

// pastConjHead returns the token after a head noun carrying و at j and the
// quotes after it (ومجموعة «5 + 1»), or j.
func (d *doc) pastConjHead(j int) int {
	if j >= len(d.toks) || d.at[j] >= 0 || !hasConj(&d.toks[j]) {
		return j
	}
	h := stemAfterConj(&d.toks[j])
	if !orgHeads[h] && !orgHeads[stripArticle(h)] && !heads[h] && !heads[stripArticle(h)] {
		return j
	}
	k := j + 1
	for k < len(d.toks) && d.at[k] < 0 && (d.toks[k].Key == "«" || d.toks[k].Key == "\"") {
		k++
	}
	if k < len(d.toks) && d.at[k] >= 0 && d.ms[d.at[k]].First == k {
		return k
	}
	return j
}

// orgHeads head the names of organisations and groups, which a conjunction
// may carry before the name itself (ومجموعة «5 + 1»).
var orgHeads = keys("مجموعة", "منظمة", "حركة", "جماعة", "جبهة", "حزب", "تحالف", "دولة", "جمهورية", "مملكة", "سلطنة", "إمارة", "حكومة", "اتحاد")

// previousClauseSubject returns the subject of the clause that the clause of
// token i continues with "، و" and no subject of its own (X ينشط في تركيا،
// ويخطط لـ…): the first person or organisation of the previous clause that
// sl accepts and no preposition governs, or nil.
func (d *doc) previousClauseSubject(i int, sl *Slot) *entity.Mention {
	lo := d.clauseAt(i)
	if lo < 2 || !isComma(d.toks[lo-1].Key) || !hasConj(&d.toks[lo]) || d.toks[lo-1].Sentence != d.toks[i].Sentence {
		return nil
	}
	for j := d.clauseAt(lo - 2); j < lo-1; j++ {
		if mi := d.at[j]; mi >= 0 {
			m := &d.ms[mi]
			if allowed(sl, m) && m.Type != gazetteer.LOC && !m.Nisba && !d.governed(m) {
				return m
			}
			j = m.Last - 1
		}
	}
	return nil
}

// englishOffices are the words of English offices before a name (Prime
// Minister, Secretary of State).
var englishOffices = keys("president", "prime", "minister", "taoiseach", "foreign", "defence", "defense", "secretary", "general",
	"secretary-general", "king", "queen", "crown", "prince", "emir", "sheikh", "chancellor", "premier", "vice", "deputy", "state", "of")

// isOffice reports whether t is an office word of either language.
func isOffice(t *token.Token) bool {
	// An Arabic key starts with an Arabic letter, which ToLower keeps: it is
	// no English office, and is not lowered for nothing.
	return isTitle(t.Key) || t.Script != token.Arabic && englishOffices[strings.ToLower(t.Key)] || t.Script == token.Arabic && isTitle(stemAfterConj(t))
}

// pastConjTitle returns the first token after an office phrase that opens
// with و on its title (والرئيس اللبناني Y), when a mention starts there; or j.
func (d *doc) pastConjTitle(j int) int {
	if j >= len(d.toks) || d.at[j] >= 0 || d.toks[j].Script != token.Arabic || !hasConj(&d.toks[j]) || !isTitle(stemAfterConj(&d.toks[j])) {
		return j
	}
	k := j + 1
	for k < len(d.toks) && k < j+5 && (d.at[k] < 0 && isOffice(&d.toks[k]) || d.at[k] >= 0 && d.ms[d.at[k]].Nisba) {
		if d.at[k] >= 0 {
			k = d.ms[d.at[k]].Last
			continue
		}
		k++
	}
	if k < len(d.toks) && d.at[k] >= 0 && d.ms[d.at[k]].First == k && !d.ms[d.at[k]].Nisba {
		return k
	}
	return j
}

// conjNisbaAt returns the nisba mention carrying و right after m (dir > 0)
// or right before it (dir < 0), or nil: والباكستاني in "X والباكستاني Y".
func (d *doc) conjNisbaAt(m *entity.Mention, dir int) *entity.Mention {
	var k int
	if dir > 0 {
		k = m.Last
	} else {
		k = m.First - 1
	}
	if k < 0 || k >= len(d.toks) || d.at[k] < 0 {
		return nil
	}
	n := &d.ms[d.at[k]]
	if dir < 0 && m.Clitic != "" {
		return nil
	}
	if !n.Nisba || !strings.HasPrefix(n.Clitic, "و") {
		return nil
	}
	return n
}

// apply runs rule ri on the trigger at token i.
func (rs *RuleSet) apply(d *doc, ri, i int, rd arabic.Reading) []Relation {
	r := &rs.rules[ri]
	if len(r.Near) > 0 && !rs.near(d, ri, i) {
		if d.explain {
			d.why = "near: none of " + strings.Join(r.Near, " ") + " within " + nearText(r.NearWithin) + " after the trigger"
		}
		return nil
	}
	if na := rs.notAfter[ri]; len(na) > 0 && i > 0 && d.at[i-1] < 0 && (na[d.toks[i-1].Key] || na[stemAfterConj(&d.toks[i-1])]) {
		if d.explain {
			d.why = "not-after: the trigger follows " + d.toks[i-1].Key
		}
		return nil
	}
	if r.Pattern == "title" {
		return rs.applyTitle(d, ri, i, rd)
	}
	via := rs.ruleVia[ri]

	// "بين X و Y": both arguments at once.
	if pk := rs.pairKey[ri]; pk != "" {
		for j := i + 1; j < len(d.toks) && j <= i+r.Object.Window && d.toks[j].Sentence == d.toks[i].Sentence; j++ {
			if r.Symmetric && d.at[j] < 0 && (d.toks[j].Key == pk+"هما" || stemAfterConj(&d.toks[j]) == pk+"هما") {
				// بينهما: the pair named earlier in the sentence
				// (طوّق «جيش الإسلام» و«جبهة النصرة» … بتوقيع اتفاق بينهما).
				if ch := d.sentencePair(i, &r.Object); ch != nil {
					d.subjHow, d.objHow = "first of the pair "+r.Object.Pair+"هما refers to", "second of the pair "+r.Object.Pair+"هما refers to"
					return rs.emit(d, ri, i, rd, ch[:1], ch[1:], "")
				}
				break
			}
			if d.at[j] < 0 && (d.toks[j].Key == pk || stemAfterConj(&d.toks[j]) == pk) {
				k := j + 1
				for k < len(d.toks) && d.at[k] < 0 && d.gap(k) {
					k++
				}
				if k < len(d.toks) && d.at[k] >= 0 && allowed(&r.Object, &d.ms[d.at[k]]) {
					if ch := d.chain(&d.ms[d.at[k]], &r.Object); len(ch) >= 2 {
						if d.explain {
							d.subjHow, d.objHow = "first of the pair after "+r.Object.Pair, "second of the pair after "+r.Object.Pair
						}
						return rs.emit(d, ri, i, rd, ch[:1], ch[1:], "")
					}
				}
				break
			}
		}
	}

	// Object.
	var (
		obj    *entity.Mention
		cands  []*entity.Mention
		direct bool
	)
	for _, side := range r.Object.Sides {
		switch side {
		case After:
			cands = d.after(i, &r.Object)
			if r.Lang == "ar" && !slices.Contains(r.Object.Types, gazetteer.PER) {
				// The country or organisation of an office in apposition
				// is no place the trigger reaches (زار X، أمير منطقة الباحة، …).
				cands = slices.DeleteFunc(cands, d.officeDomain)
			}
			if r.Lang == "en" && r.Object.Direct && len(via[1]) > 0 && len(cands) > 0 && d.adjacent(i, cands[0]) && !d.hasVia(cands[0], via[1], r.Object.Reach, i) &&
				!d.hasVia(cands[0], prepositions, 0, i) {
				// In English (SVO) a direct object right after the trigger beats
				// one with a particle further on (will visit Washington …,
				// officials in New Delhi); in Arabic it is the VSO subject.
				obj, direct = cands[0], true
				d.objHow = "right after the trigger"
			}
			if obj == nil && len(via[1]) > 0 {
				for _, m := range cands {
					if d.hasVia(m, via[1], r.Object.Reach, i) {
						obj = m
						if d.explain {
							d.objHow = "after the trigger, following a particle (" + strings.Join(r.Object.Via, ", ") + ")"
						}
						break
					}
				}
			}
			if obj == nil && (len(via[1]) == 0 || r.Object.Direct) {
				for k, m := range cands {
					// English puts the nisba before the place: prefer the
					// place (the Israeli port city of Eilat).
					if r.Lang == "en" && m.Nisba && k+1 < len(cands) && !cands[k+1].Nisba {
						continue
					}
					// A direct object follows no preposition (… في مدينة عدن is none),
					// and in English no comma.
					if r.Lang == "en" && d.commaBetween(i, m.First) {
						break
					}
					if !d.hasVia(m, via[1], r.Object.Reach, i) && !d.hasVia(m, prepositions, 0, i) && !d.afterGoverned(m, &r.Object, i) &&
						!rs.triggerBetween(d, r.Type, i, m.First) {
						obj, direct = m, true
						d.objHow = "after the trigger"
						break
					}
				}
			}
		case Before:
			obj = d.before(i, &r.Object)
			if lo := d.clauseAt(i); obj == nil && heBut[d.toks[lo].Key] && lo > 0 && d.toks[lo-1].Sentence == d.toks[i].Sentence {
				obj = d.nearestBefore(lo, d.clauseAt(lo-1), &r.Object)
			}
			if obj != nil && r.Lang == "ar" && d.distance(obj.Last, i) > r.Object.Window {
				// نظام عويدي المدعوم من طرابلس with عويدي unknown: تشاد
				// further back is no object. (English keeps its long
				// appositions: X, the head of Y's military wing, was killed.)
				obj = nil
			}
			d.objHow = "before the trigger"
		}
		if obj != nil {
			break
		}
	}

	// Subject. A bare nominal trigger after a word of time (بعد توقيع
	// الاتفاق) is an adjunct: the clause's subject is not its party.
	adjunct := r.Nominal && r.Lang == "ar" && rs.bare(rd) && i > 0 && d.at[i-1] < 0 &&
		(timeWords[d.toks[i-1].Key] || timeWords[stemAfterConj(&d.toks[i-1])])
	// An English trigger between an article and a noun modifies that noun
	// (the signing ceremony would be held): no clause subject is its party.
	// (during a visit to Kyiv still has one.)
	adjunct = adjunct || r.Lang == "en" && i > 0 && i+1 < len(d.toks) && articles[strings.ToLower(d.toks[i-1].Key)] &&
		d.at[i+1] < 0 && d.toks[i+1].Script == token.Latin && !prepositions[strings.ToLower(d.toks[i+1].Key)]
	var subj *entity.Mention
	for _, side := range r.Subject.Sides {
		if adjunct && side == Before {
			continue
		}
		switch side {
		case After:
			sc := d.after(i, &Slot{Types: r.Subject.Types, Window: r.Subject.Window, Nisba: r.Subject.Nisba, Countries: r.Subject.Countries})
			scAll := sc
			if r.Subject.Countries {
				scAll = d.after(i, &Slot{Types: r.Subject.Types, Window: r.Subject.Window, Nisba: r.Subject.Nisba})
			}
			if len(via[0]) > 0 {
				// A subject with its own particle may follow the object
				// (مقتل X بغارة إسرائيلية).
				for _, m := range sc {
					if m != obj && d.hasVia(m, via[0], r.Subject.Reach, i) {
						subj = m
						if d.explain {
							d.subjHow = "after the trigger, following a particle (" + strings.Join(r.Subject.Via, ", ") + ")"
						}
						break
					}
				}
				break
			}
			for _, m := range sc {
				if m == obj && direct && scAll[len(scAll)-1].First > m.First && len(cands) >= 2 {
					// VSO with two bare arguments: the first is the subject,
					// unless the second is only its nisba (استهدف مدينة
					// سوروتش التركية). The second is checked against every
					// mention a subject could be, of any place (قصفت إسرائيل
					// مدينة غزة: a city is no attacker but may be the target).
					// A name one word past a preposition (على ضفاف بحيرة تشاد)
					// is not bare.
					var second *entity.Mention
					for _, o := range cands {
						if o.First > m.First && !d.hasVia(o, via[1], r.Object.Reach, i) && !d.hasVia(o, prepositions, 1, i) && !d.afterGoverned(o, &r.Object, i) {
							second = o
							break
						}
					}
					if second != nil && second.Nisba && second.First == m.Last {
						subj = nil
						break
					}
					subj, obj = m, second
					d.subjHow = "after the trigger, the first of two bare arguments"
					break
				}
				if obj != nil && obj.First > i && m.First >= obj.First {
					break
				}
				if m.Nisba && obj != nil && direct && obj.First > m.First && d.adjacent(m.Last-1, obj) {
					// The nisba of a bare object's own title (قتل المستوطن
					// الإسرائيلي X) is no party of its own.
					continue
				}
				if !d.hasVia(m, via[1], r.Object.Reach, i) {
					subj = m
					d.subjHow = "after the trigger"
				}
				break
			}
		case Before:
			// In Arabic a nisba stands for a subject only right after its noun
			// (هجوم إيراني); in English it comes before (an Israeli strike).
			sl := r.Subject
			sl.Nisba = sl.Nisba && r.Lang == "en"
			if r.Nominal && r.Lang == "ar" && !d.pronounSuffix(i) && d.ccAt(d.clauseAt(i))&complementWord != 0 {
				// A noun without a pronoun in a complement clause (جاء فيها
				// أنه يشبه هجمات) is no event of the main clause's subject:
				// its own clause only.
				subj = d.nearestBefore(i, d.clauseAt(i), &sl)
			} else {
				subj = d.before(i, &sl)
			}
			d.subjHow = "before the trigger, in its clause or the clause it depends on"
			if r.Lang == "ar" && r.Subject.Nisba {
				// ... but a force may be named by its nisba alone
				// (ارتكبت الميليشيات الحوثية مجزرة).
				if f := d.before(i, &r.Subject); f != nil && f.Nisba && (subj == nil || f.First > subj.First) && (d.forceNisba(f) || d.opensSentence(f)) {
					subj = f
					d.subjHow = "before the trigger, a nisba naming a force"
				}
			}
			if subj != nil && d.clauseAt(subj.First) == d.clauseAt(i) && d.governed(subj) {
				// A noun after a preposition is no subject (وفي تونس قتل …);
				// the antecedent of a relative clause may be one (مع X، الذي زار).
				subj = nil
			}
			if subj != nil && d.clauseAt(subj.First) != d.clauseAt(i) && d.governed(subj) && !d.antecedent(subj, d.clauseAt(i)) {
				// Nor in the clause before, unless it is the antecedent of
				// the trigger's relative clause: in "انتصارات الأكراد على
				// «داعش» وتقييم العوامل الأخرى التي …" داعش is not.
				subj = nil
			}
			if subj != nil && !r.Nominal && r.Lang == "ar" && rs.nounBefore(d, r.Type, i) {
				// A verb describing the noun of its own relation right
				// before it (هجوم انتحاري استهدف مدينة سوروتش): the noun is
				// its subject, and the clause's subject is none.
				subj = nil
			}
		}
		if subj != nil {
			break
		}
	}
	if subj != nil && r.Lang == "ar" {
		subj = d.holder(subj, &r.Subject)
	}
	if obj != nil && r.Lang == "ar" {
		if obj = d.holder(obj, &r.Object); obj == nil {
			d.why = "object: the place or organisation found is the domain of an office whose holder is not named"
			return nil
		}
	}
	if subj == nil && r.Subject.Inherit && !adjunct {
		subj = d.lastSubj[d.toks[i].Sentence]
		d.subjHow = "inherited: the subject of the sentence's previous relation"
		if subj == nil {
			subj = d.previousClauseSubject(i, &r.Subject)
			d.subjHow = "inherited: the subject of the clause this one continues after a comma and و"
		}
	}
	if subj == nil {
		if d.explain {
			d.why = "subject: no " + typeList(r.Subject.Types) + " mention where the slot looks (" + r.Subject.String() + ")"
		}
		return nil
	}
	subjects := d.chain(subj, &r.Subject)
	if obj != nil && slices.Contains(subjects, obj) {
		// Subject and object fell on one coordination (دعم أصدقائنا وشعوب
		// فلسطين واليمن وسوريا): its members are co-arguments, not each
		// other's; only a symmetric relation may still pair them.
		obj = nil
	}
	switch {
	case obj != nil:
		return rs.emit(d, ri, i, rd, subjects, d.chain(obj, &r.Object), "")
	case r.Symmetric && len(subjects) >= 2 && !d.particleAfter(i, via[1], r.Object.Window):
		// X و Y يوقعان: the pair, unless the object's particle stands
		// there with no name after it (أجريا اتصالا مع زعيمي روسيا).
		d.subjHow, d.objHow = "coordinated subject, first", "coordinated subject, second"
		return rs.emit(d, ri, i, rd, subjects[:1], subjects[1:], "")
	}
	if d.explain {
		d.why = "object: no " + typeList(r.Object.Types) + " mention where the slot looks (" + r.Object.String() + ")"
	}
	return nil
}

func typeList(ts []gazetteer.Type) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = string(t)
	}
	return strings.Join(parts, "/")
}

// near reports whether one of rule ri's near words stands within its
// NearWithin tokens (three by default) after the trigger at i.
func (rs *RuleSet) near(d *doc, ri, i int) bool {
	within := rs.rules[ri].NearWithin
	if within == 0 {
		within = 3
	}
	for j := i + 1; j <= i+within && j < len(d.toks) && d.toks[j].Sentence == d.toks[i].Sentence; j++ {
		for _, rd := range d.readings(j) {
			for _, stem := range [2]string{rd.Stem, stripArticle(rd.Stem)} {
				for _, w := range rs.nearKeys[ri] {
					if stem == w.key || w.prefix && strings.HasPrefix(stem, w.key) {
						return true
					}
				}
			}
		}
	}
	return false
}

// readings returns the readings of token j, the key alone for non-Arabic
// tokens.
func (d *doc) readings(j int) []arabic.Reading {
	if t := &d.toks[j]; t.Readings != nil {
		return t.Readings
	}
	return []arabic.Reading{{Stem: d.toks[j].Key}}
}

// maxDomainWords bounds the words of an office's domain that are no office
// words (وزير البترول، وزير حقوق الإنسان).
const maxDomainWords = 2

// maxTitlePhrase bounds an office phrase (الأمين العام لجماعة «حزب الله» اللبنانية).
const maxTitlePhrase = 8

// applyTitle runs a rule of pattern title on the office word at token i.
func (rs *RuleSet) applyTitle(d *doc, ri, i int, rd arabic.Reading) []Relation {
	r := &rs.rules[ri]
	sent := d.toks[i].Sentence
	// The office phrase.
	var obj *entity.Mention
	roleEnd, domain := i, 0
	// chained: a second office follows the first one's domain (رئيس الوزراء
	// التركي رئيس حزب «العدالة والتنمية» X): its domain is its own.
	chained := false
	j := i + 1
	for ; j < len(d.toks) && j <= i+maxTitlePhrase && d.toks[j].Sentence == sent; j++ {
		t := &d.toks[j]
		if mi := d.at[j]; mi >= 0 {
			m := &d.ms[mi]
			if !allowed(&r.Object, m) {
				break
			}
			if !chained && (obj == nil || obj.Type != gazetteer.ORG && m.Type == gazetteer.ORG) {
				obj = m
			}
			j = m.Last - 1
			continue
		}
		switch {
		case t.Key == "«" || t.Key == "»" || t.Key == "\"" || t.Key == "of" || t.Key == "the":
		case r.Lang == "ar" && t.Key == "في" && d.orgNext(j+1):
			// نائب الرئيس في حزب «المؤتمر الوطني» X: the party of the office.
		case officeWord(t):
			if obj == nil && (isTitle(t.Key) || isTitle(stemAfterConj(t))) {
				roleEnd = j // the office itself, not the head noun of its organisation
			} else if obj != nil && r.Lang == "ar" && isTitle(t.Key) {
				chained = true
			}
		case obj == nil && domain < maxDomainWords && t.Script == token.Arabic && !arabic.IsStopword(t.Key) &&
			(strings.HasPrefix(t.Key, "ال") || j+1 < len(d.toks) && strings.HasPrefix(d.toks[j+1].Key, "ال")):
			// The office's domain: وزير البترول السعودي، وزير حقوق الإنسان.
			domain++
			roleEnd = j
		default:
			goto done
		}
	}
done:
	if obj == nil && r.Lang == "en" {
		// English puts the office's country first: Saudi Foreign Minister X.
		for k := i - 1; k >= 0 && k >= i-4 && d.toks[k].Sentence == sent; k-- {
			if mi := d.at[k]; mi >= 0 {
				if m := &d.ms[mi]; allowed(&r.Object, m) {
					obj = m
				}
				break
			}
			if !capitalised(d.text, &d.toks[k]) {
				break
			}
		}
	}
	if obj == nil {
		if d.explain {
			d.why = "object: no " + typeList(r.Object.Types) + " mention in the office phrase"
		}
		return nil
	}
	d.objHow = "in the office phrase"
	// The person: right after the phrase (past gap words only), else right
	// before it, else after it past other words and a comma (an apposition).
	var subj, later *entity.Mention
	words := 0         // words between the phrase and a person after it, gap words aside
	domainOnly := true // and all of them carry on the office (للشؤون الخارجية والسياسة الأمنية)
	for n := 0; j < len(d.toks) && d.toks[j].Sentence == sent && n <= r.Subject.Window; {
		if d.kcAt(j)&clauseEndWord != 0 {
			break
		}
		if mi := d.at[j]; mi >= 0 {
			m := &d.ms[mi]
			if m.Type == gazetteer.PER {
				switch {
				case words == 0, domainOnly && words <= maxTrailingDomain && !d.commaBetween(i, j):
					subj = m
				case j > 0 && isComma(d.toks[j-1].Key):
					later = m // "…، حسن نصر الله"
				}
				break
			}
			if !m.Nisba {
				n++
				words++
				domainOnly = false
			}
			j = m.Last
			continue
		}
		if r.Lang == "ar" && posted[d.toks[j].Key] && j+1 < len(d.toks) && d.at[j+1] >= 0 && d.ms[d.at[j+1]].Type == gazetteer.LOC && !d.ms[d.at[j+1]].Nisba {
			j = d.ms[d.at[j+1]].Last // the post: المبعوث الأممي إلى ليبيا X
			continue
		}
		if !d.gap(j) {
			n++
			words++
			domainOnly = domainOnly && r.Lang == "ar" && d.domainWord(j)
		}
		j++
	}
	_, conj := d.toks[i].Unconj()
	conj = conj && !isTitle(d.toks[i].Key) // وزير is no و + زير
	if subj == nil && !conj {              // والمنسق: the name before is the previous conjunct's
		k := i - 1
		if k >= 0 && isComma(d.toks[k].Key) {
			k--
		}
		if k >= 0 && d.at[k] >= 0 && d.ms[d.at[k]].Type == gazetteer.PER && d.toks[k].Sentence == sent {
			subj = &d.ms[d.at[k]]
			// "رئيس إقليم كردستان مسعود بارزاني وزير الخارجية القطري": a
			// name that closes an office phrase of its own, with no comma
			// after it, is no holder of the office that follows.
			if k == i-1 && r.Lang == "ar" && d.closesOffice(subj) {
				subj = nil
			}
		}
	}
	if subj == nil {
		subj = later
	}
	if subj == nil {
		d.why = "subject: no person named right after, right before or in apposition to the office phrase"
		return nil
	}
	d.subjHow = "the person named next to the office phrase"
	t := &d.toks[i]
	role := d.text[t.Start:d.toks[roleEnd].End]
	out := rs.emit(d, ri, i, rd, []*entity.Mention{subj}, []*entity.Mention{obj}, role)
	// رئيسا الوزراء الهندي X والباكستاني Y: the office is Y's too.
	if n := d.conjNisbaAt(subj, +1); n != nil && obj.Nisba && allowed(&r.Object, n) && n.Last < len(d.toks) && d.at[n.Last] >= 0 {
		if p := &d.ms[d.at[n.Last]]; p.Type == gazetteer.PER && p.Clitic == "" {
			out = append(out, rs.emit(d, ri, i, rd, []*entity.Mention{p}, []*entity.Mention{n}, role)...)
		}
	}
	return out
}

// holder stands for a party named through an office. When m, a place or an
// organisation that slot sl would take, is the domain of an office (أمير
// دولة قطر، ملك الأردن) and sl accepts persons, the party is the office's
// holder: the person named right after the phrase (أمير دولة قطر الشيخ تميم)
// is returned, or nil when none is named. Any other m is returned as is.
func (d *doc) holder(m *entity.Mention, sl *Slot) *entity.Mention {
	if m.Type == gazetteer.PER || m.Nisba || !slices.Contains(sl.Types, gazetteer.PER) {
		return m
	}
	if !d.officeDomain(m) {
		return m
	}
	sent := d.toks[m.First].Sentence
	for j, n := m.Last, 0; j < len(d.toks) && n < 4 && d.toks[j].Sentence == sent; j++ {
		if mi := d.at[j]; mi >= 0 {
			h := &d.ms[mi]
			if h.Type == gazetteer.PER {
				return h
			}
			if !h.Nisba {
				return nil
			}
			j = h.Last - 1
			continue
		}
		if posted[d.toks[j].Key] && j+1 < len(d.toks) && d.at[j+1] >= 0 && d.ms[d.at[j+1]].Type == gazetteer.LOC {
			// The post of an envoy or ambassador (مبعوث الأمم المتحدة الخاص
			// إلى سوريا X، سفير الإمارات لدى اليمن X).
			j = d.ms[d.at[j+1]].Last - 1
			n++
			continue
		}
		if isComma(d.toks[j].Key) || !d.gap(j) {
			return nil
		}
		n++
	}
	return nil
}

// nearText says how far a near directive looks.
func nearText(n int) string {
	if n == 0 {
		return "three tokens"
	}
	return strconv.Itoa(n) + " tokens"
}

// purposes make the English trigger after them a purpose, which has not
// happened yet.
var purposes = keys("for", "to")

// articles make an English trigger a noun.
var articles = keys("the", "a", "an")

// timeWords make a following bare nominal trigger an adjunct of time.
var timeWords = keys("بعد", "قبل", "عقب", "إثر", "اثر", "فور", "منذ", "after", "before", "since")

// bare reports whether the trigger reading rd is one of the rule set's
// triggers as written, with no suffix (توقيع, not توقيعه).
func (rs *RuleSet) bare(rd arabic.Reading) bool {
	return rs.exactRules(rd.Stem) != nil || rs.exactRules(stripArticle(rd.Stem)) != nil
}

// pronounSuffix reports whether the word at token i ends in a possessive
// pronoun (زيارته، لقائها، هجماتهم): a nominal trigger with one refers to a
// party named elsewhere in the sentence. The text is read as written, where
// ة is no ه.
func (d *doc) pronounSuffix(i int) bool {
	w := d.text[d.toks[i].Start:d.toks[i].End]
	for _, s := range [...]string{"ه", "ها", "هما", "هم", "هن", "نا"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// posted are the particles of an office's post abroad (سفير X لدى اليمن).
var posted = keys("إلى", "لدى", "في")

// moreTitles are office words the entity recogniser does not list, in the
// forms news uses before a name or a country (مبعوث الأمم المتحدة).
var moreTitles = keys("مبعوث", "ممثل", "الممثل", "ممثلة", "الممثلة", "وكيل", "الوكيل", "وكيلة", "الوكيلة", "نظير", "نظيره", "نظيرته", "مندوب", "منسق")

// isTitle reports whether key is a title or office word.
func isTitle(key string) bool {
	return entity.IsTitle(key) || moreTitleFilter.hasHash(keyHash(key)) && moreTitles[key]
}

// moreTitleFilter holds the keys of moreTitles.
var moreTitleFilter = func() *keyFilter {
	f := &keyFilter{}
	for k := range moreTitles {
		f.add(k)
	}
	return f
}()

// forces are nouns of armed forces whose nisba names the party (القوات
// الروسية، الطائرات الإسرائيلية).
var forces = keys("قوات", "القوات", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات", "الطائرات", "طائرات", "المقاتلات",
	"مقاتلات", "الجيش", "جيش", "البحرية", "المدفعية", "الجماعات", "جماعات", "الفصائل", "فصائل")

// forceNisba reports whether the nisba mention m follows a noun of armed
// forces (الميليشيات الحوثية).
func (d *doc) forceNisba(m *entity.Mention) bool {
	j := m.First - 1
	return j >= 0 && d.at[j] < 0 && (forces[d.toks[j].Key] || forces[stemAfterConj(&d.toks[j])])
}

// sentencePair returns the first coordination of two or more mentions that
// sl accepts and no preposition governs, in the sentence of token i before
// it, or nil: the antecedent of a dual pronoun (بينهما).
func (d *doc) sentencePair(i int, sl *Slot) []*entity.Mention {
	sent := d.toks[i].Sentence
	j := i - 1
	for j > 0 && d.toks[j-1].Sentence == sent {
		j--
	}
	for ; j < i; j++ {
		mi := d.at[j]
		if mi < 0 {
			continue
		}
		m := &d.ms[mi]
		if allowed(sl, m) && !m.Nisba && !d.governed(m) {
			if ch := d.chain(m, sl); len(ch) >= 2 && ch[len(ch)-1].Last <= i {
				return ch
			}
		}
		j = m.Last - 1
	}
	return nil
}

// opensSentence reports whether mention m opens its sentence, quotes aside:
// a nisba there has no noun to qualify and names its party, as headlines
// write it («الأوروبي» يبحث سبل دعم تونس).
func (d *doc) opensSentence(m *entity.Mention) bool {
	j := m.First - 1
	for j >= 0 && d.at[j] < 0 && d.toks[j].Sentence == d.toks[m.First].Sentence && (d.toks[j].Key == "«" || d.toks[j].Key == "\"") {
		j--
	}
	return j < 0 || d.toks[j].Sentence != d.toks[m.First].Sentence
}

// antecedent reports whether mention m stands right before token lo, the
// start of a clause, past commas, quotes, other mentions and office words
// only (مع X، الذي زار; مع X وزير خارجية المغرب، الذي زار).
func (d *doc) antecedent(m *entity.Mention, lo int) bool {
	for k := m.Last; k < lo; k++ {
		if key := d.toks[k].Key; d.at[k] < 0 && !isComma(key) && !isQuote(key) && !isOffice(&d.toks[k]) {
			return false
		}
	}
	return true
}

// governed reports whether mention m follows a preposition, as its proclitic
// (بالرياض) or as the word before it (في تونس), past an opening quote.
func (d *doc) governed(m *entity.Mention) bool {
	c := strings.TrimPrefix(strings.TrimPrefix(m.Clitic, "و"), "ف")
	if c != "" && (prepositions[c] || prepositions[c[:len("ل")]]) {
		return true
	}
	j := m.First - 1
	if j > 0 && isQuote(d.toks[j].Key) {
		j-- // على «داعش»
	}
	if j < 0 || d.at[j] >= 0 {
		return false
	}
	return prepositions[d.toks[j].Key] || prepositions[stemAfterConj(&d.toks[j])]
}

// officeDomain reports whether mention m is the country or organisation of
// an office named right before it (ملك الأردن، رئيسة شركة وادي تك).
func (d *doc) officeDomain(m *entity.Mention) bool {
	for k := m.First - 1; k >= 0 && k >= m.First-3 && d.at[k] < 0; k-- {
		t := &d.toks[k]
		if t.Key == "«" || t.Key == "\"" {
			continue
		}
		if !officeWord(t) {
			return false
		}
		if isTitle(t.Key) || isTitle(stemAfterConj(t)) || hasTitleReading(t) {
			return true
		}
	}
	return false
}

// hasTitleReading reports whether a reading of t, past its proclitics, is a
// title (لرئيس).
func hasTitleReading(t *token.Token) bool {
	for _, rd := range t.Readings {
		if isTitle(rd.Stem) {
			return true
		}
	}
	return false
}

// lam is the particle of an office's domain (لمكافحة الإرهاب).
var lam = keys("ل")

// maxTrailingDomain bounds the words that may carry an office on after its
// organisation, before the holder's name (الممثلة السامية للاتحاد الأوروبي
// للشؤون الخارجية والسياسة الأمنية فريدريكا موغيريني).
const maxTrailingDomain = 4

// domainWord reports whether token j may carry an office on: a definite
// noun or adjective, bare or after ل or و, or a noun before one (لمكافحة
// الإرهاب).
func (d *doc) domainWord(j int) bool {
	definite := func(t *token.Token) bool {
		k := stemAfterConj(t)
		if k == "" {
			k = t.Key
		}
		return strings.HasPrefix(k, "ال") || strings.HasPrefix(k, "لل")
	}
	t := &d.toks[j]
	if t.Script != token.Arabic || arabic.IsStopword(t.Key) || d.at[j] >= 0 || officeWord(t) {
		return false
	}
	if definite(t) {
		return true
	}
	// ل + a noun before a definite one.
	if !hasClitic(t, lam) || j+1 >= len(d.toks) || d.at[j+1] >= 0 {
		return false
	}
	n := &d.toks[j+1]
	return n.Script == token.Arabic && definite(n) && !officeWord(n)
}

// closesOffice reports whether the person p stands right after an office
// phrase: a title, or the country or organisation of an office.
func (d *doc) closesOffice(p *entity.Mention) bool {
	j := p.First - 1
	if j < 0 {
		return false
	}
	if mi := d.at[j]; mi >= 0 {
		m := &d.ms[mi]
		return m.Nisba || d.officeDomain(m)
	}
	return officeWord(&d.toks[j])
}

// capitalised reports whether t is a Latin word with a capital (Foreign).
func capitalised(text string, t *token.Token) bool {
	return t.Script == token.Latin && text[t.Start] >= 'A' && text[t.Start] <= 'Z'
}

// officeWord reports whether t is a word of an office phrase: a title or
// office word, or a head noun of an organisation with a proclitic
// (لجماعة), for which the phrase goes on to the organisation's name.
func officeWord(t *token.Token) bool {
	for _, rd := range t.Readings {
		if isTitle(rd.Stem) || entity.IsHead(rd.Stem) {
			return true
		}
	}
	return isTitle(t.Key)
}

// dup reports whether out, in sentence order, already states rel: only the
// relations of rel's sentence, at its end, are compared.
func dup(out []Relation, rel Relation) bool {
	for k := len(out) - 1; k >= 0 && out[k].Sentence.Start == rel.Sentence.Start; k-- {
		if out[k].same(rel) {
			return true
		}
	}
	return false
}

// same reports whether r and o state the same fact from the same sentence:
// type, arguments and sentence.
func (r Relation) same(o Relation) bool {
	return r.Type == o.Type && r.Subject.Start == o.Subject.Start && r.Object.Start == o.Object.Start &&
		r.Sentence.Start == o.Sentence.Start && r.Modality == o.Modality
}

// emit makes one relation per subject–object pair.
func (rs *RuleSet) emit(d *doc, ri, i int, rd arabic.Reading, subjects, objects []*entity.Mention, role string) []Relation {
	r := &rs.rules[ri]
	t := &d.toks[i]
	sent := d.sentences[t.Sentence]
	mod := d.modality(r, i, rd)
	var attr *Attribution
	if r.Pattern == "" {
		attr = d.attribution(i)
	}
	var out []Relation
	for _, s := range subjects {
		for _, o := range objects {
			if s == o || (s.Entity != "" && s.Entity == o.Entity) {
				continue
			}
			a, b := s, o
			if r.Symmetric && b.First < a.First {
				a, b = b, a
			}
			out = append(out, Relation{
				Type: r.Type, Modality: mod, Rule: r.ID, Subject: *a, Object: *b, Role: role, Attribution: attr,
				Trigger:  Span{t.Start, t.End, d.text[t.Start:t.End]},
				Sentence: Span{sent.Start, sent.End, d.text[sent.Start:sent.End]},
			})
		}
	}
	if len(out) > 0 && r.Pattern == "" {
		d.lastSubj[t.Sentence] = subjects[0]
	}
	return out
}

// maxDenialDistance is how far before a trigger a denial verb reaches.
const maxDenialDistance = 10

// modality decides the modality of the trigger at token i. An office
// (pattern title) is a state, not an event: always asserted.
func (d *doc) modality(r *Rule, i int, rd arabic.Reading) Modality {
	if r.Pattern == "title" {
		return Asserted
	}
	lo := d.clauseAt(i)
	// A verb rule's trigger with the article is a noun (تكثيف الدعم الأوروبي).
	nominal := r.Nominal || r.Lang == "ar" && strings.HasPrefix(rd.Stem, "ال")
	reach := 3 // a negation before a verb trigger: لم يلتق، لن يزور، ما زال لم يلتق
	if nominal {
		reach = 2 // before a noun, through a light verb only: لم تتم زيارة, not لم تمنع وقوع هجوم
	}
	for j := i - 1; j >= lo && j >= i-reach; j-- {
		if d.ccAt(j)&negationWord != 0 {
			return Negated
		}
	}
	for j := i - 1; j >= 0 && j >= i-maxDenialDistance && d.toks[j].Sentence == d.toks[i].Sentence; j-- {
		if d.scAt(j)&denialWord != 0 {
			return Negated
		}
	}
	if rd.Future() && d.scAt(i)&nonVerbWord == 0 && !nominal {
		return Future
	}
	if !nominal && r.Lang == "ar" && strings.HasSuffix(rd.Prefix, "ل") {
		return Future // a purpose: سيسافر إلى واشنطن ليبحث مع …
	}
	if r.Lang == "ar" && i > lo && d.at[i-1] < 0 && ways[d.toks[i-1].Key] {
		return Future // sought, not done: يبحث سبل دعم تونس
	}
	if r.Lang == "en" && i > 0 && purposes[strings.ToLower(d.toks[i-1].Key)] {
		return Future // a purpose: arrived in Cairo for talks with …, flew to Rabat to meet …
	}
	for j := i - 1; j >= lo; j-- {
		t := &d.toks[j]
		if d.at[j] >= 0 {
			continue
		}
		if d.ccAt(j)&futureCueWord != 0 {
			return Future
		}
		if nominal && isFutureVerb(t) {
			return Future
		}
	}
	// من المقرر أن يزور، يعتزم أن يلتقي: the cue governs the complement clause.
	if lo > 0 && d.ccAt(lo)&complementWord != 0 && d.ccAt(lo-1)&futureCueWord != 0 {
		return Future
	}
	return Asserted
}

// isFutureVerb reports whether t reads as س + an imperfective verb of the
// third or second person (سيجري, ستعقد): news seldom says سأ, and ساعة is
// no س + اعة.
func isFutureVerb(t *token.Token) bool {
	for _, r := range t.Readings {
		if r.Future() && !strings.HasPrefix(r.Stem, "ا") && !nonVerbs[r.Stem] && !nonVerbs[t.Key] && !nonVerbs[stemAfterConj(t)] {
			return true
		}
	}
	return false
}
