package entity

import (
	"strconv"
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// scorers finds the players named before the minutes of their goals in a
// sentence about a match (rule per.ar.scorer: وسجل الهدفين ياكوبو إيغبيني
// ( 27 )، وجيرماين ديفو ( 38 و47 )): two words that no mention covers,
// a person's two names as in a list (see listedPair: one of them known),
// with و before them or not, then a parenthesis, a minute (1 to 130) and
// the parenthesis closed or the next minute.
func (r *Recognizer) scorers(text string, toks []token.Token, covered []bool, sporty map[int]bool) []Mention {
	if len(sporty) == 0 || r.Names == nil {
		return nil
	}
	var out []Mention
	for p := 2; p+2 < len(toks); p++ {
		if toks[p+1].Script != token.Digit || toks[p].Key != "(" || !sporty[toks[p].Sentence] || !minuteAt(toks, p+1) {
			continue
		}
		if n := toks[p+2].Key; n != ")" && n != "،" && n != "," && !strings.HasPrefix(n, "و") {
			continue
		}
		k := p - 2
		if covered[k] || covered[k+1] || toks[k].Sentence != toks[p].Sentence || toks[k+1].Sentence != toks[p].Sentence {
			continue
		}
		_, c := toks[k].Unconj()
		conj := c && strings.HasPrefix(toks[k].Key, "و")
		if !r.listedPair(text, toks, k, conj) {
			continue
		}
		start := toks[k].Start
		if conj {
			start += arabic.PrefixBytes(text[toks[k].Start:toks[k].End], 1)
		}
		end := toks[k+1].End
		out = append(out, headMention(text, start, end, k, k+2, gazetteer.PER, "per.ar.scorer"))
		markCovered(covered, k, k+2)
	}
	return out
}

// minuteAt reports whether token i is a minute of a match: a number from 1
// to 130.
func minuteAt(toks []token.Token, i int) bool {
	if toks[i].Script != token.Digit || len(toks[i].Key) > 3 {
		return false
	}
	n, err := strconv.Atoi(toks[i].Key)
	return err == nil && n >= 1 && n <= 130
}
