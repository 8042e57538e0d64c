package entity_test

import "testing"

// TestCuedClubs checks rule org.ar.club-cue: a word after a word of the
// game and before a score or a country's nisba is a club in a sentence
// about sport, and the next one after و; not a common word, a player's
// first name, a set of tennis or a sentence without sport.
func TestCuedClubs(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"before a score", "كما فاز بورتسموث على بلاكبيرن 3 / صفر في الدوري.",
			[]string{"بلاكبيرن ORG"}, nil},
		{"a guest before a score", "وفاز فيها الفريق على ضيفه فولهام 1 / 5 في المباراة.",
			[]string{"فولهام ORG"}, nil},
		{"ta marbuta before a score", "وتغلب على ميدلسبره 2 / 3 في المباراة.",
			[]string{"ميدلسبره ORG"}, nil},
		{"with the article before a score", "وفاز الفريق أمس على النصر 4 / صفر في الدوري.",
			[]string{"النصر ORG"}, nil},
		{"before a country's nisba", "ولقي خسارتين قاسيتين أمام بتروليوم الروماني في المباراة.",
			[]string{"بتروليوم ORG"}, []string{"بتروليوم PER"}},
		{"a draw with a club", "فتعادل الفريق مع بيهورا الروماني في المباراة.",
			[]string{"بيهورا ORG"}, nil},
		{"after فريق before a nisba", "فشلت مفاوضات النادي في استقطاب محترف فريق جرونجن الهولندي.",
			[]string{"جرونجن ORG"}, nil},
		{"a counterpart", "وبحث المدرب في المباراة مع نظيره الروسي خطة اللقاء.",
			nil, []string{"نظيره ORG"}},
		{"the next club after و", "فاز الفريق على فالنسيا الإسباني وفنربغشة التركي في الدوري.",
			[]string{"فنربغشة ORG"}, nil},
		{"the next club after و with its mark", "فاز الفريق على فالنسيا الإسباني وَفنربغشة التركي في الدوري.",
			[]string{"فنربغشة ORG"}, nil},
		{"with the article before a nisba", "تعادل الفريق في المباراة أمام المنتخب الإيطالي.",
			nil, []string{"المنتخب ORG"}},
		{"a noun with a pronoun", "وتغلب اللاعب على منافسه التركي في المباراة.",
			nil, []string{"منافسه ORG"}},
		{"a set of tennis", "وتغلب اللاعب على كزافييه 6 - 3 في المباراة.",
			nil, []string{"كزافييه ORG"}},
		{"no sport", "وصادق المجلس على بلاكبيرن 3 / صفر من الأصوات.",
			nil, []string{"بلاكبيرن ORG"}},
		{"no cue", "وحضر بلاكبيرن 3 / صفر في المباراة.",
			nil, []string{"بلاكبيرن ORG"}},
		{"a first name after فريق and a nisba", "وقال المحترف في فريق ميلان الإيطالي إن المباراة صعبة.",
			[]string{"ميلان ORG"}, []string{"ميلان PER"}},
		{"an ending of adjectives after نادي and a nisba", "وانتقل اللاعب إلى نادي تشارلتون الإسباني في الدوري.",
			[]string{"تشارلتون ORG"}, nil},
		{"an adjective before an indefinite nisba", "وطور فريق علمي ياباني روبوتا في الدوري.",
			nil, []string{"علمي ORG"}},
		{"an adjective after a preposition cue", "وفاز على المنتخب الإيطالي في الدوري.",
			nil, []string{"المنتخب ORG"}},
	})
}
