package entity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

const entries = `{"id":"loc:israel","type":"LOC","subtype":"country","name":"Israel","names":{"ar":["إسرائيل"],"en":["Israel"]},"demonyms":{"ar":["إسرائيلي"]}}
{"id":"loc:iraq","type":"LOC","subtype":"country","name":"Iraq","names":{"ar":["العراق"],"en":["Iraq"]},"demonyms":{"ar":["عراقي"]}}
{"id":"loc:rabat","type":"LOC","subtype":"city","name":"Rabat","names":{"ar":["الرباط"],"en":["Rabat"]}}
{"id":"per:benny-gantz","type":"PER","name":"Benny Gantz","names":{"ar":["بيني غانتس"],"en":["Benny Gantz"]}}
{"id":"loc:liverpool","type":"LOC","subtype":"city","name":"Liverpool","names":{"ar":["ليفربول"],"en":["Liverpool"]}}
{"id":"loc:middle-east","type":"LOC","subtype":"region","name":"Middle East","names":{"ar":["الشرق الأوسط"],"en":["Middle East"]}}
{"id":"per:salma","type":"PER","name":"Salma","names":{"ar":["سلمى"],"en":["Salma"]}}
{"id":"per:abdirahman-mudey","type":"PER","name":"Abdirahman Mudey","names":{"ar":["الرحمن مودي"]}}
{"id":"org:asharq-al-awsat","type":"ORG","subtype":"newspaper","name":"Asharq Al-Awsat","names":{"ar":["صحيفة الشرق الأوسط"],"en":["Asharq Al-Awsat"]}}
`

type lexicon map[string]bool

func (l lexicon) IsName(key string) bool { return l[key] }

func newRecognizer(t *testing.T, names ...string) *Recognizer {
	t.Helper()
	es, err := gazetteer.ReadJSONL(strings.NewReader(entries), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m, err := gazetteer.Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	r := &Recognizer{Matcher: m}
	if names != nil {
		lex := lexicon{}
		for _, n := range names {
			lex[strings.ToLower(arabic.Normalize(n))] = true
		}
		r.Names = lex
	}
	return r
}

func render(text string, ms []Mention) []string {
	var out []string
	for _, m := range ms {
		if m.Text != text[m.Start:m.End] {
			panic("mention text is not text[start:end]")
		}
		s := fmt.Sprintf("%s %s %s %s", m.Text, m.Type, m.Source, m.Entity)
		if m.Nisba {
			s += " nisba"
		}
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

func TestRecognize(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		names []string // lexicon; nil for none
		want  []string
	}{
		{"gazetteer and nisba", "وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط",
			nil, []string{"الإسرائيلي LOC gazetteer loc:israel nisba", "بيني غانتس PER gazetteer per:benny-gantz", "الرباط LOC gazetteer loc:rabat"}},
		{"title rule with nisba", "قال وزير الخارجية العراقي فؤاد حسين، اليوم",
			[]string{"فؤاد", "حسين"}, []string{"العراقي LOC gazetteer loc:iraq nisba", "فؤاد حسين PER rule"}},
		{"title rule stops at a stopword", "وقال الرئيس عبد المجيد تبون في الجزائر",
			[]string{"عبد", "المجيد", "تبون"}, []string{"عبد المجيد تبون PER rule"}},
		{"title rule after apposition comma", "أكد وزير الدفاع، يوآف غالانت، أن",
			[]string{"يوآف"}, []string{"يوآف غالانت PER rule"}},
		{"abd before a gazetteer name with the article", "وقال المتحدث عبد الرحمن مودي إن",
			nil, []string{"عبد الرحمن مودي PER gazetteer per:abdirahman-mudey"}},
		{"title rule needs a known name token", "برنامج الوزير الإسرائيلي استقبال العاهل",
			[]string{"فؤاد"}, []string{"الإسرائيلي LOC gazetteer loc:israel nisba"}},
		{"title followed by nothing namey", "أكد الوزير أنه يجب", []string{"أنه"}, nil},
		{"no title word after comma-conjunction", "مستشار الأمن القومي الإسرائيلي، ووزير خارجية إسرائيل",
			[]string{"وزير"}, []string{"الإسرائيلي LOC gazetteer loc:israel nisba", "إسرائيل LOC gazetteer loc:israel"}},
		{"forces with a nisba are an organisation", "ضد القوات الإسرائيلية وقوات عراقية",
			nil, []string{"القوات الإسرائيلية ORG rule", "قوات عراقية ORG rule"}},
		{"organisation head with a definite chain and nisba", "أعلنت وزارة الخارجية العراقية أمس",
			nil, []string{"وزارة الخارجية العراقية ORG rule"}},
		{"organisation head with a quoted name", "طورته شركة «إن إس أو» الإسرائيلية",
			nil, []string{"إن إس أو ORG rule", "الإسرائيلية LOC gazetteer loc:israel nisba"}},
		{"organisation head with one proper word", "درس في جامعة هارفارد الأمريكية",
			nil, []string{"جامعة هارفارد ORG rule"}},
		{"no organisation from an adjective", "أسست شركة كبيرة فرعاً", nil, nil},
		{"no organisation from an indefinite nisba", "أسست شركة عراقية فرعاً", nil,
			[]string{"عراقية LOC gazetteer loc:iraq nisba"}},
		{"no organisation from a verbal noun or a short common noun", "أنشأ صندوق إنقاذ ومجموعة عمل", nil, nil},
		{"first name and a known surname", "التقى أحمد أبو الغيط وفيصل بن فرحان أمس",
			[]string{"أحمد", "الغيط", "فيصل", "فرحان"}, []string{"أحمد أبو الغيط PER rule", "فيصل بن فرحان PER rule"}},
		{"a first name alone is not enough", "وصل محمد إلى المدرسة", []string{"محمد"}, nil},
		{"a quoted place name that a newspaper bears", "وقال لـ«الشرق الأوسط» إن الشرق الأوسط",
			nil, []string{"الشرق الأوسط ORG gazetteer org:asharq-al-awsat", "الشرق الأوسط LOC gazetteer loc:middle-east"}},
		{"English name after a title", "Journalist Anas al-Sharif was killed in Gaza.",
			[]string{"xx"}, []string{"Anas al-Sharif PER rule"}},
		{"English known first name", "Talks with Marco Rubio ended, and Rubio left.",
			[]string{"marco"}, []string{"Marco Rubio PER rule", "Rubio PER alias"}},
		{"English capitalised words without a known name", "The Kremlin said so.", []string{"xx"}, nil},
		{"a city in a sentence about sport is its club", "فاز ليفربول في المباراة التي أقيمت في ليفربول",
			nil, []string{"ليفربول ORG rule", "ليفربول LOC gazetteer loc:liverpool"}},
		{"a city outside sport stays a place", "وصل الوفد إلى ليفربول", nil, []string{"ليفربول LOC gazetteer loc:liverpool"}},
		{"alias after full name", "وصل بيني غانتس. وقال غانتس ولغانتس",
			nil, []string{"بيني غانتس PER gazetteer per:benny-gantz", "غانتس PER alias per:benny-gantz", "غانتس PER alias per:benny-gantz"}},
		{"a first name alone after the full name, linked to no entry", "وصل بيني غانتس. وقال بيني إن",
			nil, []string{"بيني غانتس PER gazetteer per:benny-gantz", "بيني PER alias"}},
		{"no first-name alias of a word with the article", "قال الدكتور المهدي المنجرة ثم جاء المهدي",
			[]string{"المهدي", "المنجرة"}, []string{"المهدي المنجرة PER rule"}},
		{"no alias before the full name", "غانتس ثم بيني غانتس",
			nil, []string{"بيني غانتس PER gazetteer per:benny-gantz"}},
		{"alias of a rule-found name", "قال الرئيس عبد المجيد تبون إن تبون",
			[]string{"عبد", "المجيد", "تبون"}, []string{"عبد المجيد تبون PER rule", "تبون PER alias"}},
		{"no alias from the second half of a compound name", "قال الرئيس محمود عبد الله إن الله",
			[]string{"محمود", "عبد", "الله"}, []string{"محمود عبد الله PER rule", "الله MISC rule"}},
		{"no alias of علي from the preposition على", "التقى الرئيس أحمد علي ثم سار على الطريق",
			[]string{"أحمد", "علي"}, []string{"أحمد علي PER rule"}},
		{"alias in a later sentence", "وصل أحمد ملكاوي.\nثم غادر ملكاوي البلاد",
			[]string{"أحمد"}, []string{"أحمد ملكاوي PER rule", "ملكاوي PER alias"}},
		{"repeats and aliases in one pass: the repeat covers its surname", "قال الرئيس عبد المجيد تبون إن تبون وعبد المجيد تبون",
			[]string{"عبد", "المجيد", "تبون"}, []string{"عبد المجيد تبون PER rule", "تبون PER alias", "عبد المجيد تبون PER rule"}},
		{"repeats and aliases in one pass: an alias before a repeat", "وصل أحمد ملكاوي.\nثم غادر ملكاوي وأحمد ملكاوي البلاد",
			[]string{"أحمد"}, []string{"أحمد ملكاوي PER rule", "ملكاوي PER alias", "أحمد ملكاوي PER rule"}},
		{"first name and an unknown surname", "التقى فيصل ملكاوي بالوفد",
			[]string{"فيصل"}, []string{"فيصل ملكاوي PER rule"}},
		{"first name and a nisba-shaped surname", "التقى فيصل الأصبحي بالوفد",
			[]string{"فيصل"}, []string{"فيصل الأصبحي PER rule"}},
		{"no unknown surname that is a verb", "كان محمد يكتب الشعر", []string{"محمد"}, nil},
		{"no unknown surname that is an adverb", "رد أحمد ردا قاسيا", []string{"أحمد"}, nil},
		{"no unknown surname that is an adjective", "وقدم أحمد رؤية جديدة", []string{"أحمد"}, []string{"أحمد PER rule"}},
		{"no unknown surname after the preposition على", "يقع منزله علي مسافة قريبة", []string{"علي"}, nil},
		{"no unknown surname with the article", "يعرف أحمد الموقف جيدا", []string{"أحمد"}, nil},
		{"a name ends before a participle of manner", "وأضاف أحمد مؤكدا ذلك", []string{"أحمد"}, []string{"أحمد PER rule"}},
		{"no unknown surname with a pronoun", "وعرض أحمد روايته الجديدة", []string{"أحمد"}, []string{"أحمد PER rule"}},
		{"no unknown surname after a preposition", "وبدأ فيصل بالرغم من ذلك", []string{"فيصل"}, nil},
		{"a foreign surname that starts like a preposition", "وتأهل توماس برديتش أمس",
			[]string{"توماس"}, []string{"توماس برديتش PER rule"}},
		{"a name ends before an apposition in the lexicon", "وقال جيمي فولر المؤسس المشارك",
			[]string{"جيمي", "فولر", "المؤسس"}, []string{"جيمي فولر PER rule"}},
		{"a known name takes no adverb with tanween", "كانت السيدة أبدًا", []string{"xx"}, nil},
		{"a first name and a name chain with the article", "ذهب دريد بن الصمة",
			[]string{"دريد", "بن"}, []string{"دريد بن الصمة PER rule"}},
		{"a first name and a dangling chain link", "ذهب دريد بن إلى", []string{"دريد", "بن"}, nil},
		{"a quoted name after a head that needs quotes", "قاتل تنظيم «داعش» وتنظيم الهجرة",
			nil, []string{"داعش ORG rule"}},
		{"a quoted medium a speaker talks to", "وقال لـ«رويترز» إن «الاتفاق» صامد",
			nil, []string{"رويترز ORG rule"}},
		{"an acronym after a quoted organisation's name", "أعلنت شركة «إن إس أو» (NSO) أن",
			nil, []string{"إن إس أو ORG rule", "NSO ORG rule"}},
		{"no acronym from a description in parentheses", "أعلنت منظمة الأغذية والزراعة (شبه حكومية) أن",
			nil, []string{"منظمة الأغذية والزراعة ORG rule"}},
		{"an acronym after an organisation's name", "أعلنت منظمة الأغذية والزراعة (فاو) أن (الأرقام) جيدة",
			nil, []string{"منظمة الأغذية والزراعة ORG rule", "فاو ORG rule"}},
		{"a speaker's family name alone", "وقال الزهراني إن الوضع مستقر", []string{"xx"}, []string{"الزهراني PER rule"}},
		{"a speaker's foreign name alone", "وأوضح شوغاي أن الرسوم", []string{"xx"}, []string{"شوغاي PER rule"}},
		{"a speaker's two names alone", "وقال أنسيلم جودينهو، مدير الشركة", []string{"xx"}, []string{"أنسيلم جودينهو PER rule"}},
		{"a speaker's name before إننا", "وقال غودمان إننا مستعدون", []string{"xx"}, []string{"غودمان PER rule"}},
		{"two words of an anonymous speaker are no name", "وقال شهود عيان إن", []string{"xx"}, nil},
		{"an anonymous speaker is no name even when the lexicon knows it", "وأضاف ناطق عسكري في بيان",
			[]string{"ناطق", "عسكري"}, nil},
		{"a speaker after an imperfect reporting verb", "ويضيف شوغاي أن الرسوم", []string{"xx"}, []string{"شوغاي PER rule"}},
		{"a known name after a new role", "وقال الأكاديمي أحمد الحسيني", []string{"أحمد", "الحسيني"},
			[]string{"أحمد الحسيني PER rule"}},
		{"an anonymous speaker is no name", "وقال مصدر إن الوضع مستقر", []string{"xx"}, nil},
		{"a plural speaker is no name", "وقال علماء إن الوضع مستقر", []string{"xx"}, nil},
		{"a speaker needs what was said after the name", "وقال شوغاي للصحفيين", []string{"xx"}, nil},
		{"the preposition after a reporting verb is no name", "وقال لي إن الوضع مستقر", []string{"لي"}, nil},
		{"a place after a place head, which stays outside", "وقعت المعارك في مدينة تعز وبلدة سروج", nil,
			[]string{"تعز LOC rule", "سروج LOC rule"}},
		{"a definite place after a district head", "يقع في حي الملز بالرياض", nil, []string{"الملز LOC rule"}},
		{"no definite place after a region head", "في منطقة العمليات", nil, nil},
		{"a two-word place after a prefix", "في مدينة نيو أورليانز", nil, []string{"نيو أورليانز LOC rule"}},
		{"a quoted place after a place head", "في منطقة «شورديتش» بلندن", nil, []string{"شورديتش LOC rule"}},
		{"no place from a verb or a plural", "وهي منطقة تحيط بالمدينة في منطقة دول الخليج", nil, nil},
		{"no place from a direction, a verbal noun or a verb", "في منطقة شمال البلاد ومنطقة امتياز ومدينة تقع قربها", nil, nil},
		{"no facility from an adjective", "نزل في فندق صغير قرب مستشفى متخصص", nil, nil},
		{"a place found after its head recurs", "في مدينة سروج ثم غادر سروج", nil,
			[]string{"سروج LOC rule", "سروج LOC rule"}},
		{"known names and a last unknown family name before a title", "وتقدمها محمد مجدي قبيصي محافظ الفيوم",
			[]string{"محمد", "مجدي"}, []string{"محمد مجدي قبيصي PER rule"}},
		{"known names and no verb after them", "وكان محمد مجدي نجح في الامتحان",
			[]string{"محمد", "مجدي"}, []string{"محمد مجدي PER rule"}},
		{"known names and no unknown word that goes on the sentence", "وكان محمد مجدي مترابط ومنسجم",
			[]string{"محمد", "مجدي"}, []string{"محمد مجدي PER rule"}},
		{"an adjective of standing goes between a role and the name", "التقيت الكاتب الكبير نجيب محفوظ",
			[]string{"نجيب", "محفوظ", "الكبير"}, []string{"نجيب محفوظ PER rule"}},
		{"a feminine noun after an honorific is no name", "ويروي الإمام قصة آخر تجديد", []string{"xx"}, nil},
		{"an ordinal is no name", "مرقد الإمام الثامن", []string{"الثامن"}, nil},
		{"a team after فريق in a sentence about sport", "فاز فريق شيفلد يونايتد في المباراة", nil,
			[]string{"شيفلد يونايتد ORG rule"}},
		{"a definite team name with a nisba ending", "تغلب فريق المولودية الوجدية على ضيفه", nil,
			[]string{"المولودية الوجدية ORG rule"}},
		{"no team outside sport", "وصل فريق المحققين الدولي إلى البلاد", nil, nil},
		{"no definite team without a nisba ending", "أشاد المدرب بأداء فريق العمل", []string{"xx"}, nil},
		{"a verb after an honorific is no name", "وقال الرئيس سيكون الحل قريبا", []string{"xx"}, nil},
		{"an imperfect verb after a known name", "كان محمد يستطيع ذلك", []string{"محمد"}, nil},
		{"a foreign surname that starts with ya", "التقى جون كلود يونيكر، رئيس المفوضية",
			[]string{"جون", "كلود"}, []string{"جون كلود يونيكر PER rule"}},
		{"a foreign surname that starts with kaf and alef", "وقال الدكتور أنطونيو كارفالهو إن",
			[]string{"xx"}, []string{"أنطونيو كارفالهو PER rule"}},
		{"an adverb of manner after a first name", "يبقى محمد سياسيا مهما", []string{"محمد"}, nil},
		{"an office adjective after a title is no name", "وقال المتحدث العسكري إن", []string{"العسكري"}, nil},
		{"علي found by a rule does not recur as على", "قال الرئيس علي إن الوفد وصل على عجل",
			[]string{"علي"}, []string{"علي PER rule"}},
		{"a medium named after a place", "قالت صحيفة الرباط في عددها", nil, []string{"صحيفة الرباط ORG rule"}},
		{"a place and its own nisba in sport", "فاز العراق العراقي في المباراة", nil,
			[]string{"العراق العراقي ORG rule"}},
		{"a place and another country's nisba in sport", "فاز العراق الإسرائيلي في المباراة", nil,
			[]string{"العراق LOC gazetteer loc:iraq", "الإسرائيلي LOC gazetteer loc:israel nisba"}},
		{"no club from a common noun before a city in sport", "فاز ضيفه ليفربول في المباراة", []string{"xx"},
			[]string{"ليفربول ORG rule"}},
		{"the name of God alone", "قال الله تعالى والحمد لله", []string{"xx"}, []string{"الله MISC rule", "لله MISC rule"}},
		{"the name of God inside other names", "قال عبد الله إن حزب الله ونصر الله", []string{"xx"}, []string{"حزب الله ORG rule"}},
		{"a foreign name of two words after a nationality", "وتغلب على الإسرائيلي رايمون سلويتر 6 - 3", []string{"xx"},
			[]string{"الإسرائيلي LOC gazetteer loc:israel nisba", "رايمون سلويتر PER rule"}},
		{"a foreign name of two words after a role", "وسجل المدافع جيانلوكا زامبورتا مع فريقه", []string{"xx"},
			[]string{"جيانلوكا زامبورتا PER rule"}},
		{"no foreign name from plurals after a role", "وتعاقد المدرب مع لاعبين آخرين .", []string{"xx"}, nil},
		{"no foreign name after a title", "وقال مستشار شراء عقاري .", []string{"xx"}, nil},
		{"a first name the gazetteer knows, then a surname", "قالت سلمى الأصبحي إن",
			[]string{"سلمى"}, []string{"سلمى الأصبحي PER rule"}},
		{"a first name the gazetteer knows, then a list", "وصلت سلمى وعلي", []string{"سلمى", "علي"},
			[]string{"سلمى PER gazetteer per:salma"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRecognizer(t, tt.names...)
			if tt.names == nil {
				r.Names = nil
			} else {
				r.FirstNames = lexicon{}
				for _, n := range []string{"أحمد", "فيصل", "محمد", "سلمى", "توماس", "جيمي", "دريد", "جون"} {
					r.FirstNames.(lexicon)[arabic.Normalize(n)] = true
				}
			}
			got := render(tt.text, r.Recognize(tt.text, token.Tokenize(tt.text)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Recognize(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestZeroRecognizer(t *testing.T) {
	var r Recognizer
	text := "وصل بيني غانتس"
	if ms := r.Recognize(text, token.Tokenize(text)); len(ms) != 0 {
		t.Errorf("zero Recognizer found %v", ms)
	}
}
