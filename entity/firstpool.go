package entity

import "sync"

// firstIndexPool holds the arrays of the firstIndex of the rules that have
// no scratch (events, sportsClubs).
var firstIndexPool = sync.Pool{New: func() any { return new([]int32) }}

// getFirstIndex returns a cleared firstIndex of n tokens from the pool, and
// its array, to put back with putFirstIndex when done with it.
func getFirstIndex(n int) (firstIndex, *[]int32) {
	p := firstIndexPool.Get().(*[]int32)
	if cap(*p) < n {
		*p = make([]int32, n)
	}
	f := (*p)[:n]
	clear(f)
	return firstIndex(f), p
}

// putFirstIndex puts back an array of getFirstIndex, when it is not too
// large to keep.
func putFirstIndex(p *[]int32) {
	if p != nil && cap(*p) <= maxReused {
		firstIndexPool.Put(p)
	}
}

// roomFor returns the capacity to give a scratch array of n elements: n
// rounded up to a power of two, 256 at least, so that an array made for a
// text is made again only for a text twice as long; n itself past
// maxReused, for a scratch that is not reused.
func roomFor(n int) int {
	if n > maxReused {
		return n
	}
	c := 256
	for c < n && c > 0 {
		c <<= 1
	}
	if c < n {
		return n // (no power of two holds n)
	}
	return c
}
