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

// Context says what text the pipeline reads for each gold span.
type Context int

const (
	// SpanAlone runs the pipeline on the span alone, as if it were a
	// document of its own: no mention elsewhere in the article helps.
	SpanAlone Context = iota
	// InArticle runs the pipeline on the news article that holds the
	// span (see ArticleAround) and scores the mentions inside the span,
	// as a user who runs khabar on whole articles sees them: a surname
	// alone can be found because the article named the person in full.
	InArticle
)

// String returns the name of c as the command line spells it.
func (c Context) String() string {
	if c == InArticle {
		return "article"
	}
	return "span"
}

// ScoreEntities runs p on every span (read from dir/Source), or on the
// article around it when ctx is InArticle, and scores the PER, LOC and ORG
// mentions inside the span; nisba forms and MISC are left out. A predicted
// mention matches a gold one of the same type that ends at the same byte
// and starts at the same byte or differs from it only by proclitics and
// title words (للمغرب for المغرب, الأمير محمد بن سلمان for محمد بن سلمان).
func ScoreEntities(p *khabar.Pipeline, gold []SpanDoc, dir string, ctx Context) (EntityReport, error) {
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
		base := g.Start
		if ctx == InArticle {
			a, b := ArticleAround(src, g.Start, g.End)
			text, base = src[a:b], a
		}
		doc := p.Extract("", text)
		var pred []SpanGold
		for _, e := range doc.Entities {
			s, t := e.Start+base, e.End+base
			if e.Form == "" && e.Type != "MISC" && s >= g.Start && t <= g.End {
				pred = append(pred, SpanGold{s, t, e.Type})
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

// ArticleAround returns the bytes [a, b) of the news article of src that
// holds the span [start, end), in the layout of the SaudiNewsNet sample: an
// article opens with a title line that follows an empty line (or opens the
// file) and does not start with a space; its paragraphs follow, those
// after the first indented by a space and set apart by empty lines. Some
// sources indent no paragraph, so that each of their paragraphs reads as
// an article of its own: the context is then smaller, never wrong. A span
// that crosses an article's start gets the articles it touches.
func ArticleAround(src string, start, end int) (a, b int) {
	start = min(max(start, 0), len(src))
	end = min(max(end, start), len(src))
	a = strings.LastIndexByte(src[:start], '\n') + 1
	for a > 0 && !isTitleLine(src, a) {
		a = strings.LastIndexByte(src[:a-1], '\n') + 1
	}
	last := max(end-1, start) // a byte of the span's last line
	for b = last; b < len(src); {
		nl := strings.IndexByte(src[b:], '\n')
		if nl < 0 {
			return a, len(src)
		}
		b += nl + 1
		if isTitleLine(src, b) {
			return a, b
		}
	}
	return a, len(src)
}

// isTitleLine reports whether the line that starts at byte i of src opens
// an article: it is not empty, does not start with a space and follows an
// empty line or opens src.
func isTitleLine(src string, i int) bool {
	if i >= len(src) || src[i] == ' ' || src[i] == '\n' || src[i] == '\r' {
		return false
	}
	if i == 0 {
		return true
	}
	prev := strings.LastIndexByte(src[:i-1], '\n') + 1
	return strings.TrimSpace(src[prev:i-1]) == ""
}
