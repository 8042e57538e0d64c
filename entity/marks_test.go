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

// endingDefs returns the tests by its ending that key passes, by their
// definitions, as the lt bits of endingTests; ar tells whether it is
// Arabic.
func endingDefs(k string, ar bool) uint8 {
	var d uint8
	if ar && k[len(k)-1] == 0x87 && endsInHa(k) != 0 {
		d |= ltHa
	}
	if ar && (strings.HasSuffix(k, "س") || strings.HasSuffix(k, "ن")) && eventTail(k) {
		d |= ltEvent
	}
	if ar && len(k) >= 6*2 && !strings.HasPrefix(k, "ال") && slavicEnding(k) {
		d |= ltSlavic
	}
	if nisbaShape(k) {
		if strings.HasSuffix(k, "يه") {
			d |= ltNisbaHa
		} else {
			d |= ltNisba
		}
	}
	return d
}

// TestEndingTests checks that endingTests, the filter orglocMarks runs
// before the tests by a key's ending, lets through every key that passes
// one of them and stops most others.
func TestEndingTests(t *testing.T) {
	tests := []struct {
		key  string
		ar   bool
		want uint8 // the tests the key passes
		may  bool  // whether endingTests lets it through
	}{
		{"بطوله", true, ltHa, true}, {"شبه", true, ltHa, true}, {"القاعده", true, ltHa, true}, {"والله", true, ltHa, true},
		{"كاس", true, ltEvent, true}, {"مهرجان", true, ltEvent, true}, {"الماراثون", true, ltEvent, true},
		{"كوفالسكي", true, ltSlavic, true}, {"ميلوسيفيتش", true, ltSlavic, true},
		{"السعودي", true, ltNisba, true}, {"السعوديه", true, ltNisbaHa, true}, {"السعودي", false, ltNisba, true},
		// Stopped by the last letter, the letter before it, the length,
		// the article or the script.
		{"الرياض", true, 0, false}, {"الوزير", true, 0, false}, {"مدرسه", true, 0, false}, {"الحكومه", true, 0, false},
		{"كتاب", true, 0, false}, {"رئيس", true, 0, false}, {"اليمن", true, 0, false}, {"يوم", true, 0, false},
		{"علي", true, 0, false}, {"الحي", true, 0, false}, {"مصري", true, 0, false}, {"الكسيفيتش", true, 0, false},
		{"بطوله", false, 0, false}, {"مهرجان", false, 0, false}, {"kowalski", false, 0, false},
	}
	for _, tt := range tests {
		k := arabic.Normalize(tt.key)
		var ar uint8
		if tt.ar {
			ar = 1
		}
		if d := endingDefs(k, tt.ar); d != tt.want {
			t.Errorf("%q: passes %b, want %b", k, d, tt.want)
		}
		if got := endingTests(k, ar); (got != 0) != tt.may || got&tt.want != tt.want {
			t.Errorf("endingTests(%q, %d) = %b, want the tests %b and through=%v", k, ar, got, tt.want, tt.may)
		}
	}
	text, _, err := newssample.Text(1 << 18)
	if err != nil || text == "" {
		return
	}
	var through, all, passed int
	for _, tok := range token.Tokenize(text) {
		k := tok.Key
		if len(k) <= len("“") {
			continue
		}
		ar := tok.Script == token.Arabic
		var a uint8
		if ar {
			a = 1
		}
		got, want := endingTests(k, a), endingDefs(k, ar)
		if got&want != want {
			t.Errorf("endingTests(%q, %d) = %b, but the key passes %b", k, a, got, want)
		}
		all++
		if got != 0 {
			through++
		}
		if want != 0 {
			passed++
		}
	}
	if passed == 0 || through > all/3 {
		t.Errorf("%d keys of %d through the filter, %d pass a test: want some, and at most a third through", through, all, passed)
	}
}

// TestCoalitionMay checks the filter of coalitionForces: every key of its
// switch passes, and common keys of other lengths or endings do not.
func TestCoalitionMay(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"التحالف", true}, {"الحلف", true}, {"الوطني", true}, {"الثوري", true}, {"الجمهوري", true}, {"الملكي", true},
		{"الرئاسي", true}, {"الاميري", true},
		{"الحكومه", false}, {"الرئيس", false}, {"الدوله", false}, {"في", false}, {"", false}, {"السعوديه", false},
		{"المتحده", false}, {"ف", false}, {"الاجتماعي", false},
	}
	for _, tt := range tests {
		k := arabic.Normalize(tt.key)
		if got := coalitionMay(k); got != tt.want {
			t.Errorf("coalitionMay(%q) = %v, want %v", k, got, tt.want)
		}
		if got := coalitionFilter.may(k); got != tt.want { // (the filter of the keys' hashes: no false positive among these)
			t.Errorf("coalitionFilter.may(%q) = %v, want %v", k, got, tt.want)
		}
	}
	// A coalition after its head, through the filter.
	for _, text := range []string{"قصفت قوات التحالف", "وانتشر الحرس الوطني", "دخلت القوات الحلف"} {
		toks := token.Tokenize(text)
		covered := make([]bool, len(toks))
		if ms := coalitionForces(text, toks, covered, nil, nil); len(ms) != 1 {
			t.Errorf("%q: %d coalition mentions, want 1", text, len(ms))
		}
		// and through the filter of the keys' hashes, as classify gives them
		sc := new(scratch)
		sc.classify(toks)
		if ms := coalitionForces(text, toks, make([]bool, len(toks)), nil, sc.fh); len(ms) != 1 {
			t.Errorf("%q: %d coalition mentions by the keys' hashes, want 1", text, len(ms))
		}
	}
}
