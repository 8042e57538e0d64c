package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSampleSentences(t *testing.T) {
	const text = "زار غانتس الرباط. قال إنه سعيد. ثم عاد. Then he left. Bye now."
	all, err := SampleSentences(text, "t.txt", nil, 5, 1)
	if err != nil {
		t.Fatal(err)
	}
	starts := func(ds []SpanDoc) []string {
		var out []string
		for _, d := range ds {
			out = append(out, text[d.Start:d.End])
		}
		return out
	}
	if got := starts(all); len(got) != 5 || got[0] != "زار غانتس الرباط." || got[4] != "Bye now." {
		t.Fatalf("SampleSentences(all 5) = %q", got)
	}
	second := all[1]
	for _, c := range []struct {
		name    string
		exclude []SpanDoc
		n       int
		seed    uint64
		wantN   int
		absent  string // a sentence that must not be drawn
		wantErr bool
	}{
		{"all but the excluded", []SpanDoc{second}, 4, 7, 4, text[second.Start:second.End], false},
		{"exclusion by overlap", []SpanDoc{{Start: second.Start + 2, End: second.Start + 3}}, 4, 7, 4, text[second.Start:second.End], false},
		{"too many", []SpanDoc{second}, 5, 7, 0, "", true},
		{"negative", nil, -1, 7, 0, "", true},
		{"none", nil, 0, 7, 0, "", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := SampleSentences(text, "t.txt", c.exclude, c.n, c.seed)
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if len(got) != c.wantN {
				t.Fatalf("got %d sentences, want %d", len(got), c.wantN)
			}
			for _, s := range starts(got) {
				if c.absent != "" && s == c.absent {
					t.Errorf("excluded sentence %q drawn", s)
				}
			}
			for i := 1; i < len(got); i++ {
				if got[i].Start <= got[i-1].Start {
					t.Errorf("not in offset order: %v", got)
				}
			}
		})
	}
	// The draw is a function of the seed: two seeds of a 2-of-5 draw differ
	// somewhere among a few tries, and one seed always gives the same draw.
	a, _ := SampleSentences(text, "t.txt", nil, 2, 1)
	b, _ := SampleSentences(text, "t.txt", nil, 2, 1)
	if !cmp.Equal(a, b) {
		t.Errorf("same seed, different draws: %v, %v", a, b)
	}
	differ := false
	for seed := uint64(2); seed < 10 && !differ; seed++ {
		c, _ := SampleSentences(text, "t.txt", nil, 2, seed)
		differ = !cmp.Equal(a, c)
	}
	if !differ {
		t.Error("seeds 1 to 9 all draw the same sentences")
	}
}

// The news dev sets of issue 3 are drawn by SampleSentences from the
// SaudiNewsNet sample, each leaving out the sentences of the news gold
// files that existed before it: the dev set
// (testdata/news-entities-dev.gold.jsonl) leaves out the test set and the
// relations file, the second dev set (news-entities-dev2.gold.jsonl) also
// leaves out the first, and the third (news-entities-dev3.gold.jsonl) the
// first two.
type newsSample struct {
	file    string
	n       int
	seed    uint64
	exclude []string
}

var (
	newsDev = newsSample{
		file:    "../../testdata/news-entities-dev.gold.jsonl",
		n:       200,
		seed:    20261129,
		exclude: []string{"../../testdata/news-entities.gold.jsonl", "../../testdata/news-relations.gold.jsonl"},
	}
	newsDev2 = newsSample{
		file: "../../testdata/news-entities-dev2.gold.jsonl",
		n:    300,
		seed: 20261130,
		exclude: []string{"../../testdata/news-entities.gold.jsonl", "../../testdata/news-entities-dev.gold.jsonl",
			"../../testdata/news-relations.gold.jsonl"},
	}
	newsDev3 = newsSample{
		file: "../../testdata/news-entities-dev3.gold.jsonl",
		n:    200,
		seed: 20261131,
		exclude: []string{"../../testdata/news-entities.gold.jsonl", "../../testdata/news-entities-dev.gold.jsonl",
			"../../testdata/news-entities-dev2.gold.jsonl", "../../testdata/news-relations.gold.jsonl"},
	}
)

var (
	writeNewsDev  = flag.String("write-news-dev", "", "write the unannotated news dev sample to this file")
	writeNewsDev2 = flag.String("write-news-dev2", "", "write the unannotated second news dev sample to this file")
	writeNewsDev3 = flag.String("write-news-dev3", "", "write the unannotated third news dev sample to this file")
)

// TestNewsDevSample checks that the dev set holds exactly the sentences the
// sampler draws (so that it is reproducible and disjoint from the test
// set), and writes the unannotated sample with -write-news-dev FILE.
func TestNewsDevSample(t *testing.T) {
	checkNewsSample(t, newsDev, *writeNewsDev)
}

// TestNewsDev2Sample does the same for the second dev set, disjoint from
// the test set and the first dev set; -write-news-dev2 FILE writes its
// unannotated sample.
func TestNewsDev2Sample(t *testing.T) {
	checkNewsSample(t, newsDev2, *writeNewsDev2)
}

// TestNewsDev3Sample does the same for the third dev set, disjoint from the
// test set and the first two dev sets; -write-news-dev3 FILE writes its
// unannotated sample.
func TestNewsDev3Sample(t *testing.T) {
	checkNewsSample(t, newsDev3, *writeNewsDev3)
}

// checkNewsSample draws s from the news sample and either writes the draw
// to write (when it is not empty) or checks that s.file holds exactly its
// spans. It skips when the news sample is absent.
func checkNewsSample(t *testing.T, s newsSample, write string) {
	t.Helper()
	b, err := os.ReadFile("../../../shared/data/news/saudinewsnet-5mb.txt")
	if err != nil {
		t.Skipf("news sample absent: %v", err)
	}
	var exclude []SpanDoc
	for _, name := range s.exclude {
		exclude = append(exclude, readSpans(t, name)...)
	}
	want, err := SampleSentences(string(b), "saudinewsnet-5mb.txt", exclude, s.n, s.seed)
	if err != nil {
		t.Fatal(err)
	}
	if write != "" {
		var buf bytes.Buffer
		for _, d := range want {
			line, _ := json.Marshal(d)
			buf.Write(line)
			buf.WriteByte('\n')
		}
		if err := os.WriteFile(write, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got := readSpans(t, s.file)
	span := func(ds []SpanDoc) [][2]int {
		var out [][2]int
		for _, d := range ds {
			out = append(out, [2]int{d.Start, d.End})
		}
		return out
	}
	if diff := cmp.Diff(span(want), span(got)); diff != "" {
		t.Errorf("%s is not the sampler's draw (-want +got):\n%s", s.file, diff)
	}
}

// readSpans reads the source spans of a gold file of either kind: SpanDoc
// lines (entities) or GoldDoc lines with a source (relations).
func readSpans(t *testing.T, name string) []SpanDoc {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []SpanDoc
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var d struct {
			Start, End int
			Source     json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("%s:%d: %v", name, i+1, err)
		}
		var ref SourceRef
		if json.Unmarshal(d.Source, &ref) == nil && ref.File != "" {
			d.Start, d.End = ref.Start, ref.End
		}
		out = append(out, SpanDoc{Start: d.Start, End: d.End})
	}
	return out
}
