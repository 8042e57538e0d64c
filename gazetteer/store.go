package gazetteer

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"unsafe"
)

// A store holds the entries of a Matcher encoded one after another in one
// byte slice, and decodes each into an Entry the first time it is asked
// for. A gazetteer of a million names thus costs a few bytes per entry
// beyond its text until its entries are used, and a compiled file loads
// without decoding them.
//
// A store is safe for concurrent use: two goroutines that decode the same
// entry at once keep the same one.
type store struct {
	blob []byte   // the encoded entries; never modified, so strings may share it
	offs []uint32 // entry i is blob[offs[i]:offs[i+1]]
	byID []uint32 // entry indices sorted by ID
	// cache holds the decoded entries in chunks of cacheChunk, each made
	// when one of its entries is first decoded: a store whose entries are
	// never all used costs a pointer per cacheChunk entries.
	cache []atomic.Pointer[[cacheChunk]atomic.Pointer[Entry]]
	// nameAt gives back a name written as the trie node that spells it.
	nameAt func(uint32) (string, bool)
}

// An entry is encoded as its strings, each as a uvarint length and bytes —
// ID first, then Type as one byte (its index in typeCodes, or 0 and the
// string), Subtype, Name, Desc, Country, Capital, QID and the origin —
// then Rank as a varint, then Names and Demonyms, each as a
// uvarint count of languages followed, for each, by the language, a uvarint
// count of names and the names.

// encodeEntry appends the encoding of e to dst; langs are the languages
// of e.Names, sorted. node, if not nil, gives for the j-th name (in the
// order of the encoding) the trie node whose path spells it: such a name
// is written as a zero length and the node.
func encodeEntry(dst []byte, e *Entry, langs []string, node func(j int) (uint32, bool)) []byte {
	dst = appendString(dst, e.ID)
	if c := slices.Index(typeCodes[:], e.Type); c > 0 {
		dst = append(dst, byte(c))
	} else {
		dst = appendString(append(dst, 0), string(e.Type))
	}
	for _, s := range [...]string{e.Subtype, e.Name, e.Desc, e.Country, e.Capital, e.QID, e.origin} {
		dst = appendString(dst, s)
	}
	dst = binary.AppendVarint(dst, e.Rank)
	j := 0
	for i, m := range [2]map[string][]string{e.Names, e.Demonyms} {
		if i == 1 {
			langs = sortedKeys(m, nil)
		}
		dst = binary.AppendUvarint(dst, uint64(len(langs)))
		for _, lang := range langs {
			dst = appendString(dst, lang)
			dst = binary.AppendUvarint(dst, uint64(len(m[lang])))
			for _, n := range m[lang] {
				if i == 0 && node != nil {
					c, ok := node(j)
					j++
					if ok {
						dst = binary.AppendUvarint(append(dst, 0), uint64(c))
						continue
					}
				}
				dst = appendString(dst, n)
			}
		}
	}
	return dst
}

func appendString(dst []byte, s string) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(s)))
	return append(dst, s...)
}

// A decoder reads an encoded entry. Strings share the blob.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

// typeCodes numbers the entity types in an encoded entry; 0 is for
// another type, written out.
var typeCodes = [...]Type{"", PER, LOC, ORG, MISC}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	s := unsafe.String(unsafe.SliceData(d.b), int(n))
	d.b = d.b[n:]
	return s
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = fmt.Errorf("entry record is truncated")
	}
	d.b = nil
}

// decodeEntry decodes one entry; nameAt gives the names written as trie
// nodes.
func decodeEntry(b []byte, nameAt func(uint32) (string, bool)) (*Entry, error) {
	d := decoder{b: b}
	e := &Entry{}
	e.ID = d.string()
	if c := d.byte(); c == 0 {
		e.Type = Type(d.string())
	} else if int(c) < len(typeCodes) {
		e.Type = typeCodes[c]
	} else {
		d.fail()
	}
	for _, p := range [...]*string{&e.Subtype, &e.Name, &e.Desc, &e.Country, &e.Capital, &e.QID, &e.origin} {
		*p = d.string()
	}
	e.Rank = d.varint()
	for i, m := range [2]*map[string][]string{&e.Names, &e.Demonyms} {
		nl := d.uvarint()
		if nl > uint64(len(d.b)) {
			d.fail()
		}
		if d.err != nil || nl == 0 && i == 1 {
			continue
		}
		*m = make(map[string][]string, nl)
		for range nl {
			lang := d.string()
			nn := d.uvarint()
			if nn > uint64(len(d.b)) {
				d.fail()
				break
			}
			names := make([]string, nn)
			for j := range names {
				if i == 0 && len(d.b) > 0 && d.b[0] == 0 { // a name spelled by a node
					d.b = d.b[1:]
					n, ok := nameAt(uint32(d.uvarint()))
					if !ok {
						d.fail()
					}
					names[j] = n
					continue
				}
				names[j] = d.string()
			}
			(*m)[lang] = names
		}
	}
	if d.err == nil && len(d.b) != 0 {
		d.err = fmt.Errorf("entry record has %d bytes left over", len(d.b))
	}
	return e, d.err
}

// cacheChunk is the number of entries of a chunk of the cache.
const cacheChunk = 256

// newCache returns the cache of n entries.
func newCache(n int) []atomic.Pointer[[cacheChunk]atomic.Pointer[Entry]] {
	return make([]atomic.Pointer[[cacheChunk]atomic.Pointer[Entry]], (n+cacheChunk-1)/cacheChunk)
}

// len returns the number of entries.
func (s *store) len() int { return len(s.offs) - 1 }

// entry returns entry i, decoding it on first use. The encoding was checked
// when the store was made, so decoding cannot fail.
func (s *store) entry(i uint32) *Entry {
	chunk := s.cache[i/cacheChunk].Load()
	if chunk == nil {
		chunk = new([cacheChunk]atomic.Pointer[Entry])
		if !s.cache[i/cacheChunk].CompareAndSwap(nil, chunk) {
			chunk = s.cache[i/cacheChunk].Load()
		}
	}
	slot := &chunk[i%cacheChunk]
	if e := slot.Load(); e != nil {
		return e
	}
	e, err := decodeEntry(s.blob[s.offs[i]:s.offs[i+1]], s.nameAt)
	if err != nil {
		panic("gazetteer: corrupt entry store: " + err.Error()) // checked on load
	}
	e.self[0] = e
	if slot.CompareAndSwap(nil, e) {
		return e
	}
	return slot.Load()
}

// id returns the ID of entry i without decoding the rest.
func (s *store) id(i uint32) string {
	d := decoder{b: s.blob[s.offs[i]:s.offs[i+1]]}
	return d.string()
}

// find returns the index of the entry with the given ID.
func (s *store) find(id string) (uint32, bool) {
	j, ok := slices.BinarySearchFunc(s.byID, id, func(i uint32, id string) int { return strings.Compare(s.id(i), id) })
	if !ok {
		return 0, false
	}
	return s.byID[j], true
}

// check makes the cheap checks of a store read from a file: offsets in
// order and inside the blob, every entry once in the ID index, the index
// sorted. The entries themselves are trusted to decode, as the file's
// checksum matched.
func (s *store) check() error {
	n := s.len()
	if n < 0 || s.offs[0] != 0 || int(s.offs[n]) != len(s.blob) {
		return fmt.Errorf("entry offsets do not cover the entries")
	}
	for i := range n {
		if s.offs[i] > s.offs[i+1] {
			return fmt.Errorf("entry %d: offsets out of order", i)
		}
	}
	if len(s.byID) != n {
		return fmt.Errorf("ID index has %d entries, want %d", len(s.byID), n)
	}
	for k, i := range s.byID {
		if int(i) >= n {
			return fmt.Errorf("ID index: entry %d out of range", i)
		}
		if k > 0 && strings.Compare(s.id(s.byID[k-1]), s.id(i)) >= 0 {
			return fmt.Errorf("ID index is not sorted at %d", k)
		}
	}
	return nil
}
