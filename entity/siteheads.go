package entity

import "github.com/khabar-nlp/khabar/token"

// siteHeads are the nouns of sites, waters and carriers named after them
// (سجن بيل مارش، بحيرة فيكتوريا، مسجد تشن داي، طيران ريان إير): the facility
// heads and a few more. A name the first-name rule builds right after one
// of them names the site, no person.
var siteHeads = func() map[string]bool {
	m := keySet("بحيرة", "نهر", "جبل", "طيران", "شارع", "ساحة", "حي", "وادي", "خليج", "جزيرة")
	for k := range facilityHeads {
		m[k] = true
	}
	return m
}()

// afterSiteHead reports whether toks[i] comes right after a site's head
// noun, with or without a preposition (كبحيرة فيكتوريا، بسجن بيل مارش), in
// the same sentence.
func afterSiteHead(toks []token.Token, i int) bool {
	if i == 0 || toks[i-1].Sentence != toks[i].Sentence {
		return false
	}
	for _, rd := range toks[i-1].Readings { // (the first is the whole key)
		if siteHeads[rd.Stem] {
			return true
		}
	}
	return false
}
