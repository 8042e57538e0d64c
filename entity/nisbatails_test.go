package entity_test

import "testing"

// TestNisbaTails checks rule per.* growing an Arab name of two words or
// more by the family name with a nisba's shape that no list holds, before
// any word (nisbaTails), with the default gazetteer and lexicon.
func TestNisbaTails(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a nisba family name before a noun", "وأرسل الوفد إلى سلطانها أبي زكريا الحفصي بيعته وبيعة أهل المدينة.",
			[]string{"أبي زكريا الحفصي PER"}, []string{"أبي زكريا"}},
		{"a nisba family name after a name chain", "ويعين محمد بن سليمان العجاجي رئيسا للهيئة.",
			[]string{"محمد بن سليمان العجاجي PER"}, nil},
		{"an adjective of an office after a name", "وقال محمد عبد الله التنفيذي للشركة إن الأرباح زادت.",
			nil, []string{"محمد عبد الله التنفيذي"}},
	})
}
