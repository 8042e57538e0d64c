package entity

// Flags of a token, as bits of scratch.tf: what a rule looks for in a
// dense array of one byte a token rather than in the tokens themselves.
const (
	tfOpenQuote  = 1 << iota // the key opens a quotation (see openQuote)
	tfCloseQuote             // the key closes a quotation (see closeQuote)
)

// quoteFlags returns the quote flags of a token's key.
func quoteFlags(key string) uint8 {
	if len(key) > len("“") || len(key) == 0 {
		return 0 // most keys: every quote is one to three bytes
	}
	var f uint8
	if openQuote(key) {
		f |= tfOpenQuote
	}
	if closeQuote(key) {
		f |= tfCloseQuote
	}
	return f
}
