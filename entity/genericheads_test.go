package entity_test

import "testing"

// TestGenericHeads checks that a head of bodies or companies before a
// common noun of a closed class alone (مجلس الإدارة، هيئة التدريس) is no
// organisation, that a quoted or bracketed name after it is one, and that
// other names after the same heads, or a ministry's, stay; nor is a
// head and a verb that agrees with it (محكمة أجازت).
func TestGenericHeads(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"board of directors", "وقال رئيس مجلس الإدارة إن الشركة ربحت.",
			nil, []string{"مجلس الإدارة"}},
		{"board after a proclitic", "ووجهت انتقادات إلى الرئيس ومجلس الإدارة في الجامعة.",
			nil, []string{"ومجلس الإدارة", "مجلس الإدارة"}},
		{"faculty", "ويشارك أعضاء هيئة التدريس في الدورات.",
			nil, []string{"هيئة التدريس"}},
		{"traffic without the article", "وتنظيم حركة مرور السيارات في الشوارع.",
			nil, []string{"حركة مرور"}},
		{"the oil company", "وقالت شركة النفط إن الإنتاج ارتفع.",
			nil, []string{"شركة النفط"}},
		{"detention centre", "وبعد شهرين قضتهما في مركز الاحتجاز عادت.",
			nil, []string{"مركز الاحتجاز"}},
		{"jury", "وذهبت جائزة لجنة التحكيم للفيلم الياباني.",
			nil, []string{"لجنة التحكيم"}},
		{"quoted name after the airline", "وستبدأ شركة الطيران «جت بلو» رحلات جديدة.",
			[]string{"جت بلو ORG org.ar.head"}, []string{"شركة الطيران"}},
		{"bracketed name after the production company", "ولبت شركة الإنتاج (سيدرز برودكشن) رغبته.",
			[]string{"سيدرز برودكشن ORG org.ar.head"}, []string{"شركة الإنتاج"}},
		{"a ministry of oil is a name", "وأعلنت وزارة النفط عن نيتها زيادة الإنتاج.",
			[]string{"وزارة النفط ORG"}, nil},
		{"a head before another noun stays", "وقال رئيس مجلس الشورى إن الجلسة تأجلت.",
			[]string{"مجلس الشورى ORG"}, nil},
		{"a generic noun with a nisba stays", "وقالت وزارة النفط الإيرانية إنها سترفع الإنتاج.",
			[]string{"وزارة النفط الإيرانية ORG"}, nil},
		{"a court and its verb in the past", "ومضى في سعيه لقرار محكمة أجازت ترشحه.",
			nil, []string{"محكمة أجازت"}},
		{"a court and a verb of form VIII", "بعد عملية أمنية محكمة استمرت أكثر من خمسة أيام.",
			nil, []string{"محكمة استمرت"}},
		{"a company and its verb in the present", "صنعت السيارات 11 شركة تستخدم وسائد يابانية.",
			nil, []string{"شركة تستخدم"}},
		{"an organisation and a verb of form VIII", "إنها منظمة تمتلك أدوات تعبير كثيرة.",
			nil, []string{"منظمة تمتلك"}},
		{"a name with an initial hamza stays", "وقالت شركة أليطاليا إن رحلاتها عادت.",
			[]string{"أليطاليا ORG"}, []string{"شركة أليطاليا"}},
		{"a name in ت stays", "وأعلنت شركة تاكاتا سحب الوسائد من الأسواق.",
			[]string{"تاكاتا ORG"}, []string{"شركة تاكاتا", "تاكاتا سحب"}},
	})
}
