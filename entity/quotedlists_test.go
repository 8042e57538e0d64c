package entity_test

import "testing"

// TestQuotedLists checks rule org.ar.quoted-list: a quoted name in a list
// with a quoted organisation of the gazetteer is an organisation; not
// without such an organisation in the list, not a name with the article
// first, a stopword or a digit, and not a name quoted alone.
func TestQuotedLists(t *testing.T) {
	r := worldRecognizer(t)
	checkMentions(t, r, []mentionCase{
		{"before a known firm", "ولفتت شركات ناشئة مثل «بينتريست»، و«أوبر» الانتباه.", []string{"بينتريست ORG", "أوبر ORG"}, nil},
		{"after a known firm", "تقدم قليلا مثل «غوغل» و«ياهو» في السوق.", []string{"ياهو ORG", "غوغل ORG"}, nil},
		{"two words", "وكانت على «تويتر»، و«وورك داي» في العام الماضي.", []string{"وورك داي ORG"}, nil},
		{"no known firm", "ووزعت الجمعية «بينتريست» و«ياهو» في السوق.", nil, []string{"بينتريست ORG", "ياهو ORG"}},
		{"words of a slogan", "ورفع أنصار «تويتر» و«الشعبي» لافتات.", nil, []string{"الشعبي ORG"}},
		{"a title with a stopword", "وشاهد «غوغل» و«واحد من القلب» أمس.", nil, []string{"واحد من القلب ORG"}},
		{"a model with a digit", "وقارن «غوغل» و«آي 5» في التقرير.", nil, []string{"آي 5 ORG"}},
		{"alone", "وقالت «بينتريست» إن الأرباح زادت.", nil, []string{"بينتريست ORG"}},
	})
}
