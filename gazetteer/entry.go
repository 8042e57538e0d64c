// Package gazetteer holds lists of named entities and finds their names in
// tokenised text.
//
// An Entry is one person, place, organisation or other named thing, with its
// names in each language and, for places, the nisba adjectives and
// demonyms formed on them. Entries are read from JSON Lines files
// (ReadJSONL) or from plain lists of names (ReadList), and compiled into an
// immutable Matcher (Compile).
//
// # Matching
//
// A Matcher finds names as whole tokens: a name of three words matches three
// consecutive tokens whose keys (see package token) equal the keys of the
// name's words. Keys are normalised, so letter variants (أ/ا, ى/ي, ة/ه),
// diacritics and tatweel never prevent a match. The first token of a match
// may carry proclitics that the name lacks: وبالرباط, للرباط (ل with the
// article's alef elided) and لواشنطن all match; Match.Prefix says how much of
// the first token is clitic. Words after the first must stand as written.
//
// Matches are leftmost-longest: scanning from the start of the text, the
// match that starts first wins, and among matches that start at the same
// token the one with most tokens wins; among readings of equal length, the
// one with the shortest proclitic wins. Matches never overlap. A token that
// starts no name but is a nisba adjective of a place (الإسرائيلية) or an
// English demonym (Israeli) matches that place with Match.Nisba set.
//
// A Latin name whose first letter is upper case matches only text whose
// first letter is upper case, so that "May" or "Chad" do not fire on the
// words "may" and "chad". Likewise a one-word Arabic name that shares its
// key with a function word (علي and على) matches only text written with ya.
//
// When several entries share a name, all of them are kept on the match as
// candidates, ordered by Rank (highest first) and then by ID, so the choice
// is deterministic.
package gazetteer

import (
	"fmt"
	"strings"
)

// Type is the type of a named entity, from the tag set of ANERcorp and CoNLL.
type Type string

// The entity types.
const (
	PER  Type = "PER"
	LOC  Type = "LOC"
	ORG  Type = "ORG"
	MISC Type = "MISC"
)

// Valid reports whether t is one of PER, LOC, ORG and MISC.
func (t Type) Valid() bool {
	switch t {
	case PER, LOC, ORG, MISC:
		return true
	}
	return false
}

// ParseType returns the Type named by s, accepting the ANERcorp spelling
// PERS and any letter case.
func ParseType(s string) (Type, error) {
	t := Type(strings.ToUpper(strings.TrimSpace(s)))
	if t == "PERS" || t == "PERSON" {
		t = PER
	}
	if t == "LOCATION" {
		t = LOC
	}
	if t == "ORGANIZATION" || t == "ORGANISATION" {
		t = ORG
	}
	if !t.Valid() {
		return "", fmt.Errorf("unknown entity type %q (want PER, LOC, ORG or MISC)", s)
	}
	return t, nil
}

// An Entry is one named thing. Names and Demonyms map a language code ("ar",
// "en") to surface forms. Compiled entries are shared by every goroutine that
// uses the Matcher: treat them as read-only.
type Entry struct {
	ID       string              `json:"id"`                 // stable slug with a type prefix: per:benny-gantz
	Type     Type                `json:"type"`               // PER, LOC, ORG or MISC
	Subtype  string              `json:"subtype,omitempty"`  // country, city, politician, party ...
	Name     string              `json:"name,omitempty"`     // canonical display name, in English where known
	Names    map[string][]string `json:"names"`              // surface names per language
	Demonyms map[string][]string `json:"demonyms,omitempty"` // places: Arabic nisba (masculine singular) and English demonyms
	Desc     string              `json:"desc,omitempty"`     // short description: a person's role, a place's country
	Country  string              `json:"country,omitempty"`  // ID of the country an entry belongs to
	Capital  string              `json:"capital,omitempty"`  // countries: ID of the capital
	QID      string              `json:"qid,omitempty"`      // Wikidata ID, where known for sure
	Rank     int64               `json:"rank,omitempty"`     // breaks ties between entries that share a name; higher wins

	origin string // file:line the entry was read from, for errors
	// self holds the entry itself once a Matcher has decoded it, so that a
	// match with this one candidate shares self[:] (set before the entry
	// is published, never changed after).
	self [1]*Entry
}

// Origin returns "file:line" for an entry read by a loader, or "".
func (e *Entry) Origin() string { return e.origin }

// SetOrigin records where the entry was read from ("file:line"), for
// loaders of other formats; errors and khabar gazetteer lookup show it.
func (e *Entry) SetOrigin(origin string) { e.origin = origin }

// Error is a problem with one line of a gazetteer file.
type Error struct {
	File string
	Line int // from 1; 0 when the problem is not on one line
	Err  error
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("gazetteer: %s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("gazetteer: %s:%d: %v", e.File, e.Line, e.Err)
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is every problem found in one load or compile, in order.
type ErrorList []*Error

// maxErrors bounds an ErrorList so that a wrong file does not flood the caller.
const maxErrors = 20

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "gazetteer: no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the errors of the list.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

func (l *ErrorList) add(file string, line int, format string, args ...any) bool {
	*l = append(*l, &Error{File: file, Line: line, Err: fmt.Errorf(format, args...)})
	return len(*l) >= maxErrors
}

func (l ErrorList) err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
