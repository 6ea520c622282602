package senim

import (
	"context"
	"time"
)

// Month is a calendar month, the grain of statistics: "2026-03".
type Month struct {
	Year  int
	Month time.Month
}

// ParseMonth parses "YYYY-MM".
func ParseMonth(s string) (Month, error) {
	t, err := time.Parse("2006-01", s)
	if err != nil {
		return Month{}, Invalid("", "month")
	}
	return Month{t.Year(), t.Month()}, nil
}

// MonthOf returns the month of a date.
func MonthOf(d Date) Month { return Month{d.Year(), d.Month()} }

func (m Month) String() string { return NewDate(m.Year, m.Month, 1).MonthKey() }

// First and Last return the month's first and last days.
func (m Month) First() Date { return NewDate(m.Year, m.Month, 1) }
func (m Month) Last() Date  { return NewDate(m.Year, m.Month+1, 0) }

// Next returns the month after m.
func (m Month) Next() Month { return MonthOf(m.First().AddMonths(1)) }

// Before reports whether m comes before o.
func (m Month) Before(o Month) bool {
	return m.Year < o.Year || (m.Year == o.Year && m.Month < o.Month)
}

// StatsFilter selects the appeals that statistics count: those received in
// the months From–To (inclusive) on the territory's subtree.
type StatsFilter struct {
	Territory KATO
	From, To  Month
	Today     Date // the day against which overdue is judged; today when zero
}

// Stats are the figures of a territory for a period. Shares are of the
// appeals received in the period.
type Stats struct {
	Territory      KATO             `json:"territory"`
	From           string           `json:"from"`
	To             string           `json:"to"`
	Received       int64            `json:"received"`
	ByCategory     map[string]int64 `json:"by_category"`
	ByChannel      map[string]int64 `json:"by_channel"`
	ByStatus       map[string]int64 `json:"by_status"`
	ByOutcome      map[string]int64 `json:"by_outcome"`
	Solved         int64            `json:"solved"`       // closed as solved positively
	SolvedShare    float64          `json:"solved_share"` // Solved / Received
	UnderControl   int64            `json:"under_control"`
	Overdue        int64            `json:"overdue"`
	Answered       int64            `json:"answered"`
	AnsweredOnTime int64            `json:"answered_on_time"`
	AvgAnswerDays  float64          `json:"avg_answer_days"` // working days, over the answered
	Ratings        int64            `json:"ratings"`
	Satisfaction   float64          `json:"satisfaction"` // mean rating 1–5, 0 with no ratings
	ByMonth        []MonthCount     `json:"by_month"`
	// Receptions of citizens held in the period's months, and their visitors.
	ReceptionsHeld    int64 `json:"receptions_held"`
	ReceptionVisitors int64 `json:"reception_visitors"`
}

// MonthCount is the number of appeals received in one month.
type MonthCount struct {
	Month    string `json:"month"`
	Received int64  `json:"received"`
	Solved   int64  `json:"solved"`
}

// StatsService computes statistics from running totals.
type StatsService interface {
	AppealStats(ctx context.Context, f StatsFilter) (*Stats, error)
}
