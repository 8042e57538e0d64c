package gazetteer_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
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

// AppendFindAll lets a caller that matches one text after another keep a
// single array of matches.
func ExampleMatcher_AppendFindAll() {
	entries, err := gazetteer.ReadJSONL(strings.NewReader(
		`{"id":"loc:rabat","type":"LOC","name":"Rabat","names":{"ar":["الرباط"],"en":["Rabat"]}}
`), "places.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	m, err := gazetteer.Compile(entries)
	if err != nil {
		log.Fatal(err)
	}
	var matches []gazetteer.Match
	for _, text := range []string{"وصل إلى الرباط", "لا اسم هنا", "من الرباط إلى Rabat"} {
		matches = m.AppendFindAll(matches[:0], text, token.Tokenize(text))
		fmt.Println(len(matches))
	}
	// Output:
	// 1
	// 0
	// 2
}

func ExampleMatcher_Scan() {
	entries, err := gazetteer.ReadList(strings.NewReader("محمد بن سلمان\nبيني غانتس\nRabat\n"), "names.txt", gazetteer.PER)
	if err != nil {
		log.Fatal(err)
	}
	m, err := gazetteer.Compile(entries)
	if err != nil {
		log.Fatal(err)
	}
	// Raw text, no tokeniser: marks, tatweel and letter variants do not
	// stop a match, and a proclitic is cut off the name.
	text := "استقبل وليُّ العهد محمد بن سلمـان وزيرَ الدفاع بيني غانتس، ثم التقى بمحمد بن سلمان في Rabat."
	for _, mt := range m.Scan(text) {
		fmt.Printf("%d-%d %s\n", mt.Start+mt.Prefix, mt.End, text[mt.Start+mt.Prefix:mt.End])
	}
	// Output:
	// 35-61 محمد بن سلمـان
	// 86-105 بيني غانتس
	// 126-150 محمد بن سلمان
	// 156-161 Rabat
}

// A large gazetteer is compiled once, written to a file, and loaded from
// it without compiling again (khabar gazetteer compile does the same).
func ExampleLoadCompiled() {
	entries, err := gazetteer.ReadList(strings.NewReader("الرباط\nواشنطن\n"), "cities.txt", gazetteer.LOC)
	if err != nil {
		log.Fatal(err)
	}
	m, err := gazetteer.Compile(entries)
	if err != nil {
		log.Fatal(err)
	}
	path := filepath.Join(os.TempDir(), "cities.kgz")
	f, err := os.Create(path)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := m.WriteTo(f); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	defer os.Remove(path)

	loaded, err := gazetteer.LoadCompiled(path)
	if err != nil {
		log.Fatal(err)
	}
	for _, mt := range loaded.Scan("من واشنطن إلى الرباط") {
		fmt.Println(mt.Entries[0].ID)
	}
	// Output:
	// loc:واشنطن
	// loc:الرباط
}
