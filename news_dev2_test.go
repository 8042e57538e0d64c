package khabar_test

import (
	"os"
	"testing"

	"github.com/khabar-nlp/khabar/internal/eval"
)

// TestNewsEntitiesDev2Floor scores the pipeline on the second news dev set
// of issue 3 (testdata/news-entities-dev2.gold.jsonl: 300 sentences drawn
// apart from the test set and the first dev set; see testdata/README.md).
// The floors sit just below the figures of the pipeline when the set was
// annotated, so that a change that loses ground on fresh sentences shows;
// like the other floors it skips without ../shared.
func TestNewsEntitiesDev2Floor(t *testing.T) {
	needShared(t, sharedData+"/news/saudinewsnet-5mb.txt")
	f, err := os.Open("testdata/news-entities-dev2.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadSpanGold(f, "news-entities-dev2.gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.ScoreEntities(defaultPipeline(t), gold, sharedData+"/news", eval.SpanAlone)
	if err != nil {
		t.Fatal(err)
	}
	if o := rep.Overall; o.Gold != 442 || o.F1() < 0.82 || o.Precision() < 0.86 {
		t.Errorf("news dev2 entities: gold %d, P %.3f R %.3f F1 %.3f; want 442 gold, F1 ≥ 0.82, P ≥ 0.86", o.Gold, o.Precision(), o.Recall(), o.F1())
	}
	for _, c := range []struct {
		typ  string
		f1   float64
		prec float64
	}{{"PER", 0.74, 0.89}, {"LOC", 0.88, 0.86}, {"ORG", 0.80, 0.83}} {
		if n := rep.ByType[c.typ]; n == nil || n.F1() < c.f1 || n.Precision() < c.prec {
			t.Errorf("news dev2 %s: %+v; want F1 ≥ %.2f, P ≥ %.2f", c.typ, n, c.f1, c.prec)
		}
	}
}
