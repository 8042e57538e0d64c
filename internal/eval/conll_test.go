package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar"
)

const sample = `زار B-PERS
بيني I-PERS
غانتس I-PERS
الرباط B-LOC
. O

قال O
غانتس B-PERS
إن O
الرباط O
جميلة O
`

func TestReadCoNLLAndScore(t *testing.T) {
	sents, err := ReadCoNLL(strings.NewReader(sample), "s.conll")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || sents[1].Line != 7 || sents[0].Tags[0] != "B-PER" {
		t.Fatalf("ReadCoNLL = %+v", sents)
	}
	pred := [][]string{
		{"O", "B-PER", "I-PER", "B-LOC", "O"}, // the person's span is off by one
		{"O", "B-PER", "O", "B-LOC", "O"},     // one spurious place
	}
	rep := ScoreCoNLL(sents, pred)
	got := map[string][3]int{}
	for typ, c := range rep.ByType {
		got[typ] = [3]int{c.Gold, c.Pred, c.TP}
	}
	want := map[string][3]int{"PER": {2, 2, 1}, "LOC": {1, 2, 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ScoreCoNLL mismatch (-want +got):\n%s", diff)
	}
	if rep.Tokens != 10 || rep.Overall.TP != 2 {
		t.Errorf("report %+v", rep)
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	for in, want := range map[string]string{
		"word\n":         "x:1: want a token and a tag",
		"a O\nb X-PER\n": "x:2: tag \"X-PER\"",
	} {
		if _, err := ReadCoNLL(strings.NewReader(in), "x"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadCoNLL(%q) error = %v, want %q", in, err, want)
		}
	}
}

func TestSplit(t *testing.T) {
	s := make([]Sentence, 20)
	train, _ := Split(s, "train")
	dev, _ := Split(s, "dev")
	if len(train) != 18 || len(dev) != 2 {
		t.Errorf("split 20 into %d and %d, want 18 and 2", len(train), len(dev))
	}
	if _, err := Split(s, "test"); err == nil {
		t.Error("Split accepted part test")
	}
}

func TestGazetteerFromCoNLL(t *testing.T) {
	sents, err := ReadCoNLL(strings.NewReader(sample), "s.conll")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range GazetteerFromCoNLL(sents, 1, false) {
		got = append(got, e.ID)
	}
	// الرباط is tagged once and untagged once: left out.
	want := []string{"conll:per:زار-بيني-غانتس", "conll:per:غانتس"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("GazetteerFromCoNLL mismatch (-want +got):\n%s", diff)
	}
}

func TestTagInContext(t *testing.T) {
	p, err := khabar.Default()
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ReadCoNLL(strings.NewReader("وصل O\nفيصل B-PERS\nملكاوي I-PERS\n. O\n\nثم O\nغادر O\nملكاوي B-PERS\nالبلاد O\n"), "c.conll")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		context []Sentence
		want    []string
	}{
		{"alone", nil, []string{"O", "O", "O", "O"}},
		// The full name in the sentence before makes the surname a name.
		{"after its full name", sents[:1], []string{"O", "O", "B-PER", "O"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TagInContext(p, tt.context, sents[1], SchemeANERcorp)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("TagInContext mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTagSchemes(t *testing.T) {
	p, err := khabar.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := Sentence{Tokens: strings.Fields("هاجم الجيش الإسرائيلي القرية")}
	tests := []struct {
		scheme string
		want   []string
	}{
		{SchemeKhabar, []string{"O", "B-ORG", "I-ORG", "O"}},
		{SchemeANERcorp, []string{"O", "O", "O", "O"}}, // a country's forces are not tagged
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Tag(p, s, tt.scheme)); diff != "" {
			t.Errorf("Tag(%q, %s) mismatch (-want +got):\n%s", s.Tokens, tt.scheme, diff)
		}
	}
}

// TestTagANERcorpConventions checks the words ANERcorp leaves outside a
// name (compass words and the heads of natural features, except in a
// country's name; the epithets of scriptures), the type it gives the
// White House, and MISC: the holidays of the calendar are untagged, other
// MISC keep their tag.
func TestTagANERcorpConventions(t *testing.T) {
	p, err := khabar.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"compass before a region", "قتلى في شمال سيناء", []string{"O", "O", "O", "B-LOC"}},
		{"compass in a country's name", "قتلى في جنوب أفريقيا", []string{"O", "O", "B-LOC", "I-LOC"}},
		{"feature head", "تأملوا جبال الألب", []string{"O", "O", "B-LOC"}},
		{"peninsula keeps its head", "في شبه الجزيرة الأيبيرية", []string{"O", "B-LOC", "I-LOC", "I-LOC"}},
		{"White House is MISC", "قال البيت الأبيض", []string{"O", "B-MISC", "I-MISC"}},
		{"UNIFIL and Al-Aqsa are MISC", "قوات اليونيفيل قرب المسجد الأقصى", []string{"O", "B-MISC", "O", "B-MISC", "I-MISC"}},
		{"UNIFIL without the article is MISC", "وقالت يونيفيل إن", []string{"O", "B-MISC", "O"}},
		{"scripture without its epithet", "تلاوة القرآن الكريم", []string{"O", "B-MISC", "O"}},
		{"Kaaba without its epithet", "طاف حول الكعبة المشرفة", []string{"O", "O", "B-MISC", "O"}},
		{"Al-Aqsa without its epithet", "صلى في المسجد الأقصى المبارك", []string{"O", "O", "B-MISC", "I-MISC", "O"}},
		{"other organisations keep their type", "قال الكرملين", []string{"O", "B-ORG"}},
		{"a mosque's name is ORG without its head", "صلى في مسجد قباء", []string{"O", "O", "O", "B-ORG"}},
		{"Al-Aqsa stays MISC with its head", "صلى في المسجد الأقصى", []string{"O", "O", "B-MISC", "I-MISC"}},
		{"a people's lands are untagged", "انسحب من الأراضي الفلسطينية", []string{"O", "O", "O", "O"}},
		{"a people's lands with a proclitic are untagged", "إنهاء الاحتلال للأراضي الفلسطينية", []string{"O", "O", "O", "O"}},
		{"the country of the same people is tagged", "انسحب من فلسطين", []string{"O", "O", "B-LOC"}},
		{"police and authority are untagged", "أوقفت الشرطة التركية رئيس السلطة الوطنية الفلسطينية", []string{"O", "O", "O", "O", "O", "O", "O"}},
		{"a council with a name of its own stays tagged", "اجتمع مجلس الأمن الدولي", []string{"O", "B-ORG", "I-ORG", "I-ORG"}},
		{"a state's council is untagged", "اجتمع مجلس الوزراء اللبناني", []string{"O", "O", "O", "O"}},
		{"a council of states is untagged", "اجتمع مجلس التعاون الخليجي", []string{"O", "O", "O", "O"}},
		{"the parent of an untagged body is tagged", "أمام الجمعية العامة للأمم المتحدة", []string{"O", "O", "O", "B-ORG", "I-ORG"}},
		{"a centre is untagged", "قرب مركز التجارة العالمي", []string{"O", "O", "O", "O"}},
		{"a committee is untagged", "قررت لجنة الانضباط معاقبته", []string{"O", "O", "O", "O"}},
		{"a party keeps its tag", "قال حزب الله", []string{"O", "B-ORG", "I-ORG"}},
		{"a club without its nisba", "خسر أمام الزمالك المصري", []string{"O", "O", "B-ORG", "O"}},
		{"a party without its masculine nisba", "بدعم لحزب الله اللبناني", []string{"O", "B-ORG", "I-ORG", "O"}},
		{"a feminine nisba stays in the name", "وقعت منظمة التحرير الفلسطينية", []string{"O", "B-ORG", "I-ORG", "I-ORG"}},
		{"an agency spelled out in a dateline is untagged", "فرانكفورت (د ب أ) أعلن", []string{"B-LOC", "O", "O", "O", "O"}},
		{"an agency by its name keeps its tag", "وقالت رويترز", []string{"O", "B-ORG"}},
		{"a state's news agency is untagged", "ذكرت وكالة الأنباء القطرية", []string{"O", "O", "O", "O"}},
		{"a news agency's name is tagged without its head", "ذكرت وكالة فرانس برس", []string{"O", "O", "B-ORG", "I-ORG"}},
		{"a cup alone is untagged", "شارك في كأس العالم", []string{"O", "O", "O", "O"}},
		{"a championship of a cup is MISC", "تختتم بطولة كأس العالم اليوم", []string{"O", "B-MISC", "I-MISC", "I-MISC", "O"}},
		{"Ramadan is untagged", "في شهر رمضان المبارك", []string{"O", "O", "O", "O"}},
		{"Hajj is untagged", "بدأ موسم الحج", []string{"O", "O", "O"}},
		{"Eid is untagged", "بمناسبة عيد الفطر", []string{"O", "O", "O"}},
		{"a religion stays MISC", "اعتنق الإسلام", []string{"O", "B-MISC"}},
		{"Mecca without its epithet", "وصل إلى مكة المكرمة", []string{"O", "O", "B-LOC", "O"}},
		{"Medina keeps its epithet", "هاجر إلى المدينة المنورة", []string{"O", "O", "B-LOC", "I-LOC"}},
		{"a state by its description is untagged", "رئيس الجمهورية اللبنانية", []string{"O", "O", "O"}},
		{"a continent by its description is untagged", "الحالة السياسية للقارة الأوروبية", []string{"O", "O", "O", "O"}},
		{"a republic without the article is no description", "زار جمهورية إيران", []string{"O", "O", "B-LOC"}},
		{"the Syrian Arab Republic is tagged", "زار الجمهورية العربية السورية", []string{"O", "B-LOC", "I-LOC", "I-LOC"}},
		{"Christianity is untagged", "دخلت المسيحية مصر", []string{"O", "O", "B-LOC"}},
		{"a prize stays MISC", "فاز بجائزة نوبل", []string{"O", "O", "B-MISC"}},
		{"an airport's name is MISC without its head", "هبطت في مطار حيدر علييف الدولي", []string{"O", "O", "O", "B-MISC", "I-MISC", "O"}},
		{"an airport named for its city keeps the city", "هبطت في مطار بيروت", []string{"O", "O", "O", "B-LOC"}},
		{"a currency stays MISC", "بلغ 40 مليون دولار", []string{"O", "O", "O", "B-MISC"}},
		{"a port's place without its head", "أغلق ميناء حيفا", []string{"O", "O", "B-LOC"}},
		{"a stadium's place without its head", "تقام على استاد الدوحة", []string{"O", "O", "O", "B-LOC"}},
		{"a place without a site head keeps its tag", "أغلق حيفا", []string{"O", "B-LOC"}},
		{"a prison's name is ORG without its head", "في سجن أبو غريب", []string{"O", "O", "B-ORG", "I-ORG"}},
		{"a museum is untagged", "زار متحف الشمع", []string{"O", "O", "O"}},
		{"a place without a museum keeps its tag", "زار لندن", []string{"O", "B-LOC"}},
		{"the Shia are ORG", "استهدف الشيعة", []string{"O", "B-ORG"}},
		{"the Sunni beside the Shia are ORG", "قتل سنة وشيعة", []string{"O", "B-ORG", "B-ORG"}},
		{"a year is untagged", "في السنة الماضية", []string{"O", "O", "O"}},
		{"the Kurds are ORG", "قمع الأكراد", []string{"O", "B-ORG"}},
		{"a Shia adjective is untagged", "الزعيم الشيعي", []string{"O", "O"}},
		{"a country loses a republic's head", "زار جمهورية إيران الإسلامية", []string{"O", "O", "B-LOC", "O"}},
		{"compass with a proclitic before a region", "هاجروا بشمال أفريقيا", []string{"O", "O", "B-LOC"}},
		{"the article after ل stays in the name", "زار رئيس الوزراء للشرق الأوسط", []string{"O", "O", "O", "B-LOC", "I-LOC"}},
		{"a kingdom after ل keeps its head", "زيارته للمملكة المغربية", []string{"O", "B-LOC", "I-LOC"}},
		{"compass with a proclitic in a country's name", "لاعب من وجنوب أفريقيا", []string{"O", "O", "B-LOC", "I-LOC"}},
		{"a ministry after ل is untagged", "وفقا لوزارة الدفاع الأميركية", []string{"O", "O", "O", "O"}},
		{"a country's army after لل is untagged", "في بيان للجيش الإسرائيلي", []string{"O", "O", "O", "O"}},
		{"the authority after لل is untagged", "ان رئيس للسلطة الفلسطينية", []string{"O", "O", "O", "O"}},
		{"a body named by a description is untagged", "وأشاد مدير الاتحاد المصري للمصارعة أمس", []string{"O", "O", "O", "O", "O", "O"}},
		{"an organisation the gazetteer names keeps its tag", "قالت المنظمة العالمية للملكية الفكرية إن", []string{"O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"}},
		{"an ayatollah's title is in his name", "وقال آية الله علي السيستاني إن", []string{"O", "B-PER", "I-PER", "I-PER", "I-PER", "O"}},
		{"a name after another word keeps its bounds", "وقال الشيخ علي السيستاني إن", []string{"O", "O", "B-PER", "I-PER", "O"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Sentence{Tokens: strings.Fields(tt.text)}
			if diff := cmp.Diff(tt.want, Tag(p, s, SchemeANERcorp)); diff != "" {
				t.Errorf("Tag(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
