package entity_test

import "testing"

// TestAnimalReadings checks rule per.ar.animal: الأسد is the lion, not
// Bashar al-Assad, in a text about animals or before a nisba, unless the
// text speaks of Syria or a title stands before it.
func TestAnimalReadings(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a text about animals", "الأسد حيوان ضخم من رتبة آكلات اللحوم يعيش في السافانا.",
			nil, []string{"الأسد"}},
		{"a breed with a nisba", "ومن سلالاته الأسد الهندي والأسد الحبشي.",
			nil, []string{"الأسد"}},
		{"before a nisba in a short text", "كما يتشارك الأسد الببري في صفات كثيرة.",
			nil, []string{"الأسد"}},
		{"the president with a title", "وقال الرئيس الأسد إن حيوانات المزرعة نفقت.",
			[]string{"الأسد PER"}, nil},
		{"Syria in the text", "وقال الأسد في دمشق إن الحيوانات تعاني من الجفاف.",
			[]string{"الأسد PER"}, nil},
		{"no word of animals", "وتزامن نشر تصريحات الأسد مع مواصلة الجيش عملياته.",
			[]string{"الأسد PER"}, nil},
	})
}
