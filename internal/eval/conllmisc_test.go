package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar"
)

// TestTagANERcorpMisc checks the ANERcorp scheme on MISC entries: the
// holidays of the calendar are untagged, other MISC keep their tag.
func TestTagANERcorpMisc(t *testing.T) {
	p, err := khabar.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Ramadan is untagged", "في شهر رمضان المبارك", []string{"O", "O", "O", "O"}},
		{"Hajj is untagged", "بدأ موسم الحج", []string{"O", "O", "O"}},
		{"Eid is untagged", "بمناسبة عيد الفطر", []string{"O", "O", "O"}},
		{"a religion stays MISC", "اعتنق الإسلام", []string{"O", "B-MISC"}},
		{"a prize stays MISC", "فاز بجائزة نوبل", []string{"O", "O", "B-MISC"}},
		{"an airport's name is MISC without its head", "هبطت في مطار حيدر علييف الدولي", []string{"O", "O", "O", "B-MISC", "I-MISC", "O"}},
		{"an airport named for its city keeps the city", "هبطت في مطار بيروت", []string{"O", "O", "O", "B-LOC"}},
		{"a currency stays MISC", "بلغ 40 مليون دولار", []string{"O", "O", "O", "B-MISC"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Sentence{Tokens: strings.Fields(tt.text)}
			if diff := cmp.Diff(tt.want, Tag(p, s, SchemeANERcorp)); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
