package http

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// The party's conferences, the sessions of its political councils and
// their bureaus, and its awards: the JSON API, the staff pages that record
// them (a meeting, its agenda, each item's vote with the members elected,
// an award) and the public pages of the meetings. Meetings, agendas,
// tallies and results are public, with the names of those elected chair
// or to a bureau; the members of a political council or an audit
// commission are named to staff who may see members only; awards are read
// by those staff only.

func (s *Server) conferenceRoutes(m *http.ServeMux) {
	m.HandleFunc("GET /api/v1/meetings", s.listMeetings)
	m.HandleFunc("POST /api/v1/meetings", s.staff(s.createMeeting))
	m.HandleFunc("GET /api/v1/meetings/{id}", s.getMeeting)
	m.HandleFunc("POST /api/v1/meetings/{id}/items", s.staff(s.addAgendaItem))
	m.HandleFunc("POST /api/v1/meetings/{id}/items/{n}/vote", s.staff(s.recordVote))
	m.HandleFunc("GET /api/v1/awards", s.staff(s.listAwards))
	m.HandleFunc("POST /api/v1/awards", s.staff(s.grantAward))

	m.HandleFunc("GET /party/meetings", s.meetingsPage)
	m.HandleFunc("GET /party/meetings/{id}", s.meetingPage)
	m.HandleFunc("GET /staff/meetings", s.signedIn(s.staffMeetingsPage))
	m.HandleFunc("POST /staff/meetings", s.signedIn(s.createMeetingForm))
	m.HandleFunc("GET /staff/meetings/{id}", s.signedIn(s.staffMeetingPage))
	m.HandleFunc("POST /staff/meetings/{id}", s.signedIn(s.changeMeetingForm))
	m.HandleFunc("GET /staff/awards", s.signedIn(s.staffAwardsPage))
	m.HandleFunc("POST /staff/awards", s.signedIn(s.grantAwardForm))
}

// meetingView is a meeting as the API writes it: the times of the votes
// in Kazakhstan, to the second.
type meetingView struct {
	*senim.PartyMeeting
	Agenda []agendaItemView `json:"agenda,omitempty"`
}

type agendaItemView struct {
	*senim.AgendaItem
	Vote       *voteView  `json:"vote,omitempty"`
	Superseded []voteView `json:"superseded,omitempty"`
}

type voteView struct {
	*senim.MeetingVote
	At string `json:"at"`
}

func viewVote(v *senim.MeetingVote) voteView {
	return voteView{v, v.At.In(senim.KZ).Format(rfc3339)}
}

func viewAgendaItem(it *senim.AgendaItem) agendaItemView {
	out := agendaItemView{AgendaItem: it}
	if it.Vote != nil {
		v := viewVote(it.Vote)
		out.Vote = &v
	}
	for _, v := range it.Superseded {
		out.Superseded = append(out.Superseded, viewVote(v))
	}
	return out
}

func viewMeeting(m *senim.PartyMeeting) meetingView {
	out := meetingView{PartyMeeting: m}
	for _, it := range m.Agenda {
		out.Agenda = append(out.Agenda, viewAgendaItem(it))
	}
	return out
}

type meetingList struct {
	Meetings []meetingView `json:"meetings"`
	Total    int           `json:"total"`
}

// meetingFilter reads territory, kind, from, to, limit and offset.
func meetingFilter(r *http.Request) (senim.PartyMeetingFilter, error) {
	q := r.URL.Query()
	var p senim.Problems
	var f senim.PartyMeetingFilter
	readTerritory(r, "territory", &f.Territory, &p)
	if v := q.Get("kind"); v != "" {
		if !slices.Contains(senim.MeetingKinds, senim.MeetingKind(v)) {
			p.Add(senim.Invalid("kind", "meeting.kind", "kind", v))
		}
		f.Kind = senim.MeetingKind(v)
	}
	periodParams(q, senim.ParseDate, &f.From, &f.To, func(param string) {
		p.Add(senim.Invalid(param, "query.param", "param", param))
	})
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		p.Add(senim.Invalid("to", "query.param", "param", "to"))
	}
	f.Limit, f.Offset = pageParams(q, senim.MaxMeetingPage, &p)
	return f, p.Err()
}

func (s *Server) listMeetings(w http.ResponseWriter, r *http.Request) {
	f, err := meetingFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, total, err := s.db.FindPartyMeetings(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := meetingList{Meetings: make([]meetingView, 0, len(list)), Total: total}
	for _, m := range list {
		out.Meetings = append(out.Meetings, meetingView{PartyMeeting: m})
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) createMeeting(w http.ResponseWriter, r *http.Request) {
	var in senim.PartyMeetingInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.CreatePartyMeeting(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/meetings/"+m.ID)
	writeJSON(w, http.StatusCreated, viewMeeting(m))
}

func (s *Server) getMeeting(w http.ResponseWriter, r *http.Request) {
	m, err := s.db.FindPartyMeeting(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	if senim.ActorFrom(r.Context()).IsStaff() {
		w.Header().Set("Cache-Control", "no-store")
	}
	writeJSON(w, http.StatusOK, viewMeeting(m))
}

func (s *Server) addAgendaItem(w http.ResponseWriter, r *http.Request) {
	var in senim.AgendaItemInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	it, err := s.db.AddAgendaItem(r.Context(), r.PathValue("id"), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, viewAgendaItem(it))
}

// agendaNumber reads an agenda item's position from the path; anything but
// a whole number from 1 is no item.
func agendaNumber(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > senim.MaxAgendaItems {
		return 0, senim.NotFound("agenda_item")
	}
	return n, nil
}

func (s *Server) recordVote(w http.ResponseWriter, r *http.Request) {
	n, err := agendaNumber(r.PathValue("n"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	var in senim.VoteInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	it, err := s.db.RecordVote(r.Context(), r.PathValue("id"), n, in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, viewAgendaItem(it))
}

type awardList struct {
	Awards []*senim.Award `json:"awards"`
	Total  int            `json:"total"`
}

func awardFilter(r *http.Request) (senim.AwardFilter, error) {
	q := r.URL.Query()
	var p senim.Problems
	var f senim.AwardFilter
	readTerritory(r, "territory", &f.Territory, &p)
	f.MemberID = q.Get("member")
	if v := q.Get("kind"); v != "" {
		if !slices.Contains(senim.AwardKinds, senim.AwardKind(v)) {
			p.Add(senim.Invalid("kind", "award.kind", "kind", v))
		}
		f.Kind = senim.AwardKind(v)
	}
	f.Limit, f.Offset = pageParams(q, senim.MaxMeetingPage, &p)
	return f, p.Err()
}

func (s *Server) listAwards(w http.ResponseWriter, r *http.Request) {
	f, err := awardFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, total, err := s.db.FindAwards(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*senim.Award{}
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, awardList{list, total})
}

func (s *Server) grantAward(w http.ResponseWriter, r *http.Request) {
	var in senim.AwardInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	a, err := s.db.GrantAward(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, a)
}

// The pages.

// meetingRow is a meeting in a list.
type meetingRow struct {
	*senim.PartyMeeting
	Branch string
	Href   string
}

// meetingRows names the meetings' branches in the request's language.
func (s *Server) meetingRows(r *http.Request, list []*senim.PartyMeeting, base string) ([]meetingRow, error) {
	l := lang(r)
	branches, err := s.db.FindBranches(r.Context(), senim.CountryKATO)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(branches))
	for _, b := range branches {
		names[b.ID] = b.Name.In(l)
	}
	out := make([]meetingRow, 0, len(list))
	for _, m := range list {
		out = append(out, meetingRow{m, names[m.BranchID], base + m.ID})
	}
	return out, nil
}

// meetingKindChoices are the meeting kinds as a select offers them.
func meetingKindChoices(l string) []choice {
	var out []choice
	for _, k := range senim.MeetingKinds {
		out = append(out, choice{string(k), i18n.T(l, "meeting.kind."+string(k), nil)})
	}
	return out
}

// meetingsPageView is the public list of meetings.
type meetingsPageView struct {
	Rows    []meetingRow
	Total   int
	Regions []choice
	Kinds   []choice
	Form    map[string]string
	Errors  map[string]string
}

// meetingsPageSize is how many meetings a list shows.
const meetingsPageSize = 100

func (s *Server) meetingsPage(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	v := &meetingsPageView{Form: map[string]string{}, Errors: map[string]string{}, Kinds: meetingKindChoices(l)}
	q := r.URL.Query()
	for _, k := range []string{"territory", "kind"} {
		v.Form[k] = q.Get(k)
	}
	f, err := meetingFilter(r)
	if err != nil {
		_, v.Errors = formErrors(l, err, nil)
		f = senim.PartyMeetingFilter{}
	}
	f.Limit, f.Offset = meetingsPageSize, 0
	list, total, err := s.db.FindPartyMeetings(ctx, f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Total = total
	if v.Rows, err = s.meetingRows(r, list, "/party/meetings/"); err != nil {
		s.pageError(w, r, err)
		return
	}
	regions, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: ptrTo(senim.CountryKATO)})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for _, t := range regions {
		v.Regions = append(v.Regions, choice{string(t.Code), t.Name(l)})
	}
	s.render(w, r, http.StatusOK, "meetings", "ui.meetings.title", v)
}

// agendaRow is an agenda item on a page.
type agendaRow struct {
	*senim.AgendaItem
	What string // its kind, and for an election the body and the seats
}

// meetingSheet is a meeting's page: where and when, who presided, the
// quorum, and its agenda with the votes.
type meetingSheet struct {
	*senim.PartyMeeting
	Branch string
	Name   string // the title in the request's language
	Items  []agendaRow
}

func (s *Server) meetingSheet(r *http.Request, m *senim.PartyMeeting) (*meetingSheet, error) {
	l := lang(r)
	v := &meetingSheet{PartyMeeting: m, Name: m.Title.In(l)}
	branches, err := s.db.FindBranches(r.Context(), m.Territory)
	if err != nil {
		return nil, err
	}
	for _, b := range branches {
		if b.ID == m.BranchID {
			v.Branch = b.Name.In(l)
		}
	}
	for _, it := range m.Agenda {
		what := i18n.T(l, "agenda.kind."+string(it.Kind), nil)
		if it.Kind == senim.AgendaElection {
			what = i18n.T(l, "ui.meeting.elects", map[string]any{"body": i18n.T(l, "elected.body."+string(it.Body), nil), "seats": it.Seats})
		}
		v.Items = append(v.Items, agendaRow{it, what})
	}
	return v, nil
}

func (s *Server) meetingPage(w http.ResponseWriter, r *http.Request) {
	m, err := s.db.FindPartyMeeting(senim.WithActor(r.Context(), senim.Citizen), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.meetingSheet(r, m)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "meeting", "ui.meeting.title", v)
}

// staffMeetingsView is the staff list of meetings with the form to record one.
type staffMeetingsView struct {
	CanManage bool
	Name      string
	Rows      []meetingRow
	Total     int
	Kind      string
	Kinds     []choice
	Branches  []choice
	Form      map[string]string
	Errors    map[string]string
	Problem   string
}

// confReader refuses the pages of meetings and awards to staff who may
// not see the party's members.
func confReader(r *http.Request) error {
	if !senim.ActorFrom(r.Context()).CanSeeMembers() {
		return senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	return nil
}

func (s *Server) staffMeetingsView(r *http.Request) (*staffMeetingsView, error) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	if err := confReader(r); err != nil {
		return nil, err
	}
	v := &staffMeetingsView{CanManage: actor.CanManageMeetings(), Kinds: meetingKindChoices(l), Form: map[string]string{}, Errors: map[string]string{}}
	t, err := s.db.FindTerritory(ctx, actor.Territory)
	if err != nil {
		return nil, err
	}
	v.Name = t.Name(l)
	f := senim.PartyMeetingFilter{Territory: actor.Territory, Limit: meetingsPageSize}
	if k := r.URL.Query().Get("kind"); slices.Contains(senim.MeetingKinds, senim.MeetingKind(k)) {
		f.Kind, v.Kind = senim.MeetingKind(k), k
	}
	list, total, err := s.db.FindPartyMeetings(ctx, f)
	if err != nil {
		return nil, err
	}
	v.Total = total
	if v.Rows, err = s.meetingRows(r, list, "/staff/meetings/"); err != nil {
		return nil, err
	}
	if !v.CanManage {
		return v, nil
	}
	branches, err := s.db.FindBranches(ctx, actor.Territory)
	if err != nil {
		return nil, err
	}
	for _, b := range branches {
		v.Branches = append(v.Branches, choice{b.ID, b.Name.In(l)})
	}
	return v, nil
}

func (s *Server) staffMeetingsPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.staffMeetingsView(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "meetings_staff", "ui.meetings.staff_title", v)
}

var partyMeetingFields = []string{"branch", "kind", "title_ru", "title_kk", "title_en", "date", "place", "presiding", "delegates", "present"}

// confCounts reads the form's whole numbers: an empty field is 0, one
// that is not a whole number an error at it ("count").
func confCounts(f map[string]string, p *senim.Problems, names ...string) map[string]int {
	out := map[string]int{}
	for _, n := range names {
		v := strings.ReplaceAll(strings.TrimSpace(f[n]), " ", "")
		if v == "" {
			continue
		}
		x, err := strconv.Atoi(v)
		if err != nil {
			p.Add(senim.Invalid(n, "meeting.number"))
			continue
		}
		out[n] = x
	}
	return out
}

func (s *Server) createMeetingForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	f := readFields(r, partyMeetingFields...)
	var p senim.Problems
	nums := confCounts(f, &p, "delegates", "present")
	in := senim.PartyMeetingInput{Branch: f["branch"], Kind: f["kind"], Title: senim.Names{RU: f["title_ru"], KK: f["title_kk"], EN: f["title_en"]},
		Date: f["date"], Place: f["place"], Presiding: f["presiding"], Delegates: nums["delegates"], Present: nums["present"]}
	var err error
	var m *senim.PartyMeeting
	if p.Err() != nil {
		// A count that is no number is refused here with the form's other
		// faults; nothing is stored.
		if _, derr := senim.NewPartyMeeting(in, s.today()); derr != nil {
			besides(&p, derr)
		}
		err = p.Err()
	} else if m, err = s.db.CreatePartyMeeting(r.Context(), in); err == nil {
		http.Redirect(w, r, "/staff/meetings/"+m.ID, http.StatusSeeOther)
		return
	}
	s.refused(w, r, err, f, "meeting", func(status int, pf pageForms) {
		v, err := s.staffMeetingsView(r)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		v.Form, v.Errors, v.Problem = pf.Form, pf.Errors, pf.Problem
		s.render(w, r, status, "meetings_staff", "ui.meetings.staff_title", v)
	})
}

// confMember is a member a form offers or has chosen.
type confMember struct {
	ID, Name, Votes, Error string
	Joined                 senim.Date
}

// voteFormView is the form of an item's vote: the counts, the reason of a
// correction, and for an election the members chosen and those found.
type voteFormView struct {
	Item     agendaRow
	Form     map[string]string
	Errors   map[string]string
	Problem  string
	Chosen   []confMember
	Found    []confMember
	Searched bool
	Needed   int // the fewest votes for that pass
}

// staffMeetingView is a meeting for staff: its page with every name and,
// for those who record meetings, the forms to add an item and to record
// (or correct) an item's vote.
type staffMeetingView struct {
	*meetingSheet
	pageForms
	CanManage bool
	Kinds     []choice // of agenda items
	Bodies    []choice
	Vote      *voteFormView
}

func (s *Server) staffMeetingPage(w http.ResponseWriter, r *http.Request) {
	var vote *voteFormView
	if n, err := agendaNumber(r.URL.Query().Get("item")); err == nil {
		vote = &voteFormView{Item: agendaRow{AgendaItem: &senim.AgendaItem{Position: n}}, Form: map[string]string{}, Errors: map[string]string{}}
	}
	s.showStaffMeeting(w, r, http.StatusOK, pageForms{}, vote)
}

func (s *Server) showStaffMeeting(w http.ResponseWriter, r *http.Request, status int, forms pageForms, vote *voteFormView) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	if err := confReader(r); err != nil {
		s.pageError(w, r, err)
		return
	}
	m, err := s.db.FindPartyMeeting(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if !actor.Sees(m.Territory) {
		s.notFoundPage(w, r)
		return
	}
	sheet, err := s.meetingSheet(r, m)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := &staffMeetingView{meetingSheet: sheet, pageForms: forms, CanManage: actor.CanManageMeetings()}
	if v.CanManage {
		for _, k := range senim.AgendaKinds {
			v.Kinds = append(v.Kinds, choice{string(k), i18n.T(l, "agenda.kind."+string(k), nil)})
		}
		for _, b := range senim.ElectedBodies {
			if b.ElectsAt(m.Kind) {
				v.Bodies = append(v.Bodies, choice{string(b), i18n.T(l, "elected.body."+string(b), nil)})
			}
		}
		if vote != nil {
			for _, row := range sheet.Items {
				if row.Position == vote.Item.Position && m.Quorum {
					vote.Item, vote.Needed = row, senim.VotesNeeded(m.Present, row.Qualified)
					v.Vote = vote
					prefillVote(vote)
				}
			}
		}
	}
	s.render(w, r, status, "meeting_staff", "ui.meeting.title", v)
}

// prefillVote fills a fresh form of a vote already recorded with the
// record in force, so that a correction changes only what was wrong.
func prefillVote(vote *voteFormView) {
	cur := vote.Item.Vote
	if cur == nil || len(vote.Form) > 0 {
		return
	}
	vote.Form = map[string]string{"for": strconv.Itoa(cur.For), "against": strconv.Itoa(cur.Against), "abstained": strconv.Itoa(cur.Abstained)}
	for _, e := range cur.Elected {
		vote.Chosen = append(vote.Chosen, confMember{ID: e.MemberID, Name: e.Name, Votes: strconv.Itoa(e.Votes)})
	}
}

var (
	agendaFormFields = []string{"title_ru", "title_kk", "title_en", "kind", "body", "seats", "qualified"}
	voteFormFields   = []string{"for", "against", "abstained", "reason", "q"}
)

// changeMeetingForm takes a posted form of a meeting's page: ?do=item adds
// an agenda item; ?do=vote&item=N records the vote on item N, or, when
// the form's search button was pressed (find), shows the form again with
// the members found.
func (s *Server) changeMeetingForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	ctx, id, l := r.Context(), r.PathValue("id"), lang(r)
	switch r.URL.Query().Get("do") {
	case "item":
		f := readFields(r, agendaFormFields...)
		var p senim.Problems
		nums := confCounts(f, &p, "seats")
		in := senim.AgendaItemInput{Title: senim.Names{RU: f["title_ru"], KK: f["title_kk"], EN: f["title_en"]}, Kind: f["kind"],
			Body: f["body"], Seats: nums["seats"], Qualified: f["qualified"] != ""}
		if in.Kind != string(senim.AgendaElection) {
			in.Body = "" // the form's select of bodies always sends one
		}
		err := p.Err()
		if err != nil {
			// Seats that are no number are refused here with the form's
			// other faults; nothing is stored.
			m, ferr := s.db.FindPartyMeeting(ctx, id)
			if ferr != nil {
				s.pageError(w, r, ferr)
				return
			}
			if _, derr := m.NewAgendaItem(in); senim.ErrorCode(derr) == senim.EINVALID {
				besides(&p, derr)
			}
			err = p.Err()
		} else {
			if _, err = s.db.AddAgendaItem(ctx, id, in); err == nil {
				http.Redirect(w, r, "/staff/meetings/"+id, http.StatusSeeOther)
				return
			}
		}
		s.refused(w, r, err, f, "item", func(status int, pf pageForms) { s.showStaffMeeting(w, r, status, pf, nil) })
	case "vote":
		n, err := agendaNumber(r.URL.Query().Get("item"))
		if err != nil {
			s.notFoundPage(w, r)
			return
		}
		f := readFields(r, voteFormFields...)
		vote := &voteFormView{Item: agendaRow{AgendaItem: &senim.AgendaItem{Position: n}}, Form: f, Errors: map[string]string{}}
		var in senim.VoteInput
		for _, mid := range r.PostForm["elected"] {
			c := confMember{ID: mid, Name: r.PostFormValue("name_" + mid), Votes: strings.TrimSpace(r.PostFormValue("votes_" + mid))}
			vote.Chosen = append(vote.Chosen, c)
			e := senim.ElectedInput{Member: mid}
			if c.Votes != "" {
				if x, err := strconv.Atoi(strings.ReplaceAll(c.Votes, " ", "")); err == nil {
					e.Votes = &x
				} else {
					e.Votes = ptrTo(-1) // refused below as out of range
				}
			}
			in.Elected = append(in.Elected, e)
		}
		if r.PostFormValue("find") != "" {
			if err := s.findElectable(r, id, vote); err != nil {
				s.pageError(w, r, err)
				return
			}
			s.showStaffMeeting(w, r, http.StatusOK, pageForms{}, vote)
			return
		}
		var p senim.Problems
		nums := confCounts(f, &p, "for", "against", "abstained")
		in.For, in.Against, in.Abstained, in.Reason = nums["for"], nums["against"], nums["abstained"], f["reason"]
		if err = p.Err(); err == nil {
			if _, err = s.db.RecordVote(ctx, id, n, in); err == nil {
				http.Redirect(w, r, "/staff/meetings/"+id+"#item-"+strconv.Itoa(n), http.StatusSeeOther)
				return
			}
		}
		code := senim.ErrorCode(err)
		if code != senim.EINVALID && code != senim.ECONFLICT {
			s.pageError(w, r, err)
			return
		}
		problem, fields := formErrors(l, err, nil)
		vote.Problem = problem
		for field, msg := range fields {
			if rest, ok := strings.CutPrefix(field, "elected["); ok {
				i, _ := strconv.Atoi(rest[:strings.IndexByte(rest, ']')])
				if i < len(vote.Chosen) && vote.Chosen[i].Error == "" {
					vote.Chosen[i].Error = msg
				}
				continue
			}
			vote.Errors[field] = msg
		}
		s.showStaffMeeting(w, r, statusOf[code], pageForms{}, vote)
	default:
		s.notFoundPage(w, r)
	}
}

// confSearchLimit is how many members a search offers.
const confSearchLimit = 20

// findElectable fills the vote form with the members of the meeting's
// territory whose names match the query, those chosen left out.
func (s *Server) findElectable(r *http.Request, meetingID string, vote *voteFormView) error {
	vote.Searched = true
	q := strings.TrimSpace(vote.Form["q"])
	if q == "" {
		vote.Errors["q"] = i18n.T(lang(r), "required", nil)
		return nil
	}
	m, err := s.db.FindPartyMeeting(r.Context(), meetingID)
	if err != nil {
		return err
	}
	found, _, err := s.db.FindMembers(r.Context(), senim.MemberFilter{Territory: m.Territory, Query: q, Status: senim.MemberActive, Limit: confSearchLimit})
	if err != nil {
		return err
	}
	for _, fm := range found {
		if !slices.ContainsFunc(vote.Chosen, func(c confMember) bool { return c.ID == fm.ID }) {
			vote.Found = append(vote.Found, confMember{ID: fm.ID, Name: fm.Name, Joined: fm.Joined})
		}
	}
	return nil
}

// staffAwardsView is the staff list of awards with the form to grant one.
type staffAwardsView struct {
	CanManage bool
	Name      string
	Awards    []*senim.Award
	Total     int
	Kind      string
	Kinds     []choice
	Meetings  []choice
	Form      map[string]string
	Errors    map[string]string
	Problem   string
	Found     []confMember
	Searched  bool
	Done      bool
}

func (s *Server) staffAwardsView(r *http.Request, form map[string]string) (*staffAwardsView, error) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	if err := confReader(r); err != nil {
		return nil, err
	}
	v := &staffAwardsView{CanManage: actor.CanManageMeetings(), Form: form, Errors: map[string]string{}, Done: r.URL.Query().Get("done") != ""}
	if v.Form == nil {
		v.Form = map[string]string{}
	}
	t, err := s.db.FindTerritory(ctx, actor.Territory)
	if err != nil {
		return nil, err
	}
	v.Name = t.Name(l)
	for _, k := range senim.AwardKinds {
		v.Kinds = append(v.Kinds, choice{string(k), i18n.T(l, "award.kind."+string(k), nil)})
	}
	f := senim.AwardFilter{Limit: meetingsPageSize}
	if k := r.URL.Query().Get("kind"); slices.Contains(senim.AwardKinds, senim.AwardKind(k)) {
		f.Kind, v.Kind = senim.AwardKind(k), k
	}
	if v.Awards, v.Total, err = s.db.FindAwards(ctx, f); err != nil {
		return nil, err
	}
	if !v.CanManage {
		return v, nil
	}
	meetings, _, err := s.db.FindPartyMeetings(ctx, senim.PartyMeetingFilter{Territory: actor.Territory, Limit: 50})
	if err != nil {
		return nil, err
	}
	for _, m := range meetings {
		v.Meetings = append(v.Meetings, choice{m.ID, dateIn(l, m.Date) + " — " + clip(m.Title.In(l), 80)})
	}
	return v, nil
}

func (s *Server) staffAwardsPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.staffAwardsView(r, nil)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "awards_staff", "ui.awards.staff_title", v)
}

var awardFormFields = []string{"member", "member_name", "q", "kind", "date", "reason", "meeting", "decree"}

// grantAwardForm grants the award of the posted form, or, when its search
// button was pressed (find), shows the form again with the members found.
func (s *Server) grantAwardForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	ctx, l := r.Context(), lang(r)
	f := readFields(r, awardFormFields...)
	if f["member"] != "" {
		// The name shown beside the member chosen: the one found with it.
		f["member_name"] = cmp.Or(r.PostFormValue("name_"+f["member"]), f["member_name"])
	}
	v, err := s.staffAwardsView(r, f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if r.PostFormValue("find") != "" {
		v.Searched = true
		if q := strings.TrimSpace(f["q"]); q == "" {
			v.Errors["q"] = i18n.T(l, "required", nil)
		} else {
			found, _, err := s.db.FindMembers(ctx, senim.MemberFilter{Query: q, Limit: confSearchLimit})
			if err != nil {
				s.pageError(w, r, err)
				return
			}
			for _, m := range found {
				if m.ID != f["member"] {
					v.Found = append(v.Found, confMember{ID: m.ID, Name: m.Name, Joined: m.Joined})
				}
			}
		}
		s.render(w, r, http.StatusOK, "awards_staff", "ui.awards.staff_title", v)
		return
	}
	_, err = s.db.GrantAward(ctx, senim.AwardInput{Member: f["member"], Kind: f["kind"], Date: f["date"], Reason: f["reason"],
		Meeting: f["meeting"], Decree: f["decree"]})
	if err == nil {
		http.Redirect(w, r, "/staff/awards?done=1", http.StatusSeeOther)
		return
	}
	code := senim.ErrorCode(err)
	if code != senim.EINVALID && code != senim.ECONFLICT {
		s.pageError(w, r, err)
		return
	}
	v.Problem, v.Errors = formErrors(l, err, nil)
	s.render(w, r, statusOf[code], "awards_staff", "ui.awards.staff_title", v)
}
