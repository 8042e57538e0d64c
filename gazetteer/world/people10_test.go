package world_test

import "testing"

// TestPeople10 runs the recogniser with the default gazetteer on sentences
// written for the test (not taken from any corpus) that name the people
// added to sources/people-2015.jsonl in session 7: an Egyptian actor, a
// Mexican drug lord by the family name the news sample writes alone
// (جوسمان), and a Russian investor. Negative cases keep the common word and
// the other bearers of a shared family name what they are.
func TestPeople10(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"an actor by his full name", "وقام أحمد السقا ببطولة الفيلم الجديد.",
			[]string{"أحمد السقا PER per:ahmed-el-sakka"}, nil},
		{"the water carrier is no actor", "وكان السقا ينقل الماء إلى البيوت كل صباح.",
			nil, []string{"السقا PER"}},
		{"a drug lord by his family name alone", "وفر جوسمان من السجن عبر نفق طويل.",
			[]string{"جوسمان PER per:joaquin-guzman"}, nil},
		{"a drug lord by his full name", "وأعادت السلطات خواكين غوزمان إلى السجن.",
			[]string{"خواكين غوزمان PER per:joaquin-guzman"}, nil},
		{"an investor by his full name", "وموّل يوري ميلنر مشروعا للبحث عن حياة في الفضاء.",
			[]string{"يوري ميلنر PER per:yuri-milner"}, nil},
		{"another Milner stays himself", "وقال جيمس ميلنر إن الفريق جاهز للمباراة.",
			[]string{"جيمس ميلنر PER "}, nil},
	})
}
