package eval

import (
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
)

// NameCount is how often a token sequence is tagged as an entity of each
// type, and how often it stands untagged.
type NameCount struct {
	Name   string
	ByType map[string]int
	AsO    int
}

// Best returns the type the name is most often tagged with, and its count.
func (n NameCount) Best() (string, int) {
	best, c := "", 0
	for _, t := range []string{"PER", "LOC", "ORG", "MISC"} {
		if n.ByType[t] > c {
			best, c = t, n.ByType[t]
		}
	}
	return best, c
}

// CountNames counts, for every entity string of the sentences, its tagged
// and untagged occurrences; names are compared by their normalised form.
func CountNames(sentences []Sentence) []NameCount {
	key := func(toks []string) string {
		ks := make([]string, len(toks))
		for i, t := range toks {
			ks[i] = arabic.Normalize(t)
		}
		return strings.Join(ks, " ")
	}
	counts := map[string]*NameCount{}
	maxLen := 0
	for _, s := range sentences {
		for _, c := range chunks(s.Tags) {
			k := key(s.Tokens[c.start:c.end])
			nc := counts[k]
			if nc == nil {
				nc = &NameCount{Name: strings.Join(s.Tokens[c.start:c.end], " "), ByType: map[string]int{}}
				counts[k] = nc
			}
			nc.ByType[c.typ]++
			maxLen = max(maxLen, c.end-c.start)
		}
	}
	for _, s := range sentences {
		for i := range s.Tokens {
			for n := 1; n <= maxLen && i+n <= len(s.Tokens); n++ {
				if slices.ContainsFunc(s.Tags[i:i+n], func(t string) bool { return t != "O" }) {
					break
				}
				if nc := counts[key(s.Tokens[i:i+n])]; nc != nil {
					nc.AsO++
				}
			}
		}
	}
	out := make([]NameCount, 0, len(counts))
	for _, nc := range counts {
		out = append(out, *nc)
	}
	slices.SortFunc(out, func(a, b NameCount) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// GazetteerFromCoNLL turns the entity strings of sentences into gazetteer
// entries: a name is kept when it is tagged more often than it stands
// untagged, and at least minCount times; MISC is left out unless keepMisc.
// Entry IDs are conll:TYPE:name; Rank is the count.
func GazetteerFromCoNLL(sentences []Sentence, minCount int, keepMisc bool) []gazetteer.Entry {
	var out []gazetteer.Entry
	for _, nc := range CountNames(sentences) {
		typ, c := nc.Best()
		if c < minCount || c <= nc.AsO || typ == "MISC" && !keepMisc {
			continue
		}
		lang := "en"
		if arabic.IsArabicKey(arabic.Normalize(nc.Name)) {
			lang = "ar"
		}
		out = append(out, gazetteer.Entry{
			ID: "conll:" + strings.ToLower(typ) + ":" + strings.ReplaceAll(nc.Name, " ", "-"), Type: gazetteer.Type(typ),
			Name: nc.Name, Names: map[string][]string{lang: {nc.Name}}, Rank: int64(c),
		})
	}
	return out
}
