package entity_test

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/token"
)

// TestCommonWords checks, with the default gazetteer and lexicon, that the
// common words of news no longer take a name's slot after a cue or a first
// name (not), and that names which look like such words, or hold one of
// them, are still found (want).
func TestCommonWords(t *testing.T) {
	m, err := world.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	r := &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
	tests := []struct {
		name string
		text string
		want []string // "text TYPE" that must be found
		not  []string // texts that must be no mention
	}{
		{"noun with the article after a known name", "ورسم كاميرون الإطار العام للخطة الجديدة أمس.",
			[]string{"كاميرون PER"}, []string{"كاميرون الإطار"}},
		{"particle with a clitic and a noun", "وتصرف كأي شاب في عمره وخرج مع أصدقائه.",
			nil, []string{"كأي شاب", "كأي"}},
		{"adjective after a first name", "وأطلقت الشركة خط جوي مباشر بين المدينتين.",
			nil, []string{"جوي مباشر"}},
		{"verb and plural noun", "وبدأت الطائرات تشن غارات على مواقع المسلحين.",
			nil, []string{"تشن غارات"}},
		{"verb after a first name", "لكن سامي استمر في عمله رغم الضغوط.",
			nil, []string{"سامي استمر"}},
		{"noun after a speech verb", "وقالت قوة الأمن إن الوضع هادئ في المدينة.",
			nil, []string{"قوة"}},
		{"noun with a preposition", "ويتحدث ماركو بأسلوب هادئ مع الصحافيين.",
			nil, []string{"ماركو بأسلوب"}},
		{"time word after a first name", "وقابلت المدرب ستيفن مرتين في لندن.",
			nil, []string{"ستيفن مرتين"}},
		{"month with an adjective", "وقال إن أجواء رمضان الكريم تجمع العائلات كل عام.",
			nil, []string{"رمضان الكريم"}},
		{"colour with an adjective", "وأضاءت البلدية البرج باللون الأخضر الزاهي احتفالا بالعيد.",
			nil, []string{"الأخضر الزاهي"}},
		{"anniversary with a verbal noun", "واحتفلت المدينة أمس في ذكرى تأسيس الجامعة.",
			nil, []string{"ذكرى تأسيس"}},
		{"my name", "وقالت: اسمي سارة وأنا من القاهرة.",
			nil, []string{"اسمي سارة", "اسمي"}},
		{"saint opens no person's name", "وتقع الكنيسة قرب ساحة سانت بيتر.",
			nil, []string{"سانت بيتر"}},
		{"article noun after a first name", "ونفى يوسف الأمر، وقال إنه لم يلتق أحدا.",
			nil, []string{"يوسف الأمر"}},
		{"participle after a speech verb and a name", "وقال يوسف شارحا إن القرار نهائي.",
			[]string{"يوسف PER"}, []string{"يوسف شارحا"}},
		{"noun of a trade after a title and a name", "وأكد الدكتور سامر استشاري الجراحة أن العملية نجحت.",
			[]string{"سامر PER"}, []string{"سامر استشاري"}},
		{"profession after a speaker's name", "وقال سامي حداد محامي المتهم إن الحكم قاس.",
			[]string{"سامي حداد PER"}, []string{"سامي حداد محامي"}},
		{"participle with the article after a speaker's name", "وقال إدوارد سميث المنتمي إلى الحزب إن القرار خاطئ.",
			[]string{"إدوارد سميث PER"}, []string{"إدوارد سميث المنتمي"}},
		{"preposition written with a ya before a demonstrative", "وعلق الوزير سامي علي ذلك بالقول إن الأمر انتهى.",
			[]string{"سامي PER"}, []string{"سامي علي"}},
		{"the name Ali after a title before a demonstrative", "والتقى الرئيس علي هذا الأسبوع بالوفد.",
			[]string{"علي PER"}, nil},
		{"the son after a family name", "وكتب ماركو جونز الابن رسالة إلى والده.",
			[]string{"ماركو جونز PER"}, []string{"ماركو جونز الابن رسالة", "ماركو جونز الابن"}},
		{"ordinal that ends a queen's name is no alias", "والتقت الملكة إليزابيث الثانية بالرئيس أمس. وفي المرة الثانية قال إنه سعيد.",
			[]string{"إليزابيث الثانية PER"}, []string{"الثانية"}},
		{"second half of a compound name is no alias", "وقال الدكتور محمود علم الدين إن القانون جديد. ويحترم الناس الدين في كل مكان.",
			[]string{"محمود علم الدين PER"}, []string{"الدين"}},
		{"first name with a conjunction that reads as a preposition is no alias", "وحضر الاجتماع سامي حداد وعلي منصور. وعلى الجانب الآخر جلس الوزراء.",
			[]string{"وعلي منصور PER"}, []string{"وعلى"}},
		{"adjective in the accusative after a first name", "وكان ماركو قادرا على الفوز في المباراة.",
			nil, []string{"ماركو قادرا"}},
		{"first name that reads as a conjunction and a listed verb", "وحضر المباراة فيصل منصور وعدد من اللاعبين.",
			[]string{"فيصل منصور PER"}, nil},
		{"month name before a known name", "وحضر الحفل رمضان عبد الله ومحمد علي.",
			[]string{"رمضان عبد الله PER"}, nil},
		{"family name that is an adjective elsewhere", "وقال الصحافي الأميركي أنطوني شديد في مقاله إن الحرب ستطول.",
			[]string{"أنطوني شديد PER"}, nil},
		{"first name that reads as a preposition and a noun", "وشارك في الفيلم الممثل الأميركي كفن كوستنر.",
			[]string{"كفن كوستنر PER"}, nil},
		{"family name that is a plural noun", "وقال الرئيس السنغالي السابق عبدو ضيوف إن الانتخابات نزيهة.",
			[]string{"عبدو ضيوف PER"}, nil},
		{"known family name after a first name", "وقال جمال يونس إن الفريق جاهز للمباراة.",
			[]string{"جمال يونس PER"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := token.Tokenize(tt.text)
			ms := r.Recognize(tt.text, toks)
			got := map[string]bool{}
			texts := map[string]bool{}
			var all []string
			for _, m := range ms {
				s := m.Text + " " + string(m.Type)
				got[s], texts[m.Text] = true, true
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
