package khabar

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestNewDocument checks the entities newDocument makes room for, with the
// Document and its array allocated together (n of 1–4) or apart: n zero
// entities, never a nil slice, and room for no more (an append by a
// caller must not write into the Document).
func TestNewDocument(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 4, 5, 9} {
		doc := newDocument(n)
		if doc.Entities == nil || len(doc.Entities) != n || cap(doc.Entities) != n {
			t.Errorf("newDocument(%d).Entities: len %d cap %d nil %v, want len and cap %d, not nil", n, len(doc.Entities), cap(doc.Entities), doc.Entities == nil, n)
		}
		for i := range doc.Entities {
			if !reflect.ValueOf(doc.Entities[i]).IsZero() {
				t.Errorf("newDocument(%d).Entities[%d] = %+v, want zero", n, i, doc.Entities[i])
			}
		}
		if doc.ID != "" || doc.Relations != nil || doc.Rejected != nil || doc.Error != "" {
			t.Errorf("newDocument(%d) = %+v, want only Entities set", n, doc)
		}
	}
	b, err := json.Marshal(newDocument(0))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"entities":[]`) {
		t.Errorf("newDocument(0) encodes as %s, want \"entities\":[]", b)
	}
}
