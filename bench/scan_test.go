package main

import (
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/internal/cputime"
)

// BenchmarkScan100k times khabar's Scan on the bench's corpus at 100k
// names, as the "khabar Scan (raw text)" row does, for profiling:
//
//	go test -run NONE -bench Scan100k -cpuprofile /tmp/cpu.out
func BenchmarkScan100k(b *testing.B) {
	c := newCorpus(100000, resolveText(defaultText), 5e6)
	m, err := gazetteer.Compile(makeEntries(c.names))
	if err != nil {
		b.Fatal(err)
	}
	// One untimed scan first, as the bench does: it decodes the entries.
	out := m.AppendScan(nil, c.text)
	b.SetBytes(int64(len(c.text)))
	b.ResetTimer()
	cpu0 := cputime.Used()
	for b.Loop() {
		out = m.AppendScan(out[:0], c.text)
	}
	// On a shared machine the process's CPU time varies less than the
	// wall time.
	cpu := cputime.Used() - cpu0
	b.ReportMetric(float64(len(c.text))*float64(b.N)/1e6/cpu.Seconds(), "cpuMB/s")
	b.ReportMetric(float64(len(out)), "matches")
}

// BenchmarkScanNames100k times Scan on a text of 5,000 of the 100k names,
// each once, between two words that start no name: nearly all the time
// goes to walks of the trie along names it holds, lines that are cold.
func BenchmarkScanNames100k(b *testing.B) {
	c := newCorpus(100000, resolveText(defaultText), 5e6)
	m, err := gazetteer.Compile(makeEntries(c.names))
	if err != nil {
		b.Fatal(err)
	}
	var text []byte
	for i := 0; i < len(c.names); i += len(c.names) / 5000 {
		text = append(text, c.names[i]...)
		text = append(text, " ثم قال "...)
	}
	out := m.AppendScan(nil, string(text)) // untimed: decodes the entries
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu0 := cputime.Used()
	for b.Loop() {
		out = m.AppendScan(out[:0], string(text))
	}
	cpu := cputime.Used() - cpu0
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(len(out)), "cpu-ns/match")
	b.ReportMetric(float64(len(out)), "matches")
}
