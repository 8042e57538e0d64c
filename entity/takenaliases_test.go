package entity_test

import "testing"

// TestFreeTakenAliases checks that a first name alone after another
// person of that first name is no alias when a name follows it (يوسف
// راتب after يوسف وهبي): the first-name rule names the other person
// whole, with the default gazetteer and lexicon; the alias stays before a
// function word (even one written with a preposition, بأن) and before a
// title after the name (يوسف بك).
func TestFreeTakenAliases(t *testing.T) {
	const full = "مثل في الفيلم يوسف وهبي وعدد من النجوم. "
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"another person of the first name", full + "وشارك في العمل يوسف راتب، وغيره.",
			[]string{"يوسف راتب PER per.ar.first-name"}, []string{"يوسف"}},
		{"the alias before a function word", full + "وقال يوسف إن الفيلم ناجح.",
			[]string{"يوسف PER"}, []string{"يوسف إن"}},
		{"the alias before a preposition and a function word", full + "وقال يوسف بأن الفيلم ناجح.",
			[]string{"يوسف PER"}, []string{"يوسف بأن"}},
		{"the alias before a title after the name", full + "وقالت له: يا يوسف بك، الفيلم ناجح.",
			[]string{"يوسف PER"}, []string{"يوسف بك"}},
	})
}
