package senim

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// ReceptionFormat is how a reception of citizens is held.
type ReceptionFormat string

const (
	FormatInPerson ReceptionFormat = "in_person" // at the reception office
	FormatOnline   ReceptionFormat = "online"    // by video link
	FormatVisiting ReceptionFormat = "visiting"  // a visit to a village or a district
)

// ReceptionFormats lists every format.
var ReceptionFormats = []ReceptionFormat{FormatInPerson, FormatOnline, FormatVisiting}

// ReceptionStatus is where a reception stands.
type ReceptionStatus string

const (
	ReceptionPlanned   ReceptionStatus = "planned"
	ReceptionHeld      ReceptionStatus = "held"
	ReceptionCancelled ReceptionStatus = "cancelled"
)

// ReceptionStatuses lists every status.
var ReceptionStatuses = []ReceptionStatus{ReceptionPlanned, ReceptionHeld, ReceptionCancelled}

// Reception is a reception of citizens by an official at a reception office
// (or online, or on a visit to a village of the office's territory).
// Visitors whose requests need an answer become appeals with the channel
// "reception" linked to it; those answered on the spot are counted in
// Consulted.
type Reception struct {
	ID           string            `json:"id"`
	OfficialID   string            `json:"official"`
	OfficeID     string            `json:"office"`
	Territory    KATO              `json:"territory"` // the office's, or the village visited
	Starts       time.Time         `json:"starts"`
	Ends         time.Time         `json:"ends"`
	Format       ReceptionFormat   `json:"format"`
	Topic        string            `json:"topic,omitempty"`
	Status       ReceptionStatus   `json:"status"`
	Consulted    int               `json:"consulted"` // visitors answered on the spot, without an appeal
	Appeals      int               `json:"appeals"`   // visitors' appeals registered
	CancelReason string            `json:"cancel_reason,omitempty"`
	CreatedAt    time.Time         `json:"created_at"`
	UpdatedAt    time.Time         `json:"updated_at"`
	Version      int               `json:"version"`
	Events       []*ReceptionEvent `json:"history,omitempty"`
}

// Visitors is how many people the reception received.
func (r *Reception) Visitors() int { return r.Consulted + r.Appeals }

// Day is the reception's day in Kazakhstan time.
func (r *Reception) Day() Date { return DateOf(r.Starts) }

// ReceptionEvent is one change in a reception's history.
type ReceptionEvent struct {
	Seq    int             `json:"seq"`
	Action string          `json:"action"` // plan, hold, cancel, visitor
	Actor  string          `json:"actor"`
	At     time.Time       `json:"at"`
	Status ReceptionStatus `json:"status"`
	Note   string          `json:"note,omitempty"` // the reason of a cancellation, a visitor's appeal number
}

// ReceptionInput is what a caller sends to plan a reception. Times are
// local (Kazakhstan) or carry their offset.
type ReceptionInput struct {
	Official  string
	Office    string // id or code
	Territory string // the village visited; by default the office's territory
	Starts    string // "2026-12-01T10:00" or RFC 3339
	Ends      string
	Format    string
	Topic     string
}

// Limits of a reception.
const (
	MaxTopicLen        = 500
	MaxReasonLen       = 500
	MaxReceptionHours  = 12
	MaxConsulted       = 10000
	ReceptionMonthsOld = 12 // how far back a past reception may be recorded
)

// ParseLocalTime reads a date and time as people and forms write it:
// "2026-12-01T10:00" (Kazakhstan time, as an HTML datetime-local field
// sends it), with seconds, with a space instead of T, or RFC 3339 with an
// offset.
func ParseLocalTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, KZ); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// NewReception checks the input and returns the reception as planned. The
// store then checks the official (in post that day), the office and the
// territory, and that the official has no other reception at that time.
func NewReception(in ReceptionInput, now time.Time) (*Reception, error) {
	var p Problems
	r := &Reception{Status: ReceptionPlanned, CreatedAt: now, UpdatedAt: now}
	r.OfficialID = strings.TrimSpace(in.Official)
	if r.OfficialID == "" {
		p.Add(Invalid("official", "required"))
	} else if !ValidID(r.OfficialID) {
		p.Add(Invalid("official", "official.unknown", "id", r.OfficialID))
	}
	r.OfficeID = strings.TrimSpace(in.Office)
	if r.OfficeID == "" {
		p.Add(Invalid("office", "required"))
	}
	starts, ok := ParseLocalTime(in.Starts)
	switch {
	case strings.TrimSpace(in.Starts) == "":
		p.Add(Invalid("starts", "required"))
	case !ok:
		p.Add(Invalid("starts", "datetime"))
	case starts.Before(now.AddDate(0, -ReceptionMonthsOld, 0)):
		p.Add(Invalid("starts", "date.too_old"))
	case starts.After(now.AddDate(1, 0, 0)):
		p.Add(Invalid("starts", "date.too_far"))
	default:
		r.Starts = starts.UTC()
	}
	ends, ok := ParseLocalTime(in.Ends)
	switch {
	case strings.TrimSpace(in.Ends) == "":
		p.Add(Invalid("ends", "required"))
	case !ok:
		p.Add(Invalid("ends", "datetime"))
	case r.Starts.IsZero():
	case !ends.After(r.Starts):
		p.Add(Invalid("ends", "reception.ends_before"))
	case ends.Sub(r.Starts) > MaxReceptionHours*time.Hour:
		p.Add(Invalid("ends", "reception.too_long", "hours", MaxReceptionHours))
	default:
		r.Ends = ends.UTC()
	}
	switch f := ReceptionFormat(strings.TrimSpace(in.Format)); {
	case f == "":
		r.Format = FormatInPerson
	case !slices.Contains(ReceptionFormats, f):
		p.Add(Invalid("format", "reception.format", "format", in.Format))
	default:
		r.Format = f
	}
	if s := strings.TrimSpace(in.Territory); s != "" {
		if k, err := ParseKATO(s); err != nil {
			p.Add(err)
		} else {
			r.Territory = k
		}
	}
	p.Add(checkChars("topic", in.Topic))
	r.Topic = strings.Join(strings.Fields(in.Topic), " ")
	if utf8.RuneCountInString(r.Topic) > MaxTopicLen {
		p.Add(Invalid("topic", "too_long", "max", MaxTopicLen))
	}
	return r, p.Err()
}

// PlaceIn settles the reception's territory against its office's: a
// reception in person or online is on the office's territory; a visit goes
// to a place inside the office's oblast (the office's own territory when
// none is named).
func (r *Reception) PlaceIn(office *Office) error {
	r.OfficeID = office.ID
	switch {
	case r.Territory == "" || r.Format != FormatVisiting && r.Territory == office.Territory:
		r.Territory = office.Territory
	case r.Format != FormatVisiting:
		return Invalid("territory", "reception.territory_visit")
	case !office.Territory.Region().Contains(r.Territory):
		return Invalid("territory", "reception.territory_region")
	}
	return nil
}

// ReceptionChange is a change to a reception: hold it (with the number of
// visitors answered on the spot), or cancel it with a reason.
type ReceptionChange struct {
	Action    string // "hold" or "cancel"
	Consulted int
	Reason    string
	Version   int // the version the caller saw; 0 skips the check
}

// Reception actions.
const (
	ReceptionActPlan    = "plan"
	ReceptionActHold    = "hold"
	ReceptionActCancel  = "cancel"
	ReceptionActVisitor = "visitor"
)

// Apply returns the reception after the change, or why it cannot be made.
// A planned reception is held once it has begun, or cancelled; a held one
// may have its count of visitors answered on the spot corrected.
func (r *Reception) Apply(c ReceptionChange, now time.Time) (*Reception, *ReceptionEvent, error) {
	if c.Version != 0 && c.Version != r.Version {
		return nil, nil, Errorf(ECONFLICT, "reception.version")
	}
	next := *r
	next.Events = nil
	e := &ReceptionEvent{Action: c.Action}
	switch c.Action {
	case ReceptionActHold:
		switch {
		case r.Status == ReceptionCancelled:
			return nil, nil, Errorf(ECONFLICT, "reception.cancelled")
		case r.Starts.After(now):
			return nil, nil, Errorf(ECONFLICT, "reception.not_begun")
		case c.Consulted < 0 || c.Consulted > MaxConsulted:
			return nil, nil, Invalid("consulted", "range", "min", 0, "max", MaxConsulted)
		}
		next.Status, next.Consulted = ReceptionHeld, c.Consulted
	case ReceptionActCancel:
		if err := checkChars("reason", c.Reason); err != nil {
			return nil, nil, err
		}
		reason := strings.Join(strings.Fields(c.Reason), " ")
		switch {
		case r.Status != ReceptionPlanned:
			return nil, nil, Errorf(ECONFLICT, "reception.not_planned")
		case reason == "":
			return nil, nil, Invalid("reason", "required")
		case utf8.RuneCountInString(reason) > MaxReasonLen:
			return nil, nil, Invalid("reason", "too_long", "max", MaxReasonLen)
		}
		next.Status, next.CancelReason, e.Note = ReceptionCancelled, reason, reason
	default:
		return nil, nil, Invalid("action", "action.unknown", "action", c.Action)
	}
	next.UpdatedAt = now
	next.Version++
	e.Seq, e.At, e.Status = next.Version, now, next.Status
	return &next, e, nil
}

// AcceptsVisitors reports why the reception cannot take a visitor's appeal
// now, or nil: it must not be cancelled and must have begun.
func (r *Reception) AcceptsVisitors(now time.Time) error {
	switch {
	case r.Status == ReceptionCancelled:
		return Errorf(ECONFLICT, "reception.cancelled")
	case r.Starts.After(now):
		return Errorf(ECONFLICT, "reception.not_begun")
	}
	return nil
}

// TakeVisitor returns the reception after a visitor's appeal (numbered
// number) was registered at it. A planned reception that takes a visitor
// has evidently been held.
func (r *Reception) TakeVisitor(number string, now time.Time) (*Reception, *ReceptionEvent, error) {
	if err := r.AcceptsVisitors(now); err != nil {
		return nil, nil, err
	}
	next := *r
	next.Events = nil
	next.Status, next.Appeals, next.Version, next.UpdatedAt = ReceptionHeld, r.Appeals+1, r.Version+1, now
	return &next, &ReceptionEvent{Seq: next.Version, Action: ReceptionActVisitor, At: now, Status: next.Status, Note: number}, nil
}

// TotalsPart is what the reception adds to the running totals: one held
// reception and its visitors once held, nothing before or when cancelled.
func (r *Reception) TotalsPart() (held, visitors int) {
	if r.Status != ReceptionHeld {
		return 0, 0
	}
	return 1, r.Visitors()
}

// ReceptionFilter selects receptions.
type ReceptionFilter struct {
	Territory *KATO // the reception's territory lies in this subtree
	Office    *string
	Official  *string
	Status    *ReceptionStatus
	From, To  Date // the reception's day, inclusive; zero: open
	Desc      bool // latest first
	Limit     int
}

// MaxReceptionsPage is the most receptions one list returns.
const MaxReceptionsPage = 500

// ReceptionReportFilter selects the officials and period of a report.
type ReceptionReportFilter struct {
	Territory KATO
	From, To  Date
}

// OfficialReport is one official's line in a report: receptions held against
// the obligation, visitors and their appeals.
type OfficialReport struct {
	Official  *Official        `json:"official"`
	Required  int              `json:"required"`
	Held      int              `json:"held"`
	Planned   int              `json:"planned"`
	Cancelled int              `json:"cancelled"`
	Met       bool             `json:"met"` // Held >= Required
	Visitors  int              `json:"visitors"`
	Appeals   int              `json:"appeals"`
	Outcomes  map[string]int64 `json:"outcomes"` // closed appeals by outcome, and "open"
}

// ReceptionReport is what the officials of a territory did in a period.
type ReceptionReport struct {
	Territory KATO              `json:"territory"`
	From      Date              `json:"from"`
	To        Date              `json:"to"`
	Officials []*OfficialReport `json:"officials"`
	// Totals over the officials.
	Held      int              `json:"held"`
	Planned   int              `json:"planned"`
	Cancelled int              `json:"cancelled"`
	ByFormat  map[string]int64 `json:"by_format"` // held receptions by format
	Visitors  int              `json:"visitors"`
	Appeals   int              `json:"appeals"`
	Outcomes  map[string]int64 `json:"outcomes"`
	Met       int              `json:"met"`       // officials who held what they had to
	HeldNone  int              `json:"held_none"` // officials who held not one
}

// MaxReportMonths bounds a report's period.
const MaxReportMonths = 120

// CheckReportPeriod checks a report's period.
func CheckReportPeriod(from, to Date) error {
	switch {
	case from.IsZero() || to.IsZero():
		return Invalid("from", "required")
	case to.Before(from):
		return Invalid("to", "period.order")
	case to.After(from.AddMonths(MaxReportMonths)):
		return Invalid("to", "period.long", "max", MaxReportMonths)
	}
	return nil
}

// Finish sets each line's Met and the report's totals from the lines.
func (rep *ReceptionReport) Finish() {
	rep.ByFormat, rep.Outcomes = nonNil(rep.ByFormat), map[string]int64{}
	for _, o := range rep.Officials {
		o.Outcomes = nonNil(o.Outcomes)
		o.Met = o.Held >= o.Required
		rep.Held += o.Held
		rep.Planned += o.Planned
		rep.Cancelled += o.Cancelled
		rep.Visitors += o.Visitors
		rep.Appeals += o.Appeals
		for k, n := range o.Outcomes {
			rep.Outcomes[k] += n
		}
		if o.Met {
			rep.Met++
		}
		if o.Held == 0 {
			rep.HeldNone++
		}
	}
}

func nonNil(m map[string]int64) map[string]int64 {
	if m == nil {
		return map[string]int64{}
	}
	return m
}
