package senim_test

import (
	"reflect"
	"testing"

	"github.com/senim-kz/senim"
)

// Codes of one branch of the classifier, used throughout: Karaganda oblast,
// one of its districts, a rural okrug of that district and a village in it.
const (
	terrOblast     senim.KATO = "350000000"
	terrDistrict   senim.KATO = "351600000"
	terrOkrug      senim.KATO = "351610000"
	terrSettlement senim.KATO = "351610100"
)

func TestParseKATO(t *testing.T) {
	tests := []struct {
		in   string
		want senim.KATO
	}{
		{"000000000", senim.CountryKATO},
		{"350000000", terrOblast},
		{"351600000", terrDistrict},
		{"351610000", terrOkrug},
		{"351610100", terrSettlement},
		{"750000000", "750000000"},
		{"  351610100\t", terrSettlement},
		{"999999999", "999999999"},
	}
	for _, tt := range tests {
		got, err := senim.ParseKATO(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseKATO(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestParseKATOErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		key  string
		args map[string]any
	}{
		{"empty", "", "kato.length", map[string]any{"got": 0}},
		{"oblast part only", "35", "kato.length", map[string]any{"got": 2}},
		{"eight digits", "35000000", "kato.length", map[string]any{"got": 8}},
		{"ten digits", "3500000000", "kato.length", map[string]any{"got": 10}},
		{"spaces inside", "35 0000000", "kato.length", map[string]any{"got": 10}},
		{"a letter", "35000000A", "kato.digits", nil},
		{"a dash", "35-160000", "kato.digits", nil},
		{"a sign", "+35160000", "kato.digits", nil},
		{"a space inside", "3516 0000", "kato.digits", nil},
		{"district without oblast", "001600000", "kato.nesting", nil},
		{"okrug without district", "350010000", "kato.nesting", nil},
		{"settlement without okrug", "351600100", "kato.nesting", nil},
		{"settlement without district and okrug", "350000001", "kato.nesting", nil},
		{"settlement without anything", "000000001", "kato.nesting", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := senim.ParseKATO(tt.in)
			if got != "" {
				t.Errorf("ParseKATO(%q) returned %q with an error", tt.in, got)
			}
			e := apWantErr(t, err, senim.EINVALID, "territory "+tt.key)
			if tt.args != nil && !reflect.DeepEqual(e.Args, tt.args) {
				t.Errorf("args = %v, want %v", e.Args, tt.args)
			}
		})
	}
}

func TestKATOTree(t *testing.T) {
	tests := []struct {
		code      senim.KATO
		level     int
		parent    senim.KATO
		region    senim.KATO
		ancestors []senim.KATO
		lo, hi    senim.KATO
	}{
		{senim.CountryKATO, senim.LevelCountry, senim.CountryKATO, senim.CountryKATO,
			[]senim.KATO{senim.CountryKATO}, "000000000", "999999999"},
		{terrOblast, senim.LevelRegion, senim.CountryKATO, terrOblast,
			[]senim.KATO{senim.CountryKATO, terrOblast}, "350000000", "359999999"},
		{terrDistrict, senim.LevelDistrict, terrOblast, terrOblast,
			[]senim.KATO{senim.CountryKATO, terrOblast, terrDistrict}, "351600000", "351699999"},
		{terrOkrug, senim.LevelOkrug, terrDistrict, terrOblast,
			[]senim.KATO{senim.CountryKATO, terrOblast, terrDistrict, terrOkrug}, "351610000", "351610999"},
		{terrSettlement, senim.LevelSettlement, terrOkrug, terrOblast,
			[]senim.KATO{senim.CountryKATO, terrOblast, terrDistrict, terrOkrug, terrSettlement}, "351610100", "351610100"},
		// A settlement whose code ends in zero is still a settlement.
		{"351610110", senim.LevelSettlement, terrOkrug, terrOblast,
			[]senim.KATO{senim.CountryKATO, terrOblast, terrDistrict, terrOkrug, "351610110"}, "351610110", "351610110"},
		// Astana, a city of republican significance, and one of its districts.
		{"711100000", senim.LevelDistrict, "710000000", "710000000",
			[]senim.KATO{senim.CountryKATO, "710000000", "711100000"}, "711100000", "711199999"},
	}
	for _, tt := range tests {
		t.Run(string(tt.code), func(t *testing.T) {
			if got := tt.code.Level(); got != tt.level {
				t.Errorf("Level() = %d, want %d", got, tt.level)
			}
			if got := tt.code.Parent(); got != tt.parent {
				t.Errorf("Parent() = %q, want %q", got, tt.parent)
			}
			if got := tt.code.Region(); got != tt.region {
				t.Errorf("Region() = %q, want %q", got, tt.region)
			}
			if got := tt.code.Ancestors(); !reflect.DeepEqual(got, tt.ancestors) {
				t.Errorf("Ancestors() = %q, want %q", got, tt.ancestors)
			}
			lo, hi := tt.code.Range()
			if lo != tt.lo || hi != tt.hi {
				t.Errorf("Range() = %q..%q, want %q..%q", lo, hi, tt.lo, tt.hi)
			}
			// Every ancestor contains the code, and the code lies in its own range.
			for _, a := range tt.code.Ancestors() {
				if !a.Contains(tt.code) {
					t.Errorf("ancestor %q does not contain %q", a, tt.code)
				}
			}
			if tt.code < lo || tt.code > hi {
				t.Errorf("%q lies outside its own range %q..%q", tt.code, lo, hi)
			}
		})
	}
}

func TestKATOContains(t *testing.T) {
	tests := []struct {
		k, c senim.KATO
		want bool
	}{
		{senim.CountryKATO, senim.CountryKATO, true},
		{senim.CountryKATO, terrOblast, true},
		{senim.CountryKATO, terrSettlement, true},
		{senim.CountryKATO, "790000000", true},
		{terrOblast, terrOblast, true},
		{terrOblast, terrDistrict, true},
		{terrOblast, terrSettlement, true},
		{terrOblast, "359999999", true},
		{terrOblast, senim.CountryKATO, false},
		{terrOblast, "750000000", false},
		{terrOblast, "360000000", false},
		{terrOblast, "340000000", false},
		{terrDistrict, terrDistrict, true},
		{terrDistrict, terrOkrug, true},
		{terrDistrict, terrSettlement, true},
		{terrDistrict, terrOblast, false},
		{terrDistrict, "351700000", false},
		{terrDistrict, "351500000", false},
		{terrDistrict, "361600000", false},
		{terrOkrug, terrSettlement, true},
		{terrOkrug, "351620100", false},
		{terrSettlement, terrSettlement, true},
		{terrSettlement, "351610101", false},
		{terrSettlement, terrOkrug, false},
	}
	for _, tt := range tests {
		if got := tt.k.Contains(tt.c); got != tt.want {
			t.Errorf("%q.Contains(%q) = %v, want %v", tt.k, tt.c, got, tt.want)
		}
		// Contains is the range predicate the store uses.
		lo, hi := tt.k.Range()
		if inRange := tt.c >= lo && tt.c <= hi; inRange != tt.want {
			t.Errorf("%q in %q's range %q..%q = %v, want %v", tt.c, tt.k, lo, hi, inRange, tt.want)
		}
	}
}

func TestTerritoryValidate(t *testing.T) {
	tests := []struct {
		name string
		in   senim.Territory
		want senim.Territory
		errs []string
	}{
		{
			name: "fills level and parent",
			in:   senim.Territory{Code: terrDistrict, NameRU: " Бухар-Жырауский район ", NameKK: "Бұқар жырау ауданы", Level: 4, Parent: "999999999"},
			want: senim.Territory{Code: terrDistrict, Parent: terrOblast, Level: senim.LevelDistrict, NameRU: "Бухар-Жырауский район", NameKK: "Бұқар жырау ауданы"},
		},
		{
			name: "a Russian name stands in for a missing Kazakh one",
			in:   senim.Territory{Code: terrSettlement, NameRU: "село Ботакара"},
			want: senim.Territory{Code: terrSettlement, Parent: terrOkrug, Level: senim.LevelSettlement, NameRU: "село Ботакара", NameKK: "село Ботакара"},
		},
		{
			name: "a Kazakh name stands in for a missing Russian one",
			in:   senim.Territory{Code: terrOblast, NameKK: "Қарағанды облысы", NameEN: "Karaganda Region"},
			want: senim.Territory{Code: terrOblast, Parent: senim.CountryKATO, Level: senim.LevelRegion, NameRU: "Қарағанды облысы", NameKK: "Қарағанды облысы", NameEN: "Karaganda Region"},
		},
		{
			name: "no name",
			in:   senim.Territory{Code: terrOblast, NameRU: "  ", NameKK: ""},
			errs: []string{"name territory.name"},
		},
		{
			name: "bad code",
			in:   senim.Territory{Code: "35", NameRU: "Карагандинская область"},
			errs: []string{"territory kato.length"},
		},
		{
			name: "badly nested code",
			in:   senim.Territory{Code: "350000001", NameRU: "Карагандинская область"},
			errs: []string{"territory kato.nesting"},
		},
		{
			name: "bad code and no name",
			in:   senim.Territory{Code: "3500000AB"},
			errs: []string{"territory kato.digits", "name territory.name"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.in
			err := got.Validate()
			if tt.errs != nil {
				apWantErr(t, err, senim.EINVALID, tt.errs...)
				return
			}
			if err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if got != tt.want {
				t.Errorf("validated = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestTerritoryName(t *testing.T) {
	full := senim.Territory{NameRU: "город Астана", NameKK: "Астана қаласы", NameEN: "Astana"}
	ruOnly := senim.Territory{NameRU: "село Ботакара", NameKK: ""}
	tests := []struct {
		t    senim.Territory
		lang string
		want string
	}{
		{full, "ru", "город Астана"},
		{full, "kk", "Астана қаласы"},
		{full, "en", "Astana"},
		{full, "de", "город Астана"},
		{full, "", "город Астана"},
		{ruOnly, "kk", "село Ботакара"},
		{ruOnly, "en", "село Ботакара"},
	}
	for _, tt := range tests {
		if got := tt.t.Name(tt.lang); got != tt.want {
			t.Errorf("%+v.Name(%q) = %q, want %q", tt.t, tt.lang, got, tt.want)
		}
	}
}

func TestBuiltInRegions(t *testing.T) {
	if len(senim.Regions) != 20 {
		t.Errorf("%d built-in regions, want 20 (17 oblasts and 3 cities of republican significance)", len(senim.Regions))
	}
	seen := map[senim.KATO]bool{}
	for _, r := range senim.Regions {
		if seen[r.Code] {
			t.Errorf("region %s (%s) appears twice", r.Code, r.NameRU)
		}
		seen[r.Code] = true
		if _, err := senim.ParseKATO(string(r.Code)); err != nil {
			t.Errorf("region %s (%s): %v", r.Code, r.NameRU, err)
			continue
		}
		if r.Code.Level() != senim.LevelRegion || r.Code.Parent() != senim.CountryKATO || r.Code.Region() != r.Code {
			t.Errorf("region %s (%s) is at level %d under %s", r.Code, r.NameRU, r.Code.Level(), r.Code.Parent())
		}
		if r.NameRU == "" || r.NameKK == "" || r.NameEN == "" {
			t.Errorf("region %s lacks a name: %+v", r.Code, r)
		}
		c := r
		if err := c.Validate(); err != nil {
			t.Errorf("region %s does not validate: %v", r.Code, err)
		}
	}
	for _, code := range []senim.KATO{"350000000", "270000000", "710000000", "750000000", "790000000"} {
		if !seen[code] {
			t.Errorf("region %s is missing", code)
		}
	}
	c := senim.Country
	if err := c.Validate(); err != nil || c.Code != senim.CountryKATO || c.Level != senim.LevelCountry {
		t.Errorf("the country: %+v, %v", c, err)
	}
}

func TestPlaceNames(t *testing.T) {
	pn := senim.NewPlaceNames([]*senim.Territory{
		{Code: "350000000", Level: senim.LevelRegion, NameRU: "Карагандинская область", NameKK: "Қарағанды облысы"},
		{Code: "351000000", Level: senim.LevelDistrict, NameRU: "город Караганда", NameKK: "Қарағанды қаласы"},
		{Code: "352400000", Level: senim.LevelDistrict, NameRU: "город Темиртау", NameKK: "Теміртау қаласы"},
		{Code: "351620100", Level: senim.LevelSettlement, NameRU: "село Топар", NameKK: "Топар ауылы"},
		{Code: "351600000", Level: senim.LevelDistrict, NameRU: "Абайский район", NameKK: "Абай ауданы"},
		{Code: "759999999", Level: senim.LevelSettlement, NameRU: "Ак", NameKK: "Ак"},
	})
	for _, c := range []struct {
		address string
		want    senim.KATO
	}{
		{"Темиртау, ул. Ленина 5", "352400000"},
		{"г. Караганда, пр. Бухар-Жырау 12", "351000000"},
		{"Қарағанды облысы, Топар ауылы, 3-үй", "351620100"}, // the most specific wins
		{"Абай ауданы", "351600000"},                         // "ауданы" is left out of the name, not of the match
		{"Темиртауская улица, 7", ""},                        // a whole word only
		{"ак жол 5", ""}, // names under three letters are left out
		{"где-то на районе", ""},
	} {
		got := pn.In(c.address)
		if (got == nil) != (c.want == "") || (got != nil && got.Code != c.want) {
			t.Errorf("%q: %v, want %q", c.address, got, c.want)
		}
	}
}
