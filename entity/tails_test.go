package entity_test

import "testing"

// TestPersonTails checks rule per.* growing a person's name by its family
// name (personTails) and the ends of a foreign name after a nationality
// (foreignNameEnd), with the default gazetteer and lexicon.
func TestPersonTails(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a nisba without the article as the family name", "وأكد بيتر كينيون، مدير الشركة، أن الأرباح ارتفعت.",
			[]string{"بيتر كينيون PER"}, []string{"كينيون"}},
		{"a company's name as the family name", "وقاد المنتخب السويدي غوران إريكسون في البطولة.",
			[]string{"غوران إريكسون PER"}, []string{"إريكسون"}},
		{"a demonym as the family name", "والتقى المدرب المغربي يوسف روسي في الرباط.",
			[]string{"يوسف روسي PER", "الرباط LOC"}, nil},
		{"a country after a name stays a place", "وشكر الوزير محمد روسيا على دعمها.",
			[]string{"روسيا LOC"}, []string{"محمد روسيا"}},
		{"a city after a name stays a place", "وزار الرئيس كيري لندن في أيلول.",
			[]string{"لندن LOC"}, []string{"كيري لندن"}},
		{"a company after a conjunction is no family name", "وقال كيشور سينغ وإريكسون إن الاتفاق قريب.",
			nil, []string{"كيشور سينغ وإريكسون"}},
		{"a family name before an article word", "وشارك الشاعر المصري أحمد عبد المعطي حجازي وغيرهم في الأمسية.",
			[]string{"أحمد عبد المعطي حجازي PER"}, nil},
		{"a demonym before a preposition", "وعاد المدرب المغربي يوسف روسي لتدريبات الفريق.",
			[]string{"يوسف روسي PER"}, nil},
		{"a name's link is no family name", "والتقى الوزير محمود أبو العينين في القاهرة، ثم الشيخ محمد بن راشد.",
			nil, []string{"محمود أبو", "محمد بن"}},
		{"an office after a name", "وأضاف الدكتور محمد أبو الفضل بدران أمين عام المجلس أن المشروع مهم.",
			[]string{"محمد أبو الفضل بدران PER"}, []string{"محمد أبو الفضل بدران أمين"}},
		{"a foreign name before an article word", "وفاز الهولندي يان ستيرمان المصنف ثالثا في البطولة.",
			[]string{"يان ستيرمان PER"}, nil},
		{"a foreign name before a preposition", "واعتذر الروماني كونستانتين باسيسكو لعدم دعوته إلى القمة.",
			[]string{"كونستانتين باسيسكو PER"}, nil},
		{"common words after a nationality", "وبحث الجانب الفرنسي خطط عمل الحكومة المقبلة.",
			nil, []string{"خطط عمل"}},
		{"a plural after a nationality", "وشن الطيران الإسرائيلي غارات عنيفة الليلة الماضية.",
			nil, []string{"غارات عنيفة"}},
	})
}

// TestSubjectNames checks rule per.ar.subject: a name the lexicon knows
// between a verb with و and a preposition, and the common words it must
// leave alone.
func TestSubjectNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a family name after a verb", "وحصل محفوظ على الجائزة بعد سنوات.", []string{"محفوظ PER"}, nil},
		{"a foreign name after a verb", "ورفض كينيون الحديث عن الصفقة، وتوقف بيرنز عن الكلام.", []string{"بيرنز PER"}, nil},
		{"a first name of three letters", "ووافق عمر على أن يترك المدينة.", []string{"عمر PER"}, nil},
		{"after a comma", "انتهى الاجتماع، وتوقف بيرنز عن الكلام.", []string{"بيرنز PER"}, nil},
		{"a past verb without و", "ركزت ميتشيل في دراستها على الفئران.", []string{"ميتشيل PER"}, nil},
		{"an imperfect verb after a comma", "من جانبه، يعتمد جين على مثال بسيط.", []string{"جين PER"}, nil},
		{"a stopword opens the clause", "وكان أمل في الفوز، وليس أمل في التعادل.", nil, []string{"أمل"}},
		{"inside a clause", "كان الفريق قويا وحصل سعيد على الجائزة.", nil, []string{"سعيد"}},
		{"a pronoun after a verb", "وطلب مني أن أقرأ العبارة.", nil, []string{"مني"}},
		{"an adjective after a noun", "وللطائر ذيل طويل وريش طويل على جناحيه.", nil, []string{"طويل"}},
		{"an adjective after a preposition", "وتقدمت القوات بغطاء جوي من التحالف.", nil, []string{"جوي"}},
		{"a noun after a verbal noun", "ويجب تأسيس جيل من المبدعين، وتأسيس جيل من العلماء.", nil, []string{"جيل"}},
		{"a word after an adverb", "وحينذاك هاجر من البلاد كثيرون.", nil, []string{"هاجر"}},
	})
}
