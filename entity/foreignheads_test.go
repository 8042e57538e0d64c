package entity_test

import "testing"

// TestForeignOrgNames checks rule org.ar.head-foreign: after a feminine
// head of organisations a foreign word ending in ي is a name, with a second
// foreign word; not an adjective, which ends in ية, a plural, a word with
// ى, or after a masculine head.
func TestForeignOrgNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a newspaper", "كاريكاتير إيران وصحيفة هامشهري المحافظة.", []string{"صحيفة هامشهري ORG"}, nil},
		{"a university", "وتقدم جامعة رانشي دراسة مدتها عامان.", []string{"جامعة رانشي ORG"}, nil},
		{"a company before ل", "بتلبية دعوة شركة أودي لتجربة تقنية القيادة.", []string{"أودي ORG"}, []string{"شركة أودي"}},
		{"two foreign words", "رئيس النادي في جامعة فيرلي ديكنسون بولاية نيوجيرسي.", []string{"جامعة فيرلي ديكنسون ORG"}, nil},
		{"an adjective", "وقالت صحيفة يومية إن الاجتماع انتهى.", nil, []string{"صحيفة يومية ORG"}},
		{"a plural", "اشترت شركة مباني في المدينة.", nil, []string{"شركة مباني ORG"}},
		{"a masculine head", "ويقدم معهد رانشي دراسة مدتها عامان.", nil, []string{"معهد رانشي ORG"}},
		{"a hospital with ى", "وافتتحت مؤسسة مستشفى في المدينة.", nil, []string{"مؤسسة مستشفى ORG"}},
	})
}
