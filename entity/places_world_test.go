package entity_test

import "testing"

// TestWorldArabPlaces runs the recogniser with the default gazetteer on
// places of Arab news that city-fixes.tsv and places-extra.jsonl give or
// take away: each case names mentions that must be found (text and type)
// and texts that must be no mention (a head inside a name, a common word).
func TestWorldArabPlaces(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"district of Baghdad", "تلاحظ ان منطقة الكرادة (في العاصمة العراقية بغداد) تعيش في كل مستوى.",
			[]string{"الكرادة LOC", "بغداد LOC"}, []string{"منطقة الكرادة"}},
		{"governorate without its head", "قصفت الميليشيات مواقع في محافظة تعز أمس.",
			[]string{"تعز LOC"}, []string{"محافظة تعز"}},
		{"region without its head", "وصل الوفد إلى منطقة حائل صباح اليوم.",
			[]string{"حائل LOC"}, []string{"منطقة حائل"}},
		{"districts of London", "ويركز المشترون على المناطق المحيطة بهايد بارك مثل نايتسبردج وبايزووتر.",
			[]string{"نايتسبردج LOC", "بايزووتر LOC"}, nil},
		{"towns of Lahij", "وهو مفترق طرق يربط بين مدن ردفان والضالع وتعز.",
			[]string{"ردفان LOC", "الضالع LOC", "تعز LOC"}, nil},
		{"Saudi towns", "وشهدت بلدة القديح في القطيف والدالوة في الأحساء هجمات.",
			[]string{"القديح LOC", "القطيف LOC", "الدالوة LOC", "الأحساء LOC"}, nil},
		{"a scene is no city", "وفي الفيلم مشهد لن أنساه ما حييت.",
			nil, []string{"مشهد"}},
		{"peaceful is no town", "وشارك في المظاهرات السلمية في حلب قبل أن ينتقل.",
			[]string{"حلب LOC"}, []string{"السلمية"}},
		{"the flat is no town", "وأخرج من الشقة وكأني سأصعد إلى السطح.",
			nil, []string{"الشقة"}},
		{"the news is no city", "ونشرت صحيفة «واشنطن بوست» الخبر تحت عنوان طويل.",
			nil, []string{"الخبر"}},
		{"and Jeddah is not Oujda", "أطلقت الشركة رحلة إضافية بين دبي وجدة.",
			[]string{"دبي LOC", "جدة LOC"}, []string{"وجدة"}},
	})
}
