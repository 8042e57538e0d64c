package entity_test

import "testing"

// TestClubPairs checks rule org.ar.club-pair: a word with the article
// next to a known club with و names a club in a sentence about sport; not
// a word of the game or a team that is no club, not the first word of a
// phrase, not a bare word, and not outside sport.
func TestClubPairs(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"before a known club", "يتطلع الأهلي والزمالك إلى تقديم مباراة قوية اليوم.",
			[]string{"الأهلي ORG", "الزمالك ORG"}, nil},
		{"after a known club", "وتدرس إدارة النادي عرضين من الزمالك والفتح لكسب خدمات اللاعب.",
			[]string{"الفتح ORG", "الزمالك ORG"}, []string{"والفتح ORG"}},
		{"the national team", "وقال اللاعب إن المنتخب والزمالك يستعدان للمباراة.",
			[]string{"الزمالك ORG"}, []string{"المنتخب ORG"}},
		{"a phrase", "ويحتل الزمالك والدوري المصري مكانة في قلوب الجماهير بعد المباراة.",
			[]string{"الزمالك ORG"}, []string{"الدوري ORG", "الدوري المصري ORG"}},
		{"a bare word", "ووقع اللاعب عقده مع الزمالك وشريكته في المباراة.",
			[]string{"الزمالك ORG"}, []string{"شريكته ORG", "وشريكته ORG"}},
		{"no sport", "وقرأ الطالب الكتاب والقصيدة أمس.", nil, []string{"الكتاب ORG", "القصيدة ORG"}},
	})
}
