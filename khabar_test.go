package khabar_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar-nlp/khabar"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/internal/eval"
	"github.com/khabar-nlp/khabar/internal/golden"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/relation"
)

func defaultPipeline(t testing.TB) *khabar.Pipeline {
	t.Helper()
	p, err := khabar.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// render writes one line per mention and per relation, in document order.
func render(text string, doc *khabar.Document) string {
	var b strings.Builder
	for _, e := range doc.Entities {
		if e.Text != text[e.Start:e.End] {
			fmt.Fprintf(&b, "BAD SPAN ")
		}
		fmt.Fprintf(&b, "E %d-%d %s %s %s", e.Start, e.End, e.Type, e.Source, e.Text)
		if e.Entity != "" {
			fmt.Fprintf(&b, " =%s", e.Entity)
		}
		if e.Form != "" {
			fmt.Fprintf(&b, " (%s)", e.Form)
		}
		b.WriteByte('\n')
	}
	for _, r := range doc.Relations {
		fmt.Fprintf(&b, "R %s %s(%s, %s) trigger %q at %d rule %s", r.Modality, r.Type, r.Subject.Text, r.Object.Text, r.Trigger.Text, r.Trigger.Start, r.Rule)
		if r.Role != "" {
			fmt.Fprintf(&b, " role %q", r.Role)
		}
		if a := r.Attribution; a != nil {
			fmt.Fprintf(&b, " according to %q (%s)", a.Source.Text, a.Cue.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	p := defaultPipeline(t)
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no inputs in testdata: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got := render(string(b), p.Extract(name, string(b)))
			golden.Check(t, filepath.Join("testdata", "golden", name+".golden"), []byte(got))
		})
	}
}

// TestSeedAcceptance holds the pipeline to issue 2's bar on the seed
// articles: at least 9 of the 11 visited / met-with / signed-agreement
// relations with the right modality, precision at least 0.8, and at least
// 90% of the gold entities with the right type.
func TestSeedAcceptance(t *testing.T) {
	f, err := os.Open("testdata/seed.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f, "seed.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep := eval.Score(defaultPipeline(t), gold, []string{"visited", "met-with", "signed-agreement"})
	o := rep.Overall
	if o.Gold != 11 {
		t.Fatalf("gold has %d relations of the three types, want 11", o.Gold)
	}
	if o.ModalityCorrect < 9 || o.Precision() < 0.8 {
		t.Errorf("found %d of %d with the right modality (want ≥ 9), precision %.3f (want ≥ 0.8); misses: %+v", o.ModalityCorrect, o.Gold, o.Precision(), rep.Misses)
	}
	if r := rep.Entities.Recall(); r < 0.9 {
		t.Errorf("entity recall %.3f, want ≥ 0.9", r)
	}
}

func TestOffsetsContract(t *testing.T) {
	p := defaultPipeline(t)
	for _, text := range []string{"وصل \xffبيني غانتس إلى الرباط", "", "\xff\xfe", "Antony Blinken visited Rabat."} {
		doc := p.Extract("x", text)
		for _, e := range doc.Entities {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Text {
				t.Errorf("entity %+v breaks text == input[start:end] on %q", e, text)
			}
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	p := defaultPipeline(t)
	texts := map[string]string{}
	want := map[string][]byte{}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
		want[f], _ = json.Marshal(p.Extract(f, string(b)))
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 3 {
				for f, text := range texts {
					got, _ := json.Marshal(p.Extract(f, text))
					if !bytes.Equal(got, want[f]) {
						t.Errorf("concurrent Extract(%s) differs from the sequential result", f)
					}
				}
			}
		})
	}
	wg.Wait()
}

func TestExtractJSONL(t *testing.T) {
	p := defaultPipeline(t)
	in := `{"id":"a","text":"زار أنتوني بلينكن الرباط","lang":"ar"}
{"id":"b","text":
not json at all

{"id":"c","text":"Antony Blinken visited Rabat."}
`
	var out bytes.Buffer
	if err := p.ExtractJSONL(strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d output lines, want 4 (one per non-blank input line):\n%s", len(lines), out.String())
	}
	var docs []khabar.Document
	for _, l := range lines {
		var d khabar.Document
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatalf("output line %q is not JSON: %v", l, err)
		}
		docs = append(docs, d)
	}
	if docs[0].ID != "a" || docs[0].Lang != "ar" || len(docs[0].Relations) == 0 {
		t.Errorf("line 1: %+v, want id a, lang ar and a relation", docs[0])
	}
	if !strings.Contains(docs[1].Error, "line 2") || !strings.Contains(docs[2].Error, "line 3") {
		t.Errorf("bad lines gave errors %q and %q, want them to name lines 2 and 3", docs[1].Error, docs[2].Error)
	}
	if docs[3].ID != "c" || len(docs[3].Relations) != 1 {
		t.Errorf("line 5: %+v, want id c and one relation", docs[3])
	}
}

func TestCustomGazetteerOnly(t *testing.T) {
	p, err := khabar.New(khabar.Config{
		NoDefaultGazetteer: true,
		Entries: []gazetteer.Entry{{ID: "org:acme", Type: gazetteer.ORG, Name: "Acme",
			Names: map[string][]string{"ar": {"شركة أكمي"}, "en": {"Acme Corp"}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	doc := p.Extract("x", "أعلنت شركة أكمي أمس أنها ستفتح فرعاً في الرباط")
	if len(doc.Entities) != 1 || doc.Entities[0].Entity != "org:acme" {
		t.Errorf("entities %+v, want only org:acme (no default gazetteer)", doc.Entities)
	}
}

// TestDocumentsShareNothing checks that a document stays the same after
// later calls of Extract, which reuse the token array.
func TestDocumentsShareNothing(t *testing.T) {
	p := defaultPipeline(t)
	a := p.Extract("a", "زار وزير الخارجية الأمريكي أنتوني بلينكن الرباط والتقى ناصر بوريطة")
	before, _ := json.Marshal(a)
	for _, text := range []string{"Benny Gantz met Nasser Bourita in Rabat.", "قصف الطيران الإسرائيلي مواقع في غزة", strings.Repeat("ولي العهد محمد بن سلمان ", 200)} {
		p.Extract("b", text)
	}
	if after, _ := json.Marshal(a); !bytes.Equal(before, after) {
		t.Errorf("document changed by later calls:\n%s\n%s", before, after)
	}
}

// TestCompiledMatcher checks that a pipeline over the default gazetteer,
// compiled to bytes and read back, extracts what the default one does.
func TestCompiledMatcher(t *testing.T) {
	def := defaultPipeline(t)
	var buf bytes.Buffer
	if _, err := def.Gazetteer().WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := gazetteer.ReadCompiled(&buf, "default.kgz")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := khabar.New(khabar.Config{Matcher: m, Entries: []gazetteer.Entry{{ID: "loc:x", Type: gazetteer.LOC, Names: map[string][]string{"ar": {"س"}}}}}); err == nil {
		t.Error("New with both Matcher and Entries succeeded")
	}
	p, err := khabar.New(khabar.Config{Matcher: m})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"testdata/seed-gantz-rabat.txt", "testdata/seed-baghdad.txt"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(def.Extract(f, string(b)))
		got, _ := json.Marshal(p.Extract(f, string(b)))
		if !bytes.Equal(want, got) {
			t.Errorf("%s: the compiled gazetteer gives\n%s\nthe default one\n%s", f, got, want)
		}
	}
}

// BenchmarkPipeline runs the default pipeline with its context rules and
// with the gazetteer only on 1 MB of news, as one text and as one text a
// line (an article or a paragraph each, as archives come): the cost of
// the rules is the ratio of the two.
func BenchmarkPipeline(b *testing.B) {
	gazetteerOnly, err := khabar.New(khabar.Config{GazetteerOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	for _, lines := range []bool{false, true} {
		suffix := ""
		if lines {
			suffix = "/lines"
		}
		b.Run("rules"+suffix, func(b *testing.B) { benchPipeline(b, defaultPipeline(b), lines) })
		b.Run("gazetteer-only"+suffix, func(b *testing.B) { benchPipeline(b, gazetteerOnly, lines) })
	}
}

func benchPipeline(b *testing.B, p *khabar.Pipeline, lines bool) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	p.Extract("warm-up", text) // the default gazetteer is decoded on first use
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if !lines {
			p.Extract("bench", text)
			continue
		}
		for line := range strings.Lines(text) {
			p.Extract("bench", line)
		}
	}
}

// TestRuleExamples runs every example sentence of the default rules through
// the default pipeline: a rule must fire on its example+ sentences and must
// not fire on its example- ones.
func TestRuleExamples(t *testing.T) {
	p := defaultPipeline(t)
	rs, err := relation.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs.Rules() {
		for _, ex := range r.Examples {
			fired := false
			for _, rel := range p.Extract("example", ex.Text).Relations {
				fired = fired || rel.Rule == r.ID
			}
			if fired != ex.Positive {
				t.Errorf("default.rules:%d: rule %s fired=%v on %q, want %v", ex.Line, r.ID, fired, ex.Text, ex.Positive)
			}
		}
	}
}

func TestGazetteerOnly(t *testing.T) {
	p, err := khabar.New(khabar.Config{GazetteerOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	text := "قال الرئيس عبد المجيد تبون إن السيد سوريش ماثيور زار الرباط."
	var sources []string
	for _, e := range p.Extract("x", text).Entities {
		sources = append(sources, e.Source+":"+e.Text)
	}
	if strings.Contains(strings.Join(sources, " "), "rule:") {
		t.Errorf("GazetteerOnly found %v", sources)
	}
	var rules []string
	for _, e := range defaultPipeline(t).Extract("x", text).Entities {
		if e.Source == "rule" {
			rules = append(rules, e.Text)
		}
	}
	if !slices.Contains(rules, "سوريش ماثيور") {
		t.Errorf("the default pipeline's rules found %v, want سوريش ماثيور", rules)
	}
}

func TestExtractJSONLWorkersSameOutput(t *testing.T) {
	p := defaultPipeline(t)
	var in strings.Builder
	texts := []string{"زار أنتوني بلينكن الرباط", "Antony Blinken visited Rabat.", "وصل بيني غانتس إلى الرباط"}
	for i := range 300 {
		if i%37 == 5 {
			in.WriteString("{not json\n\n")
			continue
		}
		fmt.Fprintf(&in, "{\"id\":\"%d\",\"text\":%q}\n", i, texts[i%len(texts)])
	}
	var one, four bytes.Buffer
	if err := p.ExtractJSONLWorkers(strings.NewReader(in.String()), &one, 1); err != nil {
		t.Fatal(err)
	}
	if err := p.ExtractJSONLWorkers(strings.NewReader(in.String()), &four, 4); err != nil {
		t.Fatal(err)
	}
	if one.String() != four.String() {
		t.Error("4 workers give other output than 1")
	}
	if n := strings.Count(one.String(), "\n"); n != 300 {
		t.Errorf("%d output lines, want 300 (one per non-blank input line)", n)
	}
}

// TestExtractJSONLAnswersEachLine feeds a stream one line at a time and
// reads each document before the next line is sent: batching lines must
// neither wait for more input nor hold a written document back.
func TestExtractJSONLAnswersEachLine(t *testing.T) {
	p := defaultPipeline(t)
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	errc := make(chan error, 1)
	go func() {
		err := p.ExtractJSONLWorkers(inR, outW, 2)
		outW.CloseWithError(err)
		errc <- err
	}()
	lines := bufio.NewReader(outR)
	for i, text := range []string{"زار أنتوني بلينكن الرباط", "Antony Blinken visited Rabat.", "وصل بيني غانتس إلى الرباط"} {
		if _, err := fmt.Fprintf(inW, "{\"id\":\"%d\",\"text\":%q}\n", i, text); err != nil {
			t.Fatal(err)
		}
		got := make(chan string, 1)
		go func() {
			l, _ := lines.ReadString('\n')
			got <- l
		}()
		select {
		case l := <-got:
			var doc khabar.Document
			if err := json.Unmarshal([]byte(l), &doc); err != nil || doc.ID != fmt.Sprint(i) {
				t.Fatalf("line %d: got %q (%v)", i, l, err)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("line %d: no document while the input stays open", i)
		}
	}
	inW.Close()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(b []byte) (int, error) {
	if w.n++; w.n > 1 {
		return 0, fmt.Errorf("disk full")
	}
	return len(b), nil
}

func TestExtractJSONLWriteError(t *testing.T) {
	p := defaultPipeline(t)
	in := strings.Repeat(`{"id":"x","text":"`+strings.Repeat("الرباط ", 3000)+`"}`+"\n", 50)
	err := p.ExtractJSONLWorkers(strings.NewReader(in), &failWriter{}, 3)
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error = %v, want the write error", err)
	}
}

func BenchmarkExtractJSONL(b *testing.B) {
	p := defaultPipeline(b)
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	var in strings.Builder
	enc := json.NewEncoder(&in)
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) != "" {
			enc.Encode(khabar.Input{ID: fmt.Sprint(i), Text: line})
		}
	}
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if err := p.ExtractJSONLWorkers(strings.NewReader(in.String()), io.Discard, j); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestEveryRuleHasExamples: each default rule shows at least one sentence
// it fires on and one it must not fire on.
func TestEveryRuleHasExamples(t *testing.T) {
	rs, err := relation.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs.Rules() {
		pos, neg := 0, 0
		for _, ex := range r.Examples {
			if ex.Positive {
				pos++
			} else {
				neg++
			}
		}
		if pos == 0 || neg == 0 {
			t.Errorf("%s (%s): %d positive and %d negative examples, want at least one of each", r.ID, r.Origin, pos, neg)
		}
	}
}

// TestExtractBlank checks the documents of texts without a token, which
// Extract answers without running the rules: the same JSON a text
// without names gives, with and without Explain.
func TestExtractBlank(t *testing.T) {
	explain, err := khabar.New(khabar.Config{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*khabar.Pipeline{defaultPipeline(t), explain} {
		want, err := json.Marshal(p.Extract("x", "ذهب"))
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range []string{"", "\n", "  \r\n\t ", "\u200c"} {
			got, err := json.Marshal(p.Extract("x", text))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("Extract(%q) = %s, want %s", text, got, want)
			}
		}
	}
}
