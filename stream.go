package khabar

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
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
// byte, whatever the number: documents are written in input order. Lines
// go to the workers in batches of up to maxBatch lines or maxBatchBytes
// bytes, fewer when no more input is buffered (so that a line arriving
// alone on a pipe is extracted and written at once), which spares a
// hand-over between goroutines for every line. Memory stays bounded: at most four batches a
// worker are read ahead of the writer.
func (p *Pipeline) ExtractJSONLWorkers(r io.Reader, w io.Writer, workers int) error {
	workers = max(workers, 1)
	type line struct {
		no  int
		b   *bytes.Buffer
		err string // set when the line could not be read whole
	}
	type job struct {
		seq   int
		lines []line
	}
	type result struct {
		seq int
		out *bytes.Buffer
	}
	var (
		jobs    = make(chan job, workers)
		results = make(chan result, workers)
		slots   = make(chan struct{}, 4*workers) // batches in flight
		done    = make(chan struct{})
		readErr error
	)
	// Reader.
	go func() {
		defer close(jobs)
		br := bufio.NewReaderSize(r, 1<<20)
		seq, size := 0, 0
		var batch []line
		send := func() bool {
			if len(batch) == 0 {
				return true
			}
			select {
			case slots <- struct{}{}:
			case <-done:
				return false
			}
			jobs <- job{seq, batch}
			seq, size, batch = seq+1, 0, nil
			return true
		}
		for no := 1; ; no++ {
			b, long, err := readLine(br, getBuf(&lineBufs))
			if long || len(bytes.TrimSpace(b.Bytes())) > 0 {
				l := line{no: no, b: b}
				if long {
					l.err = fmt.Sprintf("line %d: longer than %d bytes", no, maxLine)
				}
				batch = append(batch, l)
				size += b.Len()
			} else {
				putBuf(&lineBufs, b)
			}
			if len(batch) >= maxBatch || size >= maxBatchBytes || br.Buffered() == 0 || err != nil {
				if !send() {
					return
				}
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
				out := getBuf(&outBufs)
				for _, l := range j.lines {
					var doc *Document
					if l.err != "" {
						doc = &Document{Entities: []Entity{}, Relations: []Relation{}, Error: l.err}
					} else {
						doc = p.extractLine(l.b.Bytes(), l.no)
					}
					putBuf(&lineBufs, l.b)
					// What a json.Encoder without HTML escaping writes.
					out.Write(doc.appendJSON(out.AvailableBuffer()))
				}
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
			putBuf(&outBufs, out)
		}
		// Nothing more ready: what is written goes out now, not when the
		// buffer fills, so that a stream fed line by line answers each.
		if writeErr == nil && len(results) == 0 && bw.Buffered() > 0 {
			if err := bw.Flush(); err != nil {
				writeErr = err
				close(done)
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

// The size of a batch of lines for the workers of ExtractJSONLWorkers.
const (
	maxBatch      = 16
	maxBatchBytes = 1 << 20
)

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

// lineBufs and outBufs hold the buffers of lines read and of batches of
// documents written, for reuse: a stream allocates them for what is in
// flight only. They are apart so that a line never takes the much larger
// buffer of a batch's output.
var lineBufs, outBufs sync.Pool

// maxReusedBuf bounds the buffers kept in lineBufs and outBufs.
const maxReusedBuf = 1 << 20

func getBuf(pool *sync.Pool) *bytes.Buffer {
	if b, _ := pool.Get().(*bytes.Buffer); b != nil {
		return b
	}
	return new(bytes.Buffer)
}

func putBuf(pool *sync.Pool, b *bytes.Buffer) {
	if b.Cap() <= maxReusedBuf {
		b.Reset()
		pool.Put(b)
	}
}

func (p *Pipeline) extractLine(b []byte, line int) *Document {
	var in Input
	if !decodeInput(b, &in) {
		in = Input{}
		return p.extractLineSlow(b, line, &in)
	}
	doc := p.Extract(in.ID, in.Text)
	doc.Lang = in.Lang
	return doc
}

// extractLineSlow is extractLine for a record that decodeInput leaves to
// encoding/json.
func (p *Pipeline) extractLineSlow(b []byte, line int, in *Input) *Document {
	// json.Unmarshal rejects anything after the value, so a line must hold
	// exactly one; it needs no decoder and its buffer for each line.
	if err := json.Unmarshal(b, in); err != nil {
		msg := err.Error()
		if strings.Contains(msg, "after top-level value") {
			msg = "more than one JSON value"
			json.NewDecoder(bytes.NewReader(b)).Decode(in) // the first value's ID, for the error
		}
		return &Document{ID: in.ID, Entities: []Entity{}, Relations: []Relation{}, Error: fmt.Sprintf("line %d: %s", line, msg)}
	}
	doc := p.Extract(in.ID, in.Text)
	doc.Lang = in.Lang
	return doc
}

// decodeInput decodes a record of the common form, as json.Unmarshal into
// an Input would, and reports whether it could: one object, with JSON
// white space around its parts, whose keys are "id", "text" and "lang"
// exactly, each with a string value whose escapes are JSON's and whose
// runes are valid UTF-8 (a \u escape of a surrogate only as the first of
// a pair). Anything else — another key, which json.Unmarshal would match
// without regard to case or skip, null, a lone surrogate or invalid
// UTF-8, which it would replace with U+FFFD, a malformed record or data
// after the object — makes it return false with in partly set, and the
// caller leaves the record to encoding/json, results and errors alike.
// Reading news text this way costs a fifth of json.Unmarshal's time, which
// checks the whole record with its scanner before it decodes it.
func decodeInput(b []byte, in *Input) bool {
	i := skipSpace(b, 0)
	if i == len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	for {
		key, j, ok := jsonString(b, i)
		if !ok {
			return false
		}
		if i = skipSpace(b, j); i == len(b) || b[i] != ':' {
			return false
		}
		val, j, ok := jsonString(b, skipSpace(b, i+1))
		if !ok {
			return false
		}
		switch key {
		case "id":
			in.ID = val
		case "text":
			in.Text = val
		case "lang":
			in.Lang = val
		default:
			return false
		}
		if i = skipSpace(b, j); i == len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return skipSpace(b, i+1) == len(b)
		default:
			return false
		}
	}
}

// skipSpace returns the index of the first byte of b from i on that is not
// JSON white space, or len(b).
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonString decodes the JSON string that starts at b[i], if it is one
// that decodeInput takes, and returns it and the index after it.
//
// A string without escapes is copied once at its end. Escapes are decoded
// as they come: the run of plain bytes before each is appended whole (run
// is where it starts), and every rune is checked as it is passed.
func jsonString(b []byte, i int) (string, int, bool) {
	if i >= len(b) || b[i] != '"' {
		return "", i, false
	}
	start := i + 1
	run := start
	var out []byte // nil until the first escape
	for j := start; j < len(b); {
		c := b[j]
		if c >= ' ' && c < utf8.RuneSelf && c != '"' && c != '\\' {
			j++
			continue
		}
		switch {
		case c == '"':
			if out == nil {
				return string(b[start:j]), j + 1, true
			}
			out = append(out, b[run:j]...)
			return string(out), j + 1, true
		case c == '\\':
			if out == nil {
				out = make([]byte, 0, len(b)-start)
			}
			out = append(out, b[run:j]...)
			var ok bool
			if out, j, ok = appendEscape(out, b, j); !ok {
				return "", j, false
			}
			run = j
			continue
		case c < ' ':
			return "", j, false
		}
		// A letter of two bytes (Arabic, Latin with accents), without a
		// call; any other rune must be valid UTF-8.
		if c >= 0xC2 && c < 0xE0 && j+1 < len(b) && b[j+1]&0xC0 == 0x80 {
			j += 2
			continue
		}
		r, size := utf8.DecodeRune(b[j:])
		if r == utf8.RuneError && size == 1 {
			return "", j, false
		}
		j += size
	}
	return "", len(b), false
}

// appendEscape appends the rune of the escape at b[j], a backslash, to out
// and returns out and the index after the escape.
func appendEscape(out, b []byte, j int) ([]byte, int, bool) {
	if j+1 == len(b) {
		return out, j, false
	}
	switch e := b[j+1]; e {
	case '"', '\\', '/':
		out = append(out, e)
	case 'b':
		out = append(out, '\b')
	case 'f':
		out = append(out, '\f')
	case 'n':
		out = append(out, '\n')
	case 'r':
		out = append(out, '\r')
	case 't':
		out = append(out, '\t')
	case 'u':
		r, ok := hex4(b, j+2)
		if !ok {
			return out, j, false
		}
		j += 6
		if utf16.IsSurrogate(r) {
			// Only a pair: json.Unmarshal makes U+FFFD of a lone half.
			if j+1 >= len(b) || b[j] != '\\' || b[j+1] != 'u' {
				return out, j, false
			}
			r2, ok := hex4(b, j+2)
			if r = utf16.DecodeRune(r, r2); !ok || r == utf8.RuneError {
				return out, j, false
			}
			j += 6
		}
		return utf8.AppendRune(out, r), j, true
	default:
		return out, j, false
	}
	return out, j + 2, true
}

// hex4 returns the rune of the four hexadecimal digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
