package entity

import (
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// Bounds of the person names the rules found, mended once they are done:
// two error classes of the rules counted on the ten folds of ANERcorp's
// training part, where a name the rules find is cut in the wrong place.

// nameEpithet reports whether key is a praising adjective that stands
// between a role and a name (الصحابي الجليل سعد، الإمام الجليل حبيب) and that
// the lexicon also holds as a name token (عبد الجليل), so the rules may
// open a name with it. Keys are normalised (ة is ه).
func nameEpithet(key string) bool {
	switch key {
	case "الجليل", "الجليله", "العلامه", "الفاضل", "الفاضله", "الموقر", "الموقره":
		return true
	}
	return false
}

// endLink reports whether key is a link of a name chain that needs the
// name after it: a name never ends with بن or أبي (سعد بن أبي + وقاص). Keys
// are normalised (أبي is ابي).
func endLink(key string) bool {
	switch key {
	case "بن", "ابن", "بنت", "ابنه", "ابي", "ابو", "ابا", "عبد":
		return true
	}
	return false
}

// mendNameBounds mends, in place, the person mentions of the rules in ms
// whose bounds cut a name: a praising adjective that opens one before a
// known first name is left out (الصحابي الجليل سعد → سعد), and a name that
// ends with a link of its chain takes the name word after it (سعد بن أبي
// + وقاص، أبي زكريا يحيى بن أبي + يحيى) when no mention covers that word.
func (r *Recognizer) mendNameBounds(text string, toks []token.Token, covered []bool, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Type != gazetteer.PER || m.Last > len(toks) {
			continue
		}
		if k := m.Last; k < len(toks) && (particleSize(&toks[k]) || k-m.First >= 2 && particleSize(&toks[k-1])) {
			r.mendParticleName(text, toks, covered, m) // رود + فان نيستلروي (nameparticles.go)
		}
		// (the cheap tests of each case first: most mentions meet none)
		if m.Source == SourceGazetteer {
			if k := m.Last; k == m.First+1 && k < len(toks) && !covered[k] && toks[k].Script == token.Arabic && m.Clitic == "" &&
				r.isFirstName(toks[m.First].Key) && r.foreignSurname(text, toks, k) && !nounLike(&toks[k]) {
				covered[k] = true // محمد + بنيس، مايكل + بالاك
				*m = headMention(text, m.Start, toks[k].End, m.First, k+1, gazetteer.PER, "per.ar.first-name")
			}
			continue
		}
		if m.Source != SourceRule {
			continue
		}
		changed := false
		if m.Last-m.First >= 2 && nameEpithet(toks[m.First].Key) && r.isFirstName(toks[m.First+1].Key) {
			covered[m.First] = false
			m.First++
			changed = true
		}
		if k := m.Last; k < len(toks) && m.Last-m.First >= 2 && !covered[k] && endLink(toks[k-1].Key) && linkedName(toks, k) {
			covered[k] = true
			m.Last++
			changed = true
		}
		if k := m.Last; k == m.First+1 && k < len(toks) && !covered[k] && toks[k].Script == token.Arabic && cueRule(m.Rule) && r.isFirstName(toks[m.First].Key) &&
			r.foreignSurname(text, toks, k) {
			covered[k] = true
			m.Last++
			changed = true
		}
		if changed {
			m.Start, m.End = toks[m.First].Start, toks[m.Last-1].End
			m.Text = text[m.Start:m.End]
			m.Name = m.Text
		}
	}
}

// cueRule reports whether rule finds a name after a cue (a title, a role,
// a nationality), which may stop at a first name the lexicon knows.
func cueRule(rule string) bool {
	return rule == "per.ar.title" || rule == "per.ar.role" || rule == "per.ar.nisba"
}

// foreignSurname reports whether token k, right after a first name that a
// cue opened, is a family name the lexicon lacks though its shape keeps
// the other rules from it, foreign ones mostly (الرئيس جون كندي، القس سعد
// سيروب، التشيلي بول كابديفيا، زميله سام هيبيا): an Arabic word of four
// letters or more, with a long vowel past its first, of the sentence of the
// token before it, without the article, that is no stopword, common word,
// verb, title, role or noun with a pronoun.
func (r *Recognizer) foreignSurname(text string, toks []token.Token, k int) bool {
	t := &toks[k]
	rs := []rune(t.Key)
	if t.Script != token.Arabic || k > 0 && t.Sentence != toks[k-1].Sentence || len(rs) < 4 || strings.HasPrefix(t.Key, "ال") ||
		arabic.IsStopword(t.Key) || commonWords[t.Key] || classOf(t.Key)&notNameToken != 0 {
		return false
	}
	n := len(rs)
	switch {
	case !slices.ContainsFunc(rs[1:], longVowel), n == 4 && rs[1] == 'ا':
		return false // تعهد، شارك: a verb in the past (هيبيا and سيروب have long vowels)
	case rs[0] == 'س' && strings.ContainsRune("يتنا", rs[1]) && !slices.ContainsFunc(rs[2:], longVowel):
		return false // سيمثل: a verb in the future
	case n == 5 && rs[0] == 'ت' && (rs[2] == 'ا' || rs[3] == 'ي' && !longVowel(rs[1])):
		return false // تعيين، تعاون: a verbal noun
	case strings.HasSuffix(t.Key, "ها") || strings.HasSuffix(t.Key, "هم") || strings.HasPrefix(t.Key, "لل"):
		return false // قادها: a verb with a pronoun; للتوقيع
	}
	w := text[t.Start:t.End]
	if _, conj := t.Unconj(); conj && strings.HasPrefix(w, "و") && !strings.HasPrefix(w, "وا") && !strings.HasPrefix(w, "وي") {
		return false // وأعلن، ووقع، وجرائم: و and a word (والكن and ويلسون are names)
	}
	if imperfectVerb(t.Key) || verbShape(w, t.Key) || hasTanween(w) || withPronoun(text, t) || commonShape(t.Key) || commonReading(t) {
		return false
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && (strings.HasPrefix(rd.Stem, "ال") && len(rd.Stem) > len("ال")+2*2 || arabic.IsStopword(rd.Stem) || r.isName(rd.Stem) || classOf(rd.Stem)&notNameToken != 0) {
			return false // بالساحل، والبارونات (والكن is Walken), بأن; وسعيد, the next name of a list; ووزير
		}
	}
	return true
}

// nounLike reports whether t has the shape of an Arabic noun or adjective
// that a foreign family name hardly has, itself or after a proclitic: no
// long vowel inside (ملكا), a broken plural in م (مقاليد، ملامح) or of the
// pattern فعول (لضغوط), a feminine in م (مساعدة، لمكافحة), a plural in ات
// or اء (لانتقادات، سجناء), the pattern فعيلة (قرينة) or a verb in the past
// (تناولت). A first name the gazetteer holds alone (سلمان، كلينتون) is
// followed by such words.
func nounLike(t *token.Token) bool {
	if nounShape(t.Key) {
		return true
	}
	if rs := []rune(t.Key); !slices.ContainsFunc(rs[1:len(rs)-1], longVowel) {
		return true
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && nounShape(rd.Stem) {
			return true
		}
	}
	return false
}

// nounShape reports whether key has one of the shapes of nounLike.
func nounShape(key string) bool {
	rs := []rune(key)
	n := len(rs)
	switch {
	case n < 4:
		return false
	case rs[0] == 'م' && (n >= 5 && rs[2] == 'ا' || rs[n-1] == 'ه'):
		return true
	case strings.HasSuffix(key, "ات") || strings.HasSuffix(key, "اء"):
		return true
	case n == 4 && rs[2] == 'و':
		return true // ضغوط، حقوق: a broken plural
	case n <= 6 && rs[n-1] == 'ت' && (rs[0] == 'ت' || rs[0] == 'ا'):
		return true // تناولت: a verb in the past
	}
	return n == 5 && rs[2] == 'ي' && rs[4] == 'ه'
}

// linkedName reports whether token k, after a link of a name chain, can be
// the name it links to: an Arabic word of the same sentence, of two
// letters or more, that is no stopword, title or role.
func linkedName(toks []token.Token, k int) bool {
	t := &toks[k]
	if t.Script != token.Arabic || t.Sentence != toks[k-1].Sentence || len([]rune(t.Key)) < 2 || arabic.IsStopword(t.Key) {
		return false
	}
	return classOf(t.Key)&(cTitle|cRole|cOffice) == 0 // (وقاص is a name, no و + قاص)
}
