// Relations shows how to add a relation rule of your own: here "appointed"
// (X عيّن Y), written in khabar's rule format and used with the default
// gazetteer and rules.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/khabar-nlp/khabar"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/relation"
)

const rules = `
rule appointed.ar.ayyana
type     appointed
lang     ar
trigger  عين عينت يعين تعين تعيين
subject  PER ORG side=after,before window=6
object   PER side=after window=8 via=-
example+ عين الملك سلمى حداد وزيرة للاقتصاد
`

const people = `{"id":"per:salma-haddad","type":"PER","name":"Salma Haddad","names":{"ar":["سلمى حداد"],"en":["Salma Haddad"]}}
{"id":"per:king-example","type":"PER","name":"King Example","names":{"ar":["الملك عمران"],"en":["King Example"]}}
`

const text = "عيّن الملك عمران سلمى حداد وزيرةً للاقتصاد، ولم يزر الملك عمران بيروت."

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "relations:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	rs, err := relation.ParseRules(strings.NewReader(rules), "appointed.rules")
	if err != nil {
		return err
	}
	es, err := gazetteer.ReadJSONL(strings.NewReader(people), "people.jsonl")
	if err != nil {
		return err
	}
	p, err := khabar.New(khabar.Config{Rules: rs, Entries: es})
	if err != nil {
		return err
	}
	for _, r := range p.Extract("example", text).Relations {
		fmt.Fprintf(w, "%s(%s, %s) %s by rule %s\n", r.Type, r.Subject.Text, r.Object.Text, r.Modality, r.Rule)
	}
	return nil
}
