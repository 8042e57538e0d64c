package entity

import (
	"slices"
	"testing"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// TestKeyPrefilter checks that keyPrefilter.next skips no token whose
// stems pass the filters (see verdicts), for a few names and for many.
func TestKeyPrefilter(t *testing.T) {
	text := "غنى سامي يوسف وكتب فارس خوري وقالت سيغمار غابريال ثم جاء وسامي يوسف مع فارس خوري ولفارس خوري وسامي سامي ويوسف و ب خوري ثم قال غابريال وسيغمار غابريال."
	toks := token.Tokenize(text)
	few := []Mention{{First: 1, Last: 3, Type: gazetteer.PER, Name: "سامي يوسف"}, {First: 4, Last: 6, Type: gazetteer.PER, Name: "فارس خوري"},
		{First: 7, Last: 9, Type: gazetteer.PER, Name: "سيغمار غابريال"}}
	many := slices.Clone(few)
	for i := range toks {
		if toks[i].Script == token.Arabic && i%3 == 0 {
			many = append(many, Mention{First: i, Last: i + 1, Type: gazetteer.PER, Name: toks[i].Key})
		}
	}
	for _, tc := range []struct {
		name  string
		found []Mention
	}{{"few", few}, {"many", many}} {
		var rroom, aroom [1024 / 64]uint64
		rx := newRepeatIndex(toks, tc.found, rroom[:], nil)
		ax := newAliasIndex(toks, tc.found, aroom[:])
		if len(ax.bits) == 0 {
			ax.bits = keyBits(aroom[:1])
		}
		f := stemFilters{rlens: rx.lens, alens: ax.lens, lens: rx.lens | ax.lens, rbits: rx.firsts, abits: ax.bits,
			rmask: uint(len(rx.firsts)*64 - 1), amask: uint(len(ax.bits)*64 - 1)}
		var proom [1024 / 64]uint64
		p := newKeyPrefilter(toks, tc.found, proom[:])
		sc := new(scratch)
		sc.classify(toks)
		covered := make([]bool, len(toks))
		covered[2] = true
		passed, skipped := 0, 0
		for i := range toks {
			rp, al := f.tokenVerdicts(&toks[i])
			next := p.next(toks, sc.fh, covered, i)
			switch {
			case covered[i] && next == i:
				t.Errorf("%s: next(%d) = %d, a covered token", tc.name, i, next)
			case !covered[i] && rp|al != 0 && next != i:
				t.Errorf("%s: next(%d) = %d, but token %q passes the filters (%d, %d)", tc.name, i, next, toks[i].Key, rp, al)
			case !covered[i] && rp|al != 0:
				passed++
			case next != i:
				skipped++
			}
		}
		if passed == 0 || skipped == 0 {
			t.Errorf("%s: %d tokens pass the filters and %d are skipped: want some of both", tc.name, passed, skipped)
		}
	}
}

// TestArticleSpans checks the token spans of the articles that hold a
// name, and that repeatsAndAliases in them finds the repeats and aliases
// of those articles that it finds in the whole text.
func TestArticleSpans(t *testing.T) {
	articles := []string{
		"قال فارس خوري إن الحوار مستمر. وأضاف خوري أن فارس خوري سيزور بيروت.",
		"أخبار الرياضة اليوم\n فاز الفريق وقال خوري إن فارس خوري لم يحضر.",
		"عنوان آخر\n وصل سامي يوسف إلى عمان. وقال يوسف إن سامي يوسف سعيد.",
	}
	text := articles[0] + "\n\n" + articles[1] + "\n\n" + articles[2]
	toks := token.Tokenize(text)
	breaks := articleBreaks(text)
	if len(breaks) != 2 {
		t.Fatalf("articleBreaks: %v, want 2 breaks", breaks)
	}
	// the tokens of each article, by hand: by the offsets of the texts
	var bounds [3][2]int
	for a := range articles {
		start := 0
		for _, s := range articles[:a] {
			start += len(s) + 2
		}
		end := start + len(articles[a])
		bounds[a] = [2]int{slices.IndexFunc(toks, func(t token.Token) bool { return t.Start >= start }), len(toks)}
		if i := slices.IndexFunc(toks, func(t token.Token) bool { return t.Start >= end }); i >= 0 {
			bounds[a][1] = i
		}
	}
	name := func(first string) Mention { // the first full name first in toks
		for i := range toks {
			if toks[i].Key == first {
				return Mention{First: i, Last: i + 2, Start: toks[i].Start, End: toks[i+1].End, Type: gazetteer.PER, Name: first}
			}
		}
		t.Fatalf("no %s", first)
		return Mention{}
	}
	faris, sami := name("فارس"), name("سامي")
	for _, tc := range []struct {
		name  string
		fulls []Mention
		want  [][2]int
	}{
		{"first article", []Mention{faris}, [][2]int{bounds[0]}},
		{"last article", []Mention{sami}, [][2]int{bounds[2]}},
		{"two articles, out of order", []Mention{sami, faris}, [][2]int{bounds[0], bounds[2]}},
		{"none", nil, nil},
	} {
		got := articleSpans(nil, breaks, toks, tc.fulls)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: articleSpans = %v, want %v", tc.name, got, tc.want)
		}
		if len(tc.fulls) == 0 {
			continue
		}
		covered := make([]bool, len(toks))
		for _, f := range tc.fulls {
			for i := f.First; i < f.Last; i++ {
				covered[i] = true
			}
		}
		allReps, allAls := repeatsAndAliases(text, toks, nil, slices.Clone(covered), tc.fulls, nil)
		reps, als := repeatsAndAliases(text, toks, nil, slices.Clone(covered), tc.fulls, got)
		in := func(m Mention) bool {
			return slices.ContainsFunc(got, func(sp [2]int) bool { return m.First >= sp[0] && m.Last <= sp[1] })
		}
		allReps, allAls = slices.DeleteFunc(allReps, func(m Mention) bool { return !in(m) }), slices.DeleteFunc(allAls, func(m Mention) bool { return !in(m) })
		if !slices.EqualFunc(reps, allReps, sameMention) || !slices.EqualFunc(als, allAls, sameMention) {
			t.Errorf("%s: in the spans %v %v, in the whole text %v %v", tc.name, reps, als, allReps, allAls)
		}
		if len(reps) == 0 || len(als) == 0 {
			t.Errorf("%s: %d repeats and %d aliases in the spans: want some of both", tc.name, len(reps), len(als))
		}
	}
}

// TestFoundAs checks foundAs by the token spans of found mentions.
func TestFoundAs(t *testing.T) {
	found := []Mention{{First: 9, Last: 11}, {First: 2, Last: 4}, {First: 5, Last: 6}}
	spans := foundSpans(nil, found)
	for _, tc := range []struct {
		first, last int
		want        bool
	}{
		{2, 4, true}, {5, 6, true}, {9, 11, true},
		{2, 3, false}, {3, 4, false}, {5, 7, false}, {0, 1, false}, {11, 12, false},
	} {
		if got := foundAs(&Mention{First: tc.first, Last: tc.last}, spans); got != tc.want {
			t.Errorf("foundAs([%d, %d)) = %v, want %v", tc.first, tc.last, got, tc.want)
		}
	}
}
