package http

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

// The pages of public councils: the issues taken under the party's control
// per region and the councils of a territory, a council with its members,
// meetings and issues, and an issue under control; for staff, the same with
// the forms that form councils, add members, record meetings, take issues
// and move them along (council members, branch and central staff).

// councilRow is a council in a list, with its figures.
type councilRow struct {
	ID, Name, Place string
	Territory       senim.KATO
	Members         int
	Meetings        int
	Issues          int
	UnderControl    int
}

// councilRows names the councils and their places in the request's language.
func (s *Server) councilRows(r *http.Request, list []*store.CouncilLine) ([]councilRow, error) {
	if len(list) == 0 {
		return nil, nil
	}
	l := lang(r)
	codes := make([]senim.KATO, 0, len(list))
	for _, c := range list {
		codes = append(codes, c.Territory)
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		return nil, err
	}
	out := make([]councilRow, 0, len(list))
	for _, c := range list {
		out = append(out, councilRow{ID: c.ID, Name: c.Name.In(l), Place: names[c.Territory], Territory: c.Territory,
			Members: c.MemberCount, Meetings: c.MeetingCount, Issues: c.Issues, UnderControl: c.UnderControl})
	}
	return out, nil
}

// issuePartRow is one part of a territory in the statistics of issues,
// with its bar (0–100, the part with the most issues has 100) and the
// solved part of it.
type issuePartRow struct {
	Code senim.KATO
	Name string
	Href string
	senim.IssueCounts
	Bar, SolvedBar int
}

// councilsView is the public page of councils: the issues taken under
// control in a period per part of the territory, then its councils.
type councilsView struct {
	Territory   senim.KATO
	Name        string
	Territories []crumb
	Form        map[string]string // the filters as typed
	Errors      map[string]string
	Stats       *senim.IssueStats
	Parts       []issuePartRow
	Councils    []councilRow
	Below       int // councils further down, on their parts' pages
}

func (s *Server) councilsPage(w http.ResponseWriter, r *http.Request) {
	ctx, l, today := r.Context(), lang(r), s.today()
	q := r.URL.Query()
	v := &councilsView{Territory: senim.CountryKATO, Errors: map[string]string{},
		Form: map[string]string{"from": q.Get("from"), "to": q.Get("to")}}
	if k, err := territoryParam(r, "territory"); err != nil {
		v.Errors["territory"] = message(l, err.(*senim.Error))
	} else if k != nil {
		v.Territory = *k
	}
	from, to := senim.NewDate(today.Year(), 1, 1), today
	periodParams(q, senim.ParseDate, &from, &to, func(name string) { v.Errors[name] = i18n.T(l, "date", nil) })
	if to.Before(from) {
		v.Errors["to"] = i18n.T(l, "period.order", nil)
		from, to = senim.NewDate(today.Year(), 1, 1), today
	}
	t, err := s.db.FindTerritory(ctx, v.Territory)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Name = t.Name(l)
	if v.Territories, err = s.territoryChoices(r, &v.Territory); err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Stats, err = s.db.IssueStats(ctx, v.Territory, from, to, today); err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Form["from"] == "" || v.Errors["from"] != "" {
		v.Form["from"] = from.String()
	}
	if v.Form["to"] == "" || v.Errors["to"] != "" {
		v.Form["to"] = to.String()
	}
	codes := make([]senim.KATO, len(v.Stats.Parts))
	for i, p := range v.Stats.Parts {
		codes[i] = p.Territory
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	most := 0
	for _, p := range v.Stats.Parts {
		most = max(most, p.Taken)
		href := url.Values{"territory": {string(p.Territory)}, "from": {from.String()}, "to": {to.String()}}
		v.Parts = append(v.Parts, issuePartRow{Code: p.Territory, Name: names[p.Territory], Href: "/councils?" + href.Encode(),
			IssueCounts: p.IssueCounts})
	}
	for i := range v.Parts {
		if most > 0 {
			v.Parts[i].Bar, v.Parts[i].SolvedBar = v.Parts[i].Taken*100/most, v.Parts[i].Solved*100/most
		}
	}
	slices.SortStableFunc(v.Parts, func(a, b issuePartRow) int { return cmp.Or(b.Taken-a.Taken, cmp.Compare(a.Name, b.Name)) })
	list, err := s.db.FindCouncils(ctx, senim.CouncilFilter{Territory: &v.Territory})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The councils of the territory and of its parts; those further down
	// are on their parts' pages.
	near := list[:0:0]
	for _, c := range list {
		if c.Territory.Level() <= v.Territory.Level()+1 {
			near = append(near, c)
		} else {
			v.Below++
		}
	}
	if v.Councils, err = s.councilRows(r, near); err != nil {
		s.pageError(w, r, err)
		return
	}
	status := http.StatusOK
	if len(v.Errors) > 0 {
		status = http.StatusUnprocessableEntity
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.render(w, r, status, "councils", "ui.councils.title", v)
}

// directionRef is a direction of a programme, named with its programme.
type directionRef struct {
	ID, Title, ProgrammeID, Programme string
}

// directionsOn lists the directions of the programmes that cover k — its
// own and those of the territories above it: what a council of k may
// follow — or only those of ids among them.
func (s *Server) directionsOn(r *http.Request, k senim.KATO, ids ...string) ([]directionRef, error) {
	l := lang(r)
	dirs, err := s.db.FindDirections(r.Context(), senim.ProgrammeFilter{On: &k}, ids...)
	if err != nil {
		return nil, err
	}
	out := make([]directionRef, len(dirs))
	for i, d := range dirs {
		out[i] = directionRef{ID: d.ID, Title: d.Title.In(l), ProgrammeID: d.ProgrammeID, Programme: d.Programme.In(l)}
	}
	return out, nil
}

// memberRow is a council's member.
type memberRow struct {
	Name     string
	Role     string
	Since    senim.Date
	PersonID string
}

// issueRow is an issue in a list.
type issueRow struct {
	ID, Title, Owner string
	Place            string
	Taken, Deadline  senim.Date
	Closed           senim.Date
	Status           senim.IssueStatus
	StatusName       string
	Overdue          bool
}

// councilSheet is a council's page.
type councilSheet struct {
	ID, Name, Place string
	Territory       senim.KATO
	Created         senim.Date
	Direction       *directionRef
	Members         []memberRow
	Meetings        []*senim.Meeting
	Issues          []issueRow
}

func (s *Server) councilSheet(r *http.Request, c *senim.Council) (*councilSheet, error) {
	ctx, l, today := r.Context(), lang(r), s.today()
	v := &councilSheet{ID: c.ID, Name: c.Name.In(l), Territory: c.Territory, Created: c.Created, Meetings: c.Meetings}
	if c.DirectionID != "" {
		dirs, err := s.directionsOn(r, c.Territory, c.DirectionID)
		if err != nil {
			return nil, err
		}
		if len(dirs) > 0 {
			v.Direction = &dirs[0]
		}
	}
	for _, m := range c.Members {
		v.Members = append(v.Members, memberRow{Name: m.Person.Name, Role: i18n.T(l, "council.role."+string(m.Role), nil),
			Since: m.Since, PersonID: m.Person.ID})
	}
	issues, err := s.db.FindIssues(ctx, senim.IssueFilter{Council: &c.ID})
	if err != nil {
		return nil, err
	}
	codes := []senim.KATO{c.Territory}
	for _, is := range issues {
		codes = append(codes, is.Territory)
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		return nil, err
	}
	v.Place = names[c.Territory]
	for _, is := range issues {
		v.Issues = append(v.Issues, issueRow{ID: is.ID, Title: is.Title, Owner: is.Owner, Place: names[is.Territory], Taken: is.Taken,
			Deadline: is.Deadline, Closed: is.Closed, Status: is.Status, StatusName: i18n.T(l, "issue.status."+string(is.Status), nil),
			Overdue: is.Overdue(today)})
	}
	return v, nil
}

func (s *Server) councilPage(w http.ResponseWriter, r *http.Request) {
	c, err := s.db.FindCouncil(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.councilSheet(r, c)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.render(w, r, http.StatusOK, "council", "ui.council.title", v)
}

// indicatorRef is an indicator an issue is about.
type indicatorRef struct {
	ID, Name, Programme string
}

// issueHistoryRow is an entry of an issue's history.
type issueHistoryRow struct {
	At     time.Time
	What   string
	Status string
	Note   string
	Actor  string // staff pages only
}

// issueSheet is an issue's page: what it is, who answers for it and by
// when, where it stands, what it is about and what has been done. Of the
// appeals it is about only their numbers are shown.
type issueSheet struct {
	*senim.Issue
	StatusName string
	Overdue    bool
	Council    string
	Place      string
	Meeting    *senim.Meeting
	Indicators []indicatorRef
	History    []issueHistoryRow // the latest first
}

func (s *Server) issueSheet(r *http.Request, staff bool) (*issueSheet, *senim.Council, error) {
	ctx, l := r.Context(), lang(r)
	is, err := s.db.FindIssue(ctx, r.PathValue("id"))
	if err != nil {
		return nil, nil, err
	}
	c, err := s.db.FindCouncil(ctx, is.CouncilID)
	if err != nil {
		return nil, nil, err
	}
	place, err := s.db.FindTerritory(ctx, is.Territory)
	if err != nil {
		return nil, nil, err
	}
	v := &issueSheet{Issue: is, StatusName: i18n.T(l, "issue.status."+string(is.Status), nil), Overdue: is.Overdue(s.today()),
		Council: c.Name.In(l), Place: place.Name(l)}
	for _, m := range c.Meetings {
		if m.ID == is.MeetingID {
			v.Meeting = m
		}
	}
	inds, err := s.db.FindIndicators(ctx, is.Indicators)
	if err != nil {
		return nil, nil, err
	}
	names := map[string]string{}
	for _, ind := range inds {
		names[ind.ID] = ind.Name.In(l)
	}
	for _, id := range is.Indicators {
		v.Indicators = append(v.Indicators, indicatorRef{ID: id, Name: cmp.Or(names[id], id)})
	}
	for i := len(is.Events) - 1; i >= 0; i-- {
		e := is.Events[i]
		h := issueHistoryRow{At: e.At, What: i18n.T(l, "issue.action."+e.Action, nil), Status: i18n.T(l, "issue.status."+string(e.Status), nil),
			Note: e.Note}
		if e.Action == senim.IssueActExtend {
			if d, err := senim.ParseDate(e.Note); err == nil {
				h.Note = dateIn(l, d)
			}
		}
		if staff {
			h.Actor = e.Actor
		}
		v.History = append(v.History, h)
	}
	return v, c, nil
}

func (s *Server) issuePage(w http.ResponseWriter, r *http.Request) {
	v, _, err := s.issueSheet(r, false)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.render(w, r, http.StatusOK, "issue", "ui.issue.title", v)
}

// staffCouncilsView is the staff list of councils with the form to form one.
type staffCouncilsView struct {
	CanRun      bool
	Name        string
	Councils    []councilRow
	Territories []crumb
	Directions  []choice
	Form        map[string]string
	Errors      map[string]string
	Problem     string
}

func (s *Server) staffCouncilsView(r *http.Request) (*staffCouncilsView, error) {
	ctx := r.Context()
	actor := senim.ActorFrom(ctx)
	v := &staffCouncilsView{CanRun: actor.CanRunCouncils(), Form: map[string]string{}, Errors: map[string]string{}}
	t, err := s.db.FindTerritory(ctx, actor.Territory)
	if err != nil {
		return nil, err
	}
	v.Name = t.Name(lang(r))
	list, err := s.db.FindCouncils(ctx, senim.CouncilFilter{Territory: &actor.Territory})
	if err != nil {
		return nil, err
	}
	if v.Councils, err = s.councilRows(r, list); err != nil {
		return nil, err
	}
	if !v.CanRun {
		return v, nil
	}
	if v.Territories, err = s.territoryChoices(r, nil); err != nil {
		return nil, err
	}
	dirs, err := s.directionsOn(r, actor.Territory)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		v.Directions = append(v.Directions, choice{d.ID, d.Programme + " — " + d.Title})
	}
	return v, nil
}

func (s *Server) staffCouncilsPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.staffCouncilsView(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "councils_staff", "ui.councils.staff_title", v)
}

var councilFormFields = []string{"territory", "name_ru", "name_kk", "name_en", "direction", "created"}

func (s *Server) createCouncilForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	f := readFields(r, councilFormFields...)
	c, err := s.db.CreateCouncil(r.Context(), senim.CouncilInput{Territory: f["territory"],
		Name: senim.Names{RU: f["name_ru"], KK: f["name_kk"], EN: f["name_en"]}, Direction: f["direction"], Created: f["created"]})
	if err == nil {
		http.Redirect(w, r, "/staff/councils/"+c.ID, http.StatusSeeOther)
		return
	}
	s.refused(w, r, err, f, "council", func(status int, pf pageForms) {
		v, err := s.staffCouncilsView(r)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		v.Form, v.Errors, v.Problem = pf.Form, pf.Errors, pf.Problem
		s.render(w, r, status, "councils_staff", "ui.councils.staff_title", v)
	})
}

// staffCouncilView is a council for staff: its page and, for those who run
// it, the forms to add a member, record a meeting and take an issue.
type staffCouncilView struct {
	*councilSheet
	pageForms
	CanRun         bool
	Roles          []choice
	MeetingChoices []choice // the council's meetings, for the issue form
	Places         []choice
}

func (s *Server) staffCouncilPage(w http.ResponseWriter, r *http.Request) {
	s.showStaffCouncil(w, r, http.StatusOK, pageForms{})
}

func (s *Server) showStaffCouncil(w http.ResponseWriter, r *http.Request, status int, forms pageForms) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	c, err := s.db.FindCouncil(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if !actor.Sees(c.Territory) {
		s.notFoundPage(w, r)
		return
	}
	sheet, err := s.councilSheet(r, c)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := &staffCouncilView{councilSheet: sheet, pageForms: forms, CanRun: actor.CanRunCouncils()}
	if v.CanRun {
		for _, role := range senim.CouncilRoles {
			v.Roles = append(v.Roles, choice{string(role), i18n.T(l, "council.role."+string(role), nil)})
		}
		for _, m := range c.Meetings {
			v.MeetingChoices = append(v.MeetingChoices, choice{m.ID, dateIn(l, m.On) + " — " + clip(m.Agenda, 80)})
		}
		kids, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: &c.Territory})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		v.Places = append(v.Places, choice{string(c.Territory), sheet.Place})
		for _, k := range kids {
			v.Places = append(v.Places, choice{string(k.Code), "\u00a0\u00a0" + k.Name(l)})
		}
	}
	s.render(w, r, status, "council_staff", "ui.council.title", v)
}

var (
	memberFormFields  = []string{"person", "name", "role", "since"}
	meetingFormFields = []string{"date", "agenda", "minutes", "attended"}
	issueFormFields   = []string{"meeting", "territory", "title", "description", "owner", "deadline", "appeals", "indicators"}
)

// refs splits a list typed with commas, semicolons or spaces.
func refs(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\n' || r == '\r' || r == '\t' })
}

// changeCouncilForm takes a posted form of a council's page: ?do= member,
// meeting (with the signed minutes as a file) or issue.
func (s *Server) changeCouncilForm(w http.ResponseWriter, r *http.Request) {
	do := r.URL.Query().Get("do")
	var file *senim.File
	var fileErr error
	if do == "meeting" {
		var ok bool
		if file, fileErr, ok = s.postedUploadForm(w, r, "file"); !ok {
			return
		}
	} else if !s.postedForm(w, r) {
		return
	}
	ctx, id := r.Context(), r.PathValue("id")
	show := func(status int, f pageForms) { s.showStaffCouncil(w, r, status, f) }
	var err error
	var f map[string]string
	switch do {
	case "member":
		f = readFields(r, memberFormFields...)
		_, err = s.db.AddCouncilMember(ctx, id, senim.CouncilMemberInput{Person: f["person"], Name: f["name"], Role: f["role"], Since: f["since"]})
	case "meeting":
		f = readFields(r, meetingFormFields...)
		in := senim.MeetingInput{On: f["date"], Agenda: f["agenda"], Minutes: f["minutes"], File: file}
		var p senim.Problems
		p.Add(fileErr)
		if a := strings.TrimSpace(f["attended"]); a != "" {
			n, aerr := strconv.Atoi(a)
			if aerr != nil {
				p.Add(senim.Invalid("attended", "range", "min", 0, "max", senim.MaxAttended))
			}
			in.Attended = n
		}
		if p.Err() != nil {
			// Refused here with the other faults of the form; nothing is stored.
			c, ferr := s.db.FindCouncil(ctx, id)
			if ferr != nil {
				s.pageError(w, r, ferr)
				return
			}
			if _, derr := senim.NewMeeting(in, c, s.today()); derr != nil {
				besides(&p, derr)
			}
			err = p.Err()
		} else {
			_, err = s.db.AddMeeting(ctx, id, in)
		}
	case "issue":
		f = readFields(r, issueFormFields...)
		var is *senim.Issue
		is, err = s.db.TakeIssue(ctx, id, senim.IssueInput{Meeting: f["meeting"], Territory: f["territory"], Title: f["title"],
			Description: f["description"], Owner: f["owner"], Deadline: f["deadline"], Appeals: refs(f["appeals"]), Indicators: refs(f["indicators"])})
		if err == nil {
			http.Redirect(w, r, "/staff/issues/"+is.ID, http.StatusSeeOther)
			return
		}
	default:
		s.notFoundPage(w, r)
		return
	}
	if err != nil {
		s.refused(w, r, err, f, do, show)
		return
	}
	http.Redirect(w, r, "/staff/councils/"+id, http.StatusSeeOther)
}

// staffIssueView is an issue for staff, with the forms of what may be done
// to it now.
type staffIssueView struct {
	*issueSheet
	pageForms
	CanRun    bool
	CouncilID string
}

// Can reports whether the action is open to the staff member now: solving,
// taking off and extending an issue under control, reopening a closed one,
// linking and noting either.
func (v *staffIssueView) Can(action string) bool {
	if !v.CanRun {
		return false
	}
	open := v.Status == senim.IssueUnderControl
	switch action {
	case senim.IssueActSolve, senim.IssueActRemove, senim.IssueActExtend:
		return open
	case senim.IssueActReopen:
		return !open
	}
	return action == senim.IssueActLink || action == senim.IssueActNote
}

func (s *Server) staffIssuePage(w http.ResponseWriter, r *http.Request) {
	s.showStaffIssue(w, r, http.StatusOK, pageForms{})
}

func (s *Server) showStaffIssue(w http.ResponseWriter, r *http.Request, status int, forms pageForms) {
	actor := senim.ActorFrom(r.Context())
	sheet, c, err := s.issueSheet(r, true)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if !actor.Sees(c.Territory) {
		s.notFoundPage(w, r)
		return
	}
	v := &staffIssueView{issueSheet: sheet, pageForms: forms, CanRun: actor.CanRunCouncils(), CouncilID: c.ID}
	s.render(w, r, status, "issue_staff", "ui.issue.title", v)
}

var issueChangeFields = []string{"result", "deadline", "appeals", "indicators", "version"}

// changeIssueForm applies the change posted from an issue's page.
func (s *Server) changeIssueForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	id := r.PathValue("id")
	f := readFields(r, issueChangeFields...)
	action := r.PostFormValue("action")
	ch := senim.IssueChange{Action: action, Result: f["result"], Deadline: f["deadline"], Appeals: refs(f["appeals"]),
		Indicators: refs(f["indicators"])}
	ch.Version, _ = strconv.Atoi(f["version"])
	if _, err := s.db.ChangeIssue(r.Context(), id, ch); err != nil {
		s.refused(w, r, err, f, action, func(status int, pf pageForms) { s.showStaffIssue(w, r, status, pf) })
		return
	}
	http.Redirect(w, r, "/staff/issues/"+id, http.StatusSeeOther)
}
