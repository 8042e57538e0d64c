package relation

import (
	"github.com/khabar-nlp/khabar/arabic"
	"slices"
	"strings"
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

// TestTriggerIndexes checks the trigger indexes of the default rules
// against plain lookups: every exact key passes the filter, and the prefix
// buckets find the rules a scan of all prefix triggers finds, in its order.
func TestTriggerIndexes(t *testing.T) {
	rs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for k, c := range classes {
		if classOf(k) != c {
			t.Errorf("classOf(%q) = %b, want %b", k, classOf(k), c)
		}
	}
	var words []string
	for k := range rs.exact {
		if !slices.Equal(rs.exactRules(k), rs.exact[k]) {
			t.Errorf("exactRules(%q) = %v, want %v", k, rs.exactRules(k), rs.exact[k])
		}
		words = append(words, k, k+"ه", "ال"+k)
	}
	for _, p := range rs.prefix {
		words = append(words, p.key, p.key+"ة", p.key+"اته", p.key[:len(p.key)-1])
	}
	for _, tok := range token.Tokenize(exampleText(rs)) {
		words = append(words, tok.Key)
	}
	for _, w := range words {
		var want []int
		for _, p := range rs.prefix {
			if strings.HasPrefix(w, p.key) {
				want = append(want, p.rule)
			}
		}
		if got := rs.prefixRules(w); !slices.Equal(got, want) {
			t.Errorf("prefixRules(%q) = %v, want %v", w, got, want)
		}
	}
}

// exampleText joins the example sentences of the rules of rs.
func exampleText(rs *RuleSet) string {
	var sb strings.Builder
	for _, r := range rs.Rules() {
		for _, ex := range r.Examples {
			sb.WriteString(ex.Text)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

func TestStripArticle(t *testing.T) {
	for _, w := range []string{"", "ال", "الا", "الاب", "البيت", "بيت", "ال\xff", "ال\xff\xff", "the", "الx", "الxy", "ال€"} {
		want, _ := arabic.StripArticle(w)
		if got := stripArticle(w); got != want {
			t.Errorf("stripArticle(%q) = %q, want %q as arabic.StripArticle", w, got, want)
		}
	}
}
