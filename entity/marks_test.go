package entity

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/arabic"
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

func TestEndsInHa(t *testing.T) {
	tests := []struct {
		key  string
		want uint8
	}{
		{"بطوله", markEvent}, {"والبطوله", markEvent}, {"شبه", markFeature}, {"القاعده", markCued}, {"بالقاعده", markCued},
		{"النصره", markCued}, {"الله", markGod}, {"لله", markGod}, {"والله", markGod}, {"قاعه", 0}, {"دوله", 0}, {"عده", 0},
		{"كله", 0}, {"شبهه", 0}, {"نصر", 0},
	}
	for _, tt := range tests {
		k := arabic.Normalize(tt.key)
		if k[len(k)-1] != 0x87 {
			if tt.want != 0 {
				t.Errorf("%q: key %q does not end in ه", tt.key, k)
			}
			continue
		}
		got := endsInHa(k)
		if got != tt.want {
			t.Errorf("endsInHa(%q) = %b, want %b", k, got, tt.want)
		}
		var def uint8 // by the definitions of the marks
		if eventTail(k) {
			def |= markEvent
		}
		if k == "شبه" {
			def |= markFeature
		}
		if cuedTail(k) {
			def |= markCued
		}
		if strings.HasSuffix(k, "لله") {
			def |= markGod
		}
		if got != def {
			t.Errorf("endsInHa(%q) = %b, the definitions say %b", k, got, def)
		}
	}
}
