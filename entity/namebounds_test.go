package entity_test

import "testing"

// TestWorldNameBounds checks the mended bounds of the rules' person names
// with the default gazetteer and lexicon: a praising adjective left out, a
// name chain that goes on after its last link, and a family name the
// lexicon lacks after a first name a cue or a list opened; and the words
// they leave alone.
func TestWorldNameBounds(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"praising adjective after a role", "ويقع ضريح الصحابي الجليل سعد بن أبي وقاص في الصين.",
			[]string{"سعد بن أبي وقاص PER"}, []string{"الجليل سعد بن أبي", "الجليل سعد بن أبي وقاص", "سعد بن أبي"}},
		{"praising adjective after a title", "والتقينا الإمام الجليل حبيب في مكتبه.",
			[]string{"حبيب PER"}, []string{"الجليل حبيب"}},
		{"a name chain ends with the name after its link", "وأرسل النجدة إلى ابن عمه أبي زكريا يحيى بن أبي يحيى الشهيد.",
			[]string{"أبي زكريا يحيى بن أبي يحيى PER"}, []string{"أبي زكريا يحيى بن أبي"}},
		{"a link before a title takes no title", "وحضر الأستاذ محمد بن الرئيس المؤتمر.",
			nil, []string{"محمد بن الرئيس"}},
		{"foreign family name after a title", "ووصل القس سعد سيروب إلى الكنيسة.",
			[]string{"سعد سيروب PER"}, nil},
		{"foreign family name after a nationality", "وبلغ الدور أيضا التشيلي بول كابديفيا بفوزه على منافسه.",
			[]string{"بول كابديفيا PER"}, []string{"بول"}},
		{"foreign family name after a role", "وتلقى زميله سام هيبيا الكرة برأسه.",
			[]string{"سام هيبيا PER"}, nil},
		{"foreign family name after an ambassador", "وقال سفير الصين وانغ غوانغيا ان بلاده تدعم القوة.",
			[]string{"وانغ غوانغيا PER"}, nil},
		{"a verb in the past after the first name", "وقال إن الرئيس صالح تعهد بمحاربة الفساد.",
			nil, []string{"صالح تعهد"}},
		{"a verb with a pronoun after the first name", "وقال إن الرئيس عباس قادها إلى النصر.",
			nil, []string{"عباس قادها"}},
		{"a verb in the future after the first name", "وقال محاميه إن الرئيس ميرفي سيمثل أمام المحكمة.",
			nil, []string{"ميرفي سيمثل"}},
		{"a verbal noun after the first name", "وطلب الملك جون تعيين مستشار جديد.",
			nil, []string{"جون تعيين"}},
		{"a preposition and the article after the first name", "وأشاد الفنان يونس بالساحل الشرقي.",
			nil, []string{"يونس بالساحل"}},
		{"a conjunction and the article after the first name", "وكتب الملك جون والبارونات الميثاق.",
			nil, []string{"جون والبارونات"}},
		{"foreign family names in a list", "وشارك فيه آدم ساندلر وكيت بيكنسيل وكريستوفر والكن وجولي كافنر.",
			[]string{"كريستوفر والكن PER", "جولي كافنر PER"}, nil},
		{"a verb after a first name in a list", "وحضر آدم ساندلر وكيت أعلنت عن الفيلم.",
			nil, []string{"كيت أعلنت"}},
		{"a noun with a pronoun after a first name in a list", "وحضر آدم ساندلر وكيت والدتها.",
			nil, []string{"كيت والدتها"}},
		{"the next name of a list after the first name", "واستقبل الرئيس جون وسعيد الضيوف.",
			nil, []string{"جون وسعيد"}},
	})
}

// TestNameBoundsGazetteerFirstName checks that a first name a gazetteer
// holds alone as a person takes the foreign family name after it, but no
// noun or verb (other rules may still take a word after it: سلمان مقاليد).
func TestNameBoundsGazetteerFirstName(t *testing.T) {
	r := worldRecognizer(t)
	r.Matcher = mustMatcher(t, `{"id":"per:mohammed","type":"PER","names":{"ar":["محمد"]}}
{"id":"per:michael","type":"PER","names":{"ar":["مايكل"]}}
{"id":"per:salman","type":"PER","names":{"ar":["سلمان"]}}`)
	checkMentions(t, r, []mentionCase{
		{"a foreign family name", "وأعرب مايكل بالاك عن ثقته بالفريق.", []string{"مايكل بالاك PER per.ar.first-name"}, []string{"مايكل"}},
		{"a Maghrebi family name", "وقرأ محمد بنيس قصائده في الأمسية.", []string{"محمد بنيس PER"}, nil},
		{"a feminine noun in م", "وطلب سلمان مساعدة الدول الشقيقة.", []string{"سلمان PER"}, []string{"سلمان مساعدة"}},
		{"a verb in the past", "وقال إن قمته مع سلمان تناولت التعاون.", []string{"سلمان PER"}, []string{"سلمان تناولت"}},
		{"a noun after a preposition", "ودعا سلمان لمكافحة الإرهاب.", []string{"سلمان PER"}, []string{"سلمان لمكافحة"}},
	})
}
