package entity

import (
	"encoding/binary"
	"math/bits"
)

// trimConjunctions returns p without its leading و and ف, as
// strings.TrimLeft(p, "وف") does, by the letters' bytes (و D9 88, ف D9 81)
// instead of decoding runes.
func trimConjunctions(p string) string {
	for len(p) >= 2 && p[0] == 0xD9 && (p[1] == 0x88 || p[1] == 0x81) {
		p = p[2:]
	}
	return p
}

// stemHash hashes the length and three bytes of key (len(key) >= 2): the
// second bytes of the first, a middle and the last letter in Arabic.
func stemHash(key string) uint {
	n := len(key)
	h := uint(n)*0x9E3779B1 ^ uint(key[1])*0x85EBCA6B ^ uint(key[n-1])<<8 ^ uint(key[(n/2)|1])<<16
	return h ^ h>>17
}

// nextMarked returns the first index j >= i of marks with a mark of m, or
// len(marks): eight marks a test, where most have none.
func nextMarked(marks []uint8, i int, m uint8) int {
	mm := uint64(m) * 0x0101010101010101
	for ; i >= 0 && i+8 <= len(marks); i += 8 {
		if w := binary.LittleEndian.Uint64(marks[i:]) & mm; w != 0 {
			return i + bits.TrailingZeros64(w)/8 // the first of the eight with a mark, without a branch a byte
		}
	}
	for ; i < len(marks); i++ {
		if marks[i]&m != 0 {
			return i
		}
	}
	return len(marks)
}
