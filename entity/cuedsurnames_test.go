package entity_test

import "testing"

// TestCuedSurnames checks rule per.ar.cued-surname: one foreign family
// name the lexicon lacks after a reporting verb or a title or role with
// the article, and the plurals, nouns and phrases it must leave alone.
func TestCuedSurnames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"after a title, before an accusative", "ولا يرى المستشار رانتيز سببا في ذلك.",
			[]string{"رانتيز PER per.ar.cued-surname"}, nil},
		{"after a reporting verb, before a relative", "وقال غوينغوينغ الذي جاء إلى دكار إن الوضع هادئ.",
			[]string{"غوينغوينغ PER per.ar.cued-surname"}, nil},
		{"after a reporting verb, before the one spoken to", "بحسب ما أكد غولييلموني للصحيفة الأسبوع الماضي.",
			nil, []string{"غولييلموني"}},
		{"after a reporting verb, before an adverb", "وقال مونتيزيمولو بصراحة إن الشركة لن تبيع.",
			[]string{"مونتيزيمولو PER per.ar.cued-surname"}, nil},
		{"a double-barrelled name", "ويرى دوجلاس - فيرهيرست أن كارول كان عاطفيا.",
			nil, []string{"دوجلاس"}},
		{"a plural فعلاء before إن", "وقال علماء إن المشروع ناجح.",
			nil, []string{"علماء"}},
		{"a plural مفاعيل before أن", "وذكرت تقارير أن الاتحاد قرر ذلك.",
			nil, []string{"تقارير"}},
		{"a plural فعائل", "وكتب قصائد كثيرة عن القوقاز.",
			nil, []string{"قصائد"}},
		{"a noun in a phrase with the article", "ويقول خبراء الأمم المتحدة إن الوضع خطير.",
			nil, []string{"خبراء"}},
		{"a title without the article heads a phrase", "وقال إنه مستشار عقاري: الانطباع العام جيد.",
			nil, []string{"عقاري"}},
		{"a word with one long vowel", "ولكن عندما أعلنت قراري هذا إلى زميلاتي.",
			nil, []string{"قراري"}},
	})
}
