package khabar

import (
	"encoding/json"
	"testing"
)

// decodeInputCases are records that decodeInput must decode (ok) as
// json.Unmarshal does, or leave to it.
var decodeInputCases = []struct {
	name, in string
	ok       bool
}{
	{"plain", `{"id":"h01","text":"زار أيمن الصفدي دمشق"}`, true},
	{"with lang", `{"id": "a", "lang": "ar", "text": "نص"}`, true},
	{"white space", " \t{ \"text\" :\r\n\"x\" , \"id\":\"1\" }\t ", true},
	{"empty object", `{}`, true},
	{"empty strings", `{"id":"","text":""}`, true},
	{"escapes", `{"text":"a\"b\\c\/d\be\ff\ng\rh\ti"}`, true},
	{"unicode escapes", `{"text":"\u0627\u0644\u00e9\u0000x"}`, true},
	{"surrogate pair", `{"text":"\ud83d\ude00 \uD83D\uDE00"}`, true},
	{"escape after Arabic", `{"text":"قال \"نعم\"\n"}`, true},
	{"runs between escapes", `{"text":"\"أ\"ب\u0020ج\tد\\"}`, true},
	{"escape first and last", `{"id":"\n","text":"\tنص\u00e9"}`, true},
	{"duplicate key: the last wins", `{"id":"a","id":"b"}`, true},
	{"key in upper case", `{"ID":"a","text":"x"}`, false},
	{"unknown key", `{"id":"a","source":"x"}`, false},
	{"null", `{"id":null,"text":"x"}`, false},
	{"number", `{"id":12,"text":"x"}`, false},
	{"lone high surrogate", `{"text":"\ud83d x"}`, false},
	{"lone low surrogate", `{"text":"\ude00"}`, false},
	{"high surrogate and no low one", `{"text":"\ud83d\u0041"}`, false},
	{"invalid UTF-8", "{\"text\":\"\xd8 \"}", false},
	{"invalid UTF-8 with an escape", "{\"text\":\"\\n\xff\"}", false},
	{"invalid UTF-8 between escapes", "{\"text\":\"\\nقال\xd9\\t\"}", false},
	{"control character after an escape", "{\"text\":\"\\n\x01\"}", false},
	{"backslash at the end", "{\"text\":\"a\\", false},
	{"control character", "{\"text\":\"a\tb\"}", false},
	{"bad escape", `{"text":"\x41"}`, false},
	{"short unicode escape", `{"text":"\u06"}`, false},
	{"escaped key", `{"\u0069d":"a"}`, true},
	{"two values", `{"id":"a"} {"id":"b"}`, false},
	{"trailing comma", `{"id":"a",}`, false},
	{"no colon", `{"id" "a"}`, false},
	{"unterminated", `{"id":"a`, false},
	{"unclosed object", `{"id":"a"`, false},
	{"array", `["a"]`, false},
	{"empty", ``, false},
}

func TestDecodeInput(t *testing.T) {
	for _, tc := range decodeInputCases {
		t.Run(tc.name, func(t *testing.T) {
			var got Input
			ok := decodeInput([]byte(tc.in), &got)
			if ok != tc.ok {
				t.Fatalf("decodeInput(%q) = %v, want %v", tc.in, ok, tc.ok)
			}
			if !ok {
				return
			}
			var want Input
			if err := json.Unmarshal([]byte(tc.in), &want); err != nil {
				t.Fatalf("json.Unmarshal(%q): %v, but decodeInput took it", tc.in, err)
			}
			if got != want {
				t.Errorf("decodeInput(%q) = %+v, want %+v as json.Unmarshal", tc.in, got, want)
			}
		})
	}
}

// FuzzDecodeInput checks that what decodeInput takes, json.Unmarshal
// takes too and decodes the same.
func FuzzDecodeInput(f *testing.F) {
	for _, tc := range decodeInputCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var got Input
		if !decodeInput(b, &got) {
			return
		}
		var want Input
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatalf("json.Unmarshal(%q): %v, but decodeInput took it", b, err)
		}
		if got != want {
			t.Errorf("decodeInput(%q) = %+v, want %+v as json.Unmarshal", b, got, want)
		}
	})
}
