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
type Names struct{ keys map[string]bool }

// IsName reports whether key (a token key) is a known person-name token.
func (n *Names) IsName(key string) bool { return n != nil && n.keys[key] }

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
	return n
}

// FirstNames returns the list of first names (Arabic and, as Arabic media
// write them, foreign), a subset of PersonNames, built on first use.
func FirstNames() *Names { return firstNames() }

// PersonNames returns the lexicon of person-name tokens, built on first use
// from the CC0 Wikidata name pairs and the MIT-licensed Arabic name lists.
func PersonNames() *Names { return names() }
