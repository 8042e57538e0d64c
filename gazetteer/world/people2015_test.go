package world_test

import "testing"

// TestPeople2015 runs the recogniser with the default gazetteer on
// sentences written for the test (not taken from any corpus) that name the
// people of sources/people-2015.jsonl and the one-word family names added
// to older entries: Egyptian politicians and artists, Gulf royals, athletes
// and historical kings of the news sample's culture pages; and Asir, a
// province whose nisba (عسيري) is a family name, and the interior ministry's
// spokesman by rank and family name (اللواء التركي). Negative cases keep the
// common words and the other bearers of a shared name what they are.
func TestPeople2015(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"an electoral list's head by his family name", "وقال سيف اليزل إن القائمة ستخوض الانتخابات.",
			[]string{"سيف اليزل PER per:sameh-seif-el-yazal"}, nil},
		{"Ganzouri alone", "وكانت قائمة الجنزوري قد انسحبت من السباق.",
			[]string{"الجنزوري PER per:kamal-ganzouri"}, nil},
		{"Varoufakis alone", "واستقال فاروفاكيس بعد الاستفتاء في اليونان.",
			[]string{"فاروفاكيس PER per:yanis-varoufakis", "اليونان LOC loc:greece"}, nil},
		{"a Dubai sheikh", "ورعى حمدان بن راشد آل مكتوم الحفل في دبي.",
			[]string{"حمدان بن راشد آل مكتوم PER per:hamdan-bin-rashid-al-maktoum", "دبي LOC loc:dubai"}, nil},
		{"his nephew stays himself", "ورعى حمدان بن محمد بن راشد الحفل.",
			[]string{"حمدان بن محمد بن راشد PER per:hamdan-bin-mohammed-al-maktoum"}, []string{"حمدان بن راشد"}},
		{"a minister of state", "وحضر محمد بن عبد الملك آل الشيخ الاجتماع.",
			[]string{"محمد بن عبد الملك آل الشيخ PER per:mohammed-al-al-sheikh"}, nil},
		{"tennis players by surname", "وفاز فافرينكا على نيشيكوري في ثلاث مجموعات.",
			[]string{"فافرينكا PER per:stan-wawrinka", "نيشيكوري PER per:kei-nishikori"}, nil},
		{"a surfer", "ونجا ميك فانينغ من هجوم سمكة قرش.",
			[]string{"ميك فانينغ PER per:mick-fanning"}, nil},
		{"footballers in a list", "وغاب أيمن حفني وعمر جابر ومحمد عبد الشافي عن التدريب.",
			[]string{"أيمن حفني PER per:ayman-hefny", "عمر جابر PER per:omar-gaber", "محمد عبد الشافي PER per:mohamed-abdel-shafy"}, nil},
		{"a producer", "ووقعت الممثلة عقدا مع صادق الصباح لمسلسل جديد.",
			[]string{"صادق الصباح PER per:sadek-sabbah"}, nil},
		{"morning is no producer", "وخرج في الصباح الباكر إلى عمله.",
			nil, []string{"الصباح PER"}},
		{"a king with his epithet", "وحاصر ريتشارد قلب الأسد مدينة عكا.",
			[]string{"ريتشارد قلب الأسد PER per:richard-the-lionheart"}, []string{"الأسد"}},
		{"the Ptolemies", "وخلف بطليموس الثاني أباه بطليموس الأول على عرش مصر.",
			[]string{"بطليموس الثاني PER per:ptolemy-ii", "بطليموس الأول PER per:ptolemy-i"}, nil},
		{"a director", "وأخرج ديفيد لين فيلم لورانس العرب.",
			[]string{"ديفيد لين PER per:david-lean"}, nil},
		{"Asiri is a family name, not Asir's nisba", "وعاد ماجد عسيري إلى التدريبات بعد الإصابة.",
			[]string{"ماجد عسيري PER "}, []string{"عسيري"}},
		{"the spokesman by rank and family name", "وقال اللواء التركي، إن الخلية ضبطت.",
			[]string{"التركي PER per:mansour-al-turki"}, []string{"اللواء التركي"}},
		{"a Turkish army is no spokesman", "وقال الجيش التركي إن الحدود آمنة.",
			nil, []string{"التركي PER"}},
		{"Asir stays a place", "وهطلت أمطار غزيرة على منطقة عسير أمس.",
			[]string{"عسير LOC loc:asir-region"}, nil},
	})
}
