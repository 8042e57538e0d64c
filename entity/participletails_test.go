package entity_test

import "testing"

// TestWorldParticipleTails checks that a person's name the rules build
// leaves out an active participle with the article that governs the word
// after it (الفائز بذهبية، الداعي إلى), and keeps a family name of that shape
// before other words.
func TestWorldParticipleTails(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a participle before a word with bi", "وأسف الخروج المفاجئ لمواطنه كرم جابر الفائز بذهبية في أولمبياد أثينا.",
			[]string{"كرم جابر PER"}, []string{"كرم جابر الفائز"}},
		{"a participle before ila", "ونقل عن الوزير سمير جعجع الداعي إلى ضرورة الحوار.",
			nil, []string{"سمير جعجع الداعي"}},
		{"a family name of that shape before fi", "وقال الأستاذ عمر الجاسر في الرياض إن الخطة جاهزة.",
			[]string{"عمر الجاسر PER"}, nil},
		{"a family name of that shape before punctuation", "واستقبل الوزير خالد الراشد، ثم غادر.",
			[]string{"خالد الراشد PER"}, nil},
	})
}
