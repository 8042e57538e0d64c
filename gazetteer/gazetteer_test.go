package gazetteer

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/khabar-nlp/khabar/arabic"
	"github.com/khabar-nlp/khabar/token"
)

const testEntries = `{"id":"loc:rabat","type":"LOC","subtype":"city","name":"Rabat","names":{"ar":["الرباط"],"en":["Rabat"]},"rank":500}
{"id":"loc:rabat-malta","type":"LOC","subtype":"city","name":"Rabat","names":{"ar":["الرباط"],"en":["Rabat"]},"rank":10}
{"id":"loc:washington","type":"LOC","subtype":"city","name":"Washington","names":{"ar":["واشنطن"],"en":["Washington"]}}
{"id":"loc:morocco","type":"LOC","subtype":"country","name":"Morocco","names":{"ar":["المغرب","المملكة المغربية"],"en":["Morocco"]},"demonyms":{"ar":["مغربي"],"en":["Moroccan"]}}
{"id":"loc:israel","type":"LOC","subtype":"country","name":"Israel","names":{"ar":["إسرائيل"],"en":["Israel"]},"demonyms":{"ar":["إسرائيلي"],"en":["Israeli"]}}
{"id":"loc:united-states","type":"LOC","subtype":"country","name":"United States","names":{"ar":["الولايات المتحدة","الولايات المتحدة الأمريكية"],"en":["United States"]},"demonyms":{"ar":["أمريكي","أميركي"],"en":["American"]}}
{"id":"loc:chad","type":"LOC","subtype":"country","name":"Chad","names":{"ar":["تشاد"],"en":["Chad"]}}
{"id":"per:benny-gantz","type":"PER","name":"Benny Gantz","names":{"ar":["بيني غانتس","بيني غانتز"],"en":["Benny Gantz"]}}
{"id":"per:ali","type":"PER","name":"Ali","names":{"ar":["علي"],"en":["Ali"]}}
`

func testMatcher(t testing.TB) *Matcher {
	t.Helper()
	es, err := ReadJSONL(strings.NewReader(testEntries), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// found renders the matches of text as "surface=id" (with "~" for nisba).
func found(m *Matcher, text string) []string {
	toks := token.Tokenize(text)
	var out []string
	for _, mt := range m.FindAll(text, toks) {
		out = append(out, rendered(text[toks[mt.Start].Start+mt.Prefix:toks[mt.End-1].End], mt.Nisba, mt.Entries))
	}
	return out
}

// rendered is "surface=id", or "surface~id" for a nisba, with the first
// candidate's ID.
func rendered(surface string, nisba bool, es []*Entry) string {
	if nisba {
		return surface + "~" + es[0].ID
	}
	return surface + "=" + es[0].ID
}

func TestFindAll(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "وصل إلى الرباط", []string{"الرباط=loc:rabat"}},
		{"clitic cut off", "وبالرباط", []string{"الرباط=loc:rabat"}},
		{"lam-alef-lam keeps the token", "زيارة للرباط", []string{"للرباط=loc:rabat"}},
		{"lam on a name without article", "لواشنطن", []string{"واشنطن=loc:washington"}},
		{"letter variants and diacritics", "إلى واشِنْطُن والمملكه المغربيه", []string{"واشِنْطُن=loc:washington", "المملكه المغربيه=loc:morocco"}},
		{"longest wins", "الولايات المتحدة الأمريكية", []string{"الولايات المتحدة الأمريكية=loc:united-states"}},
		{"shorter when the long one breaks", "الولايات المتحدة اليوم", []string{"الولايات المتحدة=loc:united-states"}},
		{"whole tokens only", "الرباطي", nil},
		{"nisba", "وزير الدفاع الإسرائيلي والقوات المغربية", []string{"الإسرائيلي~loc:israel", "المغربية~loc:morocco"}},
		{"irregular nisba from demonyms", "الأميركيين", []string{"الأميركيين~loc:united-states"}},
		{"indefinite nisba", "هجوم إسرائيلي", []string{"إسرائيلي~loc:israel"}},
		{"spelling variant", "بيني غانتز", []string{"بيني غانتز=per:benny-gantz"}},
		{"name does not cross sentences", "بيني.\nغانتس", nil},
		{"English", "Benny Gantz flew to Rabat", []string{"Benny Gantz=per:benny-gantz", "Rabat=loc:rabat"}},
		{"English capital needed", "a chad of paper in Chad", []string{"Chad=loc:chad"}},
		{"English demonym", "an Israeli official", []string{"Israeli~loc:israel"}},
		{"English possessive", "Rabat's mayor", []string{"Rabat's=loc:rabat"}},
		{"English possessive after a name of two words", "Benny Gantz's visit", []string{"Benny Gantz's=per:benny-gantz"}},
		{"على is not the name علي", "على الطاولة قال عليّ", []string{"عليّ=per:ali"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, found(m, tt.text)); diff != "" {
				t.Errorf("FindAll(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestAppendFindAll checks that AppendFindAll keeps what dst holds and
// appends what FindAll finds, also when dst's array is reused.
func TestAppendFindAll(t *testing.T) {
	m := testMatcher(t)
	texts := []string{"وصل إلى الرباط ثم واشنطن", "الولايات المتحدة الأمريكية وبالرباط", "لا اسم هنا"}
	var buf []Match
	for _, text := range texts {
		toks := token.Tokenize(text)
		want := m.FindAll(text, toks)
		buf = m.AppendFindAll(buf[:0], text, toks)
		if diff := cmp.Diff(want, buf, cmpopts.EquateEmpty(), cmp.Comparer(func(a, b *Entry) bool { return a == b })); diff != "" {
			t.Errorf("AppendFindAll(reused, %q) mismatch (-FindAll +got):\n%s", text, diff)
		}
		keep := Match{Start: -1}
		got := m.AppendFindAll([]Match{keep}, text, toks)
		if len(got) != len(want)+1 || got[0].Start != -1 {
			t.Errorf("AppendFindAll(%q) lost or moved what dst held: %v", text, got)
		}
	}
}

func TestAmbiguousKeepsCandidates(t *testing.T) {
	m := testMatcher(t)
	text := "الرباط"
	ms := m.FindAll(text, token.Tokenize(text))
	if len(ms) != 1 {
		t.Fatalf("got %d matches", len(ms))
	}
	var ids []string
	for _, e := range ms[0].Entries {
		ids = append(ids, e.ID)
	}
	if diff := cmp.Diff([]string{"loc:rabat", "loc:rabat-malta"}, ids); diff != "" {
		t.Errorf("candidates mismatch (-want +got):\n%s", diff)
	}
}

func TestReadJSONLErrors(t *testing.T) {
	in := `{"id":"loc:a","type":"LOC","names":{"ar":["أ ب"]}}

{"id":"loc:b","type":"CITY","names":{"en":["B"]}}
{"id":"loc:c","type":"LOC","names":{}}
not json
{"id":"loc:d","type":"LOC","names":{"en":[""]}}
{"id":"loc:e","type":"LOC","names":{"en":["E"]},"colour":"red"}
`
	_, err := ReadJSONL(strings.NewReader(in), "places.jsonl")
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v is not an ErrorList", err)
	}
	var lines []int
	for _, e := range list {
		lines = append(lines, e.Line)
		if e.File != "places.jsonl" {
			t.Errorf("error %v names file %q", e, e.File)
		}
	}
	if diff := cmp.Diff([]int{3, 4, 5, 6, 7}, lines); diff != "" {
		t.Errorf("error lines mismatch (-want +got):\n%s\n%v", diff, err)
	}
	if !strings.Contains(err.Error(), "gazetteer: places.jsonl:3: entry loc:b: type \"CITY\"") {
		t.Errorf("error text %q lacks file:line and problem", err)
	}
}

func TestCompileDuplicateID(t *testing.T) {
	es, err := ReadJSONL(strings.NewReader(testEntries+`{"id":"loc:rabat","type":"LOC","names":{"en":["Rabat"]}}`+"\n"), "dup.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Compile(es)
	if err == nil || !strings.Contains(err.Error(), "dup.jsonl:10: duplicate id loc:rabat (first at dup.jsonl:1)") {
		t.Errorf("Compile error = %v, want duplicate id at dup.jsonl:10", err)
	}
}

func TestReadList(t *testing.T) {
	es, err := ReadList(strings.NewReader("# cities\nالرباط\nRabat\tfr\n\nالرباط\n"), "cities.txt", LOC)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{}
	for _, e := range es {
		for lang, ns := range e.Names {
			got = append(got, e.ID+" "+lang+":"+ns[0]+" "+e.Origin())
		}
	}
	want := []string{"loc:الرباط ar:الرباط cities.txt:2", "loc:rabat fr:Rabat cities.txt:3"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ReadList mismatch (-want +got):\n%s", diff)
	}
	if _, err := ReadList(strings.NewReader("x\n\xff\n"), "bad.txt", PER); err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Errorf("invalid UTF-8 error = %v, want bad.txt:2", err)
	}
}

func TestLoadFileNeedsType(t *testing.T) {
	_, err := LoadFile("testdata/names.txt")
	if err == nil || !strings.Contains(err.Error(), "TYPE:testdata/names.txt") {
		t.Errorf("LoadFile of a plain list without type: %v", err)
	}
	es, err := LoadFile("PER:testdata/names.txt")
	if err != nil || len(es) != 2 || es[0].Type != PER {
		t.Errorf("LoadFile(PER:...) = %v, %v", es, err)
	}
}

// reference is a slow matcher: at each token, every name of every entry is
// compared token by token, over every reading of the first token.
func reference(m *Matcher, text string, toks []token.Token) []string {
	type name struct {
		keys    []string
		id      string
		finalYa bool
	}
	var names []name
	for e := range m.Entries {
		for _, ns := range e.Names {
			for _, n := range ns {
				var keys []string
				for _, t := range token.Tokenize(n) {
					keys = append(keys, t.Key)
				}
				fy := len(keys) == 1 && arabic.IsStopword(keys[0]) && strings.HasSuffix(n, "ي")
				names = append(names, name{keys, e.ID, fy})
			}
		}
	}
	var out []string
	for i := 0; i < len(toks); {
		bestEnd := -1
		firsts := []string{toks[i].Key}
		for _, r := range toks[i].Readings {
			if !(strings.HasSuffix(r.Prefix, "ك") && len([]rune(r.Stem)) < 6) {
				firsts = append(firsts, r.Stem)
			}
		}
		for _, n := range names {
			if len(n.keys) == 0 || i+len(n.keys) > len(toks) {
				continue
			}
			ok := false
			for _, f := range firsts {
				ok = ok || f == n.keys[0]
			}
			for j := 1; ok && j < len(n.keys); j++ {
				ok = toks[i+j].Key == n.keys[j] && toks[i+j].Sentence == toks[i].Sentence
			}
			if ok && n.finalYa {
				surface := []rune(text[toks[i].Start:toks[i].End])
				for len(surface) > 0 && surface[len(surface)-1] >= 0x064B && surface[len(surface)-1] <= 0x065F {
					surface = surface[:len(surface)-1]
				}
				ok = len(surface) > 0 && surface[len(surface)-1] == 'ي'
			}
			// Every Latin name of the test entries is capitalised.
			if r := text[toks[i].Start]; ok && toks[i].Script == token.Latin && !(r >= 'A' && r <= 'Z') {
				ok = false
			}
			if ok && i+len(n.keys) > bestEnd {
				bestEnd = i + len(n.keys)
			}
		}
		if bestEnd > 0 {
			out = append(out, text[toks[i].Start:toks[bestEnd-1].End])
			i = bestEnd
			continue
		}
		i++
	}
	return out
}

// FuzzFindAll compares the matcher's name matches with the slow reference
// and checks that matches stay inside the input.
func FuzzFindAll(f *testing.F) {
	for _, s := range []string{"وبالرباط والولايات المتحدة", "للرباط بيني غانتس", "Rabat rabat", "\xffالرباط", "على علي عليّ"} {
		f.Add(s)
	}
	m := testMatcher(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks := token.Tokenize(text)
		var got []string
		for _, mt := range m.FindAll(text, toks) {
			s, e := toks[mt.Start].Start+mt.Prefix, toks[mt.End-1].End
			if s < 0 || s > e || e > len(text) {
				t.Fatalf("match [%d,%d) outside input of %d bytes", s, e, len(text))
			}
			if !mt.Nisba {
				got = append(got, text[toks[mt.Start].Start:e])
			}
		}
		if diff := cmp.Diff(reference(m, text, toks), got); diff != "" {
			t.Errorf("FindAll(%q) differs from the reference (-ref +got):\n%s", text, diff)
		}
	})
}

func BenchmarkFindAll(b *testing.B) {
	m := testMatcher(b)
	text := strings.Repeat("وصل وزير الدفاع الإسرائيلي، بيني غانتس، منتصف ليلة أمس إلى مطار الرباط - سلا، في أول زيارة رسمية للمغرب. ", 100)
	toks := token.Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.FindAll(text, toks)
	}
}

func TestLookupAndStats(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name  string
		want  []string
		nisba bool
	}{
		{"وبالرباط", []string{"loc:rabat", "loc:rabat-malta"}, false},
		{"الإسرائيليين", []string{"loc:israel"}, true},
		{"الولايات المتحدة", []string{"loc:united-states"}, false},
		{"الولايات", nil, false},
		{"", nil, false},
	}
	for _, tt := range tests {
		es, nisba := m.Lookup(tt.name)
		var ids []string
		for _, e := range es {
			ids = append(ids, e.ID)
		}
		if diff := cmp.Diff(tt.want, ids); diff != "" || nisba != tt.nisba {
			t.Errorf("Lookup(%q) nisba=%v mismatch (-want +got):\n%s", tt.name, nisba, diff)
		}
	}
	s := m.Stats()
	if s.Entries != 9 || s.ByType[LOC] != 7 || s.ByType[PER] != 2 || s.BySubtype[LOC]["country"] != 4 || s.WithNisba != 3 || s.Bilingual != 9 {
		t.Errorf("Stats() = %+v", s)
	}
	var amb []string
	for _, a := range m.Ambiguous() {
		amb = append(amb, a.Key)
	}
	if diff := cmp.Diff([]string{"rabat", "الرباط"}, amb); diff != "" {
		t.Errorf("Ambiguous() mismatch (-want +got):\n%s", diff)
	}
}
