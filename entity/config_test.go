package entity_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// TestRecognizerParts runs recognisers that lack a matcher, a lexicon or
// both (as khabar.New builds one with NoDefaultGazetteer) on 300 KB of
// news a line at a time: no rule may assume a part is there, and the
// mentions must stay well formed. The context rules find more than the
// gazetteer alone in every combination.
func TestRecognizerParts(t *testing.T) {
	m, err := world.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	text, _, err := newssample.Text(300 << 10)
	if err != nil || text == "" {
		t.Fatalf("no news text: %v", err)
	}
	lines := strings.Split(text, "\n")
	count := func(r *entity.Recognizer) int {
		n := 0
		for _, l := range lines {
			ms := r.Recognize(l, token.Tokenize(l))
			end := 0
			for _, mn := range ms {
				if mn.Start < end || mn.End <= mn.Start || mn.End > len(l) || l[mn.Start:mn.End] != mn.Text {
					t.Fatalf("bad mention %+v (previous end %d) in %q", mn, end, l)
				}
				end = mn.End
			}
			n += len(ms)
		}
		return n
	}
	counts := map[string]int{}
	for _, withMatcher := range []bool{false, true} {
		for _, names := range []bool{false, true} {
			for _, first := range []bool{false, true} {
				for _, gazOnly := range []bool{false, true} {
					r := &entity.Recognizer{GazetteerOnly: gazOnly}
					if withMatcher {
						r.Matcher = m
					}
					if names {
						r.Names = world.PersonNames()
					}
					if first {
						r.FirstNames = world.FirstNames()
					}
					name := fmt.Sprintf("matcher=%v names=%v first=%v gazetteer-only=%v", withMatcher, names, first, gazOnly)
					t.Run(name, func(t *testing.T) { counts[name] = count(r) })
				}
			}
		}
	}
	for name, n := range counts {
		if only, ok := strings.CutSuffix(name, "gazetteer-only=false"); ok && n <= counts[only+"gazetteer-only=true"] {
			t.Errorf("%s: %d mentions, no more than with the gazetteer only (%d)", name, n, counts[only+"gazetteer-only=true"])
		}
	}
}
