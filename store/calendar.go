package store

import (
	"context"

	senim "github.com/senim-kz/senim"
)

// LoadCalendar reads the administrator's transfers and Kurban Ait dates and
// makes them the calendar that deadlines are counted on.
func (db *DB) LoadCalendar(ctx context.Context) error {
	rows, err := db.reader(ctx).Query("SELECT day, kind, note FROM calendar_days ORDER BY day")
	if err != nil {
		return err
	}
	defer rows.Close()
	var transfers []senim.Transfer
	kurban := map[int]senim.Date{}
	for rows.Next() {
		var d senim.Date
		var kind, note string
		if err := rows.Scan(&d, &kind, &note); err != nil {
			return err
		}
		switch kind {
		case "kurban":
			kurban[d.Year()] = d
		default:
			transfers = append(transfers, senim.Transfer{Date: d, Working: kind == "working", Note: note})
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	db.cal.Store(senim.NewCalendar(transfers, kurban))
	return nil
}

// CalendarDay is an administrator's entry in the calendar.
type CalendarDay struct {
	Day  senim.Date `json:"day"`
	Kind string     `json:"kind"` // "working", "off" or "kurban"
	Note string     `json:"note"`
}

// SetCalendarDay records a transfer ("working": a weekend day made working;
// "off": a working day made a day off) or the year's Kurban Ait ("kurban"),
// and reloads the calendar. Deadlines already set are not moved.
func (db *DB) SetCalendarDay(ctx context.Context, d CalendarDay) error {
	if a := senim.ActorFrom(ctx); a.Kind != senim.ActorSystem && a.Role != senim.RoleCentral {
		return senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	if d.Day.IsZero() {
		return senim.Invalid("day", "required")
	}
	if d.Kind != "working" && d.Kind != "off" && d.Kind != "kurban" {
		return senim.Invalid("kind", "calendar.kind")
	}
	err := db.write(ctx, func(tx *Tx) error {
		if d.Kind == "kurban" {
			// One Kurban Ait a year.
			if _, err := tx.Exec("DELETE FROM calendar_days WHERE kind = 'kurban' AND day BETWEEN ? AND ?",
				senim.NewDate(d.Day.Year(), 1, 1), senim.NewDate(d.Day.Year(), 12, 31)); err != nil {
				return err
			}
		}
		_, err := tx.Exec(`INSERT INTO calendar_days (day, kind, note) VALUES (?, ?, ?)
			ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note`, d.Day, d.Kind, d.Note)
		return err
	})
	if err != nil {
		return err
	}
	return db.LoadCalendar(ctx)
}

// CalendarDays lists the administrator's entries for a year.
func (db *DB) CalendarDays(ctx context.Context, year int) ([]CalendarDay, error) {
	rows, err := db.reader(ctx).Query("SELECT day, kind, note FROM calendar_days WHERE day BETWEEN ? AND ? ORDER BY day",
		senim.NewDate(year, 1, 1), senim.NewDate(year, 12, 31))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []CalendarDay{}
	for rows.Next() {
		var d CalendarDay
		if err := rows.Scan(&d.Day, &d.Kind, &d.Note); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
