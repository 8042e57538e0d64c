package entity_test

import "testing"

// TestCommaListed checks rule per.ar.comma-list (commaListed) with the
// default gazetteer and lexicon: the people of a list a comma separates,
// next to a person's name, and the appositions and other words after a
// comma it must leave.
func TestCommaListed(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a cast after a name, with و", "والمسلسل من بطولة أحمد السقا، وإنجي المقدم، ومجدى كامل، وياسر جلال.",
			[]string{"إنجي المقدم PER per.ar.comma-list"}, []string{"وإنجي المقدم"}},
		{"a cast between two names", "تمثيل: آل باتشينو، أنيت بانينغ، جنيفر غارنر، كريستوفر بلامر.",
			[]string{"أنيت بانينغ PER per.ar.comma-list", "جنيفر غارنر PER per.ar.comma-list"}, nil},
		{"a kinship apposition", "وقال لوي بوشرون، ابن المؤسس، إن الدار عريقة.",
			nil, []string{"ابن المؤسس"}},
		{"an office apposition", "وقال عادل الجبير، وزير الخارجية، إن المملكة ترحب.",
			nil, []string{"وزير الخارجية"}},
		{"a title of three words", "وقال المستشار سامي نوار، مدير عام الشركة، إن الأرباح زادت.",
			nil, []string{"مدير عام"}},
		{"a preposition on a common word", "وأيد الاتفاق رئيس الوزراء، بنيامين نتنياهو، بشكل كامل. وتعتبر الخطوة مهمة.",
			nil, []string{"بشكل كامل"}},
		{"a preposition on ابن", "وهو رأي فقيه حنبلي حراني، كابن تيمية، في رجل كهذا.",
			nil, []string{"كابن تيمية"}},
		{"a time between commas", "والتقى الوزير خالد العيسى، أمس الأول، وفدا من رجال الأعمال.",
			nil, []string{"أمس الأول"}},
	})
}
