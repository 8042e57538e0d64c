package entity_test

import "testing"

// TestNamedBodies checks org.ar.body: bodies named by a definite head,
// adjectives and what they are for, security bodies after جهاز and
// airlines; and the ranks, devices and generic phrases that are none.
func TestNamedBodies(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a centre with a nisba", "وقال المركز المصري للبحوث الطبية إن النتائج جيدة.",
			[]string{"المركز المصري للبحوث الطبية ORG"}, []string{"المصري"}},
		{"a council with a conjunction", "واجتمع المجلس الأعلى للثقافة أمس.", []string{"المجلس الأعلى للثقافة ORG"}, nil},
		{"two adjectives in the complement", "وقال مدير المركز العربي للدراسات السياسية والاستراتيجية إن الوضع خطير.",
			[]string{"المركز العربي للدراسات السياسية والاستراتيجية ORG"}, nil},
		{"with a conjunction before the head", "ورحبت الحكومة والمنظمة العالمية للهجرة بالقرار.",
			[]string{"المنظمة العالمية للهجرة ORG"}, []string{"والمنظمة العالمية للهجرة"}},
		{"the object after the name stays out", "وقررت اللجنة التنفيذية للاتحاد الأمر أمس.",
			[]string{"اللجنة التنفيذية للاتحاد ORG"}, []string{"اللجنة التنفيذية للاتحاد الأمر"}},
		{"a conjoined noun in the complement", "وقال المركز المصري للبحوث والدراسات الأمنية إن الخطر قائم.",
			[]string{"المركز المصري للبحوث والدراسات الأمنية ORG"}, nil},
		{"a plural ends the name", "وقال رئيس الاتحاد العالمي للعلماء المسلمين والمرجع الديني إن الخبر صحيح.",
			[]string{"الاتحاد العالمي للعلماء المسلمين ORG"}, []string{"الاتحاد العالمي للعلماء المسلمين والمرجع"}},
		{"a conjoined body stays apart", "وشارك المجلس الأعلى للثقافة والمركز القومي للترجمة في المعرض.",
			[]string{"المجلس الأعلى للثقافة ORG", "المركز القومي للترجمة ORG"}, nil},
		{"a security body", "وقال جهاز الأمن الوطني إن المتهم اعتقل.", []string{"جهاز الأمن الوطني ORG"}, nil},
		{"a security body after a clitic", "وقال النائب السابق لرئيس جهاز الأمن الرئاسي إن الخبر صحيح.",
			[]string{"جهاز الأمن الرئاسي ORG"}, nil},
		{"an airline", "وأعلنت الخطوط الجوية الماليزية عن فقدان الطائرة.",
			[]string{"الخطوط الجوية الماليزية ORG"}, []string{"الماليزية"}},
		{"a general assembly is a meeting", "وانعقدت الجمعية العمومية العادية للشركة الوطنية أمس.", nil,
			[]string{"الجمعية العمومية العادية للشركة"}},
		{"a rank is no body", "واحتل الفريق المركز الثاني للمرة الثالثة.", nil, []string{"المركز الثاني", "المركز الثاني للمرة"}},
		{"a place in a ranking", "وحل اللاعب في المركز الرابع لليوم الثاني.", nil, []string{"المركز الرابع لليوم"}},
		{"a device", "واشترى جهاز الكمبيوتر اللوحي الجديد.", nil, []string{"جهاز الكمبيوتر اللوحي"}},
		{"a generic head and adjective", "وقرر المجلس الوزاري الأوروبي فرض عقوبات.", nil, []string{"المجلس الوزاري الأوروبي"}},
		{"a media office of a ministry", "وقال المركز الإعلامي لوزارة الداخلية إن الهجوم فشل.", nil,
			[]string{"المركز الإعلامي لوزارة"}},
		{"airlines alone", "وقالت الخطوط الجوية إن الرحلة تأخرت.", nil, []string{"الخطوط الجوية"}},
	})
}
