package entity_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

// TestWorldWeakPlaces checks the guard of the places whose name is a
// common word, with the default gazetteer: for each cue, a place it keeps,
// and the word without the cue, which is no mention.
func TestWorldWeakPlaces(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		// no cue
		{"imperative", "ضع يديك على فخذيك. قم بشد عضلات البطن ببطء.", nil, []string{"قم"}},
		{"imperative after و", "أضف السبانخ وقم بقليهما معا على نار هادئة.", nil, []string{"قم", "وقم"}},
		{"cable", "اشترى كابل الشحن من المتجر.", nil, []string{"كابل"}},
		{"verb", "وكادت هذه الشائعات تدمر أعصابي.", nil, []string{"تدمر"}},
		{"verb of springing", "صار هذا الإقبال الجديد ينبع من حاجة ملحة.", nil, []string{"ينبع"}},
		{"adjective", "وتقديم دعم مالي للجمعيات الخيرية.", nil, []string{"مالي"}},
		{"noun with the article", "وهذه هي العقبة الرئيسية أمام الاتفاق.", nil, []string{"العقبة"}},
		{"superlative", "هذا هو الطريق الأقصر إلى النجاح.", nil, []string{"الأقصر"}},
		{"pot", "طبخت الحلة على النار ساعتين.", nil, []string{"الحلة"}},
		{"desert", "هناك سؤال معلق فوق هذه الصحراء الشاسعة.", nil, []string{"الصحراء"}},
		{"with his father", "وقال بأبيه إنه سيعود.", nil, []string{"بأبيه"}},
		{"birthplace after a cue", "عاد الكاتب إلى مسقط رأسه بعد غياب.", nil, []string{"مسقط"}},
		{"a sports word spares only cities", "عرض آخر لشراء اللاعب بمقابل مالي يزيد على 30 مليونا.", nil, []string{"مالي"}},
		// a cue before
		{"preposition", "كشف عن مفاعل نووي في قم الأسبوع الماضي.", []string{"قم LOC"}, nil},
		{"preposition with و", "عاد الوفد ومن كابل توجه إلى قندهار.", []string{"كابل LOC"}, nil},
		{"proclitic ب", "اجتمع الوفد بكابل أمس.", []string{"كابل LOC"}, nil},
		{"place head", "سقطت مدينة تدمر في أيدي التنظيم.", []string{"تدمر LOC"}, nil},
		{"place head with ب", "الرسوم الصخرية بمنطقة حائل قديمة.", []string{"حائل LOC"}, nil},
		{"place head and adjective", "زار الوفد العاصمة الأفغانية كابل أمس.", []string{"كابل LOC"}, nil},
		{"noun of a place", "طالب أهالي كبيسة الحكومة بالدعم.", []string{"كبيسة LOC"}, nil},
		{"camp", "اقتحمت القوات الإسرائيلية مخيم جنين فجرا.", []string{"جنين LOC"}, nil},
		{"oasis", "ربما تتجه القوافل إلى واحة الكفرة جنوبا.", []string{"الكفرة LOC"}, nil},
		{"the unbelievers", "وصف البيان خصومه بالمرتدين والكفرة.", nil, []string{"الكفرة"}},
		{"capital after a cue", "وصل الوزير إلى مسقط أمس.", []string{"مسقط LOC"}, nil},
		// another place
		{"coordinated before", "زار الوفد القاهرة والأقصر ثم عاد.", []string{"الأقصر LOC"}, nil},
		{"list before", "وشملت الحملة القاهرة وعمّان وبترا والعقبة.", []string{"العقبة LOC"}, nil},
		{"coordinated after", "توترت العلاقات بين حلفاء كابل وواشنطن.", []string{"كابل LOC"}, nil},
		{"comma and country", "شهدت كابل، أفغانستان، هجوما.", []string{"كابل LOC"}, nil},
		{"nisba after", "شهدت الحلة العراقية انفجارا.", []string{"الحلة LOC"}, nil},
		{"direction after", "تقع العقبة جنوب البلاد على البحر الأحمر.", []string{"العقبة LOC"}, nil},
		{"province after a comma", "شهدت الحلة، محافظة بابل، انفجارا.", []string{"الحلة LOC"}, nil},
		{"capital after a comma", "وصلت الطائرة كابل، عاصمة البلاد.", []string{"كابل LOC"}, nil},
		{"parenthesis", "البلدات المحاصرة هي نبل والزهراء (في حلب) والفوعة.", []string{"الزهراء LOC"}, nil},
		{"nisba before is no coordination", "القوات الإسرائيلية وتدمر المنازل.", nil, []string{"تدمر"}},
		// the text
		{"subject of a feminine verb", "مالي تحتجز عشرين متطرفا.", []string{"مالي LOC"}, nil},
		{"country in the text", "توترت العلاقات بين حلفاء كابل وحكومة الرئيس الأفغاني السابق.", []string{"كابل LOC"}, nil},
		// people
		{"a person's name", "وقال جاسم السعدون، رئيس مؤسسة الشال، إن الأسعار ستنخفض.",
			[]string{"جاسم السعدون PER"}, []string{"جاسم LOC"}},
		{"a person's second name", "قالت فاطمة الزهراء إن المجلة ستصدر.", nil, []string{"الزهراء LOC"}},
		{"a club in sport stays", "وخسر الفريق أمام مضيفه ليون صفر-2 في مباراة الجولة الأولى.", []string{"ليون ORG"}, nil},
		{"a place word of another name", "أفاد موقع «الدرر الشامية» الإخباري بمقتل عشرة.", []string{"الدرر الشامية ORG"}, nil},
	})
}

// TestWeakPlaceCuedOnce checks that a place named once with a cue is the
// place all through the text.
func TestWeakPlaceCuedOnce(t *testing.T) {
	r := worldRecognizer(t)
	tests := []struct {
		text string
		want int // mentions of قم
	}{
		{"وصل الرئيس إلى قم أمس. وتعد قم مركزا دينيا.", 2},
		{"قم بالمشي لمدة ربع ساعة. ثم قم بشرب كوب من الماء.", 0},
	}
	for _, tt := range tests {
		n := 0
		for _, m := range r.Recognize(tt.text, token.Tokenize(tt.text)) {
			if m.Text == "قم" {
				n++
			}
		}
		if n != tt.want {
			t.Errorf("Recognize(%q): %d mentions of قم, want %d", tt.text, n, tt.want)
		}
	}
}
