package entity

import "slices"

// byFirstFunc is byFirst for mentions whose First does not fit the packed
// sort: a stable sort by First with a comparison of mentions.
func byFirstFunc(ms []Mention) []Mention {
	slices.SortStableFunc(ms, func(a, b Mention) int { return a.First - b.First })
	return ms
}
