package main

// The Go Aho-Corasick libraries khabar is compared with. Each finds byte
// strings anywhere, so each scan keeps only whole-word matches (wholeWord).
// Where a library has a leftmost-longest mode, that mode's matches are
// filtered; a library that reports every (overlapping) match gets the
// whole-word filter and then a leftmost-longest pass (leftmostLongest),
// which gives the reference's answer exactly.

import (
	bobu "github.com/BobuSumisu/aho-corasick"
	anknown "github.com/anknown/ahocorasick"
	cloudflare "github.com/cloudflare/ahocorasick"
	coregx "github.com/coregx/ahocorasick"
	petar "github.com/petar-dambovaliev/aho-corasick"
)

// buildPetar uses petar-dambovaliev/aho-corasick in leftmost-longest mode,
// as an NFA or a DFA.
func buildPetar(dfa bool) func([]string) (scanFunc, error) {
	return func(names []string) (scanFunc, error) {
		b := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.LeftMostLongestMatch, DFA: dfa})
		ac := b.Build(names)
		return func(text string) result {
			var out []span
			it := ac.Iter(text)
			for m := it.Next(); m != nil; m = it.Next() {
				if wholeWord(text, m.Start(), m.End()) {
					out = append(out, span{Start: m.Start(), End: m.End()})
				}
			}
			return result{n: len(out), spans: out}
		}, nil
	}
}

// buildPetarOverlapping uses petar-dambovaliev/aho-corasick's standard
// (overlapping) mode.
func buildPetarOverlapping(names []string) (scanFunc, error) {
	b := petar.NewAhoCorasickBuilder(petar.Opts{MatchKind: petar.StandardMatch})
	ac := b.Build(names)
	return func(text string) result {
		var all []span
		it := ac.IterOverlapping(text)
		for m := it.Next(); m != nil; m = it.Next() {
			if wholeWord(text, m.Start(), m.End()) {
				all = append(all, span{Start: m.Start(), End: m.End()})
			}
		}
		out := leftmostLongest(all)
		return result{n: len(out), spans: out}
	}, nil
}

// buildCoregx uses coregx/ahocorasick built for leftmost-longest, with its
// FindAll or its FindAllOverlapping.
func buildCoregx(overlapping bool) func([]string) (scanFunc, error) {
	return func(names []string) (scanFunc, error) {
		ac, err := coregx.NewBuilder().SetMatchKind(coregx.LeftmostLongest).AddStrings(names).Build()
		if err != nil {
			return nil, err
		}
		var buf []byte
		return func(text string) result {
			if buf == nil {
				buf = []byte(text)
			}
			var ms []coregx.Match
			if overlapping {
				ms = ac.FindAllOverlapping(buf)
			} else {
				ms = ac.FindAll(buf, -1)
			}
			var out []span
			for _, m := range ms {
				if wholeWord(text, m.Start, m.End) {
					out = append(out, span{Start: m.Start, End: m.End})
				}
			}
			if overlapping {
				out = leftmostLongest(out)
			}
			return result{n: len(out), spans: out}
		}, nil
	}
}

// buildAnknown uses anknown/ahocorasick, which works on runes and reports
// every match. The conversion of the text to runes, and of rune offsets back
// to byte offsets, is part of each scan.
func buildAnknown(names []string) (scanFunc, error) {
	keys := make([][]rune, len(names))
	for i, n := range names {
		keys[i] = []rune(n)
	}
	m := new(anknown.Machine)
	if err := m.Build(keys); err != nil {
		return nil, err
	}
	return func(text string) result {
		runes := []rune(text)
		offsets := runeOffsets(text, len(runes))
		var all []span
		for _, t := range m.MultiPatternSearch(runes, false) {
			s := span{Start: offsets[t.Pos], End: offsets[t.Pos+len(t.Word)]}
			if wholeWord(text, s.Start, s.End) {
				all = append(all, s)
			}
		}
		out := leftmostLongest(all)
		return result{n: len(out), spans: out}
	}, nil
}

// runeOffsets returns the byte offset of each of the n runes of text, and
// len(text) after them.
func runeOffsets(text string, n int) []int {
	offsets := make([]int, 0, n+1)
	for i := range text {
		offsets = append(offsets, i)
	}
	return append(offsets, len(text))
}

// buildBobu uses BobuSumisu/aho-corasick, which reports every match through
// Trie.Walk.
func buildBobu(names []string) (scanFunc, error) {
	tr := bobu.NewTrieBuilder().AddStrings(names).Build()
	var buf []byte
	return func(text string) result {
		if buf == nil {
			buf = []byte(text)
		}
		var all []span
		tr.Walk(buf, func(end, n, _ int64) bool {
			s := span{Start: int(end - n + 1), End: int(end + 1)}
			if wholeWord(text, s.Start, s.End) {
				all = append(all, s)
			}
			return true
		})
		out := leftmostLongest(all)
		return result{n: len(out), spans: out}
	}, nil
}

// buildCloudflare uses cloudflare/ahocorasick, whose Match returns the
// indices of the names that occur somewhere in the text, each once, with
// no offsets: it cannot be filtered to whole words, and its count is of
// distinct names.
func buildCloudflare(names []string) (scanFunc, error) {
	m := cloudflare.NewStringMatcher(names)
	var buf []byte
	return func(text string) result {
		if buf == nil {
			buf = []byte(text)
		}
		return result{n: len(m.Match(buf))}
	}, nil
}
