package entity_test

import "testing"

// TestFamilyNames checks rule per.ar.family (familyNames), with the
// default gazetteer and lexicon: the names of families, clans and
// dynasties after their head, and the words after a head that name none.
func TestFamilyNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a dynasty", "وحكمت أسرة مينغ الصين قرونا.",
			[]string{"مينغ PER per.ar.family"}, nil},
		{"a clan", "وتسعى عشيرة دينغ إلى استعادة تاريخها.",
			[]string{"دينغ PER per.ar.family"}, nil},
		{"a head with a conjunction", "وقال المؤرخ إن أسرة هان وأسرة تانغ حكمتا الصين.",
			[]string{"تانغ PER per.ar.family"}, nil},
		{"two dynasties", "وازدهرت المدينة في عهد أسرتي مينغ وتشنغ.",
			[]string{"مينغ PER per.ar.family", "تشنغ PER per.ar.family"}, nil},
		{"an adjective after the head", "تعيش أسرة سعيدة في القرية.",
			nil, []string{"سعيدة"}},
		{"a feminine adjective after the head", "ونشأ في أسرة كبيرة ومحافظة.",
			nil, []string{"كبيرة"}},
		{"a verb after the head", "وقالت أسرة تنتمي إلى القبيلة إنها فقدت ابنها.",
			nil, []string{"تنتمي"}},
		{"a preposition after the head", "ويعيش كأي أسرة كأي أسرة أخرى.",
			nil, []string{"كأي"}},
		{"a word with the article after the head", "وطالبت أسرة العقيد بالإفراج عنه.",
			nil, []string{"العقيد"}},
	})
}
