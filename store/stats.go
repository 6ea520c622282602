package store

import (
	"context"

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
	rows, err := db.reader(ctx).Query(`SELECT month, dim, key, n FROM appeal_totals
		WHERE territory = ? AND month BETWEEN ? AND ?`, f.Territory, f.From.String(), f.To.String())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	s := &senim.Stats{Territory: f.Territory, From: f.From.String(), To: f.To.String(),
		ByCategory: map[string]int64{}, ByChannel: map[string]int64{}, ByStatus: map[string]int64{}, ByOutcome: map[string]int64{}}
	months := map[string]*senim.MonthCount{}
	var answerDays, ratingSum int64
	for rows.Next() {
		var month, dim, key string
		var n int64
		if err := rows.Scan(&month, &dim, &key, &n); err != nil {
			return nil, err
		}
		if n == 0 {
			continue
		}
		mc := months[month]
		if mc == nil {
			mc = &senim.MonthCount{Month: month}
			months[month] = mc
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
			answerDays += n
		case senim.DimOnTime:
			s.AnsweredOnTime += n
		case senim.DimRatingSum:
			ratingSum += n
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
	s.Solved = s.ByOutcome[string(senim.OutcomeSolved)]
	s.UnderControl = s.ByStatus[string(senim.StatusForwarded)]
	if s.Received > 0 {
		s.SolvedShare = float64(s.Solved) / float64(s.Received)
	}
	if s.Answered > 0 {
		s.AvgAnswerDays = float64(answerDays) / float64(s.Answered)
	}
	if s.Ratings > 0 {
		s.Satisfaction = float64(ratingSum) / float64(s.Ratings)
	}
	for m := f.From; !f.To.Before(m); m = m.Next() {
		if mc := months[m.String()]; mc != nil {
			s.ByMonth = append(s.ByMonth, *mc)
		} else {
			s.ByMonth = append(s.ByMonth, senim.MonthCount{Month: m.String()})
		}
	}
	return s, nil
}
