package gazetteer_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

func ExampleMatcher_FindAll() {
	entries, err := gazetteer.ReadJSONL(strings.NewReader(
		`{"id":"loc:rabat","type":"LOC","name":"Rabat","names":{"ar":["الرباط"],"en":["Rabat"]}}
{"id":"loc:israel","type":"LOC","subtype":"country","name":"Israel","names":{"ar":["إسرائيل"],"en":["Israel"]},"demonyms":{"ar":["إسرائيلي"]}}
`), "places.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	m, err := gazetteer.Compile(entries)
	if err != nil {
		log.Fatal(err)
	}
	text := "وصل الوزير الإسرائيلي إلى العاصمة وبالرباط التقى نظيره"
	toks := token.Tokenize(text)
	for _, mt := range m.FindAll(text, toks) {
		start, end := toks[mt.Start].Start+mt.Prefix, toks[mt.End-1].End
		fmt.Println(text[start:end], mt.Entries[0].ID, mt.Nisba)
	}
	// Output:
	// الإسرائيلي loc:israel true
	// الرباط loc:rabat false
}
