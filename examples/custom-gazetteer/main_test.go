package main

import (
	"bytes"
	"testing"

	"github.com/khabar-nlp/khabar/internal/golden"
)

// TestRun checks the program's output against testdata/output.golden.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/output.golden", out.Bytes())
}
