// Package eval scores khabar's output against hand-annotated gold data.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// A GoldDoc is one line of a relation gold file (see DESIGN.md). A document
// whose text may not ship gives Source instead of Text.
type GoldDoc struct {
	ID        string         `json:"id"`
	Lang      string         `json:"lang"`
	Text      string         `json:"text"`
	Source    *SourceRef     `json:"source,omitempty"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
}

// A SourceRef points at the text of a gold document: byte offsets into a
// file kept outside the repository.
type SourceRef struct {
	File       string `json:"file"`
	Start, End int
}

// ResolveSources fills in the Text of documents that give a Source, reading
// the files from dir.
func ResolveSources(gold []GoldDoc, dir string) error {
	files := sourceFiles{dir: dir}
	for i := range gold {
		src := gold[i].Source
		if src == nil || gold[i].Text != "" {
			continue
		}
		text, err := files.span(src.File, src.Start, src.End)
		if err != nil {
			return fmt.Errorf("eval: document %s: %w", gold[i].ID, err)
		}
		gold[i].Text = text
	}
	return nil
}

// sourceFiles reads the files gold data points into, each once.
type sourceFiles struct {
	dir   string
	texts map[string]string
}

// span returns bytes [start, end) of the file name in the folder.
func (s *sourceFiles) span(name string, start, end int) (string, error) {
	text, ok := s.texts[name]
	if !ok {
		b, err := os.ReadFile(filepath.Join(s.dir, name))
		if err != nil {
			return "", err
		}
		text = string(b)
		if s.texts == nil {
			s.texts = map[string]string{}
		}
		s.texts[name] = text
	}
	if start < 0 || end > len(text) || start > end {
		return "", fmt.Errorf("span [%d,%d) outside %s (%d bytes)", start, end, name, len(text))
	}
	return text[start:end], nil
}

// A GoldEntity is an entity mention as its surface text and type.
type GoldEntity struct {
	Text string `json:"text"`
	Type string `json:"type"`
}

// A GoldRelation is a relation between two surface strings.
type GoldRelation struct {
	Type     string `json:"type"`
	Subject  string `json:"subject"`
	Object   string `json:"object"`
	Modality string `json:"modality"`
}

// ReadGold reads a gold file, one GoldDoc a line; errors name the line.
func ReadGold(r io.Reader, name string) ([]GoldDoc, error) {
	var out []GoldDoc
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d GoldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %v", name, line, err)
		}
		if d.Text == "" && d.Source == nil {
			return nil, fmt.Errorf("eval: %s:%d: document %q has neither text nor source", name, line, d.ID)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: %s: %v", name, err)
	}
	return out, nil
}

// Counts are the outcomes of one relation type or of all.
type Counts struct {
	Gold, Pred, TP  int
	ModalityCorrect int // among TP
}

// Precision returns TP/Pred, or 0.
func (c Counts) Precision() float64 { return ratio(c.TP, c.Pred) }

// Recall returns TP/Gold, or 0.
func (c Counts) Recall() float64 { return ratio(c.TP, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// ModalityAccuracy returns the share of true positives with the gold modality.
func (c Counts) ModalityAccuracy() float64 { return ratio(c.ModalityCorrect, c.TP) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.TP += o.TP
	c.ModalityCorrect += o.ModalityCorrect
}

// A Miss is a gold relation not found, or a predicted one not in the gold.
type Miss struct {
	Doc, Kind, Type, Subject, Object, Modality string
}

// Report is the score of a run.
type Report struct {
	ByType   map[string]*Counts
	Overall  Counts
	Entities Counts // entity mentions by surface text and type; nisba forms left out
	Misses   []Miss
	// Empty counts the documents with no gold relation, and EmptyFP the
	// relations predicted in them (hard negatives).
	Empty, EmptyFP int
}

// symmetric relation types keep the order of appearance; either order of
// the gold arguments matches.
var symmetric = map[string]bool{"met-with": true, "signed-agreement": true, "cut-ties": true, "called": true}

// Score runs p on every gold document and scores relations of the given
// types (all types when types is empty) and entities.
//
// Arguments match when their surface strings are equal after normalisation
// and proclitics (وبالرباط = الرباط), or when the predicted argument is
// linked to an entity that the pipeline also found under the gold string in
// the same document (غانتس = بيني غانتس) or whose gazetteer entry has the
// gold string as a name (تنظيم داعش = داعش). Relations are compared as sets per
// document: predictions with the same type and the same arguments count once,
// and the modality of a true positive is right when any of them has the gold
// modality.
func Score(p *khabar.Pipeline, gold []GoldDoc, types []string) Report {
	rep := Report{ByType: map[string]*Counts{}}
	want := func(t string) bool { return len(types) == 0 || slices.Contains(types, t) }
	counts := func(t string) *Counts {
		c := rep.ByType[t]
		if c == nil {
			c = &Counts{}
			rep.ByType[t] = c
		}
		return c
	}
	for _, g := range gold {
		doc := p.Extract(g.ID, g.Text)
		// Predicted relations, grouped by type and canonical arguments.
		type group struct {
			rel        khabar.Relation
			modalities []string
			matched    bool
		}
		var groups []*group
		index := map[string]*group{}
		for _, r := range doc.Relations {
			if !want(r.Type) {
				continue
			}
			k := r.Type + "\x00" + canon(r.Subject) + "\x00" + canon(r.Object)
			if gr := index[k]; gr != nil {
				if !slices.Contains(gr.modalities, r.Modality) {
					gr.modalities = append(gr.modalities, r.Modality)
				}
				continue
			}
			gr := &group{rel: r, modalities: []string{r.Modality}}
			index[k] = gr
			groups = append(groups, gr)
		}
		for _, gr := range groups {
			counts(gr.rel.Type).Pred++
		}
		if len(g.Relations) == 0 {
			rep.Empty++
			rep.EmptyFP += len(groups)
		}
		for _, gr := range g.Relations {
			if !want(gr.Type) {
				continue
			}
			c := counts(gr.Type)
			c.Gold++
			var hit *group
			for _, pg := range groups {
				if pg.matched || pg.rel.Type != gr.Type {
					continue
				}
				match := func(g string, a khabar.Argument) bool { return argMatch(g, a, doc, p.Gazetteer()) }
				same := match(gr.Subject, pg.rel.Subject) && match(gr.Object, pg.rel.Object)
				swapped := symmetric[gr.Type] && match(gr.Subject, pg.rel.Object) && match(gr.Object, pg.rel.Subject)
				if same || swapped {
					hit = pg
					break
				}
			}
			if hit == nil {
				rep.Misses = append(rep.Misses, Miss{g.ID, "missed", gr.Type, gr.Subject, gr.Object, gr.Modality})
				continue
			}
			hit.matched = true
			c.TP++
			if slices.Contains(hit.modalities, gr.Modality) {
				c.ModalityCorrect++
			} else {
				rep.Misses = append(rep.Misses, Miss{g.ID, "modality " + strings.Join(hit.modalities, ","), gr.Type, gr.Subject, gr.Object, gr.Modality})
			}
		}
		for _, pg := range groups {
			if !pg.matched {
				rep.Misses = append(rep.Misses, Miss{g.ID, "spurious", pg.rel.Type, pg.rel.Subject.Text, pg.rel.Object.Text, strings.Join(pg.modalities, ",")})
			}
		}
		rep.Entities.add(scoreEntities(g, doc))
	}
	for _, c := range rep.ByType {
		rep.Overall.add(*c)
	}
	return rep
}

func scoreEntities(g GoldDoc, doc *khabar.Document) Counts {
	var c Counts
	type key struct{ text, typ string }
	pred := map[key]bool{}
	for _, e := range doc.Entities {
		if e.Form == "" {
			pred[key{lenient(e.Text), e.Type}] = true
		}
	}
	gold := map[key]bool{}
	for _, e := range g.Entities {
		gold[key{lenient(e.Text), normType(e.Type)}] = true
	}
	c.Gold, c.Pred = len(gold), len(pred)
	for k := range gold {
		if pred[k] {
			c.TP++
		}
	}
	c.ModalityCorrect = c.TP
	return c
}

func normType(t string) string {
	if t == "PERS" {
		return "PER"
	}
	return t
}

// canon is the identity of a predicted argument: its entity, else its text.
func canon(a khabar.Argument) string {
	if a.Entity != "" {
		return a.Entity
	}
	return lenient(a.Text)
}

// lenient is the comparison form of a surface string: token keys, with the
// proclitics of the first token removed.
func lenient(s string) string {
	toks := token.Tokenize(s)
	keys := make([]string, 0, len(toks))
	for i, t := range toks {
		k := t.Key
		if i == 0 && len(t.Readings) > 1 {
			// The longest plain clitic reading whose stem keeps a letter beyond two.
			for _, r := range t.Readings[1:] {
				if r.Prefix == "" || r.Future() {
					continue
				}
				if strings.HasPrefix(r.Stem, "ال") && !strings.HasSuffix(t.Key, r.Stem) {
					k = r.Stem // ل + ال written لل
					break
				}
				k = r.Stem
			}
		}
		keys = append(keys, k)
	}
	return strings.Join(keys, " ")
}

func argMatch(gold string, a khabar.Argument, doc *khabar.Document, m *gazetteer.Matcher) bool {
	g := lenient(gold)
	if g == lenient(a.Text) {
		return true
	}
	if a.Entity == "" {
		return false
	}
	for _, e := range doc.Entities {
		if e.Entity == a.Entity && lenient(e.Text) == g {
			return true
		}
	}
	if e := m.Entry(a.Entity); e != nil {
		for _, names := range e.Names {
			for _, n := range names {
				if lenient(n) == g {
					return true // تنظيم داعش and داعش are one entry
				}
			}
		}
	}
	return false
}
