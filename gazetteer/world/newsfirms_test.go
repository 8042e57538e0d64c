package world_test

import "testing"

// TestRenaultAlone checks that رينو alone is the carmaker, as every use in
// the news sample is (the American city gives way to it, as generated
// cities do to the other sources), and that a longer name is not read as
// it.
func TestRenaultAlone(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"quoted after a rival", "تتبع «بيجو» الفرنسية خطى «رينو» في المغرب.",
			[]string{"رينو ORG org:renault"}, []string{"رينو LOC"}},
		{"unquoted", "واشترت رينو حصص فيات في المصنع.",
			[]string{"رينو ORG org:renault"}, nil},
		{"a surname that begins like it", "وقال المتحدث إيد رينولد إن التحقيق مستمر.",
			nil, []string{"رينو", "رينولد ORG"}},
	})
}

// TestDarkode checks the cybercrime forum of the news sample, quoted or
// not, and that a house (دار) is no part of it.
func TestDarkode(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"quoted after its head", "وأغلقت السلطات منتدى «داركود» على الإنترنت.",
			[]string{"داركود ORG org:darkode"}, nil},
		{"unquoted", "ووصف المدعي داركود بأنه عش دبابير.",
			[]string{"داركود ORG org:darkode"}, nil},
		{"a house of that name is not it", "وزار الوفد دار كود في المدينة.",
			nil, []string{"دار كود ORG", "داركود"}},
	})
}
