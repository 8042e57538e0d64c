package entity_test

import "testing"

// TestPersonCues checks the person cues mined from the news sample (issue
// 3): role nouns of critics, dancers, presenters and the late (الناقد،
// الراقصة، المذيعة، الراحلة), the title الآنسة and the cue اسمه, and the
// words after them that are no names.
func TestPersonCues(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a critic", "وأوضح الناقد كاتي كوريك أن الفيلم جيد.",
			[]string{"كاتي كوريك PER"}, nil},
		{"a critic with a nationality", "وقال الناقد المصري طارق الشناوي إن الفيلم جيد.",
			[]string{"طارق الشناوي PER"}, nil},
		{"a dancer", "وقالت الراقصة سوزان إن العرض تأجل.",
			[]string{"سوزان PER"}, nil},
		{"a presenter", "واستضافت المذيعة كاتي كوريك الفنان في برنامجها.",
			[]string{"كاتي كوريك PER"}, nil},
		{"the late (feminine)", "وأهدى الكتاب إلى الراحلة كاتي كوريك.",
			[]string{"كاتي كوريك PER"}, nil},
		{"a doctor (feminine)", "وأوضحت الطبيبة جيني كوراش أن المرض نادر.",
			[]string{"جيني كوراش PER"}, nil},
		{"miss before a known name", "وقالت الآنسة ليلى إن الرحلة طويلة.",
			[]string{"ليلى PER"}, nil},
		{"his name is", "وكان في القرية رجل اسمه كليم أنصاري يبيع التمر.",
			[]string{"كليم أنصاري PER"}, nil},
		{"a critic without a name", "ويرى الناقد أن الرواية طويلة.",
			nil, []string{"أن"}},
		{"a role before an adjective and a verb", "وقالت الراقصة الشابة إنها سعيدة.",
			nil, []string{"الشابة", "إنها"}},
		{"miss before a common word", "وأرضى ذلك غرور الآنسة داخلي.",
			nil, []string{"داخلي"}},
		{"his name before a preposition", "وتغيير اسمه إلى «ولاية سيناء».",
			nil, []string{"إلى"}},
		{"no place skipped after his name", "وظهر في الفيلم مهندس اسمه برستون تاكر وزوجته.",
			nil, []string{"تاكر"}},
		{"his first name is an ordinal", "واكتفى بذكر اسمه الأول فحسب.",
			nil, []string{"الأول", "الأول فحسب"}},
	})
}
