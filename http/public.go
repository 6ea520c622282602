package http

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

type named struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

func (s *Server) listCategories(w http.ResponseWriter, r *http.Request) {
	cs, err := s.db.FindCategories(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]named, 0, len(cs))
	for _, c := range cs {
		out = append(out, named{Code: c.Code, Name: c.Name(lang(r))})
	}
	w.Header().Set("Content-Language", lang(r))
	writeJSON(w, http.StatusOK, out)
}

type territoryView struct {
	Code   senim.KATO `json:"code"`
	Parent senim.KATO `json:"parent"`
	Level  int        `json:"level"`
	Name   string     `json:"name"`
}

func (s *Server) listTerritories(w http.ResponseWriter, r *http.Request) {
	parent := senim.CountryKATO
	if v := r.URL.Query().Get("parent"); v != "" {
		k, err := senim.ParseKATO(v)
		if err != nil {
			s.error(w, r, senim.Invalid("parent", "query.param", "param", "parent"))
			return
		}
		parent = k
	}
	ts, err := s.db.FindTerritories(r.Context(), senim.TerritoryFilter{Parent: &parent})
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]territoryView, 0, len(ts))
	for _, t := range ts {
		out = append(out, territoryView{Code: t.Code, Parent: t.Parent, Level: t.Level, Name: t.Name(lang(r))})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getTerritory(w http.ResponseWriter, r *http.Request) {
	k, err := senim.ParseKATO(r.PathValue("code"))
	if err != nil {
		s.error(w, r, senim.NotFound("territory"))
		return
	}
	t, err := s.db.FindTerritory(r.Context(), k)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, territoryView{Code: t.Code, Parent: t.Parent, Level: t.Level, Name: t.Name(lang(r))})
}

// periodParams reads the query parameters from and to, when given, with
// parse into from and to; a value that does not parse is reported by bad
// with the parameter's name.
func periodParams[T any](q url.Values, parse func(string) (T, error), from, to *T, bad func(param string)) {
	periodParamsNamed(q, "from", "to", parse, from, to, bad)
}

// periodParamsNamed is periodParams for parameters with other names.
func periodParamsNamed[T any](q url.Values, fromName, toName string, parse func(string) (T, error), from, to *T, bad func(param string)) {
	for _, p := range []struct {
		name string
		dst  *T
	}{{fromName, from}, {toName, to}} {
		if v := q.Get(p.name); v != "" {
			if d, err := parse(v); err != nil {
				bad(p.name)
			} else {
				*p.dst = d
			}
		}
	}
}

// readTerritory reads the optional KATO query parameter name into dst,
// which keeps its default when none is given; a bad value is recorded in p.
func readTerritory(r *http.Request, name string, dst *senim.KATO, p *senim.Problems) {
	k, err := territoryParam(r, name)
	p.Add(err)
	if k != nil {
		*dst = *k
	}
}

// territoryParam reads an optional KATO query parameter.
func territoryParam(r *http.Request, name string) (*senim.KATO, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return nil, nil
	}
	k, err := senim.ParseKATO(v)
	if err != nil {
		return nil, senim.Invalid(name, "query.param", "param", name)
	}
	return &k, nil
}

type officeView struct {
	ID        string     `json:"id"`
	Code      string     `json:"code"`
	Territory senim.KATO `json:"territory"`
	Name      string     `json:"name"`
	Address   string     `json:"address"`
	Hours     string     `json:"hours"`
	Phone     string     `json:"phone,omitempty"`
	Lat       float64    `json:"lat"`
	Lon       float64    `json:"lon"`
}

func viewOffice(l string, o *senim.Office) officeView {
	return officeView{ID: o.ID, Code: o.Code, Territory: o.Territory, Name: o.Name(l), Address: o.Address,
		Hours: o.Hours, Phone: o.Phone, Lat: o.Lat, Lon: o.Lon}
}

func (s *Server) listOffices(w http.ResponseWriter, r *http.Request) {
	k, err := territoryParam(r, "territory")
	if err != nil {
		s.error(w, r, err)
		return
	}
	os, err := s.db.FindOffices(r.Context(), senim.OfficeFilter{Territory: k})
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]officeView, 0, len(os))
	for _, o := range os {
		out = append(out, viewOffice(lang(r), o))
	}
	writeJSON(w, http.StatusOK, out)
}

type bodyView struct {
	ID        string     `json:"id"`
	Territory senim.KATO `json:"territory"`
	Name      string     `json:"name"`
}

func viewBody(l string, b *senim.Body) bodyView {
	return bodyView{ID: b.ID, Territory: b.Territory, Name: b.Name(l)}
}

func (s *Server) listBodies(w http.ResponseWriter, r *http.Request) {
	k, err := territoryParam(r, "territory")
	if err != nil {
		s.error(w, r, err)
		return
	}
	bs, err := s.db.FindBodies(r.Context(), senim.BodyFilter{Territory: k})
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]bodyView, 0, len(bs))
	for _, b := range bs {
		out = append(out, viewBody(lang(r), b))
	}
	writeJSON(w, http.StatusOK, out)
}

// trackView is what an applicant sees of their appeal: no personal data.
type trackView struct {
	Number     string         `json:"number"`
	Status     senim.Status   `json:"status"`
	StatusName string         `json:"status_name"`
	Outcome    senim.Outcome  `json:"outcome,omitempty"`
	Category   string         `json:"category"`
	ReceivedOn senim.Date     `json:"received_on"`
	Deadline   senim.Date     `json:"deadline"`
	Overdue    bool           `json:"overdue"`
	Rating     int            `json:"rating,omitempty"`
	Allowed    []senim.Action `json:"allowed_actions"`
	History    []eventView    `json:"history"`
}

func (s *Server) viewTracked(r *http.Request, a *senim.Appeal) trackView {
	l := lang(r)
	v := trackView{Number: a.Number, Status: a.Status, StatusName: i18n.T(l, "status."+string(a.Status), nil), Outcome: a.Outcome,
		Category: a.Category, ReceivedOn: a.ReceivedOn, Deadline: a.Deadline, Overdue: a.Overdue(senim.DateOf(s.db.Now())),
		Rating: a.Rating, Allowed: a.Allowed(senim.Citizen), History: []eventView{}}
	if v.Allowed == nil {
		v.Allowed = []senim.Action{}
	}
	for _, e := range a.Events {
		ev := viewEvent(l, e.Public())
		ev.Actor = ""
		v.History = append(v.History, ev)
	}
	return v
}

func (s *Server) trackAppeal(w http.ResponseWriter, r *http.Request) {
	a, err := s.db.TrackAppeal(r.Context(), r.PathValue("number"), r.URL.Query().Get("code"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, s.viewTracked(r, a))
}

// changeTrackedAppeal lets the applicant reopen their appeal or rate the answer.
func (s *Server) changeTrackedAppeal(w http.ResponseWriter, r *http.Request) {
	if !s.limiter.Allow(s.clientIP(r)) {
		s.error(w, r, senim.Errorf(senim.ETOOMANY, "rate_limited"))
		return
	}
	req, c, err := readChange(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ctx := senim.WithActor(r.Context(), senim.Citizen)
	a, err := s.db.ChangeTrackedAppeal(ctx, r.PathValue("number"), req.Code, c)
	if err != nil {
		s.error(w, r.WithContext(ctx), err)
		return
	}
	writeJSON(w, http.StatusOK, s.viewTracked(r, a))
}

// maxMonths is the longest period statistics are asked for at once.
const maxMonths = 240

// stats answers GET /api/v1/stats?territory=&from=YYYY-MM&to=YYYY-MM; the
// period defaults to the current year up to this month.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	f, err := statsFilter(r, senim.DateOf(s.db.Now()), senim.CountryKATO)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if _, err := s.db.FindTerritory(r.Context(), f.Territory); err != nil {
		s.error(w, r, err)
		return
	}
	st, err := s.db.AppealStats(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	writeJSON(w, http.StatusOK, st)
}

// statsFilter reads the territory and the period of statistics from the
// query; the territory defaults to def, the period to the current year up to
// this month. Each bad parameter is reported with its name.
func statsFilter(r *http.Request, today senim.Date, def senim.KATO) (senim.StatsFilter, error) {
	q := r.URL.Query()
	f := senim.StatsFilter{Territory: def, From: senim.Month{Year: today.Year(), Month: time.January}, To: senim.MonthOf(today)}
	var p senim.Problems
	readTerritory(r, "territory", &f.Territory, &p)
	periodParams(q, senim.ParseMonth, &f.From, &f.To, func(name string) { p.Add(senim.Invalid(name, "month")) })
	if err := p.Err(); err != nil {
		return f, err
	}
	if f.To.Before(f.From) {
		return f, senim.Invalid("to", "period.order")
	}
	if months := (f.To.Year-f.From.Year)*12 + int(f.To.Month-f.From.Month) + 1; months > maxMonths {
		return f, senim.Invalid("from", "period.long", "max", maxMonths)
	}
	return f, nil
}

type holidayView struct {
	Date  senim.Date `json:"date"`
	Name  string     `json:"name"`
	Moved bool       `json:"moved"`
}

type calendarView struct {
	Year        int                 `json:"year"`
	Holidays    []holidayView       `json:"holidays"`
	Transfers   []store.CalendarDay `json:"transfers"`
	WorkingDays int                 `json:"working_days"`
}

// calendar answers GET /api/v1/calendar/{year}: holidays, moved days off
// and the administrator's transfers, with the year's number of working days.
func (s *Server) calendar(w http.ResponseWriter, r *http.Request) {
	y, err := strconv.Atoi(r.PathValue("year"))
	if err != nil || y < 2000 || y > 2100 {
		s.error(w, r, senim.Invalid("year", "query.param", "param", "year"))
		return
	}
	cal := s.db.Calendar()
	v := calendarView{Year: y, Holidays: []holidayView{}}
	for _, h := range cal.Holidays(y) {
		v.Holidays = append(v.Holidays, holidayView{Date: h.Date, Name: i18n.T(lang(r), h.Key, nil), Moved: h.Moved})
	}
	v.Transfers, err = s.db.CalendarDays(r.Context(), y)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v.WorkingDays = cal.WorkingDaysBetween(senim.NewDate(y-1, 12, 31), senim.NewDate(y, 12, 31))
	w.Header().Set("Cache-Control", "public, max-age=300")
	writeJSON(w, http.StatusOK, v)
}

// setCalendarDay records a transfer of days or a Kurban Ait date (central office).
func (s *Server) setCalendarDay(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Day  string `json:"day"`
		Kind string `json:"kind"`
		Note string `json:"note"`
	}
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := senim.ParseDate(req.Day)
	if err != nil {
		s.error(w, r, senim.Invalid("day", "date"))
		return
	}
	day := store.CalendarDay{Day: d, Kind: req.Kind, Note: req.Note}
	if err := s.db.SetCalendarDay(r.Context(), day); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, day)
}

// officeRequest is the body of POST /api/v1/offices.
type officeRequest struct {
	Code      string  `json:"code"`
	Territory string  `json:"territory"`
	NameRU    string  `json:"name_ru"`
	NameKK    string  `json:"name_kk"`
	NameEN    string  `json:"name_en"`
	Address   string  `json:"address"`
	Hours     string  `json:"hours"`
	Phone     string  `json:"phone"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
}

// createOffice adds a reception office (branch and central staff, inside their territory).
func (s *Server) createOffice(w http.ResponseWriter, r *http.Request) {
	var req officeRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	o := &senim.Office{Code: req.Code, Territory: senim.KATO(req.Territory), NameRU: req.NameRU, NameKK: req.NameKK, NameEN: req.NameEN,
		Address: req.Address, Hours: req.Hours, Phone: req.Phone, Lat: req.Lat, Lon: req.Lon}
	if err := s.db.CreateOffice(r.Context(), o); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, viewOffice(lang(r), o))
}

// createBody adds an executive body (branch and central staff, inside their territory).
func (s *Server) createBody(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Territory string `json:"territory"`
		NameRU    string `json:"name_ru"`
		NameKK    string `json:"name_kk"`
		NameEN    string `json:"name_en"`
	}
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	b := &senim.Body{Territory: senim.KATO(req.Territory), NameRU: req.NameRU, NameKK: req.NameKK, NameEN: req.NameEN}
	if err := s.db.CreateBody(r.Context(), b); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, viewBody(lang(r), b))
}
