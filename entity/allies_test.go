package entity_test

import (
	"slices"
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

// TestAllyNames checks rule per.ar.ally with the default gazetteer: صالح
// beside the Houthis is Ali Abdullah Saleh, linked to his entry, with و
// outside the mention; the same word without the group in its sentence,
// in favour of (لصالح), or as the first name of another Saleh stays no
// mention of him.
func TestAllyNames(t *testing.T) {
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"the group and Saleh", "وتقدمت المقاومة على حساب ميليشيات الحوثي وصالح في تعز.",
			[]string{"صالح PER per.ar.ally", "ميليشيات الحوثي ORG"}, []string{"وصالح"}},
		{"Saleh's forces beside the group", "واشتبكت المقاومة مع الحوثيين وقوات صالح في عدن.",
			[]string{"صالح PER per.ar.ally", "الحوثيين ORG"}, nil},
		{"the deposed Saleh", "وقصفت الميليشيات الحوثية وأتباع المخلوع صالح الأحياء.",
			[]string{"صالح PER per.ar.ally"}, nil},
		{"the group in the plural and Saleh", "وقصفت ميليشيات الحوثيين وصالح مخزون الوقود.",
			[]string{"صالح PER per.ar.ally"}, nil},
		{"a group that a rule found", "وتزور الحقائق التي ترتكبها قوات الحوثي وصالح بعدن.",
			[]string{"صالح PER per.ar.ally", "قوات الحوثي ORG"}, nil},
		{"no group in the sentence", "وهاجم أتباع المخلوع صالح المدينة.",
			nil, []string{"صالح"}},
		{"in favour of", "وانتهت المعركة لصالح الحوثيين، وهذا يصب في صالح الجميع.",
			nil, []string{"صالح", "لصالح"}},
		{"another Saleh named in full", "والتقى وفد الحوثيين وصالح الصماد في صنعاء.",
			nil, []string{"صالح"}},
	})
}

// TestAllyNamesLink checks that the mention of rule per.ar.ally carries the
// entry of the person's full name, and its proclitic outside the span.
func TestAllyNamesLink(t *testing.T) {
	text := "وتستميت ميليشيات الحوثي وصالح في محاولة التقدم."
	var got []string
	for _, m := range worldRecognizer(t).Recognize(text, token.Tokenize(text)) {
		if m.Rule == "per.ar.ally" {
			got = append(got, m.Text+" "+m.Entity+" "+m.Clitic)
		}
	}
	if want := []string{"صالح per:ali-abdullah-saleh و"}; !slices.Equal(got, want) {
		t.Errorf("Recognize(%q) ally mentions = %q, want %q", text, got, want)
	}
}
