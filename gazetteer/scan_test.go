package gazetteer

import (
	"bytes"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/khabar-nlp/khabar/token"
)

// scanned renders the matches of Scan like found renders FindAll's.
func scanned(m *Matcher, text string) []string {
	var out []string
	for _, mt := range m.Scan(text) {
		out = append(out, rendered(text[mt.Start+mt.Prefix:mt.End], mt.Nisba, mt.Entries))
	}
	return out
}

func TestScan(t *testing.T) {
	m := testMatcher(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "وصل إلى الرباط", []string{"الرباط=loc:rabat"}},
		{"clitic cut off", "وبالرباط", []string{"الرباط=loc:rabat"}},
		{"lam-alef-lam keeps the word", "زيارة للرباط", []string{"للرباط=loc:rabat"}},
		{"conjunction and lam-alef-lam", "وللرباط", []string{"وللرباط=loc:rabat"}},
		{"lam on a name without article", "لواشنطن", []string{"واشنطن=loc:washington"}},
		{"kaf only before long stems", "كتشاد كالولايات المتحدة", []string{"الولايات المتحدة=loc:united-states"}},
		{"letter variants and diacritics", "إلى واشِنْطُن والمملكه المغربيه", []string{"واشِنْطُن=loc:washington", "المملكه المغربيه=loc:morocco"}},
		{"tatweel and bidi marks", "واشنـــطن \u200fالرباط", []string{"واشنـــطن=loc:washington", "الرباط=loc:rabat"}},
		{"presentation forms", "ﺍﻟﺮﺑﺎﻁ", []string{"ﺍﻟﺮﺑﺎﻁ=loc:rabat"}},
		{"longest wins", "الولايات المتحدة الأمريكية", []string{"الولايات المتحدة الأمريكية=loc:united-states"}},
		{"shorter when the long one breaks", "الولايات المتحدة اليوم", []string{"الولايات المتحدة=loc:united-states"}},
		{"any run of spaces between words", "الولايات \u00a0 المتحدة", []string{"الولايات \u00a0 المتحدة=loc:united-states"}},
		{"no name across a line break", "الولايات\nالمتحدة", nil},
		{"no name across punctuation", "الولايات، المتحدة", nil},
		{"whole words only", "الرباطي ورباط", nil},
		{"punctuation ends a word", "«الرباط»، (واشنطن).", []string{"الرباط=loc:rabat", "واشنطن=loc:washington"}},
		{"a full stop inside a token is a boundary", "د.تشاد", []string{"تشاد=loc:chad"}},
		{"nisba", "وزير الدفاع الإسرائيلي والقوات المغربية", []string{"الإسرائيلي~loc:israel", "المغربية~loc:morocco"}},
		{"irregular nisba from demonyms", "الأميركيين", []string{"الأميركيين~loc:united-states"}},
		{"indefinite nisba with a clitic", "بإسرائيليين", []string{"إسرائيليين~loc:israel"}},
		{"spelling variant", "بيني غانتز", []string{"بيني غانتز=per:benny-gantz"}},
		{"English", "Benny Gantz flew to Rabat.", []string{"Benny Gantz=per:benny-gantz", "Rabat=loc:rabat"}},
		{"English capital needed", "a chad of paper in Chad", []string{"Chad=loc:chad"}},
		{"English demonym", "an Israeli official, not israeli", []string{"Israeli~loc:israel"}},
		{"English possessive", "Rabat's mayor", []string{"Rabat=loc:rabat"}},
		{"English possessive after a name of two words", "Benny Gantz's visit", []string{"Benny Gantz=per:benny-gantz"}},
		{"على is not the name علي", "على الطاولة قال عليّ", []string{"عليّ=per:ali"}},
		{"invalid UTF-8", "\xffالرباط\xfe واشنطن\xc3", []string{"الرباط=loc:rabat", "واشنطن=loc:washington"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, scanned(m, tt.text)); diff != "" {
				t.Errorf("Scan(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// scanVocabulary is what TestScanAgreesWithFindAll and FuzzScan build
// texts from: words of the test names, with and without clitics, letter
// variants and marks, nisba forms, other words, and the separators on
// which the tokeniser and Scan agree.
var scanVocabulary = []string{
	"الرباط", "بالرباط", "وللرباط", "للرباط", "الرباطي", "واشنطن", "لواشنطن", "واشِنْطُن",
	"الولايات", "المتحدة", "الأمريكية", "الأميركيين", "إسرائيل", "الإسرائيلية", "بإسرائيليين",
	"المملكة", "المغربية", "المغربيه", "تشاد", "كتشاد", "بيني", "غانتس", "غانتز", "علي", "على", "عليّ",
	"Rabat", "rabat", "Benny", "Gantz", "Chad", "chad", "Israeli", "American", "United", "States",
	"في", "قال", "وزير", "اليوم", "the", "of",
	" ", " ", " ", " ", "  ", "، ", " ، ", " - ", " «", "» ", " (", ") ", "\n", ". ",
}

// scanText turns bytes into a text of scanVocabulary pieces.
func scanText(b []byte) string {
	var sb strings.Builder
	for i, c := range b {
		piece := scanVocabulary[int(c)%len(scanVocabulary)]
		// Two words always have a separator between them.
		if i > 0 && !strings.ContainsAny(piece, " \n،«»().-") && !strings.HasSuffix(sb.String(), " ") && !strings.HasSuffix(sb.String(), "\n") {
			sb.WriteByte(' ')
		}
		sb.WriteString(piece)
	}
	return sb.String()
}

// scanSpans and findAllSpans render matches as "start-end=id" (with "~" for nisba), from
// Scan and from FindAll, for comparison.
func scanSpans(m *Matcher, text string) []string {
	var out []string
	for _, mt := range m.Scan(text) {
		out = append(out, spanString(mt.Start, mt.Start+mt.Prefix, mt.End, mt.Nisba, mt.Entries))
	}
	return out
}

func findAllSpans(m *Matcher, text string) []string {
	toks := token.Tokenize(text)
	var out []string
	for _, mt := range m.FindAll(text, toks) {
		out = append(out, spanString(toks[mt.Start].Start, toks[mt.Start].Start+mt.Prefix, toks[mt.End-1].End, mt.Nisba, mt.Entries))
	}
	return out
}

func spanString(start, name, end int, nisba bool, es []*Entry) string {
	var ids []string
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	sep := "="
	if nisba {
		sep = "~"
	}
	return strconv.Itoa(start) + "-" + strconv.Itoa(name) + "-" + strconv.Itoa(end) + sep + strings.Join(ids, ",")
}

// randomBytes returns 1 to n random bytes, the seed of a random text.
func randomBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, 1+r.IntN(n))
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

// TestScanAgreesWithFindAll checks Scan against FindAll on tokens, the
// slower path, on random texts of words, spaces and stand-alone
// punctuation, where their notions of a word agree.
func TestScanAgreesWithFindAll(t *testing.T) {
	m := testMatcher(t)
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		text := scanText(randomBytes(r, 12))
		if diff := cmp.Diff(findAllSpans(m, text), scanSpans(m, text)); diff != "" {
			t.Fatalf("Scan(%q) differs from FindAll (-FindAll +Scan):\n%s", text, diff)
		}
	}
}

// TestScanProcliticLettersNotInNames checks Scan against FindAll with a
// gazetteer whose names spell none of the proclitic letters (و ف ب ل ك
// س): Scan must still strip them, as FindAll does.
func TestScanProcliticLettersNotInNames(t *testing.T) {
	m, err := Compile([]Entry{{ID: "per:saleh", Type: PER, Names: map[string][]string{"ar": {"علي عبدالله صالح"}}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want int // matches
	}{
		{"قال علي عبدالله صالح", 1},
		{"وعلي عبدالله صالح", 1},
		{"فبعلي عبدالله صالح", 1},
		{"لعلي عبدالله صالح", 1},
		{"ومع عبدالله صالح", 0},
	} {
		got := scanSpans(m, tc.text)
		if diff := cmp.Diff(findAllSpans(m, tc.text), got); diff != "" {
			t.Errorf("Scan(%q) differs from FindAll (-FindAll +Scan):\n%s", tc.text, diff)
		}
		if len(got) != tc.want {
			t.Errorf("Scan(%q) = %v, want %d matches", tc.text, got, tc.want)
		}
	}
}

// FuzzScan checks Scan against FindAll on texts of scanVocabulary pieces,
// and, on the raw input, that Scan's matches are ordered, do not overlap
// and stay inside the text.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"\x00\x01\x02", "وبالرباط", "\xffالرباط", "Rabat's", "ﺍﻟﺮﺑﺎﻁ"} {
		f.Add([]byte(s))
	}
	m := testMatcher(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		text := scanText(b)
		if diff := cmp.Diff(findAllSpans(m, text), scanSpans(m, text)); diff != "" {
			t.Fatalf("Scan(%q) differs from FindAll (-FindAll +Scan):\n%s", text, diff)
		}
		raw := string(b)
		prev := 0
		for _, mt := range m.Scan(raw) {
			if mt.Start < prev || mt.Start+mt.Prefix > mt.End || mt.End > len(raw) || len(mt.Entries) == 0 {
				t.Fatalf("Scan(%q): bad match %+v after %d", raw, mt, prev)
			}
			if !utf8.ValidString(raw[mt.Start:mt.End]) && mt.End-mt.Start == 1 {
				t.Fatalf("Scan(%q): match on an invalid byte", raw)
			}
			prev = mt.End
		}
	})
}

func BenchmarkScan(b *testing.B) {
	m := testMatcher(b)
	text := strings.Repeat("وصل وزير الدفاع الإسرائيلي، بيني غانتس، منتصف ليلة أمس إلى مطار الرباط - سلا، في أول زيارة رسمية للمغرب. ", 100)
	var out []TextMatch
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		out = m.AppendScan(out[:0], text)
	}
}

// TestConcurrentScan shares one fresh matcher, whose entries are not yet
// decoded, between goroutines that scan, match tokens and look entries up
// at once; run with -race. Every goroutine must see the same matches and
// the same *Entry for an ID.
func TestConcurrentScan(t *testing.T) {
	texts := []string{
		"وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط ثم واشنطن والولايات المتحدة الأمريكية",
		"Benny Gantz flew from Rabat to Washington; an Israeli official met him in Chad.",
	}
	for round := range 5 {
		m := testMatcher(t) // fresh: nothing decoded yet
		want := make([][]string, len(texts))
		var wg sync.WaitGroup
		got := make([][][]string, 8)
		ids := make([][]*Entry, 8)
		for g := range got {
			wg.Go(func() {
				for _, text := range texts {
					got[g] = append(got[g], scanSpans(m, text), findAllSpans(m, text))
				}
				ids[g] = []*Entry{m.Entry("loc:rabat"), m.Entry("per:benny-gantz"), m.Scan(texts[0])[0].Entries[0]}
			})
		}
		wg.Wait()
		for i, text := range texts {
			want[i] = findAllSpans(testMatcher(t), text)
		}
		for g := range got {
			for i := range texts {
				if diff := cmp.Diff(want[i], got[g][2*i]); diff != "" {
					t.Fatalf("round %d, goroutine %d: Scan(%q) (-want +got):\n%s", round, g, texts[i], diff)
				}
			}
			for k, e := range ids[g] {
				if e == nil || e != ids[0][k] {
					t.Fatalf("round %d, goroutine %d: entry %d is %p, goroutine 0 has %p", round, g, k, e, ids[0][k])
				}
			}
		}
	}
}

func BenchmarkCompile(b *testing.B) {
	var lines strings.Builder
	r := rand.New(rand.NewPCG(3, 4))
	letters := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	for range 20000 {
		for w := range 1 + r.IntN(3) {
			if w > 0 {
				lines.WriteByte(' ')
			}
			for range 3 + r.IntN(5) {
				lines.WriteRune(letters[r.IntN(len(letters))])
			}
		}
		lines.WriteByte('\n')
	}
	es, err := ReadList(strings.NewReader(lines.String()), "names.txt", PER)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile(es); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(es)), "ns/entry")
}

// TestNextWordFilter checks the next-word filter that Scan asks before it
// walks into the word after a gap: every word that goes on with a name is
// in it, whatever the spelling variant or clitic before the name, and a
// word that goes on with none is not (the filter is sized so that a false
// positive is unlikely for so few names; the hashes are fixed).
func TestNextWordFilter(t *testing.T) {
	m, err := Compile([]Entry{
		{ID: "loc:us", Type: LOC, Names: map[string][]string{"ar": {"الولايات المتحدة الأمريكية"}, "en": {"United States of America", "U.S. Army Corps"}}},
		{ID: "per:gantz", Type: PER, Names: map[string][]string{"ar": {"بيني غانتس"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		first, rest string // the first word, then a gap and one more word
		want        bool
	}{
		{"بيني", "غانتس", true},
		{"الولايات", "المتحدة", true},
		{"الولايات المتحدة", "الأمريكية", true},
		{"الولايات المتحدة", "الامريكيه", true}, // letter variants
		{"United", "States", true},
		{"united states of", "america", true},
		{"U.S.", "Army", true}, // after punctuation
		{"بيني", "وزير", false},
		{"الولايات", "الأمريكية", false}, // a later word, not the next
		{"الولايات المتحدة", "المتحدة", false},
		{"غانتس", "بيني", false},
		{"United", "America", false},
	}
	for _, tt := range tests {
		text := tt.first + " " + tt.rest
		h := m.hashPrefix(t, text[:len(tt.first)])
		h, ok := m.hashWord(text, len(tt.first)+1, h*hashBase+symGap)
		if !ok {
			t.Fatalf("hashWord(%q) = false", tt.rest)
		}
		if got := m.isNextWord(h); got != tt.want {
			t.Errorf("isNextWord(%q + %q) = %v, want %v", tt.first, tt.rest, got, tt.want)
		}
	}
}

// TestMayGoOn checks the test that spares AppendScan the walks of a first
// word with no proclitic that find nothing: the word is let through when
// a name may end with it (علي, a function word too, only as written with
// ي; a nisba; a name that goes on with punctuation) or the word after the
// spaces goes on with a name, and not otherwise. Scan must find what the
// stored-symbol scan, which asks no such test, finds.
func TestMayGoOn(t *testing.T) {
	m, err := Compile([]Entry{
		{ID: "per:ali", Type: PER, Names: map[string][]string{"ar": {"علي"}}},
		{ID: "per:saleh", Type: PER, Names: map[string][]string{"ar": {"علي عبدالله صالح"}}},
		{ID: "per:gantz", Type: PER, Names: map[string][]string{"ar": {"بيني غانتس"}}},
		{ID: "org:army", Type: ORG, Names: map[string][]string{"en": {"U.S. Army Corps"}}},
		{ID: "org:dash", Type: ORG, Names: map[string][]string{"en": {"Alpha - Beta"}}},
		{ID: "loc:morocco", Type: LOC, Subtype: "country", Names: map[string][]string{"ar": {"المغرب"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string // a first word, then what follows it
		want bool
	}{
		{"علي", true},
		{"علي أمس", true},
		{"على", false},
		{"على أمس", false},
		{"على عبدالله", true},
		{"على عبدالله صالح", true}, // the walk takes the next word's hash from mayGoOn
		{"علي عبدالله صالح", true},
		{"على  \u200cعبد\u200cالله", true}, // spaces and format controls
		{"على\nعبدالله", false},            // no name spans a line break
		{"على، عبدالله", false},
		{"على ،عبدالله", false},
		{"على ", false},
		{"بيني غانتس", true},
		{"بيني غانتس.", true},
		{"بيني وزير", false},
		{"بيني", false},
		{"بيني\u00a0غانتس", true},
		{"U.S.", true},    // punctuation after the first word
		{"U S", true},     // the mark is on the word, whatever follows
		{"Alpha -", true}, // punctuation after a gap
		{"Alpha Beta", true},
		{"المغرب", true},
		{"مغربي", true}, // its nisba
		{"المغربيون", true},
	}
	for _, tt := range tests {
		end := len(tt.text)
		for q, r := range tt.text {
			if r == ' ' || r == '\n' || r == '.' || r == '،' || r == '\u00a0' {
				end = q
				break
			}
		}
		h := m.hashPrefix(t, tt.text[:end])
		if !m.isFirstWord(h) {
			t.Fatalf("%q: not a first word", tt.text[:end])
		}
		if got := m.mayGoOn(tt.text, 0, end, h); got != tt.want {
			t.Errorf("mayGoOn(%q) = %v, want %v", tt.text, got, tt.want)
		}
		checkScanStored(t, m, tt.text)
		checkScanStored(t, m, "قال "+tt.text+" أمس")
	}
	// Each reading of a word that may carry a proclitic asks mayGoOn in
	// matchWord, which the stored-symbol scan shares: FindAll, which asks
	// no filter, is the reference.
	for _, text := range []string{
		"وعلي", "وعلى", "وعلى عبدالله صالح", "وعلي أمس", "بعلي عبدالله صالح", "وبعلي عبدالله صالح",
		"وبيني غانتس", "لبيني غانتس", "وبيني وزير", "والمغرب", "وللمغرب", "للمغربيين", "والمغربي",
		"ولعلى عبدالله", "كعلي عبدالله صالح", "سعلي",
	} {
		for _, text := range []string{text, "قال " + text + " أمس"} {
			if diff := cmp.Diff(findAllSpans(m, text), scanSpans(m, text)); diff != "" {
				t.Errorf("Scan(%q) differs from FindAll (-FindAll +Scan):\n%s", text, diff)
			}
		}
	}
}

// hashPrefix returns the hash of the symbols of text (words, single
// spaces and punctuation) as the walks of Scan work it out.
func (m *Matcher) hashPrefix(t *testing.T, text string) uint64 {
	t.Helper()
	h := uint64(0)
	for q := 0; q < len(text); {
		v, size := m.decode(text, q)
		switch class(v >> packClassBits) {
		case cSpace:
			h, q = h*hashBase+symGap, q+size
		case cPunct:
			h, q = h*hashBase+uint64(uint16(v)), q+size
		default:
			var ok bool
			if h, ok = m.hashWord(text, q, h); !ok {
				t.Fatalf("hashWord(%q) = false", text[q:])
			}
			for q < len(text) {
				v, size := m.decode(text, q)
				if cl := class(v >> packClassBits); cl == cSpace || cl == cPunct {
					break
				}
				q += size
			}
		}
	}
	return h
}

// TestScanAgreesWithFindAllManyWords checks Scan against FindAll with a
// gazetteer of names of one to three short words from a few letters, on
// texts made of those words: many walks go past a first word, where Scan
// asks the next-word filter and FindAll does not.
func TestScanAgreesWithFindAllManyWords(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	word := randomWord(r, "ابتدرمنهوي", 2, 4)
	m, words := shortWordMatcher(t, r, word, []string{" "})
	seps := []string{" ", " ", " ", "  ", "، ", " - ", "\n"}
	for range 3000 {
		var sb strings.Builder
		for i := range 1 + r.IntN(8) {
			if i > 0 {
				sb.WriteString(seps[r.IntN(len(seps))])
			}
			if r.IntN(4) == 0 {
				sb.WriteString(word())
			} else {
				sb.WriteString(words[r.IntN(len(words))])
			}
		}
		text := sb.String()
		if diff := cmp.Diff(findAllSpans(m, text), scanSpans(m, text)); diff != "" {
			t.Fatalf("Scan(%q) differs from FindAll (-FindAll +Scan):\n%s", text, diff)
		}
	}
}

// randomWord returns a maker of words of minLen to maxLen letters drawn
// from letters.
func randomWord(r *rand.Rand, letters string, minLen, maxLen int) func() string {
	ls := []rune(letters)
	return func() string {
		w := make([]rune, minLen+r.IntN(maxLen-minLen+1))
		for i := range w {
			w[i] = ls[r.IntN(len(ls))]
		}
		return string(w)
	}
}

// shortWordMatcher compiles a gazetteer of 400 names of one to three
// words that word makes, joined by one of seps, and returns it with the
// words of its names: many walks go past a first word there.
func shortWordMatcher(t *testing.T, r *rand.Rand, word func() string, seps []string) (*Matcher, []string) {
	t.Helper()
	var lines strings.Builder
	var words []string
	for range 400 {
		n := 1 + r.IntN(3)
		for i := range n {
			w := word()
			words = append(words, w)
			if i > 0 {
				sep := seps[0]
				if len(seps) > 1 {
					sep = seps[r.IntN(len(seps))]
				}
				lines.WriteString(sep)
			}
			lines.WriteString(w)
		}
		lines.WriteByte('\n')
	}
	es, err := ReadList(strings.NewReader(lines.String()), "names.txt", PER)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compile(es)
	if err != nil {
		t.Fatal(err)
	}
	return m, words
}

// TestMayStartClitics checks the filter of the proclitic readings in
// mayStart (the conjunction and preposition bits of cliticSym, and the
// hashes of the stems worked out from the word's) on a matcher compiled
// from entries and on one loaded from its compiled form.
func TestMayStartClitics(t *testing.T) {
	m, err := Compile([]Entry{{ID: "loc:baghdad", Type: LOC, Names: map[string][]string{"ar": {"بغداد", "المدينة المنورة"}}}})
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := ReadCompiled(bytes.NewReader(compiledBytes(t, m)), "test")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"بغداد", true},
		{"وبغداد", true},   // conjunction
		{"ببغداد", true},   // preposition
		{"وببغداد", true},  // conjunction and preposition
		{"فلبغداد", true},  // conjunction and ل
		{"للمدينة", true},  // ل + ال written لل
		{"وللمدينة", true}, // and after a conjunction
		{"ومبغداد", false}, // م is no preposition
		{"بوبغداد", false}, // a preposition before a conjunction
		{"ووبغداد", false}, // two conjunctions
		{"مبغداد", false},  // م is no proclitic
		{"وبغدادي", false}, // not the name's word
		{"المدينة", true},  // the first word of a name of two
		{"والمدينة", true}, // with a conjunction
		{"ولمدينة", false}, // ل + مدينة: no article to restore
		{"بببغداد", false}, // two prepositions
	} {
		for name, m := range map[string]*Matcher{"compiled": m, "loaded": loaded} {
			var w wordScan
			m.readWord(&w, tc.word, 0, len(tc.word), math.MaxInt)
			if got := m.mayStart(&w); got != tc.want {
				t.Errorf("%s: mayStart(%q) = %v, want %v", name, tc.word, got, tc.want)
			}
			if got := m.mayStartSyms(w.h, w.n, w.sym[0], w.sym[1], w.sym[2]); got != tc.want {
				t.Errorf("%s: mayStartSyms(%q) = %v, want %v", name, tc.word, got, tc.want)
			}
		}
	}
}

// TestScanFirstTwoLetters checks the test of AppendScan that rejects, with
// the filter and no branch on proclitics, a word whose first two letters
// are of two bytes: names whose first letter is a proclitic letter (بغداد,
// فلسطين, وهران), names after each proclitic, the readings it leaves to
// mayStartSyms (a conjunction and a preposition, لل) and words that are
// no name, as Scan and the stored-symbol scan find them.
func TestScanFirstTwoLetters(t *testing.T) {
	m, err := Compile([]Entry{
		{ID: "loc:baghdad", Type: LOC, Names: map[string][]string{"ar": {"بغداد"}}},
		{ID: "loc:palestine", Type: LOC, Names: map[string][]string{"ar": {"فلسطين"}}},
		{ID: "loc:oran", Type: LOC, Names: map[string][]string{"ar": {"وهران"}}},
		{ID: "loc:london", Type: LOC, Names: map[string][]string{"ar": {"لندن"}}},
		{ID: "loc:medina", Type: LOC, Names: map[string][]string{"ar": {"المدينة المنورة"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // the names found, proclitics cut off
	}{
		{"بغداد فلسطين وهران لندن", []string{"بغداد", "فلسطين", "وهران", "لندن"}},
		{"وبغداد ففلسطين ووهران ولندن", []string{"بغداد", "فلسطين", "وهران", "لندن"}},
		{"ببغداد بفلسطين كوهران للندن", []string{"بغداد", "فلسطين", "لندن"}},                  // ك before a short name is no proclitic
		{"وببغداد فلفلسطين وبوهران", []string{"بغداد", "فلسطين", "وهران"}},                    // conjunction and preposition
		{"للمدينة المنورة وللمدينة المنورة", []string{"للمدينة المنورة", "وللمدينة المنورة"}}, // ل + ال: the whole word
		{"بغدادي فلسطيني وهراني لندني", nil},
		{"ومبغداد بوبغداد ببلندن فلسطينن وهرا لند", nil},
		{"وقال في لبنان ولا فلان", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, mt := range m.Scan(tt.text) {
			got = append(got, tt.text[mt.Start+mt.Prefix:mt.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Scan(%q) (-want +got):\n%s", tt.text, diff)
		}
		checkScanStored(t, m, tt.text)
	}
}
