package http

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/i18n"
)

// The staff lists: every appeal of the staff member's territory, with the
// API's filters and search, a page at a time, and the same list as XLSX.

// listView is the list page: the filters as typed, what is wrong with
// them, and one page of appeals.
type listView struct {
	Query       url.Values
	Problem     string
	Errors      map[string]string
	Territories []crumb
	Categories  []*senim.Category
	Names       map[string]string // category names
	Places      map[senim.KATO]string
	Appeals     []appealView
	Next        string // the address of the next page
	Export      string // the address of this list as XLSX
	lang        string
}

// Get returns a filter's value as typed.
func (v listView) Get(name string) string { return v.Query.Get(name) }

// choice is one option of a select.
type choice struct{ Code, Name string }

// StatusChoices are the status filter's options: first the three statuses
// of appeals that wait for an answer, together.
func (v listView) StatusChoices() []choice {
	out := []choice{{openStatuses, i18n.T(v.lang, "ui.list.open", nil)}}
	for _, s := range senim.Statuses {
		out = append(out, choice{string(s), i18n.T(v.lang, "status."+string(s), nil)})
	}
	return out
}

// ChannelChoices are the channel filter's options.
func (v listView) ChannelChoices() []choice {
	var out []choice
	for _, c := range senim.Channels {
		out = append(out, choice{string(c), i18n.T(v.lang, "channel."+string(c), nil)})
	}
	return out
}

// OrderChoices are the orders besides the default, newest first.
func (v listView) OrderChoices() []choice {
	return []choice{{"deadline", i18n.T(v.lang, "ui.list.order_deadline", nil)}}
}

// CategoryChoices are the category filter's options.
func (v listView) CategoryChoices() []choice {
	var out []choice
	for _, c := range v.Categories {
		out = append(out, choice{c.Code, v.Names[c.Code]})
	}
	return out
}

// openStatuses is the status filter of appeals waiting for an answer.
var openStatuses = func() string {
	names := make([]string, len(senim.OpenStatuses))
	for i, s := range senim.OpenStatuses {
		names[i] = string(s)
	}
	return strings.Join(names, ",")
}()

// listFilter reads a list's filters: those of the API, where the page
// form's empty fields mean "any".
func listFilter(r *http.Request) (senim.AppealFilter, url.Values, error) {
	q := url.Values{}
	for k, vs := range r.URL.Query() {
		for _, v := range vs {
			if v = strings.TrimSpace(v); v != "" {
				q.Add(k, v)
			}
		}
	}
	f, err := appealFilter(q)
	return f, q, err
}

func (s *Server) listPage(w http.ResponseWriter, r *http.Request) {
	f, q, err := listFilter(r)
	f.Limit = 50
	l := lang(r)
	v := &listView{Query: q, Errors: map[string]string{}, Places: map[senim.KATO]string{}, lang: l}
	if err := s.listChoices(r, v, f.Territory); err != nil {
		s.pageError(w, r, err)
		return
	}
	if err == nil {
		var page *senim.AppealPage
		if page, err = s.db.FindAppeals(r.Context(), f); err == nil {
			for _, a := range page.Appeals {
				v.Appeals = append(v.Appeals, s.viewAppeal(r, a))
			}
			if page.Next != "" {
				next := cloneValues(q)
				next.Set("after", page.Next)
				v.Next = "/staff/appeals?" + next.Encode()
			}
			err = s.placeNames(r, v.Places, page.Appeals)
		}
	}
	status := http.StatusOK
	if err != nil {
		if senim.ErrorCode(err) != senim.EINVALID {
			s.pageError(w, r, err)
			return
		}
		status = http.StatusUnprocessableEntity
		v.Problem, v.Errors = formErrors(l, err, filterMessage)
	}
	exp := cloneValues(q)
	exp.Del("after")
	v.Export = "/staff/appeals.xlsx?" + exp.Encode()
	s.render(w, r, status, "list", "ui.list.title", v)
}

// Found is the line above the results.
func (v listView) Found() int64 { return int64(len(v.Appeals)) }

// formErrors turns a refusal of a form into the message above it and a
// message for each field at fault, written by fieldMessage (nil: the
// error's own message).
func formErrors(l string, err error, fieldMessage func(string, *senim.Error) string) (string, map[string]string) {
	fields := map[string]string{}
	e, ok := err.(*senim.Error)
	if !ok {
		return err.Error(), fields
	}
	if fieldMessage == nil {
		fieldMessage = message
	}
	for _, d := range e.FieldErrors() {
		fields[d.Field] = fieldMessage(l, d)
	}
	if len(e.Details) == 0 && e.Field != "" {
		return i18n.T(l, "ui.form.fix", nil), fields
	}
	return message(l, e), fields
}

// filterMessage says what is wrong with a filter next to its field, whose
// label already names it.
func filterMessage(l string, e *senim.Error) string {
	switch e.Field {
	case "from", "to":
		return i18n.T(l, "date", nil)
	}
	return i18n.T(l, "ui.list.bad_choice", nil)
}

func cloneValues(q url.Values) url.Values {
	out := make(url.Values, len(q))
	for k, v := range q {
		out[k] = slices.Clone(v)
	}
	return out
}

// territoryChoices are the territory filter's choices: the staff member's
// own territory, the path down to the one chosen, and the parts right below
// it, so that a list or statistics reached by drilling down keep their
// place when the form is sent again. The staff member's territory comes
// first; the chosen one is marked.
func (s *Server) territoryChoices(r *http.Request, chosen *senim.KATO) ([]crumb, error) {
	ctx := r.Context()
	l := lang(r)
	home := senim.ActorFrom(ctx).Territory
	at := home
	if chosen != nil && home.Contains(*chosen) {
		at = *chosen
	}
	var codes []senim.KATO // from home down to at itself
	for _, k := range at.Ancestors() {
		if home.Contains(k) {
			codes = append(codes, k)
		}
	}
	path, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Codes: codes})
	if err != nil {
		return nil, err
	}
	kids, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: &at})
	if err != nil {
		return nil, err
	}
	var out []crumb
	for i, t := range path { // by code: from the staff member's territory down
		name := t.Name(l)
		if i > 0 {
			name = strings.Repeat("\u00a0\u00a0", i) + name
		}
		out = append(out, crumb{t.Code, name})
	}
	for _, k := range kids {
		out = append(out, crumb{k.Code, strings.Repeat("\u00a0\u00a0", len(path)) + k.Name(l)})
	}
	return out, nil
}

// listChoices fills the list form's choices of territory and category.
func (s *Server) listChoices(r *http.Request, v *listView, chosen *senim.KATO) (err error) {
	if v.Territories, err = s.territoryChoices(r, chosen); err != nil {
		return err
	}
	v.Categories, v.Names, err = s.categories(r)
	return err
}

// categories returns the categories and their names in the request's
// language.
func (s *Server) categories(r *http.Request) ([]*senim.Category, map[string]string, error) {
	cats, err := s.db.FindCategories(r.Context())
	if err != nil {
		return nil, nil, err
	}
	names := make(map[string]string, len(cats))
	for _, c := range cats {
		names[c.Code] = c.Name(lang(r))
	}
	return cats, names, nil
}

// placeNames adds the names of the appeals' territories to names.
func (s *Server) placeNames(r *http.Request, names map[senim.KATO]string, appeals []*senim.Appeal) error {
	var codes []senim.KATO
	for _, a := range appeals {
		if _, ok := names[a.Territory]; !ok && !slices.Contains(codes, a.Territory) {
			codes = append(codes, a.Territory)
		}
	}
	if len(codes) == 0 {
		return nil
	}
	ts, err := s.db.FindTerritories(r.Context(), senim.TerritoryFilter{Codes: codes})
	if err != nil {
		return err
	}
	for _, t := range ts {
		names[t.Code] = t.Name(lang(r))
	}
	return nil
}

// exportText is how much of an appeal's text an export carries: enough to
// recognise it, while a sheet of the longest texts stays small.
const exportText = 1000

// startExport takes an export slot, or answers that the server is busy.
func (s *Server) startExport(w http.ResponseWriter, r *http.Request) (done func(), ok bool) {
	select {
	case s.exports <- struct{}{}:
		// An export may take longer than an ordinary answer.
		http.NewResponseController(w).SetWriteDeadline(time.Now().Add(5 * time.Minute))
		return func() { <-s.exports }, true
	default:
		w.Header().Set("Retry-After", "10")
		s.pageError(w, r, senim.Errorf(senim.EUNAVAILABLE, "export.busy"))
		return nil, false
	}
}

// exportList writes the list of the filters as an XLSX workbook, every
// page of it up to Config.ExportRows rows, with the name but no other
// personal data (as lists show it), and the text cut to exportText
// characters.
func (s *Server) exportList(w http.ResponseWriter, r *http.Request) {
	f, _, err := listFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	done, ok := s.startExport(w, r)
	if !ok {
		return
	}
	defer done()
	l := lang(r)
	t := func(key string) string { return i18n.T(l, key, nil) }
	_, names, err := s.categories(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	x, err := exchange.NewXLSXWriter(t("ui.list.sheet"), []string{
		t("ui.f.number"), t("ui.received_on"), t("ui.territory"), "KATO", t("ui.f.category"), t("ui.f.channel"),
		t("ui.status"), t("ui.f.outcome"), t("ui.deadline"), t("ui.answered_on"), t("ui.closed_on"), t("ui.overdue"),
		t("ui.answer_days"), t("ui.f.name"), t("ui.f.text"),
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	cut, err := s.exportRows(r, x, f, names)
	if err == nil && cut {
		err = x.Row([]any{i18n.N(l, "ui.list.cut", s.cfg.ExportRows, map[string]any{"n": printers[l].Sprintf("%d", s.cfg.ExportRows)})})
	}
	if err != nil {
		x.Discard()
		s.pageError(w, r, err)
		return
	}
	s.sendXLSX(w, x, fmt.Sprintf("appeals-%s.xlsx", senim.DateOf(s.db.Now())))
}

// exportRows writes the appeals of f a page at a time, and reports whether
// there were more than Config.ExportRows.
func (s *Server) exportRows(r *http.Request, x *exchange.XLSXWriter, f senim.AppealFilter, names map[string]string) (cut bool, err error) {
	l := lang(r)
	t := func(key string) string { return i18n.T(l, key, nil) }
	today := senim.DateOf(s.db.Now())
	places := map[senim.KATO]string{}
	f.After = ""
	for rows := 0; ; {
		if err := r.Context().Err(); err != nil {
			return false, err // the client left
		}
		f.Limit = min(200, s.cfg.ExportRows-rows)
		page, err := s.db.FindAppeals(r.Context(), f)
		if err != nil {
			return false, err
		}
		if err := s.placeNames(r, places, page.Appeals); err != nil {
			return false, err
		}
		for _, a := range page.Appeals {
			outcome, overdue, days := "", "", any(nil)
			if a.Outcome != "" {
				outcome = t("outcome." + string(a.Outcome))
			}
			if a.Overdue(today) {
				overdue = t("ui.yes")
			}
			if !a.AnsweredOn.IsZero() {
				days = a.AnswerDays
			}
			if err := x.Row([]any{a.Number, a.ReceivedOn, places[a.Territory], string(a.Territory), names[a.Category],
				t("channel." + string(a.Channel)), t("status." + string(a.Status)), outcome, a.Deadline, a.AnsweredOn,
				a.ClosedOn, overdue, days, a.Applicant.Name, clip(a.Text, exportText)}); err != nil {
				return false, err
			}
			rows++
		}
		if page.Next == "" {
			return false, nil
		}
		if rows == s.cfg.ExportRows {
			return true, nil
		}
		f.After = page.Next
	}
}

// clip cuts s to n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// sendXLSX finishes a workbook and sends it as a download.
func (s *Server) sendXLSX(w http.ResponseWriter, x *exchange.XLSXWriter, name string) {
	h := w.Header()
	h.Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	if err := x.Finish(w); err != nil {
		s.log.Error("export", "file", name, "err", err)
	}
}
