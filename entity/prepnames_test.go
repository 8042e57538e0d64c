package entity_test

import "testing"

// TestPrepositionNames checks rule per.ar.preposition-name with the
// default gazetteer and lexicon: a first name written with ل or ب and a
// family name that ends the name is a person, without the preposition;
// a common word after the preposition, a first name written whole
// (بدرية, not ب + درية) and a family name that does not end the name
// are not.
func TestPrepositionNames(t *testing.T) {
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"a nisba-shaped family name", "وقدم الشكر لأحمد الشمري على جهوده.",
			[]string{"أحمد الشمري PER per.ar.preposition-name"}, []string{"لأحمد الشمري"}},
		{"a known family name", "وأعاد نشر كتاب الأخلاق لأحمد أمين، في طبعة جديدة.",
			[]string{"أحمد أمين PER per.ar.preposition-name"}, nil},
		{"a common word after the preposition", "وقال إن لدينا خطة واضحة لبيان الموقف.",
			nil, []string{"بيان الموقف", "دينا خطة"}},
		{"a first name written whole", "وحضر الحفل خالد البريكي، بدرية أحمد، وعماد اليوسف.",
			nil, []string{"درية أحمد"}},
		{"a family name that does not end the name", "وقدم الشكر لأحمد الشمري كتابا.",
			nil, []string{"أحمد الشمري"}},
	})
}
