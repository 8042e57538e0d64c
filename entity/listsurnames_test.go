package entity_test

import "testing"

// TestListedSurnames checks rule per.ar.listed-surname with the default
// gazetteer and lexicon: a family name alone joined by و to a person is a
// person, with و outside it; a title, a plural, a nationality, and a word
// that does not end the member are no members.
func TestListedSurnames(t *testing.T) {
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"a nisba-shaped family name after a player", "وشارك في المباراة ياسر القحطاني، والشمراني، ثم خرج.",
			[]string{"الشمراني PER per.ar.listed-surname"}, []string{"والشمراني"}},
		{"a family name after a commander's surname", "وقتل في الغارة كل من بلمختار والأنصاري، كما قالت المصادر.",
			[]string{"الأنصاري PER per.ar.listed-surname"}, nil},
		{"a title is no member", "والتقى الأمير محمد بن سلمان والسفير الأميركي أمس.",
			nil, []string{"السفير"}},
		{"a plural is no member", "وحضر محمد عبده والشعراء الحفل.",
			nil, []string{"الشعراء"}},
		{"a nationality is no member", "وأشهرهم مختار بلمختار، والمالي، أحمد الأنصاري.",
			nil, []string{"المالي"}},
		{"a word that does not end the member", "وحضر كيري والإعلامي البارز المؤتمر.",
			nil, []string{"الإعلامي"}},
	})
}
