package relation_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/khabar-nlp/khabar/relation"
)

func ExampleParseRules() {
	rules, err := relation.ParseRules(strings.NewReader(`
rule praised.ar.ashada
type    praised
lang    ar
trigger أشاد أشادت يشيد
subject PER ORG side=after,before
object  PER ORG LOC via=ب
`), "praised.rules")
	if err != nil {
		log.Fatal(err)
	}
	r := rules[0]
	fmt.Println(r.ID, r.Type, r.Triggers, r.Object.Via)
	_, err = relation.ParseRules(strings.NewReader("rule x\ntype praised\nsubject PEOPLE\n"), "bad.rules")
	fmt.Println(err)
	// Output:
	// praised.ar.ashada praised [أشاد أشادت يشيد] [ب]
	// relation: bad.rules:3: subject: unknown entity type "PEOPLE" (want PER, LOC, ORG or MISC)
}
