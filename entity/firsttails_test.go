package entity_test

import "testing"

// TestFirstNameTails checks rule per.* growing a name that a rule found by
// a family name no list holds (firstNameTails), with the default gazetteer
// and lexicon.
func TestFirstNameTails(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"an unknown family name before a function word", "وقال الخبير الاقتصادي سيد ليلاز إن العقوبات لن تؤثر.",
			[]string{"سيد ليلاز PER"}, nil},
		{"a family name with the article before punctuation", "وحضر رجل الأعمال المصري دودي الفايد ، في باريس.",
			[]string{"دودي الفايد PER"}, nil},
		{"a foreign family name that reads as ب and a word", "وغاب عن السباق سوردو ومواطنه كزافييه بونز دون سبب.",
			[]string{"كزافييه بونز PER"}, nil},
		{"a family name with the article after two names", "وقال المهندس سامي سالم الهزاع ، إن المشروع تأخر.",
			[]string{"سامي سالم الهزاع PER"}, nil},
		{"a verbal noun after two names", "وسجل المهاجم فيليبو إينزاغي التعادل بعد تسع دقائق.",
			nil, []string{"فيليبو إينزاغي التعادل"}},
		{"a participle before a preposition after two names", "وكرم المهرجان الأديب الألماني غونتر غراس الحائز على جائزة نوبل.",
			nil, []string{"غونتر غراس الحائز"}},
		{"a participle after two names", "ولعب مدافع الكونغو كريستوفر سامبا المحترف في ألمانيا.",
			nil, []string{"كريستوفر سامبا المحترف"}},
		{"an apposition after two names", "وقال أليكس نيوول العضو في اللجنة إن القرار صائب.",
			nil, []string{"أليكس نيوول العضو"}},
		{"a verb after a first name", "ونرى جولي ابنة إيفانا تعود إلى إسرائيل مع زوجها.",
			nil, []string{"إيفانا تعود"}},
		{"a verb in the future after a first name", "وقال متحدث باسم الشركة \"السيد ميرفي سيمثل جميع الأسرى\".",
			nil, []string{"ميرفي سيمثل"}},
		{"a verbal noun after a first name", "ظهر مؤخرا شيخ درزي يدعى وحيد تمرد على النظام.",
			nil, []string{"وحيد تمرد"}},
		{"an adverb after a name", "وقال المشير حفتر مثلا إن الجيش مستعد.",
			nil, []string{"حفتر مثلا"}},
		{"a plural with the article after a word with the article", "وأكد رئيس هيئة اركان الجيوش في اجتماع أمس.",
			nil, []string{"اركان الجيوش"}},
		{"an unknown word before an article word", "وانتقد الرئيس نجاد مساعي الولايات المتحدة.",
			nil, []string{"نجاد مساعي"}},
		{"a number after a name", "وألفها الموسيقار موتسارت عام1781 , قبل وفاته.",
			nil, []string{"موتسارت عام1781"}},
	})
}
