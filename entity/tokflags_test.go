package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

func TestQuoteFlags(t *testing.T) {
	tests := []struct {
		key  string
		want uint8
	}{
		{"\"", tfOpenQuote | tfCloseQuote}, {"«", tfOpenQuote}, {"“", tfOpenQuote}, {"»", tfCloseQuote}, {"”", tfCloseQuote},
		{"", 0}, {"'", 0}, {"،", 0}, {"و", 0}, {"«»", 0}, {"رواية", 0}, {"‘", 0}, {"a", 0},
		{"a»", 0}, {"«a", 0}, {"\"a", 0}, {"a\"", 0}, {"\xe2\x81\x9c", 0}, {"\xe2\x80\x9e", 0}, {"\xc3\xab", 0}, {"\xc2", 0}, {".", 0}, {"…", 0}, {"—", 0},
	}
	for _, tt := range tests {
		got := quoteFlags(tt.key)
		if got != tt.want {
			t.Errorf("quoteFlags(%q) = %b, want %b", tt.key, got, tt.want)
		}
		if (got&tfOpenQuote != 0) != openQuote(tt.key) || (got&tfCloseQuote != 0) != closeQuote(tt.key) {
			t.Errorf("quoteFlags(%q) = %b disagrees with openQuote and closeQuote", tt.key, got)
		}
	}
}

// TestMaybeWali checks that maybeWali holds for والي as written, whose
// key it tests, and for few other words.
func TestMaybeWali(t *testing.T) {
	if k := arabic.Normalize("والي"); k != "والي" {
		t.Errorf("the key of والي is %q: maybeWali tests its own", k)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"والي", true}, {"وإلى", true}, {"والى", true},
		{"وادي", true}, // (a candidate: titleRule tests the surface)
		{"والِي", false}, {"ولاية", false}, {"تالي", false}, {"وزير", false}, {"لندن", false}, {"Kowalski", false}, {"والية", false}, {"وي", false},
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.text)
		if got := maybeWali(&toks[0]); got != tt.want {
			t.Errorf("maybeWali(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestTokenFlags(t *testing.T) {
	tests := []struct {
		text string
		want uint8 // of the first token
	}{
		{"والي ولاية", tfTitle},
		{"وإلى القاهرة", tfTitle},
		{"للدكتور ماجد", tfTitle | tfPlace},
		{"بالرئيس", tfTitle | tfPlace},
		{"الرئيس", tfTitle},
		{"وقال", tfTitle},
		{"لندن", tfPlace},
		{"ولاية", tfPlace},
		{"والى", tfTitle},
		{"تالي", 0},
		{"والٍ", 0},
		{"مدينة", tfPlace},
		{"بمدينة", tfPlace | tfTitle},
		{"القاهرة", 0},
		{"كاتشينسكي قال", tfSlavic},
		{"ميلوسيفيتش", tfSlavic},
		{"الروسكي", 0},
		{"«رواية»", tfOpenQuote | tfPunct},
		{"\"", tfOpenQuote | tfCloseQuote | tfPunct},
		{"، قال", tfPunct},
		{"2015", 0},
		{"Kowalski", tfLatin},
		{"Warsaw", tfLatin},
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.text)
		sc := new(scratch)
		sc.classify(toks)
		k := &toks[0]
		got := tokenFlags(k, sc.hm[0])
		if got != tt.want {
			t.Errorf("tokenFlags(%q) = %b, want %b", k.Key, got, tt.want)
		}
		c := sc.kc[0] | sc.sc[0]
		title := c&(cTitle|cRole|cSpeech|cCalled) != 0 || maybeWali(k) || c == 0 && mayHavePreposition(k.Key, 5*2)
		place := c&cPlaceHead != 0 || mayHavePreposition(k.Key, 0)
		if (got&tfTitle != 0) != title || (got&tfPlace != 0) != place {
			t.Errorf("tokenFlags(%q) = %b disagrees with the tests of titleRule and places", k.Key, got)
		}
	}
}

// TestOrglocMarksFlags checks the flags orglocMarks sets inline against
// tokenFlags on news text.
func TestOrglocMarksFlags(t *testing.T) {
	text, _, err := newssample.Text(1 << 18)
	if err != nil || text == "" {
		t.Skip("no news text")
	}
	text += " والي «كوفالسكي» لـ\"بالرئيس\" “ميلوسيفيتش” Warsaw's"
	toks := token.Tokenize(text)
	sc := new(scratch)
	sc.classify(toks)
	orglocMarks(toks, sc, nil, nil)
	seen, seenMore := uint8(0), uint8(0)
	for i := range toks {
		want := tokenFlags(&toks[i], sc.hm[i])
		if sc.tf[i] != want {
			t.Fatalf("token %d %q: flags %b, want %b", i, toks[i].Key, sc.tf[i], want)
		}
		seen |= want
		if want := moreTokenFlags(&toks[i]); sc.xf[i] != want {
			t.Fatalf("token %d %q: more flags %b, want %b", i, toks[i].Key, sc.xf[i], want)
		}
		seenMore |= sc.xf[i]
	}
	if seenMore != xfVerbSlot {
		t.Errorf("more flags seen %b, want every flag %b", seenMore, xfVerbSlot)
	}
	if all := uint8(tfOpenQuote | tfCloseQuote | tfSlavic | tfTitle | tfPlace | tfLatin | tfPunct); seen != all {
		t.Errorf("flags seen %b, want every flag %b", seen, all)
	}
}

func TestVerbSlot(t *testing.T) {
	for _, c := range []struct {
		key  string
		want bool
	}{
		{"ورفض", true}, {"يشرح", true}, {"ويروي", true}, {"يقول", true},
		{"رفض", false}, {"ولد", false}, {"يد", false}, {"تقول", false}, {"الرئيس", false},
		{"واشنطن", true}, {"yesterday", false}, {"", false},
	} {
		if got := verbSlot(c.key); got != c.want {
			t.Errorf("verbSlot(%q) = %v, want %v", c.key, got, c.want)
		}
	}
}
