package entity_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// TestCountryAdjectives checks that السعودية after a definite word is
// read as the nisba, and as the country elsewhere.
func TestCountryAdjectives(t *testing.T) {
	r := worldRecognizer(t)
	tests := []struct {
		name, text string
		nisba      bool // the mention of السعودية is a nisba
	}{
		{"after a definite noun", "وأوضح المصدر أن الطائرة السعودية تحركت أمس من جدة.", true},
		{"after a construct's genitive", "زار رئيس هيئة الأركان السعودية الجنود المصابين.", true},
		{"after a definite plural", "تتنافس الجامعات السعودية على المراتب الأولى.", true},
		{"after a preposition", "وصل الوفد إلى السعودية أمس.", false},
		{"with a conjunction", "وقعت الإمارات والسعودية اتفاقا.", false},
		{"the kingdom's name without its head", "تعد العربية السعودية أكبر منتج للنفط.", false},
		{"after an indefinite noun", "قال مسؤول إن وفد السعودية وصل.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			found := false
			for _, m := range r.Recognize(tt.text, token.Tokenize(tt.text)) {
				if m.Type != gazetteer.LOC || m.Entity != "loc:saudi-arabia" {
					continue
				}
				found = true
				if m.Nisba != tt.nisba {
					t.Errorf("Recognize(%q): %q Nisba = %v, want %v", tt.text, m.Text, m.Nisba, tt.nisba)
				}
			}
			if !found {
				t.Errorf("Recognize(%q): no mention of Saudi Arabia", tt.text)
			}
		})
	}
}
