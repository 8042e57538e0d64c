package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"unicode/utf8"
)

// seed fixes every pseudo-random choice, so that the parent process and each
// child process generate the very same names and text.
const seed = 0x6b686162 // "khab"

// insertGap is the range of the number of words between two inserted names.
const insertGapMin, insertGapMax = 100, 300

// A corpus is the generated names and the text they are searched in.
type corpus struct {
	names    []string
	text     string
	source   string // where the text came from, for the report
	inserted int    // names inserted into the text
}

// newCorpus generates n names and the text: the first maxBytes of the file
// at textPath, or generated Arabic text when the file cannot be read, with
// names inserted every insertGapMin–insertGapMax words.
func newCorpus(n int, textPath string, maxBytes int) *corpus {
	c := &corpus{names: genNames(n, rand.New(rand.NewPCG(seed, 1)))}
	base, err := readPrefix(textPath, maxBytes)
	if err == nil {
		c.source = fmt.Sprintf("%s (first %.1f MB)", textPath, float64(len(base))/1e6)
	} else {
		base = genText(maxBytes, rand.New(rand.NewPCG(seed, 2)))
		c.source = fmt.Sprintf("generated Arabic text, %.1f MB (%v)", float64(len(base))/1e6, err)
	}
	c.text, c.inserted = insertNames(base, c.names, rand.New(rand.NewPCG(seed, 3)))
	return c
}

// readPrefix reads at most maxBytes of the file, cut after its last whole line.
func readPrefix(path string, maxBytes int) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if len(data) > maxBytes {
		data = data[:maxBytes]
		if i := bytes.LastIndexByte(data, '\n'); i > 0 {
			data = data[:i+1]
		}
	}
	if !utf8.Valid(data) {
		return "", fmt.Errorf("%s is not valid UTF-8", path)
	}
	return string(data), nil
}

// Real-looking name words. None has diacritics or proclitics.
var (
	firstNames = strings.Fields(`محمد أحمد علي خالد سعد فهد عمر يوسف إبراهيم سلمان فيصل نايف تركي ماجد
		حسن حسين مصطفى محمود طارق وليد سامي كريم نبيل عادل هشام ياسر منصور ناصر سلطان بندر
		فاطمة نورة مريم سارة ليلى هند عائشة خديجة زينب`)
	familyNames = strings.Fields(`الغامدي الزهراني العتيبي القحطاني الشمري الدوسري الحربي المطيري السبيعي
		العنزي الشهري المالكي الخالدي الأنصاري الهاشمي الرشيد التميمي المصري الحسيني العمري`)
	// consonants and vowels make the syllables of generated words: a
	// consonant, an optional long vowel, and sometimes a closing consonant.
	consonants = strings.Fields("ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي")
	vowels     = []string{"", "", "ا", "و", "ي"}
)

// genNames returns n distinct names of 1–4 words. A word is a real-looking
// first or family name, or a word of 2–3 generated syllables.
func genNames(n int, r *rand.Rand) []string {
	seen := make(map[string]bool, n)
	names := make([]string, 0, n)
	for len(names) < n {
		name := genName(r)
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return names
}

// genName returns one name: 15% have one word, 40% two, 30% three, 15% four.
func genName(r *rand.Rand) string {
	words := 1
	switch p := r.IntN(100); {
	case p >= 85:
		words = 4
	case p >= 55:
		words = 3
	case p >= 15:
		words = 2
	}
	parts := make([]string, words)
	for i := range parts {
		last := i == words-1 && words > 1
		switch {
		case i == 0 && r.IntN(10) < 3:
			parts[i] = pick(r, firstNames)
		case last && r.IntN(10) < 3:
			parts[i] = pick(r, familyNames)
		case last && r.IntN(10) < 4:
			parts[i] = "ال" + genWord(r)
		default:
			parts[i] = genWord(r)
		}
	}
	return strings.Join(parts, " ")
}

// genWord returns a generated word of at least four letters.
func genWord(r *rand.Rand) string {
	for {
		var b strings.Builder
		for range 2 + r.IntN(2) {
			b.WriteString(pick(r, consonants))
			b.WriteString(pick(r, vowels))
			if r.IntN(10) < 3 {
				b.WriteString(pick(r, consonants))
			}
		}
		if w := b.String(); utf8.RuneCountInString(w) >= 4 {
			return w
		}
	}
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// fillerWords are common words of news text, for generated text.
var fillerWords = strings.Fields(`في من على إلى أن التي الذي قال وزير الرئيس الحكومة اليوم العام مع عن
	بين خلال بعد قبل المملكة مجلس الوزراء الأمن الدولي الاقتصاد السوق الشركة مليون ريال
	أكد أعلن وأضاف المتحدث الرسمي الرياض جدة مكة المدينة الشرق الأوسط الخليج العربي`)

// genText returns about size bytes of Arabic-looking text: paragraphs of
// 40–120 words, common words mixed with generated ones, with commas and
// full stops.
func genText(size int, r *rand.Rand) string {
	var b strings.Builder
	b.Grow(size + 1024)
	for b.Len() < size {
		words := 40 + r.IntN(81)
		for i := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			if r.IntN(10) < 6 {
				b.WriteString(pick(r, fillerWords))
			} else {
				b.WriteString(genWord(r))
			}
			switch p := r.IntN(100); {
			case i == words-1 || p < 4:
				b.WriteByte('.')
			case p < 10:
				b.WriteString("،")
			}
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// insertNames returns text with a name, drawn uniformly from names,
// inserted before every insertGapMin–insertGapMax-th word, and the number
// inserted. A name goes in only where a word starts after white space, and
// is followed by one space, so it stands as whole words.
func insertNames(text string, names []string, r *rand.Rand) (string, int) {
	var b strings.Builder
	b.Grow(len(text) + len(text)/100)
	nextGap := func() int { return insertGapMin + r.IntN(insertGapMax-insertGapMin+1) }
	gap, inserted, last := nextGap(), 0, 0
	for i := 1; i < len(text); i++ {
		if !isSpaceByte(text[i-1]) || isSpaceByte(text[i]) {
			continue
		}
		if gap--; gap > 0 {
			continue
		}
		b.WriteString(text[last:i])
		b.WriteString(names[r.IntN(len(names))])
		b.WriteByte(' ')
		last, gap = i, nextGap()
		inserted++
	}
	b.WriteString(text[last:])
	return b.String(), inserted
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
