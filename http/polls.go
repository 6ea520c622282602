package http

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

// Public polls: the JSON API (anyone lists, reads and votes; the branches
// and the central office open polls and close them early), the public
// pages (the list, a poll with its vote form and its results drawn as SVG
// bars) and the staff page that opens and closes polls. The results are
// the counts the store keeps, read afresh on every request.

// pollRoutes registers the routes of the polls.
func (s *Server) pollRoutes(m *http.ServeMux) {
	m.HandleFunc("GET /api/v1/polls", s.listPolls)
	m.HandleFunc("POST /api/v1/polls", s.staff(s.createPoll))
	m.HandleFunc("GET /api/v1/polls/{id}", s.getPoll)
	m.HandleFunc("POST /api/v1/polls/{id}/votes", s.votePoll)
	m.HandleFunc("POST /api/v1/polls/{id}/close", s.staff(s.closePoll))

	m.HandleFunc("GET /polls", s.pollsPage)
	m.HandleFunc("GET /polls/{id}", s.pollPage)
	m.HandleFunc("POST /polls/{id}", s.voteForm)
	m.HandleFunc("GET /staff/polls", s.signedIn(s.staffPollsPage))
	m.HandleFunc("POST /staff/polls", s.signedIn(s.createPollForm))
	m.HandleFunc("POST /staff/polls/{id}/close", s.signedIn(s.closePollForm))
}

// pollView is a poll as the API writes it: its status today and its
// results, each option with its votes and share.
type pollView struct {
	ID        string                   `json:"id"`
	Question  senim.Names              `json:"question"`
	Territory senim.KATO               `json:"territory"`
	Opens     senim.Date               `json:"opens"`
	Closes    senim.Date               `json:"closes"`
	ClosedOn  senim.Date               `json:"closed_on,omitzero"`
	Status    senim.PollStatus         `json:"status"`
	Total     int                      `json:"total"`
	Options   []senim.PollOptionResult `json:"options"`
	Leaders   []int                    `json:"leaders"`
}

func viewPoll(p *senim.Poll, today senim.Date) pollView {
	r := senim.PollResults(p)
	return pollView{ID: p.ID, Question: p.Question, Territory: p.Territory, Opens: p.Opens, Closes: p.Closes, ClosedOn: p.ClosedOn,
		Status: p.StatusOn(today), Total: r.Total, Options: r.Options, Leaders: r.Leaders}
}

type pollList struct {
	Polls []pollView `json:"polls"`
	Total int        `json:"total"`
}

// pollFilter reads territory, status, limit and offset.
func pollFilter(r *http.Request) (store.PollFilter, error) {
	q := r.URL.Query()
	var p senim.Problems
	var f store.PollFilter
	readTerritory(r, "territory", &f.Territory, &p)
	if v := q.Get("status"); v != "" {
		if !slices.Contains(store.PollStatuses, senim.PollStatus(v)) {
			p.Add(senim.Invalid("status", "poll.status", "status", v))
		}
		f.Status = senim.PollStatus(v)
	}
	f.Limit, f.Offset = pageParams(q, store.MaxPollPage, &p)
	return f, p.Err()
}

func (s *Server) listPolls(w http.ResponseWriter, r *http.Request) {
	f, err := pollFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	polls, total, err := s.db.FindPolls(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := pollList{Polls: make([]pollView, len(polls)), Total: total}
	for i, p := range polls {
		out.Polls[i] = viewPoll(p, s.today())
	}
	w.Header().Set("Cache-Control", "no-cache")
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) createPoll(w http.ResponseWriter, r *http.Request) {
	var in senim.PollInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	p, err := s.db.CreatePoll(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/polls/"+p.ID)
	writeJSON(w, http.StatusCreated, viewPoll(p, s.today()))
}

func (s *Server) getPoll(w http.ResponseWriter, r *http.Request) {
	p, err := s.db.FindPoll(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-cache") // the results are live
	writeJSON(w, http.StatusOK, viewPoll(p, s.today()))
}

// voteRequest is a vote: the option's number and the voter's IIN.
type voteRequest struct {
	Option *int   `json:"option"`
	IIN    string `json:"iin"`
}

// vote takes a vote for the option (nil when none was chosen) after the
// rate limit: every client address, staff's too, may try only so many
// IINs a minute. A vote without an answer is checked like any other, so
// that a poll not open says so first, and its answer's fault is that none
// was chosen.
func (s *Server) vote(r *http.Request, id string, option *int, iin string) (*senim.Poll, error) {
	if !s.votes.Allow(s.clientIP(r)) {
		return nil, senim.Errorf(senim.ETOOMANY, "rate_limited")
	}
	n := 0
	if option != nil {
		n = *option
	}
	p, err := s.db.Vote(r.Context(), id, n, iin)
	if e, ok := err.(*senim.Error); ok && option == nil && e.Code == senim.EINVALID {
		var pr senim.Problems
		for _, fe := range e.FieldErrors() {
			if fe.Field == "option" {
				fe = senim.Invalid("option", "poll.choose")
			}
			pr.Add(fe)
		}
		err = pr.Err()
	}
	return p, err
}

func (s *Server) votePoll(w http.ResponseWriter, r *http.Request) {
	var req voteRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	p, err := s.vote(r, r.PathValue("id"), req.Option, req.IIN)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusCreated, viewPoll(p, s.today()))
}

func (s *Server) closePoll(w http.ResponseWriter, r *http.Request) {
	p, err := s.db.ClosePoll(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewPoll(p, s.today()))
}

// The pages.

// pollRow is a poll as a list shows it.
type pollRow struct {
	ID, Question, Place     string
	Status                  senim.PollStatus
	Opens, Closes, ClosedOn senim.Date
	Total                   int
	CanClose                bool // the staff page offers to close it
}

// pollRows turns polls into rows with their places' names.
func (s *Server) pollRows(r *http.Request, polls []*senim.Poll) ([]pollRow, error) {
	codes := make([]senim.KATO, len(polls))
	for i, p := range polls {
		codes[i] = p.Territory
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		return nil, err
	}
	today := s.today()
	rows := make([]pollRow, len(polls))
	for i, p := range polls {
		rows[i] = pollRow{ID: p.ID, Question: p.Question.In(lang(r)), Place: names[p.Territory], Status: p.StatusOn(today),
			Opens: p.Opens, Closes: p.Closes, ClosedOn: p.ClosedOn, Total: senim.PollResults(p).Total}
	}
	return rows, nil
}

// pollsPageView is the public list of polls with its filters.
type pollsPageView struct {
	Rows      []pollRow
	Total     int
	More      int // polls past the page
	Places    []choice
	Statuses  []choice
	Form      map[string]string
	Errors    map[string]string
	MoreHref  string
	Territory string // the filter's place, named
}

// pollsPerPage is how many polls a list page shows.
const pollsPerPage = 50

func (s *Server) pollsPage(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	q := r.URL.Query()
	v := &pollsPageView{Form: map[string]string{"territory": q.Get("territory"), "status": q.Get("status")}, Errors: map[string]string{}}
	f, err := pollFilter(r)
	if err != nil { // the list without the filters at fault, each marked
		for _, fe := range err.(*senim.Error).FieldErrors() {
			v.Errors[fe.Field] = filterMessage(l, fe)
		}
		if v.Errors["territory"] != "" {
			f.Territory = ""
		}
		if v.Errors["status"] != "" {
			f.Status = ""
		}
		f.Offset = 0
	}
	f.Limit = pollsPerPage
	polls, total, err := s.db.FindPolls(ctx, f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Rows, err = s.pollRows(r, polls); err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Total = total
	if total > f.Offset+len(polls) {
		v.More = total - f.Offset - len(polls)
		next := cloneValues(q)
		next.Set("offset", strconv.Itoa(f.Offset+len(polls)))
		v.MoreHref = "/polls?" + next.Encode()
	}
	regions, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: ptrTo(senim.CountryKATO)})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	found := f.Territory == "" || f.Territory == senim.CountryKATO
	for _, t := range regions {
		v.Places = append(v.Places, choice{string(t.Code), t.Name(l)})
		found = found || t.Code == f.Territory
	}
	if !found { // a place below the regions, from a link
		if t, err := s.db.FindTerritory(ctx, f.Territory); err == nil {
			v.Places = append([]choice{{string(t.Code), t.Name(l)}}, v.Places...)
		}
	}
	for _, st := range store.PollStatuses {
		v.Statuses = append(v.Statuses, choice{string(st), i18n.T(l, "poll.status."+string(st), nil)})
	}
	w.Header().Set("Cache-Control", "no-cache")
	s.render(w, r, http.StatusOK, "polls", "ui.polls.title", v)
}

// votedCookie names the cookie that marks a browser that voted in a poll.
// It holds nothing but "1": neither the IIN nor the choice.
func votedCookie(pollID string) string { return "voted_" + pollID }

// pollPageView is a poll's public page.
type pollPageView struct {
	pollView
	Question, Place string
	Options         []pollOptionRow
	Chart           pollChart
	Now             time.Time // when the results were read
	Voted           bool      // this browser voted in the poll
	JustVoted       bool      // and has just done so
	ShowForm        bool
	Another         string // the link that shows the form again on a shared device
	Form            map[string]string
	Errors          map[string]string
	Problem         string
}

// pollOptionRow is an option with its result, in the page's language.
type pollOptionRow struct {
	ID      int
	Text    string
	Votes   int
	Share   float64 // of 1
	Leading bool
}

func (s *Server) pollPage(w http.ResponseWriter, r *http.Request) {
	s.showPoll(w, r, http.StatusOK, nil, nil, "")
}

// showPoll renders a poll's page; after a refused vote, with what was sent
// and what was wrong.
func (s *Server) showPoll(w http.ResponseWriter, r *http.Request, status int, form, errs map[string]string, problem string) {
	ctx, l := r.Context(), lang(r)
	p, err := s.db.FindPoll(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	names, err := s.territoryNames(r, []senim.KATO{p.Territory})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := &pollPageView{pollView: viewPoll(p, s.today()), Question: p.Question.In(l), Place: names[p.Territory],
		Form: form, Errors: errs, Problem: problem, Now: s.db.Now()}
	if v.Form == nil {
		v.Form = map[string]string{}
	}
	if v.Errors == nil {
		v.Errors = map[string]string{}
	}
	for _, o := range v.pollView.Options {
		v.Options = append(v.Options, pollOptionRow{ID: o.ID, Text: o.Text.In(l), Votes: o.Votes, Share: o.Share / 100, Leading: o.Leading})
	}
	v.Chart = newPollChart(&page{Lang: l}, v.Options)
	if c, err := r.Cookie(votedCookie(p.ID)); err == nil && c.Value == "1" {
		v.Voted = true
	}
	v.JustVoted = v.Voted && r.URL.Query().Get("voted") == "1"
	v.ShowForm = v.Status == senim.PollOpen && (!v.Voted || r.URL.Query().Get("another") == "1" || form != nil)
	v.Another = "/polls/" + p.ID + "?another=1#vote"
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, status, "poll", "ui.poll.title", v)
}

// voteForm takes a vote from the poll's page: the option and the IIN. The
// IIN is not shown back after a vote; after a refusal the form keeps it,
// on a page nobody caches.
func (s *Server) voteForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	l := lang(r)
	id := r.PathValue("id")
	form := readFields(r, "option", "iin")
	var option *int
	if n, err := strconv.Atoi(form["option"]); err == nil {
		option = &n
	}
	p, err := s.vote(r, id, option, form["iin"])
	if err != nil {
		errs := map[string]string{}
		switch senim.ErrorCode(err) {
		case senim.EINVALID:
			problem, fields := formErrors(l, err, nil)
			for f, m := range fields {
				errs[f] = m
			}
			s.showPoll(w, r, http.StatusUnprocessableEntity, form, errs, problem)
		case senim.ECONFLICT, senim.ETOOMANY:
			s.showPoll(w, r, statusOf[senim.ErrorCode(err)], form, errs, message(l, err.(*senim.Error)))
		default:
			s.pageError(w, r, err)
		}
		return
	}
	// The poll's own path only, until a month after it closes.
	until := p.Closes
	if !p.ClosedOn.IsZero() {
		until = p.ClosedOn
	}
	age := until.AddDays(31).Start().Sub(s.db.Now())
	http.SetCookie(w, &http.Cookie{Name: votedCookie(p.ID), Value: "1", Path: "/polls/" + p.ID, MaxAge: int(age.Seconds()),
		HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/polls/"+p.ID+"?voted=1#results", http.StatusSeeOther)
}

// pollChart is a poll's results as horizontal bars drawn as SVG: each
// option's text over its bar, its votes and share after the bar, the
// leaders in the accent colour. Laid out here; the template only draws.
type pollChart struct {
	Width, Height, PlotW, BarH int
	Bars                       []pollBar
}

type pollBar struct {
	LabelY, BarY, W, TextX, TextY int
	Label, Value, Title           string
	Leading                       bool
}

// pollLabelMax is the most letters of an option's text on its bar's line;
// the whole text is in the bar's title and in the table under the chart.
const pollLabelMax = 52

func newPollChart(p *page, opts []pollOptionRow) pollChart {
	const width, row, top, barH, room = 420, 46, 6, 18, 112
	c := pollChart{Width: width, PlotW: width - room, BarH: barH, Height: top + row*len(opts)}
	most := 0
	for _, o := range opts {
		most = max(most, o.Votes)
	}
	for i, o := range opts {
		y := top + i*row
		w := 0
		if most > 0 {
			w = o.Votes * c.PlotW / most
			if o.Votes > 0 {
				w = max(w, 2)
			}
		}
		label := fmt.Sprintf("%d. %s", o.ID, o.Text)
		if utf8.RuneCountInString(label) > pollLabelMax {
			label = strings.TrimSpace(string([]rune(label)[:pollLabelMax-1])) + "…"
		}
		value := p.Count(o.Votes) + " · " + p.Pct(o.Share)
		c.Bars = append(c.Bars, pollBar{LabelY: y + 13, BarY: y + 19, W: w, TextX: w + 6, TextY: y + 19 + 13,
			Label: label, Value: value, Title: fmt.Sprintf("%d. %s: %s", o.ID, o.Text, value), Leading: o.Leading})
	}
	return c
}

// The staff page: the polls of the staff member's territory (and those
// above it), the form that opens one and the buttons that close them.

// pollOptionRows is how many option rows the form offers.
const pollOptionRows = senim.MaxPollOptions

// staffPollsView is the staff page of polls.
type staffPollsView struct {
	Rows         []pollRow
	CanCreate    bool
	Territories  []crumb
	OptionRows   []pollOptionInput
	Form         map[string]string
	Errors       map[string]string
	Problem      string // of the form that opens a poll
	CloseProblem string // of a close refused
	Done         string
	DoneID       string
}

// pollOptionInput is a row of the form's options: its texts in the three
// languages.
type pollOptionInput struct {
	N      int // from 1, as the form numbers it
	Fields []pollOptionField
}

type pollOptionField struct{ Name, Label, Value, Error string }

// pollFormFields are the create form's fields besides the options.
var pollFormFields = []string{"question_ru", "question_kk", "question_en", "territory", "opens", "closes"}

func pollOptionName(i int, lang string) string { return fmt.Sprintf("option_%d_%s", i, lang) }

// pollFieldName is how the form names a field of the domain: "question.ru"
// is question_ru, "options[2].kk" option_2_kk.
func pollFieldName(f string) string {
	if rest, ok := strings.CutPrefix(f, "options["); ok {
		n, lang, _ := strings.Cut(rest, "].")
		return "option_" + n + "_" + lang
	}
	return strings.ReplaceAll(f, ".", "_")
}

func (s *Server) staffPollsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	done := q.Get("done")
	if done != "created" && done != "closed" {
		done = ""
	}
	s.showStaffPolls(w, r, http.StatusOK, nil, nil, "", done, q.Get("poll"))
}

func (s *Server) showStaffPolls(w http.ResponseWriter, r *http.Request, status int, form, errs map[string]string, problem, done, doneID string) {
	s.renderStaffPolls(w, r, status, &staffPollsView{Form: form, Errors: errs, Problem: problem, Done: done, DoneID: doneID})
}

// renderStaffPolls fills the staff page of polls around what v says of
// the form sent, and renders it.
func (s *Server) renderStaffPolls(w http.ResponseWriter, r *http.Request, status int, v *staffPollsView) {
	ctx := r.Context()
	actor := senim.ActorFrom(ctx)
	v.CanCreate = actor.CanManagePolls()
	doneID := v.DoneID
	v.DoneID = ""
	if senim.ValidID(doneID) {
		v.DoneID = doneID
	}
	if v.Form == nil {
		v.Form = map[string]string{"territory": string(actor.Territory)}
	}
	if v.Errors == nil {
		v.Errors = map[string]string{}
	}
	for i := range pollOptionRows {
		row := pollOptionInput{N: i + 1}
		for _, l := range []string{"ru", "kk", "en"} {
			name := pollOptionName(i, l)
			row.Fields = append(row.Fields, pollOptionField{Name: name, Label: "ui.f.in_" + l, Value: v.Form[name], Error: v.Errors[name]})
		}
		v.OptionRows = append(v.OptionRows, row)
	}
	polls, _, err := s.db.FindPolls(ctx, store.PollFilter{Territory: actor.Territory, Limit: store.MaxPollPage})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Rows, err = s.pollRows(r, polls); err != nil {
		s.pageError(w, r, err)
		return
	}
	for i, p := range polls {
		v.Rows[i].CanClose = v.CanCreate && actor.Sees(p.Territory) && v.Rows[i].Status != senim.PollClosed
	}
	if v.CanCreate {
		if v.Territories, err = s.programmeTerritories(r); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, status, "polls_staff", "ui.polls.staff_title", v)
}

// Option rows are read as the form names them, in order; empty rows are
// the domain's to skip, so that the errors keep the form's row numbers.
func (s *Server) createPollForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	names := slices.Clone(pollFormFields)
	for i := range pollOptionRows {
		names = append(names, pollOptionName(i, "ru"), pollOptionName(i, "kk"), pollOptionName(i, "en"))
	}
	f := readFields(r, names...)
	in := senim.PollInput{Question: senim.Names{RU: f["question_ru"], KK: f["question_kk"], EN: f["question_en"]},
		Territory: f["territory"], Opens: f["opens"], Closes: f["closes"]}
	for i := range pollOptionRows {
		in.Options = append(in.Options, senim.Names{RU: f[pollOptionName(i, "ru")], KK: f[pollOptionName(i, "kk")], EN: f[pollOptionName(i, "en")]})
	}
	p, err := s.db.CreatePoll(r.Context(), in)
	if err != nil {
		s.refusedPollForm(w, r, err, f)
		return
	}
	http.Redirect(w, r, "/staff/polls?done=created&poll="+p.ID, http.StatusSeeOther)
}

// refusedPollForm shows the staff page again after a refused form, each
// fault at its field; a refusal the form cannot fix is an error page.
func (s *Server) refusedPollForm(w http.ResponseWriter, r *http.Request, err error, form map[string]string) {
	code := senim.ErrorCode(err)
	if code != senim.EINVALID && code != senim.ECONFLICT {
		s.pageError(w, r, err)
		return
	}
	problem, fields := formErrors(lang(r), err, nil)
	errs := map[string]string{}
	for f, m := range fields {
		if n := pollFieldName(f); errs[n] == "" {
			errs[n] = m
		}
	}
	s.showStaffPolls(w, r, statusOf[code], form, errs, problem, "", "")
}

func (s *Server) closePollForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	p, err := s.db.ClosePoll(r.Context(), r.PathValue("id"))
	if code := senim.ErrorCode(err); code == senim.ECONFLICT || code == senim.EFORBIDDEN {
		s.renderStaffPolls(w, r, statusOf[code], &staffPollsView{CloseProblem: message(lang(r), err.(*senim.Error))})
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	http.Redirect(w, r, "/staff/polls?done=closed&poll="+p.ID, http.StatusSeeOther)
}
