package entity_test

import (
	"strings"
	"testing"
)

// TestArticleFirstNames checks rule per.ar.article-first: a first name
// alone after a verb or يا, of a person the article named before, and
// the same words where no earlier person of the article starts with them.
func TestArticleFirstNames(t *testing.T) {
	r := worldRecognizer(t)
	many := strings.Repeat("وقالت الممثلة منى زكي إن الدور صعب. ", 20) // persons of another first name
	checkMentions(t, r, []mentionCase{
		{"after a past in ت", "وقالت المخرجة شذى حسون إن الفيلم جاهز. وقد نجحت شذى في جمع أهم الفنانين.",
			[]string{"شذى PER per.ar.article-first"}, nil},
		{"after a past before a preposition with ب", "وقالت المخرجة شذى حسون إن الفيلم جاهز. ثم قامت شذى بأول دور لها.",
			[]string{"شذى PER per.ar.article-first"}, nil},
		{"after يا", "وقالت المخرجة شذى حسون إن الفيلم جاهز. وقال لها: يا شذى في البيت ضيوف.",
			[]string{"شذى PER per.ar.article-first"}, nil},
		{"no earlier person", "وقد نجحت شذى في جمع أهم الفنانين.",
			nil, []string{"شذى PER per.ar.article-first"}}, // (per.ar.fem-subject takes it)
		{"the person comes after", "وقد نجحت شذى في جمع أهم الفنانين. وقالت المخرجة شذى حسون إن الفيلم جاهز.",
			nil, []string{"شذى PER per.ar.article-first"}},
		{"another person's first name", "وقالت المخرجة شذى حسون إن الفيلم جاهز. وقد نجحت نادية في جمع أهم الفنانين.",
			nil, []string{"نادية PER per.ar.article-first"}},
		{"a preposition with a pronoun, not منى", "وقالت الممثلة منى زكي إن الدور صعب. فعندما اتصلت بي تطلب مني التمثيل وافقت.",
			nil, []string{"مني"}},
		{"the person named in another article", " وقالت المخرجة شذى حسون إن الفيلم جاهز.\n\nعنوان آخر\n وقد نجحت شذى في جمع أهم الفنانين.",
			nil, []string{"شذى PER per.ar.article-first"}},
		{"no verb before", "وقالت المخرجة شذى حسون إن الفيلم جاهز. وفي الفيلم شذى أخرى.",
			nil, []string{"شذى PER per.ar.article-first"}},
		// A long text, with many persons: the rule finds the first words
		// by a larger set, and the earlier person among many.
		{"many persons around", many + "وقالت المخرجة شذى حسون إن الفيلم جاهز. " + many + "وقد نجحت شذى في جمع أهم الفنانين.",
			[]string{"شذى PER per.ar.article-first"}, nil},
		{"many persons, in another article after", " وقالت المخرجة شذى حسون إن الفيلم جاهز. " + many + "\n\nعنوان آخر\n " + many + "وقد نجحت شذى في جمع أهم الفنانين.",
			nil, []string{"شذى PER per.ar.article-first"}},
		{"many persons in an article before", " " + many + "\n\nعنوان آخر\n وقالت المخرجة شذى حسون إن الفيلم جاهز. " + many + "وقد نجحت شذى في جمع أهم الفنانين.",
			[]string{"شذى PER per.ar.article-first"}, nil},
		{"many persons, none with the word", many + "وقد نجحت شذى في جمع أهم الفنانين.",
			nil, []string{"شذى PER per.ar.article-first"}},
	})
}
