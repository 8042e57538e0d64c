// Quickstart runs khabar's default pipeline on a short Arabic news text and
// prints the entities and relations it finds.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/khabar-nlp/khabar"
)

const text = `وصل وزير الخارجية الأميركي أنتوني بلينكن إلى الرباط، حيث التقى نظيره المغربي ناصر بوريطة.
وسيلتقي بلينكن غداً في الرياض مع ولي العهد السعودي الأمير محمد بن سلمان، لكنه لن يزور القاهرة.`

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	p, err := khabar.Default()
	if err != nil {
		return err
	}
	doc := p.Extract("quickstart", text)
	for _, e := range doc.Entities {
		fmt.Fprintf(w, "%-4s %-24s %-28s %s\n", e.Type, e.Text, e.Entity, strings.TrimSpace(e.Source+" "+e.Form))
	}
	for _, r := range doc.Relations {
		fmt.Fprintf(w, "%s(%s, %s) %s, trigger %q\n", r.Type, r.Subject.Text, r.Object.Text, r.Modality, r.Trigger.Text)
	}
	return nil
}
