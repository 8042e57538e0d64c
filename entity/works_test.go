package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

func TestWorks(t *testing.T) {
	tests := []struct {
		text string
		want []string // MISC mentions of rule misc.ar.work
	}{
		{`نشر محفوظ رواية «أولاد حارتنا» عام 1959`, []string{"أولاد حارتنا"}},
		{`من رواياته «اللص والكلاب» و«السمان والخريف» و"ميرامار"`, []string{"اللص والكلاب", "السمان والخريف", "ميرامار"}},
		{`كتب رواية محفوظ الأولى " عبث الأقدار " عام 1939`, []string{"عبث الأقدار"}},
		{`صدرت رواية «القاهرة الجديدة» عام 1945`, []string{"القاهرة الجديدة"}},
		{`بلغت إيرادات فيلم «حلم» ثلاثة ملايين`, []string{"حلم"}},
		{`اشترت مقاتلات من طراز «سوخوي»`, []string{"سوخوي"}},
		{`وقال الوزير «إن القاهرة ترحب بالاتفاق»`, nil},           // a quote without a cue
		{`مثل في مسلسل «قلب الدنيا»`, nil},                        // series: O in ANERcorp
		{`نشر رواية «طويلة جدا لا تنتهي أبدا في هذا العام»`, nil}, // too long for a title
		{`رواية «أولاد حارتنا`, nil},                              // no closing quote
		{`في رواية. «القاهرة» مدينة كبيرة`, nil},                  // the cue is in another sentence
		{`فيلم «»`, nil}, // an empty title
		{`يشير الكتاب إلى أن «الحرب» طويلة`, nil}, // a stopword after the cue
		{`كتب عن الكتاب بصحيفة «التلغراف»`, nil},  // an organisation's head after the cue
		{`«الكرنك» و«ميرامار»`, nil},              // a list of quotes without a cue
	}
	r := &Recognizer{}
	for _, tc := range tests {
		var got []string
		for _, m := range r.Recognize(tc.text, token.Tokenize(tc.text)) {
			if m.Rule == "misc.ar.work" {
				if m.Type != "MISC" || m.Text != tc.text[m.Start:m.End] {
					t.Errorf("works(%q): mention %+v", tc.text, m)
				}
				got = append(got, m.Text)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("works(%q) = %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("works(%q) = %q, want %q", tc.text, got, tc.want)
				break
			}
		}
	}
}
