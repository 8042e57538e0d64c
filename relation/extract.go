package relation

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/token"
	"github.com/kljensen/snowball/english"
)

// Modality says whether a relation happened, is planned or was denied.
type Modality string

// The modalities.
const (
	Asserted Modality = "asserted"
	Future   Modality = "future"
	Negated  Modality = "negated"
)

// A Span is a stretch of the input, in byte offsets.
type Span struct {
	Start, End int
	Text       string
}

// A Relation is one fact: Subject did Type to Object.
type Relation struct {
	Type     string
	Modality Modality
	Rule     string // ID of the rule that produced it
	Subject  entity.Mention
	Object   entity.Mention
	Trigger  Span
	Sentence Span
	Role     string // holds-position: the office (وزير الدفاع)
	// Attribution is set when the fact is reported: who says so.
	Attribution *Attribution
	// Explain is set by ExtractExplain.
	Explain *Explanation
}

// A RuleSet is a compiled set of rules. It is immutable and safe for
// concurrent use.
type RuleSet struct {
	rules  []Rule
	exact  map[string][]int // trigger key → rule indices
	prefix []prefixTrigger
	// exactBits is a filter on the keys of exact: a word whose bit is
	// unset is no exact trigger, and most words are told so without a
	// map lookup.
	exactBits keyFilter
	// readings answers lookupReading for the words with an exact trigger,
	// as they are or without the article: the keys of exact and, for each,
	// the key with the article, with the rules lookupReading gave it.
	// readingBits is a filter on its keys.
	readings    map[string][]int
	readingBits keyFilter
	// heads is a filter on the heads (see stemHead) of the stems of at
	// least prefixHead bytes that lookupReading finds rules for, when
	// headsOK: a stem whose head is not in it has no trigger, and most
	// stems are told so with one hash of six bytes.
	heads   keyFilter
	headsOK bool
	// prefixHeads indexes prefix by the hash of a key's first
	// prefixHead bytes; shortPrefix holds the keys shorter than that.
	prefixHeads [prefixBuckets][]int
	shortPrefix []int
	ruleVia     [][2]map[string]bool // per rule: subject and object particles as keys
	pairKey     []string
	nearKeys    [][]nearWord
	notAfter    []map[string]bool // per rule: words right after which it does not fire
}

type nearWord struct {
	key    string
	prefix bool
}

type prefixTrigger struct {
	key  string
	rule int
}

// Compile builds a RuleSet from rules. Rules are copied.
func Compile(rules []Rule) (*RuleSet, error) {
	rs := &RuleSet{rules: slices.Clone(rules), exact: map[string][]int{}}
	ids := map[string]bool{}
	for i, r := range rs.rules {
		if ids[r.ID] {
			return nil, fmt.Errorf("relation: %s: duplicate rule ID %s", r.Origin, r.ID)
		}
		ids[r.ID] = true
		for _, tr := range r.Triggers {
			isPrefix := strings.HasSuffix(tr, "*")
			key := triggerKey(strings.TrimSuffix(tr, "*"))
			if key == "" {
				return nil, fmt.Errorf("relation: %s: empty trigger in rule %s", r.Origin, r.ID)
			}
			keys := []string{key}
			if r.Lang == "en" { // English triggers match every form with their stem
				keys = append(keys, english.Stem(key, false))
			}
			for _, k := range keys {
				if isPrefix {
					rs.prefix = append(rs.prefix, prefixTrigger{k, i})
				} else if !slices.Contains(rs.exact[k], i) {
					rs.exact[k] = append(rs.exact[k], i)
				}
			}
		}
		var via [2]map[string]bool
		for j, sl := range [2]Slot{r.Subject, r.Object} {
			via[j] = map[string]bool{}
			for _, v := range sl.Via {
				via[j][triggerKey(v)] = true
			}
		}
		rs.ruleVia = append(rs.ruleVia, via)
		rs.pairKey = append(rs.pairKey, triggerKey(r.Object.Pair))
		var near []nearWord
		for _, w := range r.Near {
			near = append(near, nearWord{triggerKey(strings.TrimSuffix(w, "*")), strings.HasSuffix(w, "*")})
		}
		rs.nearKeys = append(rs.nearKeys, near)
		notAfter := map[string]bool{}
		for _, w := range r.NotAfter {
			notAfter[triggerKey(w)] = true
		}
		rs.notAfter = append(rs.notAfter, notAfter)
	}
	for k := range rs.exact {
		rs.exactBits.add(k)
	}
	for p, pt := range rs.prefix {
		if len(pt.key) < prefixHead {
			rs.shortPrefix = append(rs.shortPrefix, p)
		} else {
			h := headHash(pt.key)
			rs.prefixHeads[h] = append(rs.prefixHeads[h], p)
		}
	}
	rs.readings = make(map[string][]int, 2*len(rs.exact))
	for k, rules := range rs.exact {
		rs.readings[k] = rules
	}
	for k := range rs.exact {
		if a := "ال" + k; rs.exact[a] == nil && stripArticle(a) == k {
			// What the prefix triggers say of the word with the article
			// comes first, as in lookupReading.
			if rules := rs.lookup(a); rules != nil {
				rs.readings[a] = rules
			} else {
				rs.readings[a] = rs.exact[k]
			}
		}
	}
	for k := range rs.readings {
		rs.readingBits.add(k)
		if len(k) >= prefixHead {
			rs.heads.addHash(stemHead(k))
		}
	}
	// A stem matching a prefix trigger starts with it, after the article
	// or not: its head is the trigger's head, or that of the trigger
	// without the article. A prefix trigger with the article that is too
	// short to give a head after it leaves the filter unused.
	rs.headsOK = len(rs.shortPrefix) == 0
	for _, pt := range rs.prefix {
		if len(pt.key) < prefixHead || strings.HasPrefix(pt.key, "ال") && len(pt.key) < len("ال")+prefixHead {
			rs.headsOK = false
			continue
		}
		rs.heads.addHash(stemHead(pt.key))
		rs.heads.addHash(headHash16(pt.key))
	}
	return rs, nil
}

// The sizes of the prefix trigger index of a RuleSet.
const (
	prefixHead    = 6 // bytes: three Arabic letters
	prefixBuckets = 1024
)

// A keyFilter is a set of words that may give false positives but no false
// negatives: a word it does not hold is in no map built from the same
// words, and most words are told so without a map lookup.
type keyFilter [1 << 16 / 64]uint64

// keyHash hashes a word for a keyFilter from its length and its first,
// middle and last bytes (for Arabic, which is two bytes a letter, the
// bytes that tell letters apart). It is small enough to be inlined.
func keyHash(s string) uint32 {
	if len(s) < 2 {
		return uint32(len(s))
	}
	m := len(s) / 2
	h := uint32(s[1]) | uint32(s[m])<<8 | uint32(s[len(s)-1])<<16 | uint32(len(s))<<24
	h ^= uint32(s[0]) ^ uint32(s[m-1])<<9 ^ uint32(s[len(s)-2])<<18
	return h * 2654435761 >> 16
}

func (f *keyFilter) add(s string) {
	h := keyHash(s)
	f[h/64] |= 1 << (h % 64)
}

// has reports whether s may be in the set.
func (f *keyFilter) has(s string) bool {
	h := keyHash(s)
	return f[h>>6%uint32(len(f))]>>(h%64)&1 != 0
}

// addHash and hasHash are add and has for a hash already computed:
// keyHash's, or another of 16 bits (a filter holds the hashes of one
// function only).
func (f *keyFilter) addHash(h uint32) { f[h>>6%uint32(len(f))] |= 1 << (h % 64) }

func (f *keyFilter) hasHash(h uint32) bool { return f[h>>6%uint32(len(f))]>>(h%64)&1 != 0 }

// stemHead hashes the head of a stem of at least prefixHead bytes for
// RuleSet.heads: its first prefixHead bytes, or those after the article
// when it is long enough to have them.
func stemHead(s string) uint32 {
	if len(s) >= len("ال")+prefixHead && s[:len("ال")] == "ال" {
		s = s[len("ال"):]
	}
	return headHash16(s)
}

// headHash16 hashes the first prefixHead bytes of s, which has at least
// as many, to 16 bits.
func headHash16(s string) uint32 {
	_ = s[prefixHead-1]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 | uint64(s[4])<<32 | uint64(s[5])<<40
	return uint32(x * 0x9e3779b97f4a7c15 >> 48)
}

// headHash hashes the first prefixHead bytes of s, which has at least as
// many, to a bucket of prefixHeads.
func headHash(s string) uint32 {
	_ = s[prefixHead-1]
	h := uint32(s[0]) ^ uint32(s[1])<<3 ^ uint32(s[2])<<7 ^ uint32(s[3])<<11 ^ uint32(s[4])<<15 ^ uint32(s[5])<<19
	return h * 2654435761 >> 22 // 10 bits: prefixBuckets
}

// exactRules returns the rules whose trigger is the word stem.
func (rs *RuleSet) exactRules(stem string) []int {
	if !rs.exactBits.has(stem) {
		return nil
	}
	return rs.exact[stem]
}

// prefixRules returns the rules of the prefix triggers that stem starts
// with, in the order of prefix.
func (rs *RuleSet) prefixRules(stem string) []int {
	var rules []int
	if len(rs.shortPrefix) == 0 { // the prefixes all have a head: one bucket holds those of stem
		if len(stem) >= prefixHead {
			for _, p := range rs.prefixHeads[headHash(stem)] {
				if strings.HasPrefix(stem, rs.prefix[p].key) {
					rules = append(rules, rs.prefix[p].rule)
				}
			}
		}
		return rules
	}
	// Short prefixes too: gather the prefixes that match and put them back
	// in order.
	var hits []int
	add := func(ps []int) {
		for _, p := range ps {
			if strings.HasPrefix(stem, rs.prefix[p].key) {
				hits = append(hits, p)
			}
		}
	}
	add(rs.shortPrefix)
	if len(stem) >= prefixHead {
		add(rs.prefixHeads[headHash(stem)])
	}
	slices.Sort(hits)
	for _, p := range hits {
		rules = append(rules, rs.prefix[p].rule)
	}
	return rules
}

// LoadRules reads and compiles the rule files at paths.
func LoadRules(paths ...string) (*RuleSet, error) {
	var all []Rule
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("relation: %w", err)
		}
		rules, err := ParseRules(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		all = append(all, rules...)
	}
	return Compile(all)
}

// Rules returns the rules of the set. The slice is shared: do not modify it.
func (rs *RuleSet) Rules() []Rule { return rs.rules }

func triggerKey(w string) string {
	toks := token.Tokenize(w)
	if len(toks) != 1 {
		return strings.ToLower(arabic.Normalize(w))
	}
	return toks[0].Key
}

// triggerAt returns the rules whose trigger is token i, with the reading
// that matched.
func (rs *RuleSet) triggerAt(t *token.Token) (rules []int, rd arabic.Reading) {
	if t.Readings == nil { // the key, then the English stem, as readings
		if rules = rs.lookupReading(t.Key); rules != nil {
			return rules, arabic.Reading{Stem: t.Key}
		}
		if t.Stem != "" && t.Stem != t.Key {
			if rules = rs.lookupReading(t.Stem); rules != nil {
				return rules, arabic.Reading{Stem: t.Stem}
			}
		}
		return nil, arabic.Reading{}
	}
	for k := range t.Readings {
		if stem := t.Readings[k].Stem; rs.passes(stem) {
			if rules = rs.lookupCandidate(stem); rules != nil {
				return rules, t.Readings[k]
			}
		}
	}
	return nil, arabic.Reading{}
}

// nextCandidate returns the index of the first token of toks from i on
// that may be a trigger word, outside punctuation, numbers and the
// mentions (at[j] >= 0; at may be nil), or len(toks): a word without
// readings, or one a reading of which passes (see passes, written out
// here: a call for every word is too dear). triggerAt finds no rules for
// the words it passes over.
func (rs *RuleSet) nextCandidate(toks []token.Token, at []int, i int) int {
	if !rs.headsOK {
		for ; i < len(toks); i++ {
			if t := &toks[i]; t.Script != token.Punct && t.Script != token.Digit && (at == nil || at[i] < 0) {
				return i
			}
		}
		return len(toks)
	}
	// Digit and Punct are adjacent: one comparison (unsigned) tells a
	// token of either. A nil at has no length: no token is in a mention.
	// (digitPunctAdjacent fails to compile if token's order changes.)
	heads, readingBits := &rs.heads, &rs.readingBits
	for ; i < len(toks); i++ {
		t := &toks[i]
		if t.Script-token.Digit <= token.Punct-token.Digit || i < len(at) && at[i] >= 0 {
			continue
		}
		rds := t.Readings
		if rds == nil {
			return i
		}
		for k := range rds {
			stem := rds[k].Stem
			if len(stem) < prefixHead {
				if readingBits.hasHash(keyHash(stem)) {
					return i
				}
				continue
			}
			// "ال" is D8 A7 D9 84, read as one little-endian word. The
			// article is skipped without a branch: one on it would
			// mispredict, half the words having it.
			// isAl is 1 when the stem starts with it, long when it has a
			// head after it (bit 63 of a difference is its sign).
			isAl := (uint64(uint32(stem[0])|uint32(stem[1])<<8|uint32(stem[2])<<16|uint32(stem[3])<<24^0x84D9A7D8) - 1) >> 63
			long := uint64(len("ال")+prefixHead-1-len(stem)) >> 63
			off := int(isAl&long) * len("ال")
			if heads.hasHash(headHash16(stem[off:])) {
				return i
			}
		}
	}
	return len(toks)
}

// passes reports whether stem may have rules, told from the filters: false
// when its head is none of the triggers' (see heads) or, for a stem too
// short for a head (no prefix trigger is that short), when it is no key of
// readings.
func (rs *RuleSet) passes(stem string) bool {
	if !rs.headsOK {
		return true
	}
	if len(stem) < prefixHead {
		return rs.readingBits.hasHash(keyHash(stem))
	}
	return rs.heads.hasHash(stemHead(stem))
}

// lookupReading returns the rules triggered by the stem of a reading,
// as it is or without the article: its exact triggers, else its prefix
// triggers, else those of the stem without the article.
func (rs *RuleSet) lookupReading(stem string) []int {
	if !rs.passes(stem) {
		return nil
	}
	return rs.lookupCandidate(stem)
}

// lookupCandidate is lookupReading without the heads filter. The exact
// triggers of the stem and of the stem without the article are one
// look-up in readings.
func (rs *RuleSet) lookupCandidate(stem string) []int {
	if rs.readingBits.has(stem) {
		if rules := rs.readings[stem]; rules != nil {
			return rules
		}
	}
	// Neither stem nor stem without the article is an exact trigger.
	if rules := rs.prefixLookup(stem); rules != nil {
		return rules
	}
	if s := stripArticle(stem); len(s) != len(stem) {
		return rs.prefixLookup(s)
	}
	return nil
}

// prefixLookup is prefixRules, sparing the call when no prefix trigger can
// match.
func (rs *RuleSet) prefixLookup(stem string) []int {
	if len(rs.shortPrefix) == 0 && (len(stem) < prefixHead || len(rs.prefixHeads[headHash(stem)]) == 0) {
		return nil
	}
	return rs.prefixRules(stem)
}

// lookup returns the rules whose trigger is the word stem: its exact
// triggers, else its prefix triggers.
func (rs *RuleSet) lookup(stem string) []int {
	if hit := rs.exactRules(stem); hit != nil {
		return hit
	}
	return rs.prefixLookup(stem)
}

// stripArticle returns s without the article ال, as arabic.StripArticle
// does: only when at least two letters remain.
func stripArticle(s string) string {
	const al = "ال"
	if !strings.HasPrefix(s, al) {
		return s
	}
	// Two runes or more: the first does not end the rest (arabic.StripArticle
	// counts them all).
	if rest := s[len(al):]; rest != "" {
		n := 2 // a letter of the Arabic block, without a call
		if c := rest[0]; c < 0xC2 || c >= 0xE0 || len(rest) < 2 || rest[1]&0xC0 != 0x80 {
			_, n = utf8.DecodeRuneInString(rest)
		}
		if n < len(rest) {
			return rest
		}
	}
	return s
}

// digitPunctAdjacent stops the build if token.Punct no longer follows
// token.Digit, as nextCandidate's one-comparison test needs.
var _ = [1]struct{}{}[token.Punct-token.Digit-1]
