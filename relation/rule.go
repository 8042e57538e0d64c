// Package relation extracts what the entities of a text did to each other —
// visited, met-with, signed-agreement and more — with declarative rules.
//
// # Rule files
//
// A rule file is UTF-8 text, one directive a line; blank lines and lines
// starting with # are ignored. A rule starts with "rule ID" and runs to the
// next rule:
//
//	rule visited.ar.arrive
//	type     visited
//	lang     ar
//	trigger  وصل وصلت يصل تصل وصول*
//	subject  PER ORG  side=after,before window=8 inherit
//	object   LOC      side=after window=12 via=إلى,ل
//	example+ وصل الرئيس التونسي قيس سعيد إلى الرباط
//	example- وصل عدد الضحايا إلى مئة
//
// Directives:
//
//   - type: the relation type, lower case with hyphens.
//   - lang: the language of the triggers, "ar" or "en".
//   - trigger: the words that signal the relation, as written (they are
//     normalised like the text); English triggers also match every word with
//     the same Snowball stem (visit: visits, visited). A word ending in * matches any word that
//     starts with it (زيار* matches زيارة and زيارته). Arabic triggers match
//     through proclitics (وسيلتقي, بزيارة) and the article.
//   - subject, object: the argument slots. First the entity types the slot
//     accepts, then options: side=after, side=before or both in order of
//     preference; window=N, the most tokens between the trigger and the
//     argument, not counting titles, offices, commas and nisba adjectives;
//     via=P,Q: the argument must follow one of these particles, as a word or
//     a proclitic (إلى الرباط, للمغرب, with), and "-" in the list lets an
//     argument without a particle through when none with one is found;
//     reach=N: up to N words may stand between the particle and the argument
//     (هجوماً على منشآت عسكرية إيرانية); nisba: a nisba adjective standing for
//     its place may fill the slot (هجوم إيراني); countries: a place fills
//     the slot only when it is a country or a nisba adjective (a city or a
//     mosque kills nobody: اغتيال الملك عبدالله في باحة المسجد الأقصى);
//     inherit (subject only): when no subject stands in the trigger's
//     clause, take the subject of the previous relation of the sentence (the
//     dropped subject of Arabic); pair=P (object only): "P X و Y" (بين X و Y)
//     gives both arguments.
//   - pattern title: the trigger heads an office (وزير، الأمين العام): the
//     office phrase runs over office words, nisba adjectives and the country
//     or organisation of the office, which is the object (an organisation
//     before a place); the subject is the person named right before the
//     phrase or within the subject's window after it; the office words are
//     the relation's role.
//   - near: words (with * as in trigger) one of which must stand within three
//     tokens after the trigger (قطع needs علاقات*); within=N among the words
//     looks N tokens far instead (وقعت مصر في فبراير الماضي اتفاقية).
//   - not-after: words right after which the trigger does not fire, as a
//     word or with a conjunction (على اتصال مع: in touch, no call).
//   - symmetric: yes for relations whose arguments play the same part
//     (met-with); their arguments keep the order of appearance, and a
//     coordinated subject (X و Y يوقعان) is a pair.
//   - nominal: yes when the triggers are nouns (زيارة); their modality follows
//     the verb of their clause (وسيختتم زيارته is future).
//   - example+, example-: a sentence the rule must, or must not, fire on.
//
// # Modality
//
// A relation is "negated" when a negation (لم لن لا ما ليس, not, never,
// did not) stands right before its trigger in the same clause, or a denial
// (نفى أن, denied) stands up to ten tokens before it in the sentence; "future"
// when the trigger carries the future particle (سيزور) or the لـ of purpose
// (ليبحث), follows سوف, يعتزم, يخطط, will, would or plans to in its clause or such
// a cue right before the أن that opens its clause (من المقرر أن يزور), or
// stands right after English for or to (for talks with, to meet), or,
// for nominal triggers, when the verb of the clause is future; else
// "asserted".
package relation

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
)

// A Rule is one way a relation is expressed.
type Rule struct {
	ID        string
	Type      string // relation type: visited, met-with ...
	Lang      string // "ar" or "en"
	Triggers  []string
	Subject   Slot
	Object    Slot
	Symmetric bool
	Nominal   bool
	// Pattern is "" for trigger-and-slots rules, or "title" for rules whose
	// trigger heads an office (وزير الخارجية العراقي): the object is the
	// country or organisation inside the office phrase and the subject the
	// person named next to it; the office becomes the relation's Role.
	Pattern string
	Near    []string // words one of which must stand within NearWithin tokens after the trigger
	// NearWithin is how many tokens after the trigger Near looks: 3 unless
	// the near directive says within=N.
	NearWithin int
	// NotAfter are words right after which the trigger is no trigger (على
	// اتصال: in touch, no call).
	NotAfter []string
	Examples []Example
	Origin   string // file:line of the rule directive
}

// A Slot says where a rule finds one argument.
type Slot struct {
	Types  []gazetteer.Type
	Sides  []Side // in order of preference
	Window int    // most tokens from the trigger
	Via    []string
	Direct bool // with Via: an argument without a particle is accepted too
	Reach  int  // with Via: most words between the particle and the argument
	Nisba  bool // nisba adjectives (إيرانية) may fill the slot
	// Countries: a place fills the slot only as a country or a nisba
	// adjective; a city, a district or a mosque does not attack or kill.
	Countries bool
	Inherit   bool   // subject: take the previous relation's subject of the sentence
	Pair      string // object: particle introducing "X و Y" that gives both arguments
}

// String returns the slot as a rule file writes it.
func (sl Slot) String() string {
	var parts []string
	for _, t := range sl.Types {
		parts = append(parts, string(t))
	}
	var sides []string
	for _, sd := range sl.Sides {
		if sd == Before {
			sides = append(sides, "before")
		} else {
			sides = append(sides, "after")
		}
	}
	parts = append(parts, "side="+strings.Join(sides, ","), "window="+strconv.Itoa(sl.Window))
	if len(sl.Via) > 0 || sl.Direct {
		v := slices.Clone(sl.Via)
		if sl.Direct {
			v = append(v, "-")
		}
		parts = append(parts, "via="+strings.Join(v, ","))
	}
	if sl.Reach > 0 {
		parts = append(parts, "reach="+strconv.Itoa(sl.Reach))
	}
	if sl.Pair != "" {
		parts = append(parts, "pair="+sl.Pair)
	}
	if sl.Nisba {
		parts = append(parts, "nisba")
	}
	if sl.Countries {
		parts = append(parts, "countries")
	}
	if sl.Inherit {
		parts = append(parts, "inherit")
	}
	return strings.Join(parts, " ")
}

// Side is where an argument stands relative to the trigger.
type Side uint8

// The sides.
const (
	After Side = iota + 1
	Before
)

// An Example is a sentence with the outcome a rule must give on it.
type Example struct {
	Text     string
	Positive bool
	Line     int
}

// Error is a problem in a rule file.
type Error struct {
	File string
	Line int
	Err  error
}

func (e *Error) Error() string { return fmt.Sprintf("relation: %s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ParseRules reads a rule file; name is used in errors. It reports the first
// problem found, with its line.
func ParseRules(r io.Reader, name string) ([]Rule, error) {
	var (
		rules []Rule
		cur   *Rule
		line  int
	)
	fail := func(format string, args ...any) error {
		return &Error{File: name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	finish := func() error {
		if cur == nil {
			return nil
		}
		switch {
		case cur.Type == "":
			return &Error{File: name, Line: line, Err: fmt.Errorf("rule %s has no type", cur.ID)}
		case len(cur.Triggers) == 0:
			return &Error{File: name, Line: line, Err: fmt.Errorf("rule %s has no trigger", cur.ID)}
		case len(cur.Subject.Types) == 0 || len(cur.Object.Types) == 0:
			return &Error{File: name, Line: line, Err: fmt.Errorf("rule %s needs a subject and an object", cur.ID)}
		}
		rules = append(rules, *cur)
		cur = nil
		return nil
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		dir, rest, _ := strings.Cut(s, " ")
		rest = strings.TrimSpace(rest)
		if dir != "rule" && cur == nil {
			return nil, fail("%q before the first rule", dir)
		}
		switch dir {
		case "rule":
			if err := finish(); err != nil {
				return nil, err
			}
			if rest == "" || strings.ContainsAny(rest, " \t") {
				return nil, fail("rule needs one ID without spaces")
			}
			if seen[rest] {
				return nil, fail("duplicate rule ID %s", rest)
			}
			seen[rest] = true
			cur = &Rule{ID: rest, Origin: fmt.Sprintf("%s:%d", name, line)}
		case "type":
			if rest == "" || strings.ContainsAny(rest, " \tABCDEFGHIJKLMNOPQRSTUVWXYZ_") {
				return nil, fail("type must be one lower-case word with hyphens, got %q", rest)
			}
			cur.Type = rest
		case "lang":
			if rest != "ar" && rest != "en" {
				return nil, fail("lang must be ar or en, got %q", rest)
			}
			cur.Lang = rest
		case "trigger":
			words := strings.Fields(rest)
			if len(words) == 0 {
				return nil, fail("trigger needs at least one word")
			}
			cur.Triggers = append(cur.Triggers, words...)
		case "subject", "object":
			slot, err := parseSlot(rest, dir == "subject")
			if err != nil {
				return nil, fail("%s: %v", dir, err)
			}
			if dir == "subject" {
				cur.Subject = slot
			} else {
				cur.Object = slot
			}
		case "symmetric", "nominal":
			b, err := parseBool(rest)
			if err != nil {
				return nil, fail("%s: %v", dir, err)
			}
			if dir == "symmetric" {
				cur.Symmetric = b
			} else {
				cur.Nominal = b
			}
		case "pattern":
			if rest != "title" {
				return nil, fail("pattern must be title, got %q", rest)
			}
			cur.Pattern = rest
		case "not-after":
			words := strings.Fields(rest)
			if len(words) == 0 {
				return nil, fail("not-after needs at least one word")
			}
			cur.NotAfter = append(cur.NotAfter, words...)
		case "near":
			var words []string
			for _, w := range strings.Fields(rest) {
				if v, ok := strings.CutPrefix(w, "within="); ok {
					n, err := strconv.Atoi(v)
					if err != nil || n < 1 {
						return nil, fail("near: within must be a positive number")
					}
					cur.NearWithin = n
					continue
				}
				words = append(words, w)
			}
			if len(words) == 0 {
				return nil, fail("near needs at least one word")
			}
			cur.Near = append(cur.Near, words...)
		case "example+", "example-":
			if rest == "" {
				return nil, fail("%s needs a sentence", dir)
			}
			cur.Examples = append(cur.Examples, Example{Text: rest, Positive: dir == "example+", Line: line})
		default:
			return nil, fail("unknown directive %q", dir)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fail("%v", err)
	}
	if err := finish(); err != nil {
		return nil, err
	}
	return rules, nil
}

func parseBool(s string) (bool, error) {
	switch s {
	case "yes", "true":
		return true, nil
	case "no", "false":
		return false, nil
	}
	return false, fmt.Errorf("want yes or no, got %q", s)
}

func parseSlot(s string, subject bool) (Slot, error) {
	sl := Slot{Window: 8}
	for _, f := range strings.Fields(s) {
		key, val, hasVal := strings.Cut(f, "=")
		switch {
		case !hasVal && key == "nisba":
			sl.Nisba = true
		case !hasVal && key == "countries":
			sl.Countries = true
		case !hasVal && key == "inherit":
			if !subject {
				return sl, fmt.Errorf("inherit is for the subject only")
			}
			sl.Inherit = true
		case !hasVal:
			t, err := gazetteer.ParseType(key)
			if err != nil {
				return sl, err
			}
			sl.Types = append(sl.Types, t)
		case key == "side":
			for _, v := range strings.Split(val, ",") {
				switch v {
				case "after":
					sl.Sides = append(sl.Sides, After)
				case "before":
					sl.Sides = append(sl.Sides, Before)
				default:
					return sl, fmt.Errorf("side must be after or before, got %q", v)
				}
			}
		case key == "window", key == "reach":
			n, err := strconv.Atoi(val)
			if err != nil || n < 0 || n > 50 {
				return sl, fmt.Errorf("%s must be a number from 0 to 50, got %q", key, val)
			}
			if key == "window" {
				sl.Window = n
			} else {
				sl.Reach = n
			}
		case key == "via":
			for _, v := range strings.Split(val, ",") {
				if v == "-" {
					sl.Direct = true
				} else if v != "" {
					sl.Via = append(sl.Via, v)
				}
			}
		case key == "pair":
			if subject {
				return sl, fmt.Errorf("pair is for the object only")
			}
			sl.Pair = val
		default:
			return sl, fmt.Errorf("unknown option %q", key)
		}
	}
	if len(sl.Types) == 0 {
		return sl, fmt.Errorf("no entity type")
	}
	if len(sl.Sides) == 0 {
		sl.Sides = []Side{After}
	}
	slices.Sort(sl.Types)
	return sl, nil
}
