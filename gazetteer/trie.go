package gazetteer

import (
	"cmp"
	"math/bits"
	"slices"
)

// Symbols are the letters of the trie's alphabet: every rune that some
// name's key holds gets one, in rune order, from symFirst on. A few
// symbols are reserved.
const (
	symNone       = 0      // a rune no name holds: no edge
	symGap        = 1      // white space between two words of a name
	symNisba      = 2      // after a nisba adjective or demonym: its places
	symNisbaArt   = 3      // after a nisba adjective with the article: the places of the form without it
	symFirst      = 4      // the first symbol of a rune
	symDrop       = 0xFFFF // in the text tables: a rune that normalisation drops
	maxSymbols    = symDrop
	flagNeedCap   = 1 << 0 // a Latin name with a capital first letter ends here
	flagAnyCase   = 1 << 1 // a name that needs no capital ends here
	flagFinalYa   = 1 << 2 // the name is a one-word name whose key is also a function word
	packClassBits = 16     // tab entries: class<<packClassBits | symbol
)

// A trie is a pointer-free trie over symbol strings, its nodes numbered
// breadth first so that the children of a node are consecutive nodes:
// children of node i are nodes firstOf(i) to firstOf(i+1)-1, sorted by the
// symbol on their incoming edge (label). The nodes nearest the root also
// have dense rows. A node that ends a key is marked in term; its payload
// (the candidates and flags) is found through the rank of that bit.
//
// firstOf(i) is stored in two parts, a base for each block of 64 nodes and
// a 16-bit offset from it for each node, when every offset fits (it does
// but for alphabets of thousands of letters); else in full, in first.
//
// It costs about 3 bytes per node plus 4 bytes per key.
type trie struct {
	first     []uint32 // len nodes+1, when the offsets do not fit; else nil
	firstBase []uint32 // len (nodes+1+63)/64
	firstOff  []uint16 // len nodes+1
	// The symbol of each node's incoming edge, in 8 bits when the alphabet
	// has at most 256 symbols (label8), else in 16 (label); the other is nil.
	label  []uint16
	label8 []uint8
	// dense holds the children of the first ndense nodes (the root and the
	// nodes nearest to it, which have the most children) as rows of alpha
	// entries: dense[s*alpha+c] is the child of s along c, 0 for none.
	dense  []uint32
	ndense uint32
	alpha  uint32
	term   []uint64 // bit set over nodes
	rank   []uint32 // rank[k] = number of bits set in term[:k]
	vals   []uint32 // per terminal t: candidates cands[vals[t]:vals[t+1]]; len terminals+1
	flags  []uint8  // per terminal
	cands  []uint32 // indices of entries
}

// firstOf returns the first child of node s (s may be the number of nodes:
// the end of the last node's children).
func (t *trie) firstOf(s uint32) uint32 {
	if t.firstOff != nil {
		return t.firstBase[s>>6] + uint32(t.firstOff[s])
	}
	return t.first[s]
}

// nodes returns the number of nodes.
func (t *trie) nodes() int { return max(len(t.label), len(t.label8)) }

// labelOf returns the symbol on the edge into node c.
func (t *trie) labelOf(c uint32) uint16 {
	if t.label8 != nil {
		return uint16(t.label8[c])
	}
	return t.label[c]
}

// packLabels stores the labels in 8 bits if the alphabet allows.
func (t *trie) packLabels() {
	if t.alpha > 256 {
		return
	}
	t.label8 = make([]uint8, len(t.label))
	for i, l := range t.label {
		t.label8[i] = uint8(l)
	}
	t.label = nil
}

// packFirst stores first in two parts, if every offset fits in 16 bits.
func (t *trie) packFirst() {
	base := make([]uint32, (len(t.first)+63)/64)
	off := make([]uint16, len(t.first))
	for i, f := range t.first {
		if i%64 == 0 {
			base[i/64] = f
		}
		d := f - base[i/64]
		if d > 0xFFFF {
			return
		}
		off[i] = uint16(d)
	}
	t.firstBase, t.firstOff, t.first = base, off, nil
}

// child returns the child of node s along symbol c, which must be less
// than alpha.
func (t *trie) child(s uint32, c uint16) (uint32, bool) {
	if s < t.ndense {
		n := t.dense[s*t.alpha+uint32(c)]
		return n, n != 0
	}
	return t.search(s, c)
}

// search is child for a node without a dense row.
func (t *trie) search(s uint32, c uint16) (uint32, bool) {
	lo, hi := t.firstOf(s), t.firstOf(s+1)
	if t.label8 != nil {
		if c > 0xFF {
			return 0, false
		}
		return searchLabels(t.label8, lo, hi, uint8(c))
	}
	return searchLabels(t.label, lo, hi, c)
}

// searchLabels finds c among the sorted labels[lo:hi].
func searchLabels[L uint8 | uint16](labels []L, lo, hi uint32, c L) (uint32, bool) {
	end := hi
	if hi-lo <= 8 {
		for i := lo; i < hi; i++ {
			if l := labels[i]; l >= c {
				return i, l == c
			}
		}
		return 0, false
	}
	for lo < hi {
		mid := (lo + hi) >> 1
		if labels[mid] < c {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < end && labels[lo] == c
}

// parent returns the parent of node c > 0: the last node whose children
// start at or before c.
func (t *trie) parent(c uint32) uint32 {
	lo, hi := uint32(0), c // the parent is in [lo, hi)
	for hi-lo > 1 {
		mid := (lo + hi) >> 1
		if t.firstOf(mid) <= c {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// terminal returns the index of the payload of node s, if s ends a key.
func (t *trie) terminal(s uint32) (int, bool) {
	w, b := s>>6, s&63
	word := t.term[w]
	if word&(1<<b) == 0 {
		return 0, false
	}
	return int(t.rank[w]) + bits.OnesCount64(word&(1<<b-1)), true
}

// A trieKey is one key to build a trie from: the symbols keys[off:end] of
// the builder's arena, the entry it names and its flags.
type trieKey struct {
	prefix   uint64 // the first symbols (see setPrefixes), 0 after the end
	off, end uint32
	entry    uint32
	seq      uint32 // the key's place in the order keys were added
	flags    uint8
}

// A trieBuilder collects keys and builds a trie from them.
type trieBuilder struct {
	syms []uint16
	keys []trieKey
	// nodeOf is set by build: the node where each key ends, by seq.
	nodeOf []uint32
}

// add adds the key syms (which must not be empty) for entry with flags.
func (b *trieBuilder) add(syms []uint16, entry uint32, flags uint8) {
	off := uint32(len(b.syms))
	b.syms = append(b.syms, syms...)
	b.keys = append(b.keys, trieKey{off: off, end: uint32(len(b.syms)), entry: entry, seq: uint32(len(b.keys)), flags: flags})
}

// setPrefixes sets the prefix of every key, once its symbols are final:
// its first symbols, as many as fit in 64 bits at the width the alphabet
// needs, which it returns.
func (b *trieBuilder) setPrefixes(alphabet int) uint32 {
	width := uint32(bits.Len(uint(alphabet)))
	n := 64 / width
	for i := range b.keys {
		k := &b.keys[i]
		var p uint64
		for j := range n {
			p <<= width
			if k.off+j < k.end {
				p |= uint64(b.syms[k.off+j])
			}
		}
		k.prefix = p
	}
	return n
}

// build returns the trie of the keys. less orders the candidates of one
// key (best first); duplicates are removed. alphabet is the number of
// symbols in use, for the root's dense table.
func (b *trieBuilder) build(alphabet int, less func(a, b uint32) int) trie {
	b.nodeOf = make([]uint32, len(b.keys))
	n := b.setPrefixes(alphabet)
	b.keys = radixSort(b.keys, func(k *trieKey) uint64 { return k.prefix })
	// Keys that share their first n symbols: by the rest, then entry.
	for i := 0; i < len(b.keys); {
		j := i + 1
		for j < len(b.keys) && b.keys[j].prefix == b.keys[i].prefix {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(b.keys[i:j], func(x, y trieKey) int {
				if x.end-x.off > n || y.end-y.off > n {
					if c := slices.Compare(b.syms[x.off+n:x.end], b.syms[y.off+n:y.end]); c != 0 {
						return c
					}
				}
				return less(x.entry, y.entry)
			})
		}
		i = j
	}
	// Lay the symbols out in key order, so that the passes below read them
	// in sequence.
	syms := make([]uint16, 0, len(b.syms))
	for i := range b.keys {
		k := &b.keys[i]
		off := uint32(len(syms))
		syms = append(syms, b.syms[k.off:k.end]...)
		k.off, k.end = off, uint32(len(syms))
	}
	b.syms = syms
	// Count the nodes and terminals: a key adds a node for each symbol
	// past its common prefix with the key before it.
	nodes, terms := 1, 0
	for i, k := range b.keys {
		lcp := 0
		if i > 0 {
			p := b.keys[i-1]
			if p.end-p.off == k.end-k.off && p.prefix == k.prefix && slices.Equal(b.syms[p.off:p.end], b.syms[k.off:k.end]) {
				continue // the same key again
			}
			for lcp < int(min(p.end-p.off, k.end-k.off)) && b.syms[int(p.off)+lcp] == b.syms[int(k.off)+lcp] {
				lcp++
			}
		}
		nodes += int(k.end-k.off) - lcp
		terms++
	}
	t := trie{
		first: make([]uint32, 0, nodes+1),
		label: make([]uint16, 1, nodes), // the root's label is unused
		alpha: uint32(alphabet),
		term:  make([]uint64, 0, (nodes+63)/64),
		flags: make([]uint8, 0, terms),
		vals:  make([]uint32, 1, terms+1),
		cands: make([]uint32, 0, len(b.keys)),
	}
	// Level by level: each node is a run of sorted keys sharing its prefix.
	type span struct{ lo, hi uint32 }
	level := []span{{0, uint32(len(b.keys))}}
	var next []span
	node := uint32(0)
	for depth := uint32(0); len(level) > 0; depth++ {
		next = next[:0]
		for _, sp := range level {
			t.first = append(t.first, uint32(len(t.label)))
			lo := sp.lo
			// Keys that end here come first.
			if lo < sp.hi && b.keys[lo].end-b.keys[lo].off == depth {
				var fl uint8
				prev := ^uint32(0)
				for ; lo < sp.hi && b.keys[lo].end-b.keys[lo].off == depth; lo++ {
					k := b.keys[lo]
					b.nodeOf[k.seq] = node
					fl |= k.flags
					if k.entry != prev {
						t.cands = append(t.cands, k.entry)
						prev = k.entry
					}
				}
				for len(t.term) <= int(node>>6) {
					t.term = append(t.term, 0)
				}
				t.term[node>>6] |= 1 << (node & 63)
				t.flags = append(t.flags, fl)
				t.vals = append(t.vals, uint32(len(t.cands)))
			}
			for lo < sp.hi {
				c := b.syms[b.keys[lo].off+depth]
				hi := lo + 1
				for hi < sp.hi && b.syms[b.keys[hi].off+depth] == c {
					hi++
				}
				t.label = append(t.label, c)
				next = append(next, span{lo, hi})
				lo = hi
			}
			node++
		}
		level, next = next, level
	}
	t.first = append(t.first, uint32(len(t.label)))
	for len(t.term) < (len(t.label)+63)/64 {
		t.term = append(t.term, 0)
	}
	t.setRank()
	t.label = slices.Clip(t.label)
	t.setDense()
	t.packFirst()
	t.packLabels()
	return t
}

// radixSort sorts items by key, stably, 16 bits a pass, and returns the
// sorted slice (items or a buffer of the same length).
func radixSort[T any](items []T, key func(*T) uint64) []T {
	if len(items) < 256 {
		slices.SortStableFunc(items, func(x, y T) int { return cmp.Compare(key(&x), key(&y)) })
		return items
	}
	buf := make([]T, len(items))
	count := make([]int, 1<<16)
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count)
		for i := range items {
			count[key(&items[i])>>shift&0xFFFF]++
		}
		if count[key(&items[0])>>shift&0xFFFF] == len(items) {
			continue // every item has the same digit
		}
		sum := 0
		for d, c := range count {
			count[d] = sum
			sum += c
		}
		for i := range items {
			d := key(&items[i]) >> shift & 0xFFFF
			buf[count[d]] = items[i]
			count[d]++
		}
		items, buf = buf, items
	}
	return items
}

// prefix64 packs the first 8 bytes of s, big-endian, zero-padded: the
// order of prefixes is the order of the strings' first 8 bytes.
func prefix64(s string) uint64 {
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}

// setRank sets rank from term.
func (t *trie) setRank() {
	t.rank = make([]uint32, len(t.term))
	n := uint32(0)
	for i, w := range t.term {
		t.rank[i] = n
		n += uint32(bits.OnesCount64(w))
	}
}

// denseBytes bounds the dense rows of a trie.
const denseBytes = 1 << 21

// setDense builds the dense rows: for the root always, and for as many
// nodes after it as denseBytes allows.
func (t *trie) setDense() {
	t.ndense = uint32(min(t.nodes(), max(1, denseBytes/4/int(max(t.alpha, 1)))))
	t.dense = make([]uint32, int(t.ndense)*int(t.alpha))
	for s := range t.ndense {
		for c := t.firstOf(s); c < t.firstOf(s+1); c++ {
			t.dense[s*t.alpha+uint32(t.labelOf(c))] = c
		}
	}
}
