package relation

import (
	"fmt"
	"os"
	"slices"
	"strings"

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
	rules    []Rule
	exact    map[string][]int // trigger key → rule indices
	prefix   []prefixTrigger
	ruleVia  [][2]map[string]bool // per rule: subject and object particles as keys
	pairKey  []string
	nearKeys [][]nearWord
	notAfter []map[string]bool // per rule: words right after which it does not fire
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
	return rs, nil
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
	readings := t.Readings
	if readings == nil {
		readings = []arabic.Reading{{Stem: t.Key}}
		if t.Stem != "" && t.Stem != t.Key {
			readings = append(readings, arabic.Reading{Stem: t.Stem})
		}
	}
	for _, r := range readings {
		for _, stem := range [2]string{r.Stem, stripArticle(r.Stem)} {
			if hit := rs.exact[stem]; hit != nil {
				return hit, r
			}
			for _, p := range rs.prefix {
				if strings.HasPrefix(stem, p.key) {
					rules = append(rules, p.rule)
				}
			}
			if rules != nil {
				return rules, r
			}
		}
	}
	return nil, arabic.Reading{}
}

func stripArticle(s string) string {
	s, _ = arabic.StripArticle(s)
	return s
}
