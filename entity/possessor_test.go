package entity_test

import "testing"

// TestPossessorEnds checks that a person's name found by a rule does not
// end on the link ذو but takes the word it possesses (عز الدين ذو الفقار),
// with the default gazetteer and lexicon; a description (ذو العين
// الواحدة) stays out of the name, and the possessed word alone is no
// alias of the person.
func TestPossessorEnds(t *testing.T) {
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"after a role", "وأخرج الفيلم المخرج عز الدين ذو الفقار الذي اشتهر بأفلامه.",
			[]string{"عز الدين ذو الفقار PER"}, []string{"عز الدين ذو"}},
		{"after a title", "وقالت الفنانة مريم ذو الفقار إن الفيلم نجح.",
			[]string{"مريم ذو الفقار PER"}, []string{"مريم ذو"}},
		{"a description after the link", "ومثل في الفيلم الممثل جاك ذو العين الواحدة.",
			nil, []string{"جاك ذو العين", "جاك ذو العين الواحدة"}},
		{"the possessed word alone is no alias", "وأخرج الفيلم المخرج عز الدين ذو الفقار، ثم سافر الفقار إلى بيروت.",
			[]string{"عز الدين ذو الفقار PER"}, []string{"الفقار"}},
	})
}
