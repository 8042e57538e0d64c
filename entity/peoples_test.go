package entity

import (
	"slices"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

func TestPeoples(t *testing.T) {
	tests := []struct {
		text string
		want []string // mentions of rule misc.ar.people, as text/subtype
	}{
		{`من العلماء العراقيين الشيعة الذين`, []string{"الشيعة/sect"}},
		{`وبات العراقيون سنة وشيعة يقتلون`, []string{"سنة/sect", "شيعة/sect"}},
		{`لمجرد كونهم سنة أو شيعة .`, []string{"سنة/sect", "شيعة/sect"}},
		{`الخلاف بين السنة والشيعة قديم`, []string{"السنة/sect", "الشيعة/sect"}},
		{`عند مذهب أهل السنة فإنهم`, []string{"السنة/sect"}},
		{`ووزاراتها من العرب السنة ، مرة`, []string{"السنة/sect"}},
		{`حملات على مناطق الاكراد حيث`, []string{"الاكراد/people"}},
		{`التطلعات القومية للأكراد عبر`, []string{"للأكراد/people"}}, // the article's alef elided: the whole word
		{`كان ولاؤها للفرس .`, []string{"للفرس/people"}},
		{`وكانت قريش إبانها`, []string{"قريش/people"}},
		{`شأنهم كشأن الروم والفرس`, []string{"الروم/people", "الفرس/people"}},
		{`ولا يستطيع بنو هاشم المطالبة به`, []string{"بنو هاشم/people"}},
		{`فكان أن بني أمية رفضوا مبايعته`, []string{"بني أمية/people"}},
		{`قامت قبيلة بني ورياغل بقيادة الباشا`, []string{"بني ورياغل/people"}},
		{`الرسالة لأن قريشاً أصابتهم أزمة`, []string{"قريشاً/people"}},
		{`وترى الأحزاب الشيعية أن أغلبهم من السنة ، فإن`, []string{"السنة/sect"}}, // in a sentence about sects
		{`والمسلمين هم من السنة ، فإن حزب`, nil},                                  // no word of sects
		{`توجهات طائفية بين السنة ، ولكن`, []string{"السنة/sect"}},                // in a sentence about sects
		{`قتل الشيعة خلال السنة`, []string{"الشيعة/sect"}},                        // the year after خلال
		{`والمسجد بني على قمة تل`, nil},                                           // a verb
		{`وقد بني عام 1982`, nil},               // a verb
		{`المسجد الذي بني فوق الماء`, nil},      // a verb
		{`في قرية بني زيد غرب بعقوبة`, nil},     // a village
		{`استهدفت بنى تحتية تستعمل`, nil},       // structures
		{`ويشتهر بأنه بني بأمر من الرئيس`, nil}, // a verb
		{`ذات لون بني يميل إلى السواد`, nil},    // a colour
		{`بعد مجزرة خان بني سعد`, nil},          // a town
		{`من بني البشر`, nil},                   // mankind
		{`في السنة الماضية`, nil},               // a year
		{`العرب السنة الماضية`, nil},            // a year after a cue
		{`قتل العراقيين سنة 2004`, nil},         // a year after a cue
		{`منذ 18 سنة يعرب عن أسفه`, nil},        // a year
		{`هذه السنة كانت صعبة`, nil},            // a year without cue
		{`قال الزعيم الشيعي إن`, nil},           // an adjective
		{`الأحزاب الكردية والفارسية`, nil},      // adjectives
		{`ومن الفرسان من`, nil},                 // another word
		{`استقبل العرب واليهود في القدس`, nil},  // peoples ANERcorp leaves untagged
	}
	r := &Recognizer{}
	for _, tc := range tests {
		var got []string
		ms := r.Recognize(tc.text, token.Tokenize(tc.text))
		for _, m := range ms {
			if m.Rule == "misc.ar.people" {
				if m.Type != gazetteer.MISC || m.Text != tc.text[m.Start:m.End] {
					t.Errorf("peoples(%q): mention %+v", tc.text, m)
				}
				got = append(got, m.Text+"/"+m.Subtype)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("peoples(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
