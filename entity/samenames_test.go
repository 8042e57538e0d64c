package entity_test

import "testing"

// TestSameNames checks sameNames with the default gazetteer and lexicon: a
// person a rule named in full is the same name at the other occurrences,
// whole (per.ar.same-name) or by the surname alone (an alias), and the
// words it must leave alone.
func TestSameNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a repeat grows into the full name", "وقال وليد القليب إن الحوار مستمر. وأضاف المتحدث أن وليد القليب سيحاكم في بلاده.",
			[]string{"وليد القليب PER per.ar.same-name"}, []string{"وليد"}},
		{"a repeat after two clitics", "أكد وليد القليب أن الحوار مستمر. وأضاف المتحدث أن ولوليد القليب حقا في الدفاع.",
			[]string{"وليد القليب PER per.ar.same-name"}, []string{"وليد"}},
		{"a repeat takes the nisba as its surname", "وأكد فيصل السويدي، نائب رئيس الاتحاد، أن البطولة ناجحة. وقال الاتحاد إن فيصل السويدي سيزور الرياض.",
			[]string{"فيصل السويدي PER per.ar.same-name"}, []string{"فيصل", "السويدي LOC"}},
		{"the surname after a speaker's full name", "تقول كريستين لانجر من جامعة هامبورغ إن الأطفال يتعلمون بسرعة. وتقول لانجر: «الأمر بسيط».",
			[]string{"لانجر PER"}, nil},
		{"the surname in the article's next paragraph", "تقول كريستين لانجر من جامعة هامبورغ إن الأطفال يتعلمون بسرعة.\n\n وتقول لانجر: «الأمر بسيط».",
			[]string{"لانجر PER"}, nil},
		{"the surname in the next article", "تقول كريستين لانجر من جامعة هامبورغ إن الأطفال يتعلمون بسرعة.\n\nأخبار الرياضة اليوم\n وتقول لانجر: «الأمر بسيط».",
			nil, []string{"لانجر"}},
		{"a family name in the headline", "المدرب يستغني عن الحمد\nقرر مدرب الفريق الاستغناء عن اللاعب سلطان الحمد بعد نهاية الموسم.",
			[]string{"الحمد PER"}, nil},
		{"another person of the family", "وكذلك عائلة كيندي من الرئيس جون كيندي إلى روبرت كيندي. ويشير التاريخ إلى ذلك.",
			[]string{"جون كيندي PER"}, []string{"كيندي"}},
		{"a noun in the headline before the full name", "وتجدد مشهد الزهور في الحديقة\nوقال الفنان سامي مشهد إن المعرض ناجح.",
			[]string{"سامي مشهد PER"}, []string{"مشهد"}},
		{"a noun in the body before the full name", "تجدد مشهد الزهور في الحديقة. وقال الفنان سامي مشهد إن المعرض ناجح.",
			[]string{"سامي مشهد PER"}, []string{"مشهد"}},
	})
}
