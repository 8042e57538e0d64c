package world_test

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/token"
)

// mentionCase is a sentence written for a test, the mentions the recogniser
// with the default gazetteer must find in it ("text TYPE entry", the entry
// empty for a rule's mention) and the texts that must be no mention ("text",
// or "text TYPE" for no mention of that type).
type mentionCase struct {
	name string
	text string
	want []string
	not  []string
}

// checkMentions runs the recogniser with the default gazetteer on each case.
func checkMentions(t *testing.T, tests []mentionCase) {
	t.Helper()
	m, err := world.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	r := &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := r.Recognize(tt.text, token.Tokenize(tt.text))
			got := map[string]bool{}
			texts := map[string]bool{}
			var all []string
			for _, m := range ms {
				s := m.Text + " " + string(m.Type) + " " + m.Entity
				got[s], texts[m.Text], texts[m.Text+" "+string(m.Type)] = true, true, true
				all = append(all, s)
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("missing %q; got %s", w, strings.Join(all, " | "))
				}
			}
			for _, n := range tt.not {
				if texts[n] {
					t.Errorf("unwanted mention %q; got %s", n, strings.Join(all, " | "))
				}
			}
		})
	}
}

// TestTrailingNisba checks that an organisation followed by the nisba of
// its country ends before the nisba, as the news gold sets tag it
// (الكونغرس الأميركي → الكونغرس), while a ministry keeps its country and a
// nisba that is part of the fixed name stays inside.
func TestTrailingNisba(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"guards without Iranian", "وقال الحرس الثوري الإيراني إن المناورات انتهت.",
			[]string{"الحرس الثوري ORG org:irgc", "الإيراني LOC loc:iran"}, []string{"الحرس الثوري الإيراني"}},
		{"Hezbollah without Lebanese", "وقاتل حزب الله اللبناني في القصير.",
			[]string{"حزب الله ORG org:hezbollah"}, []string{"حزب الله اللبناني"}},
		{"a channel and a club", "وبثت سي إن إن الأميركية مباراة الزمالك المصري.",
			[]string{"سي إن إن ORG org:cnn", "الزمالك ORG org:zamalek-sc"}, []string{"سي إن إن الأميركية", "الزمالك المصري"}},
		{"the PLO keeps its fixed name", "وقالت منظمة التحرير الفلسطينية إن المفاوضات توقفت.",
			[]string{"منظمة التحرير الفلسطينية ORG org:palestine-liberation-organization"}, []string{"منظمة التحرير"}},
		{"a ministry keeps its country", "وأعلنت وزارة الحج السعودية الخطة.",
			[]string{"وزارة الحج السعودية ORG org:saudi-ministry-of-hajj"}, nil},
	})
}

// TestCulturePeople checks the painters, writers, composers, thinkers and
// film people of the culture pages, named alone without a title or a cue,
// and that a short name another entry holds stays with that entry.
func TestCulturePeople(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"painters by surname", "وتضم القاعة لوحات لرمبرانت وكارافاجيو وكاناليتو.",
			[]string{"رمبرانت PER per:rembrandt", "كارافاجيو PER per:caravaggio", "كاناليتو PER per:canaletto"}, nil},
		{"writers by surname", "وقرأ بوشكين وتشيخوف وبورخيس في شبابه.",
			[]string{"بوشكين PER per:alexander-pushkin", "تشيخوف PER per:anton-chekhov", "بورخيس PER per:jorge-luis-borges"}, nil},
		{"thinkers", "وناقش الكتاب فلسفة سارتر وفولتير ونيتشه.",
			[]string{"سارتر PER per:jean-paul-sartre", "فولتير PER per:voltaire", "نيتشه PER per:friedrich-nietzsche"}, nil},
		{"a statesman and a double agent", "وكتب عن بسمارك وعن الجاسوس كيم فيلبي.",
			[]string{"بسمارك PER per:otto-von-bismarck", "كيم فيلبي PER per:kim-philby"}, nil},
		{"British party leaders by surname", "وانتقد كوربين خطابات ميليباند.",
			[]string{"كوربين PER per:jeremy-corbyn", "ميليباند PER per:ed-miliband"}, nil},
		{"a director with a particle", "وأخرج بريان دي بالما الفيلم عام 1993.",
			[]string{"بريان دي بالما PER per:brian-de-palma"}, []string{"بالما"}},
		{"Mattis stays the general", "وقال ماتيس إن القوات باقية.",
			[]string{"ماتيس PER per:jim-mattis"}, nil},
		{"Wagner alone stays the group", "وانتشرت قوات فاغنر في المدينة.",
			nil, []string{"فاغنر PER"}},
		{"tokens of new names are no common words", "وقال المستشار القانوني إن شأن البئر لا يعني العرب.",
			nil, []string{"القانوني", "شأن", "البئر", "العرب PER"}},
	})
}

// TestSaudiBodiesAndPlaces checks the Saudi government bodies, companies,
// hospitals, colleges and facilities named after a king or a prince (whose
// royal name must not become a person), holy sites, towns and border
// crossings, and that the short names stay apart from the common words
// they hold.
func TestSaudiBodiesAndPlaces(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"court and civil defence", "وأعلن الديوان الملكي أن الدفاع المدني في حالة تأهب.",
			[]string{"الديوان الملكي ORG org:saudi-royal-court", "الدفاع المدني ORG org:saudi-civil-defense"}, nil},
		{"a country's border guard is no named body", "وانتشر حرس الحدود التركي على الحدود.",
			nil, []string{"حرس الحدود", "حرس الحدود التركي"}},
		{"the Jordanian court stays Jordanian", "وأصدر الديوان الملكي الأردني بيانا.",
			[]string{"الديوان الملكي الأردني ORG org:royal-hashemite-court"}, nil},
		{"a facility named after a king is no person", "ونقل المصاب إلى مدينة الملك فهد الطبية قرب طريق الملك فهد.",
			[]string{"مدينة الملك فهد الطبية ORG org:king-fahd-medical-city", "طريق الملك فهد LOC loc:king-fahd-road"}, []string{"فهد"}},
		{"stadiums", "وتقام المباراة في استاد الملك فهد الدولي بعد مدينة الملك عبد الله الرياضية.",
			[]string{"استاد الملك فهد الدولي LOC loc:king-fahd-stadium", "مدينة الملك عبد الله الرياضية LOC loc:king-abdullah-sports-city"}, []string{"فهد", "عبد الله"}},
		{"the king himself stays a person", "واستقبل الملك فهد الوفد في الرياض.",
			nil, []string{"الملك فهد LOC", "الملك فهد ORG"}},
		{"holy sites", "وصلى الحجاج في المسجد الحرام ثم زاروا المسجد النبوي والبقيع.",
			[]string{"المسجد الحرام LOC loc:masjid-al-haram", "المسجد النبوي LOC loc:masjid-an-nabawi", "البقيع LOC loc:al-baqi"}, nil},
		{"towns of Jazan and Riyadh", "وامتدت الأمطار من صبيا والداير بني مالك إلى عفيف والدلم.",
			[]string{"صبيا LOC loc:sabya", "الداير بني مالك LOC loc:al-dayer", "عفيف LOC loc:afif", "الدلم LOC loc:al-dilam"}, nil},
		{"an ongoing conflict is no Al-Dayer", "وتحدث عن النزاع الدائر في اليمن.",
			nil, []string{"الدائر"}},
		{"a hospital leaves its city apart", "وقال استشاري بمستشفى الملك فهد بجدة إن الحالة مستقرة.",
			[]string{"مستشفى الملك فهد LOC loc:king-fahd-hospital", "جدة LOC loc:jeddah"}, []string{"مستشفى الملك فهد بجدة", "فهد"}},
		{"border crossings", "وعبرت الشاحنات منفذ الوديعة ومنفذ الطوال.",
			[]string{"منفذ الوديعة LOC loc:al-wadiah", "منفذ الطوال LOC loc:al-tuwal-crossing"}, nil},
		{"a district after its head", "ووقع الحادث في حي الملز.",
			[]string{"الملز LOC loc:al-malaz"}, []string{"حي الملز"}},
		{"chambers and authorities", "ووقع مجلس الغرف السعودية وغرفة جدة اتفاقا مع هيئة تطوير الرياض.",
			[]string{"مجلس الغرف السعودية ORG org:council-of-saudi-chambers", "غرفة جدة ORG org:jeddah-chamber", "هيئة تطوير الرياض ORG org:riyadh-development-authority"}, []string{"جدة", "الرياض"}},
		{"the broadcasting authority whole", "وبثت هيئة الإذاعة والتلفزيون الحفل.",
			[]string{"هيئة الإذاعة والتلفزيون ORG org:saudi-broadcasting-authority"}, nil},
		{"common words stay words", "وتحدث الرئيس العام لرعاية الشباب عن الشباب والأمن العام.",
			nil, []string{"الشباب", "رعاية الشباب", "الأمن العام"}},
	})
}

// TestWorldOrganisations checks companies, clubs and bodies of the world
// pages, named alone, and that a town keeps a name a firm shares only in
// longer forms.
func TestWorldOrganisations(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"car makers", "ورفضت فورد موتور وكرايسلر الخطة، وأعلنت شركة باراماونت أرباحها.",
			[]string{"فورد موتور ORG org:ford-motor-company", "كرايسلر ORG org:chrysler", "شركة باراماونت ORG org:paramount-pictures"}, nil},
		{"a verb is no Audi", "وقع الانفجار الذي أودى بحياة العشرات، وقالت: أؤدي عملي.",
			nil, []string{"أودى", "أؤدي"}},
		{"aircraft makers", "وستحل الطائرة محل طائرات إليوشن وأنتونوف.",
			[]string{"إليوشن ORG org:ilyushin", "أنتونوف ORG org:antonov"}, nil},
		{"Argentine clubs", "وفاز بوكا جونيورز على ريفر بليت، وتعادل سان لورينزو.",
			[]string{"بوكا جونيورز ORG org:boca-juniors", "ريفر بليت ORG org:river-plate", "سان لورينزو ORG org:san-lorenzo"}, nil},
		{"British bodies and parties", "ودعم المجلس الثقافي البريطاني الحزب القومي الاسكوتلندي.",
			[]string{"المجلس الثقافي البريطاني ORG org:british-council", "الحزب القومي الاسكوتلندي ORG org:scottish-national-party"}, nil},
		{"Wales, and Russia after a preposition", "وعاش في ويلز، وتقام كأس العالم بروسيا.",
			[]string{"ويلز LOC loc:wales", "روسيا LOC loc:russia"}, []string{"بروسيا"}},
	})
}

// TestNamesAreNoTowns checks that first names and a word which some town
// also bears stay apart from the town (common-words-ar.txt), and that the
// town keeps its other forms.
func TestNamesAreNoTowns(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"first names", "وعرض جورجيو أرماني مجموعته، وتحدثت فيكتوريا ماكارينكو عن فرح ابنتها.",
			nil, []string{"جورجيو LOC", "فيكتوريا LOC", "فرح LOC"}},
		{"the tilt of a device", "وتتغير الصورة بتغيير زاوية ميلان الجهاز.",
			nil, []string{"ميلان LOC"}},
		{"Milan keeps its Italian form", "وسافر الوفد إلى ميلانو أمس.",
			[]string{"ميلانو LOC loc:milan"}, nil},
		{"a lake keeps its multi-word name", "وتقع القرية على بحيرة فيكتوريا.",
			[]string{"بحيرة فيكتوريا LOC loc:lake-victoria"}, nil},
	})
}

// TestYemenFronts checks districts, ports and sites of the 2015 war in
// Yemen that the gazetteer lacked, and that a person's name inside a
// site's name stays part of the site.
func TestYemenFronts(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"districts of Taiz", "وتقدمت القوات في الجحملية والحوبان نحو الراهدة.",
			[]string{"الجحملية LOC loc:al-jahmaliya", "الحوبان LOC loc:al-hawban", "الراهدة LOC loc:al-rahida"}, nil},
		{"ports of Hudaydah", "وقصفت الطائرات ميناء الصليف ورأس عيسى.",
			[]string{"ميناء الصليف LOC loc:as-salif", "رأس عيسى LOC loc:ras-isa"}, []string{"عيسى"}},
		{"a prison named after a man", "وسيطر المسلحون على سجن بير أحمد في عدن.",
			[]string{"سجن بير أحمد LOC loc:bir-ahmed", "عدن LOC loc:aden"}, []string{"بير أحمد PER", "أحمد"}},
		{"the palace and the airport", "وعاد هادي إلى قصر معاشيق بعد وصوله إلى مطار الريان.",
			[]string{"قصر معاشيق LOC loc:al-maashiq", "مطار الريان LOC loc:riyan-airport"}, nil},
	})
}

// TestNewsMedia checks newspapers, agencies, think tanks and aid bodies by
// the spellings the news uses, and that RT's Arabic name is no Russia.
func TestNewsMedia(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"British papers", "وذكرت التايمز وفاينانشال تايمز والأوبزرفر أن الحكومة تراجعت.",
			[]string{"التايمز ORG org:the-times", "فاينانشال تايمز ORG org:financial-times", "الأوبزرفر ORG org:the-observer"}, nil},
		{"RT is no Russia", "وبثت قناة روسيا اليوم المقابلة.",
			[]string{"قناة روسيا اليوم ORG org:rt"}, []string{"روسيا"}},
		{"spelling variants", "ونقلت بلومبيرج عن هيومان رايتس ووتش أن الصليب الأحمر لم يدخل.",
			[]string{"بلومبيرج ORG org:bloomberg", "هيومان رايتس ووتش ORG org:human-rights-watch", "الصليب الأحمر ORG org:international-committee-of-the-red-cross"}, nil},
		{"a think tank", "وقال باحث في مؤسسة كارنيغي إن الاتفاق هش.",
			[]string{"مؤسسة كارنيغي ORG org:carnegie-endowment"}, nil},
	})
}

// TestSurnamesAlone checks 2015 officials named by a distinctive surname
// alone, that a first name before it still makes one name, and that a
// family name with the article shared by many stays a rule's name.
func TestSurnamesAlone(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"envoys and ministers by surname", "والتقى ولد الشيخ وكوبلر وهاموند، فيما انتقد جنبلاط بارزاني.",
			[]string{"ولد الشيخ PER per:ismail-ould-cheikh-ahmed", "كوبلر PER per:martin-kobler", "هاموند PER per:philip-hammond",
				"جنبلاط PER per:walid-jumblatt", "بارزاني PER per:masoud-barzani"}, nil},
		{"Yemeni and Egyptian leaders", "واجتمع بحاح وبن دغر، وصرح محلب ومميش.",
			[]string{"بحاح PER per:khaled-bahah", "بن دغر PER per:ahmed-obeid-bin-daghr",
				"محلب PER per:ibrahim-mahlab", "مميش PER per:mohab-mamish"}, nil},
		{"a first name known alone keeps its surname", "وحكم الرئيس شكري القوتلي سوريا، وقال المصمم دانتي فيريتي إن العمل انتهى.",
			[]string{"شكري القوتلي PER ", "دانتي فيريتي PER "}, []string{"شكري", "دانتي"}},
		{"a first name joins the surname", "وقال مسرور بارزاني إن الإقليم صامد.",
			[]string{"مسرور بارزاني PER per:masrour-barzani"}, []string{"بارزاني"}},
		{"Chokri Belaid stays himself", "واغتيل شكري بلعيد في تونس.",
			[]string{"شكري بلعيد PER per:chokri-belaid"}, []string{"شكري"}},
		{"a shared family name stays a rule's name", "وقال عبد الرحمن الفالح إن السوق مستقر.",
			[]string{"عبد الرحمن الفالح PER "}, []string{"الفالح"}},
	})
}

// TestLondonPagesAndFirms checks the London districts, estate agents,
// audit firms and football confederations of the property, business and
// sports pages, and that Greenwich time and a spice stay what they are.
func TestLondonPagesAndFirms(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"London districts", "وترتفع الأسعار في كوفنت غاردن وبادينغتون وشورديتش وباترسي.",
			[]string{"كوفنت غاردن LOC loc:covent-garden", "بادينغتون LOC loc:paddington", "شورديتش LOC loc:shoreditch", "باترسي LOC loc:battersea"}, nil},
		{"estate agents and auditors", "وقالت نايت فرانك وسافيلز إن كي بي إم جي وديلويت تتوقعان التعافي.",
			[]string{"نايت فرانك ORG org:knight-frank", "سافيلز ORG org:savills", "كي بي إم جي ORG org:kpmg", "ديلويت ORG org:deloitte"}, []string{"نايت فرانك PER"}},
		{"confederations", "وتأهلت المكسيك في بطولة الكونكاكاف بعد قرار الاتحاد الآسيوي.",
			[]string{"الكونكاكاف ORG org:concacaf", "الاتحاد الآسيوي ORG org:asian-football-confederation"}, nil},
		{"Gabriel and Attila", "وزار جابريل طهران، وكتب المؤرخ عن أتيلا وبركان فيزوف.",
			[]string{"جابريل PER per:sigmar-gabriel", "أتيلا PER per:attila", "بركان فيزوف LOC loc:mount-vesuvius"}, nil},
		{"Greenwich time and a spice", "وبدأ الاجتماع عند الثامنة بتوقيت غرينتش، وأضيفت رشة من بهار الفلفل.",
			nil, []string{"غرينتش", "بهار"}},
	})
}

// TestCultureNamesThatAreWords checks that painters and scientists whose
// surname alone is a word or a unit keep only their full names.
func TestCultureNamesThatAreWords(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a unit and an adverb", "وتبلغ قوته 620 نيوتن، وقال لغويًا إن الكلمة عربية.",
			nil, []string{"نيوتن", "غويًا", "لغويًا"}},
		{"full names stay", "ورسم فرانشيسكو غويا لوحته، وصاغ إسحاق نيوتن قوانينه.",
			[]string{"فرانشيسكو غويا PER per:francisco-goya", "إسحاق نيوتن PER per:isaac-newton"}, nil},
	})
}

// TestArtsSociety checks the Saudi arts society, whose name the head rule
// cut after its first noun, with its city's branch left apart.
func TestArtsSociety(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a branch in Jeddah", "واستقبلت جمعية الثقافة والفنون بجدة الفنانين.",
			[]string{"جمعية الثقافة والفنون ORG org:saudi-arabian-society-for-culture-and-arts", "جدة LOC loc:jeddah"}, []string{"جمعية الثقافة"}},
	})
}
