package entity_test

import "testing"

// TestNamedInQuotes checks rule per.ar.name-quoted with the default
// gazetteer and lexicon: a first name alone in quotes after a form of اسم
// is a person, even with an adjective between them; a quoted
// organisation, a quoted word that is no first name, a brand glossed in
// English and a first name in quotes after another word are not.
func TestNamedInQuotes(t *testing.T) {
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"after اسمها", "وكانت بين اللاجئين فتاة يمنية اسمها «سارة» هربت من الحرب.",
			[]string{"سارة PER per.ar.name-quoted"}, []string{"«سارة»"}},
		{"after باسم", "وكان زملائي ينادونني باسم «أنيسة» منذ الصغر.",
			[]string{"أنيسة PER per.ar.name-quoted"}, nil},
		{"an adjective between", "وطغى ذلك الاسم على اسمي الحقيقي «فاتن» سنوات.",
			[]string{"فاتن PER per.ar.name-quoted"}, nil},
		{"an organisation in quotes", "وأعلنت جماعة تطلق على نفسها اسم «المجاهدين» مسؤوليتها.",
			nil, []string{"المجاهدين PER per.ar.name-quoted"}},
		{"a brand glossed in English", "وأطلقت الشركة جهازا يطلق عليه اسم «جون» JUNE للنساء.",
			nil, []string{"جون PER per.ar.name-quoted"}},
		{"a first name in quotes after another word", "ونشرت الصحيفة مقالا بعنوان «خالد» أمس.",
			nil, []string{"خالد PER per.ar.name-quoted"}},
	})
}
