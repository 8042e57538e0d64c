package entity_test

import "testing"

// TestVerbSubjectNames checks rule per.ar.verbsubject: a first name the
// lexicon knows right after a verb inside a sentence, and the nouns,
// common words and longer names it must leave alone.
func TestVerbSubjectNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"after a verb with و, before an adverb", "وقد انتهى المشروع بنجاح، ثم وأطلق طارق كذلك موقعا جديدا للتطبيقات.",
			[]string{"طارق PER"}, nil},
		{"after an imperfect, before a preposition", "ومثل كثير من المحللين يربط إسماعيل بين الخطاب والعنف.",
			[]string{"إسماعيل PER"}, nil},
		{"after an imperfect before an adverb", "وفي تقريره يشرح إيفانز مفصلا أن أغلب الضحايا من المسلمين.",
			[]string{"إيفانز PER"}, nil},
		{"before a comma", "قال المسؤولون إن المشروع تأخر، ويتحدث سليمان، الذي يدير المحل، عن ذلك.",
			[]string{"سليمان PER"}, nil},
		{"a bare past of three letters is a noun", "أوروبا تضم 54 عضوا لكن جبل طارق لا يستطيع التصويت.",
			nil, []string{"طارق"}},
		{"a common word after a noun with و", "علاج الأسنان وصيام رمضان في الصيف.",
			nil, []string{"رمضان"}},
		{"an adjective of colour", "يفضل مع الحبوب أو توست أسمر.",
			nil, []string{"أسمر"}},
		{"a plural", "كذلك يصوّر ذئاب عصابات تهريب البشر.",
			nil, []string{"ذئاب"}},
		{"a name that goes on", "وكان النجم يحيى الفخراني قد تخطف أحمد السقا من الشركة.",
			nil, []string{"أحمد"}},
		{"a name written with أل", "وواصل ألونسو انتقاده للعقوبة التي فرضت عليه.",
			[]string{"ألونسو PER"}, nil},
		{"after an imperfect that ends in ي", "ويروي مايكل لنا التفاصيل من البداية.",
			[]string{"مايكل PER"}, nil},
		{"a noun before a demonstrative", "وينقضي غالب ذلك الوقت في العمل.",
			nil, []string{"غالب"}},
		{"the article, not أل", "وواصل الونسو انتقاده للعقوبة.",
			nil, []string{"الونسو"}},
		{"the فعيل shape", "كان الفريق قويا ويبقى سعيد في المدينة.",
			nil, []string{"سعيد"}},
	})
}
