package world_test

import "testing"

// TestDev3PlacesAndFirms checks the places and firms that the third news
// dev set showed missing (spellings of the news sample that the city list
// lacks, a few towns and districts, streaming services, car makers and
// publishers), and that the names they resemble stay what they are:
// Andorra is not read inside Pandora, nor Aston Martin inside Aston Villa,
// nor Reno in Renault.
func TestDev3PlacesAndFirms(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"spellings of cities", "وقتل الشاب خمسة جنود في شاتانوغا، ثم سافر إلى زيوريخ ولوس أنجليس وكمبردج.",
			[]string{"شاتانوغا LOC loc:chattanooga", "زيوريخ LOC loc:zurich", "لوس أنجليس LOC loc:los-angeles"},
			[]string{"أنجليس"}},
		{"the other Chattanooga and Zurich", "وفي مدينة تشاتانوغا التابعة لولاية تينيسي، وفي زوريخ.",
			[]string{"تشاتانوغا LOC loc:chattanooga", "زوريخ LOC loc:zurich"}, nil},
		{"towns and districts", "وسافر إلى جزيرة بالي، ثم إلى الضاحية المعروفة باسم أبو قير، وعبر نهر آراس.",
			[]string{"جزيرة بالي LOC loc:bali", "أبو قير LOC loc:abu-qir", "نهر آراس LOC loc:aras-river"},
			[]string{"أبو قير PER"}},
		{"streaming services", "وتتنافس مع خدمات مثل باندورا وسبوتيفاي وسيريوس إكس إم.",
			[]string{"باندورا ORG org:pandora-radio", "سبوتيفاي ORG org:spotify", "سيريوس إكس إم ORG org:sirius-xm"},
			[]string{"اندورا", "اندورا LOC"}},
		{"car makers", "وأعلنت بوغاتي وأستون نتائجها، وفاز أستون فيلا، وباعت أستون تشيس المنزل.",
			[]string{"بوغاتي ORG org:bugatti", "أستون ORG org:aston-martin", "أستون فيلا ORG org:aston-villa-fc", "أستون تشيس ORG org:aston-chase"},
			nil},
		{"firms and publishers", "وقالت شركة هنيويل ودي جيه آي ودار سايمون أند شوستر إن الطلب زاد.",
			[]string{"هنيويل ORG org:honeywell", "دي جيه آي ORG org:dji", "سايمون أند شوستر ORG org:simon-and-schuster"},
			[]string{"شركة هنيويل"}},
		{"bodies", "وقالت إحصائيات الجهاز المركزي للمحاسبات في مصر، ورتب تصنيف التايمز للتعليم العالي الجامعات.",
			[]string{"الجهاز المركزي للمحاسبات ORG org:central-auditing-organization-egypt", "التايمز للتعليم العالي ORG org:times-higher-education"},
			[]string{"التايمز"}},
		{"Andorra itself stays", "وفازت إسبانيا على أندورا.", []string{"أندورا LOC loc:andorra"}, nil},
	})
}
