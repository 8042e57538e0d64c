package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// nameParticle reports whether w, a word as written, is a particle of a
// European family name (van, von, de, du, da, del): فان، فون، دي، دو، دا،
// دل، ديل. On the ten folds of ANERcorp's training part such a word right
// after a person's name is in the name 14 times of 15 (رود فان نيستلروي،
// جان مارك دو لا سابليير، جوليا دي كوزيمو). The written form is matched, not
// the key: فإن, whose key is فان, is no particle.
func nameParticle(w string) bool {
	switch w {
	case "فان", "فون", "دي", "دو", "دا", "دل", "ديل":
		return true
	}
	return false
}

// particleEnd returns the end of a person's name whose first part ends
// right before token k and that goes on with a particle and a family name
// with a foreign shape (رود + فان نيستلروي، جان مارك + دو لا سابليير), or 0:
// the particle and the family name are free (the particle may be the
// name's own last token when taken is set: جان مارك دو + لا سابليير) and
// in the sentence of the token before k, and the family name is a word
// that foreignSurname takes (no verb, noun or word with the article: محمد
// فان الحكومة).
func (r *Recognizer) particleEnd(text string, toks []token.Token, covered []bool, k int, taken bool) int {
	if k == 0 || k+1 >= len(toks) || covered[k] && !taken || toks[k].Script != token.Arabic || toks[k].Sentence != toks[k-1].Sentence {
		return 0
	}
	w := text[toks[k].Start:toks[k].End]
	if !nameParticle(w) {
		return 0
	}
	n := k + 1
	if (w == "دو" || w == "دي") && n+1 < len(toks) && !covered[n] && text[toks[n].Start:toks[n].End] == "لا" {
		n++ // دو لا سابليير
	}
	if covered[n] || !r.foreignSurname(text, toks, n) {
		return 0
	}
	return n + 1
}

// mendParticleName extends m, a person's mention, over a particle and a
// family name after it (see particleEnd); a gazetteer's mention becomes
// the rule's, as its entry names only the first part.
func (r *Recognizer) mendParticleName(text string, toks []token.Token, covered []bool, m *Mention) {
	k := m.Last
	if k >= len(toks) || m.Clitic != "" && m.Source == SourceGazetteer {
		return
	}
	// (the particles have two or three letters, four or six bytes: test
	// that before the words)
	e := 0
	if particleSize(&toks[k]) {
		e = r.particleEnd(text, toks, covered, k, false)
	}
	if e == 0 && k-m.First >= 2 && particleSize(&toks[k-1]) {
		e = r.particleEnd(text, toks, covered, k-1, true) // جان مارك دو + لا سابليير
	}
	if e <= k {
		return
	}
	markCovered(covered, k, e)
	extendName(text, m, e, toks[e-1].End)
}

// extendName extends m, a person's mention, to end before token last, at
// byte end. The mention is the rule's that found m, or per.ar.first-name
// when the gazetteer found it.
func extendName(text string, m *Mention, last, end int) {
	if m.Source == SourceGazetteer {
		m.Entity, m.Subtype, m.Candidates, m.Source, m.Rule = "", "", nil, SourceRule, "per.ar.first-name"
	}
	m.Last, m.End = last, end
	m.Text = text[m.Start:m.End]
	m.Name = m.Text
}

// particleSize reports whether t has the length of a particle in bytes.
func particleSize(t *token.Token) bool {
	n := t.End - t.Start
	return n == 2*2 || n == 3*2
}

// particleMerge extends m, a person's mention, over n, the next one, when
// only a particle stands between them (رود + فان + نيستلروي, where the
// gazetteer holds the family name alone), and reports whether it did: n is
// a gazetteer's person mention of one token without a clitic, right after
// the particle. The merged mention is the rule's that found m, or
// per.ar.first-name when the gazetteer found it; n is left to the caller
// to drop.
func particleMerge(text string, m, n *Mention) bool {
	if n.First != m.Last+1 || n.Last-n.First != 1 || m.End >= n.Start || n.Start-m.End > len(" ديل ") ||
		m.Type != gazetteer.PER || n.Type != gazetteer.PER || n.Source != SourceGazetteer || n.Clitic != "" {
		return false
	}
	if w := text[m.End:n.Start]; len(w) < 3 || w[0] != ' ' || w[len(w)-1] != ' ' || !nameParticle(w[1:len(w)-1]) {
		return false
	}
	extendName(text, m, n.Last, n.End)
	return true
}
