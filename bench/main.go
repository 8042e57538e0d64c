// Command bench measures khabar's gazetteer matcher against Go
// Aho-Corasick libraries on Arabic news text with generated names: build
// time, memory per name, peak RSS, scan throughput, and whether each finds
// the same whole-word leftmost-longest matches as a plain reference.
//
// Each subject runs in a child process (this program, re-executed with the
// hidden -child flag), so that each row's peak RSS is its own.
//
//	go run ./bench -n 100000
//	go run ./bench -sizes 1000,100000,1000000
//
// See README.md for what is measured and how.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// defaultText is the news sample, relative to the repository root.
const defaultText = "../shared/data/news/saudinewsnet-5mb.txt"

// probeSize is the number of names at which a subject's memory is probed
// when no earlier run can predict its memory at a larger size.
const probeSize = 10000

func main() {
	var (
		n         = flag.Int("n", 100000, "number of names")
		sizes     = flag.String("sizes", "", "comma-separated numbers of names, one table each (overrides -n)")
		textPath  = flag.String("text", defaultText, "news text, relative to the repository root; generated text if absent")
		mb        = flag.Float64("mb", 5, "megabytes of the text to use")
		scans     = flag.Int("scans", 5, "timed scans per subject (the median is reported)")
		maxMem    = flag.Float64("maxmem", 8, "skip a subject whose estimated peak RSS exceeds this many GB")
		timeout   = flag.Duration("timeout", 10*time.Minute, "time limit of one subject at one size")
		only      = flag.String("only", "", "run only the subjects whose name contains one of these comma-separated words")
		child     = flag.String("child", "", "internal: measure this subject and print JSON")
		buildOnly = flag.Bool("buildonly", false, "internal: with -child, build but do not scan")
	)
	flag.Parse()
	opts := childOptions{n: *n, textPath: *textPath, maxBytes: int(*mb * 1e6), scans: max(*scans, 1)}
	if *child != "" {
		opts.subject, opts.buildOnly = *child, *buildOnly
		if err := runChild(opts, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	ns, err := parseSizes(*sizes, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(2)
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	opts.textPath = resolveText(*textPath)
	b := &bench{
		exe:     exe,
		opts:    opts,
		maxRSS:  int64(*maxMem * (1 << 30)),
		timeout: *timeout,
		only:    splitList(*only),
		history: map[string][]sample{},
	}
	for _, size := range ns {
		b.runSize(size)
	}
}

// parseSizes returns the sizes of -sizes, or just n.
func parseSizes(list string, n int) ([]int, error) {
	if list == "" {
		return []int{n}, nil
	}
	var out []int
	for _, f := range splitList(list) {
		v, err := strconv.Atoi(f)
		if err != nil || v < 1 {
			return nil, fmt.Errorf("bad size %q in -sizes", f)
		}
		out = append(out, v)
	}
	return out, nil
}

func splitList(s string) []string {
	var out []string
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// resolveText finds the text file when the program runs from the bench
// directory instead of the repository root, and makes the path absolute for
// the children. A path that is not found is returned as is: the corpus
// then falls back to generated text and says why.
func resolveText(path string) string {
	candidates := []string{path}
	if !filepath.IsAbs(path) {
		candidates = append(candidates, filepath.Join("..", path))
	}
	for _, p := range candidates {
		if _, err := os.Stat(p); err == nil {
			if abs, err := filepath.Abs(p); err == nil {
				return abs
			}
			return p
		}
	}
	return path
}

// A sample is one subject's peak RSS at one size, with the baseline's, for
// predicting its memory at larger sizes.
type sample struct {
	n             int
	rss, baseline int64
}

// bench runs the subjects, size after size.
type bench struct {
	exe     string
	opts    childOptions
	maxRSS  int64
	timeout time.Duration
	only    []string
	history map[string][]sample // subject name → earlier samples
}

// A row is one subject's line in a table.
type row struct {
	subject subject
	res     *childResult // nil when skipped or failed
	note    string       // why it was skipped or failed
	check   checkResult
}

// runSize measures every subject at n names and prints the table.
func (b *bench) runSize(n int) {
	c := newCorpus(n, b.opts.textPath, b.opts.maxBytes)
	ref := newReference(c.names)
	want := ref.find(c.text)
	fmt.Printf("\n## %d names\n\ntext: %s, %d names inserted (one every %d–%d words), %.2f MB\n",
		n, c.source, c.inserted, insertGapMin, insertGapMax, float64(len(c.text))/1e6)
	nameBytes := 0
	for _, name := range c.names {
		nameBytes += len(name)
	}
	fmt.Printf("names: %.1f bytes each on average (UTF-8)\n", float64(nameBytes)/float64(max(n, 1)))
	fmt.Printf("reference: %d whole-word leftmost-longest matches\n\n", len(want))

	var rows []row
	var baseRSS int64
	for _, s := range subjects {
		if !b.selected(s) {
			continue
		}
		r := row{subject: s}
		r.res, r.note = b.measure(s, n, baseRSS)
		if r.res != nil {
			r.check = check(s, r.res.Spans, want, ref.names, c.text)
			if s.name == nameBaseline {
				baseRSS = r.res.PeakRSS
			}
			b.history[s.name] = append(b.history[s.name], sample{n: n, rss: r.res.PeakRSS, baseline: baseRSS})
		}
		fmt.Fprintf(os.Stderr, "  %s: %s\n", s.name, progress(r))
		rows = append(rows, r)
	}
	printTable(os.Stdout, n, rows)
}

// selected reports whether -only lets s run; the baseline always runs.
func (b *bench) selected(s subject) bool {
	if len(b.only) == 0 || s.name == nameBaseline {
		return true
	}
	for _, w := range b.only {
		if strings.Contains(strings.ToLower(s.name), strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// measure runs s at n names in a child process, unless its predicted peak
// RSS is over the limit. It returns the result, or a note saying why there
// is none.
func (b *bench) measure(s subject, n int, baseRSS int64) (*childResult, string) {
	if s.name != nameBaseline {
		est, err := b.estimateRSS(s, n, baseRSS)
		if err != nil {
			return nil, "memory probe failed: " + err.Error()
		}
		if est > b.maxRSS {
			return nil, fmt.Sprintf("skipped: estimated peak RSS %s > %s limit", fmtBytes(est), fmtBytes(b.maxRSS))
		}
	}
	res, err := b.runChild(s, n, false)
	if err != nil {
		return nil, "failed: " + err.Error()
	}
	return res, ""
}

// estimateRSS predicts the peak RSS of s at n names: the baseline's at n
// plus s's own memory above its baseline at its largest earlier size,
// scaled linearly. Without an earlier size of at least probeSize names it
// first probes s at probeSize. Small sizes need no prediction: it returns 0.
func (b *bench) estimateRSS(s subject, n int, baseRSS int64) (int64, error) {
	if n <= 2*probeSize {
		return 0, nil
	}
	var prev sample
	for _, h := range b.history[s.name] {
		if h.n >= probeSize && h.n > prev.n && h.n < n {
			prev = h
		}
	}
	if prev.n == 0 {
		var err error
		if prev, err = b.probe(s); err != nil {
			return 0, err
		}
	}
	own := max(prev.rss-prev.baseline, 0)
	return baseRSS + int64(float64(own)*float64(n)/float64(prev.n)), nil
}

// probe builds s and the baseline at probeSize names, without scanning.
func (b *bench) probe(s subject) (sample, error) {
	base, err := b.runChild(subjects[0], probeSize, true)
	if err != nil {
		return sample{}, err
	}
	res, err := b.runChild(s, probeSize, true)
	if err != nil {
		return sample{}, err
	}
	return sample{n: probeSize, rss: res.PeakRSS, baseline: base.PeakRSS}, nil
}

// runChild runs this program with -child to measure s at n names.
func (b *bench) runChild(s subject, n int, buildOnly bool) (*childResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), b.timeout)
	defer cancel()
	args := []string{
		"-child", s.name, "-n", strconv.Itoa(n), "-text", b.opts.textPath,
		"-mb", strconv.FormatFloat(float64(b.opts.maxBytes)/1e6, 'f', -1, 64),
		"-scans", strconv.Itoa(b.opts.scans),
	}
	if buildOnly {
		args = append(args, "-buildonly")
	}
	cmd := exec.CommandContext(ctx, b.exe, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("timed out after %v", b.timeout)
		}
		return nil, fmt.Errorf("%v: %s", err, lastLine(stderr.String()))
	}
	var res childResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("reading the child's result: %v", err)
	}
	return &res, nil
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// progress is the one-line summary of a row printed while the bench runs.
func progress(r row) string {
	if r.res == nil {
		return r.note
	}
	return fmt.Sprintf("build %s, %.1f MB/s, %d found", fmtDur(r.res.Build), r.res.mbPerSec(), r.res.N)
}
