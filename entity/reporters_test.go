package entity_test

import "testing"

// TestReporterOutlets checks rule org.ar.reporter: one definite word after
// the word for a reporter names the outlet; not a kind of outlet or a
// beat, not the first word of a definite phrase, not a place already
// found, and nothing without the reporter's word.
func TestReporterOutlets(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a reporter", "وقال مراسل الجزيرة إن جميع الشهداء من المدنيين.", []string{"الجزيرة ORG"}, nil},
		{"a woman reporter", "وقالت مراسلة الجزيرة إن الدويك يعاني من المرض.", []string{"الجزيرة ORG"}, nil},
		{"an envoy with و", "وذكر موفد الجزيرة أن الوفد وصل أمس.", []string{"الجزيرة ORG"}, nil},
		{"and a reporter", "ومراسل المنار في بيروت تحدث عن القصف.", []string{"المنار ORG"}, nil},
		{"a kind of outlet", "وقال مراسل الصحيفة إن الاجتماع انتهى.", nil, []string{"الصحيفة ORG"}},
		{"a beat", "وقال مراسل الشؤون العسكرية إن الجيش انسحب.", nil, []string{"الشؤون ORG", "الشؤون العسكرية ORG"}},
		{"the war", "وقال مراسل الحرب إن القصف توقف.", nil, []string{"الحرب ORG"}},
		{"a place", "وقال مراسل القاهرة إن الوفد وصل.", nil, []string{"القاهرة ORG"}},
		{"no reporter", "وقال رئيس الجزيرة إن الوفد وصل.", nil, []string{"الجزيرة ORG"}},
	})
}
