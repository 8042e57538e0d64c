package entity_test

import "testing"

// TestWorldScorers checks the players found before the minutes of their
// goals with the default gazetteer and lexicon, and what is left alone.
func TestWorldScorers(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a scorer and his minute", "وفاز المنتخب بهدف سجله مروان الشماخ ( 53 ) في المباراة.",
			[]string{"مروان الشماخ PER"}, nil},
		{"the second scorer with و and two minutes", "وسجل للفريق في المباراة ستيفن جيرارد ( 13 ) وجيرماين ديفو ( 38 و47 ).",
			[]string{"جيرماين ديفو PER per.ar.scorer"}, []string{"وجيرماين ديفو"}},
		{"no match in the sentence", "وشارك مروان الشماخ ( 53 ) في الندوة الثقافية.",
			nil, []string{"مروان الشماخ PER per.ar.scorer"}},
		{"a year is no minute", "وفاز المنتخب في المباراة التي حضرها مروان الشماخ ( 2006 ) أمس.",
			nil, []string{"مروان الشماخ PER per.ar.scorer"}},
	})
}
