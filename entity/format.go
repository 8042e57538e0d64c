package entity

import (
	"strings"
	"unicode/utf8"
)

// invisibleEdge reports whether r is a format character that a word may
// carry at its edges without it being part of the name: bidirectional
// marks, embeddings and isolates, zero-width spaces and joiners, the byte
// order mark (France‪ written inside a right-to-left line).
func invisibleEdge(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return true
	}
	return false
}

// trimInvisible takes the format characters of invisibleEdge off both
// ends of each mention, so that its text is the name alone.
func trimInvisible(text string, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		start, end := m.Start, m.End
		// Every rune of invisibleEdge is written in three bytes, the
		// first E2 or EF: most mentions are told by two bytes.
		if (end-start < 3 || text[end-3] != 0xE2 && text[end-3] != 0xEF) && (start >= end || text[start] != 0xE2 && text[start] != 0xEF) { // (as the loops below)
			continue
		}
		for end > start {
			r, n := utf8.DecodeLastRuneInString(text[start:end])
			if !invisibleEdge(r) {
				break
			}
			end -= n
		}
		for end > start {
			r, n := utf8.DecodeRuneInString(text[start:end])
			if !invisibleEdge(r) {
				break
			}
			start += n
		}
		if end == start || start == m.Start && end == m.End {
			continue
		}
		if m.Name == m.Text {
			m.Name = text[start:end]
		}
		m.Start, m.End, m.Text = start, end, text[start:end]
	}
}

// conjFirst reports whether key starts with a letter that may be the
// conjunction و or ف, so that stemOf may differ from it: a test cheaper
// than stemOf.
func conjFirst(key string) bool {
	return strings.HasPrefix(key, "و") || strings.HasPrefix(key, "ف")
}
