package senim_test

import (
	"errors"
	"slices"
	"testing"

	senim "github.com/senim-kz/senim"
)

func TestReserveLevelOf(t *testing.T) {
	for kind, want := range map[string]senim.ReserveLevel{
		"mazhilis": senim.ReserveRepublic, "oblast": senim.ReserveOblast, "city": senim.ReserveCity,
		"district": senim.ReserveDistrict, "rural_akim": senim.ReserveRural, "senate": "",
	} {
		if got := senim.ReserveLevelOf(kind); got != want {
			t.Errorf("%s: %q, want %q", kind, got, want)
		}
	}
	// Every election a primary can be held for has a level of the reserve.
	for _, k := range senim.PrimaryElectionKinds {
		if !slices.Contains(senim.ReserveLevels, senim.ReserveLevelOf(k)) {
			t.Errorf("no level for %s", k)
		}
	}
}

func TestReserveLevelFits(t *testing.T) {
	for _, c := range []struct {
		level senim.ReserveLevel
		k     senim.KATO
		want  bool
	}{
		{senim.ReserveRepublic, senim.CountryKATO, true},
		{senim.ReserveRepublic, "350000000", false},
		{senim.ReserveOblast, "350000000", true},
		{senim.ReserveOblast, "351600000", false},
		{senim.ReserveCity, "750000000", true}, // Almaty, a city of republican significance
		{senim.ReserveCity, "351000000", true},
		{senim.ReserveCity, "351010000", false},
		{senim.ReserveDistrict, "351600000", true},
		{senim.ReserveDistrict, senim.CountryKATO, false},
		{senim.ReserveRural, "351620000", true},
		{senim.ReserveRural, "351600000", true},
		{senim.ReserveRural, "351620100", false},
		{"ministerial", senim.CountryKATO, false},
	} {
		if got := c.level.Fits(c.k); got != c.want {
			t.Errorf("%s on %s: %v, want %v", c.level, c.k, got, c.want)
		}
	}
}

func TestNewReserveEntry(t *testing.T) {
	today := senim.MustDate("2026-06-15")
	ok := func() senim.ReserveInput {
		return senim.ReserveInput{Member: "m1", Level: "oblast", Territory: "350000000", Since: "2023-02-10",
			Source: "competition", Note: "  Конкурс  областного филиала "}
	}
	for _, c := range []struct {
		name string
		edit func(*senim.ReserveInput)
		want []string
	}{
		{"valid", func(*senim.ReserveInput) {}, nil},
		{"today by default", func(in *senim.ReserveInput) { in.Since = "" }, nil},
		{"from a primary", func(in *senim.ReserveInput) { in.Source, in.Primary = "primary", "p1" }, nil},
		{"a primary without its id", func(in *senim.ReserveInput) { in.Source = "primary" }, []string{"primary required"}},
		{"a primary's id for another source", func(in *senim.ReserveInput) { in.Primary = "p1" }, []string{"primary reserve.primary_only"}},
		{"other needs a note", func(in *senim.ReserveInput) { in.Source, in.Note = "other", " " }, []string{"note required"}},
		{"everything wrong", func(in *senim.ReserveInput) {
			in.Member, in.Level, in.Territory, in.Since, in.Source = " ", "ministry", "35", "2099-01-01", "luck"
		}, []string{"level reserve.level", "member required", "since date.future", "source reserve.source", "territory kato.length"}},
		{"a level that does not fit", func(in *senim.ReserveInput) { in.Level = "district" }, []string{"territory reserve.territory"}},
		{"a bad day", func(in *senim.ReserveInput) { in.Since = "10.02.2023" }, []string{"since date"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := ok()
			c.edit(&in)
			e, err := senim.NewReserveEntry(in, today)
			if got := fieldKeys(err); !slices.Equal(got, c.want) {
				t.Fatalf("got %v (%v), want %v", got, err, c.want)
			}
			if err != nil {
				return
			}
			if !e.Active() || e.Level != senim.ReserveOblast || e.Territory != "350000000" || e.MemberID != "m1" {
				t.Errorf("%+v", e)
			}
			if in.Since == "" && e.Since != today {
				t.Errorf("since %s, want today", e.Since)
			}
			if in.Source == "competition" && e.Note != "Конкурс  областного филиала" {
				t.Errorf("note %q", e.Note)
			}
		})
	}
	long := ok()
	for range senim.MaxReserveNote + 1 {
		long.Note += "я"
	}
	if _, err := senim.NewReserveEntry(long, today); !slices.Equal(fieldKeys(err), []string{"note too_long"}) {
		t.Errorf("a long note: %v", err)
	}
}

func TestReserveLeave(t *testing.T) {
	today := senim.MustDate("2026-06-15")
	entry := func() *senim.ReserveEntry {
		return &senim.ReserveEntry{ID: "r1", MemberID: "m1", Level: senim.ReserveOblast, Territory: "350000000", Since: senim.MustDate("2023-02-10")}
	}
	for _, c := range []struct {
		name string
		x    senim.ReserveExit
		want []string
	}{
		{"elected", senim.ReserveExit{On: "2023-03-19", Reason: "elected"}, nil},
		{"today by default", senim.ReserveExit{Reason: "withdrew"}, nil},
		{"removed needs a note", senim.ReserveExit{On: "2024-01-01", Reason: "removed"}, []string{"note required"}},
		{"before joining the reserve", senim.ReserveExit{On: "2023-01-01", Reason: "elected"}, []string{"on reserve.left_before"}},
		{"in the future, for no reason", senim.ReserveExit{On: "2027-01-01", Reason: "bored"}, []string{"on date.future", "reason reserve.reason"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := entry()
			err := e.Leave(c.x, today)
			if got := fieldKeys(err); !slices.Equal(got, c.want) {
				t.Fatalf("got %v (%v), want %v", got, err, c.want)
			}
			if err != nil {
				if !e.Active() {
					t.Error("a refused exit closed the entry")
				}
				return
			}
			if e.Active() || string(e.LeftReason) != c.x.Reason {
				t.Errorf("%+v", e)
			}
			if c.x.On == "" && e.Left != today {
				t.Errorf("left %s, want today", e.Left)
			}
		})
	}
	e := entry()
	if err := e.Leave(senim.ReserveExit{Reason: "withdrew"}, today); err != nil {
		t.Fatal(err)
	}
	var de *senim.Error
	if err := e.Leave(senim.ReserveExit{Reason: "withdrew"}, today); !errors.As(err, &de) || de.Code != senim.ECONFLICT || de.Key != "reserve.left" {
		t.Errorf("leaving twice: %v", err)
	}
}
