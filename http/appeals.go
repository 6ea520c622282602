package http

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// appealRequest is the body of POST /api/v1/appeals.
type appealRequest struct {
	Applicant struct {
		Name    string `json:"name"`
		IIN     string `json:"iin"`
		Phone   string `json:"phone"`
		Email   string `json:"email"`
		Address string `json:"address"`
	} `json:"applicant"`
	Territory      string `json:"territory"`
	Category       string `json:"category"`
	Text           string `json:"text"`
	Channel        string `json:"channel"`
	ConsentPublish bool   `json:"consent_publish"`
	ReceivedAt     string `json:"received_at"`
	Office         string `json:"office"`
}

// input is the request as the domain takes it.
func (req *appealRequest) input() senim.AppealInput {
	return senim.AppealInput{
		Applicant: senim.Applicant{Name: req.Applicant.Name, IIN: req.Applicant.IIN, Phone: req.Applicant.Phone,
			Email: req.Applicant.Email, Address: req.Applicant.Address},
		Territory: req.Territory, Category: req.Category, Text: req.Text, Channel: req.Channel,
		ConsentPublish: req.ConsentPublish, ReceivedOn: req.ReceivedAt, Office: req.Office,
	}
}

// createdAppeal is the answer to a submission.
type createdAppeal struct {
	ID           string       `json:"id"`
	Number       string       `json:"number"`
	TrackingCode string       `json:"tracking_code"`
	Status       senim.Status `json:"status"`
	Deadline     senim.Date   `json:"deadline"`
}

func (s *Server) createAppeal(w http.ResponseWriter, r *http.Request) {
	actor := senim.ActorFrom(r.Context())
	if !actor.IsStaff() && !s.limiter.Allow(s.clientIP(r)) {
		s.error(w, r, senim.Errorf(senim.ETOOMANY, "rate_limited"))
		return
	}
	var req appealRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	if actor.IsStaff() && !actor.CanHandleAppeals() {
		s.error(w, r, senim.Errorf(senim.EFORBIDDEN, "forbidden"))
		return
	}
	a, code, err := s.db.CreateAppeal(r.Context(), req.input())
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, createdAppeal{ID: a.ID, Number: a.Number, TrackingCode: code, Status: a.Status, Deadline: a.Deadline})
}

// appealView is an appeal as staff see it.
type appealView struct {
	ID             string          `json:"id"`
	Number         string          `json:"number"`
	Office         string          `json:"office"`
	Territory      senim.KATO      `json:"territory"`
	Category       string          `json:"category"`
	Channel        senim.Channel   `json:"channel"`
	Applicant      senim.Applicant `json:"applicant"`
	Text           string          `json:"text"`
	ConsentPublish bool            `json:"consent_publish"`
	Status         senim.Status    `json:"status"`
	StatusName     string          `json:"status_name"`
	Outcome        senim.Outcome   `json:"outcome,omitempty"`
	ReceivedOn     senim.Date      `json:"received_on"`
	Deadline       senim.Date      `json:"deadline"`
	ForwardBy      senim.Date      `json:"forward_by"`
	Overdue        bool            `json:"overdue"`
	ForwardLate    bool            `json:"forward_late"`
	Body           string          `json:"body,omitempty"`
	AnsweredOn     *senim.Date     `json:"answered_on,omitempty"`
	ClosedOn       *senim.Date     `json:"closed_on,omitempty"`
	AnswerDays     int             `json:"answer_days"`
	Extended       bool            `json:"extended"`
	Rating         int             `json:"rating,omitempty"`
	Reception      string          `json:"reception,omitempty"`
	Official       string          `json:"official,omitempty"`
	CreatedAt      string          `json:"created_at"`
	UpdatedAt      string          `json:"updated_at"`
	Version        int             `json:"version"`
	Allowed        []senim.Action  `json:"allowed_actions"`
	History        []eventView     `json:"history,omitempty"`
}

// eventView is one entry of an appeal's history.
type eventView struct {
	Seq        int             `json:"seq"`
	Action     senim.Action    `json:"action"`
	ActionName string          `json:"action_name"`
	Actor      string          `json:"actor,omitempty"`
	At         string          `json:"at"`
	From       senim.Status    `json:"from,omitempty"`
	To         senim.Status    `json:"to"`
	Data       senim.EventData `json:"data"`
}

func datePtr(d senim.Date) *senim.Date {
	if d.IsZero() {
		return nil
	}
	return &d
}

// rfc3339 writes an instant in Kazakhstan time.
const rfc3339 = "2006-01-02T15:04:05-07:00"

func (s *Server) viewAppeal(r *http.Request, a *senim.Appeal) appealView {
	l := lang(r)
	today := senim.DateOf(s.db.Now())
	v := appealView{
		ID: a.ID, Number: a.Number, Office: a.OfficeID, Territory: a.Territory, Category: a.Category, Channel: a.Channel,
		Applicant: a.Applicant, Text: a.Text, ConsentPublish: a.ConsentPublish, Status: a.Status,
		StatusName: i18n.T(l, "status."+string(a.Status), nil), Outcome: a.Outcome, ReceivedOn: a.ReceivedOn,
		Deadline: a.Deadline, ForwardBy: a.ForwardBy, Overdue: a.Overdue(today), ForwardLate: a.ForwardLate(today), Body: a.BodyID,
		AnsweredOn: datePtr(a.AnsweredOn), ClosedOn: datePtr(a.ClosedOn), AnswerDays: a.AnswerDays, Extended: a.Extended,
		Rating: a.Rating, Reception: a.ReceptionID, Official: a.OfficialID, CreatedAt: a.CreatedAt.In(senim.KZ).Format(rfc3339), UpdatedAt: a.UpdatedAt.In(senim.KZ).Format(rfc3339),
		Version: a.Version, Allowed: a.Allowed(senim.ActorFrom(r.Context())),
	}
	if v.Allowed == nil {
		v.Allowed = []senim.Action{}
	}
	for _, e := range a.Events {
		v.History = append(v.History, viewEvent(l, e))
	}
	return v
}

func viewEvent(l string, e *senim.Event) eventView {
	return eventView{Seq: e.Seq, Action: e.Action, ActionName: i18n.T(l, "action."+string(e.Action), nil), Actor: e.Actor,
		At: e.At.In(senim.KZ).Format(rfc3339), From: e.From, To: e.To, Data: e.Data}
}

func (s *Server) getAppeal(w http.ResponseWriter, r *http.Request) {
	a, err := s.db.FindAppeal(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, s.viewAppeal(r, a))
}

// appealList is one page of a staff list.
type appealList struct {
	Appeals []appealView `json:"appeals"`
	Next    string       `json:"next,omitempty"`
}

func (s *Server) listAppeals(w http.ResponseWriter, r *http.Request) {
	f, err := appealFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	page, err := s.db.FindAppeals(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := appealList{Appeals: make([]appealView, 0, len(page.Appeals)), Next: page.Next}
	for _, a := range page.Appeals {
		out.Appeals = append(out.Appeals, s.viewAppeal(r, a))
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, out)
}

// appealFilter reads the list's filters from the query string; each bad
// value is reported with the parameter's name.
func appealFilter(q url.Values) (senim.AppealFilter, error) {
	var f senim.AppealFilter
	var p senim.Problems
	bad := func(param string) { p.Add(senim.Invalid(param, "query.param", "param", param)) }
	if v := q.Get("territory"); v != "" {
		k, err := senim.ParseKATO(v)
		if err != nil {
			bad("territory")
		}
		f.Territory = &k
	}
	for _, v := range q["status"] {
		for _, st := range strings.Split(v, ",") {
			if !slices.Contains(senim.Statuses, senim.Status(st)) {
				bad("status")
			}
			f.Status = append(f.Status, senim.Status(st))
		}
	}
	if v := q.Get("category"); v != "" {
		f.Category = &v
	}
	if v := q.Get("channel"); v != "" {
		ch := senim.Channel(v)
		if !slices.Contains(senim.Channels, ch) {
			bad("channel")
		}
		f.Channel = &ch
	}
	if v := q.Get("office"); v != "" {
		f.Office = &v
	}
	if v := q.Get("overdue"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			bad("overdue")
		}
		f.Overdue = &b
	}
	periodParams(q, senim.ParseDate, &f.From, &f.To, bad)
	f.Query = q.Get("q")
	switch o := q.Get("order"); o {
	case "", "received", "deadline":
		f.Order = o
	default:
		bad("order")
	}
	f.After = q.Get("after")
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 200 {
			bad("limit")
		}
		f.Limit = n
	}
	return f, p.Err()
}

// changeRequest is the body of POST …/events: one action with its data.
type changeRequest struct {
	Action     string `json:"action"`
	Body       string `json:"body"`
	LetterNo   string `json:"letter_no"`
	LetterDate string `json:"letter_date"`
	Text       string `json:"text"`
	Outcome    string `json:"outcome"`
	Deadline   string `json:"deadline"`
	Rating     int    `json:"rating"`
	Version    int    `json:"version"`
	Code       string `json:"code"` // the tracking code, for the applicant's own changes
}

func (req changeRequest) change() (senim.Change, error) {
	c := senim.Change{Action: senim.Action(req.Action), Body: req.Body, LetterNo: req.LetterNo, Text: req.Text,
		Outcome: senim.Outcome(req.Outcome), Rating: req.Rating, Version: req.Version}
	var p senim.Problems
	if req.LetterDate != "" {
		d, err := senim.ParseDate(req.LetterDate)
		if err != nil {
			p.Add(senim.Invalid("letter_date", "date"))
		}
		c.LetterDate = d
	}
	if req.Deadline != "" {
		d, err := senim.ParseDate(req.Deadline)
		if err != nil {
			p.Add(senim.Invalid("deadline", "date"))
		}
		c.Deadline = d
	}
	return c, p.Err()
}

// readChange reads the body of POST …/events.
func readChange(w http.ResponseWriter, r *http.Request) (changeRequest, senim.Change, error) {
	var req changeRequest
	if err := decode(w, r, &req); err != nil {
		return req, senim.Change{}, err
	}
	c, err := req.change()
	return req, c, err
}

func (s *Server) changeAppeal(w http.ResponseWriter, r *http.Request) {
	_, c, err := readChange(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	a, err := s.db.ChangeAppeal(r.Context(), r.PathValue("id"), c)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, s.viewAppeal(r, a))
}
