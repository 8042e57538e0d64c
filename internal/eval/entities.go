package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/khabar-nlp/khabar"
	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/token"
)

// A SpanDoc is one annotated stretch of a source file: byte offsets into the
// file, and the entities in it with offsets into the same file. Gold files
// of this kind carry no text, so that text under a restrictive licence
// stays where it is.
type SpanDoc struct {
	Source   string     `json:"source"`
	Start    int        `json:"start"`
	End      int        `json:"end"`
	Entities []SpanGold `json:"entities"`
}

// SpanGold is a gold entity as byte offsets into the source file.
type SpanGold struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

// ReadSpanGold reads a SpanDoc gold file; errors name the line.
func ReadSpanGold(r io.Reader, name string) ([]SpanDoc, error) {
	var out []SpanDoc
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d SpanDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %v", name, line, err)
		}
		if d.Source == "" || d.Start < 0 || d.End < d.Start {
			return nil, fmt.Errorf("eval: %s:%d: bad source span", name, line)
		}
		for _, e := range d.Entities {
			if e.Start < d.Start || e.End > d.End || e.End <= e.Start {
				return nil, fmt.Errorf("eval: %s:%d: entity [%d,%d) outside its span [%d,%d)", name, line, e.Start, e.End, d.Start, d.End)
			}
		}
		out = append(out, d)
	}
	return out, sc.Err()
}

// EntityReport is the score of entity recognition on SpanDocs.
type EntityReport struct {
	ByType  map[string]*Counts
	Overall Counts
	Misses  []Miss
}

// ScoreEntities runs p on every span (read from dir/Source) and scores
// PER, LOC and ORG mentions; nisba forms and MISC are left out. A predicted
// mention matches a gold one of the same type that ends at the same byte
// and starts at the same byte or differs from it only by proclitics and
// title words (للمغرب for المغرب, الأمير محمد بن سلمان for محمد بن سلمان).
func ScoreEntities(p *khabar.Pipeline, gold []SpanDoc, dir string) (EntityReport, error) {
	rep := EntityReport{ByType: map[string]*Counts{}}
	counts := func(t string) *Counts {
		if rep.ByType[t] == nil {
			rep.ByType[t] = &Counts{}
		}
		return rep.ByType[t]
	}
	files := sourceFiles{dir: dir}
	for _, g := range gold {
		text, err := files.span(g.Source, g.Start, g.End)
		if err != nil {
			return rep, fmt.Errorf("eval: %w", err)
		}
		src := files.texts[g.Source]
		doc := p.Extract("", text)
		var pred []SpanGold
		for _, e := range doc.Entities {
			if e.Form == "" && e.Type != "MISC" {
				pred = append(pred, SpanGold{e.Start + g.Start, e.End + g.Start, e.Type})
				counts(e.Type).Pred++
			}
		}
		used := make([]bool, len(pred))
		for _, ge := range g.Entities {
			counts(ge.Type).Gold++
			hit := -1
			for i, pe := range pred {
				if !used[i] && pe.Type == ge.Type && pe.End == ge.End && onlyClitics(src, pe.Start, ge.Start) {
					hit = i
					break
				}
			}
			if hit < 0 {
				rep.Misses = append(rep.Misses, Miss{Doc: fmt.Sprint(g.Start), Kind: "missed", Type: ge.Type, Subject: src[ge.Start:ge.End]})
				continue
			}
			used[hit] = true
			counts(ge.Type).TP++
		}
		for i, pe := range pred {
			if !used[i] {
				rep.Misses = append(rep.Misses, Miss{Doc: fmt.Sprint(g.Start), Kind: "spurious", Type: pe.Type, Subject: src[pe.Start:pe.End]})
			}
		}
	}
	for _, c := range rep.ByType {
		rep.Overall.add(*c)
	}
	rep.Overall.ModalityCorrect = rep.Overall.TP
	return rep, nil
}

// onlyClitics reports whether the text between two starts of the same
// mention is nothing but proclitics, title words and spaces.
func onlyClitics(src string, a, b int) bool {
	if a == b {
		return true
	}
	if a > b {
		a, b = b, a
	}
	gap := src[a:b]
	toks := token.Tokenize(gap)
	for i, t := range toks {
		last := i == len(toks)-1 && t.End == len(gap)
		switch {
		case entity.IsTitle(t.Key) || entity.IsTitle(unconj(&t)):
		case last && isClitic(t.Key): // the clitic glued to the name
		default:
			return false
		}
	}
	return true
}

func unconj(t *token.Token) string {
	s, _ := t.Unconj()
	return s
}

func isClitic(key string) bool {
	switch key {
	case "و", "ف", "ب", "ك", "ل", "وب", "ول", "فب", "فل", "وك", "لل", "ال":
		return true
	}
	return false
}
