package entity

// A compactor keeps mentions of a slice in place, in their order: the
// loop that drops some calls keep for each other one, in increasing
// order, and done at the end. It moves each run of kept mentions at once,
// after the first dropped one, instead of one mention at a time: a long
// text has thousands of mentions, and a mention is large. A mention is
// moved only to an index below every index kept since (a loop may read
// ms[i] and after it while it goes). The zero value is ready to use.
type compactor struct {
	n        int // the mentions moved: ms[:n]
	from, to int // the last run kept, not moved yet: ms[from:to]
}

// keep keeps ms[i], after the mentions kept before.
func (c *compactor) keep(ms []Mention, i int) {
	if i == c.to { // the run goes on
		c.to = i + 1
		return
	}
	c.move(ms)
	c.from, c.to = i, i+1
}

// move moves the last run kept to its place.
func (c *compactor) move(ms []Mention) {
	if c.from != c.n {
		copy(ms[c.n:], ms[c.from:c.to])
	}
	c.n += c.to - c.from
	c.from, c.to = c.n, c.n
}

// done returns the mentions kept, in the array of ms.
func (c *compactor) done(ms []Mention) []Mention {
	c.move(ms)
	return ms[:c.n]
}

// dropUntyped returns the mentions of ms with a type, in the array of ms:
// a rule drops a mention by clearing its type. No other slice may hold ms.
func dropUntyped(ms []Mention) []Mention {
	var kept compactor
	for i := range ms {
		if ms[i].Type != "" {
			kept.keep(ms, i)
		}
	}
	return kept.done(ms)
}
