package entity_test

import (
	"testing"

	"github.com/khabar-nlp/khabar/entity"
	"github.com/khabar-nlp/khabar/gazetteer/world"
)

// TestQuotedHeadNames checks org.ar.head on quoted names that headRule
// leaves: other quotes, and places inside the quotes.
func TestQuotedHeadNames(t *testing.T) {
	m, err := world.Matcher()
	if err != nil {
		t.Fatal(err)
	}
	r := &entity.Recognizer{Matcher: m, Names: world.PersonNames(), FirstNames: world.FirstNames()}
	checkPersons(t, r, []personCase{
		{"single quotes", "ذكرت صحيفة 'دايلي ميرور' أمس أن المدرب سيرحل.", []string{"دايلي ميرور ORG"}, nil},
		{"a place with a proclitic is a misreading", "وذكرت صحيفة \"لانس\" البرازيلية أن اللاعب سيعود.",
			[]string{"لانس ORG"}, []string{"انس"}},
		{"a place inside a longer name", "وقالت شركة «بوسطن كونسلتينغ غروب» إن السوق ستنمو.",
			[]string{"بوسطن كونسلتينغ غروب ORG"}, []string{"بوسطن"}},
		{"a place alone in quotes stays a place", "وقالت شركة «بودابست» إن الأرباح ارتفعت.",
			[]string{"بودابست LOC"}, nil},
		{"quotes that do not close", "وقالت صحيفة 'دايلي ميرور أمس إن الخبر صحيح.", nil, []string{"دايلي ميرور"}},
	})
}
