//go:build ignore

// gen derives sources/cities.jsonl from sources/world-cities/world-cities.csv,
// linking each city to its country in sources/countries.jsonl.
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/khabar-nlp/khabar/gazetteer/world/internal/citygen"
)

func main() {
	out, unmatched, err := citygen.FromSources("sources")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("sources/cities.jsonl", out, 0o644); err != nil {
		log.Fatal(err)
	}
	for _, c := range unmatched {
		fmt.Fprintf(os.Stderr, "gen: no country entry for %q\n", c)
	}
}
