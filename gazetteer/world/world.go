// Package world holds khabar's default gazetteer: countries and territories
// with their nisba forms, the cities of the world, and the people and
// organisations of world news, each with Arabic and English names, plus a
// lexicon of person-name tokens for the name rules.
//
// The data is embedded in the binary and decoded once, on first use; a
// program that brings its own gazetteer and never calls this package does
// not pay for it. The sources, their licences and the generator that
// derives cities.jsonl from the world-cities list are in sources/ (see
// NOTICE at the root of the module).
//
//go:generate go run gen.go
package world

import (
	"bufio"
	"embed"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

//go:embed sources/*.jsonl sources/common-words-ar.txt sources/person-names/*.txt sources/person-names/*.tsv
var sources embed.FS

// countryRank is the Rank given to countries that have none: above the
// population of any city.
const countryRank = 10_000_000_000

// commonWords returns the keys of sources/common-words-ar.txt.
func commonWords() (map[string]bool, error) {
	b, err := sources.ReadFile("sources/common-words-ar.txt")
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			m[arabic.Normalize(line)] = true
		}
	}
	return m, nil
}

// dropCommon removes the one-word Arabic names that are function words
// (all entries) or common words (cities: common-words-ar.txt); the entry
// keeps its other names.
func dropCommon(e *gazetteer.Entry, common map[string]bool) {
	var keep []string
	for _, n := range e.Names["ar"] {
		k := arabic.Normalize(n)
		if !arabic.IsStopword(k) && !(e.Subtype == "city" && common[k]) {
			keep = append(keep, n)
		}
	}
	if len(keep) == len(e.Names["ar"]) {
		return
	}
	names := make(map[string][]string, len(e.Names))
	for k, v := range e.Names {
		names[k] = v
	}
	names["ar"] = keep
	if len(keep) == 0 {
		delete(names, "ar")
	}
	e.Names = names
}

var entries = sync.OnceValues(loadEntries)

// loadEntries decodes every sources/*.jsonl file.
func loadEntries() ([]gazetteer.Entry, error) {
	files, err := fs.Glob(sources, "sources/*.jsonl")
	if err != nil {
		return nil, err
	}
	common, err := commonWords()
	if err != nil {
		return nil, err
	}
	var all []gazetteer.Entry
	for _, f := range files {
		b, err := sources.ReadFile(f)
		if err != nil {
			return nil, err
		}
		es, err := gazetteer.ReadJSONL(strings.NewReader(string(b)), path.Base(f))
		if err != nil {
			return nil, err
		}
		for i := range es {
			dropCommon(&es[i], common)
			// A country outranks the cities that share its name (Djibouti,
			// Singapore, Luxembourg).
			if es[i].Subtype == "country" && es[i].Rank == 0 {
				es[i].Rank = countryRank
			}
		}
		all = append(all, es...)
	}
	return all, nil
}

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

// minNameCount is how often a token must be seen in Wikidata person names
// to enter the lexicon; once-seen tokens hold too many common words.
const minNameCount = 2

var names = sync.OnceValues(loadNames)

// loadNames builds the person-name lexicon.
func loadNames() (*Names, error) {
	n := &Names{keys: map[string]bool{}}
	add := func(w string) {
		for _, t := range token.Tokenize(w) {
			if t.Script == token.Arabic && !arabic.IsStopword(t.Key) && len([]rune(t.Key)) > 1 {
				n.keys[t.Key] = true
			}
		}
	}
	for _, f := range []string{"male-first-names-ar.txt", "female-first-names-ar.txt", "last-names-ar.txt"} {
		b, err := sources.ReadFile("sources/person-names/" + f)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(b), "\n") {
			add(strings.TrimSpace(line))
		}
	}
	f, err := sources.Open("sources/person-names/ar_en_person_name_tokens.tsv")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 {
			continue
		}
		if c, err := strconv.Atoi(cols[2]); err == nil && c >= minNameCount {
			add(cols[0])
		}
	}
	return n, sc.Err()
}

// PersonNames returns the lexicon of person-name tokens, built on first use
// from the CC0 Wikidata name pairs and the MIT-licensed Arabic name lists.
func PersonNames() (*Names, error) { return names() }
