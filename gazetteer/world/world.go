// Package world holds khabar's default gazetteer: countries and territories
// with their nisba forms, the cities of the world, and the people and
// organisations of world news, each with Arabic and English names, plus a
// lexicon of person-name tokens for the name rules.
//
// The data is embedded in the binary in a compact form and decoded once, on
// first use; a program that brings its own gazetteer and never calls this
// package does not pay for it. The sources, their licences and the
// generator that builds the compact form are in sources/ and gen.go (run
// go generate ./gazetteer/world after changing a source); see NOTICE at the
// root of the module.
//
//go:generate go run gen.go
package world

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/gazetteer/world/internal/pack"
	"github.com/khabar-nlp/khabar/internal/keyhash"
)

//go:embed data/entries.tsv
var packedEntries string

//go:embed data/person-names.txt
var packedNames string

//go:embed data/first-names.txt
var packedFirstNames string

var entries = sync.OnceValues(loadEntries)

// loadEntries decodes the embedded entries.
func loadEntries() ([]gazetteer.Entry, error) { return pack.Decode(packedEntries, "entries.tsv") }

// Entries returns the entries of the default gazetteer, decoding them on
// first use. The slice is shared: copy it before changing it.
func Entries() ([]gazetteer.Entry, error) { return entries() }

var matcher = sync.OnceValues(func() (*gazetteer.Matcher, error) {
	es, err := entries()
	if err != nil {
		return nil, err
	}
	return gazetteer.Compile(es)
})

// Matcher returns the default gazetteer compiled, building it on first use.
func Matcher() (*gazetteer.Matcher, error) { return matcher() }

// Names is a set of person-name token keys (first names and family names).
// It is immutable and safe for concurrent use.
type Names struct {
	keys map[string]bool
	// filter has a bit for each nameHash of the keys: most words that are
	// no name are told so without a map look-up.
	filter []uint64
}

// IsName reports whether key (a token key) is a known person-name token.
func (n *Names) IsName(key string) bool {
	if n == nil {
		return false
	}
	if h := nameHash(key) & uint32(len(n.filter)*64-1); n.filter[h/64]&(1<<(h%64)) == 0 {
		return false
	}
	return n.keys[key]
}

// nameHash hashes every byte of key (see keyhash): a hash of a few of its
// letters let half of the news tokens through the filter of PersonNames.
func nameHash(key string) uint32 { return uint32(keyhash.Sum(key)) }

// Len returns the number of name tokens.
func (n *Names) Len() int { return len(n.keys) }

var (
	names      = sync.OnceValue(loadNames)
	firstNames = sync.OnceValue(func() *Names { return keySet(packedFirstNames) })
)

// loadNames builds the lexicon from the embedded keys.
func loadNames() *Names { return keySet(packedNames) }

// keySet reads keys, one a line.
func keySet(data string) *Names {
	n := &Names{keys: make(map[string]bool, strings.Count(data, "\n"))}
	for k := range strings.Lines(data) {
		if k = strings.TrimSuffix(k, "\n"); k != "" {
			n.keys[k] = true
		}
	}
	// About 16 bits a key, a power of two.
	bits := 1 << 10
	for bits < 16*len(n.keys) {
		bits <<= 1
	}
	n.filter = make([]uint64, bits/64)
	for k := range n.keys {
		h := nameHash(k) & uint32(bits-1)
		n.filter[h/64] |= 1 << (h % 64)
	}
	return n
}

// FirstNames returns the list of first names (Arabic and, as Arabic media
// write them, foreign), a subset of PersonNames, built on first use.
func FirstNames() *Names { return firstNames() }

// PersonNames returns the lexicon of person-name tokens, built on first use
// from the CC0 Wikidata name pairs and the MIT-licensed Arabic name lists.
func PersonNames() *Names { return names() }
