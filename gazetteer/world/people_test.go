package world_test

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/token"
)

// TestNewsPeople runs the recogniser with the default gazetteer on
// sentences written for the test (not taken from any corpus) that name the
// people and organisations of mid-2010s Arabic news added for issue 3: a
// person named by surname alone with no title or cue, designers, artists and
// writers of the culture pages, fashion houses; and words that the town
// names of world-cities.csv made places. Each case lists mentions that must
// be found (text, type and entry) and texts that must be no mention, so that
// a short name that is also a word or a place stays what it is.
func TestNewsPeople(t *testing.T) {
	m, err := world.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	r := &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
	tests := []struct {
		name string
		text string
		want []string // "text TYPE entry" that must be found
		not  []string // texts that must be no mention, or "text TYPE": no mention of that type
	}{
		{"surname alone: Cameron", "ويتعرض كاميرون لضغوط داخل حزبه قبل الاستفتاء.",
			[]string{"كاميرون PER per:david-cameron"}, nil},
		{"Cameroon is no Cameron", "وصلت بعثة الكاميرون إلى العاصمة أمس.",
			[]string{"الكاميرون LOC loc:cameroon"}, []string{"كاميرون"}},
		{"the director keeps his first name", "أخرج جيمس كاميرون فيلما جديدا.",
			[]string{"جيمس كاميرون PER per:james-cameron"}, []string{"كاميرون"}},
		{"surname alone: Rouhani", "وأكد روحاني أن المفاوضات مستمرة.",
			[]string{"روحاني PER per:hassan-rouhani"}, nil},
		{"surname alone: Assad", "وطالبت المعارضة برحيل الأسد عن السلطة.",
			[]string{"الأسد PER per:bashar-al-assad"}, nil},
		{"a lion with another article is no Assad", "وشوهد أسد في حديقة الحيوان.",
			nil, []string{"أسد"}},
		{"surname alone: Hadi", "وعاد هادي إلى عدن بعد غياب.",
			[]string{"هادي PER per:abdrabbuh-mansur-hadi", "عدن LOC loc:aden"}, nil},
		{"Hadi al-Amiri stays himself", "وقال هادي العامري إن القوات تتقدم.",
			[]string{"هادي العامري PER per:hadi-al-amiri"}, []string{"هادي"}},
		{"surname alone: Habre", "وبدأت في داكار محاكمة حبري بتهم ارتكاب جرائم.",
			[]string{"حبري PER per:hissene-habre", "داكار LOC loc:dakar"}, nil},
		{"surname alone: Zarif", "والتقى ظريف نظيره الأمريكي في فيينا.",
			[]string{"ظريف PER per:mohammad-javad-zarif"}, nil},
		{"Omar Sharif's birth name", "ولد ميشال شلهوب في الإسكندرية.",
			[]string{"ميشال شلهوب PER per:omar-sharif"}, nil},
		{"fashion houses", "وعرضت شانيل وديور وفيرساتشي مجموعاتها في باريس.",
			[]string{"شانيل ORG org:chanel", "ديور ORG org:dior", "فيرساتشي ORG org:versace"}, nil},
		{"a designer and her house", "وقدمت دوناتيلا فيرساتشي تصاميم الدار.",
			[]string{"دوناتيلا فيرساتشي PER per:donatella-versace"}, []string{"فيرساتشي"}},
		{"a department store", "واشترت قطر متجر هارودز في لندن.",
			[]string{"هارودز ORG org:harrods"}, nil},
		{"writers and artists", "قرأ غوته وتولستوي واستمع إلى موزارت.",
			[]string{"غوته PER per:goethe", "تولستوي PER per:leo-tolstoy", "موزارت PER per:mozart"}, nil},
		{"a director by surname", "وعاد كوبولا إلى السينما المستقلة بعد سنوات.",
			[]string{"كوبولا PER per:francis-ford-coppola"}, nil},
		{"a senator and his colleague", "ووقع السيناتور بوب كروكر وزميله بن كاردين على الرسالة.",
			[]string{"بوب كروكر PER per:bob-corker", "بن كاردين PER per:ben-cardin"}, nil},
		{"Kadyrov with his father's name", "وصل رمضان أحمد قاديروف إلى جدة لأداء العمرة.",
			[]string{"رمضان أحمد قاديروف PER per:ramzan-kadyrov", "جدة LOC loc:jeddah"}, nil},
		{"a family name shared by many stays a rule's name", "وقال العميد مثقال النعيمي إن القتال مستمر.",
			[]string{"مثقال النعيمي PER "}, []string{"النعيمي"}},
		{"a scene is no Mashhad", "وفي الفيلم مشهد طويل داخل الشقة تحت الشجرة.",
			nil, []string{"مشهد", "الشقة", "الشجرة"}},
		{"the diaries of a tribe are no towns", "ونشر يوميات قبلي في مجلة ثقافية.",
			nil, []string{"يوميات", "قبلي"}},
		{"a first name is no town", "واستقبل طاهر وبشار الضيوف في الدوحة.",
			[]string{"الدوحة LOC loc:doha"}, []string{"طاهر LOC", "بشار LOC"}},
		{"Sadat the president, not his town", "والتقى السادات بيغن في كامب ديفيد.",
			[]string{"السادات PER per:anwar-sadat"}, nil},
		{"financial is no Malian", "وقال وزير المالية إن الأزمة المالية تتطلب دعما ماليا.",
			nil, []string{"المالية LOC", "ماليا LOC"}},
		{"Mali the country stays", "وصل الجنود إلى مالي أمس.",
			[]string{"مالي LOC loc:mali"}, nil},
		{"districts of Aden", "وتقدمت القوات نحو التواهي والمعلا في عدن.",
			[]string{"التواهي LOC loc:at-tawahi", "المعلا LOC loc:al-mualla", "عدن LOC loc:aden"}, nil},
		{"a retailer and a striker", "وافتتحت وول مارت متجرا جديدا، وسجل أوباميانج هدفين.",
			[]string{"وول مارت ORG org:walmart", "أوباميانج PER per:pierre-emerick-aubameyang"}, nil},
		{"Mubarak and Sabahi by surname", "وفي آخر عهد مبارك ترشح صباحي للرئاسة.",
			[]string{"مبارك PER per:hosni-mubarak", "صباحي PER per:hamdeen-sabahi"}, nil},
		{"Baghdadi the caliph, not the historian", "وظهر البغدادي في الموصل، وكتب الخطيب البغدادي تاريخ بغداد.",
			[]string{"البغدادي PER per:abu-bakr-al-baghdadi", "الخطيب البغدادي PER per:al-khatib-al-baghdadi"}, nil},
		{"the Brotherhood and Ansar al-Sharia by short names", "وتحالف الإخوان مع أنصار الشريعة في درنة.",
			[]string{"الإخوان ORG org:muslim-brotherhood", "أنصار الشريعة ORG org:ansar-al-sharia-libya"}, nil},
		{"brothers of a family are no Brotherhood", "وزار الإخوة والدهم في المستشفى.",
			nil, []string{"الإخوة ORG"}},
		{"companies and journals", "ونشرت مجلة نيتشر الدراسة، وأعلنت توشيبا وأستون مارتن نتائجهما.",
			[]string{"مجلة نيتشر ORG org:nature-journal", "توشيبا ORG org:toshiba", "أستون مارتن ORG org:aston-martin"}, nil},
		{"an opera house is no Oprah", "أقيم الحفل في دار الأوبرا.",
			nil, []string{"الأوبرا"}},
		{"the house of representatives is no poet", "صوت مجلس النواب على القانون الجديد.",
			nil, []string{"النواب"}},
		{"legal is no sultan", "وقدم المستشار القانوني رأيه في القضية.",
			nil, []string{"القانوني"}},
	}
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
