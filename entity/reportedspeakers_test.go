package entity_test

import "testing"

// TestWorldReportedSpeakers checks the speakers found between عن and قوله
// with the default gazetteer and lexicon, and the words left alone there.
func TestWorldReportedSpeakers(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a foreign name", "ونقلت الصحيفة في عددها الصادر اليوم عن بالاك قوله إن الفرق قوية.",
			[]string{"بالاك PER per.ar.reported"}, nil},
		{"a known first name", "ونقلت وسائل الاعلام عن حمد قوله إن الحركة ستقبل.",
			[]string{"حمد PER per.ar.reported"}, nil},
		{"two names", "ونقلت الإذاعة عن صلاد حسن قوله إن الشعب يريد السلام.",
			[]string{"صلاد حسن PER"}, nil},
		{"an anonymous source", "ونقلت الوكالة عن مصدر أمني قوله إن الهجوم فشل.",
			nil, []string{"مصدر أمني", "أمني"}},
		{"an official and his nationality", "ونقلت الوكالة عن مسؤول عراقي قوله إن الوضع هادئ.",
			nil, []string{"مسؤول عراقي", "عراقي PER"}},
		{"a diplomat", "ونقلت الصحيفة عن دبلوماسي غربي قوله إن المحادثات صعبة.",
			nil, []string{"دبلوماسي غربي", "غربي"}},
		{"no source before the name", "وعلى حد قوله فإن الخطة فشلت.",
			nil, []string{"حد"}},
	})
}
