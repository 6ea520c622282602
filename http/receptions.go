package http

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// The JSON API of receptions of citizens: the kinds of posts and their
// obligations, officials, receptions (public), their visitors (staff) and
// the report (staff).

type roleView struct {
	Code      string       `json:"code"`
	Name      string       `json:"name"`
	PerPeriod int          `json:"per_period"`
	Period    senim.Period `json:"period"`
}

func viewRole(l string, r *senim.OfficialRole) roleView {
	return roleView{Code: r.Code, Name: r.Name(l), PerPeriod: r.PerPeriod, Period: r.Period}
}

func (s *Server) listOfficialRoles(w http.ResponseWriter, r *http.Request) {
	roles, err := s.db.OfficialRoles(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]roleView, 0, len(roles))
	for _, role := range roles {
		out = append(out, viewRole(lang(r), role))
	}
	writeJSON(w, http.StatusOK, out)
}

// obligationRequest is the body of PUT /api/v1/official-roles/{code}.
type obligationRequest struct {
	PerPeriod *int         `json:"per_period"`
	Period    senim.Period `json:"period"`
}

func (s *Server) setObligation(w http.ResponseWriter, r *http.Request) {
	var req obligationRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	if req.PerPeriod == nil {
		s.error(w, r, senim.Invalid("per_period", "required"))
		return
	}
	role, err := s.db.SetObligation(r.Context(), r.PathValue("code"), *req.PerPeriod, req.Period)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewRole(lang(r), role))
}

type officialView struct {
	ID        string       `json:"id"`
	Person    senim.Person `json:"person"`
	Role      string       `json:"role"`
	RoleName  string       `json:"role_name"`
	Post      string       `json:"post"`
	Territory senim.KATO   `json:"territory"`
	Since     senim.Date   `json:"since"`
	Until     *senim.Date  `json:"until,omitempty"`
}

// roleNames returns the names of the kinds of posts in the request's language.
func (s *Server) roleNames(r *http.Request) map[string]string {
	roles, err := s.db.OfficialRoles(r.Context())
	out := map[string]string{}
	if err != nil {
		return out
	}
	for _, role := range roles {
		out[role.Code] = role.Name(lang(r))
	}
	return out
}

func viewOfficial(names map[string]string, o *senim.Official) officialView {
	return officialView{ID: o.ID, Person: o.Person, Role: o.Role, RoleName: names[o.Role], Post: o.Post,
		Territory: o.Territory, Since: o.Since, Until: datePtr(o.Until)}
}

func (s *Server) listOfficials(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var f senim.OfficialFilter
	var p senim.Problems
	k, err := territoryParam(r, "territory")
	p.Add(err)
	f.Territory = k
	if v := q.Get("role"); v != "" {
		f.Role = &v
	}
	if v := q.Get("on"); v != "" {
		if d, err := senim.ParseDate(v); err != nil {
			p.Add(senim.Invalid("on", "query.param", "param", "on"))
		} else {
			f.InPostOn = &d
		}
	}
	if err := p.Err(); err != nil {
		s.error(w, r, err)
		return
	}
	list, err := s.db.FindOfficials(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	names := s.roleNames(r)
	out := make([]officialView, 0, len(list))
	for _, o := range list {
		out = append(out, viewOfficial(names, o))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getOfficial(w http.ResponseWriter, r *http.Request) {
	o, err := s.db.FindOfficial(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewOfficial(s.roleNames(r), o))
}

// officialRequest is the body of POST /api/v1/officials.
type officialRequest struct {
	Person    string `json:"person"`
	Name      string `json:"name"`
	Role      string `json:"role"`
	Post      string `json:"post"`
	Territory string `json:"territory"`
	Since     string `json:"since"`
	Until     string `json:"until"`
}

func (s *Server) createOfficial(w http.ResponseWriter, r *http.Request) {
	var req officialRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	o, err := s.db.CreateOfficial(r.Context(), senim.OfficialInput(req))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, viewOfficial(s.roleNames(r), o))
}

// endOfficialRequest is the body of PATCH /api/v1/officials/{id}.
type endOfficialRequest struct {
	Until string `json:"until"`
}

func (s *Server) endOfficial(w http.ResponseWriter, r *http.Request) {
	var req endOfficialRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := senim.ParseDate(req.Until)
	if err != nil {
		s.error(w, r, senim.Invalid("until", "date"))
		return
	}
	o, err := s.db.EndOfficial(r.Context(), r.PathValue("id"), d)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewOfficial(s.roleNames(r), o))
}

// receptionView is a reception as the schedule shows it, with its official
// and office; staff of its territory also get its visitors' appeals.
type receptionView struct {
	ID           string                `json:"id"`
	Official     receptionOfficial     `json:"official"`
	Office       receptionOffice       `json:"office"`
	Territory    senim.KATO            `json:"territory"`
	Starts       string                `json:"starts"`
	Ends         string                `json:"ends"`
	Format       senim.ReceptionFormat `json:"format"`
	FormatName   string                `json:"format_name"`
	Topic        string                `json:"topic,omitempty"`
	Status       senim.ReceptionStatus `json:"status"`
	StatusName   string                `json:"status_name"`
	Visitors     int                   `json:"visitors"`
	Consulted    int                   `json:"consulted"`
	Appeals      int                   `json:"appeals"`
	CancelReason string                `json:"cancel_reason,omitempty"`
	Version      int                   `json:"version"`
	History      []receptionEventView  `json:"history,omitempty"`
	VisitorList  []visitorView         `json:"visitor_appeals,omitempty"`
}

type receptionOfficial struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Role     string `json:"role"`
	RoleName string `json:"role_name"`
	Post     string `json:"post"`
}

type receptionOffice struct {
	ID      string `json:"id"`
	Code    string `json:"code"`
	Name    string `json:"name"`
	Address string `json:"address"`
}

type receptionEventView struct {
	Seq        int                   `json:"seq"`
	Action     string                `json:"action"`
	ActionName string                `json:"action_name"`
	Actor      string                `json:"actor,omitempty"`
	At         string                `json:"at"`
	Status     senim.ReceptionStatus `json:"status"`
	Note       string                `json:"note,omitempty"`
}

type visitorView struct {
	ID         string        `json:"id"`
	Number     string        `json:"number"`
	Status     senim.Status  `json:"status"`
	StatusName string        `json:"status_name"`
	Outcome    senim.Outcome `json:"outcome,omitempty"`
}

// viewReceptions makes the views of lists of receptions, reading the
// officials, offices and names of roles they need once for all of them.
func (s *Server) viewReceptions(r *http.Request, lists ...[]*senim.Reception) ([][]receptionView, error) {
	ctx, l := r.Context(), lang(r)
	var officialIDs, officeIDs []string
	for _, list := range lists {
		for _, rec := range list {
			officialIDs, officeIDs = append(officialIDs, rec.OfficialID), append(officeIDs, rec.OfficeID)
		}
	}
	officials, offices := map[string]*senim.Official{}, map[string]*senim.Office{}
	if len(officialIDs) > 0 {
		os, err := s.db.FindOfficials(ctx, senim.OfficialFilter{IDs: slices.Compact(slices.Sorted(slices.Values(officialIDs)))})
		if err != nil {
			return nil, err
		}
		for _, o := range os {
			officials[o.ID] = o
		}
		ofs, err := s.db.FindOffices(ctx, senim.OfficeFilter{IDs: slices.Compact(slices.Sorted(slices.Values(officeIDs)))})
		if err != nil {
			return nil, err
		}
		for _, o := range ofs {
			offices[o.ID] = o
		}
	}
	roles := s.roleNames(r)
	out := make([][]receptionView, len(lists))
	for i, list := range lists {
		out[i] = make([]receptionView, 0, len(list))
		for _, rec := range list {
			v := receptionView{ID: rec.ID, Territory: rec.Territory,
				Starts: rec.Starts.In(senim.KZ).Format(rfc3339), Ends: rec.Ends.In(senim.KZ).Format(rfc3339),
				Format: rec.Format, FormatName: i18n.T(l, "reception.format."+string(rec.Format), nil), Topic: rec.Topic,
				Status: rec.Status, StatusName: i18n.T(l, "reception.status."+string(rec.Status), nil),
				Visitors: rec.Visitors(), Consulted: rec.Consulted, Appeals: rec.Appeals, CancelReason: rec.CancelReason, Version: rec.Version}
			if o := officials[rec.OfficialID]; o != nil {
				v.Official = receptionOfficial{ID: o.ID, Name: o.Person.Name, Role: o.Role, RoleName: roles[o.Role], Post: o.Post}
			}
			if o := offices[rec.OfficeID]; o != nil {
				v.Office = receptionOffice{ID: o.ID, Code: o.Code, Name: o.Name(l), Address: o.Address}
			}
			out[i] = append(out[i], v)
		}
	}
	return out, nil
}

// receptionViews finds the receptions of each filter and makes their views.
func (s *Server) receptionViews(r *http.Request, filters ...senim.ReceptionFilter) ([][]receptionView, error) {
	lists := make([][]*senim.Reception, len(filters))
	for i, f := range filters {
		var err error
		if lists[i], err = s.db.FindReceptions(r.Context(), f); err != nil {
			return nil, err
		}
	}
	return s.viewReceptions(r, lists...)
}

// receptionFilter reads a schedule's filters from the query; each bad
// value is reported with the parameter's name.
func receptionFilter(q url.Values) (senim.ReceptionFilter, error) {
	var f senim.ReceptionFilter
	var p senim.Problems
	bad := func(param string) { p.Add(senim.Invalid(param, "query.param", "param", param)) }
	if v := q.Get("territory"); v != "" {
		if k, err := senim.ParseKATO(v); err != nil {
			bad("territory")
		} else {
			f.Territory = &k
		}
	}
	for _, name := range []string{"office", "official"} {
		if v := q.Get(name); v != "" {
			if !senim.ValidID(v) {
				bad(name)
			} else if name == "office" {
				f.Office = &v
			} else {
				f.Official = &v
			}
		}
	}
	if v := q.Get("status"); v != "" {
		st := senim.ReceptionStatus(v)
		if !slices.Contains(senim.ReceptionStatuses, st) {
			bad("status")
		}
		f.Status = &st
	}
	periodParams(q, senim.ParseDate, &f.From, &f.To, bad)
	switch q.Get("order") {
	case "", "asc":
	case "desc":
		f.Desc = true
	default:
		bad("order")
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > senim.MaxReceptionsPage {
			bad("limit")
		}
		f.Limit = n
	}
	return f, p.Err()
}

func (s *Server) listReceptions(w http.ResponseWriter, r *http.Request) {
	f, err := receptionFilter(r.URL.Query())
	if err != nil {
		s.error(w, r, err)
		return
	}
	views, err := s.receptionViews(r, f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := struct {
		Receptions []receptionView `json:"receptions"`
	}{views[0]}
	writeJSON(w, http.StatusOK, out)
}

// viewReception is a whole reception: its history (actors only for staff)
// and, for staff of its territory, its visitors' appeals.
func (s *Server) viewReception(r *http.Request, rec *senim.Reception) (receptionView, error) {
	views, err := s.viewReceptions(r, []*senim.Reception{rec})
	if err != nil {
		return receptionView{}, err
	}
	l := lang(r)
	v := views[0][0]
	actor := senim.ActorFrom(r.Context())
	staff := actor.Sees(rec.Territory)
	for _, e := range rec.Events {
		ev := receptionEventView{Seq: e.Seq, Action: e.Action, ActionName: i18n.T(l, "reception.action."+e.Action, nil),
			At: e.At.In(senim.KZ).Format(rfc3339), Status: e.Status, Note: e.Note}
		if staff {
			ev.Actor = e.Actor
		} else if e.Action == senim.ReceptionActVisitor {
			ev.Note = "" // the appeal's number is the applicant's to share
		}
		v.History = append(v.History, ev)
	}
	if staff && rec.Appeals > 0 {
		page, err := s.db.FindAppeals(r.Context(), senim.AppealFilter{Reception: &rec.ID, Limit: 200})
		if err != nil {
			return v, err
		}
		for _, a := range page.Appeals {
			v.VisitorList = append(v.VisitorList, visitorView{ID: a.ID, Number: a.Number, Status: a.Status,
				StatusName: i18n.T(l, "status."+string(a.Status), nil), Outcome: a.Outcome})
		}
	}
	return v, nil
}

func (s *Server) getReception(w http.ResponseWriter, r *http.Request) {
	rec, err := s.db.FindReception(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := s.viewReception(r, rec)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// receptionRequest is the body of POST /api/v1/receptions.
type receptionRequest struct {
	Official  string `json:"official"`
	Office    string `json:"office"`
	Territory string `json:"territory"`
	Starts    string `json:"starts"`
	Ends      string `json:"ends"`
	Format    string `json:"format"`
	Topic     string `json:"topic"`
}

func (s *Server) createReception(w http.ResponseWriter, r *http.Request) {
	var req receptionRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	rec, err := s.db.CreateReception(r.Context(), senim.ReceptionInput(req))
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeReception(w, r, http.StatusCreated, rec.ID)
}

func (s *Server) writeReception(w http.ResponseWriter, r *http.Request, status int, id string) {
	rec, err := s.db.FindReception(r.Context(), id)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := s.viewReception(r, rec)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, status, v)
}

// receptionChangeRequest is the body of POST /api/v1/receptions/{id}/events.
type receptionChangeRequest struct {
	Action    string `json:"action"`
	Consulted int    `json:"consulted"`
	Reason    string `json:"reason"`
	Version   int    `json:"version"`
}

func (s *Server) changeReception(w http.ResponseWriter, r *http.Request) {
	var req receptionChangeRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	rec, err := s.db.ChangeReception(r.Context(), r.PathValue("id"), senim.ReceptionChange(req))
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.writeReception(w, r, http.StatusOK, rec.ID)
}

func (s *Server) addVisitor(w http.ResponseWriter, r *http.Request) {
	var req appealRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	a, code, err := s.db.AddVisitor(r.Context(), r.PathValue("id"), req.input())
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, createdAppeal{ID: a.ID, Number: a.Number, TrackingCode: code, Status: a.Status, Deadline: a.Deadline})
}

// reportFilter reads a report's territory (by default the caller's) and
// period (by default this year so far).
func reportFilter(r *http.Request, today senim.Date) (senim.ReceptionReportFilter, error) {
	q := r.URL.Query()
	f := senim.ReceptionReportFilter{Territory: senim.ActorFrom(r.Context()).Territory,
		From: senim.NewDate(today.Year(), 1, 1), To: today}
	var p senim.Problems
	readTerritory(r, "territory", &f.Territory, &p)
	periodParams(q, senim.ParseDate, &f.From, &f.To, func(name string) { p.Add(senim.Invalid(name, "date")) })
	if err := p.Err(); err != nil {
		return f, err
	}
	return f, senim.CheckReportPeriod(f.From, f.To)
}

type reportLineView struct {
	Official  officialView     `json:"official"`
	Required  int              `json:"required"`
	Held      int              `json:"held"`
	Planned   int              `json:"planned"`
	Cancelled int              `json:"cancelled"`
	Met       bool             `json:"met"`
	Visitors  int              `json:"visitors"`
	Appeals   int              `json:"appeals"`
	Outcomes  map[string]int64 `json:"outcomes"`
}

type reportView struct {
	Territory senim.KATO       `json:"territory"`
	From      senim.Date       `json:"from"`
	To        senim.Date       `json:"to"`
	Held      int              `json:"held"`
	Planned   int              `json:"planned"`
	Cancelled int              `json:"cancelled"`
	ByFormat  map[string]int64 `json:"by_format"`
	Visitors  int              `json:"visitors"`
	Appeals   int              `json:"appeals"`
	Outcomes  map[string]int64 `json:"outcomes"`
	Officials int              `json:"officials"`
	Met       int              `json:"met"`
	HeldNone  int              `json:"held_none"`
	Lines     []reportLineView `json:"lines"`
	None      []officialView   `json:"officials_without_receptions"`
}

func (s *Server) receptionReport(w http.ResponseWriter, r *http.Request) {
	f, err := reportFilter(r, senim.DateOf(s.db.Now()))
	if err != nil {
		s.error(w, r, err)
		return
	}
	rep, err := s.db.ReceptionReport(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	names := s.roleNames(r)
	out := reportView{Territory: rep.Territory, From: rep.From, To: rep.To, Held: rep.Held, Planned: rep.Planned,
		Cancelled: rep.Cancelled, ByFormat: rep.ByFormat, Visitors: rep.Visitors, Appeals: rep.Appeals, Outcomes: rep.Outcomes,
		Officials: len(rep.Officials), Met: rep.Met, HeldNone: rep.HeldNone,
		Lines: make([]reportLineView, 0, len(rep.Officials)), None: []officialView{}}
	for _, l := range rep.Officials {
		ov := viewOfficial(names, l.Official)
		out.Lines = append(out.Lines, reportLineView{Official: ov, Required: l.Required, Held: l.Held, Planned: l.Planned,
			Cancelled: l.Cancelled, Met: l.Met, Visitors: l.Visitors, Appeals: l.Appeals, Outcomes: l.Outcomes})
		if l.Held == 0 {
			out.None = append(out.None, ov)
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, out)
}
