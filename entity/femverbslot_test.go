package entity

import "testing"

// TestFemVerbSlot checks the bytes test of the verb of per.ar.fem-subject.
func TestFemVerbSlot(t *testing.T) {
	for _, c := range []struct {
		key  string
		want bool
	}{
		{"عادت", true}, {"وعادت", true}, {"فذهلت", true}, {"فتحت", true}, {"زيارات", true},
		{"بنت", false}, {"وقت", false}, {"تكتب", false}, {"يكتب", false}, {"الرئيس", false}, {"تم", false},
		{"yesterday", false}, {"", false},
	} {
		if got := femVerbSlot(c.key); got != c.want {
			t.Errorf("femVerbSlot(%q) = %v, want %v", c.key, got, c.want)
		}
	}
}
