package entity_test

import (
	"testing"
)

// TestWorldAgedNames checks the names found right before a person's age
// with the default gazetteer and lexicon, and the words left alone there.
func TestWorldAgedNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a foreign name before an age in parentheses", "ولم يحتاج أغاسي ( 36 عاما ) إلى وقت طويل.",
			[]string{"أغاسي PER per.ar.aged"}, nil},
		{"a foreign name before البالغ من العمر", "واحتاج أغاسي البالغ من العمر 36 عاما إلى ثلاث ساعات.",
			[]string{"أغاسي PER per.ar.aged"}, nil},
		{"a name that opens the text", "أغاسي ( 36 عاما ) إلى الدور الثاني.",
			[]string{"أغاسي PER per.ar.aged"}, nil},
		{"a known first name and a family name before the age", "وكانت ليا هامينوك (23 عاما) طالبة في الكلية.",
			[]string{"ليا هامينوك PER"}, []string{"هامينوك"}},
		{"a name chain before the age", "وهم عمر عجلة بن زكي (65 عاما) وآخرون.",
			[]string{"عمر عجلة بن زكي PER"}, []string{"بن زكي"}},
		{"a citizen before the age", "وقتل مواطن (30 عاما) في الحادث.",
			nil, []string{"مواطن"}},
		{"an employee before the age", "وقتل موظف (40 عاما) في الهجوم.",
			nil, []string{"موظف"}},
		{"a girl before the age", "وأصيبت فتاة ( 12 سنة ) بجروح.",
			nil, []string{"فتاة"}},
		{"a noun with the article before the age", "وقتل الشاب (25 عاما) في الحادث.",
			nil, []string{"الشاب"}},
		{"a number in parentheses without an age", "وسجل أغاسي ( 36 ) نقطة.",
			nil, []string{"أغاسي"}},
		{"a plural before the age", "وشارك لاعبون (20 عاما) في البطولة.",
			nil, []string{"لاعبون"}},
	})
}
