package entity_test

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/token"
)

// mentionCase is a text with the mentions that must be found ("text TYPE",
// or "text TYPE rule" when the rule matters) and those that must not be
// ("text", or "text TYPE").
type mentionCase struct {
	name string
	text string
	want []string
	not  []string
}

// worldRecognizer returns a recogniser with the default gazetteer and
// lexicons.
func worldRecognizer(tb testing.TB) *entity.Recognizer {
	tb.Helper()
	m, err := world.Matcher()
	if err != nil {
		tb.Fatal(err)
	}
	return &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
}

// checkMentions runs r on each case.
func checkMentions(t *testing.T, r *entity.Recognizer, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := r.Recognize(tt.text, token.Tokenize(tt.text))
			got, texts := map[string]bool{}, map[string]bool{}
			var all []string
			for _, m := range ms {
				s := m.Text + " " + string(m.Type)
				got[s], got[s+" "+m.Rule], texts[m.Text] = true, true, true
				all = append(all, s+" "+m.Rule)
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("Recognize(%q): missing %q; got %s", tt.text, w, strings.Join(all, " | "))
				}
			}
			for _, n := range tt.not {
				if texts[n] || got[n] {
					t.Errorf("Recognize(%q): unwanted mention %q; got %s", tt.text, n, strings.Join(all, " | "))
				}
			}
		})
	}
}

// TestWorldPersons checks the person rules with the default gazetteer and
// lexicon: names they must find whole, and words they must leave alone.
func TestWorldPersons(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"an ordinal opens no name", "عاش الفيلسوف منذ القرن الرابع الهجري في بغداد.",
			nil, []string{"الرابع الهجري", "الرابع"}},
		{"an ordinal still ends a king's name", "أنشأه الملك بطليموس الثاني، الذي أمر بشن حملات.",
			[]string{"بطليموس الثاني PER"}, nil},
		{"a country opens no name", "وقالت النمسا إنها ستستقبل اللاجئين.",
			nil, []string{"النمسا إنها"}},
		{"verbal noun after a first name", "وتوقع فارس تزايد الأضرار الاقتصادية كلما طال الإضراب.",
			nil, []string{"فارس تزايد"}},
		{"verbal noun after a first name 2", "واستبعد فارس ارتفاع الأسعار في الشهر المقبل.",
			nil, []string{"فارس ارتفاع"}},
		{"verbal noun of form two after a first name", "ورفض كيري تحديد موعد للمحادثات.",
			nil, []string{"كيري تحديد"}},
		{"passive participle after a first name", "واستهدفت ميليشيات الحوثيين وصالح مخزون النفط.",
			nil, []string{"صالح مخزون"}},
		{"foreign surname of the same length", "وتألق كارلوس تيفيز في المباراة.",
			[]string{"كارلوس تيفيز PER"}, nil},
		{"adjective after a nationality", "ونتمنى الخير للشعب الإيراني الصديق في عيده.",
			nil, []string{"الصديق"}},
		{"compound name after a name of four words", "وشدد السفير عبد الله عبد اللطيف عبد الله على ضرورة الحوار.",
			[]string{"عبد الله عبد اللطيف عبد الله PER"}, nil},
		{"title after a preposition", "وصدر كتاب للدكتور ماجد العبيد، فيما كتب آخرون.",
			[]string{"ماجد العبيد PER"}, []string{"للدكتور ماجد العبيد"}},
		{"role after a preposition", "وقدم التهنئة للاعب فيصل ملكاوي بعد الفوز.",
			[]string{"فيصل ملكاوي PER"}, nil},
		{"preposition before a common word", "وتعهد بالرئاسة الجديدة للاتحاد.",
			nil, []string{"الجديدة"}},
		{"name after a verb of writing and before a colon", "وكتبت لولا عقيل: «لا يهم الشرح».",
			[]string{"لولا عقيل PER"}, nil},
		{"abbreviation of doctor against the name", "يقول د.ماجد القحطاني إن عدم الأكل مضر.",
			[]string{"ماجد القحطاني PER"}, []string{"د.ماجد القحطاني"}},
		{"directional mark after the name", "\u202bإخراج: دان شيسو\u202c",
			[]string{"دان شيسو PER"}, []string{"دان شيسو\u202c"}},
		{"verb in the past after a name", "وقال إن قمته مع الرئيس مبارك تطرقت إلى التعاون بين البلدين.",
			nil, []string{"مبارك تطرقت"}},
		{"participle after a name", "وقال ألونسو متسابق فريق رينو إن السباق صعب.",
			nil, []string{"ألونسو متسابق"}},
		{"broken plural after a name", "وروي له عن محمد احاديث كثيرة.",
			nil, []string{"محمد احاديث"}},
		{"verbal noun after an honorific", "وطلب الرئيس تحديد موعد الانتخابات.",
			nil, []string{"تحديد", "تحديد موعد"}},
		{"a town as a first name after a nationality", "وفازت الأمريكية نانسي كوال بالجائزة.",
			[]string{"نانسي كوال PER"}, []string{"نانسي"}},
		{"a town after a nationality stays a town", "وزار الوفد الفرنسي نانسي أمس.",
			[]string{"نانسي LOC"}, nil},
		{"quoted foreign name after a role", "وعملت زوجته «هيلين كوخ» معه عام 1903.",
			[]string{"هيلين كوخ PER"}, nil},
		{"name in straight quotes", "وتحكي الأسطورة أن الملكة \"تيني هاو\" حمت البحارة.",
			[]string{"تيني هاو PER"}, nil},
		{"quoted work after a role", "وأخرج المخرج «الطريق إلى الحرية» عام 1990.",
			nil, []string{"الطريق إلى الحرية", "الطريق"}},
		{"common Arab first names", "ووصل هاشم فتحي وجعفر الموسوي إلى المحكمة.",
			[]string{"هاشم فتحي PER", "جعفر الموسوي PER"}, nil},
		{"Gulf first names", "وقال عايض القحطاني إن المشروع اكتمل.",
			[]string{"عايض القحطاني PER"}, nil},
		{"in the name of is no first name", "وقال المتحدث باسم الحكومة إن الاجتماع انتهى.",
			nil, []string{"باسم الحكومة"}},
		{"Slavic family name", "وانتقد ياروسلاف كوفالسكي الحكومة في وارسو.",
			[]string{"ياروسلاف كوفالسكي PER"}, nil},
		{"Slavic family name alone", "واتهم المدعي العام ميلانوفيتش بارتكاب جرائم حرب.",
			[]string{"ميلانوفيتش PER"}, nil},
		{"the team is no general", "وسيعمل الفريق الفاسي على تفادي الهزيمة.",
			nil, []string{"الفاسي"}},
		{"a general's rank", "وقال الفريق الركن محمد ماجد إن الوضع مستقر.",
			[]string{"محمد ماجد PER"}, nil},
		{"a plural is no Slavic first name", "وقام بعمليات تشيرنوفيتش عدة.",
			nil, []string{"بعمليات تشيرنوفيتش"}},
		{"moulay is a title", "واستقبل الأمير مولاي رشيد الوفد في الرباط.",
			[]string{"رشيد PER"}, []string{"مولاي رشيد", "رشيد الوفد"}},
		{"caliph is a title", "وبعد مقتل الخليفة عثمان بن عفان تفرق الناس.",
			[]string{"عثمان بن عفان PER"}, []string{"الخليفة عثمان بن عفان"}},
		{"unknown family name still taken", "وقال الوزير فيصل ملكاوي إن الحكومة مستمرة.",
			[]string{"فيصل ملكاوي PER"}, nil},
		{"family after al", "استقبل الشيخ حمد بن جاسم بن جبر آل ثاني رئيس الوزراء أمس.",
			[]string{"حمد بن جاسم بن جبر آل ثاني PER"}, []string{"ثاني"}},
		{"nisba family name before an office", "التقى محمد سعيد الكندي وزير البيئة بالوفد.",
			[]string{"محمد سعيد الكندي PER"}, []string{"الكندي"}},
		{"nationality after a name is no family name", "وكان مالكولم اكس الأميركي، الذي اغتيل عام 1965، خطيبا.",
			nil, []string{"مالكولم اكس الأميركي"}},
		{"article family name before a comma", "وحضر اللقاء محمد سليم العوا، الأمين العام للاتحاد.",
			[]string{"محمد سليم العوا PER"}, nil},
		{"article word before a preposition", "وقدم يحيى بيرت الحاصل على الدكتوراه محاضرة.",
			nil, []string{"يحيى بيرت الحاصل"}},
		{"plural after a name", "باستثناء سالم مسعود العائدين، لعب الفريق كاملا.",
			nil, []string{"سالم مسعود العائدين"}},
		{"article family name after a first name", "وحل العداء المغربي فؤاد الكعام، في الصف الثالث.",
			[]string{"فؤاد الكعام PER"}, []string{"فؤاد"}},
		{"nisba family name after a first name", "وحضر فيصل السويدي نائب الرئيس الحفل.",
			[]string{"فيصل السويدي PER"}, []string{"السويدي"}},
		{"title after a first name", "وقال اللواء عثمان محمد عثمان السكرتير العام إن الأمن مستتب.",
			nil, []string{"عثمان السكرتير"}},
		{"time word after a first name", "وقال محمد الأربعاء إن الأمر انتهى.",
			nil, []string{"محمد الأربعاء"}},
		{"nisba family name after a first name with a conjunction", "وشكر الحضور ووليد المصري مدير المهرجان.",
			[]string{"وليد المصري PER"}, nil},
		{"nationality after a first name", "وفاز فيصل السويدي بالسباق.",
			nil, []string{"فيصل السويدي"}},
		{"emperor", "وفي عهد الإمبراطور شاو بنج سقطت المدينة.",
			[]string{"شاو بنج PER"}, nil},
		{"his excellency", "واستقبل معالي شونيتشي ناكاجاوا الوفد.",
			[]string{"شونيتشي ناكاجاوا PER"}, nil},
		{"written by", "والمسلسل من تأليف شيرين عادل وإخراج وفيق وجدي.",
			[]string{"شيرين عادل PER", "وفيق وجدي PER"}, nil},
		{"first name before a known name", "وقال الرئيس الإيراني الدكتور سيد محمد خاتمي إن بلاده مستعدة.",
			[]string{"سيد محمد خاتمي PER"}, []string{"محمد خاتمي"}},
		{"name chain link before a name", "وأشاد سعادة السيد محمد بن مبارك الخليفي بالمبادرة.",
			[]string{"محمد بن مبارك الخليفي PER"}, []string{"محمد بن", "مبارك الخليفي"}},
		{"compound name after a first name", "وكان الثلاثة هم صالح عبد الغفور وبسام شراب.",
			[]string{"صالح عبد الغفور PER"}, []string{"صالح عبد"}},
		{"family after a long chain a title introduced", "وترأس الجلسة سمو الشيخ عبدالله بن خليفة آل ثاني رئيس مجلس الوزراء.",
			[]string{"عبدالله بن خليفة آل ثاني PER"}, nil},
		{"ordinal after a shah", "وفي عهد الشاه إسماعيل الأول ازدهرت المدينة.",
			[]string{"إسماعيل الأول PER"}, nil},
		{"ordinal without a title", "وكان إسماعيل الأول في السباق.",
			nil, []string{"إسماعيل الأول"}},
		{"a relative is no father", "فبعث الأمير زيان ابن أخيه ليفاوض القوم.",
			nil, []string{"زيان ابن أخيه"}},
		{"article name before a link", "فأخذ البيعة لابنه الحسن بن علي ثم خرج.",
			[]string{"الحسن بن علي PER"}, []string{"بن علي"}},
		{"list of players", "وقد يحذو الحارس جانلويجي بوفون وفابيو كانافارو وأليساندرو نيستا حذوه.",
			[]string{"فابيو كانافارو PER", "أليساندرو نيستا PER"}, nil},
		{"list of actors", "وشارك في الفيلم يحيى شاهين ونور الشريف وأحمد مظهر.",
			[]string{"نور الشريف PER", "أحمد مظهر PER"}, nil},
		{"list back from a known item", "وشارك في المباراة حازم ميلكو وسالم زامبروتا وباتريك فييرا أمس.",
			[]string{"حازم ميلكو PER", "سالم زامبروتا PER", "باتريك فييرا PER"}, nil},
		{"no list after a place", "وزار الوفد القاهرة وحسن الظن سائد.",
			nil, []string{"حسن الظن"}},
		{"no list item that a noun ends", "واستقبل فيصل ملكاوي وعدد الزوار كبير.",
			nil, []string{"عدد الزوار"}},
		{"nom de guerre before a name", "وكان ابو عبد الله التركي يعمل في بيع الخضار.",
			[]string{"ابو عبد الله التركي PER"}, []string{"عبد الله التركي"}},
		{"next person of a list", "وشارك في المباراة علي خصيف وحمد محمد وسالم مسعود.",
			[]string{"حمد محمد PER"}, []string{"علي خصيف وحمد محمد", "علي خصيف وحمد"}},
	})
}

// TestPrepositionAli checks that a lone علي is the preposition on in a text
// that never writes على, and a name elsewhere.
func TestPrepositionAli(t *testing.T) {
	r := &entity.Recognizer{Matcher: mustMatcher(t, ""), Names: world.PersonNames(), FirstNames: world.FirstNames()}
	checkMentions(t, r, []mentionCase{
		{"preposition before a conjunction", "وشدد علي انه إذا جاء الوفد فسيلقاه.", nil, []string{"علي"}},
		{"preposition before a place", "واطلقت 20 صاروخا علي صفد وحيفا.", nil, []string{"علي"}},
		{"name after a title", "واستطاع الإمام علي ورجاله أن يحققوا النصر.", []string{"علي PER"}, nil},
		{"name before punctuation", "وقال علي، وهو يبتسم، إن الأمر انتهى.", []string{"علي PER"}, nil},
		{"name in a text that writes the preposition", "وقال علي إن الاتفاق على الطاولة.", []string{"علي PER"}, nil},
		{"full name stays in a text that writes the preposition", "وقال علي لاريجاني إن المحادثات على ما يرام.", []string{"علي لاريجاني PER"}, nil},
		{"preposition before a name's word", "وابرزت الصحف العراقية علي صدر صفحاتها التصريحات.", nil, []string{"علي صدر", "علي"}},
		{"name before a first name", "برئاسة السيد علي محمد الحمادي مدير الإدارة.", []string{"علي محمد الحمادي PER"}, nil},
		{"in favour of", "وتنازل عن حقه لصالح الأطفال.", nil, []string{"لصالح", "صالح"}},
		{"that I", "حتى لا يقال اني رجعت الى الحق.", nil, []string{"اني رجعت"}},
	})
}

// TestKingsName checks names the gazetteer knows in part: a king known by
// title and name takes no person's name right after him (he appoints
// her), and a first name it knows alone takes the family name after it.
func TestKingsName(t *testing.T) {
	r := &entity.Recognizer{Matcher: mustMatcher(t, `{"id":"per:king","type":"PER","name":"King","names":{"ar":["الملك عمران"]}}
{"id":"per:muhammad","type":"PER","name":"Muhammad","names":{"ar":["محمد"]}}`),
		Names: world.PersonNames(), FirstNames: world.FirstNames()}
	checkMentions(t, r, []mentionCase{
		{"a king goes by one name", "عيّن الملك عمران سلمى حداد وزيرة للاقتصاد.",
			[]string{"عمران PER", "سلمى حداد PER"}, []string{"عمران سلمى حداد"}},
		{"a known first name with a conjunction takes its family name", "وشارك علي خصيف ومحمد عبدالمنصف في المباراة.",
			[]string{"محمد عبدالمنصف PER"}, []string{"محمد"}},
		{"a first name still joins a name after an honorific", "برئاسة السيد علي محمد الحمادي مدير الإدارة.",
			[]string{"علي محمد الحمادي PER"}, nil},
	})
}

// TestFutureClitic checks that a one-word person name read after the
// future prefix س is no mention (وسائل is no و + س + ايل).
func TestFutureClitic(t *testing.T) {
	r := &entity.Recognizer{Matcher: mustMatcher(t, `{"id":"per:il","type":"PER","name":"Il","names":{"ar":["ايل"]}}`)}
	checkMentions(t, r, []mentionCase{
		{"future prefix", "ونقلت وسائل الإعلام الخبر.", nil, []string{"ائل", "وسائل"}},
		{"conjunction alone", "وكان كيم جونغ وايل في الصورة.", []string{"ايل PER"}, nil},
	})
}

// mustMatcher compiles the entries, JSON Lines.
func mustMatcher(t *testing.T, entries string) *gazetteer.Matcher {
	t.Helper()
	es, err := gazetteer.ReadJSONL(strings.NewReader(entries), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m, err := gazetteer.Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestPersonGuards checks the guards run after the person rules
// (guardPersons) and the common words of the ANERcorp folds, with the
// default gazetteer and lexicons.
func TestPersonGuards(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"verb after a title's name", "وعلم ان الرئيس بري اجرى ايضا اتصالا بالسفير الأميركي.",
			[]string{"بري PER"}, []string{"بري اجرى"}},
		{"verb after a first name", "يذكر أن صلاد حسن انتخب رئيسا للصومال في العام الماضي.",
			nil, []string{"حسن انتخب", "حسن انتخب PER"}},
		{"plural verb after a first name", "واختاروا من كل قبيلة فارس ليضربوا ضربة رجل واحد.",
			nil, []string{"فارس ليضربوا", "فارس PER"}},
		{"family name in وا kept", "وحضر اللقاء محمد سليم العوا، الأمين العام للاتحاد.",
			[]string{"محمد سليم العوا PER"}, nil},
		{"family name after a first name kept", "وقال فيصل ملكاوي إن الاتفاق سيوقع غدا.",
			[]string{"فيصل ملكاوي PER"}, nil},
		{"a name does not end with ولد", "وضمت اللائحة سلامة ولد النفاع ومحمد لمين ولد سلامة وعبد الرحمان ولد محمد حمودي ولد داف.",
			[]string{"محمد حمودي ولد داف PER"}, []string{"ولد", "ولد PER", "سلامة ولد"}},
		{"no alias of a verb cut off", "يذكر أن صلاد حسن انتخب رئيسا للصومال. وكان انتخب عضوا في البرلمان من قبل.",
			nil, []string{"انتخب", "انتخب PER", "حسن انتخب"}},
		{"no alias of a present verb cut off", "من فوق قمة فيكتوريا نطل إلى أسفل حيث الوادي. خاصة أننا كنا نطل عليه من نوافذ البيت.",
			nil, []string{"نطل", "نطل PER", "فيكتوريا نطل"}},
		{"Messenger of God", "ويؤمن المسلمون بأن محمدا رسول الله إلى الناس كافة.", nil, []string{"رسول الله", "رسول الله PER"}},
		{"Rasul before a known name", "واستقبل الوزير رسول محمدي السفير.", []string{"رسول محمدي PER"}, nil},
		{"the diplomat after a speech verb", "وأضاف الدبلوماسي أن المحادثات ستستمر.", nil, []string{"الدبلوماسي", "الدبلوماسي PER"}},
		{"a family name after a speech verb", "واعتبر الحريري أن الاتفاق صامد.", []string{"الحريري PER"}, nil},
		{"star of the team", "توصل النادي لاتفاق مع ماريو غوتزه نجم المنتخب الألماني.",
			[]string{"ماريو غوتزه PER"}, []string{"ماريو غوتزه نجم"}},
		{"Messenger of Islam", "وهو ابن عم محمد بن عبدالله رسول الإسلام وصهره.",
			[]string{"محمد بن عبدالله PER"}, []string{"محمد بن عبدالله رسول"}},
		{"Najm before a role", "وقدّمت الإعلامية ريما نجم الفنان اللبناني وائل كفوري.",
			[]string{"ريما نجم PER"}, []string{"ريما"}},
		{"Najm before no article", "الأغنية من كلمات أحمد فؤاد نجم وألحان ياسر عبدالرحمن.",
			[]string{"أحمد فؤاد نجم PER"}, nil},
		{"chief of staff", "استدعى رئيس أركان الجيش الإسرائيلي قادة الألوية.",
			nil, []string{"أركان", "أركان PER"}},
		{"adjective after a title and a nisba", "نقل الرئيس العراقي الأسير صدام حسين إلى المحكمة.",
			[]string{"صدام حسين PER"}, []string{"الأسير", "الأسير PER"}},
		{"husband after a role", "صحيح ان الأب زوج مثالي، وانه يحب أولاده.",
			nil, []string{"زوج", "زوج PER"}},
	})
}

// TestLandNotBerri checks that the gazetteer's بري (Berri) after a noun it
// describes is the adjective land (هجوم بري، أسد بري), and Berri elsewhere.
func TestLandNotBerri(t *testing.T) {
	r := &entity.Recognizer{Matcher: mustMatcher(t, `{"id":"per:berri","type":"PER","name":"Nabih Berri","names":{"ar":["نبيه بري","بري"]}}`),
		Names: world.PersonNames(), FirstNames: world.FirstNames()}
	checkMentions(t, r, []mentionCase{
		{"land attack", "إن أي هجوم بري إسرائيلي على لبنان سيمثل تصعيدا.", nil, []string{"بري", "بري PER"}},
		{"land attack with a preposition", "تعتزم القيام بهجوم بري على لبنان.", nil, []string{"بري", "بري PER"}},
		{"wild lion", "يعيش اليوم أسد برّي في الغابة.", nil, []string{"برّي", "برّي PER"}},
		{"Berri after his first name", "واستقبل رئيس مجلس النواب نبيه بري السفير الفرنسي.", []string{"نبيه بري PER"}, nil},
		{"Berri after a title", "وعلم ان الرئيس بري تلقى اتصالا من السفير.", []string{"بري PER"}, nil},
		{"Berri after a speech verb", "وقال بري إن الحوار مستمر.", []string{"بري PER"}, nil},
	})
}
