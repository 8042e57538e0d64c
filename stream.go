package khabar

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
)

// An Input is one record of a JSON Lines input stream.
type Input struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Lang string `json:"lang,omitempty"`
}

// maxLine bounds one JSON Lines record.
const maxLine = 64 << 20

// ExtractJSONL reads one Input a line from r and writes one Document a line
// to w, in the same order. A line that is not a valid Input yields a
// Document with Error set (and the line number in it), and the stream goes
// on; blank lines are skipped. It returns the first error of reading r or
// writing w. It is ExtractJSONLWorkers with one worker.
func (p *Pipeline) ExtractJSONL(r io.Reader, w io.Writer) error {
	return p.ExtractJSONLWorkers(r, w, 1)
}

// ExtractJSONLWorkers is ExtractJSONL with documents extracted by the given
// number of goroutines (at least one). The output is the same, byte for
// byte, whatever the number: documents are written in input order. Memory
// stays bounded: at most four lines a worker are read ahead of the writer.
func (p *Pipeline) ExtractJSONLWorkers(r io.Reader, w io.Writer, workers int) error {
	workers = max(workers, 1)
	type job struct {
		seq  int
		line int
		b    []byte
		err  string // set when the line could not be read whole
	}
	type result struct {
		seq int
		out []byte
	}
	var (
		jobs    = make(chan job, workers)
		results = make(chan result, workers)
		slots   = make(chan struct{}, 4*workers) // lines in flight
		done    = make(chan struct{})
		readErr error
	)
	// Reader.
	go func() {
		defer close(jobs)
		br := bufio.NewReaderSize(r, 1<<20)
		seq := 0
		for line := 1; ; line++ {
			b, long, err := readLine(br)
			if long || len(bytes.TrimSpace(b)) > 0 {
				select {
				case slots <- struct{}{}:
				case <-done:
					return
				}
				j := job{seq: seq, line: line, b: b}
				if long {
					j.err = fmt.Sprintf("line %d: longer than %d bytes", line, maxLine)
				}
				jobs <- j
				seq++
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				readErr = err
				return
			}
		}
	}()
	// Workers.
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			for j := range jobs {
				var doc *Document
				if j.err != "" {
					doc = &Document{Entities: []Entity{}, Relations: []Relation{}, Error: j.err}
				} else {
					doc = p.extractLine(j.b, j.line)
				}
				buf.Reset()
				enc.Encode(doc) // a Document always encodes
				results <- result{j.seq, bytes.Clone(buf.Bytes())}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	// Writer, in input order.
	bw := bufio.NewWriterSize(w, 1<<16)
	pending := map[int][]byte{}
	next := 0
	var writeErr error
	for res := range results {
		pending[res.seq] = res.out
		for out, ok := pending[next]; ok; out, ok = pending[next] {
			delete(pending, next)
			next++
			<-slots
			if writeErr == nil {
				if _, err := bw.Write(out); err != nil {
					writeErr = err
					close(done)
				}
			}
		}
	}
	if writeErr != nil {
		return writeErr
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return readErr
}

// readLine returns the next line without its end, however long; a line
// over maxLine is cut, the rest discarded, and reported as long.
func readLine(br *bufio.Reader) ([]byte, bool, error) {
	var out []byte
	long := false
	for {
		frag, err := br.ReadSlice('\n')
		if len(out)+len(frag) <= maxLine {
			out = append(out, frag...)
		} else {
			long = true
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(out, "\r\n"), long, err
	}
}

func (p *Pipeline) extractLine(b []byte, line int) *Document {
	var in Input
	// json.Unmarshal rejects anything after the value, so a line must hold
	// exactly one; it needs no decoder and its buffer for each line.
	if err := json.Unmarshal(b, &in); err != nil {
		msg := err.Error()
		if strings.Contains(msg, "after top-level value") {
			msg = "more than one JSON value"
			json.NewDecoder(bytes.NewReader(b)).Decode(&in) // the first value's ID, for the error
		}
		return &Document{ID: in.ID, Entities: []Entity{}, Relations: []Relation{}, Error: fmt.Sprintf("line %d: %s", line, msg)}
	}
	doc := p.Extract(in.ID, in.Text)
	doc.Lang = in.Lang
	return doc
}
