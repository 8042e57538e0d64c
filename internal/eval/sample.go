package eval

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/khabar-nlp/khabar/token"
)

// SampleSentences draws n sentences of text at random, as token.Sentences
// cuts them, and returns them as SpanDocs without entities, in order of
// their offsets, ready to be annotated by hand. A sentence that overlaps
// any span of exclude (the sentences of other gold files) is never drawn.
// The draw depends only on text, exclude, n and seed: it uses its own PCG
// source and a partial Fisher–Yates shuffle, so the same call gives the
// same sentences with every Go release.
func SampleSentences(text, source string, exclude []SpanDoc, n int, seed uint64) ([]SpanDoc, error) {
	if n < 0 {
		return nil, fmt.Errorf("eval: sample size %d is negative", n)
	}
	var pool []token.Sentence
	for _, s := range token.Sentences(token.Tokenize(text)) {
		if !overlapsAny(s.Start, s.End, exclude) {
			pool = append(pool, s)
		}
	}
	if n > len(pool) {
		return nil, fmt.Errorf("eval: %d sentences wanted, %d left after exclusion", n, len(pool))
	}
	rng := rand.NewPCG(seed, 0)
	for i := range n {
		j := i + int(rng.Uint64()%uint64(len(pool)-i))
		pool[i], pool[j] = pool[j], pool[i]
	}
	out := make([]SpanDoc, n)
	for i, s := range pool[:n] {
		out[i] = SpanDoc{Source: source, Start: s.Start, End: s.End, Entities: []SpanGold{}}
	}
	slices.SortFunc(out, func(a, b SpanDoc) int { return a.Start - b.Start })
	return out, nil
}

// overlapsAny reports whether [start, end) shares a byte with a span of docs.
func overlapsAny(start, end int, docs []SpanDoc) bool {
	for _, d := range docs {
		if start < d.End && d.Start < end {
			return true
		}
	}
	return false
}
