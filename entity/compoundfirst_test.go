package entity_test

import "testing"

// TestCompoundFirstAliases checks rule per.ar.compound-first with the
// default gazetteer and lexicon: a compound first name alone (عز الدين)
// after the person named in full with it is the person, without its
// proclitic; not before the full name, not inside another person's name,
// not before a word that may be a surname, and not in another article.
func TestCompoundFirstAliases(t *testing.T) {
	const full = "تزوجت الممثلة من المخرج عز الدين ذو الفقار الذي كان أستاذا لها. "
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"a repeat alone", full + "وكان عز الدين في العمل طوال اليوم.",
			[]string{"عز الدين PER per.ar.compound-first"}, nil},
		{"a repeat with a preposition", full + "وقالت إن علاقتها بعز الدين كانت علاقة تلميذة.",
			[]string{"عز الدين PER per.ar.compound-first"}, []string{"بعز الدين"}},
		{"before the full name", "وكان عز الدين في العمل طوال اليوم. " + full,
			nil, []string{"عز الدين PER per.ar.compound-first"}},
		{"before the full name and after it", "وكان عز الدين في العمل طوال اليوم. " + full + "وكان عز الدين في العمل طوال اليوم.",
			[]string{"عز الدين PER per.ar.compound-first"}, nil},
		{"inside another person's name", full + "وقال محمد عز الدين إن الفيلم نجح.",
			nil, []string{"عز الدين PER per.ar.compound-first"}},
		{"before a possible surname", full + "وقابلت عز الدين كوتشوك في أنقرة.",
			nil, []string{"عز الدين PER per.ar.compound-first"}},
		{"another article", full + "\n\nعنوان آخر\n وكان عز الدين في العمل طوال اليوم.",
			nil, []string{"عز الدين PER per.ar.compound-first"}},
	})
}
