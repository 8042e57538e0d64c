package world

import (
	"bytes"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/gazetteer/world/internal/build"
	"github.com/khabar-nlp/khabar/gazetteer/world/internal/citygen"
	"github.com/khabar-nlp/khabar/internal/golden"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

func TestDefaultCompiles(t *testing.T) {
	m, err := Matcher()
	if err != nil {
		t.Fatal(err)
	}
	counts := map[gazetteer.Type]int{}
	for e := range m.Entries {
		counts[e.Type]++
	}
	t.Logf("default gazetteer: %d entries: %v", m.Len(), counts)
	if counts[gazetteer.LOC] < 6000 {
		t.Errorf("only %d places", counts[gazetteer.LOC])
	}
}

// TestBilingual: every entry has names in Arabic and English.
func TestBilingual(t *testing.T) {
	es, err := Entries()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if len(e.Names["en"]) == 0 || len(e.Names["ar"]) == 0 {
			t.Errorf("%s (%s) lacks an Arabic or English name", e.ID, e.Origin())
		}
	}
}

// TestNoStopwordNames: no name is, on its own, an Arabic function word or a
// word of the common-word list.
func TestNoStopwordNames(t *testing.T) {
	es, err := Entries()
	if err != nil {
		t.Fatal(err)
	}
	common, err := build.CommonWords("sources")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		for _, n := range e.Names["ar"] {
			toks := token.Tokenize(n)
			if len(toks) != 1 {
				continue
			}
			k := toks[0].Key
			if arabic.IsStopword(k) || (e.Subtype == "city" && common[k]) {
				t.Errorf("%s (%s): name %q is a common word", e.ID, e.Origin(), n)
			}
		}
	}
}

func TestPersonNames(t *testing.T) {
	n := PersonNames()
	if n.Len() < 10000 {
		t.Errorf("lexicon has %d name tokens, want at least 10000", n.Len())
	}
	for _, w := range []string{"محمد", "فؤاد", "حسين", "بايدن"} {
		if !n.IsName(arabic.Normalize(w)) {
			t.Errorf("IsName(%q) = false", w)
		}
	}
	for _, w := range []string{"في", "من", "قال"} {
		if n.IsName(arabic.Normalize(w)) {
			t.Errorf("IsName(%q) = true", w)
		}
	}
}

// TestGeneratedUpToDate checks that sources/cities.jsonl is what the
// generator makes of the committed sources (go generate ./gazetteer/world).
func TestGeneratedUpToDate(t *testing.T) {
	cities, _, err := citygen.FromSources("sources")
	if err != nil {
		t.Fatal(err)
	}
	entries, names, err := build.Files("sources")
	if err != nil {
		t.Fatal(err)
	}
	first, err := build.FirstNames("sources")
	if err != nil {
		t.Fatal(err)
	}
	firstFile := []byte(strings.Join(first, "\n") + "\n")
	for file, want := range map[string][]byte{"sources/cities.jsonl": cities, "data/entries.tsv": entries, "data/person-names.txt": names, "data/first-names.txt": firstFile} {
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is out of date: run go generate ./gazetteer/world", file)
		}
	}
}

// BenchmarkLoad decodes and compiles the default gazetteer and the name
// lexicon, as the first call of Matcher and PersonNames does, and reports
// the live heap they hold.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	var heap uint64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		es, err := loadEntries()
		if err != nil {
			b.Fatal(err)
		}
		m, err := gazetteer.Compile(es)
		if err != nil {
			b.Fatal(err)
		}
		n := loadNames()
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = after.HeapAlloc - before.HeapAlloc
		runtime.KeepAlive(m)
		runtime.KeepAlive(n)
	}
	b.ReportMetric(float64(heap)/(1<<20), "heap-MB")
}

// matcherAndNews returns the default matcher and 1 MB of news, and the
// news's source.
func matcherAndNews(tb testing.TB) (*gazetteer.Matcher, string, string) {
	tb.Helper()
	m, err := Matcher()
	if err != nil {
		tb.Fatal(err)
	}
	text, source, err := newssample.Text(1 << 20)
	if err != nil {
		tb.Fatal(err)
	}
	return m, text, source
}

// BenchmarkFindAll matches the default gazetteer over tokenised news.
func BenchmarkFindAll(b *testing.B) {
	m, text, _ := matcherAndNews(b)
	toks := token.Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.FindAll(text, toks)
	}
}

// TestScanOnNews checks that Scan on raw news text finds what FindAll
// finds on its tokens, but for the rare places where their notions of a
// word differ (a mark attached to a token, UAX #29 joining across a full
// stop): at most one match in a thousand.
func TestScanOnNews(t *testing.T) {
	m, text, source := matcherAndNews(t)
	type span struct {
		start, end int
		id         string
	}
	toks := token.Tokenize(text)
	viaTokens := map[span]bool{}
	for _, mt := range m.FindAll(text, toks) {
		viaTokens[span{toks[mt.Start].Start + mt.Prefix, toks[mt.End-1].End, mt.Entries[0].ID}] = true
	}
	scanned := m.Scan(text)
	differ := 0
	for _, mt := range scanned {
		k := span{mt.Start + mt.Prefix, mt.End, mt.Entries[0].ID}
		if !viaTokens[k] {
			differ++
			t.Logf("Scan only: %q %s", text[k.start:k.end], k.id)
		}
		delete(viaTokens, k)
	}
	for k := range viaTokens {
		differ++
		t.Logf("FindAll only: %q %s", text[k.start:k.end], k.id)
	}
	if differ > len(scanned)/1000 {
		t.Errorf("%s: Scan and FindAll differ on %d of %d matches", source, differ, len(scanned))
	}
}

// BenchmarkScan matches the default gazetteer over raw news text.
func BenchmarkScan(b *testing.B) {
	m, text, _ := matcherAndNews(b)
	var out []gazetteer.TextMatch
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		out = m.AppendScan(out[:0], text)
	}
}

// TestAmbiguities lists every name that several entries share, with the
// entry a match links to first. A new ambiguity changes the list and fails
// the test until someone looks at it and decides: give an entry a rank,
// drop or qualify a name, or accept the order with go test -update.
func TestAmbiguities(t *testing.T) {
	m, err := Matcher()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, a := range m.Ambiguous() {
		b.WriteString(a.Key)
		b.WriteString("\t")
		for i, e := range a.Entries {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(e.ID)
		}
		b.WriteString("\n")
	}
	golden.Check(t, "testdata/ambiguous.golden", []byte(b.String()))
}
