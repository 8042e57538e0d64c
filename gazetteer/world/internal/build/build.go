// Package build turns the sources of the default gazetteer into the
// compact files that package world embeds: data/entries.tsv (every entry,
// see package pack) and data/person-names.txt (one name-token key a line).
package build

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/gazetteer/world/internal/pack"
	"github.com/khabar-nlp/khabar/token"
	"github.com/kljensen/snowball/english"
)

// CountryRank is the Rank given to countries that have none: above the
// population of any city, so Djibouti the country wins over the city.
const CountryRank = 10_000_000_000

// minNameCount is how often a token must be seen in the Wikidata person
// names to enter the lexicon; once-seen tokens hold too many common words.
const minNameCount = 2

// Entries reads every sources/*.jsonl file of dir, drops one-word Arabic
// names that are function words (any entry) or common words (cities, by
// common-words-ar.txt), then the entries left without an Arabic or an
// English name (cities whose only Arabic label was wrong), and ranks
// countries above cities.
func Entries(dir string) ([]gazetteer.Entry, error) {
	common, err := CommonWords(dir)
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, err
	}
	var all []gazetteer.Entry
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		es, err := gazetteer.ReadJSONL(bytes.NewReader(b), filepath.Base(f))
		if err != nil {
			return nil, err
		}
		for i := range es {
			e := &es[i]
			dropCommon(e, common)
			if len(e.Names["ar"]) == 0 || len(e.Names["en"]) == 0 {
				continue
			}
			if e.Subtype == "country" && e.Rank == 0 {
				e.Rank = CountryRank
			}
			all = append(all, *e)
		}
	}
	return all, nil
}

// CommonWords returns the keys of common-words-ar.txt in dir.
func CommonWords(dir string) (map[string]bool, error) {
	b, err := os.ReadFile(filepath.Join(dir, "common-words-ar.txt"))
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
// (all entries) or common words (cities); the entry keeps its other names.
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

// Names returns the sorted keys of the person-name lexicon: Arabic tokens
// of the MIT name lists in dir/person-names, of the CC0 Wikidata pairs seen
// at least twice (once-seen tokens hold too many common words) with their
// English side in lower case, and of the Arabic names of the curated
// people, less function words, one-letter tokens and the words of
// not-names-ar.txt.
func Names(dir string) ([]string, error) {
	keys := map[string]bool{}
	add := func(w string) {
		for _, t := range token.Tokenize(w) {
			if t.Script == token.Arabic && !arabic.IsStopword(t.Key) && len([]rune(t.Key)) > 1 {
				keys[t.Key] = true
			}
		}
	}
	err := eachListLine(dir, []string{"male-first-names-ar.txt", "female-first-names-ar.txt", "last-names-ar.txt", "first-names-extra-ar.txt"}, add)
	if err != nil {
		return nil, err
	}
	err = eachNamePair(dir, func(ar, en string, count int) {
		if count < minNameCount {
			return
		}
		add(ar)
		if en = strings.ToLower(strings.TrimSpace(en)); len(en) > 2 && !english.IsStopWord(en) && isLatinWord(en) {
			keys[en] = true // the English side: names in English text
		}
	})
	if err != nil {
		return nil, err
	}
	people, err := filepath.Glob(filepath.Join(dir, "people-*.jsonl"))
	if err != nil {
		return nil, err
	}
	for _, f := range people {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		es, err := gazetteer.ReadJSONL(bytes.NewReader(b), filepath.Base(f))
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			for _, n := range e.Names["ar"] {
				add(n)
			}
		}
	}
	// Words of some people's names that stand for a common word far more
	// often than for a name (المولد: born; فهد المولد keeps his entry).
	err = eachListLine(dir, []string{"not-names-ar.txt"}, func(line string) {
		for _, t := range token.Tokenize(line) {
			delete(keys, t.Key)
		}
	})
	if err != nil {
		return nil, err
	}
	return sortedKeys(keys), nil
}

// FirstNames returns the sorted keys of the first-name list: the MIT male
// and female first-name lists and first-names-extra-ar.txt of
// dir/person-names, and the tokens of Wikidata person names seen at least
// twenty times, less function words and the common words of
// not-first-names-ar.txt.
func FirstNames(dir string) ([]string, error) {
	keys := map[string]bool{}
	add := func(w string, minLetters int) {
		toks := token.Tokenize(w)
		if len(toks) == 1 && toks[0].Script == token.Arabic && len([]rune(toks[0].Key)) >= minLetters && !arabic.IsStopword(toks[0].Key) {
			keys[toks[0].Key] = true
		}
	}
	err := eachListLine(dir, []string{"male-first-names-ar.txt", "female-first-names-ar.txt", "first-names-extra-ar.txt"},
		func(line string) { add(line, 1) })
	if err != nil {
		return nil, err
	}
	// Tokens that Wikidata's person names hold often are first names or
	// common family names: either opens a name.
	err = eachNamePair(dir, func(ar, _ string, count int) {
		if count >= frequentName {
			add(ar, 3)
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachListLine(dir, []string{"not-first-names-ar.txt"}, func(line string) {
		for _, t := range token.Tokenize(line) {
			delete(keys, t.Key)
		}
	})
	if err != nil {
		return nil, err
	}
	return sortedKeys(keys), nil
}

// eachListLine calls fn with each line of the lists in dir/person-names,
// trimmed, less blank lines and # comments.
func eachListLine(dir string, files []string, fn func(string)) error {
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(dir, "person-names", f))
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
				fn(line)
			}
		}
	}
	return nil
}

// eachNamePair calls fn with each row of the Wikidata name pairs: the
// Arabic token, its English side and how often it was seen.
func eachNamePair(dir string, fn func(ar, en string, count int)) error {
	f, err := os.Open(filepath.Join(dir, "person-names", "ar_en_person_name_tokens.tsv"))
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 3 {
			continue
		}
		if c, err := strconv.Atoi(cols[2]); err == nil {
			fn(cols[0], cols[1], c)
		}
	}
	return sc.Err()
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// isLatinWord reports whether s is lower-case ASCII letters only.
func isLatinWord(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// frequentName is how often a Wikidata name token must occur to open a name
// in the first-name rule.
const frequentName = 20

// Files returns the contents of data/entries.tsv and data/person-names.txt
// built from the sources in dir.
func Files(dir string) (entries, names []byte, err error) {
	es, err := Entries(dir)
	if err != nil {
		return nil, nil, err
	}
	var eb bytes.Buffer
	if err := pack.Encode(&eb, es); err != nil {
		return nil, nil, err
	}
	ns, err := Names(dir)
	if err != nil {
		return nil, nil, err
	}
	return eb.Bytes(), []byte(strings.Join(ns, "\n") + "\n"), nil
}
