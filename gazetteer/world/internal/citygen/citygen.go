// Package citygen turns the world-cities list into gazetteer entries, one
// JSON object a line, linking each city to its country entry.
package citygen

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/khabar-nlp/khabar/arabic"

	"golang.org/x/text/unicode/norm"
)

type entry struct {
	ID      string              `json:"id"`
	Type    string              `json:"type"`
	Subtype string              `json:"subtype,omitempty"`
	Name    string              `json:"name,omitempty"`
	Names   map[string][]string `json:"names"`
	Country string              `json:"country,omitempty"`
	Rank    int64               `json:"rank,omitempty"`
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// badArabic lists Arabic names of the world-cities list that are wrong for
// their city (English name → Arabic name); they are left out.
var badArabic = map[string]string{
	"Lom":        "وسام الاستحقاق الأمريكي",
	"Libreville": "شارلفيل-ميزيير",
	"Kursk":      "غواصة كي-141 كورسك",
	"Mao":        "ماو تسي تونغ",
}

// orgHeads are words that start the name of an organisation or building:
// the list sometimes gives a city the Arabic label of its club or university
// (Kaiserslautern: نادي كايزرسلاوترن). Such names are left out.
var orgHeads = []string{"جامعة", "حزب", "التجمع", "نادي", "شركة", "وسام", "حركة", "جبهة", "منظمة", "مجلس",
	"هيئة", "وزارة", "بنك", "مصرف", "كلية", "كنيسة", "فريق", "غواصة"}

// wrongArabic reports whether an Arabic city name is one of the list's
// mislabels: an organisation's name, or the name of a person or an
// organisation among the curated entries.
func wrongArabic(name string, taken map[string]bool) bool {
	first, _, _ := strings.Cut(name, " ")
	return slices.Contains(orgHeads, first) || taken[arabic.Normalize(name)]
}

// countryAliases maps the world-cities country names that differ from ours.
var countryAliases = map[string]string{
	"palestinian-territory-occupied":   "loc:palestine",
	"congo-democratic-republic-of-the": "loc:democratic-republic-of-the-congo",
	"congo":                            "loc:republic-of-the-congo",
}

// adminPrefixes are Arabic words for an administrative unit that the list
// puts before some city names (ولاية قندهار); the bare name is added too.
var adminPrefixes = []string{"ولاية ", "محافظة ", "مقاطعة ", "إقليم ", "منطقة ", "مدينة "}

// Fixes are corrections to the world-cities list: by the list's English
// city name, then by language, the names to use.
type Fixes map[string]map[string]Fix

// A Fix replaces a city's names in one language, or adds to them.
type Fix struct {
	Replace bool
	Names   []string
}

// ParseFixes reads city-fixes.tsv: English name, language, replace or add,
// names separated by |; # starts a comment line. Errors name the line.
func ParseFixes(r io.Reader, name string) (Fixes, error) {
	fx := Fixes{}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated columns, got %d", name, line, len(cols))
		}
		if cols[2] != "replace" && cols[2] != "add" {
			return nil, fmt.Errorf("%s:%d: action must be replace or add, got %q", name, line, cols[2])
		}
		var names []string
		for _, n := range strings.Split(cols[3], "|") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) == 0 && cols[2] == "add" {
			return nil, fmt.Errorf("%s:%d: nothing to add", name, line)
		}
		if fx[cols[0]] == nil {
			fx[cols[0]] = map[string]Fix{}
		}
		if _, dup := fx[cols[0]][cols[1]]; dup {
			return nil, fmt.Errorf("%s:%d: a second fix for %s in %s", name, line, cols[0], cols[1])
		}
		fx[cols[0]][cols[1]] = Fix{Replace: cols[2] == "replace", Names: names}
	}
	return fx, sc.Err()
}

// Generate reads country entries (JSON Lines) and the world-cities CSV and
// writes one city entry a line to w. The IDs of countries and of curated
// entries (reserved, JSON Lines) are not given to cities: a city whose
// slug is taken gets its country's slug appended (loc:london-canada). It
// returns the country names of the CSV that match no country entry, sorted.
func Generate(countryEntries, reserved io.Reader, fixes Fixes, citiesCSV io.Reader, w io.Writer) ([]string, error) {
	countries := map[string]string{} // slug of any English name → id
	countryIDs := map[string]bool{}
	sc := bufio.NewScanner(countryEntries)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e entry
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		countryIDs[e.ID] = true
		for _, n := range append(e.Names["en"], e.Name) {
			countries[slug(n)] = e.ID
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	taken := map[string]bool{}      // IDs
	takenNames := map[string]bool{} // Arabic names of people and organisations
	sc = bufio.NewScanner(reserved)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var e entry
		if json.Unmarshal(sc.Bytes(), &e) == nil {
			taken[e.ID] = true
			if e.Type != "LOC" {
				for _, n := range e.Names["ar"] {
					takenNames[arabic.Normalize(n)] = true
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(citiesCSV).ReadAll()
	if err != nil {
		return nil, err
	}
	var out []entry
	ids := map[string]int{}
	unmatched := map[string]bool{}
	for i, row := range rows {
		if i == 0 {
			continue
		}
		if len(row) != 5 {
			return nil, fmt.Errorf("world-cities.csv:%d: want 5 columns, got %d", i+1, len(row))
		}
		pop, _ := strconv.ParseInt(row[4], 10, 64)
		cslug := slug(row[1])
		country := countries[cslug]
		if country == "" {
			country = countryAliases[cslug]
		}
		if country == "" {
			unmatched[row[1]] = true
		}
		ar := []string{strings.TrimSpace(row[2])}
		if badArabic[row[3]] == ar[0] || wrongArabic(ar[0], takenNames) {
			ar = nil
		}
		for _, p := range adminPrefixes {
			if len(ar) == 0 {
				break
			}
			if rest, ok := strings.CutPrefix(ar[0], p); ok && strings.TrimSpace(rest) != "" {
				ar = append(ar, strings.TrimSpace(rest))
			}
		}
		names := map[string][]string{"en": {row[3]}}
		if len(ar) > 0 {
			names["ar"] = ar
		}
		for lang, f := range fixes[row[3]] {
			if f.Replace {
				names[lang] = nil
			}
			names[lang] = append(names[lang], f.Names...)
			if len(names[lang]) == 0 {
				delete(names, lang)
			}
		}
		e := entry{Type: "LOC", Subtype: "city", Name: row[3], Names: names, Country: country, Rank: pop}
		e.ID = "loc:" + slug(row[3])
		switch {
		case countryIDs[e.ID]: // Djibouti the city, not the country
			e.ID += "-city"
		case taken[e.ID]: // London, Canada: loc:london is curated
			c := strings.TrimPrefix(country, "loc:")
			if c == "" {
				c = cslug
			}
			e.ID += "-" + c
		}
		out = append(out, e)
		ids[e.ID]++
	}
	// Disambiguate repeated IDs: the most populous city keeps the bare slug.
	best := map[string]int{}
	for i, e := range out {
		if j, ok := best[e.ID]; !ok || out[j].Rank < e.Rank {
			best[e.ID] = i
		}
	}
	seen := map[string]bool{}
	for i := range out {
		id := out[i].ID
		if ids[id] > 1 && best[id] != i {
			c := strings.TrimPrefix(out[i].Country, "loc:")
			if c == "" {
				c = slug(rows[i+1][1])
			}
			out[i].ID = id + "-" + c
			for n := 2; seen[out[i].ID]; n++ {
				out[i].ID = fmt.Sprintf("%s-%s-%d", id, c, n)
			}
		}
		seen[out[i].ID] = true
	}
	bw := bufio.NewWriter(w)
	for _, e := range out {
		b, err := json.Marshal(e)
		if err != nil {
			return nil, err
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	var names []string
	for c := range unmatched {
		names = append(names, c)
	}
	slices.Sort(names)
	return names, nil
}

// FromSources runs Generate on a sources folder as laid out in
// gazetteer/world: countries.jsonl, the other curated *.jsonl files as
// reserved IDs, city-fixes.tsv and world-cities/world-cities.csv. It returns the content
// of cities.jsonl and the unmatched country names.
func FromSources(dir string) ([]byte, []string, error) {
	countries, err := os.ReadFile(filepath.Join(dir, "countries.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	var reserved bytes.Buffer
	for _, f := range files {
		switch filepath.Base(f) {
		case "cities.jsonl", "countries.jsonl":
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		reserved.Write(b)
		reserved.WriteByte('\n')
	}
	fixFile, err := os.Open(filepath.Join(dir, "city-fixes.tsv"))
	if err != nil {
		return nil, nil, err
	}
	defer fixFile.Close()
	fixes, err := ParseFixes(fixFile, "city-fixes.tsv")
	if err != nil {
		return nil, nil, err
	}
	csvFile, err := os.Open(filepath.Join(dir, "world-cities", "world-cities.csv"))
	if err != nil {
		return nil, nil, err
	}
	defer csvFile.Close()
	var out bytes.Buffer
	unmatched, err := Generate(bytes.NewReader(countries), &reserved, fixes, csvFile, &out)
	return out.Bytes(), unmatched, err
}
