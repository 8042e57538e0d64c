// Custom-gazetteer shows how to bring your own entries: a JSON Lines list
// of your organisation's people and places, used alone or on top of the
// default gazetteer.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/khabar-nlp/khabar"
	"github.com/khabar-nlp/khabar/gazetteer"
)

// entries would usually live in a file read with gazetteer.LoadFile.
const entries = `{"id":"org:wadi-tech","type":"ORG","subtype":"company","name":"Wadi Tech","names":{"ar":["وادي تك","شركة وادي تك"],"en":["Wadi Tech"]}}
{"id":"per:salma-haddad","type":"PER","subtype":"business","name":"Salma Haddad","names":{"ar":["سلمى حداد"],"en":["Salma Haddad"]},"desc":"chief executive of Wadi Tech"}
`

const text = "زارت سلمى حداد، رئيسة شركة وادي تك، مدينة دبي أمس."

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "custom-gazetteer:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	es, err := gazetteer.ReadJSONL(strings.NewReader(entries), "entries.jsonl")
	if err != nil {
		return err
	}
	// Our entries alone: only they are found.
	alone, err := khabar.New(khabar.Config{Entries: es, NoDefaultGazetteer: true})
	if err != nil {
		return err
	}
	// Our entries on top of the default gazetteer: Dubai is found too.
	both, err := khabar.New(khabar.Config{Entries: es})
	if err != nil {
		return err
	}
	for _, c := range []struct {
		name string
		p    *khabar.Pipeline
	}{{"own entries only", alone}, {"own entries + default", both}} {
		fmt.Fprintf(w, "%s:\n", c.name)
		doc := c.p.Extract("example", text)
		for _, e := range doc.Entities {
			fmt.Fprintf(w, "  %s %s %s\n", e.Type, e.Text, e.Entity)
		}
		for _, r := range doc.Relations {
			fmt.Fprintf(w, "  %s(%s, %s) %s\n", r.Type, r.Subject.Text, r.Object.Text, r.Modality)
		}
	}
	return nil
}
