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

// articleOf returns the index of the article of text that holds the byte
// offset off, by the text's article breaks (see articleBreaks).
func articleOf(breaks []int, off int) int {
	n, _ := slices.BinarySearch(breaks, off)
	return n
}

// An articleMention is a mention and the index of its article.
type articleMention struct {
	art int
	m   *Mention
}

// byArticle returns the mentions of ms that keep accepts with their
// articles (see articleOf), sorted by article, in the order of ms within
// one: a long text has many, and the mentions of an article are then
// found by a binary search (see inArticleOf).
func byArticle(breaks []int, ms []Mention, keep func(*Mention) bool) []articleMention {
	var out []articleMention
	for i := range ms {
		if m := &ms[i]; keep(m) {
			out = append(out, articleMention{articleOf(breaks, m.Start), m})
		}
	}
	slices.SortStableFunc(out, func(a, b articleMention) int { return cmp.Compare(a.art, b.art) })
	return out
}

// inArticleOf returns the mentions of ms, made by byArticle, of article n.
func inArticleOf(ms []articleMention, n int) []articleMention {
	lo, _ := slices.BinarySearchFunc(ms, n, func(x articleMention, n int) int { return cmp.Compare(x.art, n) })
	hi := lo
	for hi < len(ms) && ms[hi].art == n {
		hi++
	}
	return ms[lo:hi]
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
	as := byArticle(breaks, ants, func(m *Mention) bool {
		return m.Type == gazetteer.PER && m.Last-m.First >= 2 && m.Source != SourceAlias
	})
	out := als[:0]
	for _, a := range als {
		k := toks[a.First].Key
		var by *Mention // the nearest person before a of its article whose name a repeats
		for _, x := range inArticleOf(as, articleOf(breaks, a.Start)) {
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
	var names []articleMention // made at the first one-word repeat
	out := reps[:0]
	for _, m := range reps {
		if m.Last-m.First == 1 {
			if names == nil {
				names = byArticle(breaks, found, func(f *Mention) bool { return f.Source != SourceAlias })
			}
			if !slices.ContainsFunc(inArticleOf(names, articleOf(breaks, m.Start)), func(x articleMention) bool {
				return x.m.Name == m.Name && x.m.Type == m.Type
			}) {
				clear(covered[m.First:m.Last])
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
