package entity_test

import "testing"

// TestQuotedFirmHeads checks the heads whose quoted names are firms
// (bookshops, broadcasters, brands), and that apps, app stores, stages and
// labels stay untagged.
func TestQuotedFirmHeads(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a bookshop", "وتحتل مكتبة «آفاق» مكانا مميزا في الشارع.", []string{"آفاق ORG"}, nil},
		{"a bookshop of two words", "وتوجد مكتبة «الغد العربي» في وسط المدينة.", []string{"الغد العربي ORG"}, nil},
		{"a broadcaster", "ونقل تلفزيون «إي إس بي إن» الموكب حيا.", []string{"إي إس بي إن ORG"}, nil},
		{"a brand", "وارتفع تقييم علامة «جي إم سي» هذا العام.", []string{"جي إم سي ORG"}, nil},
		{"a label with a place inside", "ويحمل المنتج علامة «صُنع في أميركا» على غلافه.",
			nil, []string{"صُنع في أميركا"}},
		{"an app is a product", "ويقدم تطبيق «نمشي» خدمات التسوق.", nil, []string{"نمشي"}},
		{"an app store is a product", "ويمكن تحميله من متجر «آي تونز» الإلكتروني.", nil, []string{"آي تونز"}},
		{"a stage", "وضعه على منصة «كبار» المخرجين.", nil, []string{"كبار"}},
		{"unquoted a bookshop is a common noun", "وزار مكتبة المدرسة أمس.", nil, []string{"مكتبة المدرسة"}},
	})
}

// TestSpeakerHeadQuoted checks that a reporting verb before an
// organisation's head and its quoted name makes no speaker of the head.
func TestSpeakerHeadQuoted(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a forum speaks", "وقال منتدى «داركود» إن الهجوم فشل.", []string{"داركود ORG"}, []string{"منتدى"}},
		{"a fashion house announces", "وأعلنت دار «ديور» عن مجموعتها الجديدة.", []string{"ديور ORG"}, []string{"دار"}},
		{"a speaker before a quote stays", "وقال الزهراني «لن نتراجع» أمس.", []string{"الزهراني PER"}, nil},
	})
}
