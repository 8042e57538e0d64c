package entity_test

import "testing"

// TestStarringIsNoEvent checks that بطولة before a person of the gazetteer
// reads as "starring" (the person is a mention, no event is made), while
// بطولة before a cup or a place still opens an event's name.
func TestStarringIsNoEvent(t *testing.T) {
	checkMentions(t, worldRecognizer(t), []mentionCase{
		{"starring an actor of the gazetteer", "فيلم «السفارة في العمارة» بطولة عادل إمام وداليا البحيري.",
			[]string{"عادل إمام PER"}, []string{"بطولة عادل إمام"}},
		{"a cup named after a person stays an event", "فاز ببطولة كأس الشيخ جاسم لكرة القدم.",
			[]string{"بطولة كأس الشيخ جاسم لكرة القدم MISC misc.ar.event"}, nil},
		{"a championship named after a place", "شارك في بطولة العالم للمصارعة في القاهرة.",
			[]string{"بطولة العالم للمصارعة MISC misc.ar.event"}, nil},
	})
}
