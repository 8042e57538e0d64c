package khabar

import (
	"bytes"
	"encoding/json"
	"testing"
)

// encodeStd is what ExtractJSONLWorkers wrote before appendJSON: a
// json.Encoder without HTML escaping.
func encodeStd(t testing.TB, v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// oddStrings are strings that encoding/json escapes or changes.
var oddStrings = []string{
	"", "plain", "زار أيمن الصفدي دمشق", `quote " and \ backslash`, "<a href='x'>&amp;</a>",
	"\b\f\n\r\t\x00\x01\x1f\x7f", "line\u2028para\u2029end", "bad \xff\xfe utf-8 \xd8", "cut \xd8",
	"\xe2\x80", "emoji 😀 and CJK 中文", "é ñ ß", "\u00a0\u200f\ufeff", "tatweel ـ and marks َ ً",
}

func TestAppendJSON(t *testing.T) {
	full := Entity{Start: 3, End: 9, Text: "دمشق", Type: "LOC", Subtype: "city", Entity: "loc:damascus",
		Name: "Damascus", Source: "gazetteer", Rule: "r", Form: "nisba", Candidates: []string{"loc:a", "loc:b"}}
	arg := Argument{Start: -1, End: 1 << 40, Text: "x", Type: "PER", Entity: "per:x"}
	docs := map[string]*Document{
		"zero":                     {},
		"empty lists":              {ID: "a", Entities: []Entity{}, Relations: []Relation{}, Rejected: []Rejection{}},
		"error":                    {ID: "e", Entities: []Entity{}, Relations: []Relation{}, Error: "line 3: bad"},
		"lang":                     {ID: "l", Lang: "ar", Entities: []Entity{{}}, Relations: []Relation{{}}},
		"full entity":              {Entities: []Entity{full, {Type: "PER", Source: "rule"}}},
		"empty candidates omitted": {Entities: []Entity{{Candidates: []string{}}}},
		"relations": {Relations: []Relation{
			{Type: "visited", Modality: "asserted", Rule: "visited.ar.zar", Subject: arg, Object: Argument{Text: "y"},
				Trigger: Span{0, 6, "زار"}, Sentence: Span{Start: 0, End: 140}, Role: "وزير",
				Attribution: &Attribution{Cue: Span{1, 2, "قال"}, Source: Span{3, 4, "x"}, Entity: "per:x"},
				Explain:     &Explanation{Subject: SlotFill{"PER before", "before the trigger"}, Object: SlotFill{"LOC", ""}}},
			{Attribution: &Attribution{}, Explain: &Explanation{}},
		}},
		"rejected": {Rejected: []Rejection{{Rule: "r1", Trigger: Span{5, 7, "t"}, Reason: "no object"}, {}}},
	}
	for i, s := range oddStrings {
		docs["odd string "+string(rune('a'+i))] = &Document{ID: s, Lang: s, Error: s,
			Entities:  []Entity{{Text: s, Type: s, Subtype: s, Entity: s, Name: s, Source: s, Rule: s, Form: s, Candidates: []string{s}}},
			Relations: []Relation{{Type: s, Modality: s, Rule: s, Role: s, Trigger: Span{Text: s}, Subject: Argument{Text: s, Entity: s}}},
			Rejected:  []Rejection{{Rule: s, Reason: s, Trigger: Span{Text: s}}},
		}
	}
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			want := encodeStd(t, d)
			if got := string(d.appendJSON(nil)); got != want {
				t.Errorf("appendJSON:\n got %s\nwant %s", got, want)
			}
		})
	}
}

// FuzzAppendString checks appendString against encoding/json.
func FuzzAppendString(f *testing.F) {
	for _, s := range oddStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := encodeStd(t, s)
		if got := string(appendString(nil, s)) + "\n"; got != want {
			t.Errorf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}
