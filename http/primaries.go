package http

import (
	"cmp"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

// The personnel reserve, the primaries and the candidate lists: the JSON
// API and the staff pages. The reserve is staff's only; a closed
// primary's results and an approved list's candidates (their names) are
// public; nothing here ever shows an IIN.

// primaryRoutes registers the routes of the reserve, the primaries and
// the candidate lists.
func (s *Server) primaryRoutes(m *http.ServeMux) {
	m.HandleFunc("GET /api/v1/reserve", s.staff(s.listReserve))
	m.HandleFunc("POST /api/v1/reserve", s.staff(s.addToReserve))
	m.HandleFunc("POST /api/v1/reserve/{id}/leave", s.staff(s.leaveReserve))
	m.HandleFunc("GET /api/v1/primaries", s.listPrimaries)
	m.HandleFunc("POST /api/v1/primaries", s.staff(s.createPrimary))
	m.HandleFunc("GET /api/v1/primaries/{id}", s.getPrimary)
	m.HandleFunc("POST /api/v1/primaries/{id}/candidates", s.staff(s.addCandidates))
	m.HandleFunc("POST /api/v1/primaries/{id}/votes", s.staff(s.recordVotes))
	m.HandleFunc("POST /api/v1/primaries/{id}/close", s.staff(s.closePrimary))
	m.HandleFunc("GET /api/v1/lists", s.listLists)
	m.HandleFunc("POST /api/v1/lists", s.staff(s.createList))
	m.HandleFunc("GET /api/v1/lists/{id}", s.getList)
	m.HandleFunc("PUT /api/v1/lists/{id}/candidates", s.staff(s.setListCandidates))
	m.HandleFunc("POST /api/v1/lists/{id}/approve", s.staff(s.approveList))

	m.HandleFunc("GET /staff/reserve", s.signedIn(s.reservePage))
	m.HandleFunc("POST /staff/reserve", s.signedIn(s.reserveForm))
	m.HandleFunc("GET /staff/primaries", s.signedIn(s.primariesPage))
	m.HandleFunc("POST /staff/primaries", s.signedIn(s.primariesForm))
	m.HandleFunc("GET /staff/primaries/{id}", s.signedIn(s.primaryPage))
	m.HandleFunc("POST /staff/primaries/{id}", s.signedIn(s.primaryForm))
	m.HandleFunc("GET /staff/lists/{id}", s.signedIn(s.candidateListPage))
	m.HandleFunc("POST /staff/lists/{id}", s.signedIn(s.listForm))
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(senim.KZ).Format(rfc3339)
}

// ---- the reserve over the API ----

type reserveView struct {
	*senim.ReserveEntry
	CreatedAt string `json:"created_at"`
}

type reserveList struct {
	Entries []reserveView `json:"entries"`
	Total   int           `json:"total"`
}

func viewReserve(e *senim.ReserveEntry) reserveView { return reserveView{e, stamp(e.CreatedAt)} }

// reserveFilter reads territory, level, source, primary, member, all, q,
// limit and offset.
func reserveFilter(q url.Values, r *http.Request) (senim.ReserveFilter, error) {
	var p senim.Problems
	var f senim.ReserveFilter
	readTerritory(r, "territory", &f.Territory, &p)
	if v := q.Get("level"); v != "" {
		if !slices.Contains(senim.ReserveLevels, senim.ReserveLevel(v)) {
			p.Add(senim.Invalid("level", "reserve.level", "level", v))
		}
		f.Level = senim.ReserveLevel(v)
	}
	if v := q.Get("source"); v != "" {
		if !slices.Contains(senim.ReserveSources, senim.ReserveSource(v)) {
			p.Add(senim.Invalid("source", "reserve.source", "source", v))
		}
		f.Source = senim.ReserveSource(v)
	}
	f.PrimaryID, f.MemberID, f.Query = q.Get("primary"), q.Get("member"), q.Get("q")
	if v := q.Get("all"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			p.Add(senim.Invalid("all", "query.param", "param", "all"))
		}
		f.All = b
	}
	f.Limit, f.Offset = pageParams(q, senim.MaxMemberPage, &p)
	return f, p.Err()
}

func (s *Server) listReserve(w http.ResponseWriter, r *http.Request) {
	f, err := reserveFilter(r.URL.Query(), r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, total, err := s.db.FindReserve(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := reserveList{Entries: make([]reserveView, 0, len(list)), Total: total}
	for _, e := range list {
		out.Entries = append(out.Entries, viewReserve(e))
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) addToReserve(w http.ResponseWriter, r *http.Request) {
	var in senim.ReserveInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	e, err := s.db.AddToReserve(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, viewReserve(e))
}

func (s *Server) leaveReserve(w http.ResponseWriter, r *http.Request) {
	var x senim.ReserveExit
	if err := decode(w, r, &x); err != nil {
		s.error(w, r, err)
		return
	}
	e, err := s.db.LeaveReserve(r.Context(), r.PathValue("id"), x)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewReserve(e))
}

// ---- primaries over the API ----

// primaryView is a primary as the API writes it.
type primaryView struct {
	*senim.Primary
	Count        int            `json:"candidates_count"`
	Votes        int            `json:"votes"`
	Candidates   []standingView `json:"candidates,omitempty"`
	Actor        string         `json:"actor,omitempty"`
	CreatedAt    string         `json:"created_at,omitempty"`
	ClosedAt     string         `json:"closed_at,omitempty"`
	ReserveAdded *int           `json:"reserve_added,omitempty"`
}

// standingView is a candidate's standing; the public gets the name, the
// votes, the share and the place only.
type standingView struct {
	Member       string  `json:"member,omitempty"`
	Name         string  `json:"name"`
	Votes        int     `json:"votes"`
	Share        float64 `json:"share"`
	Place        int     `json:"place"`
	Sex          string  `json:"sex,omitempty"`
	Age          int     `json:"age,omitempty"`
	MemberStatus string  `json:"member_status,omitempty"`
	InReserve    bool    `json:"in_reserve,omitempty"`
}

func viewPrimary(d *store.PrimaryDetail, withCandidates bool) primaryView {
	v := primaryView{Primary: d.Primary, Count: d.Count, Votes: d.Votes}
	if !d.Public {
		v.Actor, v.CreatedAt, v.ClosedAt = d.Actor, stamp(d.CreatedAt), stamp(d.ClosedAt)
	}
	if withCandidates {
		v.Candidates = make([]standingView, 0, len(d.Candidates))
		for _, c := range d.Candidates {
			v.Candidates = append(v.Candidates, standingView{Member: c.MemberID, Name: c.Name, Votes: c.Votes, Share: c.Share, Place: c.Place,
				Sex: string(c.Sex), Age: c.Age, MemberStatus: string(c.MemberStatus), InReserve: c.InReserve})
		}
	}
	return v
}

// primaryFilter reads territory, status and election_kind.
func primaryFilter(r *http.Request) (store.PrimaryFilter, error) {
	q := r.URL.Query()
	var p senim.Problems
	var f store.PrimaryFilter
	readTerritory(r, "territory", &f.Territory, &p)
	if v := q.Get("status"); v != "" {
		if v != string(senim.PrimaryOpen) && v != string(senim.PrimaryClosed) {
			p.Add(senim.Invalid("status", "query.param", "param", "status"))
		}
		f.Status = senim.PrimaryStatus(v)
	}
	if v := q.Get("election_kind"); v != "" {
		if !slices.Contains(senim.PrimaryElectionKinds, v) {
			p.Add(senim.Invalid("election_kind", "primary.election_kind", "kind", v))
		}
		f.ElectionKind = v
	}
	return f, p.Err()
}

func (s *Server) listPrimaries(w http.ResponseWriter, r *http.Request) {
	f, err := primaryFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, err := s.db.FindPrimaries(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]primaryView, 0, len(list))
	for _, d := range list {
		out = append(out, viewPrimary(d, false))
	}
	writeJSON(w, http.StatusOK, out)
}

// primaryRequest is a primary to announce, with its candidates and their
// votes when it is one of the past entered for the record.
type primaryRequest struct {
	senim.PrimaryInput
	Candidates []senim.PrimaryCandidate `json:"candidates"`
}

func (s *Server) createPrimary(w http.ResponseWriter, r *http.Request) {
	var in primaryRequest
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := s.db.CreatePrimary(r.Context(), in.PrimaryInput, in.Candidates)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/primaries/"+d.ID)
	writeJSON(w, http.StatusCreated, viewPrimary(d, true))
}

func (s *Server) getPrimary(w http.ResponseWriter, r *http.Request) {
	d, err := s.db.FindPrimary(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	if !d.Public {
		w.Header().Set("Cache-Control", "no-store")
	}
	writeJSON(w, http.StatusOK, viewPrimary(d, true))
}

type candidatesRequest struct {
	Members []string `json:"members"`
}

func (s *Server) addCandidates(w http.ResponseWriter, r *http.Request) {
	var in candidatesRequest
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := s.db.AddCandidates(r.Context(), r.PathValue("id"), in.Members)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewPrimary(d, true))
}

type votesRequest struct {
	Votes []senim.PrimaryCandidate `json:"votes"`
}

func (s *Server) recordVotes(w http.ResponseWriter, r *http.Request) {
	var in votesRequest
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := s.db.RecordVotes(r.Context(), r.PathValue("id"), in.Votes)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewPrimary(d, true))
}

// closeRequest may name how many of the first places join the reserve.
type closeRequest struct {
	Reserve int `json:"reserve"`
}

func (s *Server) closePrimary(w http.ResponseWriter, r *http.Request) {
	var in closeRequest
	if r.ContentLength != 0 {
		if err := decode(w, r, &in); err != nil {
			s.error(w, r, err)
			return
		}
	}
	d, added, err := s.db.ClosePrimary(r.Context(), r.PathValue("id"), in.Reserve)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v := viewPrimary(d, true)
	v.ReserveAdded = &added
	writeJSON(w, http.StatusOK, v)
}

// ---- candidate lists over the API ----

// listPlaceView is a place on a list; the public gets the position and
// the name only.
type listPlaceView struct {
	Position     int    `json:"position"`
	Member       string `json:"member,omitempty"`
	Name         string `json:"name"`
	Sex          string `json:"sex,omitempty"`
	Age          int    `json:"age,omitempty"`
	Woman        bool   `json:"woman,omitempty"`
	Young        bool   `json:"young,omitempty"`
	Disability   bool   `json:"disability,omitempty"`
	MemberStatus string `json:"member_status,omitempty"`
}

// candidateListView is a candidate list as the API writes it, with its
// quota report.
type candidateListView struct {
	ID           string                    `json:"id"`
	Primary      string                    `json:"primary,omitempty"`
	PrimaryTitle *senim.Names              `json:"primary_title,omitempty"`
	Territory    senim.KATO                `json:"territory"`
	Title        senim.Names               `json:"title"`
	ElectionKind string                    `json:"election_kind"`
	ElectionDay  senim.Date                `json:"election_day"`
	Status       senim.CandidateListStatus `json:"status"`
	Candidates   []listPlaceView           `json:"candidates"`
	Quotas       senim.QuotaReport         `json:"quotas"`
	Actor        string                    `json:"actor,omitempty"`
	CreatedAt    string                    `json:"created_at,omitempty"`
	UpdatedAt    string                    `json:"updated_at,omitempty"`
	ApprovedBy   string                    `json:"approved_by,omitempty"`
	ApprovedAt   string                    `json:"approved_at,omitempty"`
	Version      int                       `json:"version,omitempty"`
}

func viewList(d *store.ListDetail) candidateListView {
	v := candidateListView{ID: d.ID, Primary: d.PrimaryID, Territory: d.Territory, Title: d.Title, ElectionKind: d.ElectionKind,
		ElectionDay: d.ElectionDay, Status: d.Status, Quotas: d.Quotas, Candidates: make([]listPlaceView, 0, len(d.Places))}
	if d.PrimaryID != "" {
		v.PrimaryTitle = &d.PrimaryTitle
	}
	if !d.Public {
		v.Actor, v.CreatedAt, v.UpdatedAt, v.Version = d.Actor, stamp(d.CreatedAt), stamp(d.UpdatedAt), d.Version
		v.ApprovedBy, v.ApprovedAt = d.ApprovedBy, stamp(d.ApprovedAt)
	}
	for _, c := range d.Places {
		v.Candidates = append(v.Candidates, listPlaceView{Position: c.Position, Member: c.MemberID, Name: c.Name, Sex: string(c.Sex),
			Age: c.Age, Woman: c.Woman(), Young: c.Young, Disability: c.Disability, MemberStatus: string(c.MemberStatus)})
	}
	if d.Public {
		for i := range v.Candidates {
			v.Candidates[i].Woman = false
		}
	}
	if v.Quotas.Quotas == nil {
		v.Quotas.Quotas = []senim.QuotaResult{}
	}
	return v
}

// candidateListFilter reads territory, status and primary.
func candidateListFilter(r *http.Request) (store.ListFilter, error) {
	q := r.URL.Query()
	var p senim.Problems
	var f store.ListFilter
	readTerritory(r, "territory", &f.Territory, &p)
	if v := q.Get("status"); v != "" {
		if v != string(senim.CandidateListDraft) && v != string(senim.CandidateListApproved) {
			p.Add(senim.Invalid("status", "query.param", "param", "status"))
		}
		f.Status = senim.CandidateListStatus(v)
	}
	f.PrimaryID = q.Get("primary")
	return f, p.Err()
}

func (s *Server) listLists(w http.ResponseWriter, r *http.Request) {
	f, err := candidateListFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, err := s.db.FindLists(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]candidateListView, 0, len(list))
	for _, d := range list {
		out = append(out, viewList(d))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) createList(w http.ResponseWriter, r *http.Request) {
	var in senim.CandidateListInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := s.db.CreateList(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/lists/"+d.ID)
	writeJSON(w, http.StatusCreated, viewList(d))
}

func (s *Server) getList(w http.ResponseWriter, r *http.Request) {
	d, err := s.db.FindList(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	if !d.Public {
		w.Header().Set("Cache-Control", "no-store")
	}
	writeJSON(w, http.StatusOK, viewList(d))
}

type listCandidatesRequest struct {
	Candidates []senim.CandidateEntry `json:"candidates"`
}

func (s *Server) setListCandidates(w http.ResponseWriter, r *http.Request) {
	var in listCandidatesRequest
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := s.db.SetListCandidates(r.Context(), r.PathValue("id"), in.Candidates)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewList(d))
}

func (s *Server) approveList(w http.ResponseWriter, r *http.Request) {
	d, err := s.db.ApproveList(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewList(d))
}

// ---- the staff pages ----

// kindChoices are the kinds of election, named.
func kindChoices(l string) []choice {
	out := make([]choice, 0, len(senim.PrimaryElectionKinds))
	for _, k := range senim.PrimaryElectionKinds {
		out = append(out, choice{k, i18n.T(l, "primary.kind."+k, nil)})
	}
	return out
}

// memberMatch is a member found by name for a form to choose from.
type memberMatch struct {
	ID, Name, Org string
	Age           int
	Sex           senim.Sex
}

// findMembers finds up to 20 active members of territory k whose names
// match q, for the forms that add members; nothing when q is empty.
func (s *Server) findMembers(r *http.Request, k senim.KATO, q string) ([]memberMatch, error) {
	if strings.TrimSpace(q) == "" || !senim.ActorFrom(r.Context()).CanManageMembers() {
		return nil, nil
	}
	ms, _, err := s.db.FindMembers(r.Context(), senim.MemberFilter{Territory: k, Status: senim.MemberActive, Query: q, Limit: 20})
	out := make([]memberMatch, 0, len(ms))
	for _, m := range ms {
		out = append(out, memberMatch{ID: m.ID, Name: m.Name, Age: m.Age, Sex: m.Sex})
	}
	return out, err
}

// reservePageView is the reserve's page.
type reservePageView struct {
	pageForms
	Entries     []*senim.ReserveEntry
	Total       int
	More        int
	Places      map[senim.KATO]string
	Filter      map[string]string
	Territories []crumb
	Posts       []crumb // the posts' territories, down to the districts
	Levels      []choice
	Sources     []choice
	Reasons     []choice
	Primaries   []choice
	CanManage   bool
	Find        string
	Matches     []memberMatch
	Chosen      *memberMatch        // the member the add form is for
	Leaving     *senim.ReserveEntry // the entry the take-out form is for
	Done        string
}

func (s *Server) reservePage(w http.ResponseWriter, r *http.Request) {
	s.showReserve(w, r, http.StatusOK, pageForms{})
}

func (s *Server) showReserve(w http.ResponseWriter, r *http.Request, status int, forms pageForms) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	q := r.URL.Query()
	v := &reservePageView{pageForms: forms, CanManage: actor.CanManageMembers(), Filter: map[string]string{}, Find: q.Get("find"), Done: q.Get("done")}
	for _, k := range []string{"territory", "level", "source", "q", "all"} {
		v.Filter[k] = q.Get(k)
	}
	f, err := reserveFilter(q, r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.Limit = 200
	if v.Entries, v.Total, err = s.db.FindReserve(ctx, f); err != nil {
		s.pageError(w, r, err)
		return
	}
	v.More = v.Total - len(v.Entries)
	codes := []senim.KATO{}
	for _, e := range v.Entries {
		codes = append(codes, e.Territory)
	}
	var chosen *senim.KATO
	if f.Territory != "" {
		chosen = &f.Territory
	}
	if v.Territories, err = s.territoryChoices(r, chosen); err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, c := range v.Territories {
		codes = append(codes, c.Code)
	}
	for _, lv := range senim.ReserveLevels {
		v.Levels = append(v.Levels, choice{string(lv), i18n.T(l, "reserve.level."+string(lv), nil)})
	}
	for _, src := range senim.ReserveSources {
		v.Sources = append(v.Sources, choice{string(src), i18n.T(l, "reserve.source."+string(src), nil)})
	}
	for _, x := range senim.ReserveExitReasons {
		v.Reasons = append(v.Reasons, choice{string(x), i18n.T(l, "reserve.reason."+string(x), nil)})
	}
	if v.CanManage {
		prs, err := s.db.FindPrimaries(ctx, store.PrimaryFilter{Status: senim.PrimaryClosed})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, p := range prs {
			v.Primaries = append(v.Primaries, choice{p.ID, p.Title.In(l)})
		}
		if v.Matches, err = s.findMembers(r, actor.Territory, v.Find); err != nil {
			s.pageError(w, r, err)
			return
		}
		if v.Posts, err = s.electionTerritories(r); err != nil {
			s.pageError(w, r, err)
			return
		}
		member := cmp.Or(q.Get("member"), forms.Of("add").Form["member"])
		for i := range v.Matches {
			if v.Matches[i].ID == member {
				v.Chosen = &v.Matches[i]
			}
		}
		if id := q.Get("leave"); id != "" {
			for _, e := range v.Entries {
				if e.ID == id && e.Active() {
					v.Leaving = e
				}
			}
		}
	}
	if v.Places, err = s.territoryNames(r, codes); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, "reserve_staff", "ui.reserve.title", v)
}

var reserveFormFields = []string{"find", "member", "level", "territory", "since", "source", "primary", "note", "entry", "on", "reason", "leave_note"}

func (s *Server) reserveForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	f := readFields(r, reserveFormFields...)
	ctx := r.Context()
	var err error
	failed := r.PostFormValue("do")
	switch failed {
	case "add":
		var e *senim.ReserveEntry
		if e, err = s.db.AddToReserve(ctx, senim.ReserveInput{Member: f["member"], Level: f["level"], Territory: f["territory"],
			Since: f["since"], Source: f["source"], Primary: f["primary"], Note: f["note"]}); err == nil {
			http.Redirect(w, r, "/staff/reserve?done=added&q="+url.QueryEscape(e.Name), http.StatusSeeOther)
			return
		}
	case "leave":
		if _, err = s.db.LeaveReserve(ctx, f["entry"], senim.ReserveExit{On: f["on"], Reason: f["reason"], Note: f["leave_note"]}); err == nil {
			http.Redirect(w, r, "/staff/reserve?done=left", http.StatusSeeOther)
			return
		}
		if senim.ErrorCode(err) == senim.EINVALID {
			err = renameField(err, "note", "leave_note")
		}
	default:
		s.pageError(w, r, senim.Invalid("do", "required"))
		return
	}
	s.refused(w, r, err, f, failed, func(status int, pf pageForms) {
		if failed == "leave" {
			r.URL.RawQuery = url.Values{"leave": {f["entry"]}}.Encode()
		} else {
			r.URL.RawQuery = url.Values{"find": {f["find"]}, "member": {f["member"]}}.Encode()
		}
		s.showReserve(w, r, status, pf)
	})
}

// renameField gives a field of an invalid input the name its form uses.
func renameField(err error, from, to string) error {
	e, ok := err.(*senim.Error)
	if !ok {
		return err
	}
	c := *e
	if c.Field == from {
		c.Field = to
	}
	c.Details = make([]*senim.Error, len(e.Details))
	for i, d := range e.Details {
		c.Details[i] = renameField(d, from, to).(*senim.Error)
	}
	return &c
}

// primaryRow is a primary in the staff's table.
type primaryRow struct {
	*store.PrimaryDetail
	Place, Kind string
}

// listRow is a candidate list in the staff's table.
type listRow struct {
	*store.ListDetail
	Place, Kind string
}

// primariesPageView is the page of the primaries and the lists.
type primariesPageView struct {
	pageForms
	Primaries   []primaryRow
	Lists       []listRow
	Territories []crumb
	Kinds       []choice
	CanManage   bool
}

func (s *Server) primariesPage(w http.ResponseWriter, r *http.Request) {
	s.showPrimaries(w, r, http.StatusOK, pageForms{})
}

func (s *Server) showPrimaries(w http.ResponseWriter, r *http.Request, status int, forms pageForms) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	v := &primariesPageView{pageForms: forms, CanManage: actor.CanManageMembers(), Kinds: kindChoices(l)}
	prs, err := s.db.FindPrimaries(ctx, store.PrimaryFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	lists, err := s.db.FindLists(ctx, store.ListFilter{})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var codes []senim.KATO
	for _, p := range prs {
		codes = append(codes, p.Territory)
	}
	for _, x := range lists {
		codes = append(codes, x.Territory)
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, p := range prs {
		v.Primaries = append(v.Primaries, primaryRow{p, names[p.Territory], i18n.T(l, "primary.kind."+p.ElectionKind, nil)})
	}
	for _, x := range lists {
		v.Lists = append(v.Lists, listRow{x, names[x.Territory], i18n.T(l, "primary.kind."+x.ElectionKind, nil)})
	}
	if v.CanManage {
		if v.Territories, err = s.electionTerritories(r); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "primaries_staff", "ui.primaries.title", v)
}

// electionTerritories are the territories of the actor's subtree down to
// the districts, for the forms of primaries and lists.
func (s *Server) electionTerritories(r *http.Request) ([]crumb, error) {
	ctx, l := r.Context(), lang(r)
	home := senim.ActorFrom(ctx).Territory
	var out []crumb
	var walk func(k senim.KATO, depth int) error
	walk = func(k senim.KATO, depth int) error {
		t, err := s.db.FindTerritory(ctx, k)
		if err != nil {
			return err
		}
		out = append(out, crumb{k, strings.Repeat("\u00a0\u00a0", depth) + t.Name(l)})
		if k.Level() >= senim.LevelDistrict {
			return nil
		}
		kids, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: &k})
		if err != nil {
			return err
		}
		for _, kid := range kids {
			if err := walk(kid.Code, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	if home.Level() > senim.LevelDistrict {
		return nil, nil
	}
	err := walk(home, 0)
	return out, err
}

var primariesFormFields = []string{"title_ru", "title_kk", "title_en", "territory", "election_kind", "opens", "closes", "election_day"}

func (s *Server) primariesForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	f := readFields(r, primariesFormFields...)
	title := senim.Names{RU: f["title_ru"], KK: f["title_kk"], EN: f["title_en"]}
	failed := r.PostFormValue("do")
	var err error
	switch failed {
	case "primary":
		var d *store.PrimaryDetail
		if d, err = s.db.CreatePrimary(r.Context(), senim.PrimaryInput{Title: title, Territory: f["territory"], ElectionKind: f["election_kind"],
			Opens: f["opens"], Closes: f["closes"]}, nil); err == nil {
			http.Redirect(w, r, "/staff/primaries/"+d.ID, http.StatusSeeOther)
			return
		}
	case "list":
		var d *store.ListDetail
		if d, err = s.db.CreateList(r.Context(), senim.CandidateListInput{Title: title, Territory: f["territory"], ElectionKind: f["election_kind"],
			ElectionDay: f["election_day"]}); err == nil {
			http.Redirect(w, r, "/staff/lists/"+d.ID, http.StatusSeeOther)
			return
		}
	default:
		s.pageError(w, r, senim.Invalid("do", "required"))
		return
	}
	s.refused(w, r, err, f, failed, func(status int, pf pageForms) { s.showPrimaries(w, r, status, pf) })
}

// primaryPageView is a primary's page.
type primaryPageView struct {
	pageForms
	*store.PrimaryDetail
	Place, Kind string
	Lists       []listRow
	CanManage   bool
	Open        bool
	Find        string
	Matches     []memberMatch
	Done        string
	Added       string
}

// Percent writes a share in percent ("22.0%").
func (v *primaryPageView) Percent(p *page, share float64) string { return p.Pct(share / 100) }

func (s *Server) primaryPage(w http.ResponseWriter, r *http.Request) {
	s.showPrimary(w, r, http.StatusOK, pageForms{})
}

func (s *Server) showPrimary(w http.ResponseWriter, r *http.Request, status int, forms pageForms) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	d, err := s.db.FindPrimary(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q := r.URL.Query()
	v := &primaryPageView{pageForms: forms, PrimaryDetail: d, Kind: i18n.T(l, "primary.kind."+d.ElectionKind, nil),
		CanManage: actor.CanManageMembers() && !d.Public, Open: d.Status == senim.PrimaryOpen, Find: q.Get("find"), Done: q.Get("done"), Added: q.Get("added")}
	names, err := s.territoryNames(r, []senim.KATO{d.Territory})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Place = names[d.Territory]
	if !d.Public {
		lists, err := s.db.FindLists(ctx, store.ListFilter{Territory: d.Territory, PrimaryID: d.ID})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, x := range lists {
			v.Lists = append(v.Lists, listRow{x, v.Place, v.Kind})
		}
	}
	if v.CanManage && v.Open {
		if v.Matches, err = s.findMembers(r, d.Territory, v.Find); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "primary_staff", "ui.primary.title", v)
}

func (s *Server) primaryForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	ctx, id := r.Context(), r.PathValue("id")
	page := "/staff/primaries/" + id
	failed := r.PostFormValue("do")
	f := readFields(r, "reserve", "title_ru", "title_kk", "title_en", "election_day", "take")
	var err error
	switch failed {
	case "add":
		if _, err = s.db.AddCandidates(ctx, id, r.PostForm["members"]); err == nil {
			http.Redirect(w, r, page+"?done=added", http.StatusSeeOther)
			return
		}
	case "votes":
		var votes []senim.PrimaryCandidate
		var p senim.Problems
		for k, vals := range r.PostForm {
			member, ok := strings.CutPrefix(k, "votes_")
			if !ok {
				continue
			}
			f[k] = vals[0]
			n, perr := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(vals[0]), " ", ""))
			if perr != nil {
				p.Add(senim.Invalid(k, "number"))
				continue
			}
			votes = append(votes, senim.PrimaryCandidate{MemberID: member, Votes: n})
		}
		if err = p.Err(); err == nil {
			sort.Slice(votes, func(i, j int) bool { return votes[i].MemberID < votes[j].MemberID })
			if _, err = s.db.RecordVotes(ctx, id, votes); err == nil {
				http.Redirect(w, r, page+"?done=votes", http.StatusSeeOther)
				return
			}
			err = votesFields(err, votes)
		}
	case "close":
		n := 0
		if v := strings.TrimSpace(f["reserve"]); v != "" {
			if n, err = strconv.Atoi(v); err != nil {
				err = senim.Invalid("reserve", "range", "min", 0, "max", senim.MaxPrimaryCandidates)
			}
		}
		if err == nil {
			var added int
			if _, added, err = s.db.ClosePrimary(ctx, id, n); err == nil {
				http.Redirect(w, r, page+"?done=closed&added="+strconv.Itoa(added), http.StatusSeeOther)
				return
			}
		}
	case "list":
		take := 0
		if v := strings.TrimSpace(f["take"]); v != "" {
			var perr error
			if take, perr = strconv.Atoi(v); perr != nil {
				take = -1
			}
		}
		var d *store.ListDetail
		if d, err = s.db.CreateList(ctx, senim.CandidateListInput{Title: senim.Names{RU: f["title_ru"], KK: f["title_kk"], EN: f["title_en"]},
			ElectionDay: f["election_day"], Primary: id, Take: take}); err == nil {
			http.Redirect(w, r, "/staff/lists/"+d.ID, http.StatusSeeOther)
			return
		}
	default:
		s.pageError(w, r, senim.Invalid("do", "required"))
		return
	}
	s.refused(w, r, err, f, failed, func(status int, pf pageForms) { s.showPrimary(w, r, status, pf) })
}

// votesFields names the faults of recorded votes as the form names its
// fields: votes_<member>.
func votesFields(err error, votes []senim.PrimaryCandidate) error {
	e, ok := err.(*senim.Error)
	if !ok {
		return err
	}
	rename := func(d *senim.Error) *senim.Error {
		c := *d
		var i int
		var rest string
		if n, _ := fmt.Sscanf(strings.ReplaceAll(d.Field, "].", "] "), "votes[%d] %s", &i, &rest); n >= 1 && i >= 0 && i < len(votes) {
			c.Field = "votes_" + votes[i].MemberID
		}
		return &c
	}
	out := rename(e)
	out.Details = make([]*senim.Error, len(e.Details))
	for i, d := range e.Details {
		out.Details[i] = rename(d)
	}
	return out
}

// listPageView is a candidate list's page.
type listPageView struct {
	pageForms
	*store.ListDetail
	Place, Kind string
	CanManage   bool
	Draft       bool
	Find        string
	Matches     []memberMatch
	Refusal     string   // why the approval was refused
	Reasons     []string // each failed quota, with its numbers
	Done        string
}

// QuotaLine writes a quota's standing: "Women, youth and people with
// disabilities: 9 of 30 (30.0%), at least 9 needed — passed".
func (v *listPageView) QuotaLine(p *page, q senim.QuotaResult) string {
	verdict := p.T("ui.quota.failed")
	if q.Passed {
		verdict = p.T("ui.quota.passed")
	}
	return p.T("ui.quota.line."+q.Quota, "count", q.Count, "total", q.Total, "share", p.Pct(q.Share/100), "min", q.MinCount,
		"min_share", p.Dec(q.MinShare), "age", v.Quotas.YouthAge, "verdict", verdict)
}

// Others are the messages of the save form's faults that no place's
// number field shows.
func (v *listPageView) Others() []string {
	var out []string
	for f, m := range v.Of("save").Errors {
		if !strings.HasPrefix(f, "pos_") {
			out = append(out, m)
		}
	}
	slices.Sort(out)
	return out
}

func (s *Server) candidateListPage(w http.ResponseWriter, r *http.Request) {
	s.showList(w, r, http.StatusOK, pageForms{}, nil)
}

func (s *Server) showList(w http.ResponseWriter, r *http.Request, status int, forms pageForms, refusal *senim.Error) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	d, err := s.db.FindList(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q := r.URL.Query()
	v := &listPageView{pageForms: forms, ListDetail: d, Kind: i18n.T(l, "primary.kind."+d.ElectionKind, nil),
		CanManage: actor.CanManageMembers() && !d.Public, Draft: d.Status == senim.CandidateListDraft, Find: q.Get("find"), Done: q.Get("done")}
	names, err := s.territoryNames(r, []senim.KATO{d.Territory})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Place = names[d.Territory]
	if refusal != nil {
		v.Refusal = message(l, refusal)
		for _, dt := range refusal.Details {
			v.Reasons = append(v.Reasons, message(l, dt))
		}
	}
	if v.CanManage && v.Draft {
		if v.Matches, err = s.findMembers(r, d.Territory, v.Find); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "list_staff", "ui.list_staff.title", v)
}

func (s *Server) listForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	ctx, id := r.Context(), r.PathValue("id")
	page := "/staff/lists/" + id
	failed := r.PostFormValue("do")
	switch failed {
	case "approve":
		_, err := s.db.ApproveList(ctx, id)
		if err == nil {
			http.Redirect(w, r, page+"?done=approved", http.StatusSeeOther)
			return
		}
		if e, ok := err.(*senim.Error); ok && e.Code == senim.ECONFLICT {
			s.showList(w, r, http.StatusConflict, pageForms{}, e)
			return
		}
		s.pageError(w, r, err)
		return
	case "save", "add":
	default:
		s.pageError(w, r, senim.Invalid("do", "required"))
		return
	}
	d, err := s.db.FindList(ctx, id)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// The places as the form orders them: by the number typed (the places
	// not renumbered keep their order), those marked to drop left out,
	// the members chosen from the search added at the end.
	type place struct {
		entry senim.CandidateEntry
		pos   float64
		at    int
	}
	var places []place
	f := map[string]string{}
	var p senim.Problems
	for i, c := range d.Places {
		key := c.MemberID
		if r.PostFormValue("drop."+key) != "" {
			continue
		}
		pos := float64(c.Position)
		if v := strings.TrimSpace(r.PostFormValue("pos." + key)); v != "" {
			f["pos."+key] = v
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				p.Add(senim.Invalid("pos."+key, "range", "min", 1, "max", senim.MaxListCandidates))
			}
			if n != c.Position {
				pos = float64(n) - 0.5 // ahead of whoever holds that place now
			}
		}
		dis := c.Disability
		if failed == "save" {
			dis = r.PostFormValue("dis."+key) != ""
		}
		places = append(places, place{senim.CandidateEntry{Member: key, Disability: dis}, pos, i})
	}
	slices.SortStableFunc(places, func(a, b place) int { return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(a.at, b.at)) })
	entries := make([]senim.CandidateEntry, 0, len(places))
	for _, x := range places {
		entries = append(entries, x.entry)
	}
	if failed == "add" {
		if len(r.PostForm["members"]) == 0 {
			p.Add(senim.Invalid("members", "required"))
		}
		for _, m := range r.PostForm["members"] {
			entries = append(entries, senim.CandidateEntry{Member: m})
		}
	}
	err = p.Err()
	if err == nil {
		if _, err = s.db.SetListCandidates(ctx, id, entries); err == nil {
			http.Redirect(w, r, page+"?done="+failed, http.StatusSeeOther)
			return
		}
	}
	s.refused(w, r, err, f, failed, func(status int, pf pageForms) { s.showList(w, r, status, pf, nil) })
}
