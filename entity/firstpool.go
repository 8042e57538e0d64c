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
