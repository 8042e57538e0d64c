package khabar

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
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
// writing w.
func (p *Pipeline) ExtractJSONL(r io.Reader, w io.Writer) error {
	br := bufio.NewReaderSize(r, 1<<20)
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for line := 1; ; line++ {
		b, err := readLine(br)
		if len(strings.TrimSpace(string(b))) > 0 {
			if werr := enc.Encode(p.extractLine(b, line)); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			bw.Flush()
			return err
		}
	}
	return bw.Flush()
}

// readLine returns the next line without its end, however long; a line
// over maxLine is returned cut, the rest discarded.
func readLine(br *bufio.Reader) ([]byte, error) {
	var out []byte
	for {
		frag, err := br.ReadSlice('\n')
		if len(out)+len(frag) <= maxLine {
			out = append(out, frag...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return []byte(strings.TrimRight(string(out), "\r\n")), err
	}
}

func (p *Pipeline) extractLine(b []byte, line int) *Document {
	var in Input
	dec := json.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(&in); err != nil {
		return &Document{ID: in.ID, Entities: []Entity{}, Relations: []Relation{}, Error: fmt.Sprintf("line %d: %v", line, err)}
	}
	if dec.More() {
		return &Document{ID: in.ID, Entities: []Entity{}, Relations: []Relation{}, Error: fmt.Sprintf("line %d: more than one JSON value", line)}
	}
	doc := p.Extract(in.ID, in.Text)
	doc.Lang = in.Lang
	return doc
}
