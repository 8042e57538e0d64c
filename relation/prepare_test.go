package relation

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// goldTexts returns the texts of the gold files that carry their text.
func goldTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, p := range []string{"../testdata/en-relations.gold.jsonl", "../testdata/seed.gold.jsonl"} {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			if rec.Text != "" {
				texts = append(texts, rec.Text)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return texts
}

// preparePlain is the word classes and clauses of every token, computed at
// once over the whole text as newDoc did before they were computed lazily.
// TestPrepare holds kcAt, scAt, ccAt, clauseAt and openedAt to it.
func preparePlain(d *doc) (kc, sc, cc []wordClass, clause []int, opened []bool) {
	n := len(d.toks)
	kc, sc, cc = make([]wordClass, n), make([]wordClass, n), make([]wordClass, n)
	clause, opened = make([]int, n), make([]bool, n)
	for i := range d.toks {
		t := &d.toks[i]
		k := classOf(t.Key)
		s, c := k, k
		if u, ok := t.Unconj(); ok {
			if s = classOf(u); s&funcWords != 0 {
				c = s
			}
		}
		kc[i], sc[i], cc[i] = k, s, c
	}
	start := 0
	for i := range d.toks {
		t := &d.toks[i]
		if i > 0 && d.toks[i-1].Sentence != t.Sentence {
			start = i
		}
		switch {
		case d.at[i] >= 0 && d.ms[d.at[i]].First != i:
		case cc[i]&(subordinateWord|complementWord|relativeWord) != 0:
			start = i
		case i > 0 && (d.toks[i-1].Key == "،" || d.toks[i-1].Key == ",") && t.Script == token.Arabic &&
			d.at[i] < 0 && hasConj(t) && !isTitle(stemAfterConj(t)):
			start = i
		}
		clause[i] = start
		opened[i] = cc[start]&(relativeWord|complementWord) != 0
		if kc[i]&clauseEndWord != 0 {
			start = i + 1
		}
	}
	return kc, sc, cc, clause, opened
}

// TestPrepare checks the word classes and clauses computed on first use,
// a stretch of a sentence at a time, against preparePlain, on the rule
// examples, the gold texts and news, reading the tokens from last to
// first, from first to last and in a scattered order, with the document
// arrays reused from one text to the next.
func TestPrepare(t *testing.T) {
	rs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	m, err := world.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	rec := &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
	news, _, err := newssample.Text(128 << 10)
	if err != nil {
		t.Fatal(err)
	}
	texts := append(goldTexts(t), exampleText(rs), "", "، وقال", "لم يزر. والذي زار")
	texts = append(texts, strings.Split(news, "\n")...)
	orders := []struct {
		name  string
		index func(k, n int) int // the token read k-th of n
	}{
		{"backward", func(k, n int) int { return n - 1 - k }},
		{"forward", func(k, n int) int { return k }},
		{"scattered", func(k, n int) int { return k * 7919 % n }}, // 7919 is prime: a permutation unless n is a multiple
	}
	var classes, clauses, checked int
	for _, order := range orders {
		for _, text := range texts {
			toks := token.Tokenize(text)
			d := newDoc(text, toks, rec.Recognize(text, toks), false)
			for j := range toks {
				if d.kc[j]&prepared != 0 {
					t.Fatalf("%.40q: token %d prepared before any read", text, j)
				}
			}
			kc, sc, cc, clause, opened := preparePlain(d)
			for k := range toks {
				j := order.index(k, len(toks))
				if got := [3]wordClass{d.kcAt(j), d.scAt(j), d.ccAt(j)}; got != [3]wordClass{kc[j], sc[j], cc[j]} {
					t.Errorf("%s %.40q: token %d %q: classes %b, want %b", order.name, text, j, toks[j].Key, got, [3]wordClass{kc[j], sc[j], cc[j]})
				}
				if d.clauseAt(j) != clause[j] || d.openedAt(j) != opened[j] {
					t.Errorf("%s %.40q: token %d %q: clause %d %v, want %d %v", order.name, text, j, toks[j].Key, d.clauseAt(j), d.openedAt(j), clause[j], opened[j])
				}
				if kc[j] != 0 {
					classes++
				}
				if clause[j] == j && j > 0 && toks[j-1].Sentence == toks[j].Sentence {
					clauses++ // a clause that starts inside its sentence
				}
				checked++
			}
			d.release()
		}
	}
	// The texts must exercise what is checked: words of the classes and
	// clauses that do not start at a sentence start.
	t.Logf("checked %d tokens, %d with word classes, %d clauses starting inside a sentence", checked, classes, clauses)
	if checked < 30000 || classes < 300 || clauses < 300 {
		t.Errorf("too little checked")
	}
}

// TestPrepareStretch checks that reading one token's classes prepares its
// sentence from its start to prepareChunk tokens past it, and no other
// token.
func TestPrepareStretch(t *testing.T) {
	text := "زار الوزير الرباط. ثم قال إنه لم يلتق أحداً في المدينة التي زارها أمس مع الوفد الذي رافقه. وغادر"
	toks := token.Tokenize(text)
	d := newDoc(text, toks, nil, false)
	defer d.release()
	j := 6
	sentence := toks[j].Sentence
	if sentence == toks[0].Sentence || sentence == toks[len(toks)-1].Sentence || toks[j-1].Sentence != sentence ||
		toks[j+prepareChunk+1].Sentence != sentence {
		t.Fatalf("token %d is not inside the middle sentence, far enough from its end", j)
	}
	d.ccAt(j)
	for k := range toks {
		want := toks[k].Sentence == sentence && k <= j+prepareChunk
		if got := d.kc[k]&prepared != 0; got != want {
			t.Errorf("token %d %q of sentence %d: prepared %v, want %v", k, toks[k].Key, toks[k].Sentence, got, want)
		}
	}
}

// TestAppendSentences holds appendSentences to token.Sentences, reusing
// one array for every text.
func TestAppendSentences(t *testing.T) {
	var s []token.Sentence
	for _, text := range []string{"", "زار الوزير الرباط.", "زار الوزير الرباط. ثم غادر! Then he left", "..."} {
		toks := token.Tokenize(text)
		s = appendSentences(s[:0], toks)
		want := token.Sentences(toks)
		if len(s) != len(want) || len(want) > 0 && !slices.Equal(s, want) {
			t.Errorf("%q: appendSentences = %v, want %v", text, s, want)
		}
	}
}

// TestExtractMentionOrder checks that the search for a first trigger word,
// which passes over the words of mentions in the order of ms, finds the
// same relations when ms is not in order, and none on a trigger word
// inside a mention.
func TestExtractMentionOrder(t *testing.T) {
	r, rs := setup(t)
	text := "وصل بيني غانتس منتصف ليلة أمس إلى مطار الرباط."
	toks := token.Tokenize(text)
	ms := r.Recognize(text, toks)
	if len(ms) < 2 {
		t.Fatalf("%d mentions in %q", len(ms), text)
	}
	render := func(rels []Relation) []string {
		var out []string
		for _, rel := range rels {
			out = append(out, fmt.Sprintf("%s(%s, %s) [%s]", rel.Type, rel.Subject.Text, rel.Object.Text, rel.Trigger.Text))
		}
		return out
	}
	sorted := render(rs.Extract(text, toks, ms))
	if len(sorted) == 0 {
		t.Fatalf("no relation in %q", text)
	}
	// A mention on the trigger word وصل (token 0).
	onTrigger := entity.Mention{Text: "وصل", Type: gazetteer.ORG, First: 0, Last: 1, Start: toks[0].Start, End: toks[0].End}
	reversed := slices.Clone(ms)
	slices.Reverse(reversed)
	tests := []struct {
		name string
		ms   []entity.Mention
		want []string
	}{
		{"in order", ms, sorted},
		{"reversed", reversed, sorted},
		{"trigger in a mention", append([]entity.Mention{onTrigger}, ms...), nil},
		{"trigger in a mention, out of order", append(slices.Clone(ms), onTrigger), nil},
		{"empty mention on the trigger", append([]entity.Mention{{First: 0, Last: 0}}, ms...), sorted},
		{"overlapping mentions", append([]entity.Mention{{Text: "وصل بيني", First: 0, Last: 2}, onTrigger}, ms...), nil},
	}
	for _, tt := range tests {
		if got := render(rs.Extract(text, toks, tt.ms)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Extract = %q, want %q", tt.name, got, tt.want)
		}
	}
}
