package store

import (
	"context"
	"database/sql"

	senim "github.com/senim-kz/senim"
)

// AppealStats sums the running totals of one territory over whole months:
// it reads a few hundred small rows whatever the number of appeals.
func (db *DB) AppealStats(ctx context.Context, f senim.StatsFilter) (*senim.Stats, error) {
	if f.To.Before(f.From) {
		return nil, senim.Invalid("to", "period.order")
	}
	today := f.Today
	if today.IsZero() {
		today = senim.DateOf(db.Now())
	}
	rows, err := db.reader(ctx).Query(`SELECT territory, month, dim, key, n FROM appeal_totals
		WHERE territory = ? AND month BETWEEN ? AND ?`, f.Territory, f.From.String(), f.To.String())
	if err != nil {
		return nil, err
	}
	out, err := sumTotals(rows, f, today)
	if err != nil {
		return nil, err
	}
	rows, err = db.reader(ctx).Query(`SELECT territory, key, SUM(n) FROM reception_totals
		WHERE territory = ? AND month BETWEEN ? AND ? GROUP BY territory, key`, f.Territory, f.From.String(), f.To.String())
	if err != nil {
		return nil, err
	}
	if err := addReceptionStats(rows, out, f); err != nil {
		return nil, err
	}
	s := out[f.Territory]
	if s == nil {
		s = newStats(f.Territory, f)
	}
	if len(s.ByMonth) == 0 {
		for m := f.From; !f.To.Before(m); m = m.Next() {
			s.ByMonth = append(s.ByMonth, senim.MonthCount{Month: m.String()})
		}
	}
	return s, nil
}

// ChildStats returns the main figures of each territory right below
// f.Territory (the oblasts of the country, the districts of an oblast …),
// in one query: received, by status and outcome (so solved and under
// control) and overdue; not the breakdowns by category or channel.
func (db *DB) ChildStats(ctx context.Context, f senim.StatsFilter) (map[senim.KATO]*senim.Stats, error) {
	if f.To.Before(f.From) {
		return nil, senim.Invalid("to", "period.order")
	}
	today := f.Today
	if today.IsZero() {
		today = senim.DateOf(db.Now())
	}
	rows, err := db.reader(ctx).Query(`SELECT t.territory, t.month, t.dim, t.key, t.n FROM appeal_totals t
		JOIN territories c ON c.code = t.territory
		WHERE c.parent = ? AND c.code <> ? AND t.month BETWEEN ? AND ? AND t.dim IN (?, ?, ?, ?)`,
		f.Territory, f.Territory, f.From.String(), f.To.String(),
		senim.DimReceived, senim.DimStatus, senim.DimOutcome, senim.DimOpenDeadline)
	if err != nil {
		return nil, err
	}
	out, err := sumTotals(rows, f, today)
	if err != nil {
		return nil, err
	}
	rows, err = db.reader(ctx).Query(`SELECT t.territory, t.key, SUM(t.n) FROM reception_totals t
		JOIN territories c ON c.code = t.territory
		WHERE c.parent = ? AND c.code <> ? AND t.month BETWEEN ? AND ? GROUP BY t.territory, t.key`,
		f.Territory, f.Territory, f.From.String(), f.To.String())
	if err != nil {
		return nil, err
	}
	return out, addReceptionStats(rows, out, f)
}

func newStats(k senim.KATO, f senim.StatsFilter) *senim.Stats {
	return &senim.Stats{Territory: k, From: f.From.String(), To: f.To.String(),
		ByCategory: map[string]int64{}, ByChannel: map[string]int64{}, ByStatus: map[string]int64{}, ByOutcome: map[string]int64{}}
}

// sumTotals adds up rows of (territory, month, dim, key, n) into the
// statistics of each territory.
func sumTotals(rows *sql.Rows, f senim.StatsFilter, today senim.Date) (map[senim.KATO]*senim.Stats, error) {
	defer rows.Close()
	type acc struct {
		s                     *senim.Stats
		months                map[string]*senim.MonthCount
		answerDays, ratingSum int64
	}
	all := map[senim.KATO]*acc{}
	for rows.Next() {
		var k senim.KATO
		var month, dim, key string
		var n int64
		if err := rows.Scan(&k, &month, &dim, &key, &n); err != nil {
			return nil, err
		}
		if n == 0 {
			continue
		}
		a := all[k]
		if a == nil {
			a = &acc{s: newStats(k, f), months: map[string]*senim.MonthCount{}}
			all[k] = a
		}
		s := a.s
		mc := a.months[month]
		if mc == nil {
			mc = &senim.MonthCount{Month: month}
			a.months[month] = mc
		}
		switch dim {
		case senim.DimReceived:
			s.Received += n
			mc.Received += n
		case senim.DimStatus:
			s.ByStatus[key] += n
		case senim.DimCategory:
			s.ByCategory[key] += n
		case senim.DimChannel:
			s.ByChannel[key] += n
		case senim.DimOutcome:
			s.ByOutcome[key] += n
			if key == string(senim.OutcomeSolved) {
				mc.Solved += n
			}
		case senim.DimAnswered:
			s.Answered += n
		case senim.DimAnswerDays:
			a.answerDays += n
		case senim.DimOnTime:
			s.AnsweredOnTime += n
		case senim.DimRatingSum:
			a.ratingSum += n
		case senim.DimRatingN:
			s.Ratings += n
		case senim.DimOpenDeadline:
			if key < today.String() {
				s.Overdue += n
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make(map[senim.KATO]*senim.Stats, len(all))
	for k, a := range all {
		s := a.s
		s.Solved = s.ByOutcome[string(senim.OutcomeSolved)]
		s.UnderControl = s.ByStatus[string(senim.StatusForwarded)]
		if s.Received > 0 {
			s.SolvedShare = float64(s.Solved) / float64(s.Received)
		}
		if s.Answered > 0 {
			s.AvgAnswerDays = float64(a.answerDays) / float64(s.Answered)
		}
		if s.Ratings > 0 {
			s.Satisfaction = float64(a.ratingSum) / float64(s.Ratings)
		}
		for m := f.From; !f.To.Before(m); m = m.Next() {
			if mc := a.months[m.String()]; mc != nil {
				s.ByMonth = append(s.ByMonth, *mc)
			} else {
				s.ByMonth = append(s.ByMonth, senim.MonthCount{Month: m.String()})
			}
		}
		out[k] = s
	}
	return out, nil
}
