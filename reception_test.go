package senim

import (
	"testing"
	"time"
)

func TestObligationRequired(t *testing.T) {
	d := MustDate
	quarterly := &OfficialRole{PerPeriod: 1, Period: PeriodQuarter}
	monthly := &OfficialRole{PerPeriod: 2, Period: PeriodMonth}
	yearly := &OfficialRole{PerPeriod: 3, Period: PeriodYear}
	for _, c := range []struct {
		name                   string
		role                   *OfficialRole
		from, to, since, until string
		want                   int
	}{
		{"a year of quarters", quarterly, "2025-01-01", "2025-12-31", "2020-01-01", "", 4},
		{"a first half-year (seed 001)", quarterly, "2025-01-01", "2025-06-30", "2020-01-01", "", 2},
		{"a quarter cut at its end", quarterly, "2025-01-01", "2025-06-29", "2020-01-01", "", 1},
		{"a quarter cut at its start", quarterly, "2025-01-02", "2025-06-30", "2020-01-01", "", 1},
		{"shorter than a quarter", quarterly, "2025-02-01", "2025-03-31", "2020-01-01", "", 0},
		{"in post from mid-quarter", quarterly, "2025-01-01", "2025-12-31", "2025-02-15", "", 3},
		{"left mid-quarter", quarterly, "2025-01-01", "2025-12-31", "2020-01-01", "2025-08-31", 2},
		{"left before the period", quarterly, "2025-01-01", "2025-12-31", "2020-01-01", "2024-12-31", 0},
		{"came after the period", quarterly, "2025-01-01", "2025-03-31", "2025-06-01", "", 0},
		{"twice a month, a quarter", monthly, "2025-04-01", "2025-06-30", "2020-01-01", "", 6},
		{"twice a month, February", monthly, "2024-02-01", "2024-02-29", "2020-01-01", "", 2},
		{"a year per year, two years", yearly, "2024-01-01", "2025-12-31", "2020-01-01", "", 6},
		{"a year per year, mid-year window", yearly, "2024-07-01", "2025-06-30", "2020-01-01", "", 0},
		{"half-years", &OfficialRole{PerPeriod: 1, Period: PeriodHalf}, "2025-01-01", "2025-12-31", "2020-01-01", "", 2},
	} {
		var until Date
		if c.until != "" {
			until = d(c.until)
		}
		if got := c.role.Required(d(c.from), d(c.to), d(c.since), until); got != c.want {
			t.Errorf("%s: required %d, want %d", c.name, got, c.want)
		}
	}
}

func TestOfficialRoleValidate(t *testing.T) {
	for _, r := range []OfficialRole{{PerPeriod: -1, Period: PeriodQuarter}, {PerPeriod: 101, Period: PeriodMonth}, {PerPeriod: 1, Period: "week"}} {
		if ErrorCode(r.Validate()) != EINVALID {
			t.Errorf("%+v accepted", r)
		}
	}
	if err := (&OfficialRole{PerPeriod: 0, Period: PeriodYear}).Validate(); err != nil {
		t.Errorf("no obligation refused: %v", err)
	}
}

func TestNewOfficial(t *testing.T) {
	today := MustDate("2026-06-01")
	o, err := NewOfficial(OfficialInput{Name: "  Ахметов   Серик ", Role: "deputy", Post: "депутат маслихата",
		Territory: "351010000", Since: "2023-03-19"}, today)
	if err != nil || o.Person.Name != "Ахметов Серик" || o.Since != MustDate("2023-03-19") || !o.Until.IsZero() {
		t.Fatalf("got %+v, %v", o, err)
	}
	if !o.InPost(MustDate("2023-03-19")) || o.InPost(MustDate("2023-03-18")) {
		t.Error("in post from the day of since")
	}
	for _, c := range []struct {
		in     OfficialInput
		fields []string
	}{
		{OfficialInput{}, []string{"name", "role", "post", "territory", "since"}},
		{OfficialInput{Name: "X", Role: "deputy", Post: "p", Territory: "351010000", Since: "2023-13-01"}, []string{"since"}},
		{OfficialInput{Name: "X", Role: "deputy", Post: "p", Territory: "351010000", Since: "2023-03-01", Until: "2023-02-01"}, []string{"until"}},
		{OfficialInput{Name: "X", Role: "deputy", Post: "p", Territory: "351010000", Since: "2028-03-01"}, []string{"since"}},
		{OfficialInput{Person: "nope", Role: "deputy", Post: "p\x00", Territory: "35", Since: "2023-03-01"}, []string{"person", "post", "territory"}},
	} {
		_, err := NewOfficial(c.in, today)
		if !sameFields(err, c.fields) {
			t.Errorf("%+v: %v, want fields %v", c.in, err, c.fields)
		}
	}
}

func sameFields(err error, fields []string) bool {
	e, ok := err.(*Error)
	if !ok {
		return false
	}
	got := map[string]bool{}
	for _, d := range e.FieldErrors() {
		got[d.Field] = true
	}
	if len(got) != len(fields) {
		return false
	}
	for _, f := range fields {
		if !got[f] {
			return false
		}
	}
	return true
}

func TestNewReception(t *testing.T) {
	now := time.Date(2026, 6, 1, 9, 0, 0, 0, KZ)
	id := NewID()
	r, err := NewReception(ReceptionInput{Official: id, Office: "3501", Starts: "2026-06-10T10:00", Ends: "2026-06-10 12:30", Topic: " жильё "}, now)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != ReceptionPlanned || r.Format != FormatInPerson || r.Topic != "жильё" ||
		!r.Starts.Equal(time.Date(2026, 6, 10, 5, 0, 0, 0, time.UTC)) || r.Ends.Sub(r.Starts) != 150*time.Minute {
		t.Errorf("got %+v", r)
	}
	if r.Day() != MustDate("2026-06-10") {
		t.Errorf("day %v", r.Day())
	}
	late, _ := NewReception(ReceptionInput{Official: id, Office: "3501", Starts: "2026-06-10T23:30:00+05:00", Ends: "2026-06-10T19:00:00Z"}, now)
	if late.Day() != MustDate("2026-06-10") {
		t.Errorf("a reception at 23:30 local is on its local day, got %v", late.Day())
	}
	for _, c := range []struct {
		in     ReceptionInput
		fields []string
	}{
		{ReceptionInput{}, []string{"official", "office", "starts", "ends"}},
		{ReceptionInput{Official: id, Office: "x", Starts: "10.06.2026 10:00", Ends: "2026-06-10T12:00"}, []string{"starts"}},
		{ReceptionInput{Official: id, Office: "x", Starts: "2026-06-10T10:00", Ends: "2026-06-10T09:00"}, []string{"ends"}},
		{ReceptionInput{Official: id, Office: "x", Starts: "2026-06-10T10:00", Ends: "2026-06-11T10:00"}, []string{"ends"}},
		{ReceptionInput{Official: id, Office: "x", Starts: "2024-06-10T10:00", Ends: "2024-06-10T12:00"}, []string{"starts"}},
		{ReceptionInput{Official: id, Office: "x", Starts: "2028-06-10T10:00", Ends: "2028-06-10T12:00"}, []string{"starts"}},
		{ReceptionInput{Official: "nope", Office: "x", Starts: "2026-06-10T10:00", Ends: "2026-06-10T12:00", Format: "radio", Territory: "1"}, []string{"official", "format", "territory"}},
	} {
		_, err := NewReception(c.in, now)
		if !sameFields(err, c.fields) {
			t.Errorf("%+v: %v, want fields %v", c.in, err, c.fields)
		}
	}
}

func TestReceptionPlace(t *testing.T) {
	office := &Office{ID: "o", Territory: "351010000"}
	for _, c := range []struct {
		format    ReceptionFormat
		territory KATO
		want      KATO
		bad       bool
	}{
		{FormatInPerson, "", "351010000", false},
		{FormatOnline, "351010000", "351010000", false},
		{FormatInPerson, "354400000", "", true},
		{FormatVisiting, "354435100", "354435100", false},
		{FormatVisiting, "", "351010000", false},
		{FormatVisiting, "271010000", "", true},
	} {
		r := &Reception{Format: c.format, Territory: c.territory}
		err := r.PlaceIn(office)
		if (err != nil) != c.bad || (!c.bad && r.Territory != c.want) {
			t.Errorf("%s at %s: %v, %s", c.format, c.territory, err, r.Territory)
		}
	}
}

func TestReceptionChanges(t *testing.T) {
	now := time.Date(2026, 6, 10, 12, 0, 0, 0, KZ)
	planned := &Reception{Status: ReceptionPlanned, Starts: now.Add(-2 * time.Hour), Version: 1}
	future := &Reception{Status: ReceptionPlanned, Starts: now.Add(time.Hour), Version: 1}

	held, e, err := planned.Apply(ReceptionChange{Action: "hold", Consulted: 4, Version: 1}, now)
	if err != nil || held.Status != ReceptionHeld || held.Consulted != 4 || held.Version != 2 || e.Seq != 2 || planned.Status != ReceptionPlanned {
		t.Fatalf("hold: %+v %+v %v", held, e, err)
	}
	if again, _, err := held.Apply(ReceptionChange{Action: "hold", Consulted: 6}, now); err != nil || again.Consulted != 6 {
		t.Errorf("correcting the count of a held reception: %v", err)
	}
	cancelled, e, err := future.Apply(ReceptionChange{Action: "cancel", Reason: " болезнь "}, now)
	if err != nil || cancelled.Status != ReceptionCancelled || cancelled.CancelReason != "болезнь" || e.Note != "болезнь" {
		t.Fatalf("cancel: %+v %v", cancelled, err)
	}
	for _, c := range []struct {
		name string
		r    *Reception
		c    ReceptionChange
		code string
	}{
		{"hold before it begins", future, ReceptionChange{Action: "hold"}, ECONFLICT},
		{"hold a cancelled one", cancelled, ReceptionChange{Action: "hold"}, ECONFLICT},
		{"cancel a held one", held, ReceptionChange{Action: "cancel", Reason: "x"}, ECONFLICT},
		{"cancel without a reason", future, ReceptionChange{Action: "cancel", Reason: "  "}, EINVALID},
		{"negative visitors", planned, ReceptionChange{Action: "hold", Consulted: -1}, EINVALID},
		{"a stale version", planned, ReceptionChange{Action: "hold", Version: 7}, ECONFLICT},
		{"an unknown action", planned, ReceptionChange{Action: "postpone"}, EINVALID},
	} {
		if _, _, err := c.r.Apply(c.c, now); ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want %s", c.name, err, c.code)
		}
	}
	if future.AcceptsVisitors(now) == nil || cancelled.AcceptsVisitors(now.Add(2*time.Hour)) == nil || planned.AcceptsVisitors(now) != nil {
		t.Error("visitors: only a reception that has begun and is not cancelled takes them")
	}
	visited, e, err := planned.TakeVisitor("3501-2026-00042", now)
	if err != nil || visited.Status != ReceptionHeld || visited.Appeals != 1 || visited.Version != 2 || e.Note != "3501-2026-00042" {
		t.Errorf("a visitor at a planned reception that has begun: %+v %+v %v", visited, e, err)
	}
	if _, _, err := future.TakeVisitor("x", now); ErrorCode(err) != ECONFLICT {
		t.Errorf("a visitor before the reception: %v", err)
	}
	if h, v := held.TotalsPart(); h != 1 || v != 4 {
		t.Errorf("a held reception counts %d, %d", h, v)
	}
	if h, v := planned.TotalsPart(); h != 0 || v != 0 {
		t.Errorf("a planned reception counts %d, %d", h, v)
	}
}

func TestReceptionReportFinish(t *testing.T) {
	rep := &ReceptionReport{Officials: []*OfficialReport{
		{Required: 2, Held: 2, Visitors: 10, Appeals: 4, Outcomes: map[string]int64{"solved": 2, "open": 2}},
		{Required: 2, Held: 0},
		{Required: 0, Held: 1, Visitors: 3, Appeals: 1, Outcomes: map[string]int64{"solved": 1}},
	}}
	rep.Finish()
	if rep.Held != 3 || rep.Met != 2 || rep.HeldNone != 1 || rep.Visitors != 13 || rep.Appeals != 5 || rep.Outcomes["solved"] != 3 {
		t.Errorf("%+v", rep)
	}
	if err := CheckReportPeriod(MustDate("2025-07-01"), MustDate("2025-06-30")); ErrorCode(err) != EINVALID {
		t.Error("a period that ends before it starts")
	}
}
