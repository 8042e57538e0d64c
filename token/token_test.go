package token

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/segment"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/khabar-nlp/khabar/internal/newssample"
	"github.com/kljensen/snowball/english"
)

func surfaces(text string, toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = text[t.Start:t.End]
	}
	return out
}

func TestTokenize(t *testing.T) {
	text := "وصل وزير الدفاع الإسرائيلي، بيني غانتس، إلى الرباط."
	toks := Tokenize(text)
	want := []string{"وصل", "وزير", "الدفاع", "الإسرائيلي", "،", "بيني", "غانتس", "،", "إلى", "الرباط", "."}
	if diff := cmp.Diff(want, surfaces(text, toks)); diff != "" {
		t.Fatalf("Tokenize mismatch (-want +got):\n%s", diff)
	}
	if toks[3].Key != "الاسراييلي" || toks[3].Script != Arabic {
		t.Errorf("token 3: key %q script %v", toks[3].Key, toks[3].Script)
	}
	if toks[4].Script != Punct {
		t.Errorf("comma has script %v", toks[4].Script)
	}
}

func TestTokenizeLatin(t *testing.T) {
	text := "Blinken visited Rabat in 2021."
	toks := Tokenize(text)
	got := []string{}
	for _, tk := range toks {
		got = append(got, tk.Key+"/"+tk.Stem+"/"+tk.Script.String())
	}
	want := []string{"blinken/blinken/latin", "visited/visit/latin", "rabat/rabat/latin", "in/in/latin", "2021//digit", ".//punct"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", text, diff)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Arabic stops", "وصل غانتس. وقال مصدر؟ نعم؛ لا", []string{"وصل غانتس.", "وقال مصدر؟", "نعم؛", "لا"}},
		{"line breaks", "عنوان\n\nوصل غانتس", []string{"عنوان", "وصل غانتس"}},
		{"decimal number", "بلغ 3.5 مليار. ثم", []string{"بلغ 3.5 مليار.", "ثم"}},
		{"abbreviation", "Mr. Smith met U.S. officials. Then", []string{"Mr. Smith met U.S. officials.", "Then"}},
		{"initials", "قالت أ. ف. ب. إن", []string{"قالت أ. ف. ب. إن"}},
		{"closing quote stays", "قال «نعم.» ثم", []string{"قال «نعم.»", "ثم"}},
		{"ellipsis", "انتظر... ثم", []string{"انتظر...", "ثم"}},
		{"Arabic abbreviation token", "بغداد (د.ب.أ) قال", []string{"بغداد (د.ب.أ) قال"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			var got []string
			for _, s := range Sentences(toks) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	text := "الرباط \xff\xfe abc"
	toks := Tokenize(text)
	want := []string{"الرباط", "\xff", "\xfe", "abc"}
	if diff := cmp.Diff(want, surfaces(text, toks)); diff != "" {
		t.Errorf("Tokenize mismatch (-want +got):\n%s", diff)
	}
}

// reference tokenises valid UTF-8 with segment's bufio splitter: the
// non-space segments, in order.
func reference(text string) []string {
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 0, len(text)+1), len(text)+segment.MaxScanTokenSize)
	sc.Split(segment.SplitWords)
	var out []string
	for sc.Scan() {
		if !isSpaceString(sc.Text()) {
			out = append(out, sc.Text())
		}
	}
	return out
}

// FuzzTokenize checks the contract on any bytes: tokens in order, inside
// the input, never overlapping, only white space between them, sentence
// indices non-decreasing; and on valid UTF-8 the same tokens as segment.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"وصل وزير الدفاع الإسرائيلي، بيني غانتس، إلى الرباط.", "U.S. officials met... ok?", "٢٠٢٠ و3.5",
		"\xff\xfeب", "لـ«الشرق الأوسط»", "\u200fغ\u200cا", "", "بيني غانتس", "New York ab",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		pos, sent := 0, 0
		for i, tk := range toks {
			if tk.Start < pos || tk.End <= tk.Start || tk.End > len(text) {
				t.Fatalf("token %d [%d,%d) out of order or outside input of %d bytes", i, tk.Start, tk.End, len(text))
			}
			if between := text[pos:tk.Start]; utf8.ValidString(between) && !isSpaceString(between) {
				t.Fatalf("bytes %q between tokens are not white space", between)
			}
			if tk.Sentence < sent {
				t.Fatalf("token %d: sentence %d after %d", i, tk.Sentence, sent)
			}
			pos, sent = tk.End, tk.Sentence
		}
		sameTokens(t, fmt.Sprintf("%q", text), refTokenize(text), toks)
		if utf8.ValidString(text) {
			if diff := cmp.Diff(reference(text), surfaces(text, toks), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Tokenize(%q) differs from segment (-segment +Tokenize):\n%s", text, diff)
			}
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

// BenchmarkTokenizeBuffer is BenchmarkTokenize with the arrays of a Buffer
// reused from one call to the next, as khabar's pipeline does: it measures
// the tokeniser without the allocation and garbage collection of its
// output.
func BenchmarkTokenizeBuffer(b *testing.B) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	var buf Buffer
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf.Tokenize(text)
	}
}

// BenchmarkTokenizeBufferLines is BenchmarkTokenizeBuffer one line at a
// time, as khabar extract --jsonl tokenises an archive: it shows the costs
// that each text pays once.
func BenchmarkTokenizeBufferLines(b *testing.B) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	var buf Buffer
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for line := range strings.Lines(text) {
			buf.Tokenize(line)
		}
	}
}

// BenchmarkSegment is the baseline: blevesearch/segment alone on the same text.
func BenchmarkSegment(b *testing.B) {
	text, _, err := newssample.Text(1 << 20)
	if err != nil {
		b.Fatal(err)
	}
	buf := []byte(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		seg := segment.NewWordSegmenterDirect(buf)
		for seg.Segment() {
		}
	}
}

func TestSimpleWordsFastPath(t *testing.T) {
	for _, s := range []string{"بيني غانتس", "New York", "abcابج def", "الولايات المتحدة الأمريكية", "ءغ في", "zA Za"} {
		if !simpleWords(s) {
			t.Errorf("simpleWords(%q) = false", s)
		}
		if diff := cmp.Diff(reference(s), surfaces(s, Tokenize(s))); diff != "" {
			t.Errorf("Tokenize(%q) differs from segment (-segment +Tokenize):\n%s", s, diff)
		}
	}
	long := strings.Repeat("ab ", maxSimpleWords/3) + "ab" // running text takes the general path
	for _, s := range []string{"", " a", "a ", "a  b", "U.S.", "غانتس،", "مُحمد", "لـ", "2020", "a@", "a[", "ٱ", "a؟", "\xd8", "a\xd9", long} {
		if simpleWords(s) {
			t.Errorf("simpleWords(%q) = true", s)
		}
		if diff := cmp.Diff(reference(s), surfaces(s, Tokenize(s)), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Tokenize(%q) differs from segment (-segment +Tokenize):\n%s", s, diff)
		}
	}
}

// englishText returns about size bytes of English news sentences: the
// texts of ../testdata/en-relations.gold.jsonl, repeated.
func englishText(tb testing.TB, size int) string {
	f, err := os.Open("../testdata/en-relations.gold.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, rec.Text)
	}
	if err := sc.Err(); err != nil || len(texts) == 0 {
		tb.Fatalf("no English texts: %v", err)
	}
	var b strings.Builder
	for b.Len() < size {
		for _, t := range texts {
			b.WriteString(t)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkTokenizeEnglish(b *testing.B) {
	text := englishText(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(text)
	}
}

// TestStemConcurrent tokenises English text from several goroutines at
// once, so that they share stemCache (go test -race), and checks every stem.
func TestStemConcurrent(t *testing.T) {
	text := englishText(t, 64<<10)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for _, tk := range Tokenize(text) {
				if tk.Script != Latin {
					continue
				}
				if want := english.Stem(tk.Key, false); tk.Stem != want {
					t.Errorf("stem of %q = %q, want %q", tk.Key, tk.Stem, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestBuffer checks that a Buffer reused over texts of every size gives
// what Tokenize gives, and that Reset clears the last text's tokens.
func TestBuffer(t *testing.T) {
	texts := []string{
		"وصل وزير الدفاع الإسرائيلي، بيني غانتس، إلى الرباط.",
		strings.Repeat("وبالرباط وللرياض ولواشنطن كتب ", 300), // more readings than the first array holds
		"Benny Gantz's visit to Rabat.",
		"",
		"قال",
	}
	var b Buffer
	for round := range 2 {
		for _, text := range texts {
			got := b.Tokenize(text)
			if diff := cmp.Diff(Tokenize(text), got, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("round %d: Buffer.Tokenize(%.40q) (-Tokenize +Buffer):\n%s", round, text, diff)
			}
			n := len(got)
			b.Reset()
			for i, tok := range got[:n] {
				if tok.Key != "" || tok.Readings != nil || tok.End != 0 {
					t.Fatalf("token %d not cleared by Reset: %+v", i, tok)
				}
			}
		}
	}
}

// TestUnconj checks Unconj against a walk over every reading, whatever the
// key's first letter.
func TestUnconj(t *testing.T) {
	ref := func(tk *Token) (string, bool) {
		for _, rd := range tk.Readings {
			if rd.Prefix == "و" || rd.Prefix == "ف" {
				return rd.Stem, true
			}
		}
		return tk.Key, false
	}
	toks := Tokenize("وقال فيصل ففيصل وبالرباط للرباط والي و ف وف بن Washington's « 12 فوزي وفوزي فقط ولد")
	conj := 0
	for i := range toks {
		s, c := toks[i].Unconj()
		if ws, wc := ref(&toks[i]); s != ws || c != wc {
			t.Errorf("Unconj(%q) = %q, %v; want %q, %v", toks[i].Key, s, c, ws, wc)
		}
		if c {
			conj++
		}
	}
	if conj == 0 || conj == len(toks) {
		t.Errorf("%d of %d tokens with a conjunction: want some, not all", conj, len(toks))
	}
}
