package gazetteer

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// ReadJSONL reads entries from r, one JSON object a line (the fields of
// Entry); blank lines and lines starting with # are skipped. name is the
// file name used in errors. Every line is checked: the result is either all
// entries or an ErrorList naming each bad line (at most 20).
func ReadJSONL(r io.Reader, name string) ([]Entry, error) {
	var (
		out  []Entry
		errs ErrorList
	)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		var e Entry
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			if errs.add(name, line, "%v", err) {
				break
			}
			continue
		}
		if dec.More() {
			if errs.add(name, line, "more than one JSON value on the line") {
				break
			}
			continue
		}
		e.origin = fmt.Sprintf("%s:%d", name, line)
		if err := e.check(); err != nil {
			if errs.add(name, line, "%v", err) {
				break
			}
			continue
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		errs.add(name, line+1, "%v", err)
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return out, nil
}

// check reports the first problem that makes e unusable.
func (e *Entry) check() error { return e.checkLangs(sortedKeys(e.Names, nil)) }

// checkLangs is check with the languages of e.Names, sorted.
func (e *Entry) checkLangs(langs []string) error {
	switch {
	case e.ID == "":
		return fmt.Errorf("entry has no id")
	case !e.Type.Valid():
		return fmt.Errorf("entry %s: type %q is not PER, LOC, ORG or MISC", e.ID, e.Type)
	case len(e.Names) == 0:
		return fmt.Errorf("entry %s has no names", e.ID)
	}
	for _, lang := range langs {
		for _, n := range e.Names[lang] {
			if strings.TrimSpace(n) == "" {
				return fmt.Errorf("entry %s: empty name in %q", e.ID, lang)
			}
			if !utf8.ValidString(n) {
				return fmt.Errorf("entry %s: name %q is not valid UTF-8", e.ID, n)
			}
		}
	}
	return nil
}

// ReadList reads a plain list of names, one a line, all of type typ; blank
// lines and lines starting with # are skipped. A line may give the language
// after a tab ("Rabat\ten"); without it the language is "ar" for Arabic
// script and "en" otherwise. Each distinct name becomes one entry whose ID
// is the type's prefix and the name (loc:الرباط) and whose Name is the name.
func ReadList(r io.Reader, name string, typ Type) ([]Entry, error) {
	if !typ.Valid() {
		return nil, &Error{File: name, Err: fmt.Errorf("type %q is not PER, LOC, ORG or MISC", typ)}
	}
	var (
		out  []Entry
		errs ErrorList
		seen = map[string]bool{}
	)
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || s[0] == '#' {
			continue
		}
		if !utf8.ValidString(s) {
			if errs.add(name, line, "name is not valid UTF-8") {
				break
			}
			continue
		}
		lang := ""
		if i := strings.IndexByte(s, '\t'); i >= 0 {
			s, lang = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		}
		if lang == "" {
			lang = "en"
			for _, r := range s {
				if r >= 0x0600 && r <= 0x06FF {
					lang = "ar"
					break
				}
			}
		}
		id := strings.ToLower(string(typ)) + ":" + strings.Join(strings.Fields(strings.ToLower(s)), "-")
		if seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, Entry{ID: id, Type: typ, Name: s, Names: map[string][]string{lang: {s}},
			origin: fmt.Sprintf("%s:%d", name, line)})
	}
	if err := sc.Err(); err != nil {
		errs.add(name, line+1, "%v", err)
	}
	if err := errs.err(); err != nil {
		return nil, err
	}
	return out, nil
}

// LoadFile reads the entries of one file. A compiled gazetteer (see
// Matcher.WriteTo) gives its entries; a path ending in .jsonl or .json is
// read with ReadJSONL. Any other path must be given as TYPE:PATH
// (LOC:cities.txt) and is read with ReadList.
func LoadFile(spec string) ([]Entry, error) {
	path, typ := spec, Type("")
	if i := strings.IndexByte(spec, ':'); i > 0 {
		if t, err := ParseType(spec[:i]); err == nil {
			path, typ = spec[i+1:], t
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	if typ != "" {
		return ReadList(f, path, typ)
	}
	head := make([]byte, len(compiledMagic))
	if n, _ := io.ReadFull(f, head); IsCompiled(head[:n]) {
		m, err := LoadCompiled(path)
		if err != nil {
			return nil, err
		}
		var es []Entry
		for e := range m.Entries {
			es = append(es, *e)
		}
		return es, nil
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".json":
		return ReadJSONL(f, path)
	}
	return nil, &Error{File: path, Err: fmt.Errorf("a plain list needs its type: give it as TYPE:%s (PER, LOC, ORG or MISC)", path)}
}
