package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A childResult is what a child process measured for one subject at one
// size; it is sent to the parent as JSON on standard output.
type childResult struct {
	Build     time.Duration   // time to build the matcher
	HeapBytes int64           // live heap that the build added, after GC
	PeakRSS   int64           // VmHWM of the child: its peak resident set, bytes
	Scans     []time.Duration // timed scans
	TextBytes int             // bytes of text per scan
	N         int             // matches, tokens or entities of a scan
	Spans     []span          // the matches, for the check
}

// median returns the median scan time.
func (r *childResult) median() time.Duration {
	s := slices.Clone(r.Scans)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

// mbPerSec returns the median scan throughput in MB (10⁶ bytes) per second.
func (r *childResult) mbPerSec() float64 {
	if m := r.median(); m > 0 {
		return float64(r.TextBytes) / 1e6 / m.Seconds()
	}
	return 0
}

// childOptions are the flags of a child process.
type childOptions struct {
	subject   string
	n         int
	textPath  string
	maxBytes  int
	scans     int
	buildOnly bool // probe the memory of a build: no scans
}

// runChild measures one subject in this process and writes a childResult
// to w. Only this subject runs in the process, so VmHWM is its own (plus
// the names and text every row shares, shown by the baseline row).
func runChild(o childOptions, w io.Writer) error {
	s, ok := findSubject(o.subject)
	if !ok {
		return fmt.Errorf("unknown subject %q", o.subject)
	}
	c := newCorpus(o.n, o.textPath, o.maxBytes)
	res := childResult{TextBytes: len(c.text)}

	prepareInput(s, c.names)
	build := func() (scanFunc, error) { return s.build(c.names) }
	if s.prepare != nil {
		var err error
		if build, err = s.prepare(c.names); err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
	}
	before := liveHeap()
	start := time.Now()
	scan, err := build()
	res.Build = time.Since(start)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	res.HeapBytes = int64(liveHeap()) - int64(before)
	releaseInput()

	if !o.buildOnly {
		first := scan(c.text) // untimed: warms caches, fills per-text state
		res.N, res.Spans = first.n, first.spans
		for range o.scans {
			start := time.Now()
			scan(c.text)
			res.Scans = append(res.Scans, time.Since(start))
		}
	}
	res.PeakRSS, err = peakRSS()
	if err != nil {
		return err
	}
	runtime.KeepAlive(scan)
	return json.NewEncoder(w).Encode(&res)
}

// liveHeap returns the bytes of live heap objects after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// peakRSS returns the process's peak resident set size (VmHWM in
// /proc/self/status), in bytes.
func peakRSS() (int64, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10, err
		}
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("no VmHWM in /proc/self/status")
}
