package arabic

// stopwords are keys of Arabic function words and of common words that
// never stand alone as a name.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"في", "من", "على", "عن", "مع", "الى", "إلى", "حتى", "منذ", "بعد", "قبل", "عند", "لدى", "حول", "خلال",
		"بين", "ضد", "نحو", "عبر", "دون", "غير", "تحت", "فوق", "امام", "وراء", "لكن", "بل", "او", "أو", "ام", "ثم",
		"ان", "أن", "إن", "انه", "أنه", "إنه", "انها", "أنها", "إنها", "كان", "كانت", "يكون", "تكون", "ليس", "ليست",
		"قد", "لقد", "لم", "لن", "لا", "ما", "ماذا", "لماذا", "كيف", "متى", "اين", "هل", "اذا", "إذا", "لو", "كل",
		"بعض", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "هو",
		"هي", "هم", "هما", "نحن", "انا", "أنا", "انت", "أنت", "ايضا", "أيضا", "أيضاً", "فقط", "جدا", "اليوم", "امس",
		"أمس", "غدا", "غداً", "الان", "الآن", "حيث", "بينما", "عندما", "كما", "مثل", "وفق", "حسب", "سوف", "يوم",
		"عام", "العام", "شهر", "الشهر", "اسبوع", "الأسبوع", "وزير", "رئيس", "الرئيس", "الوزير", "قال", "وقال",
		"اكد", "أكد", "اعلن", "أعلن", "صرح", "اضاف", "أضاف", "مصادر", "الحكومة", "الدولة", "البلاد",
		"البلدين", "العالم", "المنطقة", "المدينة", "الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء",
		"الأربعاء", "الخميس", "اي", "أي", "عدة", "اخرى", "أخرى", "اخر", "آخر", "جديد", "جديدة", "كبير",
		"اول", "أول", "ثاني", "ثالث", "لدينا", "له", "لها", "لهم", "به", "بها", "فيه", "فيها", "منه", "منها",
		"عليه", "عليها", "ذات", "نفس", "كلا", "سنة", "السنة", "مساء", "صباح", "ليلة", "رئاسة", "برنامج",
		"أفاد", "أفادت", "ذكر", "ذكرت", "أشار", "أشارت", "أوضح", "أوضحت", "تابع", "قالت", "أكدت", "أعلنت",
		"لقاء", "زيارة", "اتفاق", "بيان", "تقرير", "مصدر", "عدد", "جميع", "خلال", "أمام", "داخل", "خارج",
	} {
		m[Normalize(w)] = true
	}
	return m
}()

// IsStopword reports whether key (a Normalize output) is an Arabic function
// word or a common word that never stands alone as a name (في, من, اليوم,
// وزير ...).
func IsStopword(key string) bool {
	if len(key) < 2 {
		return stopwords[key]
	}
	if h := stopHash(key); stopFilter[h/64]&(1<<(h%64)) == 0 {
		return false // most words, without the table
	}
	// A third of news words are stopwords: the table, probed in order from
	// the key's slot to the first empty one, costs less than the map.
	for i := stopSlot(key); ; i = (i + 1) % uint(len(stopTable)) {
		switch w := stopTable[i]; w {
		case "":
			return false
		case key:
			return true
		}
	}
}

// stopHash hashes the length and the second and last bytes of key
// (len(key) >= 2) to 16 bits.
func stopHash(key string) uint {
	return (uint(len(key))<<11 ^ uint(key[1])<<5 ^ uint(key[len(key)-1])) & (1<<16 - 1)
}

// stopFilter has a bit for each stopHash of the stopwords.
var stopFilter = func() (f [1 << 16 / 64]uint64) {
	for w := range stopwords {
		if len(w) >= 2 {
			h := stopHash(w)
			f[h/64] |= 1 << (h % 64)
		}
	}
	return f
}()

// stopBits is the log2 of the slots of stopTable, some five times the
// stopwords, so that most probes end at the first slot.
const stopBits = 10

// stopSlot hashes the length and the first, middle and last two bytes of
// key (len(key) >= 2) to a slot of stopTable.
func stopSlot(key string) uint {
	n := len(key)
	x := uint64(n) | uint64(key[0])<<8 | uint64(key[1])<<16 | uint64(key[n/2])<<24 | uint64(key[n-2])<<32 | uint64(key[n-1])<<40
	return uint(x * 0x9e3779b97f4a7c15 >> (64 - stopBits))
}

// stopTable holds the stopwords of two bytes or more, each at its
// stopSlot or, when that is taken, at the next free slot after it.
var stopTable = func() (t [1 << stopBits]string) {
	for w := range stopwords {
		if len(w) < 2 {
			continue
		}
		i := stopSlot(w)
		for t[i] != "" {
			i = (i + 1) % uint(len(t))
		}
		t[i] = w
	}
	return t
}()
