package khabar

import (
	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/relation"
)

// A Document is the result of the pipeline on one text; its JSON form is
// khabar's output format (see DESIGN.md and the README).
type Document struct {
	ID        string     `json:"id"`
	Lang      string     `json:"lang,omitempty"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	// Rejected lists, with Config.Explain, each rule that did not fire on
	// a trigger word and the first constraint that failed.
	Rejected []Rejection `json:"rejected,omitempty"`
	// Error is set, and the lists are empty, when the input could not be
	// read (a bad JSON Lines record).
	Error string `json:"error,omitempty"`
}

// A Rejection is a rule that did not fire on a trigger word, and why.
type Rejection struct {
	Rule    string `json:"rule"`
	Trigger Span   `json:"trigger"`
	Reason  string `json:"reason"`
}

// An Attribution credits a reported fact to its source.
type Attribution struct {
	Cue    Span   `json:"cue"`              // the reporting word: قال, وفق, said
	Source Span   `json:"source"`           // who reports: a mention or a phrase
	Entity string `json:"entity,omitempty"` // the source's entity, when linked
}

// An Explanation says how a relation's rule filled its slots.
type Explanation struct {
	Subject SlotFill `json:"subject"`
	Object  SlotFill `json:"object"`
}

// A SlotFill is a rule's slot as written and how it was filled.
type SlotFill struct {
	Slot string `json:"slot"`
	How  string `json:"how"`
}

// An Entity is one mention of a named thing.
type Entity struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Type    string `json:"type"`
	Subtype string `json:"subtype,omitempty"`
	Entity  string `json:"entity,omitempty"` // gazetteer entry ID
	Name    string `json:"name,omitempty"`   // canonical name
	Source  string `json:"source"`           // gazetteer, rule or alias
	Rule    string `json:"rule,omitempty"`   // context rule, for source "rule"
	// Form is "nisba" for a nisba adjective or demonym standing for a place
	// (الإسرائيلي, Israeli), "descriptive" for a country's institution
	// described by a generic head and the country's nisba (الجيش العراقي,
	// البرلمان البريطاني): such mentions are linked but are no names, and
	// the news scorers leave them out. Empty for a name.
	Form       string   `json:"form,omitempty"`
	Candidates []string `json:"candidates,omitempty"` // other entries an ambiguous name may be
}

// An Argument is an entity as an argument of a relation.
type Argument struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Entity string `json:"entity,omitempty"`
}

// A Span is a stretch of the input.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

// A Relation is one fact: Subject did Type to Object.
type Relation struct {
	Type     string   `json:"type"`
	Modality string   `json:"modality"` // asserted, future or negated
	Rule     string   `json:"rule"`
	Subject  Argument `json:"subject"`
	Object   Argument `json:"object"`
	Trigger  Span     `json:"trigger"`
	Sentence Span     `json:"sentence"`
	Role     string   `json:"role,omitempty"` // holds-position: the office, as written
	// Attribution is set when the fact is reported (قال، وفق، according to).
	Attribution *Attribution `json:"attribution,omitempty"`
	// Explain is set with Config.Explain.
	Explain *Explanation `json:"explain,omitempty"`
}

// setEntity sets e, a zero Entity, to mention m.
func setEntity(e *Entity, m *entity.Mention) {
	e.Start, e.End, e.Text, e.Type, e.Subtype = m.Start, m.End, m.Text, string(m.Type), m.Subtype
	e.Entity, e.Name, e.Source, e.Rule, e.Candidates = m.Entity, m.Name, m.Source, m.Rule, m.Candidates
	switch {
	case m.Nisba:
		e.Form = "nisba"
	case m.Descriptive:
		e.Form = "descriptive"
	}
}

func argumentOf(m *entity.Mention) Argument {
	return Argument{Start: m.Start, End: m.End, Text: m.Text, Type: string(m.Type), Entity: m.Entity}
}

// setRelation sets out, a zero Relation, to r.
func setRelation(out *Relation, r *relation.Relation) {
	out.Type, out.Modality, out.Rule = r.Type, string(r.Modality), r.Rule
	out.Subject, out.Object = argumentOf(&r.Subject), argumentOf(&r.Object)
	out.Trigger = Span{r.Trigger.Start, r.Trigger.End, r.Trigger.Text}
	out.Sentence = Span{Start: r.Sentence.Start, End: r.Sentence.End}
	out.Role = r.Role
	if a := r.Attribution; a != nil {
		out.Attribution = &Attribution{
			Cue:    Span{a.Cue.Start, a.Cue.End, a.Cue.Text},
			Source: Span{a.Source.Start, a.Source.End, a.Source.Text},
			Entity: a.Entity,
		}
	}
	if e := r.Explain; e != nil {
		out.Explain = &Explanation{
			Subject: SlotFill{Slot: e.Subject.Slot, How: e.Subject.How},
			Object:  SlotFill{Slot: e.Object.Slot, How: e.Object.How},
		}
	}
}
