package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// nextMarks are the marks of token i that orglocMarks sets from the next
// tokens, by their definition: markNisbaNext after a club word or in a
// sentence about sport before a definite nisba's shape, markQuoteOf before
// ل and «.
func nextMarks(toks []token.Token, sc *scratch, sporty map[int]bool, i int) uint8 {
	t := &toks[i]
	if t.Script != token.Arabic || len(t.Key) < 2 || i+1 >= len(toks) {
		return 0
	}
	var m uint8
	n := &toks[i+1]
	if (sc.wm[i]&markClub != 0 || sporty[t.Sentence]) && n.Sentence == t.Sentence && nisbaShape(n.Key) {
		m |= markNisbaNext
	}
	if n.Key == "ل" && i+2 < len(toks) && toks[i+2].Key == "«" {
		m |= markQuoteOf
	}
	return m
}

func TestOrglocMarksNext(t *testing.T) {
	texts := []string{
		"فاز الهلال على النصر السعودي في الدوري، وقال المدرب لـ«رويترز» إن نادي الاتحاد السكندري قوي",
		"قال لـ«الحياة» إن الوفد المصري وصل، ونادي الزمالك المصري",
		"زار الوزير الأردني الرياض ثم قال ل «",
	}
	if news, _, err := newssample.Text(1 << 18); err == nil {
		texts = append(texts, news)
	}
	seen := uint8(0)
	for _, text := range texts {
		toks := token.Tokenize(text)
		sc := new(scratch)
		sc.classify(toks)
		sporty, _ := sportySentences(toks, sc)
		marks, any := orglocMarks(toks, sc, nil, sporty)
		union := uint8(0)
		for i := range toks {
			union |= marks[i]
			got, want := marks[i]&(markNisbaNext|markQuoteOf), nextMarks(toks, sc, sporty, i)
			if got != want {
				t.Errorf("%q before %q: marks %b, want %b", toks[i].Key, toks[min(i+1, len(toks)-1)].Key, got, want)
			}
			seen |= got
		}
		if any != union {
			t.Errorf("union of marks %b, want %b", any, union)
		}
	}
	if seen != markNisbaNext|markQuoteOf {
		t.Errorf("marks seen %b, want both", seen)
	}
}
