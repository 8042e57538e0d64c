package entity_test

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// TestAliasesInTheirArticle checks that in a text of many articles laid out
// as the news files are (indented paragraphs, an unindented title after an
// empty line), a person's surname alone and a one-word name a rule found
// are people in their own article only; and that a text of one article,
// with or without empty lines, keeps them throughout.
func TestAliasesInTheirArticle(t *testing.T) {
	r := worldRecognizer(t)
	const (
		art1 = "مقتل صحافي\n وقال الصحافي الأمريكي أنطوني شديد إن الوضع خطير.\n وأضاف شديد أن المدينة هادئة.\n"
		art2 = "معارك في الشمال\n واندلع قتال شديد في المدينة أمس.\n"
		full = "مقتل صحافي\n وقال الصحافي الأمريكي أنطوني شديد إن الوضع خطير.\n"
		fade = " وكان شديد قد وصل إلى المدينة.\n" // the surname alone: an alias
		war  = "معارك\n وكان قتال شديد قد وقع في المدينة.\n"
	)
	for _, tc := range []struct {
		name, text, word string
		want             int // person mentions of word
	}{
		{"a one-word name in the next article", art1 + "\n" + art2, "شديد", 1},
		{"a one-word name in the same article", art1 + art2[len("معارك في الشمال\n"):], "شديد", 2},
		{"a surname in the next article", full + "\n" + war, "شديد", 0},
		{"a surname in the same article", full + fade, "شديد", 1},
		{"a surname in its article after another", war + "\n" + full + fade, "شديد", 1},
		{"paragraphs apart by empty lines, not indented: one article",
			"وقال الصحافي الأمريكي أنطوني شديد إن الوضع خطير.\n\nوأكد المراسل أن شديد وصل.\n", "شديد", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			var all []string
			for _, m := range r.Recognize(tc.text, token.Tokenize(tc.text)) {
				all = append(all, m.Text+" "+string(m.Type)+" "+m.Rule+" "+m.Source)
				if m.Type == gazetteer.PER && strings.TrimPrefix(m.Text, "و") == tc.word {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("%d person mentions of %q, want %d; got %s", n, tc.word, tc.want, strings.Join(all, " | "))
			}
		})
	}
}
