package entity_test

import "testing"

// TestFirstHeads checks rule per.* growing a person's name to the left by
// the first name the lexicon lacks after a nationality or a title
// (firstHeads), with the default gazetteer and lexicon.
func TestFirstHeads(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"an unknown first name after a nationality", "وعادت المرتبة الأولى للكيني كومان ويلي رونو والمرتبة الثانية لزميله.",
			[]string{"كومان ويلي رونو PER"}, []string{"ويلي رونو"}},
		{"a known first name after a title", "وحضر اللقاء وسعادة عيسى حمد بوشهاب سفير الدولة لدى المغرب.",
			[]string{"عيسى حمد بوشهاب PER"}, nil},
		{"a Slavic name after a nationality", "وتغلب الكرواتي مارين سيليتش على منافسه في الدور الثاني.",
			[]string{"مارين سيليتش PER"}, nil},
		{"a verb after a nationality", "وأكد أن الجانب الفرنسي يدعم جون كيري في مسعاه.",
			nil, []string{"يدعم جون كيري"}},
		{"a word with the article after a title", "وأشاد الرئيس الجديد جون كيري بالاتفاق.",
			nil, []string{"الجديد جون كيري"}},
		{"a plural after a title", "وحضر الوزير مندوبين محمد العلي الاجتماع.",
			nil, []string{"مندوبين محمد العلي"}},
		{"a surname the gazetteer knows after a title and a noun", "وزار بنيامين نتنياهو المدينة أمس. وكرمت الشركة قائد طيار نتنياهو مع الطاقم.",
			nil, []string{"طيار نتنياهو"}},
		{"no cue before the word", "وقال مصدر مقرب ريان محمد إن الفريق مستعد.",
			nil, []string{"مقرب ريان محمد"}},
	})
}
