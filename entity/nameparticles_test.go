package entity_test

import "testing"

// TestWorldNameParticles checks that a person's name goes on over the
// particle of a European family name (فان، دي، دو لا) and the family name
// after it, with the default gazetteer and lexicon, and that فإن written
// without its hamza, or a particle before a word no family name has the
// shape of, leaves the name alone.
func TestWorldNameParticles(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"van after a role", "ولم يجد النادي بديلا لمهاجم الفريق الهولندي رود فان نيستلروي الذي يوشك على الرحيل.",
			[]string{"رود فان نيستلروي PER"}, []string{"رود"}},
		{"du la after a first name and a second one", "ودعا مندوب فرنسا جان مارك دو لا سابليير مجلس الأمن إلى الاجتماع.",
			[]string{"جان مارك دو لا سابليير PER"}, []string{"جان مارك دو"}},
		{"de after a first name", "وتزوجت الممثلة ماريا دي كوزيمو من المخرج.",
			[]string{"ماريا دي كوزيمو PER"}, []string{"ماريا"}},
		{"fa-inna without its hamza before the article", "وقال المدرب محمد فان الحكومة لم تدعم الفريق.",
			nil, []string{"محمد فان الحكومة", "محمد فان"}},
		{"fa-inna without its hamza before a verbal noun", "وبحسب الوزير سامي فان تعيين المدرب تأخر.",
			nil, []string{"سامي فان تعيين", "سامي فان"}},
		{"a particle before a pronoun", "وقال اللاعب أحمد فان هذا الفوز مهم.",
			nil, []string{"أحمد فان هذا"}},
	})
}

// TestNameParticlesGazetteerSurname checks that a name and the family
// name that a gazetteer holds alone, with a particle between them, are one
// mention, and that fa-inna between two names is no particle.
func TestNameParticlesGazetteerSurname(t *testing.T) {
	r := worldRecognizer(t)
	r.Matcher = mustMatcher(t, `{"id":"per:nistelrooy","type":"PER","names":{"ar":["نيستلروي"]}}
{"id":"per:ahmed","type":"PER","names":{"ar":["أحمد"]}}`)
	checkMentions(t, r, []mentionCase{
		{"van between a first name and a known family name", "وسجل المهاجم الهولندي رود فان نيستلروي هدفين.",
			[]string{"رود فان نيستلروي PER"}, []string{"نيستلروي"}},
		{"fa-inna between two names", "وقال أحمد فإن نيستلروي سجل هدفين.",
			[]string{"نيستلروي PER"}, []string{"أحمد فإن نيستلروي"}},
	})
}
