package entity_test

import "testing"

// TestFacilityEnds checks the ends of facilities' names with the default
// gazetteer: a crossing's or an air base's nisba, a venue head before a
// site, a pointing adjective left out.
func TestFacilityEnds(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"an air base's nisba", "هبطت الطائرات في قاعدة أيستر الجوية جنوب فرنسا.",
			[]string{"قاعدة أيستر الجوية LOC"}, []string{"قاعدة أيستر"}},
		{"a land crossing's nisba", "عبر الحجاج منفذ الوديعة البري أمس.",
			[]string{"منفذ الوديعة البري LOC"}, []string{"منفذ الوديعة"}},
		{"an airport's nisba", "وصل الوفد إلى مطار هيثرو الدولي صباحا.",
			[]string{"مطار هيثرو الدولي LOC"}, []string{"مطار هيثرو"}},
		{"a city after an airport stays a city", "وصل الوفد إلى مطار عدن الدولي صباحا.",
			[]string{"عدن LOC"}, []string{"مطار عدن الدولي", "عدن الدولي"}},
		{"no nisba of a site after a hotel", "نزل الوفد في فندق ريتز البحري أمس.",
			nil, []string{"فندق ريتز البحري"}},
		{"a venue before a tower's name", "يلتقيان اليوم على استاد برج العرب بالإسكندرية.",
			[]string{"استاد برج العرب LOC"}, []string{"برج العرب"}},
		{"a pointing adjective stays out", "أقاموا في فندق نوفوتيل القريب من المطار.",
			[]string{"فندق نوفوتيل LOC"}, []string{"فندق نوفوتيل القريب"}},
		{"a head and a title name nothing", "أراد أن يجر المياه إلى قصر الأمير المذكور في الجبل.",
			nil, []string{"قصر الأمير المذكور", "قصر الأمير"}},
	})
}
