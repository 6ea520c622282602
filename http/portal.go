package http

import (
	"errors"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// The public portal: the level of trust in figures, every territory's page,
// submitting and tracking an appeal.

// figuresView is a territory's page: its figures this year and its parts.
type figuresView struct {
	Name  string
	Path  []crumb // from the country down to the territory's parent
	Year  int
	Stats *senim.Stats
	Parts []partView
	Chart chart
	// Promises is the territory page's section of the programmes that cover
	// the place and its public councils.
	Promises *promisesView
}

type crumb struct {
	Code senim.KATO
	Name string
}

type partView struct {
	Code  senim.KATO
	Name  string
	Stats *senim.Stats
	Href  string // the part's own page
	// Bar and SolvedBar are the lengths (0–100) of its bar of appeals and
	// of the solved part of it; the part with the most appeals has 100.
	Bar, SolvedBar int
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	s.territoryPage(w, r, senim.CountryKATO, "home")
}

func (s *Server) territory(w http.ResponseWriter, r *http.Request) {
	k, err := senim.ParseKATO(r.PathValue("code"))
	if err != nil {
		s.notFoundPage(w, r)
		return
	}
	s.territoryPage(w, r, k, "territory")
}

// territoryPage shows the figures of k for this year and those of its parts.
func (s *Server) territoryPage(w http.ResponseWriter, r *http.Request, k senim.KATO, name string) {
	ctx := r.Context()
	l := lang(r)
	today := senim.DateOf(s.db.Now())
	f := senim.StatsFilter{Territory: k, From: senim.Month{Year: today.Year(), Month: time.January}, To: senim.MonthOf(today)}
	v, err := s.territoryFigures(r, f, func(p senim.KATO) string { return "/t/" + string(p) })
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Year = today.Year()
	if k != senim.CountryKATO {
		anc := k.Ancestors()
		above, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Codes: anc[:len(anc)-1]})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, a := range above { // by code: from the country down
			v.Path = append(v.Path, crumb{a.Code, a.Name(l)})
		}
	}
	title := "ui.home.title"
	if name == "territory" {
		title = "ui.territory.title"
		if v.Promises, err = s.promises(r, k); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.render(w, r, http.StatusOK, name, title, v)
}

// territoryFigures loads the figures of f's territory and period, and those
// of each territory right below it, the most appeals first, each with its
// bar and a link made by href.
func (s *Server) territoryFigures(r *http.Request, f senim.StatsFilter, href func(senim.KATO) string) (*figuresView, error) {
	ctx := r.Context()
	l := lang(r)
	t, err := s.db.FindTerritory(ctx, f.Territory)
	if err != nil {
		return nil, err
	}
	st, err := s.db.AppealStats(ctx, f)
	if err != nil {
		return nil, err
	}
	kids, err := s.db.ChildStats(ctx, f)
	if err != nil {
		return nil, err
	}
	parts, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: &f.Territory})
	if err != nil {
		return nil, err
	}
	v := &figuresView{Name: t.Name(l), Stats: st, Chart: monthChart(l, st.ByMonth)}
	var most int64
	for _, p := range parts {
		ps := kids[p.Code]
		if ps == nil {
			ps = &senim.Stats{}
		}
		most = max(most, ps.Received)
		v.Parts = append(v.Parts, partView{Code: p.Code, Name: p.Name(l), Stats: ps, Href: href(p.Code)})
	}
	for i := range v.Parts {
		if most > 0 {
			v.Parts[i].Bar = int(v.Parts[i].Stats.Received * 100 / most)
			v.Parts[i].SolvedBar = int(v.Parts[i].Stats.Solved * 100 / most)
		}
	}
	sort.SliceStable(v.Parts, func(i, j int) bool { return v.Parts[i].Stats.Received > v.Parts[j].Stats.Received })
	return v, nil
}

// submitView is the submission form with what was typed and what is wrong.
type submitView struct {
	Form        map[string]string
	Errors      map[string]string
	Problem     string
	Categories  []*senim.Category
	Territories []crumb
	Created     *createdAppeal
}

func (s *Server) submitForm(w http.ResponseWriter, r *http.Request) {
	v, err := s.submitView(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "submit", "ui.submit.title", v)
}

func (s *Server) submitView(r *http.Request) (*submitView, error) {
	v := &submitView{Form: map[string]string{}, Errors: map[string]string{}}
	return v, s.appealChoices(r, v)
}

// appealChoices fills the form's choices of category and territory: the
// regions and their parts, in two queries (a region's parts follow it,
// since their codes start with its own).
func (s *Server) appealChoices(r *http.Request, v *submitView) error {
	ctx, l := r.Context(), lang(r)
	cats, err := s.db.FindCategories(ctx)
	if err != nil {
		return err
	}
	regions, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: ptrTo(senim.CountryKATO)})
	if err != nil {
		return err
	}
	codes := make([]senim.KATO, len(regions))
	for i, reg := range regions {
		codes[i] = reg.Code
	}
	parts, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parents: codes})
	if err != nil {
		return err
	}
	v.Categories, v.Territories = cats, nil
	i := 0
	for _, reg := range regions {
		name := reg.Name(l)
		v.Territories = append(v.Territories, crumb{reg.Code, name})
		for ; i < len(parts) && reg.Code.Contains(parts[i].Code); i++ {
			v.Territories = append(v.Territories, crumb{parts[i].Code, name + " — " + parts[i].Name(l)})
		}
	}
	return nil
}

// renderAppealForm shows a posted appeal form again, with its choices read
// only now: a form that goes through never needs them.
func (s *Server) renderAppealForm(w http.ResponseWriter, r *http.Request, status int, name, title string, v *submitView) {
	if err := s.appealChoices(r, v); err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, status, name, title, v)
}

func ptrTo[T any](v T) *T { return &v }

// formFields are the fields of the appeal forms.
var formFields = []string{"name", "iin", "phone", "email", "address", "territory", "category", "text", "consent", "consent_publish",
	"channel", "received_at"}

// postedAppealForm reads a posted appeal form (public or staff), keeping
// what was typed to show it again with errors (renderAppealForm, which
// reads the form's choices only then).
func (s *Server) postedAppealForm(w http.ResponseWriter, r *http.Request) (*submitView, bool) {
	if !s.postedForm(w, r) {
		return nil, false
	}
	v := &submitView{Form: map[string]string{}, Errors: map[string]string{}}
	for _, f := range formFields {
		v.Form[f] = r.PostFormValue(f)
	}
	return v, true
}

// input is the appeal the form describes.
func (v *submitView) input() senim.AppealInput {
	f := v.Form
	return senim.AppealInput{
		Applicant: senim.Applicant{Name: f["name"], IIN: f["iin"], Phone: f["phone"], Email: f["email"], Address: f["address"]},
		Territory: f["territory"], Category: f["category"], Text: f["text"], Channel: f["channel"],
		ConsentPublish: f["consent_publish"] != "", ReceivedOn: f["received_at"],
	}
}

// fieldErrors puts each field's message next to it and a summary on top.
func (v *submitView) fieldErrors(lang string, err error) {
	for _, d := range err.(*senim.Error).FieldErrors() {
		field := strings.TrimPrefix(d.Field, "applicant.")
		if _, taken := v.Errors[field]; !taken {
			v.Errors[field] = message(lang, d)
		}
	}
	v.Problem = message(lang, &senim.Error{Code: senim.EINVALID, Key: "invalid.many"})
}

// submit registers an appeal from the public form.
func (s *Server) submit(w http.ResponseWriter, r *http.Request) {
	v, ok := s.postedAppealForm(w, r)
	if !ok {
		return
	}
	v.Form["channel"], v.Form["received_at"] = "", "" // the public form has neither
	if !s.limiter.Allow(s.clientIP(r)) {
		v.Problem = message(lang(r), senim.Errorf(senim.ETOOMANY, "rate_limited"))
		s.renderAppealForm(w, r, http.StatusTooManyRequests, "submit", "ui.submit.title", v)
		return
	}
	in := v.input()
	in.Channel = string(senim.ChannelWeb)
	if v.Form["consent"] == "" {
		// Refused, but every other field is checked too, so that the
		// citizen fixes all at once (the store checks the rest after).
		if _, err := senim.NewAppeal(in, senim.Citizen, s.db.Now(), senim.NewCalendar(nil, nil), 0); senim.ErrorCode(err) == senim.EINVALID {
			v.fieldErrors(lang(r), err)
		}
		v.Errors["consent"] = message(lang(r), senim.Invalid("consent", "ui.submit.consent_required"))
		v.Problem = message(lang(r), &senim.Error{Code: senim.EINVALID, Key: "invalid.many"})
		s.renderAppealForm(w, r, http.StatusUnprocessableEntity, "submit", "ui.submit.title", v)
		return
	}
	a, code, err := s.db.CreateAppeal(senim.WithActor(r.Context(), senim.Citizen), in)
	if err != nil {
		if senim.ErrorCode(err) != senim.EINVALID {
			s.pageError(w, r, err)
			return
		}
		v.fieldErrors(lang(r), err)
		s.renderAppealForm(w, r, http.StatusUnprocessableEntity, "submit", "ui.submit.title", v)
		return
	}
	v.Created = &createdAppeal{ID: a.ID, Number: a.Number, TrackingCode: code, Status: a.Status, Deadline: a.Deadline}
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, http.StatusCreated, "submitted", "ui.submitted.title", v)
}

// trackPageView is the tracking form and, when asked, the appeal.
type trackPageView struct {
	Number, Code string
	Appeal       *trackView
	NotFound     bool
}

func (s *Server) trackPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := trackPageView{Number: strings.TrimSpace(q.Get("number")), Code: strings.TrimSpace(q.Get("code"))}
	status := http.StatusOK
	if v.Number != "" || v.Code != "" {
		a, err := s.db.TrackAppeal(r.Context(), v.Number, v.Code)
		switch {
		case senim.ErrorCode(err) == senim.ENOTFOUND:
			v.NotFound, status = true, http.StatusNotFound
		case err != nil:
			s.pageError(w, r, err)
			return
		default:
			tv := s.viewTracked(r, a)
			v.Appeal = &tv
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Referrer-Policy", "no-referrer") // the code is in the address
	s.render(w, r, status, "track", "ui.track.title", v)
}

func (s *Server) notFoundPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "message", "ui.notfound.title", i18n.T(lang(r), "ui.notfound.text", nil))
}

// pageError renders an error as a page: a refusal the user can act on
// (bad filters, a territory outside theirs, a role that may not act) with
// its status, title and message; a lapsed session sends to sign-in;
// anything else is an internal error, logged.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	var e *senim.Error
	if errors.As(err, &e) {
		switch e.Code {
		case senim.ENOTFOUND:
			s.notFoundPage(w, r)
			return
		case senim.EUNAUTHORIZED:
			http.Redirect(w, r, "/staff/signin?back="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
			return
		case senim.EINVALID, senim.ECONFLICT, senim.EFORBIDDEN, senim.ETOOMANY, senim.EUNAVAILABLE:
			if e.Code == senim.EUNAVAILABLE {
				s.log.Warn("page refused", "path", r.URL.Path, "err", err) // as the API logs it
			}
			s.render(w, r, statusOf[e.Code], "message", "title."+e.Code, pageMessage(lang(r), e))
			return
		}
	}
	s.log.Error("page failed", "path", r.URL.Path, "err", err)
	s.render(w, r, http.StatusInternalServerError, "message", "ui.error.title", i18n.T(lang(r), "internal", nil))
}
