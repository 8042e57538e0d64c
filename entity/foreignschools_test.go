package entity_test

import "testing"

// TestForeignSchools checks the universities, colleges and academies
// named by foreign words after their head, with a proclitic left outside,
// and that adjectives, faculties, short words that begin longer names and
// names the gazetteer or another rule holds stay as they were.
func TestForeignSchools(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a university", "وقال أستاذ التاريخ في جامعة سيراكيوز إن الوثائق أصلية.", []string{"جامعة سيراكيوز ORG"}, nil},
		{"a college of two words", "وتخرجت من كلية سميث كوليدج قبل عامين.", []string{"كلية سميث كوليدج ORG"}, []string{"سميث كوليدج PER"}},
		{"a proclitic stays outside", "ودرست بكلية كرايست تشيرش في أكسفورد.", []string{"كلية كرايست تشيرش ORG"}, []string{"بكلية كرايست تشيرش"}},
		{"an academy", "وتخرج اللاعب في أكاديمية أسباير القطرية.", []string{"أكاديمية أسباير ORG"}, nil},
		{"a faculty with the article", "ودرس في كلية الحقوق ثلاثة أعوام.", nil, []string{"كلية الحقوق"}},
		{"an adjective", "وافتتحت الوزارة معهد تدريبي كامل للشباب.", nil, []string{"معهد تدريبي كامل", "معهد تدريبي"}},
		{"a feminine adjective", "وأسست جامعة خاصة في المدينة.", nil, []string{"جامعة خاصة"}},
		{"a short first word", "ودرس في جامعة ساو باولو بالبرازيل.", nil, []string{"جامعة ساو"}},
		{"a known university stays", "وتخرج في جامعة هارفارد الأميركية.", []string{"جامعة هارفارد ORG"}, nil},
	})
}
