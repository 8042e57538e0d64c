package relation

import (
	"slices"
	"strings"
	"testing"

	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
	"github.com/khabar-nlp/khabar/internal/cputime"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/khabar-nlp/khabar/token"
)

// BenchmarkExtract measures relation extraction alone on 1 MB of news whose
// tokens and mentions are computed beforehand, with the default rules and
// gazetteer: as one document, and line by line (as extract --jsonl reads
// news). Besides ns/op it reports cpu-ns/op, the process's CPU time per op
// (run with GOMAXPROCS=1 so that the garbage collector's work is counted
// and nothing else runs beside).
func BenchmarkExtract(b *testing.B) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	m, err := world.Matcher()
	if err != nil {
		b.Fatal(err)
	}
	rec := &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
	rs, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		text string
		toks []token.Token
		ms   []entity.Mention
	}
	analyse := func(texts []string) []doc {
		var docs []doc
		for _, t := range texts {
			toks := token.Tokenize(t)
			docs = append(docs, doc{t, toks, rec.Recognize(t, toks)})
		}
		return docs
	}
	for _, bb := range []struct {
		name string
		docs []doc
	}{
		{"document", analyse([]string{text})},
		{"lines", analyse(strings.Split(text, "\n"))},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			start := cputime.Used()
			n := 0
			for b.Loop() {
				for _, d := range bb.docs {
					rs.Extract(d.text, d.toks, d.ms)
				}
				n++
			}
			b.ReportMetric(float64(cputime.Used()-start)/float64(n), "cpu-ns/op")
		})
	}
}

// TestTriggerIndexes checks the trigger indexes of the default rules
// against plain lookups: every exact key passes the filter, and the prefix
// buckets find the rules a scan of all prefix triggers finds, in its order.
func TestTriggerIndexes(t *testing.T) {
	rs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for k, c := range classes {
		if classOf(k) != c {
			t.Errorf("classOf(%q) = %b, want %b", k, classOf(k), c)
		}
	}
	for _, set := range []struct {
		words  map[string]bool
		filter *keyFilter
	}{{heads, headFilter}, {moreTitles, moreTitleFilter}} {
		for k := range set.words {
			if !set.filter.has(k) {
				t.Errorf("the filter of %q's set does not hold it", k)
			}
		}
	}
	for _, w := range []string{"مطار", "المطار", "city", "مبعوث", "الوزير"} {
		if !gapWord(w) {
			t.Errorf("gapWord(%q) = false", w)
		}
	}
	for _, w := range []string{"زار", "الرباط", "the city", "cit", "ال"} {
		if gapWord(w) {
			t.Errorf("gapWord(%q) = true", w)
		}
	}
	var words []string
	for k := range rs.exact {
		if !slices.Equal(rs.exactRules(k), rs.exact[k]) {
			t.Errorf("exactRules(%q) = %v, want %v", k, rs.exactRules(k), rs.exact[k])
		}
		words = append(words, k, k+"ه", "ال"+k)
	}
	for _, p := range rs.prefix {
		words = append(words, p.key, p.key+"ة", p.key+"اته", p.key[:len(p.key)-1])
	}
	for _, tok := range token.Tokenize(exampleText(rs)) {
		words = append(words, tok.Key)
	}
	for _, w := range words {
		var want []int
		for _, p := range rs.prefix {
			if strings.HasPrefix(w, p.key) {
				want = append(want, p.rule)
			}
		}
		if got := rs.prefixRules(w); !slices.Equal(got, want) {
			t.Errorf("prefixRules(%q) = %v, want %v", w, got, want)
		}
	}
}

// exampleText joins the example sentences of the rules of rs.
func exampleText(rs *RuleSet) string {
	var sb strings.Builder
	for _, r := range rs.Rules() {
		for _, ex := range r.Examples {
			sb.WriteString(ex.Text)
			sb.WriteString("\n")
		}
	}
	return sb.String()
}

func TestStripArticle(t *testing.T) {
	for _, w := range []string{"", "ال", "الا", "الاب", "البيت", "بيت", "ال\xff", "ال\xff\xff", "the", "الx", "الxy", "ال€", "ال€x", "ال\xd8", "ال\xd8\xa7", "ال\xd8x", "الé", "الéx"} {
		want, _ := arabic.StripArticle(w)
		if got := stripArticle(w); got != want {
			t.Errorf("stripArticle(%q) = %q, want %q as arabic.StripArticle", w, got, want)
		}
	}
}

// triggerAtPlain is triggerAt as it was before the trigger indexes: every
// map asked, every prefix tried. TestTriggerAt holds triggerAt to it.
func (rs *RuleSet) triggerAtPlain(t *token.Token) (rules []int, rd arabic.Reading) {
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

func TestTriggerAt(t *testing.T) {
	rs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := token.Tokenize(exampleText(rs))
	for i := range toks {
		bare := toks[i]
		bare.Readings = nil // a token made by hand, without readings
		toks = append(toks, bare)
	}
	toks = append(toks, token.Token{Key: "الزيارة"}, token.Token{Key: "visits", Stem: "visit"}, token.Token{Key: ""})
	// Every exact and prefix trigger with and without the article, and
	// words near them, whose look-ups the readings index folds together.
	var words []string
	for k := range rs.exact {
		words = append(words, k, "ال"+k, "الال"+k, k+"ه", "ال"+k+"ه", k[:len(k)-1])
	}
	for _, p := range rs.prefix {
		words = append(words, p.key, "ال"+p.key, "ال"+p.key+"ة", p.key[:len(p.key)-1], "ال"+p.key[:len(p.key)-1])
	}
	for _, w := range words {
		toks = append(toks, token.Token{Key: w})
		toks = append(toks, token.Tokenize(w)...)
	}
	articleMisses := 0
	hits := 0
	for i := range toks {
		tok := &toks[i]
		rules, rd := rs.triggerAt(tok)
		wantRules, wantRd := rs.triggerAtPlain(tok)
		if !slices.Equal(rules, wantRules) || rd != wantRd {
			t.Errorf("triggerAt(%q) = %v, %v; want %v, %v", tok.Key, rules, rd, wantRules, wantRd)
		}
		if rules != nil && tok.Script != token.Punct && tok.Script != token.Digit && rs.nextCandidate(toks[i:i+1], nil, 0) != 0 {
			t.Errorf("nextCandidate passes over the trigger word %q", tok.Key)
		}
		if rules != nil {
			hits++
		} else if strings.HasPrefix(tok.Key, "ال") {
			articleMisses++
		}
	}
	if hits < len(rs.Rules()) || articleMisses == 0 {
		t.Errorf("only %d trigger tokens in the examples of %d rules, %d words with the article and no trigger", hits, len(rs.Rules()), articleMisses)
	}
}

// TestLookupReading checks the readings index, which folds the look-up of
// a word without the article into that of the word, on rules whose exact
// and prefix triggers overlap: a prefix trigger matching the word with
// the article comes before an exact trigger matching it without.
func TestLookupReading(t *testing.T) {
	const ruleText = `rule exact
type visited
lang ar
trigger زيارة لقاء
subject PER
object LOC
rule prefix
type visited
lang ar
trigger PREFIX لقا*
subject PER
object LOC
rule short
type met-with
lang ar
trigger ب
subject PER
object PER
`
	tests := []struct {
		stem string
		want []int
	}{
		{"زيارة", []int{0}},
		{"الزيارة", []int{1}}, // the prefix trigger before the exact one without the article
		{"الالزيارة", []int{1}},
		{"لقاء", []int{0}},
		{"اللقاء", []int{0}}, // no prefix trigger matches with the article: the exact one without
		{"لقاءات", []int{1}},
		{"وللقاءات", nil},
		{"زيارات", nil},
		{"ب", []int{2}},
		{"الب", nil}, // the article stays on a word of one letter
		{"الاب", nil},
		{"ال", nil},
		{"", nil},
	}
	// الزيا* has a head after the article, الزي* has none: the heads
	// filter is used for the first only.
	for _, prefix := range []string{"الزيا*", "الزي*"} {
		rules, err := ParseRules(strings.NewReader(strings.Replace(ruleText, "PREFIX", prefix, 1)), "test.rules")
		if err != nil {
			t.Fatal(err)
		}
		rs, err := Compile(rules)
		if err != nil {
			t.Fatal(err)
		}
		if rs.headsOK != (prefix == "الزيا*") {
			t.Errorf("%s: headsOK = %v", prefix, rs.headsOK)
		}
		for _, tt := range tests {
			stem := tt.stem
			if stem != "" {
				stem = triggerKey(stem) // normalised: زياره, اب
			}
			if got := rs.lookupReading(stem); !slices.Equal(got, tt.want) {
				t.Errorf("%s: lookupReading(%q) = %v, want %v", prefix, stem, got, tt.want)
			}
			if plain, _ := rs.triggerAtPlain(&token.Token{Key: stem}); !slices.Equal(plain, tt.want) {
				t.Errorf("%s: triggerAtPlain(%q) = %v, want %v", prefix, stem, plain, tt.want)
			}
			for _, tok := range token.Tokenize(tt.stem) { // with its readings
				rules, rd := rs.triggerAt(&tok)
				wantRules, wantRd := rs.triggerAtPlain(&tok)
				if !slices.Equal(rules, wantRules) || rd != wantRd {
					t.Errorf("%s: triggerAt(%q) = %v, %v; want %v, %v", prefix, tok.Key, rules, rd, wantRules, wantRd)
				}
			}
		}
	}
}

// TestHeads checks the heads filter of the default rules: it holds the
// head of every word with a trigger, and tells most words of news that
// they have none.
func TestHeads(t *testing.T) {
	rs, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !rs.headsOK {
		t.Fatal("the default rules do not use the heads filter")
	}
	news, _, err := newssample.Text(64 << 10)
	if err != nil {
		t.Fatal(err)
	}
	toks := token.Tokenize(news + "\n" + exampleText(rs))
	var stems, passed, triggers, words, wordsPassed int
	// Every other word is taken for a mention's: nextCandidate must pass
	// over those, and over no trigger word outside them.
	at := make([]int, len(toks))
	for j := range at {
		at[j] = j%2 - 1
	}
	candidate := make([]bool, len(toks))
	for j := rs.nextCandidate(toks, at, 0); j < len(toks); j = rs.nextCandidate(toks, at, j+1) {
		if at[j] >= 0 || toks[j].Script == token.Punct || toks[j].Script == token.Digit {
			t.Errorf("nextCandidate returns token %d %q, in a mention, punctuation or a number", j, toks[j].Key)
		}
		candidate[j] = true
	}
	for j := range toks {
		tok := &toks[j]
		if tok.Script == token.Punct || tok.Script == token.Digit || at[j] >= 0 {
			continue
		}
		words++
		if candidate[j] {
			wordsPassed++
		}
		if rules, _ := rs.triggerAt(tok); rules != nil && !candidate[j] {
			t.Errorf("nextCandidate passes over the trigger word %q", tok.Key)
		}
		// nextCandidate writes passes out: they must agree on every word.
		may := tok.Readings == nil || slices.ContainsFunc(tok.Readings, func(rd arabic.Reading) bool { return rs.passes(rd.Stem) })
		if candidate[j] != may {
			t.Errorf("nextCandidate takes %q: %v, its readings pass: %v", tok.Key, candidate[j], may)
		}
		for _, rd := range tok.Readings {
			if len(rd.Stem) < prefixHead {
				continue
			}
			stems++
			may := rs.passes(rd.Stem)
			if may {
				passed++
			}
			if rs.lookupCandidate(rd.Stem) != nil {
				triggers++
				if !may {
					t.Errorf("passes(%q) = false for a trigger", rd.Stem)
				}
			}
		}
	}
	t.Logf("%d stems, %d pass the heads filter, %d with a trigger; %d of %d words may trigger", stems, passed, triggers, wordsPassed, words)
	if triggers == 0 || passed > stems/5 || wordsPassed > words/4 {
		t.Errorf("%d of %d stems pass the heads filter, %d with a trigger; %d of %d words may trigger", passed, stems, triggers, wordsPassed, words)
	}
}
