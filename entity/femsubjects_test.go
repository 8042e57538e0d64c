package entity_test

import "testing"

// TestFemaleSubjectNames checks rule per.ar.fem-subject: a first name the
// lexicon knows right after a verb in the feminine, and the nouns, common
// words and names it must leave alone.
func TestFemaleSubjectNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"after a past in ت with و, before a verb", "وعادت نادية تقول إن الحفل تأجل.",
			[]string{"نادية PER"}, nil},
		{"after a past in ت, before a preposition", "فقد نجحت شذى في جمع أهم الفنانين.",
			[]string{"شذى PER"}, nil},
		{"after a past in ت, before a preposition", "وهنا تحدثت هند عن صعوبة العمل.",
			[]string{"هند PER"}, nil},
		{"an imperfect is left out", "وهنا تتحدث هند عن صعوبة العمل.",
			nil, []string{"هند"}},
		{"a longer name is the first-name rule's", "وفتحت سارة دهمان الباب بهدوء.",
			[]string{"سارة دهمان PER per.ar.first-name"}, []string{"سارة"}},
		{"a foreign first name", "شعرت أولغا بالصدمة عندما سمعت الخبر.",
			[]string{"أولغا PER"}, nil},
		{"a name that is more often a noun", "إن أعمال العنف التي تهدد سلامة الطيران المدني كثيرة.",
			nil, []string{"سلامة"}},
		{"kana with an adjective", "ولكن الحفلة نفسها كانت جميلة وقد قدمنا مسرحية.",
			nil, []string{"جميلة"}},
		{"a verbal noun", "وأضاف إن تماسك ميك وسرعة تصرفه أنقذا الموقف.",
			nil, []string{"ميك"}},
		{"a plural in ات", "وانتهت الحفلة بعد زيارات هند الكثيرة للمدينة.",
			nil, []string{"هند"}},
		{"after a name, no verb", "من بطولة تشاك نوريس ولي مارفن.",
			nil, []string{"نوريس PER"}},
		{"a preposition with a pronoun", "ثم طلبت مني أن أعود.",
			nil, []string{"مني"}},
	})
}
