//go:build !race

package khabar_test

import (
	"bufio"
	"encoding/json"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar-nlp/khabar/internal/newssample"
)

// TestExtractJSONLConstantMemory streams 24 MB of JSON Lines through
// ExtractJSONLWorkers and checks that the heap stays bounded, whatever the
// input's length, and that every record comes out, in order. (Left out
// under the race detector, which makes it too slow; khabar extract --jsonl
// on 1 GB is in the README's measurements.)
func TestExtractJSONLConstantMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 24 MB")
	}
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for l := range strings.Lines(text) {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	const total = 24 << 20
	pr, pw := io.Pipe()
	records := 0
	go func() {
		bw := bufio.NewWriter(pw)
		enc := json.NewEncoder(bw)
		for size := 0; size < total; records++ {
			l := lines[records%len(lines)]
			enc.Encode(map[string]string{"id": strconv.Itoa(records), "text": l})
			size += len(l) + 32
		}
		bw.Flush()
		pw.Close()
	}()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	out := &orderChecker{t: t}
	err = defaultPipeline(t).ExtractJSONLWorkers(pr, out, 2)
	close(done)
	if err != nil {
		t.Fatal(err)
	}
	if out.n != records {
		t.Errorf("%d records out of %d", out.n, records)
	}
	// The default gazetteer and rules take about 40 MB; the stream must
	// not add more than a few documents' worth.
	t.Logf("%d records, heap in use peaked at %d MB", records, peak.Load()>>20)
	if p := peak.Load(); p > 120<<20 {
		t.Errorf("heap in use peaked at %d MB streaming %d MB", p>>20, total>>20)
	}
}

// An orderChecker counts output lines and checks their IDs run 0, 1, 2 ….
type orderChecker struct {
	t       *testing.T
	n       int
	partial []byte
}

func (o *orderChecker) Write(b []byte) (int, error) {
	o.partial = append(o.partial, b...)
	for {
		i := strings.IndexByte(string(o.partial), '\n')
		if i < 0 {
			return len(b), nil
		}
		var doc struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(o.partial[:i], &doc); err != nil || doc.ID != strconv.Itoa(o.n) {
			o.t.Fatalf("line %d: id %q (%v)", o.n, doc.ID, err)
		}
		o.n++
		o.partial = o.partial[i+1:]
	}
}
