package entity_test

import "testing"

// TestDynastyNames checks rule per.ar.family reading a currency after the
// head of a family as the family's name (dynastyNames), with the default
// gazetteer and lexicon.
func TestDynastyNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a currency after a family's head", "ظل الخط جزءا من الفن منذ انهيار أسرة يوان في الصين.",
			[]string{"يوان PER per.ar.family"}, []string{"يوان MISC"}},
		{"a currency after the dual head", "بنيت المدينة إبان أسرتي سونغ ويوان قبل قرون.",
			[]string{"سونغ PER per.ar.family", "يوان PER per.ar.family"}, []string{"يوان MISC"}},
		{"a currency after a number", "وبلغ سعر الطن ألف يوان في السوق.",
			[]string{"يوان MISC"}, []string{"يوان PER"}},
		{"a currency with the article after a family's head", "واشترت أسرة اليوان بعض الذهب.",
			nil, []string{"اليوان PER"}},
		{"a currency with و after a single head", "وعاشت أسرة تانغ ويوان في المدينة.",
			nil, []string{"يوان PER"}},
	})
}
