//go:build ignore

// gen builds the embedded data of package world from sources/: first
// sources/cities.jsonl from the world-cities list, then data/entries.tsv and
// data/person-names.txt from all sources.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer/world/internal/build"
	"github.com/khabar-nlp/khabar/gazetteer/world/internal/citygen"
)

func main() {
	cities, unmatched, err := citygen.FromSources("sources")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("sources/cities.jsonl", cities, 0o644); err != nil {
		log.Fatal(err)
	}
	for _, c := range unmatched {
		fmt.Fprintf(os.Stderr, "gen: no country entry for %q\n", c)
	}
	entries, names, err := build.Files("sources")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("data/entries.tsv", entries, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("data/person-names.txt", names, 0o644); err != nil {
		log.Fatal(err)
	}
	first, err := build.FirstNames("sources")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("data/first-names.txt", []byte(strings.Join(first, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
}
