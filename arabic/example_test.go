package arabic_test

import (
	"fmt"

	"github.com/khabar-nlp/khabar/arabic"
)

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("الإسرائيليَّة"))
	fmt.Println(arabic.Normalize("مستشفى"))
	fmt.Println(arabic.Normalize("٢٠٢٠"))
	// Output:
	// الاسراييليه
	// مستشفي
	// 2020
}

func ExampleReadings() {
	for _, r := range arabic.Readings(arabic.Normalize("وللرباط")) {
		fmt.Printf("%q + %q\n", r.Prefix, r.Stem)
	}
	// Output:
	// "" + "وللرباط"
	// "و" + "للرباط"
	// "ول" + "الرباط"
	// "ول" + "لرباط"
}

func ExampleNisba() {
	stem, _ := arabic.StripArticle(arabic.Normalize("الإسرائيليين"))
	base, ok := arabic.Nisba(stem)
	fmt.Println(base, ok)
	// Output: اسراييل true
}
