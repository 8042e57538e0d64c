package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// nameWords are the forms of اسم (name) that put a person's name in
// quotes after them: اسمه «خالد»، باسم «أنيسة»، اسمي الحقيقي «فاتن».
var nameWords = keySet("اسم", "باسم", "واسم", "وباسم", "اسمه", "واسمه", "اسمها", "واسمها", "اسمي", "واسمي", "لاسم")

// namedInQuotes finds a first name alone in quotes after a form of اسم
// (rule per.ar.name-quoted): يمني اسمه «خالد»، ينادونني باسم «أنيسة»; one
// word with the article may stand between them (اسمي الحقيقي «فاتن»). The
// quoted word must be one free word, a first name of the lexicon that is
// no common word (باسم «أمل» names a campaign as often); the quotes after
// اسم hold organisations' and places' names far more often (باسم «الهلال
// النفطي»), which are no first name, and a brand may take one (a Latin
// word after the quotes glosses it: «جون» JUNE). The candidates are the
// opening quotes (tfOpenQuote).
func (r *Recognizer) namedInQuotes(text string, toks []token.Token, covered []bool, tf []uint8) []Mention {
	if r.FirstNames == nil {
		return nil
	}
	var out []Mention
	for i := 1; i+2 < len(toks); i++ {
		if i = nextMarked(tf, i, tfOpenQuote); i+2 >= len(toks) {
			break
		}
		w, q, c := &toks[i+1], &toks[i-1], &toks[i+2]
		if covered[i+1] || w.Script != token.Arabic || c.Key != "»" && c.Key != "\"" || w.Sentence != q.Sentence {
			continue
		}
		if !nameWord(q.Key) && !(i >= 2 && len(q.Key) > 2*2 && q.Key[:4] == "ال" && nameWord(toks[i-2].Key) && toks[i-2].Sentence == q.Sentence) {
			continue
		}
		if i+3 < len(toks) && toks[i+3].Script == token.Latin && toks[i+3].Sentence == c.Sentence {
			continue // جوهرة يطلق عليه اسم «جون» JUNE: a brand glossed in English
		}
		if k := w.Key; !r.isFirstName(k) || classOf(k)&cCommon != 0 || ambiguousFirst[k] || commonFirst[k] {
			continue
		}
		out = append(out, Mention{Start: w.Start, End: w.End, Text: text[w.Start:w.End], Type: gazetteer.PER, Name: text[w.Start:w.End],
			Source: SourceRule, Rule: "per.ar.name-quoted", First: i + 1, Last: i + 2})
		covered[i+1] = true
		i += 2
	}
	return out
}

// nameWord reports whether key is one of nameWords, with a search of its
// bytes before the look-up: most words before a quote have no اسم.
func nameWord(key string) bool {
	return strings.Contains(key, "اسم") && nameWords[key]
}
