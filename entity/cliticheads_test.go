package entity_test

import "testing"

// TestCliticQuotedHeads checks the names in guillemets after a head noun
// read with a preposition, and after the heads of schools, blogs,
// restaurants and resorts: organisations and places found, a place inside
// a newspaper's name taken in, and products, unquoted heads and quotes
// that do not close left alone.
func TestCliticQuotedHeads(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a channel after li", "ودهموا مقرا سريا لقناة «المسيرة» التابعة للحوثيين.", []string{"المسيرة ORG"}, []string{"لقناة"}},
		{"a foundation after li", "وقال المدير التنفيذي لمؤسسة «كابو» إن الحوار مستمر.", []string{"كابو ORG"}, nil},
		{"a school after bi", "وتدرس ابنتها بمدرسة «النهضة» في المدينة.", []string{"النهضة ORG"}, nil},
		{"a magazine after wa li", "وقال ولمجلة «نيوساينتست» إن الدراسة جديدة.", []string{"نيوساينتست ORG"}, nil},
		{"a newspaper takes its city in", "وكتب لصحيفة «تشاتانوغا تايمز» مقالا.", []string{"تشاتانوغا تايمز ORG"}, []string{"تشاتانوغا"}},
		{"a hotel after bi", "ونزل الوفد بفندق «متروبول» وسط المدينة.", []string{"متروبول LOC"}, nil},
		{"a school without a preposition", "واختار رئيس الوزراء مدرسة «نايستايلز» لإلقاء خطابه.", []string{"نايستايلز ORG"}, nil},
		{"a restaurant chain", "وتفتتح سلسلة مطاعم «زعتر وزيت» فرعين جديدين.", []string{"زعتر وزيت ORG"}, nil},
		{"a blog", "وقال الذي يكتب بمدونة «غيزمودو» إن الغسالة مثالية.", []string{"غيزمودو ORG"}, nil},
		{"a restaurant is a place", "واتجها نحو مطعم «بوشون» الفرنسي.", []string{"بوشون LOC"}, nil},
		{"a resort is a place", "ونزلنا في منتجع «رويال بالم» قرب المدينة.", []string{"رويال بالم LOC"}, nil},
		{"a teacher is no school", "وقالت مدرسة الصف الثالث إن الاختبار صعب.", nil, []string{"الصف الثالث", "مدرسة الصف الثالث"}},
		{"a product after a network", "ويتصل الجهاز بشبكة «واي - فاي» في المنزل.", nil, []string{"واي - فاي"}},
		{"no quotes, no name", "وقال لقناة العربية إن الوضع هادئ.", nil, []string{"العربية LOC"}},
		{"a verb after a preposition is no head", "وكتب للقناة «إنهم قادمون» أمس.", nil, []string{"إنهم قادمون"}},
		{"a guillemet never closed", "وقال لقناة «المسيرة إن الهجوم فشل.", nil, []string{"المسيرة"}},
	})
}
