package senim

import (
	"context"
	"fmt"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Terms of the Administrative Procedural Code (art. 76), in working days.
const (
	DefaultAnswerDays = 15 // an appeal is answered within 15 working days of receipt
	MaxAnswerDays     = 40 // a category may set its own term, up to this
	ForwardDays       = 3  // an appeal for another body is forwarded within 3 working days
	NotifyDays        = 3  // the applicant is told of an extension within 3 working days
	MaxTermMonths     = 2  // an extended term never runs past two months from receipt in all
)

// Status is where an appeal stands in its lifecycle.
type Status string

const (
	StatusRegistered Status = "registered" // taken in by the office
	StatusInWork     Status = "in_work"    // an operator works on it
	StatusForwarded  Status = "forwarded"  // sent to an executive body: under control
	StatusAnswered   Status = "answered"   // the body's answer is in
	StatusClosed     Status = "closed"     // ended with an outcome
)

// Statuses lists every status in lifecycle order.
var Statuses = []Status{StatusRegistered, StatusInWork, StatusForwarded, StatusAnswered, StatusClosed}

// OpenStatuses are the statuses of appeals that wait for an answer.
var OpenStatuses = []Status{StatusRegistered, StatusInWork, StatusForwarded}

// Open reports whether the appeal still waits for an answer, so that its
// deadline can pass.
func (s Status) Open() bool { return slices.Contains(OpenStatuses, s) }

// Outcome is how a closed appeal ended.
type Outcome string

const (
	OutcomeSolved       Outcome = "solved"        // solved positively
	OutcomeExplained    Outcome = "explained"     // explanation given
	OutcomeRefused      Outcome = "refused"       // refused
	OutcomeWithdrawn    Outcome = "withdrawn"     // withdrawn by the applicant
	OutcomeNotCompetent Outcome = "not_competent" // not within competence
)

// Outcomes lists every outcome.
var Outcomes = []Outcome{OutcomeSolved, OutcomeExplained, OutcomeRefused, OutcomeWithdrawn, OutcomeNotCompetent}

// Channel is how an appeal arrived.
type Channel string

const (
	ChannelVisit     Channel = "visit"     // walk-in at the office
	ChannelPhone     Channel = "phone"     // by telephone
	ChannelLetter    Channel = "letter"    // by post; registered with the date it arrived
	ChannelWeb       Channel = "web"       // the public web form
	ChannelReception Channel = "reception" // at a deputy's or official's reception
	ChannelAPI       Channel = "api"       // from another system
)

// Channels lists every channel.
var Channels = []Channel{ChannelVisit, ChannelPhone, ChannelLetter, ChannelWeb, ChannelReception, ChannelAPI}

// Applicant is the person who appeals. Everything here is personal data: it
// never reaches a public page or an open API.
type Applicant struct {
	Name    string `json:"name"`
	IIN     string `json:"iin,omitempty"`
	Phone   string `json:"phone,omitempty"`
	Email   string `json:"email,omitempty"`
	Address string `json:"address,omitempty"`
}

// Masked returns the applicant with IIN, phone, e-mail and address hidden
// but for a few characters, for roles that need no personal data.
func (p Applicant) Masked() Applicant {
	address := ""
	if p.Address != "" {
		address = "•••" // not even its length
	}
	return Applicant{Name: p.Name, IIN: mask(p.IIN, 2, 2), Phone: mask(p.Phone, 4, 2), Email: maskEmail(p.Email), Address: address}
}

func mask(s string, head, tail int) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	if len(r) <= head+tail {
		return strings.Repeat("•", len(r))
	}
	return string(r[:head]) + strings.Repeat("•", len(r)-head-tail) + string(r[len(r)-tail:])
}

func maskEmail(s string) string {
	at := strings.LastIndexByte(s, '@')
	if at < 0 {
		return mask(s, 0, 0)
	}
	return mask(s[:at], 1, 0) + s[at:]
}

// Appeal is a citizen's appeal to a public reception office.
type Appeal struct {
	ID             string    `json:"id"`
	Number         string    `json:"number"` // human-readable, unique per office and year: "3501-2026-00042"
	OfficeID       string    `json:"office"`
	Territory      KATO      `json:"territory"`
	Category       string    `json:"category"`
	Channel        Channel   `json:"channel"`
	Applicant      Applicant `json:"applicant"`
	Text           string    `json:"text"`
	ConsentPublish bool      `json:"consent_publish"`
	Status         Status    `json:"status"`
	Outcome        Outcome   `json:"outcome,omitempty"`
	ReceivedOn     Date      `json:"received_on"`
	Deadline       Date      `json:"deadline"`
	ForwardBy      Date      `json:"forward_by"` // the last day to forward it to another body
	BodyID         string    `json:"body,omitempty"`
	AnsweredOn     Date      `json:"answered_on,omitzero"`
	ClosedOn       Date      `json:"closed_on,omitzero"`
	AnswerDays     int       `json:"answer_days,omitempty"` // working days from receipt to answer
	Extended       bool      `json:"extended"`
	Rating         int       `json:"rating,omitempty"`    // the applicant's satisfaction, 1–5
	ReceptionID    string    `json:"reception,omitempty"` // the reception it was brought to
	OfficialID     string    `json:"official,omitempty"`  // the official who held that reception
	CreatedAt      time.Time `json:"created_at"`
	UpdatedAt      time.Time `json:"updated_at"`
	Version        int       `json:"version"`
	Events         []*Event  `json:"history,omitempty"`
}

// AppealNumber returns the human-readable number of an appeal: the office's
// code, the year of receipt and the office's running number for that year,
// "3501-2026-00042".
func AppealNumber(officeCode string, year, seq int) string {
	return fmt.Sprintf("%s-%d-%05d", officeCode, year, seq)
}

// ParseAppealNumber returns the running number of an appeal number, which
// must be of the office and the year given.
func ParseAppealNumber(number, officeCode string, year int) (int, error) {
	rest, ok := strings.CutPrefix(number, officeCode+"-"+strconv.Itoa(year)+"-")
	n, err := strconv.Atoi(rest)
	if !ok || err != nil || n < 1 {
		return 0, Invalid("number", "appeal.number", "number", number)
	}
	return n, nil
}

// ForwardLate reports whether the appeal has not gone to a body by the third
// working day after receipt, the term for an appeal that belongs to another
// body.
func (a *Appeal) ForwardLate(today Date) bool {
	return (a.Status == StatusRegistered || a.Status == StatusInWork) && a.ForwardBy.Before(today)
}

// Overdue reports whether the appeal still waits for an answer after its deadline.
func (a *Appeal) Overdue(today Date) bool {
	return a.Status.Open() && a.Deadline.Before(today)
}

// UnderControl reports whether the appeal is with an executive body, which
// the party keeps under control until it answers.
func (a *Appeal) UnderControl() bool { return a.Status == StatusForwarded }

// AppealInput is what a caller sends to register an appeal.
type AppealInput struct {
	Applicant      Applicant
	Territory      string
	Category       string
	Text           string
	Channel        string
	ConsentPublish bool
	ReceivedOn     string // staff only: the date it arrived (a letter's postmark day)
	Office         string // staff only: the office's id or code; by default the territory's office
}

// Limits of an appeal's fields.
const (
	MaxNameLen    = 200
	MaxAddressLen = 500
	MinTextLen    = 10
	MaxTextLen    = 20000
	MaxLetterNo   = 64
)

// NewAppeal checks the input and returns the appeal in its first state, with
// its deadlines counted on cal. The store then checks what only it knows
// (territory, category and office exist) and gives it a number.
func NewAppeal(in AppealInput, actor *Actor, now time.Time, cal *Calendar, answerDays int) (*Appeal, error) {
	var p Problems
	a := &Appeal{Status: StatusRegistered, ConsentPublish: in.ConsentPublish, CreatedAt: now, UpdatedAt: now}

	for field, v := range map[string]string{"applicant.name": in.Applicant.Name, "applicant.address": in.Applicant.Address,
		"applicant.email": in.Applicant.Email, "text": in.Text} {
		p.Add(checkChars(field, v))
	}
	a.Applicant.Name = strings.Join(strings.Fields(in.Applicant.Name), " ")
	switch n := utf8.RuneCountInString(a.Applicant.Name); {
	case n == 0:
		p.Add(Invalid("applicant.name", "required"))
	case n > MaxNameLen:
		p.Add(Invalid("applicant.name", "too_long", "max", MaxNameLen))
	}
	if s := strings.TrimSpace(in.Applicant.IIN); s != "" {
		iin, err := ParseIIN(s)
		p.Add(PrefixField(err, "applicant."))
		if err == nil && iin.BirthDate.After(DateOf(now)) {
			p.Add(Invalid("applicant.iin", "iin.future"))
		}
		a.Applicant.IIN = iin.Number
	}
	if s := strings.TrimSpace(in.Applicant.Phone); s != "" {
		ph, err := NormalizePhone(s)
		p.Add(PrefixField(err, "applicant."))
		a.Applicant.Phone = ph
	}
	if s := strings.TrimSpace(in.Applicant.Email); s != "" {
		if m, err := mail.ParseAddress(s); err != nil || m.Address != s || len(s) > 254 {
			p.Add(Invalid("applicant.email", "email"))
		}
		a.Applicant.Email = s
	}
	a.Applicant.Address = strings.TrimSpace(in.Applicant.Address)
	if utf8.RuneCountInString(a.Applicant.Address) > MaxAddressLen {
		p.Add(Invalid("applicant.address", "too_long", "max", MaxAddressLen))
	}
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else if k == CountryKATO {
		p.Add(Invalid("territory", "territory.country"))
	} else {
		a.Territory = k
	}
	a.Category = strings.TrimSpace(in.Category)
	if a.Category == "" {
		p.Add(Invalid("category", "required"))
	}
	a.Text = strings.TrimSpace(in.Text)
	switch n := utf8.RuneCountInString(a.Text); {
	case n == 0:
		p.Add(Invalid("text", "required"))
	case n < MinTextLen:
		p.Add(Invalid("text", "too_short", "min", MinTextLen))
	case n > MaxTextLen:
		p.Add(Invalid("text", "too_long", "max", MaxTextLen))
	}

	if actor.IsStaff() && !actor.CanHandleAppeals() {
		return nil, Errorf(EFORBIDDEN, "forbidden")
	}
	staff := actor.IsStaff() || actor.Kind == ActorSystem
	switch ch := Channel(strings.TrimSpace(in.Channel)); {
	case ch == "" && staff:
		a.Channel = ChannelAPI
	case ch == "":
		a.Channel = ChannelWeb
	case !slices.Contains(Channels, ch):
		p.Add(Invalid("channel", "channel.unknown", "channel", in.Channel))
	case !staff && ch != ChannelWeb && ch != ChannelAPI:
		p.Add(Invalid("channel", "channel.public"))
	default:
		a.Channel = ch
	}

	today := DateOf(now)
	a.ReceivedOn = today
	if in.ReceivedOn != "" {
		d, err := ParseDate(in.ReceivedOn)
		switch {
		case !staff:
			p.Add(Invalid("received_at", "staff_only"))
		case err != nil:
			p.Add(Invalid("received_at", "date"))
		case d.After(today):
			p.Add(Invalid("received_at", "date.future"))
		case d.Before(today.AddMonths(-12)):
			p.Add(Invalid("received_at", "date.too_old"))
		default:
			a.ReceivedOn = d
		}
	}
	if in.Office != "" && !staff {
		p.Add(Invalid("office", "staff_only"))
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if answerDays <= 0 {
		answerDays = DefaultAnswerDays
	}
	a.Deadline = cal.AddWorkingDays(a.ReceivedOn, answerDays)
	a.ForwardBy = cal.AddWorkingDays(a.ReceivedOn, ForwardDays)
	return a, nil
}

// checkChars refuses text with control characters other than tabs and line
// breaks (a NUL byte, say), which no person types and PostgreSQL refuses.
func checkChars(field, s string) error {
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f || r == utf8.RuneError {
			return Invalid(field, "chars")
		}
	}
	return nil
}

// PrefixField puts a prefix before the field of a domain error and of each
// of its details: where an input sits in a larger one ("directions[0].").
func PrefixField(err error, prefix string) error {
	if e, ok := err.(*Error); ok && (e.Field != "" || len(e.Details) > 0) {
		c := *e
		if e.Field != "" {
			c.Field = prefix + e.Field
		}
		c.Details = make([]*Error, len(e.Details))
		for i, d := range e.Details {
			c.Details[i] = PrefixField(d, prefix).(*Error)
		}
		return &c
	}
	return err
}

// Action is a kind of change to an appeal: each is an event in its history.
type Action string

const (
	ActRegister Action = "register"
	ActTake     Action = "take"    // an operator takes it into work
	ActForward  Action = "forward" // sent to an executive body with an outgoing letter
	ActAnswer   Action = "answer"  // the body's answer recorded
	ActClose    Action = "close"   // closed with an outcome
	ActReopen   Action = "reopen"  // the applicant disagrees: back under control
	ActExtend   Action = "extend"  // the term extended by a reasoned decision
	ActRate     Action = "rate"    // the applicant rates the answer, 1–5
	ActComment  Action = "comment" // an internal note
)

// Change is a requested transition of an appeal.
type Change struct {
	Action     Action  `json:"action"`
	Body       string  `json:"body,omitempty"`       // forward: the executive body's id
	LetterNo   string  `json:"letter_no,omitempty"`  // forward: outgoing letter; answer: the body's letter
	LetterDate Date    `json:"letter_date,omitzero"` // forward, answer
	Text       string  `json:"text,omitempty"`       // answer, close note, reopen and extend reason, comment
	Outcome    Outcome `json:"outcome,omitempty"`    // close
	Deadline   Date    `json:"deadline,omitzero"`    // extend: the new deadline
	Rating     int     `json:"rating,omitempty"`     // rate
	Version    int     `json:"version,omitempty"`    // when set, the change applies only to this version
	BodyName   string  `json:"body_name,omitempty"`  // filled by the store for the history
}

// Event is one entry in an appeal's history, kept forever.
type Event struct {
	ID       string    `json:"id"`
	AppealID string    `json:"-"`
	Seq      int       `json:"seq"`
	Action   Action    `json:"action"`
	Actor    string    `json:"actor"`
	At       time.Time `json:"at"`
	From     Status    `json:"from,omitempty"`
	To       Status    `json:"to"`
	Data     EventData `json:"data"`
}

// EventData is what an event changed, beyond the status.
type EventData struct {
	Body        string  `json:"body,omitempty"`
	BodyName    string  `json:"body_name,omitempty"`
	LetterNo    string  `json:"letter_no,omitempty"`
	LetterDate  Date    `json:"letter_date,omitzero"`
	Text        string  `json:"text,omitempty"`
	Outcome     Outcome `json:"outcome,omitempty"`
	Deadline    Date    `json:"deadline,omitzero"`
	OldDeadline Date    `json:"old_deadline,omitzero"`
	NotifyBy    Date    `json:"notify_by,omitzero"`
	Rating      int     `json:"rating,omitempty"`
	Channel     Channel `json:"channel,omitempty"`
}

// Public returns the event as the applicant and the public may see it:
// what happened and when, the body and the dates, no texts or letters.
func (e *Event) Public() *Event {
	return &Event{Seq: e.Seq, Action: e.Action, At: e.At, From: e.From, To: e.To, Data: EventData{
		BodyName: e.Data.BodyName, Outcome: e.Data.Outcome, Deadline: e.Data.Deadline, Rating: e.Data.Rating, Channel: e.Data.Channel,
	}}
}

// allowed lists, for each action, the statuses it may start from.
var allowed = map[Action][]Status{
	ActTake:    {StatusRegistered},
	ActForward: {StatusRegistered, StatusInWork, StatusForwarded, StatusAnswered},
	ActAnswer:  {StatusForwarded},
	ActClose:   {StatusRegistered, StatusInWork, StatusForwarded, StatusAnswered},
	ActReopen:  {StatusClosed},
	ActExtend:  {StatusRegistered, StatusInWork, StatusForwarded},
	ActRate:    {StatusClosed},
	ActComment: Statuses,
}

// RegisterEvent is the first event of an appeal's history.
func (a *Appeal) RegisterEvent(actor *Actor) *Event {
	return &Event{ID: NewID(), AppealID: a.ID, Seq: 1, Action: ActRegister, Actor: actor.Label(), At: a.CreatedAt,
		To: a.Status, Data: EventData{Deadline: a.Deadline, Channel: a.Channel}}
}

// Allowed lists the actions the actor may take on the appeal now.
func (a *Appeal) Allowed(actor *Actor) []Action {
	var out []Action
	for _, act := range []Action{ActTake, ActForward, ActAnswer, ActClose, ActReopen, ActExtend, ActRate, ActComment} {
		if act == ActRate && (a.Rating != 0 || a.Outcome == OutcomeWithdrawn) {
			continue
		}
		if a.permitted(act, actor) == nil && slices.Contains(allowed[act], a.Status) {
			out = append(out, act)
		}
	}
	return out
}

func (a *Appeal) permitted(act Action, actor *Actor) error {
	if actor.Kind == ActorCitizen {
		if act == ActReopen || act == ActRate {
			return nil
		}
		return Errorf(EFORBIDDEN, "forbidden")
	}
	if act == ActRate {
		return Errorf(EFORBIDDEN, "appeal.rate_citizen")
	}
	if !actor.CanHandleAppeals() || !actor.Sees(a.Territory) {
		return Errorf(EFORBIDDEN, "forbidden")
	}
	return nil
}

// Apply checks the change against the appeal's state and the actor's rights,
// applies it and returns the event to append. On error the appeal is left as
// it was. The caller fills c.BodyName after checking that c.Body exists.
func (a *Appeal) Apply(c Change, actor *Actor, now time.Time, cal *Calendar, answerDays int) (*Event, error) {
	from, ok := allowed[c.Action]
	if !ok {
		return nil, Invalid("action", "action.unknown", "action", string(c.Action))
	}
	if err := a.permitted(c.Action, actor); err != nil {
		return nil, err
	}
	if c.Version != 0 && c.Version != a.Version {
		return nil, Errorf(ECONFLICT, "appeal.version")
	}
	if !slices.Contains(from, a.Status) {
		return nil, Errorf(ECONFLICT, "transition", "action", string(c.Action), "status", string(a.Status))
	}
	if answerDays <= 0 {
		answerDays = DefaultAnswerDays
	}
	today := DateOf(now)
	c.Text = strings.TrimSpace(c.Text)
	c.LetterNo = strings.TrimSpace(c.LetterNo)
	if err := checkChars("text", c.Text); err != nil {
		return nil, err
	}
	if err := checkChars("letter_no", c.LetterNo); err != nil {
		return nil, err
	}
	if utf8.RuneCountInString(c.Text) > MaxTextLen {
		return nil, Invalid("text", "too_long", "max", MaxTextLen)
	}
	if utf8.RuneCountInString(c.LetterNo) > MaxLetterNo {
		return nil, Invalid("letter_no", "too_long", "max", MaxLetterNo)
	}
	checkLetterDate := func(p *Problems) {
		switch {
		case c.LetterDate.IsZero():
			p.Add(Invalid("letter_date", "required"))
		case c.LetterDate.After(today):
			p.Add(Invalid("letter_date", "date.future"))
		case c.LetterDate.Before(a.ReceivedOn):
			p.Add(Invalid("letter_date", "date.before_receipt"))
		}
	}

	next := *a
	ev := &Event{ID: NewID(), AppealID: a.ID, Seq: 0, Action: c.Action, Actor: actor.Label(), At: now, From: a.Status}
	var p Problems
	switch c.Action {
	case ActTake:
		next.Status = StatusInWork
	case ActForward:
		if c.Body == "" {
			p.Add(Invalid("body", "required"))
		}
		if c.LetterNo == "" {
			p.Add(Invalid("letter_no", "required"))
		}
		checkLetterDate(&p)
		next.Status = StatusForwarded
		next.BodyID = c.Body
		// Forwarded again (to another body), it waits for a new answer.
		next.AnsweredOn, next.AnswerDays = Date{}, 0
		ev.Data = EventData{Body: c.Body, BodyName: c.BodyName, LetterNo: c.LetterNo, LetterDate: c.LetterDate, Text: c.Text}
	case ActAnswer:
		if c.Text == "" {
			p.Add(Invalid("text", "required"))
		}
		if !c.LetterDate.IsZero() {
			checkLetterDate(&p)
		}
		next.Status = StatusAnswered
		next.AnsweredOn = today
		next.AnswerDays = cal.WorkingDaysBetween(a.ReceivedOn, today)
		ev.Data = EventData{LetterNo: c.LetterNo, LetterDate: c.LetterDate, Text: c.Text}
	case ActClose:
		switch {
		case c.Outcome == "":
			p.Add(Invalid("outcome", "required"))
		case !slices.Contains(Outcomes, c.Outcome):
			p.Add(Invalid("outcome", "outcome.unknown", "outcome", string(c.Outcome)))
		case a.Status == StatusRegistered || a.Status == StatusForwarded:
			// Only a withdrawal closes an appeal before an answer is in or the office worked on it.
			if c.Outcome != OutcomeWithdrawn {
				return nil, Errorf(ECONFLICT, "appeal.close_unanswered")
			}
		}
		next.Status = StatusClosed
		next.Outcome = c.Outcome
		next.ClosedOn = today
		if next.AnsweredOn.IsZero() && c.Outcome != OutcomeWithdrawn {
			next.AnsweredOn = today
			next.AnswerDays = cal.WorkingDaysBetween(a.ReceivedOn, today)
		}
		ev.Data = EventData{Outcome: c.Outcome, Text: c.Text}
	case ActReopen:
		if c.Text == "" {
			p.Add(Invalid("text", "appeal.reopen_reason"))
		}
		next.Status = StatusInWork
		if a.BodyID != "" {
			next.Status = StatusForwarded // back under the body's control
		}
		next.Outcome, next.ClosedOn, next.AnsweredOn, next.AnswerDays, next.Rating = "", Date{}, Date{}, 0, 0
		next.Deadline = cal.AddWorkingDays(today, answerDays)
		next.Extended = false
		ev.Data = EventData{Text: c.Text, Deadline: next.Deadline, OldDeadline: a.Deadline}
	case ActExtend:
		if c.Text == "" {
			p.Add(Invalid("text", "appeal.extend_reason"))
		}
		limit := cal.EndOfMonths(a.ReceivedOn, MaxTermMonths)
		switch {
		case c.Deadline.IsZero():
			p.Add(Invalid("deadline", "required"))
		case !c.Deadline.After(a.Deadline):
			p.Add(Invalid("deadline", "appeal.extend_earlier", "deadline", a.Deadline))
		case c.Deadline.After(limit):
			p.Add(Invalid("deadline", "appeal.extend_limit", "limit", limit))
		case !cal.IsWorkingDay(c.Deadline):
			p.Add(Invalid("deadline", "date.day_off"))
		}
		next.Deadline = c.Deadline
		next.Extended = true
		ev.Data = EventData{Text: c.Text, Deadline: c.Deadline, OldDeadline: a.Deadline, NotifyBy: cal.AddWorkingDays(today, NotifyDays)}
	case ActRate:
		if c.Rating < 1 || c.Rating > 5 {
			p.Add(Invalid("rating", "appeal.rating"))
		}
		if a.Rating != 0 {
			return nil, Errorf(ECONFLICT, "appeal.rated")
		}
		if a.Outcome == OutcomeWithdrawn {
			return nil, Errorf(ECONFLICT, "appeal.rate_withdrawn")
		}
		next.Rating = c.Rating
		ev.Data = EventData{Rating: c.Rating}
	case ActComment:
		if c.Text == "" {
			p.Add(Invalid("text", "required"))
		}
		ev.Data = EventData{Text: c.Text}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	next.UpdatedAt = now
	next.Version = a.Version + 1
	ev.To = next.Status
	*a = next
	return ev, nil
}

// Counter is one running total that an appeal contributes to, per month of
// receipt and territory (and every territory above it).
type Counter struct {
	Dim string
	Key string
	N   int64
}

// Counter dimensions.
const (
	DimReceived     = "received"      // every appeal
	DimStatus       = "status"        // by current status
	DimCategory     = "category"      // by category
	DimChannel      = "channel"       // by channel
	DimOutcome      = "outcome"       // closed, by outcome
	DimAnswered     = "answered"      // answered (or closed with an answer)
	DimAnswerDays   = "answer_days"   // sum of working days to answer
	DimOnTime       = "on_time"       // answered by the deadline
	DimRatingSum    = "rating_sum"    // sum of satisfaction ratings
	DimRatingN      = "rating_n"      // number of ratings
	DimOpenDeadline = "open_deadline" // still waiting for an answer, by deadline (key: YYYY-MM-DD)
)

// Counters returns the totals this appeal adds in its current state. The
// store subtracts the old state's counters and adds the new ones in the same
// transaction as every change, so statistics never need a scan.
func (a *Appeal) Counters() []Counter {
	cs := make([]Counter, 0, 10)
	cs = append(cs,
		Counter{DimReceived, "", 1},
		Counter{DimStatus, string(a.Status), 1},
		Counter{DimCategory, a.Category, 1},
		Counter{DimChannel, string(a.Channel), 1},
	)
	if a.Status == StatusClosed {
		cs = append(cs, Counter{DimOutcome, string(a.Outcome), 1})
	}
	if !a.AnsweredOn.IsZero() {
		cs = append(cs, Counter{DimAnswered, "", 1}, Counter{DimAnswerDays, "", int64(a.AnswerDays)})
		if !a.AnsweredOn.After(a.Deadline) {
			cs = append(cs, Counter{DimOnTime, "", 1})
		}
	}
	if a.Rating > 0 {
		cs = append(cs, Counter{DimRatingSum, "", int64(a.Rating)}, Counter{DimRatingN, "", 1})
	}
	if a.Status.Open() {
		cs = append(cs, Counter{DimOpenDeadline, a.Deadline.String(), 1})
	}
	return cs
}

// AppealFilter selects appeals for staff lists. Every list is also limited
// to the actor's territory subtree.
type AppealFilter struct {
	Territory *KATO
	Status    []Status
	Category  *string
	Channel   *Channel
	Office    *string
	Reception *string // the visitors' appeals of one reception
	Official  *string // the appeals from one official's receptions
	Overdue   *bool
	From, To  Date   // received on, inclusive
	Query     string // full-text search in the text and the applicant's name
	Order     string // "received" (newest first, default) or "deadline" (overdue first, then by deadline)
	After     string // cursor: the page continues after this position
	Limit     int
}

// PublishedFilter selects appeals whose applicants agreed to publish them,
// for open interfaces such as Open311: nothing else is ever listed there.
type PublishedFilter struct {
	Numbers  []string
	Category *string
	Open     *bool // waiting for an answer or answered (true), closed (false)
	From, To Date  // received on, inclusive
	Limit    int
}

// PersonalDataView records that someone saw an appeal's personal data
// unmasked.
type PersonalDataView struct {
	Actor string    // as in an event's history: "user:login", "apikey:name"
	At    time.Time // UTC
}

// AppealPage is one page of a list.
type AppealPage struct {
	Appeals []*Appeal
	Next    string // cursor for the next page, "" on the last
}

// AppealService keeps appeals.
type AppealService interface {
	// CreateAppeal registers an appeal and returns it with its number and the
	// tracking code, shown to the applicant once (only its hash is kept).
	CreateAppeal(ctx context.Context, in AppealInput) (*Appeal, string, error)
	FindAppeal(ctx context.Context, id string) (*Appeal, error)
	// TrackAppeal finds an appeal by its number and tracking code, for the applicant.
	TrackAppeal(ctx context.Context, number, code string) (*Appeal, error)
	FindAppeals(ctx context.Context, f AppealFilter) (*AppealPage, error)
	// ChangeAppeal applies a change and appends its event in one transaction.
	ChangeAppeal(ctx context.Context, id string, c Change) (*Appeal, error)
}
