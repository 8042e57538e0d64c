package khabar

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
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

// fill sets every field that v reaches to a value that is not zero and
// differs from the others (*n counts the values set): strings with runes
// that need escaping, numbers, slices of two filled elements, pointers to
// filled values. A kind it does not know fails the test, so that a field
// added to the output structs cannot stay zero here.
func fill(t *testing.T, v reflect.Value, n *int) {
	t.Helper()
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d \"دمشق\"\n<é>", *n))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(*n) * -1000003)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(*n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), n)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(t, s.Index(i), n)
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); !f.IsExported() {
				t.Fatalf("fill: %s.%s is not exported: can encoding/json see it?", v.Type(), f.Name)
			}
			fill(t, v.Field(i), n)
		}
	default:
		t.Fatalf("fill: a field of kind %s (%s): teach fill and appendJSON about it", v.Kind(), v.Type())
	}
}

// jsonKeys adds to keys the JSON key of every field of the struct type
// typ and of the structs its fields reach.
func jsonKeys(typ reflect.Type, keys map[string]bool) {
	switch typ.Kind() {
	case reflect.Pointer, reflect.Slice:
		jsonKeys(typ.Elem(), keys)
	case reflect.Struct:
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			keys[name] = true
			jsonKeys(f.Type, keys)
		}
	}
}

// TestAppendJSONAllFields fills every field of a Document and of all it
// holds (Entity, Relation, Argument, Span, Attribution, Explanation,
// SlotFill, Rejection) by reflection: a field added to one of them that
// appendJSON does not write makes its output differ from encoding/json's.
func TestAppendJSONAllFields(t *testing.T) {
	for _, start := range []int{0, 1000} {
		var d Document
		n := start
		fill(t, reflect.ValueOf(&d).Elem(), &n)
		want := encodeStd(t, &d)
		// Every key is in the output: no field was left empty, omitted.
		keys := map[string]bool{}
		jsonKeys(reflect.TypeFor[Document](), keys)
		if len(keys) < 20 {
			t.Fatalf("%d JSON keys in Document and what it holds: want all of them", len(keys))
		}
		for k := range keys {
			if !strings.Contains(want, `"`+k+`":`) {
				t.Errorf("key %q is not in encoding/json's output of the filled Document: fill left it empty", k)
			}
		}
		if got := string(d.appendJSON(nil)); got != want {
			t.Errorf("appendJSON of the filled Document (from %d):\n got %s\nwant %s", start, got, want)
		}
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
