package entity_test

import "testing"

// TestFirmNames checks rule org.ar.firm-word: a quoted name with a word
// only companies' names hold is a company's, the mentions inside it taken
// in; not the same word unquoted, a quote without such a word or a quote
// too long for a name.
func TestFirmNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a group", "وبما ان شركتي «ميديا غروب» في مدينة دبي.", []string{"ميديا غروب ORG"}, nil},
		{"ASCII quotes", "ونجح سهم \"شعاع كابيتال\" في اختراق المستوى.", []string{"شعاع كابيتال ORG"}, nil},
		{"a place inside", "شارك في دراسة لمجموعة «بوسطن كونسلتينغ» في 2011.",
			[]string{"بوسطن كونسلتينغ ORG"}, []string{"بوسطن LOC"}},
		{"a first name inside", "وصل إلى المعرض منهم «روبرت جروب» من فرنسا.",
			[]string{"روبرت جروب ORG"}, []string{"روبرت جروب PER"}},
		{"an Arabic firm word", "قال المدير العام لشركة «الصقر للتأمين» إن الأرباح زادت.", []string{"الصقر للتأمين ORG"}, nil},
		{"six words", "وأعلنت «ديكو يو كيه بروبرتي هولدينغز ليميتد» عن المشروع.", []string{"ديكو يو كيه بروبرتي هولدينغز ليميتد ORG"}, nil},
		{"a list", "مثل الشركات الكبرى «فورد وكريزلر وجنرال موتورز مثلاً» أمس.",
			[]string{"جنرال موتورز ORG"}, []string{"فورد وكريزلر وجنرال موتورز مثلاً ORG"}},
		{"after a head's name", "قال روبرتسون من بنك رينيسانس كابيتال الاستثماري.", []string{"رينيسانس كابيتال ORG"}, []string{"بنك رينيسانس كابيتال"}},
		{"the sunset unquoted", "يغرب القمر قبل غروب الشمس في مكة.", nil, []string{"غروب ORG", "قبل غروب ORG"}},
		{"a quote without a firm word", "وقالت «الوطن» إن الاجتماع انتهى.", nil, []string{"الوطن ORG"}},
		{"a quote too long", "وقال «إن ميديا العالم كلها تكذب علينا اليوم» أمس.", nil, []string{"إن ميديا العالم كلها تكذب علينا اليوم ORG"}},
	})
}
