package entity_test

import "testing"

// TestShortForeignNames checks rule per.ar.foreign on the foreign names of
// two words with a short word, a final alef or a proclitic's letter that
// foreignAt leaves (shortForeignAt, which cuedForeignNames tries after
// it), with the default gazetteer and lexicon.
func TestShortForeignNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a name of four letters that starts like ب after a title", "وقال رئيس الاتحاد برند جوتشولك عند إعلان القائمة.",
			[]string{"برند جوتشولك PER per.ar.foreign"}, nil},
		{"a name that starts like ك after a title", "وقال الوزير كنزو اوشيما إن بلاده مستعدة.",
			[]string{"كنزو اوشيما PER per.ar.foreign"}, nil},
		{"a family name with a final alef after a nationality", "وقال اللاعب الكونغولي شاباني نوندا إن الفريق جاهز.",
			[]string{"شاباني نوندا PER per.ar.foreign"}, nil},
		{"a noun and its adjective in the accusative", "وأثار الوزير الفرنسي جدلا واسعا في البرلمان.",
			nil, []string{"جدلا واسعا"}},
		{"a preposition before a verbal noun after a people", "وهي الحجج التي يقدمها بعض الأوروبيين لردع تمادي الولايات المتحدة.",
			nil, []string{"لردع تمادي"}},
		{"a verbal noun and an adjective after a title", "ووقع الوزير شراء عقاري في المدينة.",
			nil, []string{"شراء عقاري"}},
		{"a broken plural after a title", "وتفقد الوزير مخازن سكر في الميناء.",
			nil, []string{"مخازن سكر"}},
		{"a verb in the past after a title", "وكانت رحلة الأمير أثارت فضولي في الصغر.",
			nil, []string{"أثارت فضولي"}},
		{"a preposition before a participle after a title", "والتقى الرئيس بمبعوث دول الخليج أمس.",
			nil, []string{"بمبعوث دول"}},
	})
}
