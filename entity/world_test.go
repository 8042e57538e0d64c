package entity_test

import (
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/token"
)

// TestWorldErrors checks the recogniser with the default gazetteer and
// lexicon on the errors that blocked relations: each case names mentions
// that must be found (text and type) and texts that must not be mentions.
func TestWorldErrors(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"compound name after bin", "تلقى الأمير محمد بن سلمان بن عبد العزيز، ولي ولي العهد، اتصالاً هاتفيًا أمس.",
			[]string{"محمد بن سلمان بن عبد العزيز PER"}, []string{"محمد بن سلمان بن عبد"}},
		{"long name chain with a title inside", "وكلف محمد بن عبد الملك بن عبد الله آل الشيخ وزير الدولة بالقيام بعمل وزير الصحة.",
			[]string{"محمد بن عبد الملك بن عبد الله آل الشيخ PER"}, []string{"بن عبد الله"}},
		{"nisba as family name", "وأوضح اللواء منصور التركي، المتحدث الأمني في وزارة الداخلية السعودية، أنه",
			[]string{"منصور التركي PER"}, []string{"منصور", "التركي"}},
		{"verb after title and comma", "وفي يوم الجمعة 3 أبريل تلقى اتصالاً هاتفيًا من الرئيس الأميركي، وهنأ رئيس السنغال بذكرى استقلال بلاده.",
			[]string{"السنغال LOC"}, []string{"وهنأ"}},
		{"verb after title and comma 2", "تلقى اتصالاً هاتفيًا من الرئيس التركي، وأصدر أمرا ملكيا بإعفاء وزير الصحة من منصبه.",
			nil, []string{"وأصدر أمرا", "وأصدر"}},
		{"plural after title", "انهالت على الرئيس الأميركي أسئلة الصحافيين حول مستقبل المنطقة.",
			nil, []string{"أسئلة", "أسئلة الصحافيين"}},
		{"quantifier after title", "بتوجيه قائد إحدى السيارات التي تم الاشتباه بها للتوقف.",
			nil, []string{"إحدى"}},
		{"article surname after honorific", "وأكد الأستاذ عمر الجاسر أن «بلدنا فيه الخير الكثير».",
			[]string{"عمر الجاسر PER"}, []string{"عمر"}},
		{"ordinal after king", "أنشأه في بداية القرن الثالث قبل الميلاد، الملك بطليموس الثاني، الذي أمر بشن حملات.",
			[]string{"بطليموس الثاني PER"}, nil},
		{"name not cut by a small town", "وقال المتحدث باسم الشرطة التشادية بول مانغا لوكالة الصحافة الفرنسية إن تسع نساء قتلن.",
			[]string{"بول مانغا PER"}, []string{"مانغا"}},
		{"name with a surname the rules cut", "وهما وزير الخارجية الحالي فابيوس ومدير صندوق النقد الدولي دومينيك شتروس خان.",
			[]string{"دومينيك شتروس خان PER"}, []string{"دومينيك شتروس"}},
		{"journalist no cue", "لم يكن جيمس فولي الذي تعرّض للإعدام ذبحا على يد «داعش» من الصحافيين.",
			[]string{"جيمس فولي PER", "داعش ORG"}, nil},
		{"province", "عن مقتل عشرة جنود أفغان على الأقل في ولاية لوغار جنوب كابل.",
			[]string{"لوغار LOC", "كابل LOC"}, nil},
		{"town after a head with a preposition", "بعد استهدافه تجمعًا في مركز ثقافي بمدينة سوروتش قرب الحدود السورية.",
			[]string{"سوروتش LOC"}, nil},
		{"district of Aden", "بعدما أمطرت ضاحية دار سعد شمال المدينة بصواريخ الكاتيوشا.",
			[]string{"دار سعد LOC"}, []string{"سعد شمال"}},
		{"districts of Aden", "وقصفت ميليشيات الحوثي وصالح مساء السبت حي الممدارة جنوب مدينة الشيخ عثمان.",
			[]string{"الممدارة LOC", "الشيخ عثمان LOC"}, []string{"عثمان"}},
		{"university of a city", "عندما نفذت مجزرة أشد دموية في جامعة غاريسا (شمال شرق)، ذهب ضحيتها 148 شخصا.",
			[]string{"جامعة غاريسا ORG"}, []string{"غاريسا"}},
		{"UNESCO spelled with ya", "وقالت إيرينا بوكوفا المدير العام لليونيسكو لعمال البناء خلال زيارة للموقع.",
			[]string{"إيرينا بوكوفا PER", "لليونيسكو ORG"}, nil},
		{"European Community", "وكانت المجموعة الأوروبية أعلنت، قبل أسبوع، تخصيص مساعدات عاجلة لليونان.",
			[]string{"المجموعة الأوروبية ORG"}, nil},
		{"speaker before an office", "وقال بيجان فارنودي المتحدث باسم مؤسسة كوفي أنان إن الأمين العام السابق للأمم المتحدة ليس الشخص.",
			[]string{"بيجان فارنودي PER", "مؤسسة كوفي أنان ORG"}, nil},
		{"delegation is no team", "ومن المقرر أن يزور وزير خارجية كوبا برونو رودريغيز واشنطن لحضور المراسم، بينما ستقود الفريق الأميركي في المراسم روبيرتا جاكوبسون.",
			[]string{"برونو رودريغيز PER", "واشنطن LOC"}, []string{"برونو رودريغيز واشنطن"}},
		{"an aim is no goal", "وقال ساركوزي خلال زيارة إلى متحف «باردو»، أمس، إن «هدف الزيارة بسيط جدًا».",
			[]string{"باردو LOC"}, nil},
		{"museum of a town", "هجوم إرهابي جاء بعد أشهر قليلة من الهجوم على متحف باردو، الذي أوقع 21 قتيلاً.",
			[]string{"متحف باردو LOC"}, []string{"باردو"}},
		{"coalition forces", "لكنه قتل في غارة جوية شنتها قوات التحالف الشهر الماضي قرب مدينة الموصل.",
			[]string{"قوات التحالف ORG", "الموصل LOC"}, nil},
		{"led is no agency", "وأم المصلين الشيخ عبد الرحمن السديس، وذكرت وكالة وام أن الأمير وصل.",
			[]string{"وام ORG"}, []string{"وأم"}},
		{"sport still makes clubs", "وخسر الفريق أمام مضيفه ليون صفر-2 في مباراة الجولة الأولى.",
			[]string{"ليون ORG"}, nil},
		{"muhammad before a known name", "خادم الحرمين الشريفين استقبل محمد نواز شريف رئيس وزراء جمهورية باكستان الإسلامية.",
			[]string{"محمد نواز شريف PER"}, []string{"نواز شريف"}},
		{"no surname after a king the gazetteer knows", "أعلن الملك سلمان بدء العملية العسكرية في اليمن.",
			[]string{"سلمان PER"}, []string{"سلمان بدء"}},
		{"head noun keeps a later person apart", "ورئيس منظمة الطاقة الذرية علي أكبر صالحي غدا أمام البرلمان.",
			[]string{"منظمة الطاقة الذرية ORG", "علي أكبر صالحي PER"}, nil},
		{"head noun takes a king right after it", "وصلت الطائرة إلى قاعدة الملك خالد الجوية أمس.",
			[]string{"قاعدة الملك خالد الجوية LOC"}, []string{"خالد"}},
		{"unknown first name and nisba surname", "لكن كيف يفسر العميد مثقال النعيمي، من القيادة المشتركة للجيش الحر في سوريا.",
			[]string{"مثقال النعيمي PER"}, nil},
		{"nom de guerre with article", "وأن منفذ الهجوم هو أبو سليمان الموحد.",
			[]string{"أبو سليمان الموحد PER"}, nil},
		{"nom de guerre with nisba", "استقبل هذه المجموعة والي الأنبار، ويدعى أبو أيمن العراقي الذي يقال إنه قتل.",
			[]string{"أبو أيمن العراقي PER"}, []string{"العراقي"}},
		{"Jeb Bush", "ويقول المحللون إنه في حال فوز جيب بوش فإن سياسته ستتجه إلى التصعيد.",
			[]string{"جيب بوش PER"}, []string{"بوش"}},
		{"Sanliurfa", "مع كل من والي ولاية شانلي أورفة وعدد من المسؤولين الأمنيين.",
			[]string{"شانلي أورفة LOC"}, nil},
		{"foreign first name after a nationality", "وفاز الإسباني رافايل نادال على منافسه في النهائي.",
			[]string{"رافايل نادال PER"}, []string{"نادال"}},
		{"Ben Ali alone", "وواجه ساركوزي انتقادات حادة واتهم بدعم نظام بن علي حتى اللحظة الأخيرة.",
			[]string{"بن علي PER"}, []string{"نظام بن علي"}},
		{"bin Ali after a first name is another person", "وقال خالد بن علي إن الاجتماع انتهى.",
			[]string{"خالد بن علي PER"}, []string{"بن علي"}},
		{"alliance forces", "قتل جنود في غارة شنتها قوات الحلف في ولاية لوغار.",
			[]string{"قوات الحلف ORG", "لوغار LOC"}, nil},
		{"quoted name after a governor", "اتصالات هاتفية مع كل من والي ولاية شانلي أورفة «عز الدين كوتشوك»، وعدد من المسؤولين.",
			[]string{"عز الدين كوتشوك PER", "شانلي أورفة LOC"}, nil},
		{"quoted nom de guerre after a cue", "خبير في الأسلحة الكيماوية يدعى «أبو مالك» لكنه قتل في غارة جوية.",
			[]string{"أبو مالك PER"}, nil},
		{"continent of two words", "بعد عودة رئيس الحكومة مانويل فالس بشكل عاجل من زيارة إلى أميركا الجنوبية.",
			[]string{"أميركا الجنوبية LOC", "مانويل فالس PER"}, nil},
		{"state words outside the name", "أعلنت دولة قطر وجمهورية بولندا ودولة الإمارات العربية المتحدة أن جمهورية باكستان الإسلامية وافقت.",
			[]string{"قطر LOC", "بولندا LOC", "الإمارات العربية المتحدة LOC", "جمهورية باكستان الإسلامية LOC"}, []string{"دولة قطر"}},
		{"state word after a title names no one", "وقال روحاني بعد اتصال هاتفي مع أمير دولة قطر الشيخ تميم بن حمد آل ثاني، أمس، إن الاتفاق سيحسن العلاقات.",
			[]string{"قطر LOC", "تميم بن حمد آل ثاني PER"}, []string{"دولة", "أمير دولة"}},
		{"guards", "وأصدر حكام الولايات أوامر بتسليح الحرس الوطني بعد مقتل أربعة من مشاة البحرية.",
			[]string{"الحرس الوطني ORG"}, nil},
		{"airport keeps its city apart", "وصل وزير الدفاع منتصف ليلة أمس إلى مطار عدن الدولي في أول زيارة.",
			[]string{"عدن LOC"}, nil},
		{"sultanate of Oman", "وزار سلطنة عُمان وزير الخارجية أمس.",
			[]string{"عُمان LOC"}, []string{"سلطنة عُمان"}},
		{"republic in the name", "وصل الرئيس إلى جمهورية الدومينيكان أمس.",
			[]string{"جمهورية الدومينيكان LOC"}, []string{"الدومينيكان"}},
		{"award named after a king", "ورعى حفل جائزة الملك فيصل العالمية في دورتها السابعة والثلاثين.",
			nil, []string{"فيصل العالمية"}},
		{"rotating president", "دعا رئيس الوزراء الرئيس الدوري لمجلس حقوق الإنسان لزيارة محافظة عدن.",
			nil, []string{"الدوري"}},
		{"participle after a speech verb", "وأضاف مستطردا أن الحكومة ستعمل على ذلك.",
			nil, []string{"مستطردا"}},
		{"khan bani saad is a place", "زار الوزير مديرية شرطة خان بني سعد أمس.",
			nil, []string{"خان بني سعد"}},
		{"religion is no name", "وقال إن الإسلام دين سماوي يدعو إلى السلام.",
			nil, []string{"دين سماوي"}},
		{"verb after a place head", "وهي منطقة عرفت بالزراعة منذ القدم.",
			nil, []string{"عرفت"}},
		{"directions in parentheses", "في جامعة غاريسا (شمال شرق)، ذهب ضحيتها 148 شخصا.",
			[]string{"جامعة غاريسا ORG"}, []string{"شمال شرق"}},
		{"a town's name as a first name after a title", "وأكدت السفيرة نانسي باكير أن العلاقات قوية.",
			[]string{"نانسي باكير PER"}, []string{"نانسي"}},
		{"a town after a preposition stays a town", "وصل السفير إلى نانسي أمس.",
			[]string{"نانسي LOC"}, nil},
		{"noun with a pronoun after a name", "وواصل المدرب ماجد انتقاده للحكومة.",
			[]string{"ماجد PER"}, []string{"ماجد انتقاده"}},
		{"a novel's title takes in a place", "وصدرت رواية «القاهرة الجديدة» و«خان الخليلي» و«زقاق المدق».",
			[]string{"القاهرة الجديدة MISC", "خان الخليلي MISC", "زقاق المدق MISC"}, []string{"القاهرة"}},
		{"an astronomer's crescent is no club", "وتكون ولادة الهلال الفلكية يوم الأحد، وفاز الكوكب المراكشي.",
			[]string{"الكوكب المراكشي ORG"}, []string{"الهلال الفلكية", "الهلال"}},
		{"currencies in the accusative after a number", "دفع 50 درهما و20 دينارا و15 ريالا.",
			[]string{"درهما MISC", "دينارا MISC", "ريالا MISC"}, []string{"50 درهما"}},
		{"UNIFIL without the article", "وقالت يونيفيل إن الوضع هادئ.", []string{"يونيفيل ORG"}, []string{"الوضع"}},
		{"an organisation in quotes after a work cue", "وحول روايات مجندي «داعش» قال الباحث.",
			[]string{"داعش ORG"}, nil},
		{"a quote without a work cue keeps its place", "وقال الوزير «إن القاهرة ترحب بالاتفاق».",
			[]string{"القاهرة LOC"}, nil},
	})
}

// TestRecognizeConcurrent runs one recogniser from several goroutines, as
// Extract does: each call reuses pooled buffers, and the mentions must be
// those of a call alone, whether or not they reuse the last call's array
// (RecognizeInto).
func TestRecognizeConcurrent(t *testing.T) {
	r := worldRecognizer(t)
	texts := []string{
		"وقال وزير الخارجية الأمريكي جون كيري إن الرئيس باراك أوباما سيزور الرياض.",
		"فاز الهلال على النصر في مباراة الدوري، وقال المدرب أليكس فيرغسون إن الفريق لعب جيدا.",
		"تلقى الأمير محمد بن سلمان بن عبد العزيز، ولي ولي العهد، اتصالاً من شركة أرامكو السعودية.",
	}
	want := make([][]entity.Mention, len(texts))
	for i, s := range texts {
		want[i] = r.Recognize(s, token.Tokenize(s))
		if len(want[i]) == 0 {
			t.Fatalf("no mention in %q", s)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(texts))
	for g := range 4 {
		wg.Go(func() {
			var buf []entity.Mention // odd rounds reuse the last round's mentions
			for n := range 20 {
				i := (g + n) % len(texts)
				got := r.Recognize(texts[i], token.Tokenize(texts[i]))
				if n%2 == 1 {
					got = r.RecognizeInto(buf, texts[i], token.Tokenize(texts[i]))
				}
				buf = got
				if !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: %q gave %v, want %v", g, texts[i], got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
