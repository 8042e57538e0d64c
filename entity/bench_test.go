package entity_test

import (
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/internal/cputime"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// BenchmarkRecognize runs the default recogniser on 1 MB of news, one
// document a line (lines) or the whole text at once (document), the tokens
// made beforehand; it reports CPU ms per MB besides wall time.
func BenchmarkRecognize(b *testing.B) {
	m, err := world.Matcher()
	if err != nil {
		b.Fatal(err)
	}
	r := &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		text string
		toks []token.Token
	}
	lines := func() []doc {
		var ds []doc
		for l := range strings.SplitSeq(text, "\n") {
			ds = append(ds, doc{l, token.Tokenize(l)})
		}
		return ds
	}
	for _, c := range []struct {
		name string
		docs func() []doc
	}{
		{"lines", lines},
		{"document", func() []doc { return []doc{{text, token.Tokenize(text)}} }},
	} {
		b.Run(c.name, func(b *testing.B) {
			docs := c.docs()
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			start := cputime.Used()
			for b.Loop() {
				for _, d := range docs {
					r.Recognize(d.text, d.toks)
				}
			}
			mb := float64(len(text)) / (1 << 20) * float64(b.N)
			b.ReportMetric(float64((cputime.Used()-start).Milliseconds())/mb, "cpu-ms/MB")
		})
	}
}
