package entity

import (
	"strings"
	"testing"
)

func TestTrimInvisible(t *testing.T) {
	tests := []struct {
		text, mention, want string
	}{
		{"زار France\u202a أمس", "France\u202a", "France"},
		{"زار \u200fباريس\u200f أمس", "\u200fباريس\u200f", "باريس"},
		{"زار \ufeffلندن أمس", "\ufeffلندن", "لندن"},
		{"زار \u2066\u200bروما\u2069 أمس", "\u2066\u200bروما\u2069", "روما"},
		{"زار باريس أمس", "باريس", "باريس"},
		{"زار «باريس» أمس", "«باريس»", "«باريس»"},
		{"a\u2014b", "a\u2014b", "a\u2014b"}, // a dash: three bytes from E2, not invisible
		{"x\u00e9", "\u00e9", "\u00e9"},
		{"\u202a\u202c", "\u202a\u202c", "\u202a\u202c"}, // nothing left: kept as it is
		{"ب", "ب", "ب"},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.mention)
		ms := []Mention{{Start: start, End: start + len(tt.mention), Text: tt.mention, Name: tt.mention}}
		trimInvisible(tt.text, ms)
		if ms[0].Text != tt.want || ms[0].Name != tt.want || tt.text[ms[0].Start:ms[0].End] != tt.want {
			t.Errorf("trimInvisible(%q) = %q (name %q), want %q", tt.mention, ms[0].Text, ms[0].Name, tt.want)
		}
	}
}
