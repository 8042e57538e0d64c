package arabic

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"harakat and shadda", "حَثَّ", "حث"},
		{"tanween and sukun", "اتفاقاً مِنْ", "اتفاقا من"},
		{"superscript alef", "هٰذا", "هذا"},
		{"tatweel", "لـ", "ل"},
		{"alef forms", "آأإٱ", "اااا"},
		{"alef maqsura", "على", "علي"},
		{"ta marbuta", "مدينة", "مدينه"},
		{"hamza carriers", "مسؤول رئيس", "مسوول رييس"},
		{"Arabic-Indic digits", "٢٠٢٠", "2020"},
		{"Persian digits", "۱۹۹۳", "1993"},
		{"Persian look-alikes", "کی", "كي"},
		{"presentation forms", "\uFEE3\uFEAE\uFE8E", "مرا"},
		{"lam-alef ligature", "\uFEFB", "لا"},
		{"zero-width and bidi controls", "غ\u200cا\u200fن\u202bت\u2066س\u061c", "غانتس"},
		{"Quranic marks", "الرَّحْمٰنِ\u06DA", "الرحمن"},
		{"Latin untouched", "Rabat", "Rabat"},
		{"invalid UTF-8 passes through", "ب\xffة", "ب\xffه"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeNoAllocWhenUnchanged(t *testing.T) {
	s := "المغرب"
	if n := testing.AllocsPerRun(100, func() { Normalize(s) }); n != 0 {
		t.Errorf("Normalize of a plain word allocates %v times", n)
	}
}

// TestNormalizeTo checks that NormalizeTo gives Normalize's keys, and that
// keys written to the builder survive its growth.
func TestNormalizeTo(t *testing.T) {
	words := []string{"حَثَّ", "المغرب", "مدينة", "٢٠٢٠", "\uFEFB\uFDF2\uFDFA", "ب\xffة", "Rabat", "", "\u00ad", "غ\u200cا"}
	for r := rune(0x0600); r <= 0x06FF; r++ {
		words = append(words, "ب"+string(r)+"ت")
	}
	for r := rune(presentationLo); r <= presentationHi; r++ {
		words = append(words, string(r))
	}
	var b strings.Builder
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = NormalizeTo(&b, w)
	}
	for i, w := range words {
		if want := Normalize(w); keys[i] != want {
			t.Errorf("NormalizeTo(%q) = %q, want %q", w, keys[i], want)
		}
	}
}

// TestPresentationForms checks the cached keys of the presentation forms
// against NFKC computed rune by rune.
func TestPresentationForms(t *testing.T) {
	for r := rune(presentationLo); r <= presentationHi; r++ {
		if out, _ := fold(r); out != nfkc {
			continue
		}
		var want strings.Builder
		for _, r2 := range norm.NFKC.String(string(r)) {
			if o2, ch2 := fold(r2); !ch2 {
				want.WriteRune(r2)
			} else if o2 >= 0 {
				want.WriteRune(o2)
			}
		}
		if got := Normalize(string(r)); got != want.String() {
			t.Errorf("Normalize(U+%04X) = %q, want %q", r, got, want.String())
		}
	}
}

func TestNormalizeToNoAlloc(t *testing.T) {
	var b strings.Builder
	b.Grow(1 << 16)
	if n := testing.AllocsPerRun(100, func() { NormalizeTo(&b, "الإسرائيلية") }); n != 0 {
		t.Errorf("NormalizeTo with room in the builder allocates %v times", n)
	}
}

func TestReadings(t *testing.T) {
	tests := []struct {
		in   string
		want []Reading
	}{
		{"الرباط", []Reading{{"", "الرباط"}}},
		{"بالرباط", []Reading{{"", "بالرباط"}, {"ب", "الرباط"}}},
		{"وبالرباط", []Reading{{"", "وبالرباط"}, {"و", "بالرباط"}, {"وب", "الرباط"}}},
		{"للرباط", []Reading{{"", "للرباط"}, {"ل", "الرباط"}, {"ل", "لرباط"}}},
		{"لواشنطن", []Reading{{"", "لواشنطن"}, {"ل", "واشنطن"}}},
		{"فللمغرب", []Reading{{"", "فللمغرب"}, {"ف", "للمغرب"}, {"فل", "المغرب"}, {"فل", "لمغرب"}}},
		{"وسيجري", []Reading{{"", "وسيجري"}, {"و", "سيجري"}, {"وس", "يجري"}}},
		{"سلا", []Reading{{"", "سلا"}}},                 // too short to split
		{"سياق", []Reading{{"", "سياق"}, {"س", "ياق"}}}, // the gazetteer and rules decide
		{"بن", []Reading{{"", "بن"}}},
		{"Rabat", []Reading{{"", "Rabat"}}},
	}
	for _, tt := range tests {
		got := Readings(Normalize(tt.in))
		want := tt.want
		for i := range want {
			want[i].Stem = Normalize(want[i].Stem)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Readings(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestReadingCutBytes(t *testing.T) {
	tests := []struct {
		surface string
		r       Reading
		want    int
	}{
		{"بالرباط", Reading{"ب", "الرباط"}, len("ب")},
		{"وَبالرباط", Reading{"وب", "الرباط"}, len("وَب")}, // the mark goes with its letter
		{"للرباط", Reading{"ل", "الرباط"}, 0},              // the article's alef elided
		{"للرباط", Reading{"ل", "لرباط"}, len("ل")},
		{"الرباط", Reading{"", "الرباط"}, 0},
	}
	for _, tt := range tests {
		if got := tt.r.CutBytes(tt.surface, Normalize(tt.surface)); got != tt.want {
			t.Errorf("%+v.CutBytes(%q) = %d, want %d", tt.r, tt.surface, got, tt.want)
		}
	}
}

func TestReadingFuture(t *testing.T) {
	for in, want := range map[string]bool{"وسيجري": true, "سيوقعان": true, "بالرباط": false} {
		rs := Readings(Normalize(in))
		got := rs[len(rs)-1].Future()
		if got != want {
			t.Errorf("last reading of %q: Future() = %v, want %v", in, got, want)
		}
	}
}

func TestNisba(t *testing.T) {
	tests := []struct {
		in     string
		want   string
		strip  bool
		wantOK bool
	}{
		{"الإسرائيلي", "اسراييل", true, true},
		{"الإسرائيلية", "اسراييل", true, true},
		{"الإسرائيليين", "اسراييل", true, true},
		{"الإسرائيليون", "اسراييل", true, true},
		{"إسرائيلي", "اسراييل", false, true},
		{"إسرائيلياً", "اسراييل", false, true},
		{"ألماني", "المان", false, true},
		{"المغربية", "مغرب", true, true},
		{"الرباط", "", true, false},
		{"بي", "", false, false},
		{"أمريكيات", "امريك", false, true},
		{"سعوديين", "سعود", false, true},
		{"سعوديون", "سعود", false, true},
		{"سوريا", "سور", false, true},
		{"سيارات", "", false, false}, // ends in ات, not يات
		{"يين", "", false, false},    // nothing before the suffix
		{"مواطنين", "", false, false},
		{"ي", "", false, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		k := Normalize(tt.in)
		if tt.strip {
			k, _ = StripArticle(k)
		}
		got, ok := Nisba(k)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("Nisba(%q) = %q, %v; want %q, %v", k, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestNisbaBase(t *testing.T) {
	for in, want := range map[string]string{"مغرب": "مغرب", "فرنسا": "فرنس", "سوريا": "سور", "عمان": "عمان", "تركيا": "ترك"} {
		if got := NisbaBase(Normalize(in)); got != Normalize(want) {
			t.Errorf("NisbaBase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPrefixBytes(t *testing.T) {
	tests := []struct {
		surface string
		n       int
		want    string
	}{
		{"بالرباط", 1, "ب"},
		{"وَبِالرباط", 2, "وَبِ"},
		{"لـواشنطن", 1, "لـ"},
		{"الرباط", 0, ""},
	}
	for _, tt := range tests {
		if got := PrefixBytes(tt.surface, tt.n); tt.surface[:got] != tt.want {
			t.Errorf("PrefixBytes(%q, %d) cuts %q, want %q", tt.surface, tt.n, tt.surface[:got], tt.want)
		}
	}
}

func TestStopword(t *testing.T) {
	for _, w := range []string{"في", "على", "اليوم", "وزير", "أمس"} {
		if !IsStopword(Normalize(w)) {
			t.Errorf("IsStopword(%q) = false", w)
		}
	}
	if IsStopword(Normalize("الرباط")) {
		t.Error("IsStopword(الرباط) = true")
	}
}

// FuzzNormalize checks that Normalize never panics, is idempotent, keeps
// valid UTF-8 valid and never grows a word by more than presentation forms
// can.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"وَبِالرِّبَاطِ", "\uFEFB\uFDF2", "٢٠٢٠", "ب\xff", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		// Removing a mark between two invalid bytes may join them into a
		// rune, so idempotence holds for valid input only.
		if utf8.ValidString(s) && Normalize(n) != n {
			t.Errorf("Normalize not idempotent on %q: %q then %q", s, n, Normalize(n))
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Errorf("Normalize(%q) = %q is not valid UTF-8", s, n)
		}
		for _, r := range Readings(n) {
			if r.Stem == "" && n != "" {
				t.Errorf("Readings(%q) has an empty stem", n)
			}
			if !strings.HasSuffix(n, r.Stem) && !strings.HasPrefix(r.Stem, "ا") {
				t.Errorf("Readings(%q): stem %q is neither a suffix nor a restored article", n, r.Stem)
			}
		}
	})
}

// appendReadingsBefore is AppendReadings as it was before it was made
// faster (commit 41202f2), the reference for TestAppendReadingsSame.
func appendReadingsBefore(dst []Reading, key string) []Reading {
	dst = append(dst, Reading{Stem: key})
	if len(key) < 3*letterLen || !IsArabicKey(key) {
		return dst
	}
	for _, conj := range [...]string{"", "و", "ف"} {
		if conj != "" && !strings.HasPrefix(key, conj) {
			continue
		}
		rest := key[len(conj):]
		if conj != "" && runeCount(rest) >= minStem {
			dst = append(dst, Reading{Prefix: conj, Stem: rest})
		}
		for _, prep := range [...]string{"ب", "ك", "ل", "س"} {
			if !strings.HasPrefix(rest, prep) {
				continue
			}
			stem := rest[len(prep):]
			if runeCount(stem) < minStem {
				continue
			}
			p := key[:len(conj)+len(prep)]
			switch prep {
			case "س":
				if !startsImperfective(stem) || runeCount(stem) < 3 {
					continue
				}
			case "ل":
				if strings.HasPrefix(stem, "ل") && runeCount(stem) > minStem {
					dst = append(dst, Reading{Prefix: p, Stem: "ا" + stem})
				}
			}
			dst = append(dst, Reading{Prefix: p, Stem: stem})
		}
	}
	return dst
}

// TestAppendReadingsSame compares AppendReadings with the reference on every
// word of one to five letters over the proclitics and a few other letters.
func TestAppendReadingsSame(t *testing.T) {
	letters := []string{"و", "ف", "ب", "ك", "ل", "س", "ا", "ي", "ت", "ن", "م", "a", "\xff"}
	words := []string{""}
	for n := 1; n <= 5; n++ {
		var next []string
		for _, w := range words {
			for _, l := range letters {
				next = append(next, w+l)
			}
		}
		var want, got []Reading
		for _, w := range next {
			want, got = appendReadingsBefore(want[:0], w), AppendReadings(got[:0], w)
			if !slices.Equal(want, got) {
				t.Fatalf("AppendReadings(%q) mismatch (-before +now):\n%s", w, cmp.Diff(want, got))
			}
		}
		words = next
	}
}

// TestHasRunes compares hasRunes with counting the runes of a range loop,
// on strings of every kind of rune and of broken ones.
func TestHasRunes(t *testing.T) {
	parts := []string{"", "a", "ب", "€", "😀", "\xff", "\xd8", "\xe2\x82", "\xc0\x80", "\xed\xa0\x80", "ﷺ"}
	var strs []string
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				strs = append(strs, a+b+c, a+b+c+a+b+c)
			}
		}
	}
	for _, s := range strs {
		count := 0
		for range s {
			count++
		}
		for n := 0; n <= 8; n++ {
			if got, want := hasRunes(s, n), count >= n; got != want {
				t.Errorf("hasRunes(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// nisbaByList is Nisba as the list of its suffixes says it: the first
// that ends the stem is removed, if two letters remain.
func nisbaByList(stem string) (string, bool) {
	for _, suf := range [...]string{"يين", "يون", "يات", "يه", "يا", "ي"} {
		if strings.HasSuffix(stem, suf) {
			base := stem[:len(stem)-len(suf)]
			if runeCount(base) >= minStem {
				return base, true
			}
			return "", false
		}
	}
	return "", false
}

// TestNisbaSuffixes compares Nisba with nisbaByList on every stem made of
// a base and a suffix or a part of one, and on stray bytes.
func TestNisbaSuffixes(t *testing.T) {
	bases := []string{"", "ب", "سعود", "امريك", "x", "\xd9", "\xff\xff"}
	ends := []string{"", "ي", "يي", "ين", "يين", "يون", "ون", "يات", "ات", "يه", "ه", "يا", "ا", "ن", "ت", "\x8a", "\xd9", "ية"}
	n := 0
	for _, b := range bases {
		for _, e := range ends {
			for _, s := range []string{b + e, e + b + e} {
				got, ok := Nisba(s)
				want, wantOK := nisbaByList(s)
				if got != want || ok != wantOK {
					t.Errorf("Nisba(%q) = %q, %v; want %q, %v", s, got, ok, want, wantOK)
				}
				if ok {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no stem was a nisba")
	}
}

// TestStopFilter checks that the filter in front of the stopword map lets
// every stopword through, so that IsStopword agrees with the map.
func TestStopFilter(t *testing.T) {
	for w := range stopwords {
		if !IsStopword(w) {
			t.Errorf("IsStopword(%q) = false for a stopword", w)
		}
	}
	words := []string{"الرباط", "غانتس", "x", "", "قالوا", "ب", "\xd9", "\xd9\x81"}
	// Near misses of every stopword: a letter more or less at either end,
	// and each of its bytes changed.
	for w := range stopwords {
		words = append(words, w+"ا", "و"+w, w[:len(w)-1], w[1:], w[2:], w[:len(w)-2])
		for i := range len(w) {
			b := []byte(w)
			b[i]++
			words = append(words, string(b))
		}
	}
	yes := 0
	for _, w := range words {
		if IsStopword(w) != stopwords[w] {
			t.Errorf("IsStopword(%q) = %v, the map says %v", w, IsStopword(w), stopwords[w])
		}
		if stopwords[w] {
			yes++
		}
	}
	if yes == 0 || yes == len(words) {
		t.Errorf("%d of %d near misses are stopwords: the test tells nothing", yes, len(words))
	}
}

// TestHasTwoRunes compares hasTwoRunes with hasRunes.
func TestHasTwoRunes(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "abc", "ب", "بت", "ب\xff", "\xd8\xa8\xa8", "ب€", "€", "€x", "\xffب", "\xd8", "\xd8x", "\xd8\xa8x", "😀", "😀ب", "é", "éx", "\xc1\x80x", "\xdf\xdf", "\xdf\xdfx", "\xe0\xa0\x80", "\xe0\xa0\x80x"} {
		if got, want := hasTwoRunes(s), hasRunes(s, minStem); got != want {
			t.Errorf("hasTwoRunes(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAppendReadingsTo checks that AppendReadingsTo gives the readings of
// AppendReadings and writes the stem with the restored article, and only
// it, to the room of buf when it fits.
func TestAppendReadingsTo(t *testing.T) {
	tests := []struct {
		key     string
		room    int    // cap(buf) - len(buf)
		written string // what is appended to buf
	}{
		{"للرباط", 64, "الرباط"},
		{"وللمغرب", 64, "المغرب"},
		{"فللقاهره", len("القاهره"), "القاهره"}, // just fits
		{"فللقاهره", len("القاهره") - 1, ""},    // does not fit: allocated
		{"للرباط", 0, ""},
		{"لرباط", 64, ""}, // no article to restore
		{"الرباط", 64, ""},
		{"للا", 64, ""}, // the stem would be too short
		{"وبالرباط", 64, ""},
		{"rabat", 64, ""},
	}
	for _, tt := range tests {
		const used = "قبل"
		buf := make([]byte, 0, len(used)+tt.room)
		buf = append(buf, used...)
		got, after := AppendReadingsTo(nil, buf, tt.key)
		if want := AppendReadings(nil, tt.key); !slices.Equal(got, want) {
			t.Errorf("AppendReadingsTo(%q) = %q, want %q", tt.key, got, want)
		}
		if string(after) != used+tt.written || &after[0] != &buf[0] {
			t.Errorf("AppendReadingsTo(%q) with room %d: buf %q, want %q in place", tt.key, tt.room, after, used+tt.written)
		}
		if tt.written != "" {
			i := slices.IndexFunc(got, func(r Reading) bool { return r.Stem == tt.written })
			if i < 0 || unsafe.StringData(got[i].Stem) != &after[len(used)] {
				t.Errorf("AppendReadingsTo(%q): stem %q is not in buf: %q", tt.key, tt.written, got)
			}
		}
	}
	// Every word of TestAppendReadingsSame's kind, with and without room.
	letters := []string{"و", "ف", "ب", "ل", "ا", "م", "\xff"}
	words := []string{""}
	for range 5 {
		var next []string
		for _, w := range words {
			for _, l := range letters {
				next = append(next, w+l)
			}
		}
		for _, w := range next {
			for _, room := range []int{0, 64} {
				got, _ := AppendReadingsTo(nil, make([]byte, 0, room), w)
				if want := AppendReadings(nil, w); !slices.Equal(got, want) {
					t.Fatalf("AppendReadingsTo(%q) = %q, want %q", w, got, want)
				}
			}
		}
		words = next
	}
}
