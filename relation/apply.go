package relation

import (
	"slices"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/token"
)

// doc is the per-call state of Extract.
type doc struct {
	text      string
	toks      []token.Token
	ms        []entity.Mention
	at        []int  // token → index of the mention covering it, or -1
	clause    []int  // token → index of the first token of its clause
	opened    []bool // token → its clause starts with a relative pronoun or a complementiser
	sentences []token.Sentence
	lastSubj  map[int]*entity.Mention // sentence → subject of its latest relation
}

// Extract returns the relations in text, whose tokens are toks and whose
// mentions are ms (as returned by entity.Recognizer.Recognize), in order of
// their triggers.
func (rs *RuleSet) Extract(text string, toks []token.Token, ms []entity.Mention) []Relation {
	if len(ms) < 1 || len(rs.rules) == 0 {
		return nil
	}
	d := &doc{text: text, toks: toks, ms: ms, at: make([]int, len(toks)), lastSubj: map[int]*entity.Mention{}}
	for i := range d.at {
		d.at[i] = -1
	}
	for i, m := range ms {
		for j := m.First; j < m.Last; j++ {
			d.at[j] = i
		}
	}
	d.sentences = token.Sentences(toks)
	d.clauses()
	var out []Relation
	for i := range toks {
		t := &toks[i]
		if d.at[i] >= 0 || t.Script == token.Punct || t.Script == token.Digit {
			continue
		}
		rules, rd := rs.triggerAt(t)
		for _, ri := range rules {
			r := &rs.rules[ri]
			if (r.Lang == "ar") != (t.Script == token.Arabic) {
				continue
			}
			if rels := rs.apply(d, ri, i, rd); len(rels) > 0 {
				out = append(out, rels...)
				break
			}
		}
	}
	return out
}

var (
	clauseEnds = keys(".", "؛", ";", ":", "!", "?", "؟")
	// complements open a clause whose subject may be the main verb's (نفى X أن يكون قد التقى).
	complements = keys("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "that")
	// subordinate open a clause of their own.
	subordinate = keys("لأن", "بينما", "حيث", "ثم", "لكن", "لكنه", "لكنها", "لكنهم", "while", "but", "after", "before", "when")
	relatives   = keys("الذي", "التي", "الذين", "اللذان", "اللتان", "who", "which")
	heads       = keys("مطار", "مدينة", "العاصمة", "عاصمة", "محافظة", "ولاية", "منطقة", "ميناء", "قصر", "إقليم", "جزيرة", "بلدة", "قرية", "city", "capital")
	negations   = keys("لم", "لن", "لا", "ما", "ليس", "ليست", "not", "never", "didn't", "did not", "won't", "no")
	// denials deny what follows them in the sentence (نفى أن يكون التقى).
	denials    = keys("نفى", "نفت", "ينفي", "تنفي", "نفوا", "denied", "denies", "deny")
	futureCues = keys("سوف", "المقرر", "يعتزم", "تعتزم", "يستعد", "تستعد", "ينوي", "تنوي", "المرتقب", "المنتظر", "will", "shall", "plans", "scheduled", "expected", "'ll")
	// nonVerbs are words that look like س + an imperfective verb but are not.
	nonVerbs = keys("سياق", "سيارة", "سيارات", "سيدة", "سياسة", "سياسي", "سياسية", "سيناء", "سيطرة", "سيول", "ستة", "ستين", "سنة", "سنوات", "سنوي", "ستار", "سيف", "سيادة", "سياحة", "سياحي", "سياحية", "سيناريو", "سيمفونية", "ستوكهولم", "سنغافورة", "ستالين")
)

func keys(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[triggerKey(w)] = true
	}
	return m
}

// conjStem returns t's key without a conjunction و or ف when the rest is a
// function word the clause and modality rules look for (ولم, والذي).
func conjStem(t *token.Token) string {
	if s, ok := t.Unconj(); ok && (relatives[s] || subordinate[s] || complements[s] || negations[s] || futureCues[s]) {
		return s
	}
	return t.Key
}

// clauses computes the clause of every token. A clause starts at a sentence
// start, after . ؛ : ! ?, at a subordinator or relative pronoun (أن إن الذي
// that who), and at a comma followed by a word with the conjunction و or ف
// (، وبعدها).
func (d *doc) clauses() {
	d.clause = make([]int, len(d.toks))
	d.opened = make([]bool, len(d.toks))
	start := 0
	for i := range d.toks {
		t := &d.toks[i]
		if i > 0 && d.toks[i-1].Sentence != t.Sentence {
			start = i
		}
		key := conjStem(t)
		switch {
		case d.at[i] >= 0 && d.ms[d.at[i]].First != i:
		case subordinate[key] || complements[key] || relatives[key]:
			start = i
		case i > 0 && (d.toks[i-1].Key == "،" || d.toks[i-1].Key == ",") && t.Script == token.Arabic &&
			d.at[i] < 0 && hasConj(t) && !entity.IsTitle(stemAfterConj(t)):
			start = i
		}
		d.clause[i] = start
		opener := conjStem(&d.toks[start])
		d.opened[i] = relatives[opener] || complements[opener]
		if clauseEnds[t.Key] {
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
// a comma, a dash or a nisba adjective.
func (d *doc) gap(i int) bool {
	t := &d.toks[i]
	if m := d.at[i]; m >= 0 {
		return d.ms[m].Nisba
	}
	switch t.Key {
	case "،", ",", "-", "–", "(", ")":
		return true
	}
	return entity.IsTitle(t.Key) || heads[t.Key] || heads[stripArticle(t.Key)]
}

func allowed(sl *Slot, m *entity.Mention) bool {
	return !m.Nisba && slices.Contains(sl.Types, m.Type)
}

// hasVia reports whether mention m follows one of the particles in via:
// as its own proclitic or as a word before it, past gap words.
func (d *doc) hasVia(m *entity.Mention, via map[string]bool) bool {
	if len(via) == 0 {
		return false
	}
	c := m.Clitic
	if len(c) > 0 && (c[:len("و")] == "و" || c[:len("ف")] == "ف") && len(c) > len("و") {
		c = c[len("و"):]
	}
	if c != "" && (via[c] || via[c[:len("ل")]]) {
		return true
	}
	for j, seen := m.First-1, 0; j >= 0 && seen < 4; j-- {
		if d.gap(j) {
			seen++
			continue
		}
		t := &d.toks[j]
		return via[t.Key] || via[stemAfterConj(t)]
	}
	return false
}

// after returns the mentions after token i in its clause that sl accepts,
// nearest first, within sl's window.
func (d *doc) after(i int, sl *Slot) []*entity.Mention {
	var out []*entity.Mention
	dist := 0
	for j := i + 1; j < len(d.toks) && d.clause[j] == d.clause[i] && dist <= sl.Window; {
		if mi := d.at[j]; mi >= 0 {
			m := &d.ms[mi]
			if allowed(sl, m) {
				out = append(out, m)
			}
			if !m.Nisba {
				dist++
			}
			j = m.Last
			continue
		}
		if clauseEnds[d.toks[j].Key] {
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
	lo := d.clause[i]
	if m := d.nearestBefore(i, lo, sl); m != nil {
		return m
	}
	if d.opened[i] && lo > 0 && d.toks[lo-1].Sentence == d.toks[i].Sentence {
		return d.nearestBefore(lo, d.clause[lo-1], sl)
	}
	return nil
}

// nearestBefore returns the nearest mention in toks[lo:i] that sl accepts.
func (d *doc) nearestBefore(i, lo int, sl *Slot) *entity.Mention {
	for j := i - 1; j >= lo; j-- {
		if mi := d.at[j]; mi >= 0 {
			m := &d.ms[mi]
			if allowed(sl, m) {
				return m
			}
			j = m.First
		}
	}
	return nil
}

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

// coordinated returns the mention joined to m by a conjunction on the given
// side, or nil.
func (d *doc) coordinated(m *entity.Mention, dir int, sl *Slot) *entity.Mention {
	isConj := func(c string) bool { return c == "و" || c == "and" || c == "،" || c == "," }
	if dir < 0 {
		j := m.First - 1
		conj := len(m.Clitic) > 0 && m.Clitic[:len("و")] == "و"
		if j >= 0 && d.at[j] < 0 && isConj(d.toks[j].Key) {
			conj, j = true, j-1
		}
		if !conj || j < 0 || d.at[j] < 0 {
			return nil
		}
		p := &d.ms[d.at[j]]
		if !allowed(sl, p) {
			return nil
		}
		return p
	}
	j := m.Last
	if j < len(d.toks) && d.at[j] < 0 && isConj(d.toks[j].Key) && d.toks[j].Key != "،" && d.toks[j].Key != "," {
		j++
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

// apply runs rule ri on the trigger at token i.
func (rs *RuleSet) apply(d *doc, ri, i int, rd arabic.Reading) []Relation {
	r := &rs.rules[ri]
	via := rs.ruleVia[ri]
	var subjects, objects []*entity.Mention

	// "بين X و Y": both arguments at once.
	if pk := rs.pairKey[ri]; pk != "" {
		for j := i + 1; j < len(d.toks) && j <= i+r.Object.Window && d.toks[j].Sentence == d.toks[i].Sentence; j++ {
			if d.at[j] < 0 && (d.toks[j].Key == pk || stemAfterConj(&d.toks[j]) == pk) {
				k := j + 1
				for k < len(d.toks) && d.at[k] < 0 && d.gap(k) {
					k++
				}
				if k < len(d.toks) && d.at[k] >= 0 && allowed(&r.Object, &d.ms[d.at[k]]) {
					if ch := d.chain(&d.ms[d.at[k]], &r.Object); len(ch) >= 2 {
						return rs.emit(d, ri, i, rd, ch[:1], ch[1:])
					}
				}
				break
			}
		}
	}

	// Object.
	cands := d.after(i, &r.Object)
	var obj *entity.Mention
	direct := false
	if len(via[1]) > 0 {
		for _, m := range cands {
			if d.hasVia(m, via[1]) {
				obj = m
				break
			}
		}
	}
	if obj == nil && (len(via[1]) == 0 || r.Object.Direct) {
		for _, m := range cands {
			if !d.hasVia(m, rs.ruleVia[ri][1]) {
				obj, direct = m, true
				break
			}
		}
	}

	// Subject.
	var subj *entity.Mention
	for _, side := range r.Subject.Sides {
		switch side {
		case After:
			sc := d.after(i, &Slot{Types: r.Subject.Types, Window: r.Subject.Window})
			for k, m := range sc {
				if obj != nil && m.First >= obj.First {
					// VSO with two bare arguments: the first is the subject.
					if direct && m == obj && k+1 < len(sc) && len(cands) >= 2 {
						subj, obj = m, nil
						for _, o := range cands {
							if o.First > m.First && !d.hasVia(o, via[1]) {
								obj = o
								break
							}
						}
					}
					break
				}
				if !d.hasVia(m, via[1]) && !d.hasVia(m, via[0]) {
					subj = m
				}
				break
			}
		case Before:
			subj = d.before(i, &r.Subject)
		}
		if subj != nil {
			break
		}
	}
	if subj == nil && r.Subject.Inherit {
		subj = d.lastSubj[d.toks[i].Sentence]
	}
	if subj == nil {
		return nil
	}
	subjects = d.chain(subj, &r.Subject)
	if obj != nil {
		objects = d.chain(obj, &r.Object)
	} else if r.Symmetric && len(subjects) >= 2 {
		return rs.emit(d, ri, i, rd, subjects[:1], subjects[1:])
	} else {
		return nil
	}
	return rs.emit(d, ri, i, rd, subjects, objects)
}

// emit makes one relation per subject–object pair.
func (rs *RuleSet) emit(d *doc, ri, i int, rd arabic.Reading, subjects, objects []*entity.Mention) []Relation {
	r := &rs.rules[ri]
	t := &d.toks[i]
	sent := d.sentences[t.Sentence]
	mod := d.modality(r, i, rd)
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
				Type: r.Type, Modality: mod, Rule: r.ID, Subject: *a, Object: *b,
				Trigger:  Span{t.Start, t.End, d.text[t.Start:t.End]},
				Sentence: Span{sent.Start, sent.End, d.text[sent.Start:sent.End]},
			})
		}
	}
	if len(out) > 0 {
		d.lastSubj[t.Sentence] = subjects[0]
	}
	return out
}

// maxDenialDistance is how far before a trigger a denial verb reaches.
const maxDenialDistance = 10

// modality decides the modality of the trigger at token i.
func (d *doc) modality(r *Rule, i int, rd arabic.Reading) Modality {
	lo := d.clause[i]
	for j := i - 1; j >= lo && j >= i-3; j-- {
		if negations[conjStem(&d.toks[j])] {
			return Negated
		}
	}
	for j := i - 1; j >= 0 && j >= i-maxDenialDistance && d.toks[j].Sentence == d.toks[i].Sentence; j-- {
		if denials[stemAfterConj(&d.toks[j])] {
			return Negated
		}
	}
	if rd.Future() && !nonVerbs[stemAfterConj(&d.toks[i])] && !r.Nominal {
		return Future
	}
	for j := i - 1; j >= lo; j-- {
		t := &d.toks[j]
		if d.at[j] >= 0 {
			continue
		}
		if futureCues[conjStem(t)] {
			return Future
		}
		if r.Nominal && isFutureVerb(t) {
			return Future
		}
	}
	return Asserted
}

// isFutureVerb reports whether t reads as س + an imperfective verb.
func isFutureVerb(t *token.Token) bool {
	for _, r := range t.Readings {
		if r.Future() && !nonVerbs[r.Stem] && !nonVerbs[t.Key] && !nonVerbs[stemAfterConj(t)] {
			return true
		}
	}
	return false
}
