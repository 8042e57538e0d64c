package khabar_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/internal/eval"
)

// TestNewsEntitiesDevFloor scores the pipeline on the news DEV set of
// issue 3 (testdata/news-entities-dev.gold.jsonl, the set to tune on; see
// testdata/README.md); like the other floors it skips without ../shared.
func TestNewsEntitiesDevFloor(t *testing.T) {
	rep := scoreNewsEntities(t, newsSpanGold(t, "news-entities-dev.gold.jsonl"), eval.SpanAlone)
	if o := rep.Overall; o.Gold != 246 || o.F1() < 0.945 || o.Precision() < 0.97 {
		t.Errorf("news dev entities: gold %d, P %.3f R %.3f F1 %.3f; want 246 gold, F1 ≥ 0.945, P ≥ 0.97", o.Gold, o.Precision(), o.Recall(), o.F1())
	}
	for _, c := range []struct {
		typ  string
		f1   float64
		prec float64
	}{{"LOC", 0.86, 0.87}, {"ORG", 0.82, 0.85}} {
		if n := rep.ByType[c.typ]; n == nil || n.F1() < c.f1 || n.Precision() < c.prec {
			t.Errorf("news dev %s: %+v; want F1 ≥ %.2f, P ≥ %.2f", c.typ, n, c.f1, c.prec)
		}
	}
}
