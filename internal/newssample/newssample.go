// Package newssample gives benchmarks Arabic news text: the SaudiNewsNet
// sample in ../shared/data/news when it is there (it is CC BY-NC-SA and never
// ships with khabar), else khabar's seed articles repeated.
package newssample

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"unicode/utf8"
)

// root is the module root, found from this file's path.
func root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Text returns about size bytes of Arabic news, cut at a line break, and the
// name of its source.
func Text(size int) (string, string, error) {
	shared := filepath.Join(root(), "..", "shared", "data", "news", "saudinewsnet-5mb.txt")
	if b, err := os.ReadFile(shared); err == nil && len(b) > 0 {
		return cut(strings.Repeat(string(b), size/len(b)+1), size), "saudinewsnet-5mb.txt", nil
	}
	files, err := filepath.Glob(filepath.Join(root(), "testdata", "seed-*.txt"))
	if err != nil || len(files) == 0 {
		return "", "", err
	}
	var sb strings.Builder
	for sb.Len() < size {
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return "", "", err
			}
			sb.Write(b)
			sb.WriteString("\n\n")
		}
	}
	return cut(sb.String(), size), "seed articles", nil
}

func cut(s string, size int) string {
	if len(s) <= size {
		return s
	}
	s = s[:size]
	if i := strings.LastIndexByte(s, '\n'); i > 0 {
		return s[:i+1]
	}
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}
