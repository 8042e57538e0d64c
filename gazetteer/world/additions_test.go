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
