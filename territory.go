package senim

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// KATO is a code of the classifier of administrative-territorial objects:
// nine digits AABBCCDDD — oblast or city of republican significance (AA),
// district or city (BB), rural okrug or town (CC), settlement (DDD).
// The whole country is CountryKATO.
type KATO string

// CountryKATO stands for the whole country: the root of every subtree.
const CountryKATO KATO = "000000000"

// Territory levels, from the country down.
const (
	LevelCountry    = 0
	LevelRegion     = 1 // oblast or city of republican significance
	LevelDistrict   = 2 // district or city of oblast significance
	LevelOkrug      = 3 // rural okrug or town
	LevelSettlement = 4
)

// ParseKATO checks that s is nine digits and that its parts nest: a code
// whose oblast part is 00 must be all zeros, a district part of 00 must be
// followed by zeros, and so on.
func ParseKATO(s string) (KATO, error) {
	s = strings.TrimSpace(s)
	if len(s) != 9 {
		return "", Invalid("territory", "kato.length", "got", len(s))
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", Invalid("territory", "kato.digits")
		}
	}
	k := KATO(s)
	// Each part that is zero must be followed by zero parts only.
	zero := false
	for _, p := range [...]string{s[0:2], s[2:4], s[4:6], s[6:9]} {
		isZero := strings.Trim(p, "0") == ""
		if zero && !isZero {
			return "", Invalid("territory", "kato.nesting")
		}
		zero = zero || isZero
	}
	return k, nil
}

// Level returns how deep the code lies: 0 for the country, 4 for a settlement.
func (k KATO) Level() int {
	s := string(k)
	switch {
	case s[0:2] == "00":
		return LevelCountry
	case s[2:4] == "00":
		return LevelRegion
	case s[4:6] == "00":
		return LevelDistrict
	case s[6:9] == "000":
		return LevelOkrug
	}
	return LevelSettlement
}

// prefixLen is the number of leading digits that identify the code at its level.
func (k KATO) prefixLen() int {
	return [...]int{0, 2, 4, 6, 9}[k.Level()]
}

// Parent returns the code one level up; the country is its own parent.
func (k KATO) Parent() KATO {
	switch k.Level() {
	case LevelCountry, LevelRegion:
		return CountryKATO
	}
	n := [...]int{0, 0, 2, 4, 6}[k.Level()]
	return KATO(string(k)[:n] + strings.Repeat("0", 9-n))
}

// Ancestors returns the codes from the country down to k itself.
func (k KATO) Ancestors() []KATO {
	out := []KATO{k}
	for c := k; c != CountryKATO; {
		c = c.Parent()
		out = append(out, c)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Range returns the first and last codes of k's subtree: oblast 35 spans
// 350000000–359999999. Scoping and statistics are range predicates on it.
func (k KATO) Range() (lo, hi KATO) {
	n := k.prefixLen()
	p := string(k)[:n]
	return KATO(p + strings.Repeat("0", 9-n)), KATO(p + strings.Repeat("9", 9-n))
}

// Contains reports whether c lies in k's subtree (k itself included).
func (k KATO) Contains(c KATO) bool {
	return strings.HasPrefix(string(c), string(k)[:k.prefixLen()])
}

// Region returns the oblast-level code of k (the country for the country).
func (k KATO) Region() KATO {
	if k.Level() == LevelCountry {
		return CountryKATO
	}
	return KATO(string(k)[:2] + "0000000")
}

// Territory is one node of the classifier.
type Territory struct {
	Code   KATO   `json:"code"`
	Parent KATO   `json:"parent"`
	Level  int    `json:"level"`
	NameRU string `json:"name_ru"`
	NameKK string `json:"name_kk"`
	NameEN string `json:"name_en,omitempty"`
}

// Name returns the territory's name in lang ("ru", "kk", "en"), falling back
// to Russian where a translation is missing.
func (t *Territory) Name(lang string) string {
	switch {
	case lang == "kk" && t.NameKK != "":
		return t.NameKK
	case lang == "en" && t.NameEN != "":
		return t.NameEN
	}
	return t.NameRU
}

// Validate checks a territory before it is stored.
func (t *Territory) Validate() error {
	var p Problems
	if _, err := ParseKATO(string(t.Code)); err != nil {
		p.Add(err)
	} else {
		t.Level = t.Code.Level()
		t.Parent = t.Code.Parent()
	}
	t.NameRU = strings.TrimSpace(t.NameRU)
	t.NameKK = strings.TrimSpace(t.NameKK)
	if t.NameRU == "" && t.NameKK == "" {
		p.Add(Invalid("name", "territory.name"))
	}
	if t.NameRU == "" {
		t.NameRU = t.NameKK
	}
	if t.NameKK == "" {
		t.NameKK = t.NameRU
	}
	return p.Err()
}

// TerritoryFilter selects territories: children of Parent, children of any
// of Parents, or the given codes.
type TerritoryFilter struct {
	Parent  *KATO
	Parents []KATO
	Codes   []KATO
	Limit   int
}

// TerritoryService keeps the classifier.
type TerritoryService interface {
	FindTerritory(ctx context.Context, code KATO) (*Territory, error)
	FindTerritories(ctx context.Context, f TerritoryFilter) ([]*Territory, error)
	// ImportTerritories stores all of ts in one transaction (insert or update
	// by code); on any error nothing is stored.
	ImportTerritories(ctx context.Context, ts []*Territory) (int, error)
}

// Regions are the country's oblasts and cities of republican significance
// after the 2022 reform, built in so that a fresh database has its top level.
var Regions = []Territory{
	{Code: "100000000", NameRU: "Абайская область", NameKK: "Абай облысы", NameEN: "Abai Region"},
	{Code: "110000000", NameRU: "Акмолинская область", NameKK: "Ақмола облысы", NameEN: "Akmola Region"},
	{Code: "150000000", NameRU: "Актюбинская область", NameKK: "Ақтөбе облысы", NameEN: "Aktobe Region"},
	{Code: "190000000", NameRU: "Алматинская область", NameKK: "Алматы облысы", NameEN: "Almaty Region"},
	{Code: "230000000", NameRU: "Атырауская область", NameKK: "Атырау облысы", NameEN: "Atyrau Region"},
	{Code: "270000000", NameRU: "Западно-Казахстанская область", NameKK: "Батыс Қазақстан облысы", NameEN: "West Kazakhstan Region"},
	{Code: "310000000", NameRU: "Жамбылская область", NameKK: "Жамбыл облысы", NameEN: "Zhambyl Region"},
	{Code: "330000000", NameRU: "Область Жетісу", NameKK: "Жетісу облысы", NameEN: "Zhetysu Region"},
	{Code: "350000000", NameRU: "Карагандинская область", NameKK: "Қарағанды облысы", NameEN: "Karaganda Region"},
	{Code: "390000000", NameRU: "Костанайская область", NameKK: "Қостанай облысы", NameEN: "Kostanay Region"},
	{Code: "430000000", NameRU: "Кызылординская область", NameKK: "Қызылорда облысы", NameEN: "Kyzylorda Region"},
	{Code: "470000000", NameRU: "Мангистауская область", NameKK: "Маңғыстау облысы", NameEN: "Mangystau Region"},
	{Code: "550000000", NameRU: "Павлодарская область", NameKK: "Павлодар облысы", NameEN: "Pavlodar Region"},
	{Code: "590000000", NameRU: "Северо-Казахстанская область", NameKK: "Солтүстік Қазақстан облысы", NameEN: "North Kazakhstan Region"},
	{Code: "610000000", NameRU: "Туркестанская область", NameKK: "Түркістан облысы", NameEN: "Turkistan Region"},
	{Code: "620000000", NameRU: "Область Ұлытау", NameKK: "Ұлытау облысы", NameEN: "Ulytau Region"},
	{Code: "630000000", NameRU: "Восточно-Казахстанская область", NameKK: "Шығыс Қазақстан облысы", NameEN: "East Kazakhstan Region"},
	{Code: "710000000", NameRU: "город Астана", NameKK: "Астана қаласы", NameEN: "Astana"},
	{Code: "750000000", NameRU: "город Алматы", NameKK: "Алматы қаласы", NameEN: "Almaty"},
	{Code: "790000000", NameRU: "город Шымкент", NameKK: "Шымкент қаласы", NameEN: "Shymkent"},
}

// Country is the root territory.
var Country = Territory{Code: CountryKATO, NameRU: "Республика Казахстан", NameKK: "Қазақстан Республикасы", NameEN: "Republic of Kazakhstan"}

// PlaceNames finds the territory an address names. It keeps the core of
// each territory's Russian and Kazakh names (without words such as "район"
// or "облысы"), worked out once.
type PlaceNames struct {
	names []placeName
}

type placeName struct {
	t    *Territory
	core string // " core "
	n    int    // letters in the core
}

// NewPlaceNames indexes the names of ts; names of fewer than three letters
// are left out, too likely to be a word of any address.
func NewPlaceNames(ts []*Territory) *PlaceNames {
	pn := &PlaceNames{}
	for _, t := range ts {
		for _, name := range []string{t.NameRU, t.NameKK} {
			var kept []string
			for _, w := range nameWords(name) {
				if !placeWords[w] {
					kept = append(kept, w)
				}
			}
			core := strings.Join(kept, " ")
			if n := utf8.RuneCountInString(core); n >= 3 {
				pn.names = append(pn.names, placeName{t, " " + core + " ", n})
			}
		}
	}
	return pn
}

// In returns the most specific territory whose name appears in address as
// a whole word, or nil. Among equally specific ones, the longest name wins.
func (pn *PlaceNames) In(address string) *Territory {
	words := " " + strings.Join(nameWords(address), " ") + " "
	var best *placeName
	for i := range pn.names {
		c := &pn.names[i]
		if !strings.Contains(words, c.core) {
			continue
		}
		if best == nil || c.t.Level > best.t.Level || (c.t.Level == best.t.Level && c.n > best.n) {
			best = c
		}
	}
	if best == nil {
		return nil
	}
	return best.t
}

// nameWords splits a name or an address into lower-case words: letters,
// digits and hyphens.
func nameWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	})
}

// placeWords are the words of a territory's name that an address leaves out.
var placeWords = map[string]bool{"город": true, "г": true, "район": true, "область": true, "села": true, "село": true, "сельский": true,
	"округ": true, "поселок": true, "посёлок": true, "қаласы": true, "ауданы": true, "облысы": true, "ауылы": true, "ауылдық": true, "кенті": true}
