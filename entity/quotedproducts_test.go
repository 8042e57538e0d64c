package entity_test

import "testing"

// TestQuotedProducts checks that a firm that only begins a quoted name
// (a product, or another firm's name) is no mention, and that a firm
// quoted alone, a branch named by a place, and a firm's name with a
// complement stay.
func TestQuotedProducts(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"an app store", "هناك أكثر من مائة ألف تطبيق في متجري «آي تيونز» و«غوغل بلاي» حسب الشركة.",
			nil, []string{"غوغل ORG", "غوغل"}},
		{"a messenger", "أطلقت الشركة تطبيق «فيسبوك ميسنجر» الجديد.",
			nil, []string{"فيسبوك"}},
		{"a firm quoted alone", "وأعلنت «غوغل» أرباحها، كما أعلنت «أبل» أرباحها.",
			[]string{"غوغل ORG", "أبل ORG"}, nil},
		{"a branch named by a place", "وقالت «كي بي إم جي السعودية» إن السوق تنمو.",
			[]string{"كي بي إم جي ORG", "السعودية LOC"}, nil},
		{"a firm with a complement keeps its mention", "وقعت «شركة داسو للصناعات الجوية» العقد.",
			[]string{"شركة داسو ORG"}, nil},
	})
}
