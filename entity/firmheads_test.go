package entity_test

import "testing"

// TestForeignFirmHeads checks that شركة and بنك stay outside a foreign
// firm's name, and inside a name with the article or a complement.
func TestForeignFirmHeads(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a firm after شركة", "والتوصيات أجمعوا على أن شركة أليطاليا بحاجة إلى شريك.",
			[]string{"أليطاليا ORG"}, []string{"شركة أليطاليا"}},
		{"a bank after و and بنك", "تملك الحصة مجموعة من المصارف وبنك يونيكريدت.",
			[]string{"يونيكريدت ORG"}, []string{"وبنك يونيكريدت", "بنك يونيكريدت"}},
		{"an Arabic bank name keeps its head", "أعلن بنك الصين الشعبي خفض الفائدة.",
			[]string{"بنك الصين الشعبي ORG"}, []string{"الصين الشعبي ORG"}},
		{"a name with a complement keeps its head", "ومدير شركة هاتون للعقار في لندن.",
			[]string{"شركة هاتون للعقار ORG"}, []string{"هاتون للعقار"}},
		{"a feminine nisba is no name", "أسس شركة إلكترونية في دبي.",
			nil, []string{"إلكترونية ORG"}},
	})
}
