package entity_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

// TestWorldAgedNames checks the names found right before a person's age
// with the default gazetteer and lexicon, and the words left alone there.
func TestWorldAgedNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a foreign name before an age in parentheses", "ولم يحتاج أغاسي ( 36 عاما ) إلى وقت طويل.",
			[]string{"أغاسي PER per.ar.aged"}, nil},
		{"a foreign name before البالغ من العمر", "واحتاج أغاسي البالغ من العمر 36 عاما إلى ثلاث ساعات.",
			[]string{"أغاسي PER per.ar.aged"}, nil},
		{"a name that opens the text", "أغاسي ( 36 عاما ) إلى الدور الثاني.",
			[]string{"أغاسي PER per.ar.aged"}, nil},
		{"a known first name and a family name before the age", "وكانت ليا هامينوك (23 عاما) طالبة في الكلية.",
			[]string{"ليا هامينوك PER"}, []string{"هامينوك"}},
		{"a name chain before the age", "وهم عمر عجلة بن زكي (65 عاما) وآخرون.",
			[]string{"عمر عجلة بن زكي PER"}, []string{"بن زكي"}},
		{"a citizen before the age", "وقتل مواطن (30 عاما) في الحادث.",
			nil, []string{"مواطن"}},
		{"an employee before the age", "وقتل موظف (40 عاما) في الهجوم.",
			nil, []string{"موظف"}},
		{"a girl before the age", "وأصيبت فتاة ( 12 سنة ) بجروح.",
			nil, []string{"فتاة"}},
		{"a noun with the article before the age", "وقتل الشاب (25 عاما) في الحادث.",
			nil, []string{"الشاب"}},
		{"a number in parentheses without an age", "وسجل أغاسي ( 36 ) نقطة.",
			nil, []string{"أغاسي"}},
		{"a plural before the age", "وشارك لاعبون (20 عاما) في البطولة.",
			nil, []string{"لاعبون"}},
	})
}

// FuzzCuedPersons runs the default recogniser on any text, seeded with
// the cues of this branch's person rules at the edges of a text: it must
// not panic, and its mentions must hold their contract.
func FuzzCuedPersons(f *testing.F) {
	for _, s := range []string{
		"أغاسي ( 36 عاما )", "( 36 عاما )", "عاما", "البالغ من العمر", "أغاسي البالغ من", "قوله", "عن قوله", "عن بالاك قوله",
		"بالاك قوله", "وسجل مروان الشماخ ( 53", "الهدف ( 53 )", "سعد بن أبي", "الصحابي الجليل", "الرئيس جون",
		"وكيت بيكنسيل وكريستوفر", "آية الله",
	} {
		f.Add(s)
	}
	r := worldRecognizer(f)
	f.Fuzz(func(t *testing.T, text string) {
		ms := r.Recognize(text, token.Tokenize(text))
		for i, m := range ms {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || m.Text != text[m.Start:m.End] {
				t.Fatalf("Recognize(%q): mention %d %+v breaks text[start:end]", text, i, m)
			}
			if i > 0 && ms[i-1].End > m.Start {
				t.Fatalf("Recognize(%q): mentions %q and %q overlap or are out of order", text, ms[i-1].Text, m.Text)
			}
		}
	})
}
