package entity

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// nameTokenBefore is nameToken as it was before it read the classes of
// scratch (nameTokenAt) and dropped its test of arabic.Nisba, which the
// last test implies.
func (r *Recognizer) nameTokenBefore(text string, toks []token.Token, k int, covered []bool) bool {
	t := &toks[k]
	if t.Script != token.Arabic || covered[k] || len(t.Key) < 2*2 {
		return false
	}
	s := stemOf(t)
	c := classOf(t.Key)
	if c&notNameToken != 0 || s != t.Key && classOf(s)&cApposition != 0 || hasTanween(text[t.Start:t.End]) {
		return false
	}
	for _, rd := range t.Readings {
		if rd.Prefix != "" && arabic.IsStopword(rd.Stem) {
			return false
		}
	}
	if isAli(text, t) {
		return !aliBeforeDemonstrative(toks, k)
	}
	known := r.Names != nil && r.isName(t.Key)
	if s != t.Key && r.Names != nil && !known && r.isName(s) {
		return false
	}
	if !known && commonReading(t) {
		return false
	}
	if arabic.IsStopword(t.Key) {
		return false
	}
	if s != t.Key && (classOf(s)&(cTitle|cOffice) != 0 || arabic.IsStopword(s)) {
		return false
	}
	if _, nisba := arabic.Nisba(t.Key); nisba && strings.HasPrefix(t.Key, "ال") && !known && !nisbaSurname(t) {
		return false
	}
	return known || !strings.HasPrefix(t.Key, "ال") || nisbaSurname(t)
}

// TestNameTokenAt checks nameToken and nameTokenAt, asked twice (its kept
// answer), against nameTokenBefore on the tokens of news and of cases of
// each test, with and without a lexicon, some tokens covered.
func TestNameTokenAt(t *testing.T) {
	text, _, err := newssample.Text(1 << 17)
	if err != nil {
		t.Fatal(err)
	}
	text = "قال علي ذلك وقال علي حسن، ووزير الخارجية وجلال محمد المنصوري الأميركي بأن كتابٌ " + text
	toks := token.Tokenize(text)
	lex := lexicon{}
	for i, tk := range toks {
		if i%3 == 0 || tk.Key == "جلال" || tk.Key == "المنصوري" {
			lex[tk.Key] = true
		}
	}
	for _, r := range []*Recognizer{{}, {Names: lex}} {
		var sc scratch
		sc.classify(toks)
		sc.nt = make([]uint8, len(toks))
		covered := make([]bool, len(toks))
		for i := range covered {
			covered[i] = i%7 == 3
		}
		yes, no := 0, 0
		for k := range toks {
			want := r.nameTokenBefore(text, toks, k, covered)
			for range 2 {
				if got := r.nameTokenAt(text, toks, k, covered, &sc); got != want {
					t.Fatalf("names %v: nameTokenAt(%q) = %v, want %v", r.Names != nil, toks[k].Key, got, want)
				}
			}
			if got := r.nameToken(text, toks, k, covered); got != want {
				t.Fatalf("names %v: nameToken(%q) = %v, want %v", r.Names != nil, toks[k].Key, got, want)
			}
			if want {
				yes++
			} else {
				no++
			}
		}
		if yes == 0 || no == 0 {
			t.Errorf("names %v: %d name tokens, %d others", r.Names != nil, yes, no)
		}
		covered[0] = true // a token covered after its answer was kept
		if r.nameTokenAt(text, toks, 0, covered, &sc) {
			t.Errorf("names %v: a covered token is a name token", r.Names != nil)
		}
	}
}

// TestVerbalNoun compares verbalNoun with the rune-wise test it replaces,
// on the words of news and on broken UTF-8.
func TestVerbalNoun(t *testing.T) {
	text, _, err := newssample.Text(1 << 16)
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "ا", "اعتناق", "استقبال", "اجراء", "\xd8\xa7\xd8", "\xd8\xa7abc\xd8\xa7d", "اa\xffاb"}
	for _, tk := range token.Tokenize(text) {
		words = append(words, tk.Key)
	}
	yes := 0
	for _, w := range words {
		r := []rune(w)
		want := len(r) >= 5 && r[0] == 'ا' && r[len(r)-2] == 'ا'
		if got := verbalNoun(w); got != want {
			t.Errorf("verbalNoun(%q) = %v, want %v", w, got, want)
		}
		if want {
			yes++
		}
	}
	if yes == 0 {
		t.Error("no verbal noun")
	}
}

// TestSpeakerFilter checks that the filter passes every word of
// speechObjects and speakerNouns, from the hash classify keeps, and
// stops most other words of news.
func TestSpeakerFilter(t *testing.T) {
	for _, set := range []map[string]bool{speechObjects, speakerNouns} {
		for w := range set {
			if !speakerFilter.at(uint16(filterHash(w))) {
				t.Errorf("speakerFilter stops %q", w)
			}
		}
	}
	text, _, err := newssample.Text(1 << 16)
	if err != nil {
		t.Fatal(err)
	}
	toks := token.Tokenize(text)
	var sc scratch
	sc.classify(toks)
	stopped := 0
	for i, tk := range toks {
		if !speakerFilter.at(sc.fh[i]) {
			stopped++
			if speechObjects[tk.Key] || speakerNouns[tk.Key] {
				t.Errorf("speakerFilter stops token %q", tk.Key)
			}
		}
	}
	if stopped < len(toks)/2 {
		t.Errorf("speakerFilter stops %d tokens of %d", stopped, len(toks))
	}
}
