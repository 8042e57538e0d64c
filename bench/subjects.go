package main

import (
	"bytes"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/blevesearch/segment"
	"github.com/khabar-nlp/khabar"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/token"
)

// A kind says how a subject's output is checked.
type kind int

const (
	kindOther   kind = iota // not a name matcher: no check
	kindExact               // byte-exact matcher: compared with the reference
	kindKhabar              // khabar's matcher: compared, less its normalised and clitic matches
	kindNoSpans             // a matcher that reports which names occur, not where
)

// A subject is one row of a table: something built over the names that then
// scans the text.
type subject struct {
	name    string
	kind    kind
	peer    bool // an Aho-Corasick library, for the khabar / peer ratios
	noNames bool // builds nothing from the names: no bytes/entry
	build   func(names []string) (scanFunc, error)
	// prepare, if set, is called instead of build, untimed; the build it
	// returns is what is timed (loading a file that prepare wrote).
	prepare func(names []string) (func() (scanFunc, error), error)
}

// A scanFunc scans the text. It may keep state from one call to the next
// (a tokenisation or byte copy of the text, made on the first, untimed,
// call): it is always called on the same text.
type scanFunc func(text string) result

// A result is what one scan found.
type result struct {
	n     int    // matches, tokens or entities
	spans []span // the matches, for the check; nil for kindOther
}

// Names of the rows that the report singles out.
const (
	nameBaseline      = "baseline (names + text, nothing built)"
	nameKhabarScan    = "khabar Scan (raw text)"
	nameKhabarTokFind = "khabar Tokenize + FindAll"
	nameKhabarLoad    = "khabar Scan, compiled file loaded"
	namePipeline      = "khabar Pipeline.Extract (per line)"
	nameSegment       = "blevesearch/segment words only"
	nameKhabarFindAll = "khabar FindAll (pre-tokenised)"
)

// subjects lists the rows, in table order; the baseline comes first.
var subjects = []subject{
	{name: nameBaseline, noNames: true, build: buildBaseline},
	{name: "reference (Go map, longest first)", kind: kindExact, build: buildReference},
	{name: nameKhabarScan, kind: kindKhabar, build: buildKhabarScan},
	{name: nameKhabarLoad, kind: kindKhabar, prepare: prepareCompiled},
	{name: nameKhabarTokFind, kind: kindKhabar, build: buildKhabar(false)},
	{name: nameKhabarFindAll, kind: kindKhabar, build: buildKhabar(true)},
	{name: "khabar token.Tokenize only", noNames: true, build: buildTokenize},
	{name: nameSegment, noNames: true, build: buildSegment},
	{name: namePipeline, build: buildPipeline},
	{name: "petar-dambovaliev LL NFA", kind: kindExact, peer: true, build: buildPetar(false)},
	{name: "petar-dambovaliev LL DFA", kind: kindExact, peer: true, build: buildPetar(true)},
	{name: "petar-dambovaliev overlapping", kind: kindExact, peer: true, build: buildPetarOverlapping},
	{name: "coregx LL", kind: kindExact, peer: true, build: buildCoregx(false)},
	{name: "coregx overlapping", kind: kindExact, peer: true, build: buildCoregx(true)},
	{name: "anknown (all matches)", kind: kindExact, peer: true, build: buildAnknown},
	{name: "BobuSumisu (all matches)", kind: kindExact, peer: true, build: buildBobu},
	{name: "cloudflare (names found, no offsets)", kind: kindNoSpans, peer: true, build: buildCloudflare},
}

func findSubject(name string) (subject, bool) {
	for _, s := range subjects {
		if s.name == name {
			return s, true
		}
	}
	return subject{}, false
}

// buildBaseline builds nothing: its row shows what generating the names and
// the text costs, which every other row includes.
func buildBaseline([]string) (scanFunc, error) {
	return func(string) result { return result{} }, nil
}

func buildReference(names []string) (scanFunc, error) {
	ref := newReference(names)
	return func(text string) result {
		s := ref.find(text)
		return result{n: len(s), spans: s}
	}, nil
}

// entriesMemo holds the entries of the last names entries saw: the child
// makes them before its clock starts (see prepareInput), so that khabar's
// build time and memory are those of compiling entries, not of making them.
var entriesMemo struct {
	names []string
	es    []gazetteer.Entry
}

// prepareInput makes the input of khabar's rows before the clock starts.
func prepareInput(s subject, names []string) {
	if s.kind == kindKhabar || s.name == namePipeline {
		entries(names)
	}
}

// releaseInput lets go of what prepareInput made, once the build has
// taken what it needs: the timed scans of khabar's rows then run, as the
// peers' do, with only their matcher's memory live, not tens of MB of
// entries that no scan reads and every collection would mark.
func releaseInput() {
	entriesMemo.names, entriesMemo.es = nil, nil
}

// entries turns names into khabar gazetteer entries, one person each.
func entries(names []string) []gazetteer.Entry {
	if len(names) > 0 && len(entriesMemo.names) == len(names) && &entriesMemo.names[0] == &names[0] {
		return entriesMemo.es
	}
	defer func() { entriesMemo.names = names }()
	entriesMemo.es = makeEntries(names)
	return entriesMemo.es
}

func makeEntries(names []string) []gazetteer.Entry {
	es := make([]gazetteer.Entry, len(names))
	for i, n := range names {
		es[i] = gazetteer.Entry{
			ID:    "per:" + strconv.Itoa(i),
			Type:  gazetteer.PER,
			Names: map[string][]string{"ar": {n}},
		}
	}
	return es
}

// buildKhabar compiles khabar's matcher. With preTokenised the text is
// tokenised once, on the first (untimed) scan, and timed scans run FindAll
// alone.
func buildKhabar(preTokenised bool) func([]string) (scanFunc, error) {
	return func(names []string) (scanFunc, error) {
		m, err := gazetteer.Compile(entries(names))
		if err != nil {
			return nil, err
		}
		var toks []token.Token
		return func(text string) result {
			if toks == nil || !preTokenised {
				toks = token.Tokenize(text)
			}
			return khabarResult(m.FindAll(text, toks), toks)
		}, nil
	}
}

// khabarResult turns khabar's token-index matches into byte spans. A match's
// span starts after the proclitics that can be cut off its first token.
func khabarResult(ms []gazetteer.Match, toks []token.Token) result {
	spans := make([]span, len(ms))
	for i, m := range ms {
		spans[i] = span{
			Start:  toks[m.Start].Start + m.Prefix,
			End:    toks[m.End-1].End,
			Clitic: m.Clitic != "",
		}
	}
	return result{n: len(ms), spans: spans}
}

// buildKhabarScan compiles khabar's matcher and scans raw text with it.
func buildKhabarScan(names []string) (scanFunc, error) {
	m, err := gazetteer.Compile(entries(names))
	if err != nil {
		return nil, err
	}
	return scanWith(m), nil
}

// prepareCompiled compiles khabar's matcher and writes it to a temporary
// file; the timed build loads that file.
func prepareCompiled(names []string) (func() (scanFunc, error), error) {
	m, err := gazetteer.Compile(entries(names))
	if err != nil {
		return nil, err
	}
	f, err := os.CreateTemp("", "khabar-bench-*.kgz")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := m.WriteTo(f); err != nil {
		os.Remove(f.Name())
		return nil, err
	}
	path := f.Name()
	runtime.GC()
	return func() (scanFunc, error) {
		defer os.Remove(path)
		m, err := gazetteer.LoadCompiled(path)
		if err != nil {
			return nil, err
		}
		return scanWith(m), nil
	}, nil
}

// scanWith scans raw text with m.
func scanWith(m *gazetteer.Matcher) scanFunc {
	var out []gazetteer.TextMatch
	return func(text string) result {
		out = m.AppendScan(out[:0], text)
		spans := make([]span, len(out))
		for i, mt := range out {
			spans[i] = span{Start: mt.Start + mt.Prefix, End: mt.End, Clitic: mt.Clitic != ""}
		}
		return result{n: len(out), spans: spans}
	}
}

func buildTokenize([]string) (scanFunc, error) {
	return func(text string) result { return result{n: len(token.Tokenize(text))} }, nil
}

// buildSegment counts the words, numbers and punctuation (every segment that
// is not white space) that blevesearch/segment finds.
func buildSegment([]string) (scanFunc, error) {
	var buf []byte
	return func(text string) result {
		if buf == nil {
			buf = []byte(text)
		}
		n := 0
		seg := segment.NewWordSegmenterDirect(buf)
		for seg.Segment() {
			if len(bytes.TrimSpace(seg.Bytes())) > 0 {
				n++
			}
		}
		return result{n: n}
	}, nil
}

// buildPipeline builds khabar's full pipeline with the names as its only
// gazetteer and the default rules. A scan extracts each line of the text as
// one document and counts the entities.
func buildPipeline(names []string) (scanFunc, error) {
	p, err := khabar.New(khabar.Config{NoDefaultGazetteer: true, Entries: entries(names)})
	if err != nil {
		return nil, err
	}
	return func(text string) result {
		n := 0
		for line := range strings.Lines(text) {
			if strings.TrimSpace(line) != "" {
				n += len(p.Extract("", line).Entities)
			}
		}
		return result{n: n}
	}, nil
}
