package http

import (
	"bytes"
	"cmp"
	"errors"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

// The party's pages: the public membership figures of any territory
// (/party), and for the branches, the central office and the auditors the
// members' list with admission, import and export (/staff/members) and a
// member's card (/staff/members/{id}).

type partyPageView struct {
	Stats    *senim.MemberStats
	Name     string
	Crumbs   []crumb
	From, To string
	Errors   map[string]string
	Parts    []partyPart
	Branches []*senim.Branch
	Pyramid  []pyramidRow
	// PyramidHeight is the chart's height in SVG units.
	PyramidHeight int
	WomenShare    float64
	YouthShare    float64
	Orgs          []*senim.PrimaryOrg
	OrgsTotal     int
}

type partyPart struct {
	Code  senim.KATO
	Name  string
	Stats *senim.MemberStats
	Href  string
	Bar   int // 0–100, the part with the most members 100
}

// pyramidRow is an age band of the age pyramid: men to the left, women
// to the right, bars 0–100 of the largest.
type pyramidRow struct {
	Band              string
	Men, Women        int
	MenBar, WomenBar  int
	MenBarX, WomenEnd int // where the men's bar starts; where the women's ends (SVG units)
	Y, TextY          int
}

// partyPage shows a territory's membership for a period (by default the
// year so far): members, organisations, admissions, departures, the age
// pyramid, its parts and its branches.
func (s *Server) partyPage(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	q := r.URL.Query()
	v := &partyPageView{From: q.Get("from"), To: q.Get("to"), Errors: map[string]string{}}
	f, err := s.membershipFilter(r)
	status := http.StatusOK
	if err != nil {
		var e *senim.Error
		if !errors.As(err, &e) {
			s.pageError(w, r, err)
			return
		}
		for _, fe := range e.FieldErrors() {
			v.Errors[fe.Field] = message(l, fe)
		}
		status = http.StatusUnprocessableEntity
		today := senim.DateOf(s.db.Now())
		f = senim.MemberStatsFilter{Territory: senim.CountryKATO, From: senim.NewDate(today.Year(), 1, 1), To: today}
		if k, err := territoryParam(r, "territory"); err == nil && k != nil {
			f.Territory = *k
		}
	}
	f.Parts = true
	t, err := s.db.FindTerritory(ctx, f.Territory)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Name = t.Name(l)
	if v.Stats, err = s.db.MemberStats(ctx, f); err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.From == "" || v.Errors["from"] != "" {
		v.From = f.From.String()
	}
	if v.To == "" || v.Errors["to"] != "" {
		v.To = f.To.String()
	}
	if f.Territory != senim.CountryKATO {
		anc := f.Territory.Ancestors()
		names, err := s.territoryNames(r, anc[:len(anc)-1])
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, k := range anc[:len(anc)-1] {
			v.Crumbs = append(v.Crumbs, crumb{k, names[k]})
		}
	}
	var codes []senim.KATO
	top := 0
	for _, p := range v.Stats.Parts {
		codes = append(codes, p.Territory)
		top = max(top, p.Members)
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	period := url.Values{"from": {v.From}, "to": {v.To}}
	for _, p := range v.Stats.Parts {
		name := cmp.Or(names[p.Territory], string(p.Territory))
		period.Set("territory", string(p.Territory))
		part := partyPart{Code: p.Territory, Name: name, Stats: p, Href: "/party?" + period.Encode()}
		if top > 0 {
			part.Bar = p.Members * 100 / top
		}
		v.Parts = append(v.Parts, part)
	}
	most := 0
	for _, b := range v.Stats.Bands {
		most = max(most, b.Men, b.Women)
	}
	for i, b := range v.Stats.Bands {
		row := pyramidRow{Band: b.Band, Men: b.Men, Women: b.Women, Y: i * 20, TextY: i*20 + 12}
		if most > 0 {
			row.MenBar, row.WomenBar = b.Men*100/most, b.Women*100/most
		}
		row.MenBarX, row.WomenEnd = 140-row.MenBar, 180+row.WomenBar
		v.Pyramid = append(v.Pyramid, row)
	}
	v.PyramidHeight = len(v.Pyramid)*20 - 4
	if n := v.Stats.Members; n > 0 {
		v.WomenShare = float64(v.Stats.Women) / float64(n)
		v.YouthShare = float64(v.Stats.Youth) / float64(n)
	}
	if v.Branches, err = s.db.FindBranches(ctx, f.Territory); err != nil {
		s.pageError(w, r, err)
		return
	}
	// The branches of the territory itself and one level down.
	kept := v.Branches[:0]
	for _, b := range v.Branches {
		if b.Territory == f.Territory || b.Territory.Parent() == f.Territory {
			kept = append(kept, b)
		}
	}
	v.Branches = kept
	if f.Territory.Level() >= senim.LevelDistrict {
		if v.Orgs, v.OrgsTotal, err = s.db.FindOrgs(ctx, store.OrgFilter{Territory: f.Territory, Limit: 200}); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "party", "ui.party.title", v)
}

// membersStaffView is the members' list for staff.
type membersStaffView struct {
	Members     []*senim.Member
	Total       int64
	Filter      url.Values
	Errors      map[string]string
	Form        map[string]string
	Done        string
	Manage      bool
	Statuses    []choice
	Prev, Next  string
	Shown       string       // "1–50"
	ExportCSV   template.URL // the export links, with the list's filters
	ExportXLSX  template.URL
	ImportLines []string
}

const membersPage = 50

func (s *Server) staffMembersPage(w http.ResponseWriter, r *http.Request) {
	s.renderStaffMembers(w, r, http.StatusOK, nil, nil, r.URL.Query().Get("done"), nil)
}

func (s *Server) renderStaffMembers(w http.ResponseWriter, r *http.Request, status int, form, errs map[string]string, done string, lines []string) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	if !actor.CanSeeMembers() {
		s.pageError(w, r, senim.Errorf(senim.EFORBIDDEN, "forbidden"))
		return
	}
	v := &membersStaffView{Filter: r.URL.Query(), Errors: errs, Form: form, Manage: actor.CanManageMembers(), ImportLines: lines}
	if n, ok := strings.CutPrefix(done, "imported-"); ok {
		k, _ := strconv.Atoi(n)
		v.Done = i18n.N(l, "ui.members.done.imported", k, map[string]any{"n": k})
	}
	if v.Errors == nil {
		v.Errors = map[string]string{}
	}
	if v.Form == nil {
		v.Form = map[string]string{}
	}
	f, err := memberFilter(r)
	if err != nil {
		var e *senim.Error
		if errors.As(err, &e) {
			for _, fe := range e.FieldErrors() {
				v.Errors[fe.Field] = message(l, fe)
			}
		}
		f = senim.MemberFilter{}
		status = http.StatusUnprocessableEntity
	}
	f.Limit = membersPage
	if f.Status == "" && !v.Filter.Has("status") {
		f.Status = senim.MemberActive
		v.Filter.Set("status", string(senim.MemberActive))
	}
	var total int
	v.Members, total, err = s.db.FindMembers(ctx, f)
	if senim.ErrorCode(err) == senim.EFORBIDDEN && f.Territory != "" {
		// A territory outside one's own: said at its field, one's own listed.
		var e *senim.Error
		errors.As(err, &e)
		v.Errors["territory"] = message(l, e)
		status = http.StatusUnprocessableEntity
		f.Territory = ""
		v.Members, total, err = s.db.FindMembers(ctx, f)
	}
	v.Total = int64(total)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Statuses = []choice{{"", i18n.T(l, "ui.members.any_status", nil)}}
	for _, st := range senim.MemberStatuses {
		v.Statuses = append(v.Statuses, choice{string(st), i18n.T(l, "member.status."+string(st), nil)})
	}
	page := func(offset int) string {
		q := url.Values{}
		for k, vs := range v.Filter {
			q[k] = vs
		}
		q.Set("offset", strconv.Itoa(offset))
		return "/staff/members?" + q.Encode()
	}
	if f.Offset > 0 {
		v.Prev = page(max(0, f.Offset-membersPage))
	}
	if f.Offset+len(v.Members) < total {
		v.Next = page(f.Offset + membersPage)
	}
	if len(v.Members) > 0 {
		v.Shown = strconv.Itoa(f.Offset+1) + "–" + strconv.Itoa(f.Offset+len(v.Members))
	}
	ex := url.Values{}
	for _, k := range []string{"territory", "status", "organisation"} {
		if x := v.Filter.Get(k); x != "" {
			ex.Set(k, x)
		}
	}
	ex.Set("format", "csv")
	v.ExportCSV = template.URL("/staff/members.csv?" + ex.Encode())
	ex.Set("format", "xlsx")
	v.ExportXLSX = template.URL("/staff/members.xlsx?" + ex.Encode())
	s.render(w, r, status, "members_staff", "ui.members.title", v)
}

// staffMembersForm admits a member (do=admit) or imports a file (do=import,
// a multipart form with the file in "file").
func (s *Server) staffMembersForm(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	if isMultipart(r) {
		if err := parseUploadOf(w, r, "file", maxMemberFile); err != nil {
			s.pageError(w, r, err)
			return
		}
		if !checkCSRF(r) {
			s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", i18n.T(l, "ui.error.form", nil))
			return
		}
	} else if !s.postedForm(w, r) {
		return
	}
	form := map[string]string{}
	for k := range r.PostForm {
		form[k] = r.PostForm.Get(k)
	}
	if r.MultipartForm != nil {
		for k, vs := range r.MultipartForm.Value {
			form[k] = vs[0]
		}
	}
	errs := map[string]string{}
	var lines []string
	fail := func(err error, import_ bool) {
		var e *senim.Error
		if !errors.As(err, &e) || e.Code != senim.EINVALID && e.Code != senim.ECONFLICT {
			s.pageError(w, r, err)
			return
		}
		for _, fe := range e.FieldErrors() {
			if import_ {
				lines = append(lines, lineMessage(l, fe))
				continue
			}
			errs[cmp.Or(fe.Field, "form")] = message(l, fe)
		}
		if len(e.FieldErrors()) == 0 {
			errs["form"] = message(l, e)
		}
		status := http.StatusUnprocessableEntity
		if e.Code == senim.ECONFLICT {
			status = http.StatusConflict
		}
		s.renderStaffMembers(w, r, status, form, errs, "", lines)
	}
	switch form["do"] {
	case "import":
		data, err := readUploadedFile(w, r, maxMemberFile)
		if err != nil {
			fail(err, true)
			return
		}
		recs, err := exchange.ReadMembers(bytes.NewReader(data))
		if err != nil {
			fail(err, true)
			return
		}
		n, err := s.db.ImportMembers(ctx, recs)
		if err != nil {
			fail(err, true)
			return
		}
		http.Redirect(w, r, "/staff/members?done=imported-"+strconv.Itoa(n), http.StatusSeeOther)
	default:
		m, err := s.db.AdmitMember(ctx, senim.MemberInput{IIN: form["iin"], Name: form["name"], Phone: form["phone"], Email: form["email"],
			Address: form["address"], Org: form["organisation"], Joined: form["joined"], YouthWing: form["youth_wing"] != ""})
		if err != nil {
			fail(err, false)
			return
		}
		http.Redirect(w, r, "/staff/members/"+m.ID+"?done=admitted", http.StatusSeeOther)
	}
}

// lineMessage writes an import's fault as "Line 12, IIN: …".
func lineMessage(l string, fe *senim.Error) string {
	line, field, ok := splitLineField(fe.Field)
	if !ok {
		return message(l, fe)
	}
	return i18n.T(l, "ui.members.line", map[string]any{"line": line, "column": i18n.T(l, "ui.members.col."+field, nil)}) + " " + message(l, fe)
}

// splitLineField reads "line.12.iin" as 12 and "iin".
func splitLineField(f string) (line int, field string, ok bool) {
	const prefix = "line."
	if len(f) <= len(prefix) || f[:len(prefix)] != prefix {
		return 0, "", false
	}
	rest := f[len(prefix):]
	for i := 0; i < len(rest); i++ {
		if rest[i] == '.' {
			n, err := strconv.Atoi(rest[:i])
			return n, rest[i+1:], err == nil
		}
	}
	return 0, "", false
}

// memberStaffView is a member's card.
type memberStaffView struct {
	Member  *senim.Member
	Org     *senim.PrimaryOrg
	Views   []store.MemberView
	Manage  bool
	Form    map[string]string
	Errors  map[string]string
	Done    string
	Reasons []choice
	AgeText string // "38 лет"
}

func (s *Server) staffMemberPage(w http.ResponseWriter, r *http.Request) {
	s.renderStaffMember(w, r, http.StatusOK, nil, nil, r.URL.Query().Get("done"))
}

func (s *Server) renderStaffMember(w http.ResponseWriter, r *http.Request, status int, form, errs map[string]string, done string) {
	ctx, l := r.Context(), lang(r)
	m, err := s.db.FindMember(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := &memberStaffView{Member: m, Manage: senim.ActorFrom(ctx).CanManageMembers(), Form: form, Errors: errs}
	if slices.Contains([]string{"admitted", "updated", "left", "suspended", "resumed"}, done) {
		v.Done = i18n.T(l, "ui.member.done."+done, nil)
	}
	if v.Org, err = s.db.FindOrg(ctx, m.OrgID); err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Views, err = s.db.MemberViews(ctx, m.ID); err != nil {
		s.pageError(w, r, err)
		return
	}
	// The member's values, and over them what was posted with the form
	// that failed (only that form's fields).
	v.Form = map[string]string{"name": m.Name, "phone": m.Phone, "email": m.Email, "address": m.Address, "organisation": v.Org.Code}
	if m.YouthWing {
		v.Form["youth_wing"] = "on"
	}
	if form["do"] == "update" {
		delete(v.Form, "youth_wing")
	}
	for k, x := range form {
		v.Form[k] = x
	}
	if v.Errors == nil {
		v.Errors = map[string]string{}
	}
	v.AgeText = i18n.N(l, "ui.member.age", m.Age, map[string]any{"n": m.Age})
	for _, reason := range senim.LeaveReasons {
		v.Reasons = append(v.Reasons, choice{string(reason), i18n.T(l, "member.reason."+string(reason), nil)})
	}
	s.render(w, r, status, "member_staff", "ui.member.title", v)
}

// staffMemberForm changes a member's record (do=update), suspends or
// resumes them (do=suspend, do=resume) or records a departure (do=leave).
func (s *Server) staffMemberForm(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	if !s.postedForm(w, r) {
		return
	}
	form := map[string]string{}
	for k := range r.PostForm {
		form[k] = r.PostForm.Get(k)
	}
	id := r.PathValue("id")
	var err error
	var done string
	switch form["do"] {
	case "leave":
		_, err = s.db.LeaveMember(ctx, id, senim.Departure{On: form["on"], Reason: form["reason"], Note: form["note"]})
		done = "left"
	case "suspend", "resume":
		st := map[string]string{"suspend": "suspended", "resume": "active"}[form["do"]]
		_, err = s.db.UpdateMember(ctx, id, senim.MemberUpdate{Status: &st})
		done = form["do"] + "d"
	default:
		youth := form["youth_wing"] != ""
		name, phone, email, address, org := form["name"], form["phone"], form["email"], form["address"], form["organisation"]
		_, err = s.db.UpdateMember(ctx, id, senim.MemberUpdate{Name: &name, Phone: &phone, Email: &email, Address: &address, Org: &org, YouthWing: &youth})
		done = "updated"
	}
	if err != nil {
		var e *senim.Error
		if !errors.As(err, &e) || e.Code != senim.EINVALID && e.Code != senim.ECONFLICT {
			s.pageError(w, r, err)
			return
		}
		errs := map[string]string{}
		for _, fe := range e.FieldErrors() {
			errs[cmp.Or(fe.Field, "form")] = message(l, fe)
		}
		if len(e.FieldErrors()) == 0 {
			errs["form"] = message(l, e)
		}
		status := http.StatusUnprocessableEntity
		if e.Code == senim.ECONFLICT {
			status = http.StatusConflict
		}
		s.renderStaffMember(w, r, status, form, errs, "")
		return
	}
	http.Redirect(w, r, "/staff/members/"+id+"?done="+done, http.StatusSeeOther)
}
