// Package khabar turns Arabic and English news text into structured facts:
// the people, places and organisations it names, linked to gazetteer
// entries, and what they did to each other (visited, met-with,
// signed-agreement ...), each with its exact source span.
//
// A Pipeline wires the stages: package token splits the text, package
// gazetteer finds known names, package entity recognises mentions and
// package relation extracts facts. Offsets in every result are byte offsets
// into the caller's UTF-8 input, and Text is always input[Start:End].
// Invalid UTF-8 is accepted and passed through.
//
//	p, err := khabar.Default()
//	if err != nil { ... }
//	doc := p.Extract("h01", "زار أيمن الصفدي دمشق")
//	for _, e := range doc.Entities { fmt.Println(e.Text, e.Type, e.Entity) }
package khabar

import (
	"errors"
	"slices"
	"sync"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/relation"
	"github.com/khabar-nlp/khabar/token"
)

// Config chooses the data of a Pipeline. The zero value gives the default
// pipeline: the embedded gazetteer, name lexicon and rules.
type Config struct {
	// Entries are added to the gazetteer (to the default one unless
	// NoDefaultGazetteer is set).
	Entries []gazetteer.Entry
	// NoDefaultGazetteer leaves out the embedded gazetteer and name lexicon.
	NoDefaultGazetteer bool
	// Matcher, if set, is the gazetteer, used as it is: a compiled
	// gazetteer (gazetteer.LoadCompiled) loads in a fraction of the time
	// of compiling its entries. It takes the place of the default
	// gazetteer (compile that in, as khabar gazetteer compile does, to keep
	// it) but not of the default name lexicon; Entries must then be empty.
	Matcher *gazetteer.Matcher
	// Rules are added to the relation rules (to the default ones unless
	// NoDefaultRules is set).
	Rules []relation.Rule
	// NoDefaultRules leaves out the embedded relation rules.
	NoDefaultRules bool
	// GazetteerOnly turns the entity context rules off: only names of the
	// gazetteer (and their surnames after a full mention) are found.
	GazetteerOnly bool
	// Explain adds to each relation how its rule filled the slots, and to
	// each document the rules that did not fire on a trigger word and why.
	Explain bool
}

// scratches holds what Extract reuses from one call to the next: token
// and readings arrays and the mentions array, of at most maxReusedTokens
// tokens (a few MB), so that one long text is not kept. A pooled scratch
// may keep the last text it tokenised until it is reused.
var scratches sync.Pool

// A scratch is the reusable part of one Extract call.
type scratch struct {
	toks token.Buffer
	ms   []entity.Mention
}

const maxReusedTokens = 1 << 16

// A Pipeline extracts entities and relations from text. It is immutable and
// safe for concurrent use by many goroutines.
type Pipeline struct {
	recognizer entity.Recognizer
	rules      *relation.RuleSet
	explain    bool
}

// New builds a Pipeline from cfg.
func New(cfg Config) (*Pipeline, error) {
	p := &Pipeline{explain: cfg.Explain}
	p.recognizer.GazetteerOnly = cfg.GazetteerOnly
	var entries []gazetteer.Entry
	if cfg.Matcher != nil {
		if len(cfg.Entries) > 0 {
			return nil, errors.New("khabar: Config.Matcher and Config.Entries cannot be combined; compile the entries into the matcher")
		}
		p.recognizer.Matcher = cfg.Matcher
		if !cfg.NoDefaultGazetteer {
			p.recognizer.Names = world.PersonNames()
			p.recognizer.FirstNames = world.FirstNames()
		}
	} else if !cfg.NoDefaultGazetteer {
		def, err := world.Entries()
		if err != nil {
			return nil, err
		}
		p.recognizer.Names = world.PersonNames()
		p.recognizer.FirstNames = world.FirstNames()
		if len(cfg.Entries) == 0 {
			m, err := world.Matcher()
			if err != nil {
				return nil, err
			}
			p.recognizer.Matcher = m
		} else {
			entries = slices.Concat(def, cfg.Entries)
		}
	} else {
		entries = cfg.Entries
	}
	if p.recognizer.Matcher == nil {
		m, err := gazetteer.Compile(entries)
		if err != nil {
			return nil, err
		}
		p.recognizer.Matcher = m
	}
	var rules []relation.Rule
	if !cfg.NoDefaultRules {
		def, err := relation.Default()
		if err != nil {
			return nil, err
		}
		if len(cfg.Rules) == 0 {
			p.rules = def
		} else {
			rules = slices.Concat(def.Rules(), cfg.Rules)
		}
	} else {
		rules = cfg.Rules
	}
	if p.rules == nil {
		rs, err := relation.Compile(rules)
		if err != nil {
			return nil, err
		}
		p.rules = rs
	}
	return p, nil
}

// Gazetteer returns the pipeline's compiled gazetteer.
func (p *Pipeline) Gazetteer() *gazetteer.Matcher { return p.recognizer.Matcher }

var defaultPipeline = sync.OnceValues(func() (*Pipeline, error) { return New(Config{}) })

// Default returns the pipeline on the embedded data, building it once, on
// first use.
func Default() (*Pipeline, error) { return defaultPipeline() }

// Extract runs the pipeline on text and returns its document, with id as
// its ID.
func (p *Pipeline) Extract(id, text string) *Document {
	// The token, readings and mention arrays are reused from one call to
	// the next: nothing the document holds points into them.
	sc, _ := scratches.Get().(*scratch)
	if sc == nil {
		sc = new(scratch)
	}
	toks := sc.toks.Tokenize(text)
	if len(toks) == 0 {
		// An empty or blank line, a third of the lines of news archives
		// between paragraphs: nothing to find, without the rules' and the
		// relations' fixed cost of a call.
		scratches.Put(sc)
		doc := newDocument(0)
		doc.ID = id
		doc.Relations = []Relation{}
		return doc
	}
	ms := p.recognizer.RecognizeInto(sc.ms, text, toks)
	defer func() {
		if cap(toks) <= maxReusedTokens {
			// The tokens are not cleared (sc.toks.Reset): the next text
			// writes over them, and until then the readings array, which
			// Reset keeps, holds this text's keys all the same; clearing
			// some 90 bytes a token cost more than the rest of this
			// function.
			clear(ms) // no strings of this text kept in the mentions
			sc.ms = ms[:0]
			scratches.Put(sc)
		}
	}()
	var (
		rels     []relation.Relation
		rejected []relation.Rejection
	)
	if p.explain {
		rels, rejected = p.rules.ExtractExplain(text, toks, ms)
	} else {
		rels = p.rules.Extract(text, toks, ms)
	}
	doc := newDocument(len(ms))
	doc.ID = id
	doc.Relations = make([]Relation, len(rels))
	if len(rejected) > 0 { // nil when there are none, as before
		doc.Rejected = make([]Rejection, len(rejected))
		for i := range rejected {
			rj := &rejected[i]
			doc.Rejected[i] = Rejection{Rule: rj.Rule, Trigger: Span{rj.Trigger.Start, rj.Trigger.End, rj.Trigger.Text}, Reason: rj.Reason}
		}
	}
	// The results are written in place: a struct returned and appended
	// is copied twice, through the stack, with a write barrier for each
	// string while the garbage collector marks.
	for i := range ms {
		setEntity(&doc.Entities[i], &ms[i])
	}
	for i := range rels {
		setRelation(&doc.Relations[i], &rels[i])
	}
	return doc
}

// newDocument returns a Document with n zero Entities (an empty, non-nil
// slice for none, which encodes as [] and not null). Most documents have
// a few entities: for up to four, the Document and the array of its
// entities are one allocation.
func newDocument(n int) *Document {
	var doc *Document
	switch n {
	case 0:
		return &Document{Entities: []Entity{}}
	case 1:
		x := new(struct {
			doc Document
			e   [1]Entity
		})
		doc = &x.doc
		doc.Entities = x.e[:]
	case 2:
		x := new(struct {
			doc Document
			e   [2]Entity
		})
		doc = &x.doc
		doc.Entities = x.e[:]
	case 3:
		x := new(struct {
			doc Document
			e   [3]Entity
		})
		doc = &x.doc
		doc.Entities = x.e[:]
	case 4:
		x := new(struct {
			doc Document
			e   [4]Entity
		})
		doc = &x.doc
		doc.Entities = x.e[:]
	default:
		doc = &Document{Entities: make([]Entity, n)}
	}
	return doc
}
