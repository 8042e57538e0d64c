// Package entity recognises the people, places, organisations and other
// named things mentioned in tokenised text.
//
// A Recognizer combines three sources, in this order of precedence:
//
//  1. gazetteer matches (Source "gazetteer"): names of a gazetteer.Matcher,
//     linked to their entries;
//  2. context rules (Source "rule"): a title or office (وزير الخارجية العراقي،
//     الرئيس، الملك، الأمين العام) followed by one to four name tokens that no
//     gazetteer holds gives a PER mention; Mention.Rule names the rule;
//  3. in-document aliases (Source "alias"): after a person's full name, the
//     surname alone (غانتس after بيني غانتس) is the same person, with the same
//     entity ID.
//
// Offsets are byte offsets into the caller's text and Mention.Text is always
// text[Start:End]. A mention never includes the proclitics of its first
// token when they can be cut off the surface (بالرباط gives الرباط).
package entity

import (
	"github.com/khabar-nlp/khabar/gazetteer"
)

// Sources of a mention.
const (
	SourceGazetteer = "gazetteer"
	SourceRule      = "rule"
	SourceAlias     = "alias"
)

// A Mention is one occurrence of a named thing in the text.
type Mention struct {
	Start, End int            // byte offsets into the input
	Text       string         // input[Start:End]
	Type       gazetteer.Type // PER, LOC, ORG or MISC
	Subtype    string         // from the entry, if any
	Entity     string         // entry ID; empty for a name no gazetteer holds
	Name       string         // canonical name of the entry, or the surface text
	Source     string         // SourceGazetteer, SourceRule or SourceAlias
	Rule       string         // ID of the context rule, for SourceRule
	// Nisba is set when the mention is a nisba adjective or demonym
	// (الإسرائيلي, Israeli) standing for its place, not the place's name.
	Nisba bool
	// Candidates holds the IDs of the other entries the name may refer to,
	// when it is ambiguous; Entity is the chosen one.
	Candidates []string
	// Clitic holds the proclitics (as a key: و, ب, لل ...) that the first
	// token carries before the name, whether or not Start excludes them.
	Clitic string
	// First and Last are the token indices of the mention, Last exclusive.
	First, Last int
}
