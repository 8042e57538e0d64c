package entity_test

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// cpuTime returns the CPU time (user and system) the process has used, which
// a shared machine disturbs less than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

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
			start := cpuTime()
			for b.Loop() {
				for _, d := range docs {
					r.Recognize(d.text, d.toks)
				}
			}
			mb := float64(len(text)) / (1 << 20) * float64(b.N)
			b.ReportMetric(float64((cpuTime()-start).Milliseconds())/mb, "cpu-ms/MB")
		})
	}
}
