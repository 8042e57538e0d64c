package entity_test

import "testing"

// TestQuotedHeadNames checks org.ar.head on quoted names that headRule
// leaves: other quotes, and places inside the quotes.
func TestQuotedHeadNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"single quotes", "ذكرت صحيفة 'دايلي ميرور' أمس أن المدرب سيرحل.", []string{"دايلي ميرور ORG"}, nil},
		{"a place with a proclitic is a misreading", "وذكرت صحيفة \"لانس\" البرازيلية أن اللاعب سيعود.",
			[]string{"لانس ORG"}, []string{"انس"}},
		{"a place inside a longer name", "وقالت شركة «بوسطن كونسلتينغ غروب» إن السوق ستنمو.",
			[]string{"بوسطن كونسلتينغ غروب ORG"}, []string{"بوسطن"}},
		{"a place alone in quotes stays a place", "وقالت شركة «بودابست» إن الأرباح ارتفعت.",
			[]string{"بودابست LOC"}, nil},
		{"quotes that do not close", "وقالت صحيفة 'دايلي ميرور أمس إن الخبر صحيح.", nil, []string{"دايلي ميرور"}},
	})
}

// TestCommonHeads checks that a motion or a set before a definite word is
// no organisation, while named movements and groups stay.
func TestCommonHeads(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"traffic", "وأدى الحادث إلى توقف حركة المرور في المنطقة.", nil, []string{"حركة المرور", "المرور"}},
		{"a motion of the moon", "ويجب معرفة حركة القمر حول الأرض.", nil, []string{"حركة القمر"}},
		{"a set of services", "وقدمت الشركة مجموعة الخدمات المتكاملة للعملاء.", nil, []string{"مجموعة الخدمات المتكاملة"}},
		{"a movement with a nisba", "وقال نواب حركة المقاومة الإسلامية إنهم سيشاركون.", []string{"حركة المقاومة الإسلامية ORG"}, nil},
		{"a group named after a family", "واستحوذت مجموعة الأنصاري على الشركة.", []string{"مجموعة الأنصاري ORG"}, nil},
		{"a group of states", "واجتمعت مجموعة الدول الست في فيينا.", []string{"مجموعة الدول الست ORG"}, nil},
	})
}
