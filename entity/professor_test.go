package entity_test

import "testing"

// TestProfessorTitle checks البروفسور, the spelling of the news sample
// (البروفيسور, the other one, was already a title): a name, known or not,
// follows it, while an adjective, a relative pronoun or a preposition after
// it is no name.
func TestProfessorTitle(t *testing.T) {
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"an unknown surname after the title", "كما يقول البروفسور هيكمان إن الخطابات وصلته.",
			[]string{"هيكمان PER per.ar.title"}, nil},
		{"a woman professor", "وأوضحت البروفسورة سارة هيل أن النتائج مبشرة.",
			[]string{"سارة هيل PER per.ar.title"}, nil},
		{"without the article", "وقال بروفسور سيغيغرين إن الدراسة انتهت.",
			[]string{"سيغيغرين PER per.ar.title"}, nil},
		{"a relative pronoun is no name", "وكان البروفسور الذي يعمل في الجامعة قد قال ذلك.",
			nil, []string{"الذي", "يعمل"}},
		{"a preposition is no name", "وقال بروفسور بجامعة ليدز إن الدراسة انتهت.",
			nil, []string{"بجامعة"}},
	})
}
