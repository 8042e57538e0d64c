package entity_test

import "testing"

// TestCityNotClub checks that a city in a sentence about sport stays a
// place after في with و, a head and its nisba, a verb of hosting, or in a
// dateline, and that a city that plays stays a club.
func TestCityNotClub(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"after وفي", "وفي جوهانسبرغ أهدر المنتخب ركلة جزاء في المباراة.",
			[]string{"جوهانسبرغ LOC"}, []string{"جوهانسبرغ ORG"}},
		{"after a head and a nisba", "وصل الرئيس إلى ملعب العاصمة الألمانية برلين لمتابعة نهائي البطولة.",
			[]string{"برلين LOC"}, []string{"برلين ORG"}},
		{"after a verb of hosting", "انطلقت بطولة العالم للشبان التي احتضنتها مراكش قبل سنة.",
			[]string{"مراكش LOC"}, []string{"مراكش ORG"}},
		{"a dateline with a tatweel", "مدريد ـ رويترز: فاز الفريق في المباراة أمس.",
			[]string{"مدريد LOC"}, []string{"مدريد ORG"}},
		{"a dateline with a dash", "الدوحة - الراية: فاز الفريق في المباراة أمس.",
			[]string{"الدوحة LOC"}, []string{"الدوحة ORG"}},
		{"a city that plays", "وتعادل الشارقة مع دبي في الدوري أمس.",
			[]string{"الشارقة ORG"}, []string{"الشارقة LOC"}},
		{"a city before a dash and another club", "وتعادل الشارقة - متصدر الدوري - مع دبي في المباراة.",
			nil, []string{"الشارقة LOC"}},
	})
}

// TestListedClubs checks rule org.ar.club-country: a city before its
// country in brackets is a club in a sentence about sport or with another
// club, and a place elsewhere.
func TestListedClubs(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"the draw of a cup", "المجموعة الثالثة: ليفربول (إنجلترا) - غلطة سراي (تركيا).",
			[]string{"ليفربول ORG"}, []string{"ليفربول LOC"}},
		{"a sentence about sport", "المباراة الثانية: روما (إيطاليا) - بوردو (فرنسا).",
			[]string{"روما ORG"}, []string{"روما LOC"}},
		{"a dateline", "واشنطن (اف ب) - فاز الفريق في المباراة أمس.",
			[]string{"واشنطن LOC"}, []string{"واشنطن ORG"}},
		{"no sport", "ليون (فرنسا) - عقد المؤتمر الدولي للمناخ أمس.",
			[]string{"ليون LOC"}, []string{"ليون ORG"}},
		{"the end of a club's name", "المجموعة الأولى: فيردر بريمن (ألمانيا) - غلطة سراي (تركيا).",
			nil, []string{"بريمن ORG"}},
	})
}
