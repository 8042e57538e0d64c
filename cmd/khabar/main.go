// Command khabar extracts entities and relations from Arabic and English
// news text and scores the extraction against gold data.
//
// Usage:
//
//	khabar extract [flags] [FILE...]      one JSON document per input file (stdin when none)
//	khabar extract --jsonl [flags] [FILE...]
//	                                      each input line {"id","text","lang"} → one output line
//	khabar eval relations [flags] GOLD.jsonl
//	                                      precision, recall and F1 per relation type
//	khabar eval entities [--data DIR] [--context span|article] [flags] GOLD.jsonl
//	                                      entity P/R/F1 on spans of files in DIR (gold as byte offsets)
//	khabar eval conll [--part dev] [--context N] [--write PRED.conll] [flags] FILE.conll
//	                                      entity-level P/R/F1 per type, like conlleval
//	khabar gazetteer from-conll [--part train] [--min N] [-o OUT.jsonl] FILE.conll
//	                                      gazetteer entries from a CoNLL/BIO file's entities
//	khabar gazetteer compile [flags] [LIST...] -o OUT.kgz
//	                                      the gazetteer (default and lists) compiled, for fast loading
//	khabar gazetteer stats [flags]        counts of the gazetteer by type, subtype and language
//	khabar gazetteer lookup [flags] NAME...
//	                                      the entries each name matches, as the matcher sees it
//
// Flags shared by extract and eval:
//
//	--gazetteer PATH        add entries: a .jsonl file, or TYPE:PATH for a plain list (repeatable);
//	                        a compiled gazetteer given alone is used as it is, in place of the default
//	--no-default-gazetteer  leave out the embedded gazetteer
//	--rules PATH            add relation rules from a rule file (repeatable)
//	--no-default-rules      leave out the embedded rules
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/khabar-nlp/khabar"
	"github.com/khabar-nlp/khabar/gazetteer"
	"github.com/khabar-nlp/khabar/internal/eval"
	"github.com/khabar-nlp/khabar/relation"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "khabar:", err)
		if errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, usage)
			os.Exit(2)
		}
		os.Exit(1)
	}
}

const usage = `usage:
  khabar extract [--jsonl] [flags] [FILE...]
  khabar eval relations [flags] GOLD.jsonl
  khabar eval entities [--data DIR] [--context span|article] [flags] GOLD.jsonl
  khabar eval conll [--part dev] [--context N] [--write PRED.conll] [flags] FILE.conll
  khabar gazetteer compile [flags] [LIST...] -o OUT.kgz
  khabar gazetteer stats [flags]
  khabar gazetteer lookup [flags] NAME...
  khabar gazetteer from-conll [--part train] [--min N] [-o OUT.jsonl] FILE.conll
flags: --gazetteer PATH, --no-default-gazetteer, --rules PATH, --no-default-rules (khabar COMMAND -h)`

var errUsage = errors.New("wrong arguments")

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errUsage
	}
	switch args[0] {
	case "extract":
		return extract(args[1:], stdin, stdout, stderr)
	case "eval":
		switch {
		case len(args) >= 2 && args[1] == "relations":
			return evalRelations(args[2:], stdout, stderr)
		case len(args) >= 2 && args[1] == "entities":
			return evalEntities(args[2:], stdout, stderr)
		case len(args) >= 2 && args[1] == "conll":
			return evalConll(args[2:], stdout, stderr)
		}
		return fmt.Errorf("eval needs a kind, relations, entities or conll: %w", errUsage)
	case "gazetteer":
		return gazetteerCmd(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	return fmt.Errorf("unknown command %q: %w", args[0], errUsage)
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// pipelineFlags are the flags that choose the data of the pipeline.
type pipelineFlags struct {
	gazetteers, rules    listFlag
	noDefGaz, noDefRules bool
	explain              bool
}

func (pf *pipelineFlags) register(fs *flag.FlagSet) {
	fs.Var(&pf.gazetteers, "gazetteer", "add gazetteer entries: a .jsonl file or TYPE:PATH for a plain list (repeatable); a compiled gazetteer given alone replaces the default")
	fs.BoolVar(&pf.noDefGaz, "no-default-gazetteer", false, "leave out the embedded gazetteer")
	fs.Var(&pf.rules, "rules", "add relation rules from a rule file (repeatable)")
	fs.BoolVar(&pf.noDefRules, "no-default-rules", false, "leave out the embedded relation rules")
}

func (pf *pipelineFlags) pipeline() (*khabar.Pipeline, error) {
	if len(pf.gazetteers) == 0 && len(pf.rules) == 0 && !pf.noDefGaz && !pf.noDefRules && !pf.explain {
		return khabar.Default()
	}
	cfg := khabar.Config{NoDefaultGazetteer: pf.noDefGaz, NoDefaultRules: pf.noDefRules, Explain: pf.explain}
	compiled := slices.IndexFunc(pf.gazetteers, isCompiledFile)
	switch {
	case compiled >= 0 && len(pf.gazetteers) > 1:
		return nil, fmt.Errorf("the compiled gazetteer %s cannot be combined with other --gazetteer files: compile them together", pf.gazetteers[compiled])
	case compiled >= 0:
		m, err := gazetteer.LoadCompiled(pf.gazetteers[0])
		if err != nil {
			return nil, err
		}
		cfg.Matcher = m
		pf.gazetteers = nil
	}
	for _, g := range pf.gazetteers {
		es, err := gazetteer.LoadFile(g)
		if err != nil {
			return nil, err
		}
		cfg.Entries = append(cfg.Entries, es...)
	}
	for _, r := range pf.rules {
		f, err := os.Open(r)
		if err != nil {
			return nil, err
		}
		rules, err := relation.ParseRules(f, r)
		f.Close()
		if err != nil {
			return nil, err
		}
		cfg.Rules = append(cfg.Rules, rules...)
	}
	return khabar.New(cfg)
}

func extract(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pipelineFlags
	pf.register(fs)
	jsonl := fs.Bool("jsonl", false, `read JSON Lines: each line {"id","text","lang"} gives one output line`)
	fs.BoolVar(&pf.explain, "explain", false, "add how each relation's rule filled its slots, and the rules that did not fire and why")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "with --jsonl: documents extracted at once (output stays in input order)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	p, err := pf.pipeline()
	if err != nil {
		return err
	}
	files := fs.Args()
	if *jsonl {
		if len(files) == 0 {
			return p.ExtractJSONLWorkers(stdin, stdout, *workers)
		}
		for _, name := range files {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			err = p.ExtractJSONLWorkers(f, stdout, *workers)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", name, err)
			}
		}
		return nil
	}
	bw := bufio.NewWriter(stdout)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if len(files) == 0 {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		if err := enc.Encode(p.Extract("-", string(b))); err != nil {
			return err
		}
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if err := enc.Encode(p.Extract(name, string(b))); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func evalRelations(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval relations", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pipelineFlags
	pf.register(fs)
	types := fs.String("types", "", "comma-separated relation types to score (default: all)")
	data := fs.String("data", "../shared/data/news", "folder of the source files that gold documents without text point into")
	verbose := fs.Bool("v", false, "list missed, spurious and wrong-modality relations")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	p, err := pf.pipeline()
	if err != nil {
		return err
	}
	gold, err := readFile(fs.Arg(0), eval.ReadGold)
	if err != nil {
		return err
	}
	if err := eval.ResolveSources(gold, *data); err != nil {
		return err
	}
	var want []string
	if *types != "" {
		want = strings.Split(*types, ",")
	}
	rep := eval.Score(p, gold, want)
	names := make([]string, 0, len(rep.ByType))
	for t := range rep.ByType {
		names = append(names, t)
	}
	sort.Strings(names)
	w := bufio.NewWriter(stdout)
	fmt.Fprintf(w, "%-18s %5s %5s %5s %7s %7s %7s %9s\n", "type", "gold", "pred", "tp", "P", "R", "F1", "modality")
	row := func(name string, c eval.Counts) {
		fmt.Fprintf(w, "%-18s %5d %5d %5d %7.3f %7.3f %7.3f %9.3f\n", name, c.Gold, c.Pred, c.TP, c.Precision(), c.Recall(), c.F1(), c.ModalityAccuracy())
	}
	for _, n := range names {
		row(n, *rep.ByType[n])
	}
	row("overall", rep.Overall)
	e := rep.Entities
	fmt.Fprintf(w, "\nentities (text and type, nisba forms left out): gold %d, pred %d, found %d: P %.3f R %.3f F1 %.3f\n",
		e.Gold, e.Pred, e.TP, e.Precision(), e.Recall(), e.F1())
	fmt.Fprintf(w, "documents without a gold relation: %d, relations predicted in them: %d\n", rep.Empty, rep.EmptyFP)
	if *verbose {
		slices.SortStableFunc(rep.Misses, func(a, b eval.Miss) int { return strings.Compare(a.Kind, b.Kind) })
		for _, m := range rep.Misses {
			fmt.Fprintf(w, "%s\t%s\t%s(%s, %s)\t%s\n", m.Doc, m.Kind, m.Type, m.Subject, m.Object, m.Modality)
		}
	}
	return w.Flush()
}

// isCompiledFile reports whether the file a --gazetteer flag names is a
// compiled gazetteer.
func isCompiledFile(spec string) bool {
	f, err := os.Open(spec)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	return gazetteer.IsCompiled(head[:n])
}

func gazetteerCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "from-conll" {
		return fromConll(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "compile" {
		return compileCmd(args[1:], stderr)
	}
	if len(args) == 0 || (args[0] != "stats" && args[0] != "lookup") {
		return fmt.Errorf("gazetteer needs compile, stats, lookup or from-conll: %w", errUsage)
	}
	fs := flag.NewFlagSet("gazetteer "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pipelineFlags
	pf.register(fs)
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	p, err := pf.pipeline()
	if err != nil {
		return err
	}
	m := p.Gazetteer()
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if args[0] == "stats" {
		writeStats(w, m.Stats())
		return nil
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("gazetteer lookup needs a name: %w", errUsage)
	}
	for _, name := range fs.Args() {
		es, nisba := m.Lookup(name)
		switch {
		case len(es) == 0:
			fmt.Fprintf(w, "%s: no entry\n", name)
			continue
		case nisba:
			fmt.Fprintf(w, "%s: nisba or demonym of\n", name)
		default:
			fmt.Fprintf(w, "%s:\n", name)
		}
		for i, e := range es {
			mark := " "
			if i == 0 {
				mark = "*" // the entry a match links to
			}
			fmt.Fprintf(w, " %s %s\t%s/%s\t%s", mark, e.ID, e.Type, e.Subtype, e.Name)
			if e.Desc != "" {
				fmt.Fprintf(w, " — %s", e.Desc)
			}
			fmt.Fprintf(w, "\t(%s)\n", e.Origin())
		}
	}
	return nil
}

func writeStats(w io.Writer, s gazetteer.Stats) {
	fmt.Fprintf(w, "entries: %d (%d with Arabic and English names)\n", s.Entries, s.Bilingual)
	types := []gazetteer.Type{gazetteer.PER, gazetteer.LOC, gazetteer.ORG, gazetteer.MISC}
	for _, t := range types {
		if s.ByType[t] == 0 {
			continue
		}
		fmt.Fprintf(w, "%s: %d\n", t, s.ByType[t])
		subs := make([]string, 0, len(s.BySubtype[t]))
		for st := range s.BySubtype[t] {
			subs = append(subs, st)
		}
		sort.Slice(subs, func(i, j int) bool {
			a, b := s.BySubtype[t][subs[i]], s.BySubtype[t][subs[j]]
			return a > b || a == b && subs[i] < subs[j]
		})
		for _, st := range subs {
			name := st
			if name == "" {
				name = "(none)"
			}
			fmt.Fprintf(w, "  %-20s %d\n", name, s.BySubtype[t][st])
		}
	}
	fmt.Fprintf(w, "places with an Arabic nisba: %d\n", s.WithNisba)
	for _, part := range []struct {
		what string
		m    map[string]int
	}{{"names", s.Names}, {"demonyms", s.Demonyms}} {
		langs := make([]string, 0, len(part.m))
		for l := range part.m {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		fmt.Fprintf(w, "%s by language:", part.what)
		for _, l := range langs {
			fmt.Fprintf(w, " %s %d", l, part.m[l])
		}
		fmt.Fprintln(w)
	}
}

func evalEntities(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval entities", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pipelineFlags
	pf.register(fs)
	data := fs.String("data", "../shared/data/news", "folder of the source files the gold spans point into")
	verbose := fs.Bool("v", false, "list missed and spurious mentions")
	context := fs.String("context", "span", "what the pipeline reads for each gold span: span (the span alone) or article (the news article that holds it; only the mentions inside the span are scored)")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	var ctx eval.Context
	switch *context {
	case "span":
		ctx = eval.SpanAlone
	case "article":
		ctx = eval.InArticle
	default:
		return fmt.Errorf("eval entities: --context %q: want span or article", *context)
	}
	p, err := pf.pipeline()
	if err != nil {
		return err
	}
	gold, err := readFile(fs.Arg(0), eval.ReadSpanGold)
	if err != nil {
		return err
	}
	rep, err := eval.ScoreEntities(p, gold, *data, ctx)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	fmt.Fprintf(w, "%-8s %5s %5s %5s %7s %7s %7s\n", "type", "gold", "pred", "tp", "P", "R", "F1")
	row := func(name string, c eval.Counts) {
		fmt.Fprintf(w, "%-8s %5d %5d %5d %7.3f %7.3f %7.3f\n", name, c.Gold, c.Pred, c.TP, c.Precision(), c.Recall(), c.F1())
	}
	for _, t := range []string{"PER", "LOC", "ORG"} {
		if c := rep.ByType[t]; c != nil {
			row(t, *c)
		}
	}
	row("overall", rep.Overall)
	if *verbose {
		for _, m := range rep.Misses {
			fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", m.Doc, m.Kind, m.Type, m.Subject)
		}
	}
	return w.Flush()
}

// readFile opens path and reads it with read, which names path in errors.
func readFile[T any](path string, read func(io.Reader, string) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return read(f, path)
}

func readConll(path, part string) ([]eval.Sentence, error) {
	all, err := readFile(path, eval.ReadCoNLL)
	if err != nil {
		return nil, err
	}
	return eval.Split(all, part)
}

func evalConll(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval conll", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pipelineFlags
	pf.register(fs)
	part := fs.String("part", "all", "sentences to score: train (first 90%), dev (last 10%) or all")
	write := fs.String("write", "", "write token, gold tag and predicted tag to this file")
	context := fs.Int("context", 0, "run each sentence after this many sentences that precede it, as in its document")
	scheme := fs.String("scheme", eval.SchemeANERcorp, "map mentions to an annotation scheme: anercorp (generic head nouns outside names, ministries and forces untagged) or khabar")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	if *scheme != eval.SchemeANERcorp && *scheme != eval.SchemeKhabar {
		return fmt.Errorf("--scheme must be anercorp or khabar: %w", errUsage)
	}
	if *context < 0 {
		return fmt.Errorf("--context must not be negative: %w", errUsage)
	}
	p, err := pf.pipeline()
	if err != nil {
		return err
	}
	sents, err := readConll(fs.Arg(0), *part)
	if err != nil {
		return err
	}
	pred := make([][]string, len(sents))
	for i, s := range sents {
		pred[i] = eval.TagInContext(p, sents[max(0, i-*context):i], s, *scheme)
	}
	if *write != "" {
		var b strings.Builder
		for i, s := range sents {
			for j := range s.Tokens {
				fmt.Fprintf(&b, "%s %s %s\n", s.Tokens[j], s.Tags[j], pred[i][j])
			}
			b.WriteByte('\n')
		}
		if err := os.WriteFile(*write, []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	rep := eval.ScoreCoNLL(sents, pred)
	w := bufio.NewWriter(stdout)
	o := rep.Overall
	fmt.Fprintf(w, "processed %d tokens in %d sentences with %d phrases; found: %d phrases; correct: %d.\n",
		rep.Tokens, rep.Sentences, o.Gold, o.Pred, o.TP)
	fmt.Fprintf(w, "%-8s precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n", "overall", 100*o.Precision(), 100*o.Recall(), 100*o.F1())
	types := make([]string, 0, len(rep.ByType))
	for t := range rep.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := rep.ByType[t]
		fmt.Fprintf(w, "%-8s precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d\n", t, 100*c.Precision(), 100*c.Recall(), 100*c.F1(), c.Pred)
	}
	return w.Flush()
}

func fromConll(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gazetteer from-conll", flag.ContinueOnError)
	fs.SetOutput(stderr)
	part := fs.String("part", "all", "sentences to use: train (first 90%), dev (last 10%) or all")
	minCount := fs.Int("min", 1, "keep names tagged at least this often")
	misc := fs.Bool("misc", false, "keep MISC names too")
	out := fs.String("o", "", "write the entries here instead of standard output")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		return errUsage
	}
	sents, err := readConll(fs.Arg(0), *part)
	if err != nil {
		return err
	}
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, e := range eval.GazetteerFromCoNLL(sents, *minCount, *misc) {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	if *out == "" {
		_, err := io.WriteString(stdout, b.String())
		return err
	}
	return os.WriteFile(*out, []byte(b.String()), 0o644)
}

// compileCmd compiles the gazetteer that the flags and the lists name —
// the default one too unless --no-default-gazetteer — into one file, which
// --gazetteer then loads without compiling.
func compileCmd(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gazetteer compile", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pipelineFlags
	pf.register(fs)
	out := fs.String("o", "", "write the compiled gazetteer to this file (required)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *out == "" {
		return fmt.Errorf("gazetteer compile needs -o FILE: %w", errUsage)
	}
	pf.gazetteers = append(pf.gazetteers, fs.Args()...)
	start := time.Now()
	p, err := pf.pipeline()
	if err != nil {
		return err
	}
	m := p.Gazetteer()
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(*out)
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	fmt.Fprintf(stderr, "khabar: %s: %d entries, %.1f MB, in %v\n", *out, m.Len(), float64(n)/1e6, time.Since(start).Round(time.Millisecond))
	return nil
}
