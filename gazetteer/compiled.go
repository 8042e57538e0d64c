package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math/bits"
	"os"
	"unicode/utf8"
	"unsafe"
)

// The compiled form of a Matcher, as WriteTo writes it and ReadCompiled
// reads it, little-endian:
//
//	magic "khabar gazetteer" (16 bytes), version (uint32), 4 bytes zero
//	sections, in a fixed order, each a uint64 element count and the
//	elements, padded with zeros to 8 bytes:
//	  runes (int32): the rune of each symbol
//	  first (uint32; empty when packed), firstBase (uint32) and firstOff
//	  (uint16; empty when not packed), label (uint16) or label8 (uint8; the
//	  other empty), term (uint64): the trie's nodes
//	  vals (uint32), flags (uint8), cands (uint32): its candidates
//	  firstWords (uint64): the first-word filter
//	  firstLens (one uint64): the lengths of first words, as bits
//	  nextWords (uint64): the next-word filter, with the marks of the
//	  first words that a name may end with (version 8)
//	  offs (uint32), byID (uint32), blob (bytes): the entries
//	the CRC-32C of all the bytes before it (uint32)
//
// Everything else a Matcher holds is derived from these on loading.
const (
	compiledMagic   = "khabar gazetteer"
	compiledVersion = 8
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// IsCompiled reports whether data (the start of a file, 16 bytes are
// enough) is a compiled gazetteer.
func IsCompiled(data []byte) bool { return bytes.HasPrefix(data, []byte(compiledMagic)) }

// WriteTo writes the compiled form of m to w, which ReadCompiled reads back
// into an equal Matcher without compiling again.
func (m *Matcher) WriteTo(w io.Writer) (int64, error) {
	cw := &countingWriter{w: bufio.NewWriterSize(w, 1<<16), crc: 0}
	cw.write([]byte(compiledMagic))
	cw.u32(compiledVersion)
	cw.u32(0)
	section(cw, m.runes, func(b []byte, r rune) []byte { return binary.LittleEndian.AppendUint32(b, uint32(r)) })
	section(cw, m.trie.first, binary.LittleEndian.AppendUint32)
	section(cw, m.trie.firstBase, binary.LittleEndian.AppendUint32)
	section(cw, m.trie.firstOff, binary.LittleEndian.AppendUint16)
	section(cw, m.trie.label, binary.LittleEndian.AppendUint16)
	section(cw, m.trie.label8, func(b []byte, v uint8) []byte { return append(b, v) })
	section(cw, m.trie.term, binary.LittleEndian.AppendUint64)
	section(cw, m.trie.vals, binary.LittleEndian.AppendUint32)
	section(cw, m.trie.flags, func(b []byte, v uint8) []byte { return append(b, v) })
	section(cw, m.trie.cands, binary.LittleEndian.AppendUint32)
	section(cw, m.firstWords, binary.LittleEndian.AppendUint64)
	section(cw, []uint64{m.firstLens}, binary.LittleEndian.AppendUint64)
	section(cw, m.nextWords, binary.LittleEndian.AppendUint64)
	section(cw, m.store.offs, binary.LittleEndian.AppendUint32)
	section(cw, m.store.byID, binary.LittleEndian.AppendUint32)
	section(cw, m.store.blob, func(b []byte, v byte) []byte { return append(b, v) })
	crc := cw.crc
	cw.u32(crc)
	if cw.err == nil {
		cw.err = cw.w.Flush()
	}
	return cw.n, cw.err
}

// A countingWriter writes through a buffer, counting bytes and keeping a
// running CRC; it remembers the first error.
type countingWriter struct {
	w   *bufio.Writer
	n   int64
	crc uint32
	err error
	buf []byte
}

func (c *countingWriter) write(b []byte) {
	if c.err != nil {
		return
	}
	n, err := c.w.Write(b)
	c.n += int64(n)
	c.crc = crc32.Update(c.crc, castagnoli, b[:n])
	c.err = err
}

func (c *countingWriter) u32(v uint32) { c.write(binary.LittleEndian.AppendUint32(nil, v)) }

// section writes a count and the elements of s, encoded by enc, padded to 8
// bytes.
func section[T any](c *countingWriter, s []T, enc func([]byte, T) []byte) {
	c.write(binary.LittleEndian.AppendUint64(nil, uint64(len(s))))
	size := 0
	for len(s) > 0 {
		k := min(len(s), 4096)
		c.buf = c.buf[:0]
		for _, v := range s[:k] {
			c.buf = enc(c.buf, v)
		}
		size += len(c.buf)
		c.write(c.buf)
		s = s[k:]
	}
	if pad := (8 - size%8) % 8; pad > 0 {
		c.write(make([]byte, pad))
	}
}

// LoadCompiled reads a compiled gazetteer file written by WriteTo (khabar
// gazetteer compile).
func LoadCompiled(path string) (*Matcher, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	return decodeCompiled(data, path)
}

// ReadCompiled reads a compiled gazetteer from r; name is used in errors.
func ReadCompiled(r io.Reader, name string) (*Matcher, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	return decodeCompiled(data, name)
}

// errCorrupt is wrapped by every error about the content of a compiled file.
var errCorrupt = errors.New("not a valid compiled gazetteer")

func decodeCompiled(data []byte, name string) (*Matcher, error) {
	bad := func(format string, args ...any) error {
		return &Error{File: name, Err: fmt.Errorf("%w: %s", errCorrupt, fmt.Sprintf(format, args...))}
	}
	if !IsCompiled(data) {
		return nil, bad("it does not start with %q", compiledMagic)
	}
	if len(data) < 28 {
		return nil, bad("truncated (%d bytes)", len(data))
	}
	if v := binary.LittleEndian.Uint32(data[16:]); v != compiledVersion {
		return nil, bad("version %d; this khabar reads version %d (compile the gazetteer again)", v, compiledVersion)
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.Checksum(body, castagnoli) != sum {
		return nil, bad("checksum mismatch: the file is damaged or truncated")
	}
	r := sectionReader{b: body[24:]}
	runes := readSection(&r, 4, func(b []byte) rune { return rune(int32(binary.LittleEndian.Uint32(b))) })
	m := &Matcher{}
	t := &m.trie
	t.first = readSection(&r, 4, binary.LittleEndian.Uint32)
	t.firstBase = readSection(&r, 4, binary.LittleEndian.Uint32)
	t.firstOff = readSection(&r, 2, binary.LittleEndian.Uint16)
	if len(t.first) > 0 {
		t.firstBase, t.firstOff = nil, nil
	} else {
		t.first = nil
	}
	t.label = readSection(&r, 2, binary.LittleEndian.Uint16)
	t.label8 = readSection(&r, 1, func(b []byte) uint8 { return b[0] })
	switch {
	case len(t.label) > 0 && len(t.label8) > 0:
		return nil, bad("labels in both 8 and 16 bits")
	case len(t.label) > 0:
		t.label8 = nil
	default:
		t.label = nil
	}
	t.term = readSection(&r, 8, binary.LittleEndian.Uint64)
	t.vals = readSection(&r, 4, binary.LittleEndian.Uint32)
	t.flags = readSection(&r, 1, func(b []byte) uint8 { return b[0] })
	t.cands = readSection(&r, 4, binary.LittleEndian.Uint32)
	m.firstWords = readSection(&r, 8, binary.LittleEndian.Uint64)
	if lens := readSection(&r, 8, binary.LittleEndian.Uint64); len(lens) == 1 {
		m.firstLens = lens[0]
	} else if r.err == nil {
		return nil, bad("first-word lengths: %d values", len(lens))
	}
	m.nextWords = readSection(&r, 8, binary.LittleEndian.Uint64)
	s := &store{}
	s.offs = readSection(&r, 4, binary.LittleEndian.Uint32)
	s.byID = readSection(&r, 4, binary.LittleEndian.Uint32)
	s.blob = readSection(&r, 1, func(b []byte) byte { return b[0] }) // a copy: never modified
	if r.err != nil {
		return nil, bad("%v", r.err)
	}
	if len(r.b) != 0 {
		return nil, bad("%d bytes after the last section", len(r.b))
	}
	if err := checkCompiled(runes, t, m.firstWords, m.nextWords, s); err != nil {
		return nil, bad("%v", err)
	}
	m.firstMask = uint64(len(m.firstWords) - 1)
	m.setAlphabet(runes)
	t.alpha = uint32(len(runes))
	switch {
	case len(t.label) > 0:
		t.label[0] = 0
	case len(t.label8) > 0:
		t.label8[0] = 0
	}
	t.setRank()
	t.setDense()
	s.cache = newCache(s.len())
	s.nameAt = m.nameAt
	m.store = s
	return m, nil
}

// checkCompiled checks that the sections of a compiled file fit together,
// so that no look-up can go out of range or loop.
func checkCompiled(runes []rune, t *trie, firstWords, nextWords []uint64, s *store) error {
	if len(runes) < symFirst || len(runes) > maxSymbols {
		return fmt.Errorf("alphabet of %d symbols", len(runes))
	}
	for i, r := range runes[symFirst:] {
		if !utf8.ValidRune(r) || i > 0 && r <= runes[symFirst+i-1] {
			return fmt.Errorf("alphabet: bad or unsorted rune %U", r)
		}
	}
	nodes := t.nodes()
	if t.label8 != nil && len(runes) > 256 {
		return fmt.Errorf("trie: 8-bit labels for %d symbols", len(runes))
	}
	switch {
	case t.firstOff == nil && len(t.first) != nodes+1,
		t.firstOff != nil && (len(t.firstOff) != nodes+1 || len(t.firstBase) != (nodes+1+63)/64):
		return fmt.Errorf("trie: %d nodes with %d child offsets", nodes, max(len(t.first), len(t.firstOff)))
	}
	if nodes == 0 || t.firstOf(0) != 1 || int(t.firstOf(uint32(nodes))) != nodes {
		return fmt.Errorf("trie: %d nodes, children out of range", nodes)
	}
	for i := range uint32(nodes) {
		// Children come after their parent, in order: walks always end.
		if f, next := t.firstOf(i), t.firstOf(i+1); f > next || f <= i && f != next {
			return fmt.Errorf("trie: node %d: bad children", i)
		}
		if i > 0 && int(t.labelOf(i)) >= len(runes) {
			return fmt.Errorf("trie: node %d: symbol %d out of range", i, t.labelOf(i))
		}
	}
	if len(t.term) != (nodes+63)/64 {
		return fmt.Errorf("trie: %d terminal words for %d nodes", len(t.term), nodes)
	}
	terms := 0
	for _, w := range t.term {
		terms += bits.OnesCount64(w)
	}
	if len(t.vals) != terms+1 || len(t.flags) != terms || t.vals[0] != 0 || int(t.vals[terms]) != len(t.cands) {
		return fmt.Errorf("trie: %d terminals with %d candidate offsets", terms, len(t.vals))
	}
	for i := 1; i < len(t.vals); i++ {
		if t.vals[i] < t.vals[i-1] {
			return fmt.Errorf("trie: candidate offsets out of order")
		}
	}
	if len(s.offs) == 0 {
		return fmt.Errorf("no entry offsets")
	}
	for _, c := range t.cands {
		if int(c) >= s.len() {
			return fmt.Errorf("candidate %d out of range", c)
		}
	}
	if n := len(firstWords); n == 0 || n&(n-1) != 0 {
		return fmt.Errorf("first-word filter of %d words", n)
	}
	if n := len(nextWords); n == 0 || n&(n-1) != 0 {
		return fmt.Errorf("next-word filter of %d words", n)
	}
	if err := s.check(); err != nil {
		return err
	}
	for i := range s.len() {
		if err := skimEntry(s.blob[s.offs[i]:s.offs[i+1]], t.nodes()); err != nil {
			return fmt.Errorf("entry %d: %v", i, err)
		}
	}
	return nil
}

// skimEntry checks the structure of an encoded entry without decoding it:
// a string, a type byte (and a string after a 0), 7 strings, a varint, then
// twice a count of languages, each a string and a count of strings (a
// name may be a 0 and the node, less than nodes, that spells it).
func skimEntry(b []byte, nodes int) error {
	i := 0
	uv := func() (uint64, bool) {
		if i < len(b) && b[i] < 0x80 {
			i++
			return uint64(b[i-1]), true
		}
		v, n := binary.Uvarint(b[i:])
		if n <= 0 {
			return 0, false
		}
		i += n
		return v, true
	}
	str := func() bool {
		n, ok := uv()
		if !ok || n > uint64(len(b)-i) {
			return false
		}
		i += int(n)
		return true
	}
	truncated := errors.New("entry record is truncated")
	if !str() || i >= len(b) { // the ID, then the type's byte
		return truncated
	}
	switch c := b[i]; {
	case c == 0:
		i++
		if !str() {
			return truncated
		}
	case int(c) < len(typeCodes):
		i++
	default:
		return fmt.Errorf("type code %d", c)
	}
	for range 7 {
		if !str() {
			return truncated
		}
	}
	if _, n := binary.Varint(b[i:]); n <= 0 {
		return truncated
	} else {
		i += n
	}
	for list := range 2 {
		nl, ok := uv()
		if !ok {
			return truncated
		}
		for range nl {
			if !str() {
				return truncated
			}
			nn, ok := uv()
			if !ok || nn > uint64(len(b)-i) {
				return truncated
			}
			for range nn {
				if list == 0 && i < len(b) && b[i] == 0 { // a name spelled by a trie node
					i++
					if c, ok := uv(); !ok || c == 0 || c >= uint64(nodes) {
						return fmt.Errorf("name node out of range")
					}
					continue
				}
				if !str() {
					return truncated
				}
			}
		}
	}
	if i != len(b) {
		return fmt.Errorf("%d bytes left over", len(b)-i)
	}
	return nil
}

// littleEndian is whether this machine stores integers as the compiled
// format does, so that sections can be used in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// A sectionReader reads the sections of a compiled file.
type sectionReader struct {
	b   []byte
	err error
}

// readSection reads a section of elements of the given size.
func readSection[T any](r *sectionReader, size int, dec func([]byte) T) []T {
	if r.err != nil {
		return nil
	}
	if len(r.b) < 8 {
		r.err = fmt.Errorf("truncated section")
		return nil
	}
	n := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	if n > uint64(len(r.b)/size) {
		r.err = fmt.Errorf("section of %d elements in %d bytes", n, len(r.b))
		return nil
	}
	var out []T
	if p := unsafe.Pointer(unsafe.SliceData(r.b)); littleEndian && n > 0 && uintptr(p)%uintptr(size) == 0 {
		// The file's own bytes are the array: no copy. They are never
		// modified afterwards but for the root's label.
		out = unsafe.Slice((*T)(p), n)
	} else {
		out = make([]T, n)
		for i := range out {
			out[i] = dec(r.b[i*size:])
		}
	}
	nb := int(n) * size
	nb += (8 - nb%8) % 8
	if nb > len(r.b) {
		r.err = fmt.Errorf("truncated section")
		return nil
	}
	r.b = r.b[nb:]
	return out
}
