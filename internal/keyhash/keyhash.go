// Package keyhash hashes token keys for the membership filters that sit in
// front of the word-list maps (the name lexicons, the entity rules' word
// classes). A filter is only as good as its hash: one that read a few bytes
// of a key (its length, first, middle and last letters) let a fifth to a
// half of all news tokens through filters that hold a few thousand names,
// since Arabic words that share those letters are many. Sum reads every
// byte, eight at a time.
package keyhash

import "math/bits"

const (
	m1 = 0xa0761d6478bd642f
	m2 = 0xe7037ed1a0b428db
	m3 = 0x8ebc6af09c88c6e3
)

// Sum returns a 64-bit hash of s. It is not for untrusted keys of hash
// tables (it has no seed); its bits are well mixed, so that a filter may
// use any of them. It is safe for concurrent use.
func Sum(s string) uint64 {
	n := len(s)
	h := uint64(n) * m3
	for len(s) > 16 {
		h = mix(load64(s)^m1, load64(s[8:])^h)
		s = s[16:]
	}
	var a, b uint64
	switch k := len(s); {
	case k >= 8:
		a, b = load64(s), load64(s[k-8:]) // overlapping when k < 16
	case k >= 4:
		a, b = uint64(load32(s)), uint64(load32(s[k-4:]))
	case k > 0:
		a = uint64(s[0])<<16 | uint64(s[k>>1])<<8 | uint64(s[k-1])
	}
	return mix(a^m1, b^m2^h)
}

// mix multiplies a and b to 128 bits and folds the halves.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// load64 reads the first eight bytes of s, little-endian; the compiler
// makes one load of it.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the first four bytes of s, little-endian.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
