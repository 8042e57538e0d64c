package entity_test

import "testing"

// TestCuedForeignNames checks rule per.ar.foreign (cuedForeignNames), with
// the default gazetteer and lexicon: foreign names of words the lexicon
// lacks after a title, and the common words after a title it must leave.
func TestCuedForeignNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a foreign name after a minister and his portfolio", "ونقلت الوكالة عن وزير الدفاع جوونو سودارسونو قوله إن الجيش مستعد.",
			[]string{"جوونو سودارسونو PER per.ar.foreign"}, nil},
		{"a minister and a portfolio with the article", "وأصدر الرئيس أوامره إلى وزير التموين هريديش تريباثي بعد أن ارتفعت الأسعار.",
			[]string{"هريديش تريباثي PER per.ar.foreign"}, nil},
		{"a noun after a role", "وتألق حارس مرمى منتخب البرازيل في المباراة.",
			nil, []string{"مرمى منتخب"}},
		{"a preposition after a title", "وتبرع الوزير بغرض دعم البحث العلمي.",
			nil, []string{"بغرض دعم"}},
		{"a verb and its object after a title", "وقال إن الوزير قدم عرضا طيبا في الاجتماع.",
			nil, []string{"قدم عرضا", "قدم عرضا طيبا"}},
		{"an accusative after a title", "واستقبل الرئيس وفدا رسميا في القصر.",
			nil, []string{"وفدا رسميا"}},
	})
}
