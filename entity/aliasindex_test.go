package entity

import (
	"fmt"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// TestAliasIndexFew checks that an aliasIndex finds its names alike
// whether it holds them without its maps (fewAliases or fewer) or with
// them, against maps filled as the index documents it.
func TestAliasIndexFew(t *testing.T) {
	names := []string{
		"كريستين لانجر", "فولفجانج شتال", "ليوناردو بوشريف", "سوريش ماثيور", "ماريانا كوفالسكي",
		"فيكتوريا نطل", "بدرية النعماد", "جوونو سودارسونو", "كريستين ماثيور", "هريديش تريباثي",
		"أولغا كوتلايروفا", "لانجر بوشريف",
	}
	for _, n := range []int{0, 1, 3, fewAliases, fewAliases + 1, len(names)} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			text := ""
			for i, name := range names[:n] {
				if i > 0 {
					text += " ثم "
				}
				text += name
			}
			toks := token.Tokenize(text)
			var ms []Mention
			for i := 0; i+1 < len(toks); i += 3 {
				ms = append(ms, Mention{Type: gazetteer.PER, First: i, Last: i + 2})
			}
			if len(ms) != n {
				t.Fatalf("%d mentions of %d names", len(ms), n)
			}
			// The maps, as the index fills them: the surname, then the
			// first name of a name of two words, each at its first person.
			want, firsts := map[string]int{}, map[string]bool{}
			for i := range ms {
				m := &ms[i]
				if last := toks[m.Last-1].Key; surnameAlone(toks, m) {
					if _, seen := want[last]; !seen {
						want[last] = i
					}
				}
				if first := toks[m.First].Key; firstAlone(&toks[m.First]) {
					if _, seen := want[first]; !seen {
						want[first], firsts[first] = i, true
					}
				}
			}
			var room [16]uint64
			x := newAliasIndex(toks, ms, room[:])
			for i := range toks {
				k := toks[i].Key
				p, first, ok := x.get(k)
				wi, wok := want[k]
				if ok != wok || ok && (p.m != &ms[wi] || p.first != ms[wi].First || first != firsts[k]) {
					t.Errorf("get(%q) = %v %v %v, want mention %d %v %v", k, p, first, ok, wi, firsts[k], wok)
				}
			}
			if (x.surnames != nil) != (len(want) > fewAliases) {
				t.Errorf("%d names put in, maps %v", len(want), x.surnames != nil)
			}
			if n >= 2 && len(want) == 0 {
				t.Errorf("no name put in: the test tests nothing")
			}
		})
	}
}
