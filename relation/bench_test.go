package relation

import (
	"syscall"
	"testing"
	"time"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// cpuTime returns the CPU time (user and system) the process has used so
// far: on a shared, loaded machine it measures work better than wall time.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkExtract measures relation extraction alone on 1 MB of news whose
// tokens and mentions are computed beforehand, with the default rules and
// gazetteer. Besides ns/op it reports cpu-ns/op, the process's CPU time per
// op (run with GOMAXPROCS=1 so that the garbage collector's work is counted
// and nothing else runs beside).
func BenchmarkExtract(b *testing.B) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	m, err := world.Matcher()
	if err != nil {
		b.Fatal(err)
	}
	rec := &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
	toks := token.Tokenize(text)
	ms := rec.Recognize(text, toks)
	rs, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime(b)
	n := 0
	for b.Loop() {
		rs.Extract(text, toks, ms)
		n++
	}
	b.ReportMetric(float64(cpuTime(b)-start)/float64(n), "cpu-ns/op")
}
