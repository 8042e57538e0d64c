package entity

// trimConjunctions returns p without its leading و and ف, as
// strings.TrimLeft(p, "وف") does, by the letters' bytes (و D9 88, ف D9 81)
// instead of decoding runes.
func trimConjunctions(p string) string {
	for len(p) >= 2 && p[0] == 0xD9 && (p[1] == 0x88 || p[1] == 0x81) {
		p = p[2:]
	}
	return p
}
