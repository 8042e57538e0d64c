package arabic

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// A Reading is one way to split a key into proclitics and a stem.
//
// Prefix holds the proclitics as they stand in the key: a conjunction (و ف),
// then a preposition (ب ك ل) or the future particle س, in that order. Stem is
// what the clitics attach to. When ل meets the article the alef is elided in
// writing (للرباط = ل + الرباط); such a reading has Prefix "ل" and Stem with
// the article restored ("الرباط"), so Stem is not always a suffix of the key.
type Reading struct {
	Prefix string
	Stem   string
}

// CutBytes returns how many bytes of surface, the word whose key the
// reading splits, hold the reading's proclitics, with their marks: what a
// mention of the stem leaves out. It is 0 when there is no prefix or the
// stem is not a plain suffix of key (للرباط = ل + الرباط, whose article's
// alef is elided): the whole word is then the mention.
func (r Reading) CutBytes(surface, key string) int {
	if r.Prefix == "" || len(r.Prefix)+len(r.Stem) != len(key) || !strings.HasSuffix(key, r.Stem) {
		return 0
	}
	return PrefixBytes(surface, utf8.RuneCountInString(r.Prefix))
}

// Future reports whether the reading carries the future particle س.
func (r Reading) Future() bool { return strings.HasSuffix(r.Prefix, "س") }

const (
	al        = "ال"
	minStem   = 2 // runes
	letterLen = 2 // bytes of one letter of the basic Arabic block
)

// Readings returns the proclitic readings of key, shortest prefix first; the
// first reading is always the key itself with an empty prefix. A prefix is
// only split off an Arabic word and only when at least two letters remain.
// The future particle س is only read before an imperfective prefix (ي ت ن ا).
func Readings(key string) []Reading {
	return AppendReadings(nil, key)
}

// AppendReadings appends the readings of key to dst and returns the extended
// slice; see Readings.
func AppendReadings(dst []Reading, key string) []Reading {
	return appendReadings(dst, key, nil)
}

// AppendReadingsTo is AppendReadings that writes the stem of a reading
// with the article restored (للرباط gives الرباط) to the room of buf, after
// its length, when it fits there, and returns buf extended by it; a stem
// that does not fit is allocated as AppendReadings does. The bytes of the
// returned buf up to its length must never be written again: such a stem
// is made of them. A tokeniser that keeps its keys in an array of its own
// reads every word with no allocation this way.
func AppendReadingsTo(dst []Reading, buf []byte, key string) ([]Reading, []byte) {
	dst = appendReadings(dst, key, &buf)
	return dst, buf
}

// appendReadings is AppendReadings and, when buf is not nil,
// AppendReadingsTo.
func appendReadings(dst []Reading, key string, buf *[]byte) []Reading {
	dst = append(dst, Reading{Stem: key})
	// Every proclitic is a letter of two bytes, and starts an Arabic key.
	if len(key) < 3*letterLen {
		return dst
	}
	switch letter(key, 0) {
	case waw, fa: // a conjunction, then maybe a preposition or س
		if rest := key[letterLen:]; hasTwoRunes(rest) {
			dst = append(dst, Reading{Prefix: key[:letterLen], Stem: rest})
		}
		return appendPrep(dst, key, letterLen, buf)
	case ba, kaf, lam, sin:
		return appendPrep(dst, key, 0, buf)
	}
	return dst
}

// The proclitic letters, as letter gives them.
const (
	waw = 0xD988 // و
	fa  = 0xD981 // ف
	ba  = 0xD8A8 // ب
	kaf = 0xD983 // ك
	lam = 0xD984 // ل
	sin = 0xD8B3 // س
)

// letter returns the two bytes of s at i, i+1 < len(s), as one number, so
// that a letter of two bytes is told with one comparison.
func letter(s string, i int) uint16 { return uint16(s[i])<<8 | uint16(s[i+1]) }

// appendPrep appends the reading of key with the preposition (ب ك ل) or
// the future particle س that follows its first n bytes, if there is one;
// for ل before ل, the reading with the article restored comes first, its
// stem written to *buf if buf is not nil and it fits (see AppendReadingsTo).
func appendPrep(dst []Reading, key string, n int, buf *[]byte) []Reading {
	if len(key) < n+letterLen {
		return dst
	}
	prep, stem := letter(key, n), key[n+letterLen:]
	switch prep {
	case ba, kaf, lam, sin:
	default:
		return dst
	}
	if !hasTwoRunes(stem) {
		return dst
	}
	p := key[:n+letterLen]
	switch prep {
	case sin:
		if !startsImperfective(stem) || !hasRunes(stem, 3) {
			return dst
		}
	case lam:
		// ل + ال is written لل: restore the article.
		if len(stem) >= letterLen && letter(stem, 0) == lam && hasRunes(stem, minStem+1) {
			dst = append(dst, Reading{Prefix: p, Stem: withAlef(buf, stem)})
		}
	}
	return append(dst, Reading{Prefix: p, Stem: stem})
}

// withAlef returns "ا" + stem, written to the room of *buf when buf is not
// nil and it fits there.
func withAlef(buf *[]byte, stem string) string {
	const alef = "ا"
	if buf == nil || cap(*buf)-len(*buf) < len(alef)+len(stem) {
		return alef + stem
	}
	b := *buf
	n := len(b)
	b = append(append(b, alef...), stem...)
	*buf = b
	return unsafe.String(&b[n], len(b)-n)
}

func startsImperfective(s string) bool {
	return strings.HasPrefix(s, "ي") || strings.HasPrefix(s, "ت") ||
		strings.HasPrefix(s, "ن") || strings.HasPrefix(s, "ا")
}

// StripArticle returns stem without a leading article ال, and whether there
// was one. At least two letters must remain.
func StripArticle(stem string) (string, bool) {
	if strings.HasPrefix(stem, al) && runeCount(stem[len(al):]) >= minStem {
		return stem[len(al):], true
	}
	return stem, false
}

// Nisba returns the base that a nisba adjective is formed on, and whether
// stem has the shape of one: one of the endings يين يون يات يه يا ي
// (masculine and feminine, singular and plural, with the accusative alef) is
// removed. اسراييليه, اسراييلي and اسراييليين all give اسراييل (keys, so
// إسرائيل is written اسراييل). The article is not removed: ألماني is written
// الماني, so the caller tries the stem with and without it (StripArticle).
// At least two letters must remain; whether the base names a place is for
// the gazetteer to decide.
func Nisba(stem string) (string, bool) {
	// The suffixes are tried in the order يين يون يات يه يا ي; only those
	// that end in the stem's last letter can match, the last letter tells
	// them apart, and most stems end in none of them.
	if len(stem) < letterLen {
		return "", false
	}
	var suf string
	switch letter(stem, len(stem)-letterLen) {
	case 0xD986: // ن
		switch {
		case strings.HasSuffix(stem, "يين"):
			suf = "يين"
		case strings.HasSuffix(stem, "يون"):
			suf = "يون"
		default:
			return "", false
		}
	case 0xD8AA: // ت
		suf = "يات"
	case 0xD987: // ه
		suf = "يه"
	case 0xD8A7: // ا
		suf = "يا"
	case 0xD98A: // ي
		suf = "ي"
	default:
		return "", false
	}
	if !strings.HasSuffix(stem, suf) {
		return "", false
	}
	base := stem[:len(stem)-len(suf)]
	if runeCount(base) >= minStem {
		return base, true
	}
	return "", false
}

// NisbaBase returns the base under which a place name (a key without the
// article) is indexed for nisba look-up: a final يا, ا or ه is removed
// (مغرب → مغرب, فرنسا → فرنس, سوريا → سور). The result is comparable
// with Nisba's.
func NisbaBase(name string) string {
	switch {
	case strings.HasSuffix(name, "يا") && runeCount(name) > 3:
		return name[:len(name)-len("يا")]
	case (strings.HasSuffix(name, "ا") || strings.HasSuffix(name, "ه")) && runeCount(name) > 2:
		return name[:len(name)-letterLen]
	}
	return name
}

// IsArabicKey reports whether the first rune of key is an Arabic letter.
func IsArabicKey(key string) bool {
	for _, r := range key {
		return IsArabic(r)
	}
	return false
}

// hasRunes reports whether s has at least n runes (an invalid byte counts
// as one): at once when s is long enough that it must, else counting at
// most n runes, those of one or two bytes without a call.
func hasRunes(s string, n int) bool {
	if len(s) >= n*utf8.UTFMax {
		return true
	}
	for i := 0; n > 0; n-- {
		switch {
		case i >= len(s):
			return false
		case s[i] < utf8.RuneSelf:
			i++
		case s[i] >= 0xC2 && s[i] < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return true
}

// hasTwoRunes is hasRunes(s, minStem), at once when s starts with a rune of
// one or two bytes (or an invalid byte) and has more after it.
func hasTwoRunes(s string) bool {
	if len(s) >= 3 && s[0] < 0xE0 { // a first rune of at most two bytes, and more
		return true
	}
	return hasRunes(s, minStem)
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
