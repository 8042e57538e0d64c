package entity_test

import "testing"

// TestQuotedPlaceMedia checks rule org.ar.media-place: a place quoted
// alone right after a medium's head is the medium, whatever the quotes;
// not a place unquoted after the head's noun of another kind, not a place
// with more words in the quotes, and not one quoted after another word.
func TestQuotedPlaceMedia(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"guillemets", "وأصدر جريدة «كردستان» التي ظهرت باللغتين.", []string{"كردستان ORG"}, []string{"كردستان LOC"}},
		{"spaced ASCII quotes", "واتهمت صحيفة \" بابل \" الإدارة الأميركية.", []string{"بابل ORG"}, []string{"بابل LOC"}},
		{"a head with ل", "وقال لصحيفة \"بابل\" إن الوفد وصل.", []string{"بابل ORG"}, []string{"بابل LOC"}},
		{"reversed guillemets", "ونشرت مجلة » بابل « تقريرا.", []string{"بابل ORG"}, []string{"بابل LOC"}},
		{"a city after a verb", "وزار الوفد «بابل» أمس.", []string{"بابل LOC"}, []string{"بابل ORG"}},
		{"a city in a longer quote", "ونشرت الصحيفة «بابل اليوم» تقريرا.", nil, []string{"بابل ORG"}},
		{"unmatched quotes", "واتهمت صحيفة «بابل \" الإدارة.", nil, []string{"بابل ORG"}},
	})
}
