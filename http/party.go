package http

import (
	"bytes"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/store"
)

// The JSON API of the party's structure: branches and primary
// organisations (public), members (staff of the branches and the central
// office; auditors read them masked), their import and export, and the
// membership statistics (public: they hold no person).

func (s *Server) listBranches(w http.ResponseWriter, r *http.Request) {
	k, err := territoryParam(r, "territory")
	if err != nil {
		s.error(w, r, err)
		return
	}
	t := senim.CountryKATO
	if k != nil {
		t = *k
	}
	list, err := s.db.FindBranches(r.Context(), t)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*senim.Branch{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) createBranch(w http.ResponseWriter, r *http.Request) {
	var in senim.BranchInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	b, err := s.db.CreateBranch(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, b)
}

// pageParams reads limit (1–max) and offset (0 or more).
func pageParams(q url.Values, maxLimit int, p *senim.Problems) (limit, offset int) {
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			p.Add(senim.Invalid("limit", "range", "min", 1, "max", maxLimit))
		}
		limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			p.Add(senim.Invalid("offset", "query.param", "param", "offset"))
		}
		offset = n
	}
	return limit, offset
}

type orgList struct {
	Organisations []*senim.PrimaryOrg `json:"organisations"`
	Total         int                 `json:"total"`
}

func orgFilter(r *http.Request) (store.OrgFilter, error) {
	q := r.URL.Query()
	var p senim.Problems
	var f store.OrgFilter
	readTerritory(r, "territory", &f.Territory, &p)
	if v := q.Get("kind"); v != "" {
		if !slices.Contains(senim.OrgKinds, senim.OrgKind(v)) {
			p.Add(senim.Invalid("kind", "org.kind", "kind", v))
		}
		f.Kind = senim.OrgKind(v)
	}
	f.Query = q.Get("q")
	f.Limit, f.Offset = pageParams(q, senim.MaxMemberPage, &p)
	return f, p.Err()
}

func (s *Server) listOrgs(w http.ResponseWriter, r *http.Request) {
	f, err := orgFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, total, err := s.db.FindOrgs(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*senim.PrimaryOrg{}
	}
	writeJSON(w, http.StatusOK, orgList{list, total})
}

func (s *Server) getOrg(w http.ResponseWriter, r *http.Request) {
	o, err := s.db.FindOrg(r.Context(), r.PathValue("ref"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, o)
}

func (s *Server) createOrg(w http.ResponseWriter, r *http.Request) {
	var in senim.PrimaryOrgInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	o, err := s.db.CreateOrg(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/organisations/"+o.ID)
	writeJSON(w, http.StatusCreated, o)
}

type memberList struct {
	Members []memberView `json:"members"`
	Total   int          `json:"total"`
}

// memberView is a member as the API writes it: times in Kazakhstan, to
// the second.
type memberView struct {
	*senim.Member
	CreatedAt string            `json:"created_at"`
	UpdatedAt string            `json:"updated_at"`
	Events    []memberEventView `json:"history,omitempty"`
}

type memberEventView struct {
	*senim.MemberEvent
	At string `json:"at"`
}

type memberLookView struct {
	store.MemberView
	At string `json:"at"`
}

func viewMember(m *senim.Member) memberView {
	v := memberView{Member: m, CreatedAt: m.CreatedAt.In(senim.KZ).Format(rfc3339), UpdatedAt: m.UpdatedAt.In(senim.KZ).Format(rfc3339)}
	for _, e := range m.Events {
		v.Events = append(v.Events, memberEventView{e, e.At.In(senim.KZ).Format(rfc3339)})
	}
	return v
}

// memberFilter reads territory, organisation, status, q, limit and offset.
func memberFilter(r *http.Request) (senim.MemberFilter, error) {
	q := r.URL.Query()
	var p senim.Problems
	var f senim.MemberFilter
	readTerritory(r, "territory", &f.Territory, &p)
	f.OrgID = q.Get("organisation")
	if v := q.Get("status"); v != "" {
		if !slices.Contains(senim.MemberStatuses, senim.MemberStatus(v)) {
			p.Add(senim.Invalid("status", "member.status", "status", v))
		}
		f.Status = senim.MemberStatus(v)
	}
	f.Query = q.Get("q")
	f.Limit, f.Offset = pageParams(q, senim.MaxMemberPage, &p)
	return f, p.Err()
}

func (s *Server) listMembers(w http.ResponseWriter, r *http.Request) {
	f, err := memberFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, total, err := s.db.FindMembers(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := memberList{Members: make([]memberView, 0, len(list)), Total: total}
	for _, m := range list {
		out.Members = append(out.Members, viewMember(m))
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getMember(w http.ResponseWriter, r *http.Request) {
	m, err := s.db.FindMember(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, viewMember(m))
}

func (s *Server) admitMember(w http.ResponseWriter, r *http.Request) {
	var in senim.MemberInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.AdmitMember(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/members/"+m.ID)
	writeJSON(w, http.StatusCreated, viewMember(m))
}

func (s *Server) updateMember(w http.ResponseWriter, r *http.Request) {
	var u senim.MemberUpdate
	if err := decode(w, r, &u); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.UpdateMember(r.Context(), r.PathValue("id"), u)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewMember(m))
}

func (s *Server) leaveMember(w http.ResponseWriter, r *http.Request) {
	var d senim.Departure
	if err := decode(w, r, &d); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.LeaveMember(r.Context(), r.PathValue("id"), d)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewMember(m))
}

func (s *Server) memberViews(w http.ResponseWriter, r *http.Request) {
	views, err := s.db.MemberViews(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]memberLookView, 0, len(views))
	for _, v := range views {
		out = append(out, memberLookView{v, v.At.In(senim.KZ).Format(rfc3339)})
	}
	writeJSON(w, http.StatusOK, out)
}

// importResult is what an import answers.
type importResult struct {
	Imported int `json:"imported"`
}

// importMembers reads a CSV or XLSX file — the request's body, or the
// field "file" of a multipart form — and admits its members, all or none.
func (s *Server) importMembers(w http.ResponseWriter, r *http.Request) {
	n, err := s.importMemberFile(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, importResult{n})
}

func (s *Server) importMemberFile(w http.ResponseWriter, r *http.Request) (int, error) {
	if !senim.ActorFrom(r.Context()).CanManageMembers() {
		return 0, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	data, err := readUploadedFile(w, r, maxMemberFile)
	if err != nil {
		return 0, err
	}
	recs, err := exchange.ReadMembers(bytes.NewReader(data))
	if err != nil {
		return 0, err
	}
	return s.db.ImportMembers(r.Context(), recs)
}

// maxMemberFile bounds a members' file: 100,000 members with addresses
// and e-mails make about 15 MB.
const maxMemberFile = 64 << 20

// exportMembers writes the members of a territory (organisation, status)
// as CSV or XLSX (format), headers in the reader's language. An export
// shows IINs and contacts and is recorded as a look at that many members.
func (s *Server) exportMembers(w http.ResponseWriter, r *http.Request) {
	f, err := memberFilter(r)
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "csv"
		if strings.HasSuffix(r.URL.Path, ".xlsx") {
			format = "xlsx"
		}
	}
	if format != "csv" && format != "xlsx" {
		var p senim.Problems
		p.Add(err)
		p.Add(senim.Invalid("format", "query.param", "param", "format"))
		err = p.Err()
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	var buf bytes.Buffer
	mw, err := exchange.NewMemberWriter(&buf, format, lang(r))
	if err != nil {
		s.error(w, r, err)
		return
	}
	if _, err := s.db.ExportMembers(r.Context(), f, mw.Write); err != nil {
		mw.Discard()
		s.error(w, r, err)
		return
	}
	if err := mw.Finish(); err != nil {
		s.error(w, r, err)
		return
	}
	typ := "text/csv; charset=utf-8"
	if format == "xlsx" {
		typ = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	h := w.Header()
	h.Set("Content-Type", typ)
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": "members." + format}))
	h.Set("X-Content-Type-Options", "nosniff")
	w.Write(buf.Bytes())
}

// membershipFilter reads territory, from and to (days; by default the
// year so far) and parts.
func (s *Server) membershipFilter(r *http.Request) (senim.MemberStatsFilter, error) {
	q := r.URL.Query()
	today := senim.DateOf(s.db.Now())
	f := senim.MemberStatsFilter{Territory: senim.CountryKATO, From: senim.NewDate(today.Year(), 1, 1), To: today}
	var p senim.Problems
	readTerritory(r, "territory", &f.Territory, &p)
	periodParams(q, senim.ParseDate, &f.From, &f.To, func(name string) { p.Add(senim.Invalid(name, "date")) })
	if v := q.Get("parts"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			p.Add(senim.Invalid("parts", "query.param", "param", "parts"))
		}
		f.Parts = b
	}
	if err := p.Err(); err != nil {
		return f, err
	}
	switch {
	case f.To.After(today):
		return f, senim.Invalid("to", "date.future")
	case f.To.Before(f.From):
		return f, senim.Invalid("to", "period.order")
	}
	return f, nil
}

func (s *Server) membershipStats(w http.ResponseWriter, r *http.Request) {
	f, err := s.membershipFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	st, err := s.db.MemberStats(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// partySettings are the party's settings: the age below which a member
// or a candidate is young.
type partySettings struct {
	YouthAge int `json:"youth_age"`
}

func (s *Server) getPartySettings(w http.ResponseWriter, r *http.Request) {
	age, err := s.db.YouthAge(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, partySettings{age})
}

func (s *Server) putPartySettings(w http.ResponseWriter, r *http.Request) {
	var in partySettings
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	if err := s.db.SetYouthAge(r.Context(), in.YouthAge); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, in)
}
