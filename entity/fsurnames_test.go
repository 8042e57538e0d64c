package entity_test

import "testing"

// TestFamilyNamesWithFa checks rule per.ar.first-name on family names
// that start with ف, which reads as the conjunction (بيل فريست): they end
// the name only when what follows ف is short or a verb with نا.
func TestFamilyNamesWithFa(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a family name with ف", "وحضر بيل فريست الاجتماع أمس.",
			[]string{"بيل فريست PER"}, nil},
		{"a family name with ف after a title", "ويرى عمدة المدينة كلاوس فوفرايت هذا الحدث فرصة.",
			[]string{"كلاوس فوفرايت PER"}, nil},
		{"ف and a verb of three letters", "وحضر سامي فوصف المدرب الأمر.",
			nil, []string{"سامي فوصف"}},
		{"ف and a verb of two letters", "وحضر أحمد فشل الفريق في المباراة.",
			nil, []string{"أحمد فشل"}},
		{"ف and a verb with نا", "في ظل جوٍّ فقدنا فيه الأمل.",
			nil, []string{"جوٍّ فقدنا"}},
	})
}
