package entity_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

// TestWorldPlacesAndOrgs checks the rules for places, organisations and
// other names with the default gazetteer: each case names mentions that
// must be found (text, type and, after a second space, the rule when it
// matters) and texts that must be no mention.
func TestWorldPlacesAndOrgs(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"mountains with an unknown name", "وأنت تتأمل الإطلالات على جبال الألب.",
			[]string{"جبال الألب LOC loc.ar.feature"}, []string{"الألب"}},
		{"river the gazetteer holds", "ويمر نهر النيل بالمدينة.",
			[]string{"نهر النيل LOC"}, []string{"النيل"}},
		{"desert with a known place", "وتوغلت القوات في صحراء سيناء أمس.",
			[]string{"صحراء سيناء LOC loc.ar.feature"}, []string{"سيناء"}},
		{"feature head with a proclitic", "وصلوا إلى الضفة وبحيرة طبريا.",
			[]string{"بحيرة طبريا LOC"}, []string{"وبحيرة طبريا"}},
		{"peninsula with a nisba", "في قصور شبه الجزيرة الأيبيرية.",
			[]string{"شبه الجزيرة الأيبيرية LOC loc.ar.feature"}, nil},
		{"peninsula without a name", "تقع في شبه الجزيرة التي تحيط بها المياه.",
			nil, []string{"شبه الجزيرة", "شبه الجزيرة التي"}},
		{"sea of a week is time", "وسيصدر القرار في بحر الأسبوع المقبل.",
			nil, []string{"بحر الأسبوع"}},
		{"mountain with an adjective", "صعدوا إلى جبل عال ثم إلى الجبل الأخضر.",
			nil, []string{"جبل عال"}},
		{"feature head before a plural", "هذا بحر العاملين في الميناء.",
			nil, []string{"بحر العاملين"}},
		{"club word before a city", "تعادل اتحاد طنجة مع حسنية أكادير في الدوري.",
			[]string{"اتحاد طنجة ORG org.ar.club", "حسنية أكادير ORG org.ar.club"}, []string{"طنجة", "أكادير"}},
		{"strong club word before an unknown town", "فاز أولمبيك خريبكة في مباراة الأمس.",
			[]string{"أولمبيك خريبكة ORG org.ar.club"}, nil},
		{"club word with a proclitic", "بين فريقي الجيش الملكي وهرتا برلين في المباراة.",
			[]string{"هرتا برلين ORG org.ar.club"}, []string{"وهرتا برلين", "برلين"}},
		{"a word and a city's nisba", "فاز الكوكب المراكشي على المغرب التطواني في الدوري.",
			[]string{"الكوكب المراكشي ORG org.ar.club", "المغرب التطواني ORG org.ar.club"}, []string{"المغرب"}},
		{"crowd and player of a city are no club", "وصفق الجمهور المراكشي للاعب المراكشي في المباراة.",
			nil, []string{"الجمهور المراكشي", "للاعب المراكشي"}},
		{"no club word before a city outside sport", "زار وفد اتحاد طنجة للصناعات مراكش.",
			nil, []string{"اتحاد طنجة"}},
		{"fixtures without a sports word", "- المغرب الفاسي - المولودية الوجدية .",
			[]string{"المغرب الفاسي ORG org.ar.club", "المولودية الوجدية ORG org.ar.club"}, []string{"المغرب"}},
		{"a strong club word outside sport", "وقال إن فيردر بريمن سيفوز.",
			[]string{"فيردر بريمن ORG org.ar.club"}, []string{"بريمن"}},
		{"a city's nisba after a common noun outside sport", "اشتهر المطبخ الحلبي والصابون النابلسي.",
			nil, []string{"المطبخ الحلبي", "الصابون النابلسي"}},
		{"country's nisba makes no club", "وقال الاتحاد المغربي لكرة القدم إن المباراة تأجلت.",
			nil, []string{"الاتحاد المغربي"}},
		{"office and a quoted organisation", "قال الأمين العام لـ«المجلس الإسلامي في بريطانيا»، الدكتور شجاع شافي: «نؤيد».",
			[]string{"المجلس الإسلامي في بريطانيا ORG org.ar.quoted-office"}, []string{"بريطانيا"}},
		{"a quoted place alone stays a place", "وقال لـ«سوريا» إن الوضع صعب.",
			[]string{"سوريا LOC"}, nil},
		{"a quoted newspaper with a city's name", "وقال لـ«نيويورك تايمز» إن الوضع صعب.",
			[]string{"نيويورك تايمز ORG"}, []string{"نيويورك"}},
		{"quoted initiative", "قال المدير العام لمبادرة «نفهم» إن.",
			nil, []string{"لمبادرة"}},
		{"quoted store", "اشترى ثيابه من محلات «هارودز» في لندن.",
			[]string{"هارودز ORG"}, nil},
		{"cued organisation in guillemets", "لجأ مقاتلو «داعش» و«القاعدة» إلى التحصن.",
			[]string{"القاعدة ORG org.ar.cued", "داعش ORG"}, nil},
		{"cued organisation after its leader", "القبض على زعيم القاعدة في اليمن.",
			[]string{"القاعدة ORG org.ar.cued"}, nil},
		{"cued organisation with a proclitic", "يشتبه في صلاته بالقاعدة.",
			[]string{"القاعدة ORG org.ar.cued"}, []string{"بالقاعدة"}},
		{"a rule is no organisation", "تطبق القاعدة على الجميع، وهذه القاعدة لا تتغير.",
			nil, []string{"القاعدة"}},
		{"places added to the gazetteer", "يستقر الحبيبان في يافا، وتهبط الأسهم في شنغهاي، وتستهدف المساجد في المنطقة الشرقية.",
			[]string{"يافا LOC", "شنغهاي LOC", "المنطقة الشرقية LOC"}, nil},
		{"common words that are towns elsewhere", "وقال: «عندما اقتادوني إلى زنزانة». نظام ترفيه سمعي وبصري. كتبت: «مو مهم الشرح».",
			nil, []string{"زنزانة", "بصري", "مو"}},
		{"Bosra keeps its full name", "سيطرت المعارضة على بصرى الشام.",
			[]string{"بصرى الشام LOC"}, nil},
		{"championship of the world", "شارك في بطولة العالم للمصارعة في القاهرة.",
			[]string{"بطولة العالم للمصارعة MISC misc.ar.event", "القاهرة LOC"}, nil},
		{"cup named after a person", "فاز ببطولة كأس الشيخ جاسم لكرة القدم.",
			[]string{"بطولة كأس الشيخ جاسم لكرة القدم MISC misc.ar.event"}, []string{"جاسم", "ببطولة كأس الشيخ جاسم لكرة القدم"}},
		{"a place inside an event's name", "خسر في بطولة الولايات المتحدة المفتوحة. وأقيم مهرجان بغداد للتسوق.",
			[]string{"بطولة الولايات المتحدة المفتوحة MISC", "مهرجان بغداد للتسوق MISC"}, []string{"الولايات المتحدة", "بغداد"}},
		{"time word after an event", "تستعد لكأس أمم أفريقيا المقبلة وبطولة العالم 2002.",
			[]string{"كأس أمم أفريقيا MISC", "بطولة العالم 2002 MISC"}, []string{"لكأس أمم أفريقيا المقبلة"}},
		{"heads without a name", "قدمت بطولة قوية وشربت كأس من الشاي ثم فاز بكأس الملك.",
			nil, []string{"بطولة قوية", "كأس من الشاي", "كأس الملك", "كأس"}},
		{"starring in a series is no event", "تلعب بطولة المسلسل الاجتماعي وبطولة الفيلم الجديد.",
			nil, []string{"بطولة المسلسل الاجتماعي", "بطولة المسلسل", "بطولة الفيلم الجديد", "بطولة الفيلم"}},
		{"rally is a word", "شارك في رالي السيارات الكلاسيكية.",
			nil, []string{"رالي"}},
		{"ministry and its allies", "يضم السفارات مع وزارة الدفاع والحلفاء الإقليميين للولايات المتحدة.",
			[]string{"وزارة الدفاع ORG"}, []string{"وزارة الدفاع والحلفاء الإقليميين"}},
		{"a conjoined name stays whole", "أعلن حزب العدالة والتنمية فوزه.",
			[]string{"حزب العدالة والتنمية ORG"}, nil},
		{"head and a common noun", "يتطلب قاعدة بيانات منظمة تنظيمًا جيدًا، وابتكرته شركة طيران روسية، في أول فندق هناك.",
			nil, []string{"منظمة تنظيمًا", "شركة طيران", "فندق هناك"}},
		{"forces word before an armed group", "تقدمت قوات الحشد الشعبي نحو المدينة.",
			[]string{"الحشد الشعبي ORG"}, []string{"قوات الحشد الشعبي"}},
		{"Congress without its nisba", "لإعطاء الكونغرس الأميركي فرصة لمناقشة الاتفاق.",
			[]string{"الكونغرس ORG"}, []string{"الكونغرس الأميركي"}},
		{"bidirectional marks off a name", "Le Boucher | Claude Chabrol \u202a(\u202cFrance\u202a)\u202c",
			[]string{"France LOC"}, []string{"France\u202a", "France\u202c"}},
		{"venues and games keep their city", "ستقام المباراة على استاد الدوحة، وفاز بميدالية في أولمبياد بكين.",
			[]string{"استاد الدوحة LOC", "بكين LOC"}, []string{"الدوحة"}},
		{"a city the team plays stays a club", "فاز ليفربول على مانشستر في مباراة الدوري.",
			[]string{"ليفربول ORG"}, nil},
		{"England, Scotland and Kurdistan", "تأهلت إنجلترا واسكتلندا، وزار الوفد كردستان.",
			[]string{"إنجلترا LOC", "اسكتلندا LOC", "كردستان LOC"}, nil},
		{"companies and newspapers added", "اختارت موتورولا ونوكيا طريقا، ونشرت صحيفة نيويورك بوست ويديعوت أحرنوت أن فيراري وسيتروين ستنسحبان.",
			[]string{"موتورولا ORG", "نوكيا ORG", "نيويورك بوست ORG", "يديعوت أحرنوت ORG", "فيراري ORG", "سيتروين ORG"}, []string{"نيويورك"}},
		{"رينو alone is Renault (news sample 8 of 8, ANERcorp train 1 of 1), even for Reno", "وصل الوفد إلى رينو في نيفادا.",
			[]string{"رينو ORG", "نيفادا LOC"}, []string{"رينو LOC"}},
		{"district ending in ta marbuta", "تقع في حي الشعلة في بغداد.",
			[]string{"الشعلة LOC loc.ar.head"}, nil},
		{"a facility named after a field is no place", "زار مدينة الملاهي ومدينة المعارض قرب «مدينة التكنولوجيا» في حي الشعلة ومدينة الخبر.",
			[]string{"الشعلة LOC loc.ar.head", "الخبر LOC loc.ar.head"}, []string{"الملاهي", "المعارض", "التكنولوجيا"}},
		{"industrial zone is no name", "افتتح المصنع في المنطقة الصناعية بمدينة كبيرة وفي حي السكنية.",
			nil, []string{"الصناعية", "كبيرة", "السكنية"}},
		{"quoted place after a head with a preposition", "دخل البرلمان كممثل لمنطقة «إسلينغتون نورث» عام 1983.",
			[]string{"إسلينغتون نورث LOC loc.ar.head"}, nil},
		{"a foreign name of two words after a head", "أعلنت شركة تكساكو بيتروليوم عن أرباحها.",
			[]string{"تكساكو بيتروليوم ORG org.ar.head"}, []string{"شركة تكساكو بيتروليوم"}},
		{"a verbal noun after a one-word name", "أعلنت شركة ماكسويل تخفيض الإنتاج، وقالت شركة ماكسويل الأمريكية إن.",
			[]string{"ماكسويل ORG org.ar.head"}, []string{"شركة ماكسويل تخفيض", "شركة ماكسويل الأمريكية", "ماكسويل تخفيض", "ماكسويل الأمريكية", "شركة ماكسويل"}},
		{"a name with a complement", "أستاذ في معهد ماساشوستس للتكنولوجيا، ومدير شركة هاتون للعقار.",
			[]string{"معهد ماساشوستس للتكنولوجيا ORG", "شركة هاتون للعقار ORG"}, []string{"هاتون"}},
		{"a genitive after a name's noun", "من أعضاء منظمة حقوق الإنسان التركية في أنقرة.",
			[]string{"منظمة حقوق الإنسان ORG"}, []string{"منظمة حقوق", "منظمة حقوق الإنسان التركية"}},
		{"a place after a company without a complement", "زار وفد شركة دبي العاصمة، ونشرت صحيفة القدس العربي.",
			[]string{"دبي LOC", "صحيفة القدس العربي ORG"}, []string{"شركة دبي"}},
		{"a time word is no genitive", "أعلنت شركة ماكسويل الخميس أرباحها.",
			[]string{"ماكسويل ORG"}, []string{"شركة ماكسويل الخميس", "ماكسويل الخميس"}},
		{"English place names", "تنزهوا بهايد بارك وفي سان كريستوفر بليس ثم في أكسفورد ستريت وباترسي بارك.",
			[]string{"هايد بارك LOC loc.ar.street", "سان كريستوفر بليس LOC loc.ar.street", "أكسفورد ستريت LOC loc.ar.street",
				"باترسي بارك LOC loc.ar.street"}, []string{"بهايد بارك", "أكسفورد", "وباترسي بارك"}},
		{"the verb bless is no park", "وقال إن الشيخ فيصل بارك الخطوة، وصالح بارك لهم، وسموه بارك جهود الوزارة.",
			nil, []string{"فيصل بارك LOC", "وصالح بارك LOC", "صالح بارك LOC", "سموه بارك"}},
		{"a Korean family name is no park", "التقت الرئيسة بارك غيون هاي نظيرها.",
			nil, []string{"بارك", "الرئيسة بارك"}},
		{"Hill and Road are family names", "قال كريستوفر هيل وكيفن رود إن.",
			nil, []string{"كريستوفر هيل LOC", "كيفن رود LOC", "وكيفن رود LOC"}},
		{"historical regions and respelled cities", "في الأندلس وقشتالة وأراجون، ثم في الناصرة وقرطاج وكراكاس وأغادير وكامب ديفيد وطابا.",
			[]string{"الأندلس LOC", "قشتالة LOC", "أراجون LOC", "الناصرة LOC", "قرطاج LOC", "كراكاس LOC", "أغادير LOC",
				"كامب ديفيد LOC", "طابا LOC"}, nil},
		{"Westminster is no parliament's name", "تظاهروا أمام برلمان المملكة المتحدة في وستمنستر.",
			[]string{"وستمنستر LOC"}, []string{"برلمان المملكة المتحدة LOC"}},
		{"the glorious and a fit are no places", "وهذا العمل الجليل، وأصيب بالنوبة القلبية.",
			nil, []string{"الجليل", "النوبة"}},
	})
}

// FuzzRecognize checks the contract of Recognize with the default
// gazetteer on any input: no panic, every mention's text is
// text[Start:End], and mentions come in order without overlapping. Its
// seeds are sentences of the organisation, place and person tests and the
// person rules' cues at the edges of a text.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"فاز الكوكب المراكشي على المغرب التطواني في الدوري.",
		"شارك في بطولة كأس الشيخ جاسم لكرة القدم في الدوحة.",
		"قال الأمين العام لـ«المجلس الإسلامي في بريطانيا» إن.",
		"وأكد ولاء عناصر للقاعدة في شبه الجزيرة الأيبيرية وجبال الألب.",
		"Le Boucher | Claude Chabrol \u202a(\u202cFrance\u202a)\u202c",
		"تقع في حي الكرادة ولمنطقة «إسلينغتون نورث» وبمحافظة\xff الأنبار",
		// the person tests' sentences and the person rules' cues at a text's edges
		"وقال الرئيس الإيراني الدكتور سيد محمد خاتمي إن بلاده مستعدة.",
		"وشارك في المباراة حازم ميلكو وسالم زامبروتا وباتريك فييرا أمس.",
		"يقول د.ماجد القحطاني إن عدم الأكل مضر.",
		"\u202bإخراج: دان شيسو\u202c",
		"وشدد علي انه إذا جاء الوفد فسيلقاه.",
		"وترأس الجلسة سمو الشيخ عبدالله بن خليفة آل ثاني رئيس مجلس الوزراء.",
		"عيّن الملك عمران سلمى حداد وزيرة للاقتصاد.",
		"وانتقد ياروسلاف كوفالسكي الحكومة في وارسو.",
		"وتحكي الأسطورة أن الملكة \"تيني هاو\" حمت البحارة.",
		"د.",
		"علي",
		"أغاسي ( 36 عاما )", "( 36 عاما )", "عاما", "البالغ من العمر", "أغاسي البالغ من", "قوله", "عن قوله", "عن بالاك قوله",
		"بالاك قوله", "وسجل مروان الشماخ ( 53", "الهدف ( 53 )", "سعد بن أبي", "الصحابي الجليل", "الرئيس جون",
		"وكيت بيكنسيل وكريستوفر", "آية الله",
	} {
		f.Add(s)
	}
	r := worldRecognizer(f)
	f.Fuzz(func(t *testing.T, text string) {
		ms := r.Recognize(text, token.Tokenize(text))
		end := 0
		for _, m := range ms {
			if m.Start < end || m.End < m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v (previous end %d) in %q", m, end, text)
			}
			end = m.End
		}
	})
}
