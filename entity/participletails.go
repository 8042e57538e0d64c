package entity

import (
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/token"
)

// participleEnd reports whether toks[k-1], the last word of a name a
// person rule built, is an active participle with the article that
// governs the word after it (كرم جابر الفائز بذهبية): the shape الفاعل
// (four letters after the article, a long a second) before a word with the
// preposition ب. Such a word describes the person and ends no name; a
// family name of that shape before other words stays (عمر الجاسر أن، خالد
// الراشد في). Not before إلى: that would also take العاطي off عبد العاطي
// (بيان عبد العاطي إلى).
func participleEnd(toks []token.Token, k int) bool {
	if k < 2 || k >= len(toks) || toks[k].Sentence != toks[k-1].Sentence {
		return false
	}
	w, ok := strings.CutPrefix(toks[k-1].Key, "ال")
	if !ok {
		return false
	}
	r := []rune(w)
	if len(r) != 4 || r[1] != 'ا' || r[3] == 'ه' { // (keys are normalised: ة is ه)
		return false
	}
	for _, rd := range toks[k].Readings {
		if strings.TrimLeft(rd.Prefix, "وف") == "ب" && len([]rune(rd.Stem)) >= 3 && !arabic.IsStopword(rd.Stem) {
			return true // الفائز بذهبية (not بأن)
		}
	}
	return false
}
