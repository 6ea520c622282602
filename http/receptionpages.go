package http

import (
	"net/http"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// The pages of receptions of citizens: the public schedule, and for staff
// the receptions of their territory, one reception with its visitors, the
// officials, and the report.

// scheduleView is the public schedule of a territory.
type scheduleView struct {
	Territory   senim.KATO
	Name        string
	Territories []crumb
	Office      string  // an office's code: its schedule only
	Offices     []crumb // the offices of the territory, by code
	Upcoming    []receptionView
	Held        []receptionView
	Days        int64
	Error       string // about the territory
	OfficeError string
}

// scheduleDays is how far ahead the public schedule looks.
const scheduleDays = 60

func (s *Server) schedulePage(w http.ResponseWriter, r *http.Request) {
	v := scheduleView{Territory: senim.CountryKATO, Days: scheduleDays}
	if k, err := territoryParam(r, "territory"); err != nil {
		v.Error = message(lang(r), err.(*senim.Error))
	} else if k != nil {
		v.Territory = *k
	}
	t, err := s.db.FindTerritory(r.Context(), v.Territory)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Name = t.Name(lang(r))
	if v.Territories, err = s.territoryChoices(r, &v.Territory); err != nil {
		s.pageError(w, r, err)
		return
	}
	// An office of the territory narrows the schedule to its receptions.
	offices, err := s.db.FindOffices(r.Context(), senim.OfficeFilter{Territory: &v.Territory})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var office *string
	v.Office = strings.ToUpper(strings.TrimSpace(r.URL.Query().Get("office")))
	for _, o := range offices {
		v.Offices = append(v.Offices, crumb{senim.KATO(o.Code), o.Name(lang(r)) + ", " + o.Address})
		if o.Code == v.Office {
			office = &o.ID
		}
	}
	if v.Office != "" && office == nil {
		v.OfficeError = message(lang(r), senim.Invalid("office", "office.unknown", "office", v.Office))
	}
	today := senim.DateOf(s.db.Now())
	planned, held := senim.ReceptionPlanned, senim.ReceptionHeld
	views, err := s.receptionViews(r,
		senim.ReceptionFilter{Territory: &v.Territory, Office: office, Status: &planned, From: today, To: today.AddDays(scheduleDays), Limit: 200},
		senim.ReceptionFilter{Territory: &v.Territory, Office: office, Status: &held, From: today.AddDays(-30), To: today, Desc: true, Limit: 20})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Upcoming, v.Held = views[0], views[1]
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.render(w, r, http.StatusOK, "schedule", "ui.schedule.title", v)
}

// receptionsView is the staff page of receptions: the schedule of their
// territory and the form to plan one.
type receptionsView struct {
	CanPlan   bool
	Upcoming  []receptionView
	Past      []receptionView
	Officials []crumb
	Offices   []crumb
	Places    []crumb
	Formats   []crumb
	Form      map[string]string
	Errors    map[string]string
	Problem   string
}

func (s *Server) receptionsPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.receptionsView(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "receptions", "ui.receptions.title", v)
}

func (s *Server) receptionsView(r *http.Request) (*receptionsView, error) {
	ctx := r.Context()
	actor := senim.ActorFrom(ctx)
	home := actor.Territory
	l := lang(r)
	today := senim.DateOf(s.db.Now())
	v := &receptionsView{CanPlan: actor.CanHandleAppeals(), Form: map[string]string{}, Errors: map[string]string{}}
	views, err := s.receptionViews(r, senim.ReceptionFilter{Territory: &home, From: today, Limit: 200},
		senim.ReceptionFilter{Territory: &home, To: today.AddDays(-1), Desc: true, Limit: 50})
	if err != nil {
		return nil, err
	}
	v.Upcoming, v.Past = views[0], views[1]
	if !v.CanPlan {
		return v, nil
	}
	officials, err := s.db.FindOfficials(ctx, senim.OfficialFilter{Territory: &home, InPostOn: &today})
	if err != nil {
		return nil, err
	}
	names := s.roleNames(r)
	for _, o := range officials {
		v.Officials = append(v.Officials, crumb{senim.KATO(o.ID), o.Person.Name + " — " + names[o.Role] + ", " + o.Post})
	}
	offices, err := s.db.FindOffices(ctx, senim.OfficeFilter{Territory: &home})
	if err != nil {
		return nil, err
	}
	for _, o := range offices {
		v.Offices = append(v.Offices, crumb{senim.KATO(o.Code), o.Name(l) + ", " + o.Address})
	}
	if v.Places, err = s.territoryChoices(r, nil); err != nil {
		return nil, err
	}
	for _, f := range senim.ReceptionFormats {
		v.Formats = append(v.Formats, crumb{senim.KATO(f), i18n.T(l, "reception.format."+string(f), nil)})
	}
	return v, nil
}

// receptionFormFields are the fields of the form that plans a reception.
var receptionFormFields = []string{"official", "office", "territory", "starts", "ends", "format", "topic"}

func (s *Server) planReception(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	f := map[string]string{}
	for _, name := range receptionFormFields {
		f[name] = r.PostFormValue(name)
	}
	rec, err := s.db.CreateReception(r.Context(), senim.ReceptionInput{Official: f["official"], Office: f["office"],
		Territory: f["territory"], Starts: f["starts"], Ends: f["ends"], Format: f["format"], Topic: f["topic"]})
	if err == nil {
		http.Redirect(w, r, "/staff/receptions/"+rec.ID, http.StatusSeeOther)
		return
	}
	code := senim.ErrorCode(err)
	if code != senim.EINVALID && code != senim.ECONFLICT {
		s.pageError(w, r, err)
		return
	}
	v, verr := s.receptionsView(r)
	if verr != nil {
		s.pageError(w, r, verr)
		return
	}
	v.Form = f
	v.Problem, v.Errors = formErrors(lang(r), err, nil)
	s.render(w, r, statusOf[code], "receptions", "ui.receptions.title", v)
}

// receptionPageView is one reception for staff: what it is, what happened,
// its visitors' appeals, and the forms of what may be done now.
type receptionPageView struct {
	R          receptionView
	CanHold    bool
	CanCancel  bool
	CanVisitor bool
	Visitor    *submitView
	Form       map[string]string
	Errors     map[string]string
	Problem    string
}

func (s *Server) receptionPage(w http.ResponseWriter, r *http.Request) {
	s.showReception(w, r, http.StatusOK, nil)
}

func (s *Server) showReception(w http.ResponseWriter, r *http.Request, status int, v *receptionPageView) {
	rec, err := s.db.FindReception(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	actor := senim.ActorFrom(r.Context())
	if !actor.Sees(rec.Territory) {
		s.notFoundPage(w, r)
		return
	}
	if v == nil {
		v = &receptionPageView{}
	}
	if v.Form == nil {
		v.Form = map[string]string{}
	}
	if v.R, err = s.viewReception(r, rec); err != nil {
		s.pageError(w, r, err)
		return
	}
	now := s.db.Now()
	handles := actor.CanHandleAppeals()
	v.CanHold = handles && rec.Status != senim.ReceptionCancelled && !rec.Starts.After(now)
	v.CanCancel = handles && rec.Status == senim.ReceptionPlanned
	v.CanVisitor = handles && rec.AcceptsVisitors(now) == nil
	if v.CanVisitor {
		if v.Visitor == nil {
			v.Visitor = &submitView{Form: map[string]string{"territory": string(rec.Territory)}, Errors: map[string]string{}}
		}
		if err := s.appealChoices(r, v.Visitor); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	if _, ok := v.Form["consulted"]; !ok {
		v.Form["consulted"] = strconv.Itoa(rec.Consulted)
	}
	s.render(w, r, status, "reception", "ui.reception.title", v)
}

// actOnReception takes the posted form of a reception's page: hold, cancel
// or a visitor's appeal.
func (s *Server) actOnReception(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	action := r.URL.Query().Get("do")
	if action == "visitor" {
		v, ok := s.postedAppealForm(w, r)
		if !ok {
			return
		}
		a, _, err := s.db.AddVisitor(r.Context(), id, v.input())
		switch senim.ErrorCode(err) {
		case "":
			http.Redirect(w, r, "/staff/appeals/"+a.ID, http.StatusSeeOther)
		case senim.EINVALID:
			v.fieldErrors(lang(r), err)
			s.showReception(w, r, http.StatusUnprocessableEntity, &receptionPageView{Visitor: v})
		case senim.ECONFLICT:
			s.showReception(w, r, http.StatusConflict, &receptionPageView{Problem: message(lang(r), err.(*senim.Error))})
		default:
			s.pageError(w, r, err)
		}
		return
	}
	if !s.postedForm(w, r) {
		return
	}
	form := map[string]string{"consulted": r.PostFormValue("consulted"), "reason": r.PostFormValue("reason")}
	c := senim.ReceptionChange{Action: action, Reason: form["reason"]}
	c.Version, _ = strconv.Atoi(r.PostFormValue("version"))
	var err error
	if action == senim.ReceptionActHold {
		if c.Consulted, err = strconv.Atoi(strings.TrimSpace(form["consulted"])); err != nil {
			err = senim.Invalid("consulted", "range", "min", 0, "max", senim.MaxConsulted)
		}
	}
	if err == nil {
		_, err = s.db.ChangeReception(r.Context(), id, c)
	}
	switch code := senim.ErrorCode(err); code {
	case "":
		http.Redirect(w, r, "/staff/receptions/"+id, http.StatusSeeOther)
	case senim.EINVALID, senim.ECONFLICT:
		v := &receptionPageView{Form: form}
		v.Problem, v.Errors = formErrors(lang(r), err, nil)
		s.showReception(w, r, statusOf[code], v)
	default:
		s.pageError(w, r, err)
	}
}

// officialsView is the staff page of the officials of their territory.
type officialsView struct {
	CanAdd      bool
	Officials   []officialView
	Roles       []crumb
	Territories []crumb
	Form        map[string]string
	Errors      map[string]string
	Problem     string
}

func (s *Server) officialsView(r *http.Request) (*officialsView, error) {
	ctx := r.Context()
	actor := senim.ActorFrom(ctx)
	v := &officialsView{CanAdd: actor.CanHandleAppeals(), Form: map[string]string{}, Errors: map[string]string{}}
	list, err := s.db.FindOfficials(ctx, senim.OfficialFilter{Territory: &actor.Territory})
	if err != nil {
		return nil, err
	}
	names := s.roleNames(r)
	for _, o := range list {
		v.Officials = append(v.Officials, viewOfficial(names, o))
	}
	roles, err := s.db.OfficialRoles(ctx)
	if err != nil {
		return nil, err
	}
	for _, role := range roles {
		v.Roles = append(v.Roles, crumb{senim.KATO(role.Code), role.Name(lang(r))})
	}
	if v.Territories, err = s.territoryChoices(r, nil); err != nil {
		return nil, err
	}
	return v, nil
}

func (s *Server) officialsPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.officialsView(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "officials", "ui.officials.title", v)
}

var officialFormFields = []string{"name", "role", "post", "territory", "since"}

func (s *Server) addOfficial(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	f := map[string]string{}
	for _, name := range officialFormFields {
		f[name] = r.PostFormValue(name)
	}
	_, err := s.db.CreateOfficial(r.Context(), senim.OfficialInput{Name: f["name"], Role: f["role"], Post: f["post"],
		Territory: f["territory"], Since: f["since"]})
	if err == nil {
		http.Redirect(w, r, "/staff/officials", http.StatusSeeOther)
		return
	}
	code := senim.ErrorCode(err)
	if code != senim.EINVALID && code != senim.EFORBIDDEN {
		s.pageError(w, r, err)
		return
	}
	v, verr := s.officialsView(r)
	if verr != nil {
		s.pageError(w, r, verr)
		return
	}
	v.Form = f
	v.Problem, v.Errors = formErrors(lang(r), err, nil)
	s.render(w, r, statusOf[code], "officials", "ui.officials.title", v)
}

// reportPageView is the report on receptions of a territory and period.
type reportPageView struct {
	Territories []crumb
	Form        map[string]string
	Errors      map[string]string
	Problem     string
	Report      *senim.ReceptionReport
	Roles       map[string]string
	Name        string
}

func (s *Server) reportPage(w http.ResponseWriter, r *http.Request) {
	today := senim.DateOf(s.db.Now())
	q := r.URL.Query()
	v := &reportPageView{Form: map[string]string{"territory": q.Get("territory"), "from": q.Get("from"), "to": q.Get("to")},
		Errors: map[string]string{}, Roles: s.roleNames(r)}
	f, err := reportFilter(r, today)
	if err == nil {
		v.Report, err = s.db.ReceptionReport(r.Context(), f)
	}
	switch senim.ErrorCode(err) {
	case "":
	case senim.EINVALID:
		v.Problem, v.Errors = formErrors(lang(r), err, filterMessage)
	default:
		s.pageError(w, r, err)
		return
	}
	if v.Form["from"] == "" {
		v.Form["from"] = f.From.String()
	}
	if v.Form["to"] == "" {
		v.Form["to"] = f.To.String()
	}
	chosen := &f.Territory
	if v.Territories, err = s.territoryChoices(r, chosen); err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Form["territory"] == "" {
		v.Form["territory"] = string(f.Territory)
	}
	if t, err := s.db.FindTerritory(r.Context(), f.Territory); err == nil {
		v.Name = t.Name(lang(r))
	}
	status := http.StatusOK
	if v.Problem != "" {
		status = http.StatusUnprocessableEntity
	}
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, status, "report", "ui.report.title", v)
}
