package entity_test

import "testing"

// TestWorldNotFirstNames checks the words of not-first-names-ar.txt added
// for places and shrines (روضة، رحاب، تلال، بئر): they open no name by
// themselves, but a title still names a person so called.
func TestWorldNotFirstNames(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"a shrine's garden", "وزرنا روضة أبي وقاص في المدينة.", nil, []string{"روضة أبي وقاص"}},
		{"the precincts of a shrine", "وعندما عدنا من رحاب الفردوسي كان لنا موعد.", nil, []string{"رحاب الفردوسي"}},
		{"hills", "وهي تلال لينغ شان في الضاحية.", nil, []string{"تلال لينغ"}},
		{"a well", "ووصلوا إلى بئر حمى في الجنوب.", nil, []string{"بئر حمى"}},
		{"a woman so called after a title", "وقالت الدكتورة رحاب العوضي إن المشروع نجح.", []string{"رحاب العوضي PER"}, nil},
	})
}
