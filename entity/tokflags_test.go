package entity

import "testing"

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
