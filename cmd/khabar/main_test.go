package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractFiles(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run([]string{"extract", "../../testdata/seed-baghdad.txt"}, nil, &out, &errOut); err != nil {
		t.Fatalf("extract: %v (%s)", err, errOut.String())
	}
	var doc struct {
		ID       string            `json:"id"`
		Entities []json.RawMessage `json:"entities"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("output is not one JSON document: %v\n%s", err, out.String())
	}
	if doc.ID != "../../testdata/seed-baghdad.txt" || len(doc.Entities) == 0 {
		t.Errorf("got id %q with %d entities", doc.ID, len(doc.Entities))
	}
}

func TestExtractJSONLStdin(t *testing.T) {
	in := strings.NewReader("{\"id\":\"1\",\"text\":\"زار بلينكن الرباط\"}\n{bad\n")
	var out bytes.Buffer
	if err := run([]string{"extract", "--jsonl"}, in, &out, &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], `"error":"line 2:`) {
		t.Errorf("output:\n%s\nwant two lines, the second an error naming line 2", out.String())
	}
}

func TestExtractCustomData(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "people.txt")
	rules := filepath.Join(dir, "x.rules")
	os.WriteFile(list, []byte("سلمى حداد\n"), 0o644)
	os.WriteFile(rules, []byte("rule praised.ar\ntype praised\nlang ar\ntrigger أشاد\nsubject PER side=after\nobject PER via=ب\n"), 0o644)
	in := strings.NewReader(`{"id":"x","text":"أشاد الرئيس عمر بسلمى حداد"}` + "\n")
	var out, errOut bytes.Buffer
	err := run([]string{"extract", "--jsonl", "--no-default-gazetteer", "--gazetteer", "PER:" + list,
		"--gazetteer", "PER:" + list, "--no-default-rules", "--rules", rules}, in, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "duplicate id") {
		t.Errorf("the same list twice: err = %v, want a duplicate id error", err)
	}
	out.Reset()
	in = strings.NewReader(`{"id":"x","text":"أشاد الرئيس عمر بسلمى حداد"}` + "\n")
	if err := run([]string{"extract", "--jsonl", "--no-default-gazetteer", "--gazetteer", "PER:" + list,
		"--no-default-rules", "--rules", rules}, in, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"type":"praised"`) {
		t.Errorf("output %s lacks the custom relation", out.String())
	}
}

func TestBadArguments(t *testing.T) {
	var out bytes.Buffer
	for _, args := range [][]string{nil, {"frobnicate"}, {"eval"}, {"eval", "relations"}, {"extract", "--no-such-flag"}} {
		if err := run(args, nil, &out, &out); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
	if err := run([]string{"extract", "--gazetteer", "people.txt"}, nil, &out, &out); err == nil || !strings.Contains(err.Error(), "people.txt") {
		t.Errorf("missing gazetteer file: err = %v", err)
	}
}

func TestEvalRelations(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"eval", "relations", "--types", "visited,met-with,signed-agreement", "../../testdata/seed.gold.jsonl"}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"visited", "met-with", "signed-agreement", "overall", "entities"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("eval output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestGazetteerCommands(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"gazetteer", "stats"}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"entries:", "PER:", "LOC:", "ORG:", "country", "names by language: ar"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("stats output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := run([]string{"gazetteer", "lookup", "وبالرباط", "الإسرائيلية", "كلمةلاتوجد"}, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"* loc:rabat", "nisba or demonym of", "* loc:israel", "كلمةلاتوجد: no entry"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("lookup output lacks %q:\n%s", want, out.String())
		}
	}
	if err := run([]string{"gazetteer", "lookup"}, nil, &out, &out); err == nil {
		t.Error("lookup without a name succeeded")
	}
}

func TestGazetteerCompile(t *testing.T) {
	dir := t.TempDir()
	list := filepath.Join(dir, "towns.txt")
	if err := os.WriteFile(list, []byte("قرية الزيتون\nWadi Zeitoun\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	kgz := filepath.Join(dir, "g.kgz")
	var out, errOut bytes.Buffer
	if err := run([]string{"gazetteer", "compile", "-o", kgz, "LOC:" + list}, nil, &out, &errOut); err != nil {
		t.Fatalf("compile: %v (%s)", err, errOut.String())
	}
	if !strings.Contains(errOut.String(), "entries") {
		t.Errorf("compile reported %q", errOut.String())
	}
	// The compiled gazetteer, loaded as it is, gives what compiling the
	// default gazetteer and the list again gives.
	const text = "زار بلينكن الرباط ثم قرية الزيتون"
	extract := func(args ...string) string {
		var out, errOut bytes.Buffer
		in := strings.NewReader(`{"id":"1","text":"` + text + `"}` + "\n")
		if err := run(append([]string{"extract", "--jsonl"}, args...), in, &out, &errOut); err != nil {
			t.Fatalf("extract %v: %v (%s)", args, err, errOut.String())
		}
		return out.String()
	}
	viaFile, viaList := extract("--gazetteer", kgz), extract("--gazetteer", "LOC:"+list)
	if viaFile != viaList || !strings.Contains(viaFile, `"name":"قرية الزيتون"`) || !strings.Contains(viaFile, "loc:rabat") {
		t.Errorf("extract with the compiled gazetteer:\n%s\nwith the list:\n%s", viaFile, viaList)
	}
	for _, args := range [][]string{
		{"gazetteer", "compile", "LOC:" + list},                       // no -o
		{"extract", "--gazetteer", kgz, "--gazetteer", "LOC:" + list}, // compiled file with another
		{"gazetteer", "compile", "-o", filepath.Join(dir, "x.kgz"), filepath.Join(dir, "missing.jsonl")},
	} {
		if err := run(args, strings.NewReader(""), &out, &out); err == nil {
			t.Errorf("%v succeeded", args)
		}
	}
}
