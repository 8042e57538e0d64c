package entity

import (
	"testing"

	"github.com/khabar-nlp/khabar/token"
)

func TestHotMask(t *testing.T) {
	tests := []struct {
		c    class
		want uint8
		ok   bool
	}{
		{cOrgHead | cQuotedOrg, hotOrgHead | hotQuotedOrg, true},
		{cFacility | cQuotedOrg, hotFacility | hotQuotedOrg, true},
		{cTeamHead, hotTeamHead, true},
		{cPlaceHead, hotPlaceHead, true},
		{cTitle, 0, false},
		{cOrgHead | cRole, hotOrgHead, false},
		{cMiscCue, hotCue, true},
		{cBodyCue | cOrgHead, hotCue | hotOrgHead, true},
		{cMiscCue | cWork, hotCue, false},
		{cRepCue, hotCue, true},
		{cFamily | cTeamHead, hotCue | hotTeamHead, true},
		{cRepCue | cTitle, hotCue, false},
	}
	for _, tt := range tests {
		if got, ok := hotMask(tt.c); got != tt.want || ok != tt.ok {
			t.Errorf("hotMask(%b) = %b, %v, want %b, %v", tt.c, got, ok, tt.want, tt.ok)
		}
	}
}

// TestHotOf checks the hot bits of the tokens of a text against their
// classes: a hot mask meets a token's bits exactly when its classes meet
// the mask's classes.
func TestHotOf(t *testing.T) {
	toks := token.Tokenize("قال وزير الخارجية في مدينة الرياض إن شركة أرامكو وفريق الهلال ومستشفى الملك فهد وصحيفة «الحياة» وموقع «إيلاف» ذكرت ذلك بعد الإعصار وجهاز الأمن وقال مراسل الجزيرة إن أسرة تانغ غادرت")
	sc := new(scratch)
	sc.classify(toks)
	masks := []class{cOrgHead | cQuotedOrg, cFacility | cQuotedOrg, cTeamHead, cPlaceHead, cMiscCue | cBodyCue | cRepCue | cFamily}
	seenClasses := class(0)
	seen := uint8(0)
	for i := range toks {
		c := sc.kc[i] | sc.sc[i]
		seenClasses |= c
		h := sc.hm[i]
		seen |= h
		if (h != 0) != (c != 0) || (h&hotTitleCue != 0) != (c&(cTitle|cRole|cSpeech|cCalled) != 0) {
			t.Errorf("%q: hot %b for classes %b", toks[i].Key, h, c)
		}
		for _, m := range masks {
			hm, _ := hotMask(m)
			if (h&hm != 0) != (c&m != 0) {
				t.Errorf("%q: hot %b & %b disagrees with classes %b & %b", toks[i].Key, h, hm, c, m)
			}
		}
	}
	if want := uint8(hotOrgHead | hotFacility | hotQuotedOrg | hotPlaceHead | hotTeamHead | hotTitleCue | hotAny | hotCue); seen != want {
		t.Errorf("hot bits seen %b, want %b", seen, want)
	}
	if want := cRepCue | cFamily; seenClasses&want != want {
		t.Errorf("classes seen %b, want the reporter's and the family's %b among them", seenClasses, want)
	}
}
