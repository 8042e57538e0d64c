package khabar_test

import (
	"fmt"
	"log"

	"github.com/khabar-nlp/khabar"
	"github.com/khabar-nlp/khabar/gazetteer"
)

func ExamplePipeline_Extract() {
	p, err := khabar.New(khabar.Config{
		NoDefaultGazetteer: true, // only these entries, with the default rules
		Entries: []gazetteer.Entry{
			{ID: "per:ayman-safadi", Type: gazetteer.PER, Name: "Ayman Safadi",
				Names: map[string][]string{"ar": {"أيمن الصفدي"}, "en": {"Ayman Safadi"}}},
			{ID: "loc:damascus", Type: gazetteer.LOC, Name: "Damascus",
				Names: map[string][]string{"ar": {"دمشق"}, "en": {"Damascus"}}},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	doc := p.Extract("h01", "زار وزير الخارجية أيمن الصفدي دمشق أمس، ولن يزور بيروت.")
	for _, e := range doc.Entities {
		fmt.Printf("%s %s [%d:%d] %s\n", e.Type, e.Text, e.Start, e.End, e.Entity)
	}
	for _, r := range doc.Relations {
		fmt.Printf("%s(%s, %s) %s by %s\n", r.Type, r.Subject.Entity, r.Object.Entity, r.Modality, r.Rule)
	}
	// Output:
	// PER أيمن الصفدي [33:54] per:ayman-safadi
	// LOC دمشق [55:63] loc:damascus
	// visited(per:ayman-safadi, loc:damascus) asserted by visited.ar.zar
}
