package keyhash

import (
	"fmt"
	"math/bits"
	"strings"
	"testing"
)

// TestSumReadsEveryByte changes each byte of keys of every length up to 40
// and checks that the hash changes: a filter over a hash that skips bytes
// lets through the words that differ only there.
func TestSumReadsEveryByte(t *testing.T) {
	base := strings.Repeat("الرباط", 8)
	for n := 1; n <= 40; n++ {
		s := base[:n]
		h := Sum(s)
		for i := range n {
			b := []byte(s)
			b[i] ^= 0x01
			if Sum(string(b)) == h {
				t.Errorf("Sum(%q) does not change with byte %d", s, i)
			}
		}
	}
	if Sum("") == Sum("\x00") {
		t.Error(`Sum("") == Sum("\x00")`)
	}
}

// TestSumSpreads checks that the low bits of the hashes of many similar
// keys (Arabic words of one length that share their first and last
// letters, which the old filter hashes confused) fill a filter evenly.
func TestSumSpreads(t *testing.T) {
	const bitsN = 1 << 12
	var filter [bitsN / 64]uint64
	letters := []string{"ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق"}
	n := 0
	for _, a := range letters {
		for _, b := range letters {
			s := "م" + a + b + "ون"
			h := Sum(s) & (bitsN - 1)
			filter[h/64] |= 1 << (h % 64)
			n++
		}
	}
	set := 0
	for _, w := range filter {
		set += bits.OnesCount64(w)
	}
	// n random bits in bitsN leave about bitsN·(1−e^(−n/bitsN)) set.
	if want := 370; set < want {
		t.Errorf("%d keys set %d of %d bits, want at least %d", n, set, bitsN, want)
	}
}

func BenchmarkSum(b *testing.B) {
	keys := strings.Fields("في الرباط والمملكة المغربية قال وزير الخارجية الإسرائيلي بيني غانتس")
	b.ReportAllocs()
	var x uint64
	for b.Loop() {
		for _, k := range keys {
			x += Sum(k)
		}
	}
	_ = fmt.Sprint(x)
}
