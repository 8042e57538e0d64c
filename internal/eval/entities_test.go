package eval

import "testing"

func TestArticleAround(t *testing.T) {
	// Two articles in the SaudiNewsNet layout, a third whose paragraphs
	// are not indented, and a last one without a final newline.
	src := "Title one\nFirst para.\n\n Second para.\n\n Third.\n\n" +
		"Title two\nIts para.\n\n Its second.\n\n" +
		"Flat para A\n\nFlat para B\n\n" +
		"Last title\nLast para."
	at := func(s string) int {
		for i := range len(src) - len(s) + 1 {
			if src[i:i+len(s)] == s {
				return i
			}
		}
		t.Fatalf("%q not in src", s)
		return 0
	}
	art := func(from, to string) [2]int {
		b := len(src)
		if to != "" {
			b = at(to)
		}
		return [2]int{at(from), b}
	}
	tests := []struct {
		name       string
		start, end int
		want       [2]int
	}{
		{"title", at("Title one"), at("Title one") + 5, art("Title one", "Title two")},
		{"first paragraph", at("First"), at("First") + 11, art("Title one", "Title two")},
		{"indented paragraph", at("Third"), at("Third") + 6, art("Title one", "Title two")},
		{"second article", at("Its second"), at("Its second") + 3, art("Title two", "Flat para A")},
		{"flat paragraph alone", at("Flat para B"), at("Flat para B") + 4, art("Flat para B", "Last title")},
		{"last article, no final newline", at("Last para"), len(src), art("Last title", "")},
		{"span across two articles", at("Third"), at("Its para") + 3, art("Title one", "Flat para A")},
		{"empty span at the start", 0, 0, art("Title one", "Title two")},
		{"out of range is clamped", -5, len(src) + 9, [2]int{0, len(src)}},
	}
	for _, tt := range tests {
		a, b := ArticleAround(src, tt.start, tt.end)
		if [2]int{a, b} != tt.want {
			t.Errorf("%s: ArticleAround(%d, %d) = [%d,%d) %q; want [%d,%d) %q", tt.name, tt.start, tt.end,
				a, b, src[a:b], tt.want[0], tt.want[1], src[tt.want[0]:tt.want[1]])
		}
	}
}

func TestIsTitleLine(t *testing.T) {
	src := "A\nb\n\n c\n\nD\n\n\nE\r\n\r\nF\n"
	want := map[int]bool{0: true, 2: false, 4: false, 5: false, 9: true, 13: true, 17: false, 18: true}
	for i, w := range want {
		if got := isTitleLine(src, i); got != w {
			t.Errorf("isTitleLine(%q at %d) = %v, want %v", src[i:], i, got, w)
		}
	}
}
