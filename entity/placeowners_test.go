package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

// TestMentionOwners checks the answers of mentionOwners.free against free
// on mentions that overlap, touch and leave gaps, before and after they
// grow, with many mentions (counted) and with an empty one (through ms).
func TestMentionOwners(t *testing.T) {
	const n = 3*manyMentions + 10
	toks := make([]token.Token, n)
	spans := func(empty bool) []Mention {
		var ms []Mention
		for f := 0; f+2 <= n; f += 3 { // [f, f+2): a gap after each
			ms = append(ms, Mention{First: f, Last: f + 2})
		}
		ms = append(ms, Mention{First: 4, Last: 7}) // over two others
		if empty {
			ms = append(ms, Mention{First: 30, Last: 30})
		}
		return ms
	}
	for _, empty := range []bool{false, true} {
		ms := spans(empty)
		var o mentionOwners
		check := func(when string) {
			t.Helper()
			for self := range ms {
				for from := 0; from < 40; from++ {
					for to := from + 1; to <= from+3; to++ {
						if got, want := o.free(toks, ms, self, from, to), free(ms, self, from, to); got != want {
							t.Fatalf("%s (empty %v): free(self %d [%d,%d), from %d, to %d) = %v, want %v",
								when, empty, self, ms[self].First, ms[self].Last, from, to, got, want)
						}
					}
				}
			}
		}
		check("before")
		if o.slow != empty || o.counts == nil {
			t.Errorf("empty %v: counted %v, slow %v; want counts, and going through ms with an empty mention", empty, o.counts != nil, o.slow)
		}
		// Grow the mention at 6 over its gap and one before, as placeNames
		// does.
		m := &ms[2]
		o.grow(m, m.First-1, m.Last+1)
		m.First, m.Last = m.First-1, m.Last+1
		check("after growing")
		o.release()
	}
}
