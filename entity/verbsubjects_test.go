package entity_test

import "testing"

// TestVerbSubjects checks rule per.ar.subject for a name before the verb's
// complement (verbSubjects), with the default gazetteer and lexicon.
func TestVerbSubjects(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a subject before an accusative", "وعمل محفوظ موظفا في وزارة الأوقاف.",
			[]string{"محفوظ PER per.ar.subject"}, nil},
		{"a subject before an adverb", "واكتشف محفوظ مبكرا أن الزمن يتغير.",
			[]string{"محفوظ PER per.ar.subject"}, nil},
		{"a subject before punctuation", "وتكلم عمر، فقال بصوت هادئ إنه تعب.",
			[]string{"عمر PER per.ar.subject"}, nil},
		{"a subject before an accusative adjective", "وواصل شافيز منفردا جولته.",
			[]string{"شافيز PER per.ar.subject"}, nil},
		{"a noun's complement with the article", "وقتل مطلق النار رجلا في الشارع.",
			nil, []string{"مطلق"}},
		{"a list of names is no verb and its subject", "وشارك في العمل محمود، ورشوان توفيق، وسميرة أحمد.",
			nil, []string{"توفيق PER per.ar.subject"}},
		{"a verb without its conjunction", "عمل محفوظ موظفا في الوزارة.",
			nil, []string{"محفوظ PER per.ar.subject"}},
	})
}
