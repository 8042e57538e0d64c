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
		b    *bytes.Buffer
		err  string // set when the line could not be read whole
	}
	type result struct {
		seq int
		out *bytes.Buffer
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
			b, long, err := readLine(br, getBuf())
			if long || len(bytes.TrimSpace(b.Bytes())) > 0 {
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
			} else {
				putBuf(b)
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
			for j := range jobs {
				var doc *Document
				if j.err != "" {
					doc = &Document{Entities: []Entity{}, Relations: []Relation{}, Error: j.err}
				} else {
					doc = p.extractLine(j.b.Bytes(), j.line)
				}
				putBuf(j.b)
				out := getBuf()
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				enc.Encode(doc) // a Document always encodes
				results <- result{j.seq, out}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	// Writer, in input order.
	bw := bufio.NewWriterSize(w, 1<<16)
	pending := map[int]*bytes.Buffer{}
	next := 0
	var writeErr error
	for res := range results {
		pending[res.seq] = res.out
		for out, ok := pending[next]; ok; out, ok = pending[next] {
			delete(pending, next)
			next++
			<-slots
			if writeErr == nil {
				if _, err := bw.Write(out.Bytes()); err != nil {
					writeErr = err
					close(done)
				}
			}
			putBuf(out)
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

// readLine returns the next line without its end, however long, in buf;
// a line over maxLine is cut, the rest discarded, and reported as long.
func readLine(br *bufio.Reader, buf *bytes.Buffer) (*bytes.Buffer, bool, error) {
	long := false
	for {
		frag, err := br.ReadSlice('\n')
		if buf.Len()+len(frag) <= maxLine {
			buf.Write(frag)
		} else {
			long = true
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf.Truncate(len(bytes.TrimRight(buf.Bytes(), "\r\n")))
		return buf, long, err
	}
}

// lineBufs holds the buffers of lines read and of documents written, for
// reuse: a stream allocates them for the lines in flight only.
var lineBufs sync.Pool

// maxReusedBuf bounds the buffers kept in lineBufs.
const maxReusedBuf = 1 << 20

func getBuf() *bytes.Buffer {
	if b, _ := lineBufs.Get().(*bytes.Buffer); b != nil {
		return b
	}
	return new(bytes.Buffer)
}

func putBuf(b *bytes.Buffer) {
	if b.Cap() <= maxReusedBuf {
		b.Reset()
		lineBufs.Put(b)
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
