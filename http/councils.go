package http

import (
	"net/http"
	"slices"
	"strconv"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

// The JSON API of public councils: councils with members and meetings,
// and the issues they raise, taken under control.

func (s *Server) listCouncils(w http.ResponseWriter, r *http.Request) {
	var p senim.Problems
	k, err := territoryParam(r, "territory")
	p.Add(err)
	on, err := territoryParam(r, "on")
	p.Add(err)
	if err := p.Err(); err != nil {
		s.error(w, r, err)
		return
	}
	list, err := s.db.FindCouncils(r.Context(), senim.CouncilFilter{Territory: k, On: on})
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*store.CouncilLine{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) createCouncil(w http.ResponseWriter, r *http.Request) {
	var in senim.CouncilInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	c, err := s.db.CreateCouncil(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/councils/"+c.ID)
	writeJSON(w, http.StatusCreated, c)
}

func (s *Server) getCouncil(w http.ResponseWriter, r *http.Request) {
	c, err := s.db.FindCouncil(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	if c.Members == nil {
		c.Members = []*senim.CouncilMember{}
	}
	if c.Meetings == nil {
		c.Meetings = []*senim.Meeting{}
	}
	writeJSON(w, http.StatusOK, c)
}

func (s *Server) addCouncilMember(w http.ResponseWriter, r *http.Request) {
	var in senim.CouncilMemberInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.AddCouncilMember(r.Context(), r.PathValue("id"), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, m)
}

// addMeeting records a meeting: JSON, or a multipart form with the signed
// minutes as a file (fields date, agenda, minutes, attended; file).
func (s *Server) addMeeting(w http.ResponseWriter, r *http.Request) {
	var in senim.MeetingInput
	if isMultipart(r) {
		file, err := readUpload(w, r, "file")
		if err != nil {
			s.error(w, r, err)
			return
		}
		in = senim.MeetingInput{On: r.FormValue("date"), Agenda: r.FormValue("agenda"), Minutes: r.FormValue("minutes"), File: file}
		if v := r.FormValue("attended"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				s.error(w, r, senim.Invalid("attended", "number"))
				return
			}
			in.Attended = n
		}
	} else if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.AddMeeting(r.Context(), r.PathValue("id"), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, m)
}

// issueView is an issue with its status in words and its history in
// Kazakhstan time; the public do not see who changed it.
type issueView struct {
	*senim.Issue
	StatusName string           `json:"status_name"`
	Overdue    bool             `json:"overdue"`
	Events     []issueEventView `json:"history,omitempty"`
}

type issueEventView struct {
	*senim.IssueEvent
	Actor string `json:"actor,omitempty"`
	At    string `json:"at"`
}

func (s *Server) viewIssue(r *http.Request, is *senim.Issue) issueView {
	staff := senim.ActorFrom(r.Context()).IsStaff()
	v := issueView{Issue: is, StatusName: i18n.T(lang(r), "issue.status."+string(is.Status), nil), Overdue: is.Overdue(s.today())}
	for _, e := range is.Events {
		ev := issueEventView{IssueEvent: e, At: e.At.In(senim.KZ).Format(rfc3339)}
		if staff {
			ev.Actor = e.Actor
		}
		v.Events = append(v.Events, ev)
	}
	return v
}

func (s *Server) takeIssue(w http.ResponseWriter, r *http.Request) {
	var in senim.IssueInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	is, err := s.db.TakeIssue(r.Context(), r.PathValue("id"), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/issues/"+is.ID)
	writeJSON(w, http.StatusCreated, s.viewIssue(r, is))
}

// listIssues lists issues under control by territory, council, status and
// whether they are overdue today, the latest taken first.
func (s *Server) listIssues(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	var f senim.IssueFilter
	var p senim.Problems
	k, err := territoryParam(r, "territory")
	p.Add(err)
	f.Territory = k
	if v := q.Get("council"); v != "" {
		if !senim.ValidID(v) {
			p.Add(senim.Invalid("council", "query.param", "param", "council"))
		}
		f.Council = &v
	}
	if v := q.Get("status"); v != "" {
		st := senim.IssueStatus(v)
		if !slices.Contains(senim.IssueStatuses, st) {
			p.Add(senim.Invalid("status", "query.param", "param", "status"))
		}
		f.Status = &st
	}
	switch v := q.Get("overdue"); v {
	case "":
	case "true":
		today := s.today()
		f.Overdue = &today
	default:
		p.Add(senim.Invalid("overdue", "query.param", "param", "overdue"))
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > senim.MaxIssuesPage {
			p.Add(senim.Invalid("limit", "query.param", "param", "limit"))
		}
		f.Limit = n
	}
	if err := p.Err(); err != nil {
		s.error(w, r, err)
		return
	}
	list, err := s.db.FindIssues(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]issueView, 0, len(list))
	for _, is := range list {
		out = append(out, s.viewIssue(r, is))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getIssue(w http.ResponseWriter, r *http.Request) {
	is, err := s.db.FindIssue(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.viewIssue(r, is))
}

func (s *Server) changeIssue(w http.ResponseWriter, r *http.Request) {
	var ch senim.IssueChange
	if err := decode(w, r, &ch); err != nil {
		s.error(w, r, err)
		return
	}
	is, err := s.db.ChangeIssue(r.Context(), r.PathValue("id"), ch)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.viewIssue(r, is))
}

// issueStats counts the issues taken under control in a period (this year
// by default) on a territory and each of its parts: the regions, for the
// country.
func (s *Server) issueStats(w http.ResponseWriter, r *http.Request) {
	k, err := territoryParam(r, "territory")
	var p senim.Problems
	p.Add(err)
	today := s.today()
	from, to := senim.NewDate(today.Year(), 1, 1), today
	periodParams(r.URL.Query(), senim.ParseDate, &from, &to, func(param string) {
		p.Add(senim.Invalid(param, "query.param", "param", param))
	})
	if to.Before(from) {
		p.Add(senim.Invalid("to", "period.order"))
	}
	if err := p.Err(); err != nil {
		s.error(w, r, err)
		return
	}
	root := senim.CountryKATO
	if k != nil {
		root = *k
	}
	st, err := s.db.IssueStats(r.Context(), root, from, to, today)
	if err != nil {
		s.error(w, r, err)
		return
	}
	codes := make([]senim.KATO, len(st.Parts))
	for i, part := range st.Parts {
		codes[i] = part.Territory
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		s.error(w, r, err)
		return
	}
	for _, part := range st.Parts {
		part.Name = names[part.Territory]
	}
	slices.SortFunc(st.Parts, func(a, b *senim.IssuePart) int { return b.Taken - a.Taken })
	writeJSON(w, http.StatusOK, st)
}
