package entity

// Hot classes: the classes of a token's key or stem that rules go looking
// for, one bit each in a byte a token (scratch.hm), so that a rule skips
// eight tokens a test (nextMarked) instead of reading two classes a token.
const (
	hotOrgHead   = 1 << iota // cOrgHead
	hotFacility              // cFacility
	hotQuotedOrg             // cQuotedOrg
	hotPlaceHead             // cPlaceHead
	hotTeamHead              // cTeamHead
	hotTitleCue              // cTitle, cRole, cSpeech or cCalled: a cue of titleRule
	hotAny                   // any class
	hotCue                   // cMiscCue, cBodyCue, cRepCue or cFamily: a rare cue of a rule that goes through long texts (miscCues, namedBodies, reporterOutlets, familyNames)
)

// hotClasses pairs each hot bit with its classes (one, but for hotCue).
var hotClasses = [...]struct {
	c   class
	hot uint8
}{{cOrgHead, hotOrgHead}, {cFacility, hotFacility}, {cQuotedOrg, hotQuotedOrg}, {cPlaceHead, hotPlaceHead}, {cTeamHead, hotTeamHead},
	{cMiscCue | cBodyCue | cRepCue | cFamily, hotCue}}

// hotOf returns the hot bits of the union c of a key's and its stem's
// classes.
func hotOf(c class) uint8 {
	if c == 0 {
		return 0
	}
	h := uint8(hotAny)
	for _, hc := range hotClasses {
		if c&hc.c != 0 {
			h |= hc.hot
		}
	}
	if c&(cTitle|cRole|cSpeech|cCalled) != 0 {
		h |= hotTitleCue
	}
	return h
}

// hotMask returns the hot bits a token has when its classes meet c, and
// false when some class of c has no hot bit of its own.
func hotMask(c class) (uint8, bool) {
	var h uint8
	for _, hc := range hotClasses {
		if c&hc.c != 0 {
			h |= hc.hot
			c &^= hc.c
		}
	}
	return h, c == 0
}
