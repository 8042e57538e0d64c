package token_test

import (
	"fmt"

	"github.com/khabar-nlp/khabar/token"
)

func ExampleTokenize() {
	text := "وصل غانتس إلى الرباط. Blinken visited Rabat."
	for _, t := range token.Tokenize(text) {
		fmt.Printf("%d %-7s %q key=%q\n", t.Sentence, t.Script, text[t.Start:t.End], t.Key)
	}
	// Output:
	// 0 arabic  "وصل" key="وصل"
	// 0 arabic  "غانتس" key="غانتس"
	// 0 arabic  "إلى" key="الي"
	// 0 arabic  "الرباط" key="الرباط"
	// 0 punct   "." key="."
	// 1 latin   "Blinken" key="blinken"
	// 1 latin   "visited" key="visited"
	// 1 latin   "Rabat" key="rabat"
	// 1 punct   "." key="."
}
