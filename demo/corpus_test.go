package demo

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

var corpusRegionOrder = []string{
	"10", "11", "15", "19", "23", "27", "31", "33", "35", "39",
	"43", "47", "55", "59", "61", "62", "63", "71", "75", "79",
}

var corpusCategories = []string{
	"social", "housing", "land", "employment", "health", "education",
	"roads", "law_order", "business", "ecology", "other",
}

var corpusOutcomes = []string{"solved", "explained", "refused", "not_competent"}

var (
	corpusKATO        = regexp.MustCompile(`^[0-9]{9}$`)
	corpusPlaceholder = regexp.MustCompile(`\{[^{}]*\}`)
)

const corpusKazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"

func corpusHasKazakh(s string) bool { return strings.ContainsAny(s, corpusKazakhLetters) }

func corpusInKazakhstan(lat, lon float64) bool {
	return lat >= 40.5 && lat <= 55.5 && lon >= 46.5 && lon <= 87.5
}

// corpusWalk calls f for every place with its parent (nil for level BB).
func corpusWalk(f func(r Region, parent *Place, p Place)) {
	for _, r := range Regions {
		for i := range r.Places {
			p := &r.Places[i]
			f(r, nil, *p)
			for _, c := range p.Children {
				f(r, p, c)
			}
		}
	}
}

func TestCorpusRegionsOrder(t *testing.T) {
	if len(Regions) != len(corpusRegionOrder) {
		t.Fatalf("len(Regions) = %d, want %d", len(Regions), len(corpusRegionOrder))
	}
	for i, r := range Regions {
		want := corpusRegionOrder[i] + "0000000"
		if r.KATO != want {
			t.Errorf("Regions[%d].KATO = %q, want %q", i, r.KATO, want)
		}
		if r.GenRU == "" || r.GenKK == "" {
			t.Errorf("region %s: empty genitive names", r.KATO)
		}
		if !strings.HasSuffix(r.GenKK, "облысының") && !strings.HasSuffix(r.GenKK, "қаласының") {
			t.Errorf("region %s: GenKK %q does not end with облысының/қаласының", r.KATO, r.GenKK)
		}
		if !corpusInKazakhstan(r.Lat, r.Lon) {
			t.Errorf("region %s: coordinates %v,%v outside Kazakhstan", r.KATO, r.Lat, r.Lon)
		}
		if len(r.Places) == 0 {
			t.Errorf("region %s has no places", r.KATO)
		}
	}
}

func TestCorpusKATO(t *testing.T) {
	seen := map[string]string{}
	for _, r := range Regions {
		if !corpusKATO.MatchString(r.KATO) {
			t.Errorf("region KATO %q is not 9 digits", r.KATO)
		}
		seen[r.KATO] = "region"
	}
	corpusWalk(func(r Region, parent *Place, p Place) {
		name := p.RU + " (" + r.KATO + ")"
		if !corpusKATO.MatchString(p.KATO) {
			t.Errorf("%s: KATO %q is not 9 digits", name, p.KATO)
			return
		}
		if prev, dup := seen[p.KATO]; dup {
			t.Errorf("%s: KATO %q duplicates %s", name, p.KATO, prev)
		}
		seen[p.KATO] = p.RU
		if p.KATO[:2] != r.KATO[:2] {
			t.Errorf("%s: KATO %q outside region %s", name, p.KATO, r.KATO)
		}
		if parent == nil {
			switch p.Kind {
			case "city", "district":
				if p.KATO[2:4] == "00" || p.KATO[4:] != "00000" {
					t.Errorf("%s: level-BB code %q is not of the form AABB00000", name, p.KATO)
				}
			case "cityDistrict":
				// Districts of the cities of republican significance keep their
				// official codes (e.g. 711110000).
				if p.KATO[2:4] == "00" || p.KATO[6:] != "000" {
					t.Errorf("%s: city district code %q is not of the form AABBCC000", name, p.KATO)
				}
			}
			return
		}
		if !strings.HasPrefix(p.KATO, parent.KATO[:4]) {
			t.Errorf("%s: KATO %q not inside parent %s %q", name, p.KATO, parent.RU, parent.KATO)
		}
		if p.KATO[4:6] == "00" && p.KATO[6:] == "000" {
			t.Errorf("%s: child code %q has CC=00 and DDD=000", name, p.KATO)
		}
	})
}

func TestCorpusPlaces(t *testing.T) {
	topKinds := map[string]bool{"city": true, "district": true, "cityDistrict": true}
	childKinds := map[string]bool{"cityDistrict": true, "town": true, "village": true}
	corpusWalk(func(r Region, parent *Place, p Place) {
		name := p.RU + " " + p.KATO
		if parent == nil && !topKinds[p.Kind] {
			t.Errorf("%s: kind %q not allowed at level BB", name, p.Kind)
		}
		if parent != nil {
			if !childKinds[p.Kind] {
				t.Errorf("%s: kind %q not allowed for a child", name, p.Kind)
			}
			if len(p.Children) != 0 {
				t.Errorf("%s: settlements must not have children", name)
			}
		}
		if p.RU == "" || p.KK == "" || p.EN == "" || p.GenRU == "" || p.GenKK == "" {
			t.Errorf("%s: empty name field: %+v", name, p)
		}
		if !strings.HasSuffix(p.GenKK, "ның") && !strings.HasSuffix(p.GenKK, "нің") {
			t.Errorf("%s: GenKK %q does not end with a genitive suffix", name, p.GenKK)
		}
		if corpusHasKazakh(p.EN) {
			t.Errorf("%s: EN name %q contains Kazakh letters", name, p.EN)
		}
		if !corpusInKazakhstan(p.Lat, p.Lon) {
			t.Errorf("%s: coordinates %v,%v outside Kazakhstan", name, p.Lat, p.Lon)
		}
		if p.Kind == "district" && (len(p.Children) == 0 || p.Children[0].Lat != p.Lat || p.Children[0].Lon != p.Lon) {
			t.Errorf("%s: district position must be that of its centre (first child)", name)
		}
	})
}

func corpusRegion(t *testing.T, prefix string) Region {
	t.Helper()
	for _, r := range Regions {
		if r.KATO[:2] == prefix {
			return r
		}
	}
	t.Fatalf("region %s not found", prefix)
	return Region{}
}

func corpusRequire(t *testing.T, r Region, kind string, names []string) {
	t.Helper()
	have := map[string]Place{}
	for _, p := range r.Places {
		have[p.RU] = p
	}
	for _, n := range names {
		p, ok := have[n]
		if !ok {
			t.Errorf("region %s: %q missing", r.KATO, n)
			continue
		}
		if p.Kind != kind {
			t.Errorf("region %s: %q has kind %q, want %q", r.KATO, n, p.Kind, kind)
		}
	}
}

func TestCorpusCoverage(t *testing.T) {
	kar := corpusRegion(t, "35")
	corpusRequire(t, kar, "city", []string{"Караганда", "Темиртау", "Балхаш", "Приозерск", "Сарань", "Шахтинск"})
	karDistricts := []string{"Абайский район", "Актогайский район", "Бухар-Жырауский район", "Каркаралинский район",
		"Нуринский район", "Осакаровский район", "Шетский район"}
	corpusRequire(t, kar, "district", karDistricts)
	wko := corpusRegion(t, "27")
	corpusRequire(t, wko, "city", []string{"Уральск"})
	wkoDistricts := []string{"Акжаикский район", "Бокейординский район", "Бурлинский район", "Жангалинский район",
		"Жанибекский район", "район Бәйтерек", "Казталовский район", "Каратобинский район", "Сырымский район",
		"Таскалинский район", "Теректинский район", "Чингирлауский район"}
	corpusRequire(t, wko, "district", wkoDistricts)
	for _, r := range []Region{kar, wko} {
		districts := 0
		for _, p := range r.Places {
			if p.Kind != "district" {
				continue
			}
			districts++
			if n := len(p.Children); n < 4 || n > 6 {
				t.Errorf("%s: %d settlements, want 4–6", p.RU, n)
			}
		}
		if want := map[string]int{"35": len(karDistricts), "27": len(wkoDistricts)}[r.KATO[:2]]; districts != want {
			t.Errorf("region %s: %d districts, want exactly %d (borders after 2022)", r.KATO, districts, want)
		}
	}
	for _, p := range kar.Places {
		if p.RU == "Караганда" && len(p.Children) != 2 {
			t.Errorf("Караганда: %d city districts, want 2", len(p.Children))
		}
	}

	cityDistricts := map[string][]string{
		"71": {"район Алматы", "район Байконыр", "район Есиль", "район Сарыарка", "район Нура"},
		"75": {"Алатауский район", "Алмалинский район", "Ауэзовский район", "Бостандыкский район",
			"Жетысуский район", "Медеуский район", "Наурызбайский район", "Турксибский район"},
		"79": {"Абайский район", "Аль-Фарабийский район", "Енбекшинский район", "Каратауский район", "район Туран"},
	}
	for prefix, names := range cityDistricts {
		r := corpusRegion(t, prefix)
		corpusRequire(t, r, "cityDistrict", names)
		if len(r.Places) != len(names) {
			t.Errorf("region %s: %d places, want %d city districts", r.KATO, len(r.Places), len(names))
		}
	}

	for _, r := range Regions {
		prefix := r.KATO[:2]
		if prefix == "35" || prefix == "27" || cityDistricts[prefix] != nil {
			continue
		}
		cities, districts := 0, 0
		for _, p := range r.Places {
			switch p.Kind {
			case "city":
				cities++
			case "district":
				districts++
				if n := len(p.Children); n < 2 || n > 3 {
					t.Errorf("%s (%s): %d settlements, want 2–3", p.RU, r.KATO, n)
				}
			}
		}
		if cities == 0 || r.Places[0].Kind != "city" || r.Places[0].Lat != r.Lat || r.Places[0].Lon != r.Lon {
			t.Errorf("region %s: the administrative centre must be its first place", r.KATO)
		}
		want := 5
		if prefix == "62" { // Ulytau oblast has only two districts.
			want = 2
		}
		if districts < want {
			t.Errorf("region %s: %d districts, want at least %d", r.KATO, districts, want)
		}
	}
}

func corpusCheckStrings(t *testing.T, what string, list []string, min int) {
	t.Helper()
	if len(list) < min {
		t.Errorf("%s: %d entries, want at least %d", what, len(list), min)
	}
	seen := map[string]bool{}
	for _, s := range list {
		if strings.TrimSpace(s) != s || s == "" {
			t.Errorf("%s: empty or untrimmed entry %q", what, s)
		}
		if seen[s] {
			t.Errorf("%s: duplicate %q", what, s)
		}
		seen[s] = true
	}
}

func TestCorpusPeople(t *testing.T) {
	corpusCheckStrings(t, "KazakhMale", KazakhMale, 40)
	corpusCheckStrings(t, "KazakhFemale", KazakhFemale, 40)
	corpusCheckStrings(t, "RussianMale", RussianMale, 40)
	corpusCheckStrings(t, "RussianFemale", RussianFemale, 40)

	for what, list := range map[string][]Surname{"KazakhSurnames": KazakhSurnames, "RussianSurnames": RussianSurnames} {
		min := map[string]int{"KazakhSurnames": 60, "RussianSurnames": 40}[what]
		var ms []string
		for _, s := range list {
			ms = append(ms, s.M)
			if s.F != s.M+"а" {
				t.Errorf("%s: feminine form %q of %q is not M+\"а\"", what, s.F, s.M)
			}
		}
		corpusCheckStrings(t, what, ms, min)
	}

	var ps []string
	for _, p := range Patronymics {
		ps = append(ps, p.M)
		if !strings.HasSuffix(p.M, "ич") || !strings.HasSuffix(p.F, "на") {
			t.Errorf("patronymic %q / %q has wrong endings", p.M, p.F)
		}
		if strings.TrimSuffix(p.M, "ич") != strings.TrimSuffix(p.F, "на") {
			t.Errorf("patronymic %q / %q: stems differ", p.M, p.F)
		}
	}
	corpusCheckStrings(t, "Patronymics", ps, 40)

	var rus, kks []string
	for _, s := range Streets {
		rus = append(rus, s.RU)
		kks = append(kks, s.KK)
		if corpusHasKazakh(s.RU) {
			t.Errorf("street %q: Russian form contains Kazakh letters", s.RU)
		}
		if !strings.Contains(s.KK, "көшесі") && !strings.Contains(s.KK, "даңғылы") && !strings.Contains(s.KK, "шағын аудан") {
			t.Errorf("street %q: Kazakh form %q has no street type", s.RU, s.KK)
		}
	}
	corpusCheckStrings(t, "Streets.RU", rus, 40)
	corpusCheckStrings(t, "Streets.KK", kks, 40)
}

func corpusCheckText(t *testing.T, what, s string, allowed map[string]bool, kazakh bool) {
	t.Helper()
	if s == "" || strings.TrimSpace(s) != s {
		t.Errorf("%s: empty or untrimmed text %q", what, s)
	}
	if n := utf8.RuneCountInString(s); n > 400 {
		t.Errorf("%s: text too long (%d runes): %q", what, n, s)
	}
	for _, ph := range corpusPlaceholder.FindAllString(s, -1) {
		if !allowed[ph] {
			t.Errorf("%s: placeholder %s not allowed in %q", what, ph, s)
		}
	}
	if stripped := corpusPlaceholder.ReplaceAllString(s, ""); strings.ContainsAny(stripped, "{}") {
		t.Errorf("%s: stray brace in %q", what, s)
	}
	if kazakh && !corpusHasKazakh(s) {
		t.Errorf("%s: Kazakh text without Kazakh-specific letters: %q", what, s)
	}
	if !kazakh && corpusHasKazakh(s) {
		t.Errorf("%s: Russian text contains Kazakh letters: %q", what, s)
	}
	if last, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(".!?", last) {
		t.Errorf("%s: text does not end with a full stop: %q", what, s)
	}
}

func TestCorpusAppealTexts(t *testing.T) {
	allowed := map[string]bool{"{place}": true, "{street}": true, "{n}": true, "{years}": true}
	if len(AppealTexts) != len(corpusCategories) {
		t.Errorf("AppealTexts has %d categories, want %d", len(AppealTexts), len(corpusCategories))
	}
	used := map[string]bool{}
	for _, c := range corpusCategories {
		texts, ok := AppealTexts[c]
		if !ok {
			t.Errorf("AppealTexts: category %q missing", c)
			continue
		}
		corpusCheckStrings(t, c+".RU", texts.RU, 14)
		corpusCheckStrings(t, c+".KK", texts.KK, 10)
		for _, s := range texts.RU {
			corpusCheckText(t, c+".RU", s, allowed, false)
			for _, ph := range corpusPlaceholder.FindAllString(s, -1) {
				used[ph] = true
			}
		}
		for _, s := range texts.KK {
			corpusCheckText(t, c+".KK", s, allowed, true)
		}
	}
	for ph := range allowed {
		if !used[ph] {
			t.Errorf("placeholder %s is never used", ph)
		}
	}
}

func TestCorpusBodyNames(t *testing.T) {
	oblast, district := map[string]bool{}, map[string]bool{}
	akimOblast, akimDistrict := false, false
	valid := map[string]bool{}
	for _, c := range corpusCategories {
		valid[c] = true
	}
	for _, b := range BodyNames {
		if !valid[b.Category] {
			t.Errorf("body %q: unknown category %q", b.RU, b.Category)
		}
		for lang, s := range map[string]string{"RU": b.RU, "KK": b.KK, "EN": b.EN} {
			if strings.Count(s, "{of}") != 1 {
				t.Errorf("body %q: %s name %q must contain {of} exactly once", b.RU, lang, s)
			}
			if strings.Count(s, "{") != 1 || strings.Count(s, "}") != 1 {
				t.Errorf("body %q: %s name %q has other placeholders", b.RU, lang, s)
			}
		}
		if !corpusHasKazakh(b.KK) || corpusHasKazakh(b.RU) || corpusHasKazakh(b.EN) {
			t.Errorf("body %q: wrong script in one of the names", b.RU)
		}
		if b.Oblast {
			oblast[b.Category] = true
		} else {
			district[b.Category] = true
		}
		if strings.HasPrefix(b.RU, "Аппарат акима") {
			if b.Oblast {
				akimOblast = true
			} else {
				akimDistrict = true
			}
		}
	}
	for _, c := range corpusCategories {
		if !oblast[c] || !district[c] {
			t.Errorf("category %q: oblast-level %v, district-level %v; want both", c, oblast[c], district[c])
		}
	}
	if !akimOblast || !akimDistrict {
		t.Errorf("akim's apparatus: oblast %v, district %v; want both", akimOblast, akimDistrict)
	}
}

func TestCorpusAnswerTexts(t *testing.T) {
	if len(AnswerTexts) != len(corpusOutcomes) {
		t.Errorf("AnswerTexts has %d outcomes, want %d", len(AnswerTexts), len(corpusOutcomes))
	}
	for _, o := range corpusOutcomes {
		texts, ok := AnswerTexts[o]
		if !ok {
			t.Errorf("AnswerTexts: outcome %q missing", o)
			continue
		}
		corpusCheckStrings(t, o+".RU", texts.RU, 5)
		corpusCheckStrings(t, o+".KK", texts.KK, 4)
		for _, s := range texts.RU {
			corpusCheckText(t, o+".RU", s, nil, false)
		}
		for _, s := range texts.KK {
			corpusCheckText(t, o+".KK", s, nil, true)
		}
	}
}
