package entity

import "testing"

// TestNextHash checks nextHash against a scan one hash at a time, on
// hashes next to the one looked for, with the high bit of a lane, at every
// start and in arrays of every length up to a few words.
func TestNextHash(t *testing.T) {
	for _, h := range []uint16{0, 1, 0x7FFF, 0x8000, 0x8001, 0xFFFF, compoundTailHash} {
		near := []uint16{h, h + 1, h - 1, h ^ 0x8000, h ^ 1, 0, 0xFFFF, 0x8000}
		for n := 0; n <= 13; n++ {
			for seed := range near {
				fh := make([]uint16, n)
				for k := range fh {
					fh[k] = near[(seed+k*k+k/3)%len(near)]
				}
				for i := -1; i <= n+1; i++ {
					want := len(fh)
					for j := max(i, 0); j < len(fh); j++ {
						if fh[j] == h {
							want = j
							break
						}
					}
					if got := nextHash(fh, i, h); got != want {
						t.Fatalf("nextHash(%x, %d, %x) = %d, want %d", fh, i, h, got, want)
					}
				}
			}
		}
	}
}
