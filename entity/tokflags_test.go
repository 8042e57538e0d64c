package entity

import (
	"testing"

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

func TestTokenFlags(t *testing.T) {
	tests := []struct {
		text string
		want uint8 // of the first token
	}{
		{"والي ولاية", tfLen8},
		{"وإلى القاهرة", tfLen8},
		{"للدكتور ماجد", tfPrep10},
		{"بالرئيس", tfPrep10},
		{"لندن", tfLen8}, {"القاهرة", 0},
		{"كاتشينسكي قال", tfSlavic},
		{"ميلوسيفيتش", tfSlavic},
		{"الروسكي", 0},
		{"«رواية»", tfOpenQuote},
		{"\"", tfOpenQuote | tfCloseQuote},
		{"Kowalski", tfLen8}, {"Warsaw", 0},
		{"الرئيس", 0},
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.text)
		got := tokenFlags(&toks[0])
		if got != tt.want {
			t.Errorf("tokenFlags(%q) = %b, want %b", toks[0].Key, got, tt.want)
		}
		k := &toks[0]
		if (got&tfLen8 != 0) != (k.End-k.Start == len("والي")) || (got&tfPrep10 != 0) != mayHavePreposition(k.Key, 5*2) {
			t.Errorf("tokenFlags(%q) = %b disagrees with the tests of titleRule", k.Key, got)
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
	seen := uint8(0)
	for i := range toks {
		want := tokenFlags(&toks[i])
		if sc.tf[i] != want {
			t.Fatalf("token %d %q: flags %b, want %b", i, toks[i].Key, sc.tf[i], want)
		}
		seen |= want
	}
	if all := uint8(tfOpenQuote | tfCloseQuote | tfLen8 | tfPrep10 | tfSlavic); seen != all {
		t.Errorf("flags seen %b, want every flag %b", seen, all)
	}
}
