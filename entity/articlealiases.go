package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// newsArticleBreaks returns the article breaks of text (see articleBreaks)
// when it is laid out as the news files are, many articles in one text:
// its paragraphs start with a space, and an empty line then a line that
// does not opens the next article's title. A text without an indented
// line has none: its empty lines part paragraphs of one article, not
// articles. Most texts hold no empty line, and cost one search for it.
func newsArticleBreaks(text string) []int {
	if !strings.Contains(text, "\n\n") && !strings.Contains(text, "\n\r\n") || !strings.Contains(text, "\n ") {
		return nil
	}
	return articleBreaks(text)
}

// inArticle returns als without the aliases whose person is named in full
// (by one of ants, a person of two words or more, before the alias) only
// in other articles of the text: a surname or first name alone refers to
// a person its own article named, as in sameArticle; in a text of many
// articles, a surname alone far from the name (شديد, severe; أغسطس, August)
// is a common word. A kept alias takes its entry from the nearest such
// person of its article, not from the first in the text. breaks are the
// text's article breaks (see newsArticleBreaks): nil keeps als as they
// are. It works in place.
func inArticle(breaks []int, toks []token.Token, als, ants []Mention) []Mention {
	if breaks == nil || len(als) == 0 {
		return als
	}
	art := func(off int) int { n, _ := slices.BinarySearch(breaks, off); return n }
	type ant struct {
		art int
		m   *Mention
	}
	var room [16]ant
	as := room[:0]
	for i := range ants {
		if m := &ants[i]; m.Type == gazetteer.PER && m.Last-m.First >= 2 && m.Source != SourceAlias {
			as = append(as, ant{art(m.Start), m})
		}
	}
	slices.SortStableFunc(as, func(a, b ant) int { return cmp.Compare(a.art, b.art) })
	out := als[:0]
	for _, a := range als {
		n := art(a.Start)
		lo, _ := slices.BinarySearchFunc(as, n, func(x ant, n int) int { return cmp.Compare(x.art, n) })
		k := toks[a.First].Key
		var by *Mention // the nearest person before a of its article whose name a repeats
		for _, x := range as[lo:] {
			if x.art != n {
				break
			}
			f := x.m
			if f.First < a.First && (strings.HasSuffix(k, toks[f.Last-1].Key) || strings.HasSuffix(k, toks[f.First].Key)) &&
				(by == nil || f.First > by.First) {
				by = f
			}
		}
		if by == nil {
			continue
		}
		if a.Name != a.Text && strings.HasSuffix(k, toks[by.Last-1].Key) { // a surname: its person's entry
			a.Subtype, a.Entity, a.Name = by.Subtype, by.Entity, by.Name
		}
		out = append(out, a)
	}
	return out
}

// repeatsInArticle returns reps without the one-word repeats (rule
// "propagate") of a name that found holds only in other articles of the
// text, and uncovers their tokens: a one-word name a rule found in one
// article (سعيد، بيت) is most often a common word in the others. Repeats
// of a name of two words or more stay wherever they are. breaks are as for
// inArticle: nil keeps reps as they are. It works in place.
func repeatsInArticle(breaks []int, covered []bool, reps, found []Mention) []Mention {
	if breaks == nil || len(reps) == 0 {
		return reps
	}
	art := func(off int) int { n, _ := slices.BinarySearch(breaks, off); return n }
	// The articles of the names found, sorted with their names: a long
	// text has many repeats and many names.
	type name struct {
		art int
		m   *Mention
	}
	var names []name
	out := reps[:0]
	for _, m := range reps {
		if m.Last-m.First == 1 {
			if names == nil {
				names = make([]name, 0, len(found))
				for i := range found {
					if f := &found[i]; f.Source != SourceAlias {
						names = append(names, name{art(f.Start), f})
					}
				}
				slices.SortStableFunc(names, func(a, b name) int { return cmp.Compare(a.art, b.art) })
			}
			n := art(m.Start)
			lo, _ := slices.BinarySearchFunc(names, n, func(x name, n int) int { return cmp.Compare(x.art, n) })
			ok := false
			for _, x := range names[lo:] {
				if x.art != n {
					break
				}
				if x.m.Name == m.Name && x.m.Type == m.Type {
					ok = true
					break
				}
			}
			if !ok {
				clear(covered[m.First:m.Last])
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
