package senim

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Council is a public council at a party branch: citizens and experts who
// watch one direction of the programme in one territory, meet, and raise
// the acute issues they find, which the party then takes under control.
type Council struct {
	ID          string           `json:"id"`
	Territory   KATO             `json:"territory"`
	Name        Names            `json:"name"`
	DirectionID string           `json:"direction,omitempty"` // the programme direction it follows
	Created     Date             `json:"created"`
	Members     []*CouncilMember `json:"members,omitempty"`
	Meetings    []*Meeting       `json:"meetings,omitempty"`
}

// CouncilInput is what a caller sends to form a council.
type CouncilInput struct {
	Territory string `json:"territory"`
	Name      Names  `json:"name"`
	Direction string `json:"direction"`
	Created   string `json:"created"`
}

// NewCouncil checks the input; the store checks the territory and that the
// direction belongs to a programme of the council's territory or above.
func NewCouncil(in CouncilInput, today Date) (*Council, error) {
	var p Problems
	c := &Council{Name: in.Name, DirectionID: strings.TrimSpace(in.Direction)}
	c.Name.clean("name", MaxTitleLen, &p)
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else {
		c.Territory = k
	}
	if c.DirectionID != "" && !ValidID(c.DirectionID) {
		p.Add(Invalid("direction", "direction.unknown"))
	}
	if c.Created = requiredDate("created", in.Created, &p); c.Created.After(today) {
		p.Add(Invalid("created", "date.future"))
	}
	return c, p.Err()
}

// CouncilRole is a member's place in a council.
type CouncilRole string

const (
	CouncilChair     CouncilRole = "chair"
	CouncilSecretary CouncilRole = "secretary"
	CouncilMemberOf  CouncilRole = "member"
)

// CouncilRoles lists every role, the chair first.
var CouncilRoles = []CouncilRole{CouncilChair, CouncilSecretary, CouncilMemberOf}

// CouncilMember is a person on a council from Since to Until (zero while on
// it). Council members are public: their names are on the council's page.
type CouncilMember struct {
	ID     string      `json:"id"`
	Person Person      `json:"person"`
	Role   CouncilRole `json:"role"`
	Since  Date        `json:"since"`
	Until  Date        `json:"until,omitzero"`
}

// CouncilMemberInput is what a caller sends to add a member.
type CouncilMemberInput struct {
	Person string `json:"person"` // an existing person's id, or empty for a new person named Name
	Name   string `json:"name"`
	Role   string `json:"role"`
	Since  string `json:"since"`
}

// NewCouncilMember checks a member's input.
func NewCouncilMember(in CouncilMemberInput, today Date) (*CouncilMember, error) {
	var p Problems
	m := &CouncilMember{Role: CouncilRole(strings.TrimSpace(in.Role))}
	m.Person = personOf(in.Person, in.Name, &p)
	if !slices.Contains(CouncilRoles, m.Role) {
		p.Add(Invalid("role", "council.role", "role", string(m.Role)))
	}
	if m.Since = requiredDate("since", in.Since, &p); m.Since.After(today) {
		p.Add(Invalid("since", "date.future"))
	}
	return m, p.Err()
}

// Meeting is a council's sitting with its agenda and minutes.
type Meeting struct {
	ID       string `json:"id"`
	On       Date   `json:"date"`
	Agenda   string `json:"agenda"`
	Minutes  string `json:"minutes,omitempty"`
	File     *File  `json:"file,omitempty"` // the signed minutes
	Attended int    `json:"attended"`
}

// MeetingInput is what a caller sends to record a meeting.
type MeetingInput struct {
	On       string `json:"date"`
	Agenda   string `json:"agenda"`
	Minutes  string `json:"minutes"`
	Attended int    `json:"attended"`
	File     *File  `json:"-"`
}

// Limits of a council's records.
const (
	MaxAgendaLen  = 2000
	MaxMinutesLen = 50000
	MaxAttended   = 500
)

// NewMeeting checks a meeting: held no later than today, not before the
// council was formed.
func NewMeeting(in MeetingInput, c *Council, today Date) (*Meeting, error) {
	var p Problems
	m := &Meeting{Attended: in.Attended, File: in.File}
	if m.On = requiredDate("date", in.On, &p); !m.On.IsZero() {
		switch {
		case m.On.After(today):
			p.Add(Invalid("date", "date.future"))
		case m.On.Before(c.Created):
			p.Add(Invalid("date", "meeting.before_council", "date", c.Created.String()))
		}
	}
	m.Agenda = checkText("agenda", in.Agenda, MaxAgendaLen, true, &p)
	m.Minutes = checkText("minutes", in.Minutes, MaxMinutesLen, false, &p)
	if m.Attended < 0 || m.Attended > MaxAttended {
		p.Add(Invalid("attended", "range", "min", 0, "max", MaxAttended))
	}
	return m, p.Err()
}

// checkText cleans a text of several lines: trimmed, no control characters
// but line breaks and tabs, at most max letters.
func checkText(field, s string, max int, required bool, p *Problems) string {
	if err := checkChars(field, s); err != nil {
		p.Add(err)
		return ""
	}
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	switch n := utf8.RuneCountInString(s); {
	case n == 0 && required:
		p.Add(Invalid(field, "required"))
	case n > max:
		p.Add(Invalid(field, "too_long", "max", max))
	}
	return s
}

// IssueStatus is where an issue under the party's control stands.
type IssueStatus string

const (
	IssueUnderControl IssueStatus = "under_control"
	IssueSolved       IssueStatus = "solved"
	IssueRemoved      IssueStatus = "removed" // taken off control unsolved, with the reason
)

// IssueStatuses lists every status.
var IssueStatuses = []IssueStatus{IssueUnderControl, IssueSolved, IssueRemoved}

// Issue is an acute social issue a public council raised and the party took
// under control: who owns it, by when, where it stands, and the appeals and
// indicators it is about.
type Issue struct {
	ID          string        `json:"id"`
	CouncilID   string        `json:"council"`
	MeetingID   string        `json:"meeting,omitempty"`
	Territory   KATO          `json:"territory"` // where the issue is: the council's or a place below
	Title       string        `json:"title"`
	Description string        `json:"description,omitempty"`
	Owner       string        `json:"owner"` // who answers for it: a deputy, a branch official
	Taken       Date          `json:"taken"`
	Deadline    Date          `json:"deadline"`
	Status      IssueStatus   `json:"status"`
	Closed      Date          `json:"closed,omitzero"`
	Result      string        `json:"result,omitempty"` // what was done, or why it was taken off control
	Appeals     []string      `json:"appeals"`          // numbers of the appeals it is about
	Indicators  []string      `json:"indicators"`       // ids of the indicators it is about
	Version     int           `json:"version"`
	Events      []*IssueEvent `json:"history,omitempty"`
}

// Overdue reports whether the issue is still under control after its deadline.
func (is *Issue) Overdue(today Date) bool {
	return is.Status == IssueUnderControl && today.After(is.Deadline)
}

// IssueInput is what a caller sends to take an issue under control.
type IssueInput struct {
	Meeting     string   `json:"meeting"`
	Territory   string   `json:"territory"` // empty: the council's
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Owner       string   `json:"owner"`
	Taken       string   `json:"taken"` // empty: today
	Deadline    string   `json:"deadline"`
	Appeals     []string `json:"appeals"`
	Indicators  []string `json:"indicators"`
}

// Limits of an issue.
const (
	MaxIssueLinks     = 50
	MaxIssueMonths    = 36 // the longest deadline from the day it was taken
	MaxDescriptionLen = 5000
)

// NewIssue checks an issue raised by council c; the store checks that the
// meeting, appeals and indicators exist.
func NewIssue(in IssueInput, c *Council, today Date) (*Issue, error) {
	var p Problems
	is := &Issue{CouncilID: c.ID, MeetingID: strings.TrimSpace(in.Meeting), Territory: c.Territory, Status: IssueUnderControl}
	if s := strings.TrimSpace(in.Territory); s != "" {
		switch k, err := ParseKATO(s); {
		case err != nil:
			p.Add(err)
		case !c.Territory.Contains(k):
			p.Add(Invalid("territory", "territory.outside", "code", s))
		default:
			is.Territory = k
		}
	}
	is.Title = checkLine("title", in.Title, MaxTitleLen, true, &p)
	is.Description = checkText("description", in.Description, MaxDescriptionLen, false, &p)
	is.Owner = checkLine("owner", in.Owner, MaxNameLen, true, &p)
	is.Taken = today
	if strings.TrimSpace(in.Taken) != "" {
		if is.Taken = requiredDate("taken", in.Taken, &p); is.Taken.After(today) {
			p.Add(Invalid("taken", "date.future"))
		} else if !is.Taken.IsZero() && is.Taken.Before(c.Created) {
			p.Add(Invalid("taken", "meeting.before_council", "date", c.Created.String()))
		}
	}
	if is.Deadline = requiredDate("deadline", in.Deadline, &p); !is.Deadline.IsZero() && !is.Taken.IsZero() {
		switch {
		case is.Deadline.Before(is.Taken):
			p.Add(Invalid("deadline", "issue.deadline_early"))
		case is.Deadline.After(is.Taken.AddMonths(MaxIssueMonths)):
			p.Add(Invalid("deadline", "issue.deadline_far", "max", MaxIssueMonths))
		}
	}
	is.Appeals = cleanList("appeals", in.Appeals, &p)
	is.Indicators = cleanList("indicators", in.Indicators, &p)
	return is, p.Err()
}

// cleanList trims a list of references and drops repeats.
func cleanList(field string, in []string, p *Problems) []string {
	out := []string{}
	for _, s := range in {
		s = strings.TrimSpace(s)
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	if len(out) > MaxIssueLinks {
		p.Add(Invalid(field, "links.many", "max", MaxIssueLinks))
	}
	return out
}

// IssueChange is a change to an issue under control.
type IssueChange struct {
	Action     string   `json:"action"` // solve, remove, extend, link, note
	Result     string   `json:"result"` // what was done (solve), why (remove), the note
	Deadline   string   `json:"deadline"`
	Appeals    []string `json:"appeals"`    // link: added to the issue's
	Indicators []string `json:"indicators"` // link: added to the issue's
	Version    int      `json:"version"`
}

// Issue actions.
const (
	IssueActTake   = "take"
	IssueActSolve  = "solve"
	IssueActRemove = "remove"
	IssueActExtend = "extend"
	IssueActLink   = "link"
	IssueActNote   = "note"
	IssueActReopen = "reopen"
)

// IssueEvent is one entry in an issue's history.
type IssueEvent struct {
	Seq    int         `json:"seq"`
	Action string      `json:"action"`
	Actor  string      `json:"actor,omitempty"`
	At     time.Time   `json:"at"`
	Status IssueStatus `json:"status"`
	Note   string      `json:"note,omitempty"`
}

// Apply returns the issue after the change and the event that records it:
// solved or removed (with what was done or why) while under control, its
// deadline moved later, appeals and indicators linked, a note, or reopened
// once closed.
func (is *Issue) Apply(c IssueChange, today Date) (*Issue, *IssueEvent, error) {
	if c.Version != 0 && c.Version != is.Version {
		return nil, nil, Errorf(ECONFLICT, "version")
	}
	var p Problems
	next := *is
	next.Events = nil
	e := &IssueEvent{Action: c.Action}
	open := is.Status == IssueUnderControl
	switch c.Action {
	case IssueActSolve, IssueActRemove:
		if !open {
			return nil, nil, Errorf(ECONFLICT, "issue.closed")
		}
		next.Result = checkText("result", c.Result, MaxDescriptionLen, true, &p)
		next.Status, next.Closed, e.Note = IssueSolved, today, next.Result
		if c.Action == IssueActRemove {
			next.Status = IssueRemoved
		}
	case IssueActReopen:
		if open {
			return nil, nil, Errorf(ECONFLICT, "issue.open")
		}
		e.Note = checkText("result", c.Result, MaxDescriptionLen, true, &p)
		next.Status, next.Closed, next.Result = IssueUnderControl, Date{}, ""
	case IssueActExtend:
		if !open {
			return nil, nil, Errorf(ECONFLICT, "issue.closed")
		}
		d := requiredDate("deadline", c.Deadline, &p)
		switch {
		case d.IsZero():
		case !d.After(is.Deadline):
			p.Add(Invalid("deadline", "issue.extend_earlier", "date", is.Deadline.String()))
		case d.After(is.Taken.AddMonths(MaxIssueMonths)):
			p.Add(Invalid("deadline", "issue.deadline_far", "max", MaxIssueMonths))
		}
		next.Deadline, e.Note = d, d.String()
	case IssueActLink:
		add := func(have, more []string) []string {
			out := slices.Clone(have)
			for _, s := range more {
				if !slices.Contains(out, s) {
					out = append(out, s)
				}
			}
			return out
		}
		next.Appeals = add(is.Appeals, cleanList("appeals", c.Appeals, &p))
		next.Indicators = add(is.Indicators, cleanList("indicators", c.Indicators, &p))
		if len(next.Appeals) > MaxIssueLinks {
			p.Add(Invalid("appeals", "links.many", "max", MaxIssueLinks))
		}
		if len(next.Indicators) > MaxIssueLinks {
			p.Add(Invalid("indicators", "links.many", "max", MaxIssueLinks))
		}
		if len(next.Appeals) == len(is.Appeals) && len(next.Indicators) == len(is.Indicators) && p.Err() == nil {
			p.Add(Invalid("appeals", "links.none"))
		}
		e.Note = strings.Join(append(c.Appeals, c.Indicators...), ", ")
	case IssueActNote:
		e.Note = checkText("result", c.Result, MaxDescriptionLen, true, &p)
	default:
		return nil, nil, Invalid("action", "action.unknown", "action", c.Action)
	}
	if err := p.Err(); err != nil {
		return nil, nil, err
	}
	next.Version++
	e.Seq, e.Status = next.Version, next.Status
	return &next, e, nil
}

// CouncilFilter selects councils.
type CouncilFilter struct {
	ID        *string
	Territory *KATO   // in this subtree
	On        *KATO   // of this place and its ancestors
	Programme *string // following a direction of this programme
}

// IssueFilter selects issues under control.
type IssueFilter struct {
	ID        *string
	Council   *string
	Territory *KATO
	Status    *IssueStatus
	Overdue   *Date // under control past their deadline on that day
	Limit     int
}

// MaxIssuesPage bounds a page of issues.
const MaxIssuesPage = 500

// IssueStats counts the issues taken under control in a period, by region
// (seed 000: "more than 4,500 acute social issues raised through public
// councils taken under party control in the regions").
type IssueStats struct {
	Territory KATO         `json:"territory"`
	From      Date         `json:"from"`
	To        Date         `json:"to"`
	Total     IssueCounts  `json:"total"`
	Parts     []*IssuePart `json:"parts"`
}

// IssuePart is one part of the territory's figures.
type IssuePart struct {
	Territory KATO   `json:"territory"`
	Name      string `json:"name"`
	IssueCounts
}

// IssueCounts are the figures of a set of issues.
type IssueCounts struct {
	Taken        int `json:"taken"`
	UnderControl int `json:"under_control"`
	Solved       int `json:"solved"`
	Removed      int `json:"removed"`
	Overdue      int `json:"overdue"`
}

// Add counts one more set.
func (c *IssueCounts) Add(o IssueCounts) {
	c.Taken += o.Taken
	c.UnderControl += o.UnderControl
	c.Solved += o.Solved
	c.Removed += o.Removed
	c.Overdue += o.Overdue
}
