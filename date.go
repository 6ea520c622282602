package senim

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"time"
)

// KZ is the time zone of Kazakhstan: one zone, UTC+5, since March 2024.
var KZ = time.FixedZone("UTC+5", 5*60*60)

// Date is a civil date (no time of day), as deadlines and receipt dates are
// counted. The zero Date is "no date". It is stored and sent as "YYYY-MM-DD".
type Date struct {
	t time.Time // midnight UTC of the date
}

// NewDate returns the date y-m-d, normalising out-of-range values as time.Date does.
func NewDate(y int, m time.Month, d int) Date {
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the date in Kazakhstan at the instant t.
func DateOf(t time.Time) Date {
	y, m, d := t.In(KZ).Date()
	return NewDate(y, m, d)
}

// ParseDate parses "YYYY-MM-DD" and refuses anything else, including
// impossible dates such as 2025-02-30.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// MustDate is ParseDate for constants in code and tests; it panics on bad input.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func (d Date) IsZero() bool                 { return d.t.IsZero() }
func (d Date) Year() int                    { return d.t.Year() }
func (d Date) Month() time.Month            { return d.t.Month() }
func (d Date) Day() int                     { return d.t.Day() }
func (d Date) Weekday() time.Weekday        { return d.t.Weekday() }
func (d Date) AddDays(n int) Date           { return Date{d.t.AddDate(0, 0, n)} }
func (d Date) AddMonths(n int) Date         { return Date{d.t.AddDate(0, n, 0)} }
func (d Date) Before(o Date) bool           { return d.t.Before(o.t) }
func (d Date) After(o Date) bool            { return d.t.After(o.t) }
func (d Date) Equal(o Date) bool            { return d.t.Equal(o.t) }
func (d Date) Compare(o Date) int           { return d.t.Compare(o.t) }
func (d Date) DaysUntil(o Date) int         { return int(o.t.Sub(d.t).Hours() / 24) }
func (d Date) MonthKey() string             { return d.t.Format("2006-01") }
func (d Date) Start() time.Time             { return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, KZ) }
func (d Date) Weekend() bool                { w := d.t.Weekday(); return w == time.Saturday || w == time.Sunday }
func (d Date) GoString() string             { return "senim.MustDate(" + strconv.Quote(d.String()) + ")" }
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Value stores a Date as text, NULL when zero.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan reads a Date stored as text (or as a timestamp by a driver that
// converts DATE columns).
func (d *Date) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*d = Date{}
		return nil
	case string:
		return d.UnmarshalText([]byte(x))
	case []byte:
		return d.UnmarshalText(x)
	case time.Time:
		y, m, dd := x.Date()
		*d = NewDate(y, m, dd)
		return nil
	}
	return fmt.Errorf("cannot scan %T into Date", v)
}
