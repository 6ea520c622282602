package senim_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/senim-kz/senim"
)

var calDate = senim.MustDate

// calDeviations lists the days off of [from, to] that are not weekends, and the
// weekend days that are working days, as "+date" and "-date" strings: the
// calendar's deviations from a plain five-day week.
func calDeviations(c *senim.Calendar, from, to senim.Date) []string {
	var out []string
	for x := from; !x.After(to); x = x.AddDays(1) {
		switch w := c.IsWorkingDay(x); {
		case !w && !x.Weekend():
			out = append(out, "-"+x.String())
		case w && x.Weekend():
			out = append(out, "+"+x.String())
		}
	}
	return out
}

func TestCalendarFixedHolidaysAreDaysOff(t *testing.T) {
	c := senim.DefaultCalendar()
	tests := []struct {
		month time.Month
		day   int
		key   string
	}{
		{time.January, 1, "holiday.new_year"},
		{time.January, 2, "holiday.new_year"},
		{time.January, 7, "holiday.christmas"},
		{time.March, 8, "holiday.women"},
		{time.March, 21, "holiday.nauryz"},
		{time.March, 22, "holiday.nauryz"},
		{time.March, 23, "holiday.nauryz"},
		{time.May, 1, "holiday.labour"},
		{time.May, 7, "holiday.defender"},
		{time.May, 9, "holiday.victory"},
		{time.July, 6, "holiday.capital"},
		{time.August, 30, "holiday.constitution"},
		{time.October, 25, "holiday.republic"},
		{time.December, 16, "holiday.independence"},
	}
	for year := 2019; year <= 2032; year++ {
		holidays := c.Holidays(year)
		for _, tt := range tests {
			date := senim.NewDate(year, tt.month, tt.day)
			if c.IsWorkingDay(date) {
				t.Errorf("IsWorkingDay(%s) = true, want false (%s)", date, tt.key)
			}
			i := slices.IndexFunc(holidays, func(h senim.Holiday) bool { return h.Date.Equal(date) && !h.Moved })
			if i < 0 {
				t.Errorf("Holidays(%d) has no holiday on %s", year, date)
				continue
			}
			h := holidays[i]
			wantReligious := tt.key == "holiday.christmas"
			if h.Key != tt.key || h.Religious != wantReligious {
				t.Errorf("holiday on %s = %+v, want key %s religious %v", date, h, tt.key, wantReligious)
			}
		}
	}
}

func TestCalendarKurbanAitBuiltIn(t *testing.T) {
	want := map[int]string{
		2020: "2020-07-31", 2021: "2021-07-20", 2022: "2022-07-09", 2023: "2023-06-28",
		2024: "2024-06-16", 2025: "2025-06-06", 2026: "2026-05-27", 2027: "2027-05-16",
		2028: "2028-05-05", 2029: "2029-04-24", 2030: "2030-04-13",
	}
	for year := 2018; year <= 2032; year++ {
		got, ok := senim.KurbanAit(year)
		w, known := want[year]
		if ok != known || (known && got.String() != w) {
			t.Errorf("KurbanAit(%d) = %s, %v; want %q, %v", year, got, ok, w, known)
		}
		if !known {
			continue
		}
		if senim.DefaultCalendar().IsWorkingDay(got) {
			t.Errorf("Kurban Ait %s is a working day", got)
		}
		hs := senim.DefaultCalendar().Holidays(year)
		if !slices.Contains(hs, senim.Holiday{Date: got, Key: "holiday.kurban", Religious: true}) {
			t.Errorf("Holidays(%d) = %v, lacks Kurban Ait on %s", year, hs, got)
		}
	}
}

// TestCalendarCarryOver checks every day off other than weekends in whole
// years against the rule: a non-religious holiday on Saturday or Sunday gives
// the next free working day off, holidays taken in date order.
func TestCalendarCarryOver(t *testing.T) {
	tests := []struct {
		year int
		why  string
		want []string // weekdays off, and weekend working days (none here)
	}{
		{2020, "8 Mar Sun; 21-22 Mar Sat-Sun with 23 Mon: 24, 25; 9 May Sat; 30 Aug Sun; 25 Oct Sun", []string{
			"-2020-01-01", "-2020-01-02", "-2020-01-07",
			"-2020-03-09",
			"-2020-03-23", "-2020-03-24", "-2020-03-25",
			"-2020-05-01", "-2020-05-07", "-2020-05-11",
			"-2020-07-06", "-2020-07-31",
			"-2020-08-31",
			"-2020-10-26",
			"-2020-12-16",
		}},
		{2021, "2 Jan Sat; 21 Mar Sun skips the Nauryz Mon-Tue to Wed 24; 1 May Sat; 9 May Sun", []string{
			"-2021-01-01", "-2021-01-04", "-2021-01-07",
			"-2021-03-08", "-2021-03-22", "-2021-03-23", "-2021-03-24",
			"-2021-05-03", "-2021-05-07", "-2021-05-10",
			"-2021-07-06", "-2021-07-20",
			"-2021-08-30", "-2021-10-25", "-2021-12-16",
		}},
		{2022, "1-2 Jan Sat-Sun: Mon 3, Tue 4; 1 May Sun; 7 May Sat skips Victory Day Mon 9 to Tue 10; Kurban Sat 9 Jul stays", []string{
			"-2022-01-03", "-2022-01-04", "-2022-01-07",
			"-2022-03-08", "-2022-03-21", "-2022-03-22", "-2022-03-23",
			"-2022-05-02", "-2022-05-09", "-2022-05-10",
			"-2022-07-06",
			"-2022-08-30", "-2022-10-25", "-2022-12-16",
		}},
		{2023, "1 Jan Sun skips 2 Jan to Tue 3; Christmas Sat 7 Jan stays; 7 May Sun; 16 Dec Sat: Mon 18", []string{
			"-2023-01-02", "-2023-01-03",
			"-2023-03-08", "-2023-03-21", "-2023-03-22", "-2023-03-23",
			"-2023-05-01", "-2023-05-08", "-2023-05-09",
			"-2023-06-28",
			"-2023-07-06",
			"-2023-08-30", "-2023-10-25",
			"-2023-12-18",
		}},
		{2024, "Christmas Sun; 23 Mar Sat: Mon 25; 6 Jul Sat: Mon 8; Kurban Sun 16 Jun stays", []string{
			"-2024-01-01", "-2024-01-02",
			"-2024-03-08", "-2024-03-21", "-2024-03-22", "-2024-03-25",
			"-2024-05-01", "-2024-05-07", "-2024-05-09",
			"-2024-07-08",
			"-2024-08-30", "-2024-10-25", "-2024-12-16",
		}},
		{2025, "8 Mar Sat; 22-23 Mar Sat-Sun: Mon 24, Tue 25; 6 Jul Sun; 30 Aug Sat; 25 Oct Sat", []string{
			"-2025-01-01", "-2025-01-02", "-2025-01-07",
			"-2025-03-10",
			"-2025-03-21", "-2025-03-24", "-2025-03-25",
			"-2025-05-01", "-2025-05-07", "-2025-05-09",
			"-2025-06-06",
			"-2025-07-07",
			"-2025-09-01",
			"-2025-10-27",
			"-2025-12-16",
		}},
		{2026, "21-23 Mar Sat-Sun-Mon: Tue 24, Wed 25", []string{
			"-2026-01-01", "-2026-01-02", "-2026-01-07",
			"-2026-03-09",
			"-2026-03-23", "-2026-03-24", "-2026-03-25",
			"-2026-05-01", "-2026-05-07", "-2026-05-11",
			"-2026-05-27",
			"-2026-07-06",
			"-2026-08-31",
			"-2026-10-26",
			"-2026-12-16",
		}},
		{2029, "Christmas Sun; 16 Dec Sun: Mon 17", []string{
			"-2029-01-01", "-2029-01-02",
			"-2029-03-08", "-2029-03-21", "-2029-03-22", "-2029-03-23",
			"-2029-04-24",
			"-2029-05-01", "-2029-05-07", "-2029-05-09",
			"-2029-07-06",
			"-2029-08-30", "-2029-10-25",
			"-2029-12-17",
		}},
	}
	c := senim.DefaultCalendar()
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.year), func(t *testing.T) {
			got := calDeviations(c, senim.NewDate(tt.year, 1, 1), senim.NewDate(tt.year, 12, 31))
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got %v\nwant %v", tt.why, got, tt.want)
			}
		})
	}
}

func TestCalendarHolidaysList(t *testing.T) {
	got := senim.DefaultCalendar().Holidays(2025)
	want := []senim.Holiday{
		{Date: calDate("2025-01-01"), Key: "holiday.new_year"},
		{Date: calDate("2025-01-02"), Key: "holiday.new_year"},
		{Date: calDate("2025-01-07"), Key: "holiday.christmas", Religious: true},
		{Date: calDate("2025-03-08"), Key: "holiday.women"},
		{Date: calDate("2025-03-10"), Key: "holiday.moved", Moved: true},
		{Date: calDate("2025-03-21"), Key: "holiday.nauryz"},
		{Date: calDate("2025-03-22"), Key: "holiday.nauryz"},
		{Date: calDate("2025-03-23"), Key: "holiday.nauryz"},
		{Date: calDate("2025-03-24"), Key: "holiday.moved", Moved: true},
		{Date: calDate("2025-03-25"), Key: "holiday.moved", Moved: true},
		{Date: calDate("2025-05-01"), Key: "holiday.labour"},
		{Date: calDate("2025-05-07"), Key: "holiday.defender"},
		{Date: calDate("2025-05-09"), Key: "holiday.victory"},
		{Date: calDate("2025-06-06"), Key: "holiday.kurban", Religious: true},
		{Date: calDate("2025-07-06"), Key: "holiday.capital"},
		{Date: calDate("2025-07-07"), Key: "holiday.moved", Moved: true},
		{Date: calDate("2025-08-30"), Key: "holiday.constitution"},
		{Date: calDate("2025-09-01"), Key: "holiday.moved", Moved: true},
		{Date: calDate("2025-10-25"), Key: "holiday.republic"},
		{Date: calDate("2025-10-27"), Key: "holiday.moved", Moved: true},
		{Date: calDate("2025-12-16"), Key: "holiday.independence"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Holidays(2025) =\n%v\nwant\n%v", got, want)
	}

	// The caller owns the slice it gets.
	got[0].Key = "changed"
	if senim.DefaultCalendar().Holidays(2025)[0].Key != "holiday.new_year" {
		t.Error("changing the result of Holidays changed the calendar")
	}
}

func TestCalendarReligiousHolidaysDoNotMove(t *testing.T) {
	c := senim.DefaultCalendar()
	tests := []struct {
		holiday  string // a religious holiday on a weekend
		nextWeek string // the Monday after it, a working day
	}{
		{"2023-01-07", "2023-01-09"}, // Christmas on Saturday
		{"2024-01-07", "2024-01-08"}, // Christmas on Sunday
		{"2022-07-09", "2022-07-11"}, // Kurban Ait on Saturday
		{"2024-06-16", "2024-06-17"}, // Kurban Ait on Sunday
		{"2027-05-16", "2027-05-17"}, // Kurban Ait on Sunday
		{"2030-04-13", "2030-04-15"}, // Kurban Ait on Saturday
	}
	for _, tt := range tests {
		if !calDate(tt.holiday).Weekend() {
			t.Fatalf("test data: %s is not a weekend day", tt.holiday)
		}
		if !c.IsWorkingDay(calDate(tt.nextWeek)) {
			t.Errorf("%s after the religious holiday %s is a day off; religious holidays do not move", tt.nextWeek, tt.holiday)
		}
		for _, h := range c.Holidays(calDate(tt.holiday).Year()) {
			if h.Moved && h.Date.After(calDate(tt.holiday)) && calDate(tt.holiday).DaysUntil(h.Date) <= 7 {
				t.Errorf("moved day %s follows the religious holiday %s", h.Date, tt.holiday)
			}
		}
	}
}

func TestCalendarWeekends(t *testing.T) {
	c := senim.DefaultCalendar()
	for x := calDate("2025-04-01"); x.Before(calDate("2025-05-01")); x = x.AddDays(1) {
		if got, want := c.IsWorkingDay(x), !x.Weekend(); got != want {
			t.Errorf("IsWorkingDay(%s, %s) = %v, want %v", x, x.Weekday(), got, want)
		}
	}
	if c.IsWorkingDay(senim.Date{}) {
		t.Error("the zero Date is a working day")
	}
}

func TestCalendarYearEnd(t *testing.T) {
	// 16 December 2023 is a Saturday: Monday 18 December is off, in 2023.
	c := senim.DefaultCalendar()
	if c.IsWorkingDay(calDate("2023-12-18")) || !c.IsWorkingDay(calDate("2023-12-19")) {
		t.Error("16 Dec 2023 (Sat) must move to Mon 18 Dec only")
	}
	if got := c.Holidays(2023); got[len(got)-1] != (senim.Holiday{Date: calDate("2023-12-18"), Key: "holiday.moved", Moved: true}) {
		t.Errorf("last holiday of 2023 = %+v, want the day moved to 18 Dec", got[len(got)-1])
	}
	if !c.IsWorkingDay(calDate("2023-12-29")) || c.IsWorkingDay(calDate("2024-01-01")) || !c.IsWorkingDay(calDate("2024-01-03")) {
		t.Error("wrong days around New Year 2024")
	}

	// A decree giving off every working day from 17 to 31 December 2023
	// leaves the day owed for 16 December nowhere to go in 2023: it moves to
	// the first free working day of 2024, after the New Year holidays.
	var ts []senim.Transfer
	for x := calDate("2023-12-17"); !x.After(calDate("2023-12-31")); x = x.AddDays(1) {
		if !x.Weekend() {
			ts = append(ts, senim.Transfer{Date: x, Note: "test decree"})
		}
	}
	c = senim.NewCalendar(ts, nil)
	if got, want := calDeviations(c, calDate("2023-12-15"), calDate("2024-01-10")), []string{
		"-2023-12-18", "-2023-12-19", "-2023-12-20", "-2023-12-21", "-2023-12-22",
		"-2023-12-25", "-2023-12-26", "-2023-12-27", "-2023-12-28", "-2023-12-29",
		"-2024-01-01", "-2024-01-02", "-2024-01-03",
	}; !slices.Equal(got, want) {
		t.Errorf("days off = %v\nwant %v", got, want)
	}
	hs := c.Holidays(2024)
	if !slices.Contains(hs, senim.Holiday{Date: calDate("2024-01-03"), Key: "holiday.moved", Moved: true}) {
		t.Errorf("Holidays(2024) lacks the day carried from 2023: %v", hs[:4])
	}
	for _, h := range c.Holidays(2023) {
		if h.Moved && h.Date.After(calDate("2023-12-16")) {
			t.Errorf("Holidays(2023) lists moved day %s, but the decree fixed every free day after 16 Dec", h.Date)
		}
	}
	if got := c.AddWorkingDays(calDate("2023-12-15"), 1); got != calDate("2024-01-04") {
		t.Errorf("AddWorkingDays(2023-12-15, 1) = %s, want 2024-01-04", got)
	}
	// Asking for 2024 first gives the same answer as asking for 2023 first.
	fresh := senim.NewCalendar(ts, nil)
	if fresh.IsWorkingDay(calDate("2024-01-03")) {
		t.Error("2024-01-03 is a working day when 2024 is computed first")
	}
}

func TestCalendarTransfers(t *testing.T) {
	// A decree in the usual shape: Saturday 4 May 2024 worked, so that the
	// Wednesday 8 May between two holidays is off.
	c := senim.NewCalendar([]senim.Transfer{
		{Date: calDate("2024-05-04"), Working: true, Note: "worked for 8 May"},
		{Date: calDate("2024-05-08"), Working: false, Note: "bridge between 7 and 9 May"},
	}, nil)
	if got, want := calDeviations(c, calDate("2024-04-29"), calDate("2024-05-12")),
		[]string{"-2024-05-01", "+2024-05-04", "-2024-05-07", "-2024-05-08", "-2024-05-09"}; !slices.Equal(got, want) {
		t.Errorf("deviations = %v, want %v", got, want)
	}
	if got := c.AddWorkingDays(calDate("2024-05-03"), 1); got != calDate("2024-05-04") {
		t.Errorf("AddWorkingDays(Fri 3 May, 1) = %s, want the worked Saturday 2024-05-04", got)
	}
	if got := c.AddWorkingDays(calDate("2024-05-06"), 1); got != calDate("2024-05-10") {
		t.Errorf("AddWorkingDays(Mon 6 May, 1) = %s, want 2024-05-10", got)
	}
	if got := senim.DefaultCalendar().AddWorkingDays(calDate("2024-05-06"), 1); got != calDate("2024-05-08") {
		t.Errorf("without the decree, AddWorkingDays(Mon 6 May, 1) = %s, want 2024-05-08", got)
	}

	// A transfer beats a holiday and a carried-over day, and a carried-over
	// day never lands on a date a transfer fixed.
	c = senim.NewCalendar([]senim.Transfer{
		{Date: calDate("2025-03-24"), Working: true, Note: "moved day worked"},
		{Date: calDate("2025-03-21"), Working: true, Note: "holiday worked"},
	}, nil)
	if got, want := calDeviations(c, calDate("2025-03-17"), calDate("2025-03-30")),
		[]string{"-2025-03-25", "-2025-03-26"}; !slices.Equal(got, want) {
		t.Errorf("deviations = %v, want %v", got, want)
	}

	// A holiday on a Saturday made working owes no day off.
	c = senim.NewCalendar([]senim.Transfer{{Date: calDate("2025-03-08"), Working: true}}, nil)
	if !c.IsWorkingDay(calDate("2025-03-08")) || !c.IsWorkingDay(calDate("2025-03-10")) {
		t.Error("8 March 2025 worked by decree must leave 10 March a working day")
	}

	// The last transfer for a date counts; zero dates are ignored.
	c = senim.NewCalendar([]senim.Transfer{
		{Date: calDate("2025-04-15")}, {Date: calDate("2025-04-15"), Working: true}, {},
	}, nil)
	if !c.IsWorkingDay(calDate("2025-04-15")) {
		t.Error("the last transfer for a date must count")
	}
}

func TestCalendarKurbanAitOverride(t *testing.T) {
	c := senim.NewCalendar(nil, map[int]senim.Date{
		2026: calDate("2026-05-26"), // moved a day by the administrator
		2031: calDate("2031-04-02"), // a year the table does not know
		2030: {},                    // date unknown: no Kurban Ait
		2029: calDate("2028-01-10"), // wrong year: ignored
	})
	tests := []struct {
		date    string
		working bool
	}{
		{"2026-05-26", false},
		{"2026-05-27", true},
		{"2031-04-02", false},
		{"2030-04-15", true},
		{"2029-04-24", false},
		{"2028-01-10", true},
	}
	for _, tt := range tests {
		if got := c.IsWorkingDay(calDate(tt.date)); got != tt.working {
			t.Errorf("IsWorkingDay(%s) = %v, want %v", tt.date, got, tt.working)
		}
	}
	if got, ok := c.KurbanAit(2031); !ok || got != calDate("2031-04-02") {
		t.Errorf("KurbanAit(2031) = %s, %v", got, ok)
	}
	if _, ok := c.KurbanAit(2030); ok {
		t.Error("KurbanAit(2030) is known after the administrator removed it")
	}
	if got, _ := c.KurbanAit(2029); got != calDate("2029-04-24") {
		t.Errorf("KurbanAit(2029) = %s, want the built-in date", got)
	}
	if _, ok := senim.DefaultCalendar().KurbanAit(2031); ok {
		t.Error("an override leaked into the default calendar")
	}
	if got, _ := senim.KurbanAit(2026); got != calDate("2026-05-27") {
		t.Errorf("an override changed the built-in table: %s", got)
	}
	if !slices.Contains(c.Holidays(2031), senim.Holiday{Date: calDate("2031-04-02"), Key: "holiday.kurban", Religious: true}) {
		t.Error("Holidays(2031) lacks the added Kurban Ait")
	}
}

func TestCalendarNextWorkingDay(t *testing.T) {
	c := senim.DefaultCalendar()
	tests := []struct{ in, want string }{
		{"2025-04-15", "2025-04-15"}, // a Tuesday
		{"2025-04-19", "2025-04-21"}, // Saturday
		{"2025-03-21", "2025-03-26"}, // Nauryz Friday, weekend, two moved days
		{"2026-03-21", "2026-03-26"},
		{"2021-12-31", "2021-12-31"},
		{"2022-01-01", "2022-01-05"},
		{"2023-12-16", "2023-12-19"},
		{"", ""},
	}
	for _, tt := range tests {
		var in senim.Date
		if tt.in != "" {
			in = calDate(tt.in)
		}
		if got := c.NextWorkingDay(in).String(); got != tt.want {
			t.Errorf("NextWorkingDay(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestCalendarAddWorkingDays(t *testing.T) {
	c := senim.DefaultCalendar()
	tests := []struct {
		from string
		n    int
		want string
		why  string
	}{
		{"2025-04-14", 1, "2025-04-15", "Monday + 1"},
		{"2025-04-18", 1, "2025-04-21", "Friday + 1 skips the weekend"},
		{"2025-04-19", 1, "2025-04-21", "received on Saturday"},
		{"2025-04-14", 5, "2025-04-21", "a week"},
		{"2025-04-14", 0, "2025-04-14", "n=0 on a working day"},
		{"2025-04-19", 0, "2025-04-21", "n=0 on a day off"},
		{"2025-04-19", -3, "2025-04-21", "n<0 is n=0"},
		{"2021-12-31", 1, "2022-01-05", "Friday before New Year 2022: Sat 1, Sun 2, moved Mon 3 and Tue 4"},
		{"2021-12-31", 3, "2022-01-10", "and Christmas on Friday 7 Jan"},
		{"2021-12-31", 15, "2022-01-26", "15 working days across New Year"},
		{"2025-03-20", 1, "2025-03-26", "Thursday before Nauryz 2025: Fri 21, weekend, moved Mon 24 and Tue 25"},
		{"2026-03-20", 1, "2026-03-26", "Friday before Nauryz 2026: Sat-Mon, moved Tue 24 and Wed 25"},
		{"2026-03-20", 10, "2026-04-08", "10 working days across Nauryz 2026"},
		{"2025-05-06", 2, "2025-05-12", "Wed 7 and Fri 9 May off"},
		{"2024-12-30", 30, "2025-02-13", "30 working days across New Year 2025"},
	}
	for _, tt := range tests {
		if got := c.AddWorkingDays(calDate(tt.from), tt.n); got != calDate(tt.want) {
			t.Errorf("AddWorkingDays(%s, %d) = %s, want %s (%s)", tt.from, tt.n, got, tt.want, tt.why)
		}
	}
	if got := c.AddWorkingDays(senim.Date{}, 5); !got.IsZero() {
		t.Errorf("AddWorkingDays(zero, 5) = %s, want zero", got)
	}
}

// TestCalendarAddWorkingDaysAgreesWithCounting checks AddWorkingDays and
// WorkingDaysBetween against each other and against IsWorkingDay, over years
// and their boundaries.
func TestCalendarAddWorkingDaysAgreesWithCounting(t *testing.T) {
	c := senim.DefaultCalendar()
	for from := calDate("2019-12-01"); from.Before(calDate("2027-02-01")); from = from.AddDays(3) {
		for _, n := range []int{1, 2, 7, 15, 30, 60} {
			end := c.AddWorkingDays(from, n)
			if !c.IsWorkingDay(end) {
				t.Fatalf("AddWorkingDays(%s, %d) = %s, a day off", from, n, end)
			}
			if got := c.WorkingDaysBetween(from, end); got != n {
				t.Fatalf("WorkingDaysBetween(%s, AddWorkingDays(%s, %d) = %s) = %d", from, from, n, end, got)
			}
			if got := c.WorkingDaysBetween(from, end.AddDays(-1)); got != n-1 {
				t.Fatalf("WorkingDaysBetween(%s, %s) = %d, want %d", from, end.AddDays(-1), got, n-1)
			}
		}
	}
}

func TestCalendarWorkingDaysBetween(t *testing.T) {
	c := senim.DefaultCalendar()
	tests := []struct {
		a, b string
		want int
	}{
		{"2025-04-14", "2025-04-14", 0},
		{"2025-04-15", "2025-04-14", 0},
		{"2025-04-14", "2025-04-15", 1},
		{"2025-04-14", "2025-04-21", 5},
		{"2025-04-18", "2025-04-20", 0}, // the weekend only
		{"2025-03-20", "2025-03-26", 1}, // Nauryz 2025: only Wed 26
		{"2021-12-31", "2022-01-10", 3}, // 5, 6, 10 January
		// Whole years: 365 days less 104 weekend days less the weekdays
		// off listed in TestCalendarCarryOver.
		{"2020-12-31", "2021-12-31", 365 - 104 - 15},
		{"2024-12-31", "2025-12-31", 365 - 104 - 15},
		{"2025-12-31", "2026-12-31", 365 - 104 - 15},
	}
	for _, tt := range tests {
		if got := c.WorkingDaysBetween(calDate(tt.a), calDate(tt.b)); got != tt.want {
			t.Errorf("WorkingDaysBetween(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if got := c.WorkingDaysBetween(senim.Date{}, calDate("2025-01-01")); got != 0 {
		t.Errorf("WorkingDaysBetween(zero, …) = %d, want 0", got)
	}
}

func TestCalendarEndOfMonths(t *testing.T) {
	c := senim.DefaultCalendar()
	tests := []struct {
		from   string
		months int
		want   string
		why    string
	}{
		{"2025-02-06", 1, "2025-03-06", "a working day"},
		{"2025-04-03", 1, "2025-05-05", "lands on Saturday 3 May"},
		{"2025-01-22", 2, "2025-03-26", "lands on Nauryz 22 March 2025"},
		{"2025-11-16", 1, "2025-12-17", "lands on Independence Day"},
		{"2025-01-31", 1, "2025-02-28", "no 31 February: last day of the month"},
		{"2024-01-31", 1, "2024-02-29", "leap year"},
		{"2025-03-31", 2, "2025-06-02", "31 May 2025 is a Saturday"},
		{"2025-05-31", 1, "2025-06-30", "no 31 June"},
		{"2024-12-31", 2, "2025-02-28", "across the year"},
		{"2025-08-31", -6, "2025-02-28", "backwards"},
		{"2025-04-15", 0, "2025-04-15", "no months"},
		{"2025-04-19", 0, "2025-04-21", "no months, on a Saturday"},
		{"2024-12-02", 1, "2025-01-03", "2 January 2025 is a holiday"},
	}
	for _, tt := range tests {
		if got := c.EndOfMonths(calDate(tt.from), tt.months); got != calDate(tt.want) {
			t.Errorf("EndOfMonths(%s, %d) = %s, want %s (%s)", tt.from, tt.months, got, tt.want, tt.why)
		}
	}
	if got := c.EndOfMonths(senim.Date{}, 1); !got.IsZero() {
		t.Errorf("EndOfMonths(zero, 1) = %s, want zero", got)
	}
}

func TestCalendarFarYears(t *testing.T) {
	// Years outside the cache are computed on each use, with the same rules.
	c := senim.DefaultCalendar()
	for _, tt := range []struct{ date, want string }{
		{"2400-12-15", "2400-12-19"}, // 16 Dec 2400 is a Saturday: Mon 18 off
		{"1800-03-20", "1800-03-26"}, // Nauryz Fri-Sun 1800: Mon 24, Tue 25 off
	} {
		if got := c.AddWorkingDays(calDate(tt.date), 1); got != calDate(tt.want) {
			t.Errorf("AddWorkingDays(%s, 1) = %s, want %s", tt.date, got, tt.want)
		}
	}
}

func TestCalendarConcurrentUse(t *testing.T) {
	c := senim.NewCalendar(nil, nil)
	want := senim.DefaultCalendar().AddWorkingDays(calDate("2020-01-01"), 1000)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := c.AddWorkingDays(calDate("2020-01-01"), 1000); got != want {
				t.Errorf("concurrent AddWorkingDays = %s, want %s", got, want)
			}
		})
	}
	wg.Wait()
}

func BenchmarkAddWorkingDays(b *testing.B) {
	c := senim.DefaultCalendar()
	from := calDate("2025-01-01")
	for i := 0; b.Loop(); i++ {
		c.AddWorkingDays(from.AddDays(i%730), 15)
	}
}
