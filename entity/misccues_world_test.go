package entity_test

import "testing"

// TestWorldMiscCues checks rule misc.ar.cue with the default gazetteer:
// the maker's ORG gives way to the model, a rally's place stays a LOC.
func TestWorldMiscCues(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"aircraft model", "قالت الشركة إن الطائرة من طراز بوينج 737 وتابعة لشركة أميركية.",
			[]string{"بوينج 737 MISC"}, []string{"بوينج"}},
		{"rally before a place", "سيغيب السائق عن رالي تركيا بسبب الإصابة.",
			[]string{"رالي MISC", "تركيا LOC"}, []string{"رالي تركيا"}},
		{"world cup and year", "وكانت مشاركته في نهائيات مونديال 2006 غير موفقة.",
			[]string{"مونديال 2006 MISC"}, []string{"مونديال"}},
		{"uranium enrichment", "وطالب المجلس إيران بوقف تخصيب اليورانيوم فورا.",
			[]string{"اليورانيوم MISC", "إيران LOC"}, nil},
		{"championship and a nisba", "وصل إلى الدور الثالث من البطولة الأميركية بعد فوزه.",
			[]string{"البطولة الأميركية MISC"}, []string{"الأميركية"}},
		{"nisba that does not agree", "وهو هداف البطولة القطري للموسم الثاني.",
			nil, []string{"البطولة القطري"}},
		{"country's nisba", "وقال مدير البطولة الألمانية ميشيل ستيش إن البطولة ناجحة.",
			[]string{"الألمانية LOC"}, []string{"البطولة الألمانية"}},
		{"last championship", "فاز في البطولة الماضية على منافسه.",
			nil, []string{"البطولة الماضية"}},
		{"maker without a model", "أعلنت بوينج عن أرباحها الفصلية.",
			nil, []string{"بوينج MISC"}},
	})
}
