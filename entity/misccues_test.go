package entity

import (
	"slices"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

func TestMiscCues(t *testing.T) {
	boeing := gazetteer.Entry{ID: "org:boeing", Type: gazetteer.ORG, Name: "بوينج", Names: map[string][]string{"ar": {"بوينج"}}}
	turkey := gazetteer.Entry{ID: "loc:turkey", Type: gazetteer.LOC, Name: "تركيا", Names: map[string][]string{"ar": {"تركيا"}}}
	m, err := gazetteer.Compile([]gazetteer.Entry{boeing, turkey})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // MISC mentions of rule misc.ar.cue
	}{
		{`شارك في مونديال 2006 بألمانيا`, []string{"مونديال 2006"}},
		{`سقطت طائرة بوينج 757 في بنسلفانيا`, []string{"بوينج 757"}},
		{`ضرب الإعصار كاترينا مدينة نيو أورليانز`, []string{"كاترينا"}},
		{`الآية 255 من سورة البقرة`, []string{"البقرة"}},
		{`منعه من المشاركة في رالي تركيا`, []string{"رالي"}},
		{`بعد فوزه برالي تركيا`, []string{"رالي"}},
		{`رفضت وقف تخصيب اليورانيوم`, []string{"اليورانيوم"}},
		{`بسقوط قذيفتي هاون على السوق`, []string{"هاون"}},
		{`في افتتاح البطولة العربية .`, []string{"البطولة العربية"}},
		{`تأهل إلى الدور الثالث من البطولة الأميركية بعد فوزه`, []string{"البطولة الأميركية"}},
		{`فاز بالبطولة الوطنية`, []string{"البطولة الوطنية"}},
		{`في البطولة الماضية`, nil}, // not a nisba
		{`في البطولة القوية`, nil},  // not a nisba
		{`واستقر الدولار عند 116 ين .`, []string{"ين"}},
		{`خسائر بقيمة 30 مليار ين`, []string{"ين"}},
		{`واستقر الدولار عند 46ر116 ين`, []string{"ين"}},
		{`كان في غزوة أحد قائد الميمنة`, []string{"أحد"}},
		{`وفي غزوة الخندق ، قتل`, []string{"الخندق"}},
		{`شارك في غزوة من الغزوات`, nil}, // a common word after the cue
		{`في غزوة مظفرة`, nil},           // an adjective after the cue
		{`في غزوة حنين التي`, []string{"حنين"}},
		{`وفاز بالبطولة العربية`, []string{"البطولة العربية"}},
		{`قال ين إن`, nil},                 // not after a number
		{`مونديال ألمانيا كان ناجحا`, nil}, // no year after the cue
		{`مونديال 12 لاعبا`, nil},          // a number that is no year
		{`بوينج ترفع أسعارها`, nil},        // the maker without a model
		{`بوينج 7570`, nil},                // not a model number
		{`ضرب الإعصار المدينة بقوة`, nil},  // a storm's name has no article
		{`ضرب إعصار قوي الساحل`, nil},      // a common word after the cue
		{`الإعصار يطيح بالمنازل`, nil},     // a verb after the cue
		{`الإعصار ضرب الساحل`, nil},        // a verb after the cue
		{`ضرب الإعصار ساندي نيويورك`, []string{"ساندي"}},
		{`قرأ سورة كاملة`, nil},                // a common word after the cue
		{`شارك في رالي السيارات`, nil},         // no place after رالي
		{`ناقش تخصيب الأراضي`, nil},            // تخصيب of something else
		{`أطلقت قذيفة صاروخية`, nil},           // another weapon
		{`شارك في مونديال. 2006 عام جيد`, nil}, // the year is in another sentence
	}
	r := &Recognizer{Matcher: m}
	for _, tc := range tests {
		var got []string
		ms := r.Recognize(tc.text, token.Tokenize(tc.text))
		for _, m := range ms {
			if m.Rule == "misc.ar.cue" {
				if m.Type != gazetteer.MISC || m.Text != tc.text[m.Start:m.End] {
					t.Errorf("miscCues(%q): mention %+v", tc.text, m)
				}
				got = append(got, m.Text)
			} else if m.Entity == "org:boeing" && tc.want != nil {
				t.Errorf("miscCues(%q): the maker's mention stays: %+v", tc.text, m)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("miscCues(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
