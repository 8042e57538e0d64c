package khabar

import (
	"strconv"
	"unicode/utf8"
)

// appendJSON appends the JSON form of d and a new line to b, the bytes
// that a json.Encoder with SetEscapeHTML(false) writes for it, without
// reflection: field by field, in the order and with the omitempty rules of
// the struct tags, strings escaped as encoding/json escapes them (see
// appendString). A test compares the two on every kind of field.
func (d *Document) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, d.ID)
	if d.Lang != "" {
		b = append(b, `,"lang":`...)
		b = appendString(b, d.Lang)
	}
	b = append(b, `,"entities":`...)
	if d.Entities == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range d.Entities {
			if i > 0 {
				b = append(b, ',')
			}
			b = d.Entities[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	b = append(b, `,"relations":`...)
	if d.Relations == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range d.Relations {
			if i > 0 {
				b = append(b, ',')
			}
			b = d.Relations[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	if len(d.Rejected) > 0 {
		b = append(b, `,"rejected":[`...)
		for i := range d.Rejected {
			if i > 0 {
				b = append(b, ',')
			}
			r := &d.Rejected[i]
			b = append(b, `{"rule":`...)
			b = appendString(b, r.Rule)
			b = append(b, `,"trigger":`...)
			b = r.Trigger.appendJSON(b)
			b = append(b, `,"reason":`...)
			b = appendString(b, r.Reason)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if d.Error != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, d.Error)
	}
	return append(b, "}\n"...)
}

func (e *Entity) appendJSON(b []byte) []byte {
	b = appendStartEnd(b, e.Start, e.End)
	b = append(b, `,"text":`...)
	b = appendString(b, e.Text)
	b = append(b, `,"type":`...)
	b = appendString(b, e.Type)
	b = appendOmitEmpty(b, `,"subtype":`, e.Subtype)
	b = appendOmitEmpty(b, `,"entity":`, e.Entity)
	b = appendOmitEmpty(b, `,"name":`, e.Name)
	b = append(b, `,"source":`...)
	b = appendString(b, e.Source)
	b = appendOmitEmpty(b, `,"rule":`, e.Rule)
	b = appendOmitEmpty(b, `,"form":`, e.Form)
	if len(e.Candidates) > 0 {
		b = append(b, `,"candidates":[`...)
		for i, c := range e.Candidates {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, c)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func (a *Argument) appendJSON(b []byte) []byte {
	b = appendStartEnd(b, a.Start, a.End)
	b = append(b, `,"text":`...)
	b = appendString(b, a.Text)
	b = append(b, `,"type":`...)
	b = appendString(b, a.Type)
	b = appendOmitEmpty(b, `,"entity":`, a.Entity)
	return append(b, '}')
}

func (s *Span) appendJSON(b []byte) []byte {
	b = appendStartEnd(b, s.Start, s.End)
	b = appendOmitEmpty(b, `,"text":`, s.Text)
	return append(b, '}')
}

func (r *Relation) appendJSON(b []byte) []byte {
	b = append(b, `{"type":`...)
	b = appendString(b, r.Type)
	b = append(b, `,"modality":`...)
	b = appendString(b, r.Modality)
	b = append(b, `,"rule":`...)
	b = appendString(b, r.Rule)
	b = append(b, `,"subject":`...)
	b = r.Subject.appendJSON(b)
	b = append(b, `,"object":`...)
	b = r.Object.appendJSON(b)
	b = append(b, `,"trigger":`...)
	b = r.Trigger.appendJSON(b)
	b = append(b, `,"sentence":`...)
	b = r.Sentence.appendJSON(b)
	b = appendOmitEmpty(b, `,"role":`, r.Role)
	if a := r.Attribution; a != nil {
		b = append(b, `,"attribution":{"cue":`...)
		b = a.Cue.appendJSON(b)
		b = append(b, `,"source":`...)
		b = a.Source.appendJSON(b)
		b = appendOmitEmpty(b, `,"entity":`, a.Entity)
		b = append(b, '}')
	}
	if e := r.Explain; e != nil {
		b = append(b, `,"explain":{"subject":`...)
		b = e.Subject.appendJSON(b)
		b = append(b, `,"object":`...)
		b = e.Object.appendJSON(b)
		b = append(b, '}')
	}
	return append(b, '}')
}

func (s *SlotFill) appendJSON(b []byte) []byte {
	b = append(b, `{"slot":`...)
	b = appendString(b, s.Slot)
	b = append(b, `,"how":`...)
	b = appendString(b, s.How)
	return append(b, '}')
}

// appendStartEnd appends the opening of an object and its start and end
// fields.
func appendStartEnd(b []byte, start, end int) []byte {
	b = append(b, `{"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	return strconv.AppendInt(b, int64(end), 10)
}

// appendOmitEmpty appends the field that starts with key (a comma and the
// quoted name and colon) with the value s, unless s is empty.
func appendOmitEmpty(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendString(append(b, key...), s)
}

// appendString appends s quoted as encoding/json quotes a string without
// HTML escaping: " and \ escaped with a backslash, the control characters
// as \b \f \n \r \t or \u00XX, U+2028 and U+2029 as \u2028 and \u2029,
// and each byte of invalid UTF-8 as \ufffd.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		// A letter of two bytes (Arabic, Latin with accents) is valid and
		// is neither U+2028 nor U+2029: the common case, without a call.
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
