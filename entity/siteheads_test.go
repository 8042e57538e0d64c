package entity_test

import "testing"

// TestWorldSiteHeads checks that the first-name rule takes no person's
// name right after the head noun of a site, water or carrier (a street,
// a prison, a lake, a mosque, an airline), with or without a preposition,
// and that it still finds the name after other nouns (منزل، ضريح) and after
// a site's name that ends before it.
func TestWorldSiteHeads(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a street with a preposition", "وتقع المكتبة بشارع صبري أبو علم في وسط القاهرة.",
			nil, []string{"صبري أبو علم PER", "أبو علم PER", "صبري أبو PER"}},
		{"a street", "وتجدهم في مقاهي شارع أبي نواس كل مساء.",
			nil, []string{"أبي نواس PER"}},
		{"a prison", "وقضى سبع سنوات في سجن بيل مارش قرب لندن.",
			nil, []string{"بيل مارش PER"}},
		{"a lake with a preposition", "وتعيش الأسماك في بحيرات شرق أفريقيا كبحيرة فيكتوريا تنجانيقا منذ زمن.",
			nil, []string{"فيكتوريا تنجانيقا PER"}},
		{"a mosque", "والتقينا إمام مسجد تشن داي في الصباح.",
			nil, []string{"تشن داي PER"}},
		{"a river", "ويمتد الحد حتى نهر ريو غراندي في الجنوب.",
			nil, []string{"ريو غراندي PER"}},
		{"a house is no site", "وسقط صاروخ على منزل منصور أبو حميد في المخيم.",
			[]string{"منصور أبو حميد PER"}, nil},
		{"a name after the site's name", "وقال في شارع الهرم محمد محمود إن المكتبة مغلقة.",
			[]string{"محمد محمود PER"}, nil},
		{"a name without a site", "وقال صبري أبو علم إن المكتبة مغلقة.",
			[]string{"صبري أبو علم PER"}, nil},
	})
}
