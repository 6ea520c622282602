package senim

import (
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Holiday is a day off on the calendar of Kazakhstan: a public holiday set by
// law, or a working day given off in place of a holiday that fell on a
// weekend.
type Holiday struct {
	Date      Date
	Key       string // message key of the holiday's name, e.g. "holiday.nauryz"
	Moved     bool   // a day off carried over from a holiday on a weekend
	Religious bool   // a religious holiday, which is never carried over
}

// Transfer is one change to the calendar made by the government's yearly
// decree on moving days off. Working=false gives a working day off; Working=true
// makes a day off (usually a Saturday) a working day. A transfer decides the
// status of its date whatever else the calendar says.
type Transfer struct {
	Date    Date
	Working bool
	Note    string
}

// Message keys of the holidays' names.
const (
	HolidayNewYear      = "holiday.new_year"
	HolidayChristmas    = "holiday.christmas"
	HolidayWomen        = "holiday.women"
	HolidayNauryz       = "holiday.nauryz"
	HolidayLabour       = "holiday.labour"
	HolidayDefender     = "holiday.defender"
	HolidayVictory      = "holiday.victory"
	HolidayCapital      = "holiday.capital"
	HolidayConstitution = "holiday.constitution"
	HolidayRepublic     = "holiday.republic"
	HolidayIndependence = "holiday.independence"
	HolidayKurban       = "holiday.kurban"
	HolidayMoved        = "holiday.moved"
)

// fixedHolidays are the public holidays on the same date every year, in
// calendar order (Labour Code, art. 84, and the Law on Holidays).
var fixedHolidays = [...]struct {
	month     time.Month
	day       int
	key       string
	religious bool
}{
	{time.January, 1, HolidayNewYear, false},
	{time.January, 2, HolidayNewYear, false},
	{time.January, 7, HolidayChristmas, true},
	{time.March, 8, HolidayWomen, false},
	{time.March, 21, HolidayNauryz, false},
	{time.March, 22, HolidayNauryz, false},
	{time.March, 23, HolidayNauryz, false},
	{time.May, 1, HolidayLabour, false},
	{time.May, 7, HolidayDefender, false},
	{time.May, 9, HolidayVictory, false},
	{time.July, 6, HolidayCapital, false},
	{time.August, 30, HolidayConstitution, false},
	{time.October, 25, HolidayRepublic, false},
	{time.December, 16, HolidayIndependence, false},
}

// kurbanAit holds the first day of Kurban Ait as announced for each year.
var kurbanAit = map[int]Date{
	2020: NewDate(2020, time.July, 31),
	2021: NewDate(2021, time.July, 20),
	2022: NewDate(2022, time.July, 9),
	2023: NewDate(2023, time.June, 28),
	2024: NewDate(2024, time.June, 16),
	2025: NewDate(2025, time.June, 6),
	2026: NewDate(2026, time.May, 27),
	2027: NewDate(2027, time.May, 16),
	2028: NewDate(2028, time.May, 5),
	2029: NewDate(2029, time.April, 24),
	2030: NewDate(2030, time.April, 13),
}

// KurbanAit returns the built-in first day of Kurban Ait in the year, and
// false when the year is outside the built-in table (2020–2030). A Calendar
// may know more years: see NewCalendar and Calendar.KurbanAit.
func KurbanAit(year int) (Date, bool) {
	d, ok := kurbanAit[year]
	return d, ok
}

// Years whose day-off sets a Calendar keeps once computed. Other years are
// computed again on each use: correct, only slower.
const (
	calendarCacheFrom = 1900
	calendarCacheTo   = 2299
)

// Calendar tells working days from days off in Kazakhstan: weekends, public
// holidays, holidays carried over from weekends, and the transfers of the
// government's decrees. Deadlines in working days (Administrative Procedural
// Code, art. 76) are counted on it. A Calendar is safe for concurrent use.
type Calendar struct {
	transfers map[int]Transfer // by dayNumber of the date
	kurban    map[int]Date     // first day of Kurban Ait by year
	cache     [calendarCacheTo - calendarCacheFrom + 1]atomic.Pointer[calendarYear]
}

// calendarYear is the computed calendar of one year.
type calendarYear struct {
	days     int       // 365 or 366
	off      [6]uint64 // bit i-1 is set when day i of the year is a day off
	holidays []Holiday // sorted by date
}

func (y *calendarYear) isOff(yearDay int) bool {
	i := yearDay - 1
	return y.off[i/64]&(1<<(i%64)) != 0
}

func (y *calendarYear) setOff(yearDay int) {
	i := yearDay - 1
	y.off[i/64] |= 1 << (i % 64)
}

// NewCalendar returns a calendar with the given transfers and with Kurban Ait
// on the built-in dates, replaced or completed by kurban, the dates an
// administrator entered by year. A zero Date in kurban removes the year's
// built-in date; an entry whose date is not in its key's year is ignored. When
// several transfers share a date the last one counts; transfers with a zero
// date are ignored. The arguments are copied.
func NewCalendar(transfers []Transfer, kurban map[int]Date) *Calendar {
	c := &Calendar{
		transfers: make(map[int]Transfer, len(transfers)),
		kurban:    make(map[int]Date, len(kurbanAit)+len(kurban)),
	}
	for _, t := range transfers {
		if !t.Date.IsZero() {
			c.transfers[dayNumber(t.Date)] = t
		}
	}
	for y, d := range kurbanAit {
		c.kurban[y] = d
	}
	for y, d := range kurban {
		switch {
		case d.IsZero():
			delete(c.kurban, y)
		case d.Year() == y:
			c.kurban[y] = d
		}
	}
	return c
}

var defaultCalendar = sync.OnceValue(func() *Calendar { return NewCalendar(nil, nil) })

// DefaultCalendar returns the calendar with no transfers and the built-in
// dates of Kurban Ait. It is shared: every call returns the same Calendar.
func DefaultCalendar() *Calendar { return defaultCalendar() }

// KurbanAit returns the first day of Kurban Ait in the year as this calendar
// knows it, and false when it does not know it.
func (c *Calendar) KurbanAit(year int) (Date, bool) {
	d, ok := c.kurban[year]
	return d, ok
}

// Holidays returns the public holidays and carried-over days off of the year,
// sorted by date. A day carried over from a holiday of the previous year (late
// December) is listed in the year it falls in. Decree transfers are not
// listed, and a holiday stays listed even if a transfer makes its date a
// working day; IsWorkingDay applies them.
func (c *Calendar) Holidays(year int) []Holiday {
	h := c.year(year).holidays
	out := make([]Holiday, len(h))
	copy(out, h)
	return out
}

// IsWorkingDay reports whether d is a working day. The zero Date is not.
func (c *Calendar) IsWorkingDay(d Date) bool {
	if d.IsZero() {
		return false
	}
	return !c.year(d.Year()).isOff(d.t.YearDay())
}

// NextWorkingDay returns d when it is a working day, and otherwise the first
// working day after it. The zero Date gives the zero Date.
func (c *Calendar) NextWorkingDay(d Date) Date {
	if d.IsZero() {
		return d
	}
	year, i := d.Year(), d.t.YearDay()
	y := c.year(year)
	for y.isOff(i) {
		if i++; i > y.days {
			year, i = year+1, 1
			y = c.year(year)
		}
	}
	return NewDate(year, time.January, i)
}

// AddWorkingDays returns the day a term of n working days ends when it starts
// on from: the term runs from the next day on, so the result is the n-th
// working day after from. For n <= 0 it returns NextWorkingDay(from). The zero
// Date gives the zero Date.
func (c *Calendar) AddWorkingDays(from Date, n int) Date {
	if n <= 0 || from.IsZero() {
		return c.NextWorkingDay(from)
	}
	year, i := from.Year(), from.t.YearDay()
	y := c.year(year)
	for {
		if i++; i > y.days {
			year, i = year+1, 1
			y = c.year(year)
		}
		if !y.isOff(i) {
			if n--; n == 0 {
				return NewDate(year, time.January, i)
			}
		}
	}
}

// WorkingDaysBetween counts the working days d with a < d <= b: the working
// days a term started on a has used up by b. It is 0 when b is not after a.
func (c *Calendar) WorkingDaysBetween(a, b Date) int {
	if a.IsZero() || b.IsZero() || !a.Before(b) {
		return 0
	}
	n := 0
	year, i := a.Year(), a.t.YearDay()
	endYear, end := b.Year(), b.t.YearDay()
	y := c.year(year)
	for year < endYear || i < end {
		if i++; i > y.days {
			year, i = year+1, 1
			y = c.year(year)
		}
		if !y.isOff(i) {
			n++
		}
	}
	return n
}

// EndOfMonths returns the day a term of months ends when it starts on from:
// the same day of the month, months later; the last day of that month when it
// has no such day (31 January + 1 month is 28 or 29 February, not 3 March);
// and the next working day when that day is a day off. The zero Date gives the
// zero Date.
func (c *Calendar) EndOfMonths(from Date, months int) Date {
	if from.IsZero() {
		return from
	}
	first := NewDate(from.Year(), from.Month()+time.Month(months), 1)
	last := first.AddMonths(1).AddDays(-1).Day()
	return c.NextWorkingDay(NewDate(first.Year(), first.Month(), min(from.Day(), last)))
}

// year returns the computed calendar of a year, from the cache when it can.
func (c *Calendar) year(year int) *calendarYear {
	if year < calendarCacheFrom || year > calendarCacheTo {
		return c.compute(year)
	}
	p := &c.cache[year-calendarCacheFrom]
	if y := p.Load(); y != nil {
		return y
	}
	y := c.compute(year)
	if p.CompareAndSwap(nil, y) {
		return y
	}
	return p.Load()
}

// statutory returns the public holidays of a year in date order.
func (c *Calendar) statutory(year int) []Holiday {
	out := make([]Holiday, 0, len(fixedHolidays)+1)
	for _, f := range fixedHolidays {
		out = append(out, Holiday{Date: NewDate(year, f.month, f.day), Key: f.key, Religious: f.religious})
	}
	if d, ok := c.kurban[year]; ok {
		out = append(out, Holiday{Date: d, Key: HolidayKurban, Religious: true})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date.Before(out[j].Date) })
	return out
}

// compute works out the days off of a year. It walks day by day from 1
// January of the previous year, so that days carried over from late December
// into January are kept, with a count of days off owed: a non-religious
// holiday on a weekend adds one, and the first later day that is not a
// weekend, not a holiday and not fixed by a transfer pays one back. Paying
// the owed days in date order is the same as carrying each holiday, in date
// order, to the first free working day after it. A transfer decides its own
// date: it is never used for a carried-over day, and a holiday on a weekend
// day a transfer makes working owes nothing.
func (c *Calendar) compute(year int) *calendarYear {
	y := &calendarYear{days: NewDate(year, time.December, 31).t.YearDay()}

	onDay := make(map[int][]Holiday, 2*(len(fixedHolidays)+1))
	for _, yy := range [...]int{year - 1, year} {
		for _, h := range c.statutory(yy) {
			k := dayNumber(h.Date)
			onDay[k] = append(onDay[k], h)
		}
	}

	owed := 0
	end := NewDate(year, time.December, 31)
	for d := NewDate(year-1, time.January, 1); !d.After(end); d = d.AddDays(1) {
		k := dayNumber(d)
		hs := onDay[k]
		t, transferred := c.transfers[k]
		weekend := d.Weekend()

		moved := false
		if len(hs) == 0 && !weekend && !transferred && owed > 0 {
			moved = true
			owed--
		}
		if weekend && !(transferred && t.Working) {
			for _, h := range hs {
				if !h.Religious {
					owed++ // one day off lost, however many holidays share it
					break
				}
			}
		}

		if d.Year() != year {
			continue
		}
		off := weekend || len(hs) > 0 || moved
		if transferred {
			off = !t.Working
		}
		if off {
			y.setOff(d.t.YearDay())
		}
		y.holidays = append(y.holidays, hs...)
		if moved {
			y.holidays = append(y.holidays, Holiday{Date: d, Key: HolidayMoved, Moved: true})
		}
	}
	return y
}

// dayNumber identifies a date as a map key: yyyymmdd.
func dayNumber(d Date) int {
	return d.Year()*10000 + int(d.Month())*100 + d.Day()
}
