package pack

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/gazetteer"
)

func TestRoundTrip(t *testing.T) {
	in := `{"id":"loc:morocco","type":"LOC","subtype":"country","name":"Morocco","names":{"ar":["المغرب","المملكة المغربية"],"en":["Morocco"]},"demonyms":{"ar":["مغربي"],"en":["Moroccan"]},"capital":"loc:rabat","qid":"Q1028","rank":5}
{"id":"per:x","type":"PER","names":{"en":["X"]},"desc":"a person"}
`
	es, err := gazetteer.ReadJSONL(strings.NewReader(in), "src.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, es); err != nil {
		t.Fatal(err)
	}
	got, err := Decode(buf.String(), "packed.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(es, got, cmp.Comparer(func(a, b gazetteer.Entry) bool {
		return cmp.Equal(a.Names, b.Names) && cmp.Equal(a.Demonyms, b.Demonyms) && a.ID == b.ID && a.Type == b.Type &&
			a.Subtype == b.Subtype && a.Name == b.Name && a.Rank == b.Rank && a.Country == b.Country &&
			a.Capital == b.Capital && a.QID == b.QID && a.Desc == b.Desc && a.Origin() == b.Origin()
	})); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if got[1].Origin() != "src.jsonl:2" {
		t.Errorf("origin %q, want src.jsonl:2", got[1].Origin())
	}
}

func TestEncodeRejectsSeparators(t *testing.T) {
	for _, e := range []gazetteer.Entry{
		{ID: "a\tb", Type: gazetteer.LOC, Names: map[string][]string{"en": {"A"}}},
		{ID: "a", Type: gazetteer.LOC, Names: map[string][]string{"en": {"A\x1fB"}}},
		{ID: "a", Type: gazetteer.LOC, Names: map[string][]string{"en": {""}}},
	} {
		if err := Encode(&bytes.Buffer{}, []gazetteer.Entry{e}); err == nil {
			t.Errorf("Encode(%+v) succeeded", e)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	for in, want := range map[string]string{
		"a\tb\n": "x.tsv:1: want 12 fields, got 2",
		"\n" + strings.Repeat("x\t", 4) + "r\t\t\t\t\t\t\t\n": "x.tsv:2: rank",
	} {
		if _, err := Decode(in, "x.tsv"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Decode(%q) error = %v, want %q", in, err, want)
		}
	}
}
