package main

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// A checkResult compares a subject's matches with the reference's.
type checkResult struct {
	checked  bool
	diffs    int            // matches in one set and not the other
	clitic   int            // khabar: matches whose first token carries a proclitic
	variant  int            // khabar: matches whose text is not byte-equal to a name
	variants map[string]int // khabar: the text of the variant matches, with counts
	shadowed int            // reference matches overlapped by a clitic or variant match
	examples []string       // a few differences, for the notes
	text     string         // the correct? cell
}

func (c checkResult) correct() bool { return c.checked && c.diffs == 0 }

// check compares got with the reference's matches want. For khabar, the
// matches that the reference cannot find by design — with a proclitic, or
// whose text differs from the name in letter variants, marks, tatweel or
// spacing — are counted apart and left out of the comparison.
func check(s subject, got, want []span, names map[string]struct{}, text string) checkResult {
	switch s.kind {
	case kindOther:
		return checkResult{text: "—"}
	case kindNoSpans:
		return checkResult{text: "n/a: no offsets"}
	}
	c := checkResult{checked: true}
	var apart []span
	if s.kind == kindKhabar {
		got, apart = c.splitKhabar(got, names, text)
	}
	c.compare(got, want, apart, text)
	c.text = "yes"
	if c.diffs > 0 {
		c.text = fmt.Sprintf("NO: %d differ", c.diffs)
	}
	if c.clitic > 0 || c.variant > 0 {
		c.text += fmt.Sprintf(" (+%d clitic, +%d variant", c.clitic, c.variant)
		if c.shadowed > 0 {
			c.text += fmt.Sprintf(", %d shadowed", c.shadowed)
		}
		c.text += ")"
	}
	return c
}

// splitKhabar counts and removes khabar's clitic and variant matches,
// and returns them apart.
func (c *checkResult) splitKhabar(got []span, names map[string]struct{}, text string) (plain, apart []span) {
	for _, s := range got {
		switch _, isName := names[text[s.Start:s.End]]; {
		case s.Clitic:
			c.clitic++
			apart = append(apart, s)
		case !isName:
			c.variant++
			apart = append(apart, s)
			if c.variants == nil {
				c.variants = map[string]int{}
			}
			c.variants[text[s.Start:s.End]]++
		default:
			plain = append(plain, s)
		}
	}
	return plain, apart
}

// compare counts the spans in only one of got and want, keeping a few as
// examples. A reference match that overlaps one of khabar's clitic or
// variant matches (apart) is shadowed, not missing: leftmost-longest, the
// reading that the reference cannot see took its place.
func (c *checkResult) compare(got, want, apart []span, text string) {
	key := func(s span) [2]int { return [2]int{s.Start, s.End} }
	inWant := make(map[[2]int]bool, len(want))
	for _, s := range want {
		inWant[key(s)] = true
	}
	inGot := make(map[[2]int]bool, len(got))
	for _, s := range got {
		inGot[key(s)] = true
		if !inWant[key(s)] {
			c.diff("extra", s, text)
		}
	}
	for _, s := range want {
		if !inGot[key(s)] {
			if slices.ContainsFunc(apart, func(a span) bool { return a.Start < s.End && s.Start < a.End }) {
				c.shadowed++
				continue
			}
			c.diff("missing", s, text)
		}
	}
}

func (c *checkResult) diff(what string, s span, text string) {
	c.diffs++
	if len(c.examples) < 2 {
		c.examples = append(c.examples, fmt.Sprintf("%s «%s» at %d in «%s»", what, text[s.Start:s.End], s.Start, around(text, s)))
	}
}

// topCounts formats the k most frequent keys of counts.
func topCounts(counts map[string]int, k int) string {
	keys := slices.Collect(maps.Keys(counts))
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	var parts []string
	for _, key := range keys[:min(k, len(keys))] {
		parts = append(parts, fmt.Sprintf("«%s» ×%d", key, counts[key]))
	}
	return strings.Join(parts, ", ")
}

// around returns the text around s, a few words each side.
func around(text string, s span) string {
	start, end := max(s.Start-30, 0), min(s.End+30, len(text))
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	return strings.Join(strings.Fields(text[start:end]), " ")
}

// printTable prints the rows of one size as a Markdown table, then the
// notes and the khabar / peer ratios.
func printTable(w io.Writer, n int, rows []row) {
	cells := [][]string{{"matcher", "build", "bytes/entry", "peak RSS", "MB/s (median)", "matches", "correct?"}}
	var notes []string
	for _, r := range rows {
		cells = append(cells, rowCells(r, n))
		if r.note != "" {
			notes = append(notes, r.subject.name+": "+r.note)
		}
		for _, e := range r.check.examples {
			notes = append(notes, r.subject.name+": "+e)
		}
		if len(r.check.variants) > 0 {
			notes = append(notes, r.subject.name+": most frequent variant matches: "+topCounts(r.check.variants, 5))
		}
	}
	writeMarkdown(w, cells)
	if len(notes) > 0 {
		fmt.Fprintln(w)
		for _, note := range notes {
			fmt.Fprintln(w, "- "+note)
		}
	}
	fmt.Fprintln(w)
	printRatios(w, rows, n)
}

// rowCells formats one row.
func rowCells(r row, n int) []string {
	if r.res == nil {
		return []string{r.subject.name, "—", "—", "—", "—", "—", strings.SplitN(r.note, ":", 2)[0]}
	}
	if r.subject.name == nameBaseline {
		return []string{r.subject.name, "—", "—", fmtBytes(r.res.PeakRSS), "—", "—", "—"}
	}
	perEntry := "—"
	if !r.subject.noNames {
		perEntry = fmt.Sprint(r.res.HeapBytes / int64(n))
	}
	return []string{
		r.subject.name,
		fmtDur(r.res.Build),
		perEntry,
		fmtBytes(r.res.PeakRSS),
		fmt.Sprintf("%.1f", r.res.mbPerSec()),
		fmt.Sprint(r.res.N),
		r.check.text,
	}
}

// printRatios prints khabar's scan throughput and build time over those of
// the fastest peer that found the reference's matches.
func printRatios(w io.Writer, rows []row, n int) {
	var fastScan, fastBuild *row
	var khabarScan, khabarFindAll, khabarLoad, pipeline, segment *row
	for i := range rows {
		r := &rows[i]
		switch {
		case r.res == nil:
		case r.subject.name == nameKhabarScan:
			khabarScan = r
		case r.subject.name == nameKhabarFindAll:
			khabarFindAll = r
		case r.subject.name == nameKhabarLoad:
			khabarLoad = r
		case r.subject.name == namePipeline:
			pipeline = r
		case r.subject.name == nameSegment:
			segment = r
		case r.subject.peer && r.check.correct():
			if fastScan == nil || r.res.mbPerSec() > fastScan.res.mbPerSec() {
				fastScan = r
			}
			if fastBuild == nil || r.res.Build < fastBuild.res.Build {
				fastBuild = r
			}
		}
	}
	if fastScan == nil || khabarScan == nil {
		fmt.Fprintln(w, "khabar / fastest correct peer: no correct peer ran")
		return
	}
	fmt.Fprintf(w, "khabar / fastest correct peer, scan: %.2f× (%.1f vs %.1f MB/s, %s)",
		khabarScan.res.mbPerSec()/fastScan.res.mbPerSec(), khabarScan.res.mbPerSec(), fastScan.res.mbPerSec(), fastScan.subject.name)
	if khabarFindAll != nil {
		fmt.Fprintf(w, "; FindAll alone: %.2f×", khabarFindAll.res.mbPerSec()/fastScan.res.mbPerSec())
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "fastest correct peer / khabar, build time: %.1f× (%s vs %s, %s)\n",
		float64(fastBuild.res.Build)/float64(khabarScan.res.Build), fmtDur(fastBuild.res.Build), fmtDur(khabarScan.res.Build), fastBuild.subject.name)
	if khabarLoad != nil {
		fmt.Fprintf(w, "khabar compiled file: loads in %s, %d bytes/entry\n", fmtDur(khabarLoad.res.Build), khabarLoad.res.HeapBytes/int64(max(n, 1)))
	}
	if pipeline != nil && segment != nil {
		fmt.Fprintf(w, "khabar full pipeline / blevesearch/segment tokenisation: %.2f× (%.1f vs %.1f MB/s)\n",
			pipeline.res.mbPerSec()/segment.res.mbPerSec(), pipeline.res.mbPerSec(), segment.res.mbPerSec())
	}
}

// writeMarkdown prints cells as a Markdown table with aligned columns; the
// first row is the header.
func writeMarkdown(w io.Writer, cells [][]string) {
	widths := make([]int, len(cells[0]))
	for _, row := range cells {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	line := func(row []string) {
		var b strings.Builder
		for i, c := range row {
			b.WriteString("| ")
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+1))
		}
		fmt.Fprintln(w, b.String()+"|")
	}
	line(cells[0])
	sep := make([]string, len(widths))
	for i, wd := range widths {
		sep[i] = strings.Repeat("-", wd)
	}
	line(sep)
	for _, row := range cells[1:] {
		line(row)
	}
}

// fmtDur formats d with three significant digits.
func fmtDur(d time.Duration) string {
	switch {
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= time.Millisecond:
		return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
	default:
		return fmt.Sprintf("%.0f µs", float64(d)/float64(time.Microsecond))
	}
}

// fmtBytes formats a byte count in MiB or GiB.
func fmtBytes(b int64) string {
	if b >= 1<<30 {
		return fmt.Sprintf("%.2f GB", float64(b)/(1<<30))
	}
	return fmt.Sprintf("%.0f MB", float64(b)/(1<<20))
}
