package gazetteer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func compiledBytes(t testing.TB, m *Matcher) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v; wrote %d bytes", n, err, buf.Len())
	}
	return buf.Bytes()
}

func TestCompiledRoundTrip(t *testing.T) {
	m := testMatcher(t)
	data := compiledBytes(t, m)
	if !IsCompiled(data) {
		t.Fatal("IsCompiled(WriteTo output) = false")
	}
	path := filepath.Join(t.TempDir(), "test.kgz")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	m2, err := LoadCompiled(path)
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط وواشنطن والولايات المتحدة الأمريكية",
		"Benny Gantz met an Israeli official in Chad; a chad of paper. على الطاولة قال عليّ",
	}
	for _, text := range texts {
		if diff := cmp.Diff(scanSpans(m, text), scanSpans(m2, text)); diff != "" {
			t.Errorf("Scan(%q) after a round trip (-before +after):\n%s", text, diff)
		}
		if diff := cmp.Diff(findAllSpans(m, text), findAllSpans(m2, text)); diff != "" {
			t.Errorf("FindAll(%q) after a round trip (-before +after):\n%s", text, diff)
		}
	}
	var before, after []*Entry
	m.Entries(func(e *Entry) bool { before = append(before, e); return true })
	m2.Entries(func(e *Entry) bool { after = append(after, e); return true })
	if diff := cmp.Diff(before, after, cmpopts.EquateEmpty(), cmp.AllowUnexported(Entry{})); diff != "" {
		t.Errorf("entries after a round trip (-before +after):\n%s", diff)
	}
	if e := m2.Entry("loc:rabat-malta"); e == nil || e.Rank != 10 {
		t.Errorf("Entry(loc:rabat-malta) = %+v", e)
	}
	if e := m2.Entry("loc:nowhere"); e != nil {
		t.Errorf("Entry(loc:nowhere) = %+v, want nil", e)
	}
	if diff := cmp.Diff(m.Ambiguous(), m2.Ambiguous(), cmp.AllowUnexported(Entry{})); diff != "" {
		t.Errorf("Ambiguous after a round trip (-before +after):\n%s", diff)
	}
	// Writing the loaded matcher gives the same bytes.
	if !bytes.Equal(data, compiledBytes(t, m2)) {
		t.Error("WriteTo after ReadCompiled differs from the first WriteTo")
	}
}

func TestCompiledErrors(t *testing.T) {
	data := compiledBytes(t, testMatcher(t))
	flip := bytes.Clone(data)
	flip[len(flip)/2] ^= 0x40
	version := bytes.Clone(data)
	binary.LittleEndian.PutUint32(version[16:], 99)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "does not start with"},
		{"JSON lines", []byte(`{"id":"loc:x"}`), "does not start with"},
		{"truncated", data[:len(data)-100], "checksum mismatch"},
		{"flipped bit", flip, "checksum mismatch"},
		{"other version", version, "version 99"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ReadCompiled(bytes.NewReader(tt.data), "g.kgz")
			if err == nil || !errors.Is(err, errCorrupt) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "g.kgz") {
				t.Errorf("ReadCompiled = %v, %v; want an error naming g.kgz with %q", m, err, tt.want)
			}
		})
	}
}

// FuzzReadCompiled feeds damaged compiled files, with their checksum made
// right again so that the structural checks are what stands between the
// damage and a panic. A file that loads must then scan without panicking.
func FuzzReadCompiled(f *testing.F) {
	data := compiledBytes(f, testMatcher(f))
	f.Add(data, 100, byte(1))
	f.Add(data, 40, byte(0xff))
	f.Fuzz(func(t *testing.T, data []byte, at int, xor byte) {
		if len(data) < 32 {
			return
		}
		data = bytes.Clone(data)
		at = 24 + (at%(len(data)-28)+(len(data)-28))%(len(data)-28)
		data[at] ^= xor
		binary.LittleEndian.PutUint32(data[len(data)-4:], crc32.Checksum(data[:len(data)-4], castagnoli))
		m, err := ReadCompiled(bytes.NewReader(data), "fuzz.kgz")
		if err != nil {
			return
		}
		for _, text := range []string{"وبالرباط والولايات المتحدة", "Benny Gantz في تشاد"} {
			m.Scan(text)
		}
		m.Ambiguous()
	})
}

// TestCompileInParts checks that Compile gives the same matcher, byte for
// byte, and the same errors, however many goroutines share the entries.
func TestCompileInParts(t *testing.T) {
	es, err := ReadJSONL(strings.NewReader(testEntries), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	whole, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	bad := append(slices.Clone(es), Entry{ID: "loc:x", Type: LOC, Names: map[string][]string{"ar": {" "}}}, Entry{ID: "loc:y", Type: "CITY", Names: map[string][]string{"ar": {"ص"}}})
	_, wholeErr := Compile(bad)
	defer func(n int) { compilePartMin = n }(compilePartMin)
	compilePartMin = 2
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	parts, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(compiledBytes(t, whole), compiledBytes(t, parts)) {
		t.Error("Compile in parts gives another matcher")
	}
	if _, partsErr := Compile(bad); partsErr == nil || wholeErr == nil || partsErr.Error() != wholeErr.Error() {
		t.Errorf("errors in parts:\n%v\nwhole:\n%v", partsErr, wholeErr)
	}
}

// TestUnpackedFirst checks the trie with its child offsets and labels in
// full, as for an alphabet too large for 16-bit offsets or 8-bit labels:
// same matches, and a round trip through a compiled file keeps the layout.
func TestUnpackedFirst(t *testing.T) {
	packed := testMatcher(t)
	m := testMatcher(t)
	tr := &m.trie
	tr.first = make([]uint32, len(tr.firstOff))
	for i := range tr.first {
		tr.first[i] = tr.firstOf(uint32(i))
	}
	tr.firstBase, tr.firstOff = nil, nil
	tr.label = make([]uint16, len(tr.label8))
	for i := range tr.label {
		tr.label[i] = tr.labelOf(uint32(i))
	}
	tr.label8 = nil
	m2, err := ReadCompiled(bytes.NewReader(compiledBytes(t, m)), "unpacked.kgz")
	if err != nil {
		t.Fatal(err)
	}
	if m2.trie.firstOff != nil || len(m2.trie.first) != len(tr.first) || m2.trie.label8 != nil || len(m2.trie.label) != len(tr.label) {
		t.Fatalf("read back with %d packed and %d full offsets, %d and %d labels", len(m2.trie.firstOff), len(m2.trie.first), len(m2.trie.label8), len(m2.trie.label))
	}
	for _, text := range []string{"وصل بيني غانتس إلى الرباط والولايات المتحدة الأمريكية", "Benny Gantz in Rabat, an Israeli official"} {
		want := scanSpans(packed, text)
		for _, mm := range []*Matcher{m, m2} {
			if diff := cmp.Diff(want, scanSpans(mm, text)); diff != "" {
				t.Errorf("Scan(%q) with full offsets (-packed +full):\n%s", text, diff)
			}
		}
	}
}

// TestNamesFromTrie checks that the entries come back as given, whether a
// name is kept as text or as the trie node that spells it (plain keys).
func TestNamesFromTrie(t *testing.T) {
	es, err := ReadJSONL(strings.NewReader(testEntries+`{"id":"per:x","type":"PER","names":{"ar":["محمد بن سلمان","مُحمّد  بن سلمان"," علي "],"en":["Mohammed bin Salman","mohammed bin salman"]}}
`), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := ReadCompiled(bytes.NewReader(compiledBytes(t, m)), "names.kgz")
	if err != nil {
		t.Fatal(err)
	}
	for _, mm := range []*Matcher{m, loaded} {
		for i := range es {
			got := mm.Entry(es[i].ID)
			if got == nil {
				t.Fatalf("no entry %s", es[i].ID)
			}
			if diff := cmp.Diff(es[i].Names, got.Names); diff != "" {
				t.Errorf("%s names (-given +stored):\n%s", es[i].ID, diff)
			}
		}
	}
	// The plain name is stored as a node, the others as text.
	i, _ := m.store.find("per:x")
	rec := m.store.blob[m.store.offs[i]:m.store.offs[i+1]]
	if bytes.Contains(rec, []byte("محمد بن سلمان")) || !bytes.Contains(rec, []byte("مُحمّد")) || !bytes.Contains(rec, []byte("Mohammed bin Salman")) {
		t.Errorf("record of per:x holds %q", rec)
	}
}
