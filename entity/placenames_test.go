package entity_test

import "testing"

// TestPlaceNames checks with the default gazetteer the whole names around
// a known place: facilities that keep their head, organisations named
// after a place, and regions with a fixed adjective; and the phrases where
// the place stays a place.
func TestPlaceNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		// Facilities keep their head and their adjective.
		{"port", "وأرسلت القوات إلى ميناء عصب في إريتريا بحماية بحرية.",
			[]string{"ميناء عصب LOC loc.ar.place-facility", "إريتريا LOC"}, []string{"عصب"}},
		{"port after a clitic", "ورست السفينة بميناء الحديدة بعد أسبوع.",
			[]string{"ميناء الحديدة LOC"}, []string{"الحديدة", "بميناء الحديدة"}},
		{"stadium with its adjective", "وتقام المباراة على استاد السويس الجديد مساء الجمعة.",
			[]string{"استاد السويس الجديد LOC"}, []string{"السويس"}},
		{"airport keeps its city apart", "ووصلت أول رحلة إلى مطار قرطاج بعد توقف دام أسبوعا.",
			[]string{"قرطاج LOC"}, []string{"مطار قرطاج"}},
		{"prison with its adjective", "وقضى سنوات في سجن صيدنايا العسكري في سوريا.",
			[]string{"سجن صيدنايا العسكري LOC", "سوريا LOC"}, []string{"صيدنايا"}},
		{"hospital with a complement", "ونشر فريق من مستشفى بوسطن للأطفال دراسة جديدة.",
			[]string{"مستشفى بوسطن للأطفال LOC"}, []string{"بوسطن"}},
		{"quoted name is another thing", "الشيباني.. من «قاعدة العراق» إلى «داعش سوريا» قبل خمسة أعوام.",
			nil, []string{"قاعدة العراق"}},
		{"settlement head stays outside", "وقصفت الطائرات مواقع في مدينة تعز أمس.",
			[]string{"تعز LOC"}, []string{"مدينة تعز"}},
		{"market is no name", "وارتفع سعر الخام في سوق لندن إلى 56 دولارا.",
			[]string{"لندن LOC"}, []string{"سوق لندن"}},
		// Organisations named after a place.
		{"centre with a nisba", "وقال مركز حلب الإعلامي إن القصف استمر طوال الليل.",
			[]string{"مركز حلب الإعلامي ORG org.ar.place-named"}, []string{"حلب"}},
		{"centre with a complement", "وقال مدير مركز بغداد لحقوق الإنسان إن السجون مكتظة.",
			[]string{"مركز بغداد لحقوق الإنسان ORG"}, []string{"بغداد"}},
		{"body with two complements", "وقالت المديرة التنفيذية لمؤسسة دبي للمهرجانات والتجزئة إن الخطة جاهزة.",
			[]string{"مؤسسة دبي للمهرجانات والتجزئة ORG"}, []string{"دبي", "لمؤسسة دبي للمهرجانات والتجزئة"}},
		{"central bank", "وقرر بنك الصين الشعبي خفض سعر الفائدة.",
			[]string{"بنك الصين الشعبي ORG"}, []string{"الصين"}},
		{"bank after a conjunction", "وشارك في الندوة ممثلو بنك أبوظبي الوطني ومصرف الريان.",
			[]string{"بنك أبوظبي الوطني ORG", "مصرف الريان ORG"}, []string{"أبوظبي"}},
		{"union with a construct complement", "وطالب أمين صندوق اتحاد أميركا الجنوبية لكرة القدم بتغيير القاضي.",
			[]string{"اتحاد أميركا الجنوبية لكرة القدم ORG"}, []string{"أميركا الجنوبية"}},
		{"university after a preposition", "عينت الكلية التابعة لجامعة لندن مديرة جديدة.",
			[]string{"جامعة لندن ORG"}, []string{"لندن"}},
		{"place after in stays a place", "وقال مركز الإعلام في حلب إن القصف استمر.",
			[]string{"حلب LOC"}, []string{"مركز الإعلام في حلب", "في حلب"}},
		{"centre of a city is no name", "والمدارس الثانية خارج مركز لندن هي الأكثر إنجازا.",
			[]string{"لندن LOC"}, []string{"مركز لندن"}},
		{"nisba of a country stays outside", "وقال مركز روسيا الأميركي للسلام إنه قلق.",
			[]string{"روسيا LOC"}, []string{"مركز روسيا", "مركز روسيا الأميركي"}},
		// Regions with a fixed adjective.
		{"continent with an adjective", "وانتشر المرض في دول أوروبا الغربية وآسيا الوسطى.",
			[]string{"أوروبا الغربية LOC loc.ar.region-adjective", "آسيا الوسطى LOC"}, []string{"أوروبا", "آسيا"}},
		{"gulf with an adjective", "وأبحرت السفن في مياه الخليج الفارسي أمس.",
			[]string{"الخليج الفارسي LOC"}, []string{"الخليج"}},
		{"country with an adjective stays apart", "وسيطر المقاتلون على محافظات اليمن الجنوبية بعد المعارك.",
			[]string{"اليمن LOC"}, []string{"اليمن الجنوبية"}},
		{"city with an adjective stays apart", "وتقدمت القوات في ضواحي دمشق الجنوبية أمس.",
			[]string{"دمشق LOC"}, []string{"دمشق الجنوبية"}},
	})
}
