package entity_test

import "testing"

// TestClauseTails checks rule per.* growing a one-word first name by the
// family name no list holds before a conjunction (clauseTails), with the
// default gazetteer and lexicon.
func TestClauseTails(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a family name with the article before و", "وشارك في الندوة الكاتب سمير القباج وعدد من النقاد.",
			[]string{"سمير القباج PER"}, []string{"سمير"}},
		{"a family name before ف", "وكان اللاعب مروان الشماخ فبرغم إصابته شارك في المباراة.",
			[]string{"مروان الشماخ PER"}, nil},
		{"a family name before a list's next word", "الفيلم من تأليف محمد شكرون وإخراج خيري بشارة.",
			[]string{"محمد شكرون PER"}, nil},
		{"a verb before و", "وقال المدرب سمير يتابع وينتظر نتائج الفحوص.",
			nil, []string{"سمير يتابع"}},
		{"a plural before و", "وقال المدرب سمير لاعبين وإداريين من الفريق غابوا.",
			nil, []string{"محمد لاعبين"}},
		{"a word with a pronoun before و", "وقال الكاتب سمير روايته وقصصه كثيرة.",
			nil, []string{"سمير روايته"}},
		{"a short word before و", "وقال المدرب سمير هنا وهناك كلاما.",
			nil, []string{"سمير هنا"}},
	})
}
