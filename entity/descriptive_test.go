package entity_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/token"
)

func TestDescriptive(t *testing.T) {
	r := worldRecognizer(t)
	gazOnly := *r
	gazOnly.GazetteerOnly = true
	tests := []struct {
		name, text, mention string
		want                bool
	}{
		{"army and nisba, from the gazetteer", "قال الجيش العراقي إنه تقدم.", "الجيش العراقي", true},
		{"parliament and nisba", "صوت البرلمان البريطاني على القرار.", "البرلمان البريطاني", true},
		{"navy and nisba", "أعلنت البحرية الأميركية ذلك.", "البحرية الأميركية", true},
		{"forces head and nisba, from the rule", "اعتقلت الشرطة الفرنسية رجلين.", "الشرطة الفرنسية", true},
		{"indefinite forces", "وصلت قوات أسترالية إلى بغداد.", "قوات أسترالية", true},
		{"two-word head", "قالت القوات المسلحة المصرية إنها قصفت مواقع.", "القوات المسلحة المصرية", true},
		{"conjunction before the head", "وصلت بريطانيا والقوات الأميركية إلى هناك.", "القوات الأميركية", true},
		{"a force with a name of its own", "تقدم الجيش الوطني الليبي نحو سرت.", "الجيش الوطني الليبي", false},
		{"a ministry is a name", "قالت وزارة الخارجية الأمريكية إن الوفد وصل.", "وزارة الخارجية الأمريكية", false},
		{"a named body without nisba", "صوت الكونغرس الأميركي على القرار.", "الكونغرس", false},
		{"the CIA", "قالت وكالة المخابرات المركزية الأمريكية إن التقرير صحيح.", "", false},
	}
	for _, rec := range []*entity.Recognizer{r, &gazOnly} {
		for _, tt := range tests {
			ms := rec.Recognize(tt.text, token.Tokenize(tt.text))
			found := false
			for _, m := range ms {
				if m.Descriptive && tt.mention == "" {
					t.Errorf("%s (gazetteer only %v): %q is descriptive", tt.name, rec.GazetteerOnly, m.Text)
				}
				if m.Text != tt.mention {
					continue
				}
				found = true
				if m.Descriptive != tt.want {
					t.Errorf("%s (gazetteer only %v): %q Descriptive = %v, want %v", tt.name, rec.GazetteerOnly, m.Text, m.Descriptive, tt.want)
				}
				if m.Nisba {
					t.Errorf("%s: %q is a nisba mention", tt.name, m.Text)
				}
			}
			if !found && tt.mention != "" && (tt.want || !rec.GazetteerOnly) {
				t.Errorf("%s (gazetteer only %v): no mention %q in %v", tt.name, rec.GazetteerOnly, tt.mention, ms)
			}
		}
	}
}
