package http

import (
	"cmp"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// The pages of the public rating of deputies: the rating of a period with
// its filters and downloads, a deputy's breakdown and history, the
// factions' ranking and the methodology; for the central office, the
// versions (write, publish) and the computation of a period.

// PeriodName writes a period as people say it: "1 квартал 2025 г.",
// "2025 ж. 1-тоқсан", "Q1 2025".
func (p *page) PeriodName(rp senim.RatingPeriod) string {
	switch rp.Kind {
	case senim.PeriodQuarter:
		return p.T("rating.period.quarter", "q", rp.N, "year", rp.Year)
	case senim.PeriodHalf:
		return p.T("rating.period.half", "h", rp.N, "year", rp.Year)
	}
	return p.T("rating.period.year", "year", rp.Year)
}

// Score writes a score with two decimals.
func (p *page) Score(f float64) string { return printers[p.Lang].Sprintf("%.2f", f) }

// Signed writes a change of score with its sign.
func (p *page) Signed(f float64) string {
	s := printers[p.Lang].Sprintf("%.2f", f)
	if f > 0 {
		return "+" + s
	}
	if f < 0 {
		return "−" + s[1:]
	}
	return s
}

// ratingRow is a score as the page lists it.
type ratingRow struct {
	scoreView
	Name, Assembly, Faction string
}

// ratingPageView is the rating's page.
type ratingPageView struct {
	*ratingView
	Rows                                  []ratingRow
	Periods, Levels, Assemblies, Factions []choice
	Regions                               []choice
	Methods                               []choice
	Form                                  map[string]string
	Errors                                map[string]string
	Query                                 template.URL // the filters, for the downloads' links
	Inputs                                []senim.RatingInput
	Empty                                 bool // no methodology is visible yet
	More                                  int  // rows left off the page (all=1 shows them)
	AllHref                               string
}

// ratingPageRows is how many deputies the page lists unless asked for all:
// the whole country is over a thousand, too much for a phone.
const ratingPageRows = 100

func (s *Server) ratingPage(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	q, err := parseRatingQuery(r)
	v := &ratingPageView{Form: map[string]string{}, Errors: map[string]string{}, Inputs: senim.RatingInputs}
	for _, k := range []string{"period", "method", "assembly", "level", "region", "faction"} {
		v.Form[k] = r.URL.Query().Get(k)
	}
	if err != nil {
		for _, fe := range err.(*senim.Error).FieldErrors() {
			v.Errors[fe.Field] = message(l, fe)
		}
		q, _ = parseRatingQuery(&http.Request{URL: &url.URL{}})
	}
	rv, err := s.rating(ctx, q)
	if senim.ErrorCode(err) == senim.ENOTFOUND && q.Period.IsZero() && q.Method == 0 {
		v.Empty = true
		s.render(w, r, http.StatusOK, "rating", "ui.rating.title", v)
		return
	}
	if senim.ErrorCode(err) == senim.ENOTFOUND && v.Errors["period"] == "" {
		v.Errors["period"] = message(l, err.(*senim.Error))
		q.Period = senim.RatingPeriod{}
		rv, err = s.rating(ctx, q)
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.ratingView = rv
	v.Form["period"] = rv.Period.String()
	v.Form["method"] = strconv.Itoa(rv.Method.Version)
	for _, sv := range rv.Scores {
		row := ratingRow{scoreView: sv, Name: sv.Deputy.Person.Name}
		if a := rv.assemblies[sv.Deputy.Assembly]; a != nil {
			row.Assembly = a.Name.In(l)
		}
		if p := rv.party(sv.Deputy.Faction); p != nil {
			row.Faction = p.Name.In(l)
		}
		v.Rows = append(v.Rows, row)
	}
	if err := s.ratingChoices(r, v); err != nil {
		s.pageError(w, r, err)
		return
	}
	vals := url.Values{"period": {rv.Period.String()}, "method": {v.Form["method"]}}
	for _, k := range []string{"assembly", "region", "faction"} {
		if v.Form[k] != "" || k == "faction" && r.URL.Query().Has("faction") {
			vals.Set(k, v.Form[k])
		}
	}
	v.Query = template.URL(vals.Encode())
	if len(v.Rows) > ratingPageRows && r.URL.Query().Get("all") == "" {
		v.More = len(v.Rows) - ratingPageRows
		v.Rows = v.Rows[:ratingPageRows]
		all := r.URL.Query()
		all.Set("all", "1")
		v.AllHref = "/rating?" + all.Encode()
	}
	s.render(w, r, http.StatusOK, "rating", "ui.rating.title", v)
}

// ratingChoices fills the filters' options: the periods with scores (and
// those under way), the versions, levels, assemblies, regions and parties.
func (s *Server) ratingChoices(r *http.Request, v *ratingPageView) error {
	ctx, l := r.Context(), lang(r)
	p := &page{Lang: l}
	runs, err := s.db.FindRuns(ctx, store.RunFilter{Method: &v.Method.Version})
	if err != nil {
		return err
	}
	today := s.today()
	periods := []senim.RatingPeriod{senim.PeriodOf(senim.PeriodQuarter, today), senim.PeriodOf(senim.PeriodHalf, today),
		senim.PeriodOf(senim.PeriodYear, today)}
	for _, run := range runs {
		if !slices.Contains(periods, run.Period) {
			periods = append(periods, run.Period)
		}
	}
	slices.SortStableFunc(periods, func(a, b senim.RatingPeriod) int {
		return cmp.Or(b.To().Compare(a.To()), cmp.Compare(a.Kind.Months(), b.Kind.Months()))
	})
	for _, rp := range periods {
		v.Periods = append(v.Periods, choice{rp.String(), p.PeriodName(rp)})
	}
	for _, m := range v.methods {
		name := p.T("ui.rating.version", "n", m.Version)
		if m.Status == senim.MethodPilot {
			name += " — " + p.T("rating.status.pilot")
		}
		v.Methods = append(v.Methods, choice{strconv.Itoa(m.Version), name})
	}
	assemblies := make([]*senim.Assembly, 0, len(v.assemblies))
	for _, a := range v.assemblies {
		assemblies = append(assemblies, a)
	}
	slices.SortFunc(assemblies, func(a, b *senim.Assembly) int {
		return cmp.Or(cmp.Compare(slices.Index(senim.AssemblyKinds, a.Kind), slices.Index(senim.AssemblyKinds, b.Kind)),
			cmp.Compare(a.Name.In(l), b.Name.In(l)))
	})
	for _, a := range assemblies {
		v.Assemblies = append(v.Assemblies, choice{a.ID, a.Name.In(l)})
	}
	for _, k := range senim.AssemblyKinds {
		v.Levels = append(v.Levels, choice{string(k), p.T("assembly.kind." + string(k))})
	}
	regions, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: ptrTo(senim.CountryKATO)})
	if err != nil {
		return err
	}
	for _, t := range regions {
		v.Regions = append(v.Regions, choice{string(t.Code), t.Name(l)})
	}
	for _, pt := range v.parties {
		v.Factions = append(v.Factions, choice{pt.Code, pt.Name.In(l)})
	}
	return nil
}

// componentRow is one input of a score's breakdown.
type componentRow struct {
	senim.Component
	Prior  float64
	Prior0 bool // no pull toward a mean: nobody had a record, or the strength is 0
	Share  float64
}

// deputyPageView is a deputy's page.
type deputyPageView struct {
	*deputyView
	Assembly, Faction, Place string
	Current                  *deputyPeriod
	Run                      *senim.RatingRun
	Components               []componentRow
	Chart                    scoreChart
	Kind                     string
	Kinds                    []choice
	Method                   *senim.Method
}

func (s *Server) deputyPage(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	kind := senim.Period(r.URL.Query().Get("kind"))
	if kind != senim.PeriodHalf && kind != senim.PeriodYear {
		kind = senim.PeriodQuarter
	}
	dv, err := s.deputy(ctx, r.PathValue("id"), kind)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &page{Lang: l}
	v := &deputyPageView{deputyView: dv, Kind: string(kind)}
	for _, k := range []senim.Period{senim.PeriodQuarter, senim.PeriodHalf, senim.PeriodYear} {
		v.Kinds = append(v.Kinds, choice{string(k), p.T("rating.kind." + string(k))})
	}
	v.Assembly = dv.assembly.Name.In(l)
	if dv.party != nil {
		v.Faction = dv.party.Name.In(l)
	}
	names, err := s.territoryNames(r, []senim.KATO{dv.Territory})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Place = names[dv.Territory]
	if n := len(dv.History); n > 0 {
		v.Current = &dv.History[n-1]
		runs, err := s.db.FindRuns(ctx, store.RunFilter{Period: &v.Current.Period, Method: &v.Current.Method})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		if len(runs) > 0 {
			v.Run = runs[0]
		}
		if v.Method, err = s.db.FindMethod(ctx, v.Current.Method); err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, c := range v.Current.Components {
			mu, ok := v.Run.Priors[c.Input]
			v.Components = append(v.Components, componentRow{Component: c, Prior: 100 * mu,
				Prior0: !ok || v.Method.Strength[c.Input] == 0, Share: v.Method.Share(c.Input)})
		}
		pts := make([]historyPoint, len(dv.History))
		for i, h := range dv.History {
			pts[i] = historyPoint{Label: h.Period.String(), Value: h.Score.Score, Title: p.PeriodName(h.Period) + ": " + p.Score(h.Score.Score)}
		}
		v.Chart = historyChart(pts)
	}
	s.render(w, r, http.StatusOK, "deputy", "ui.rating.deputy", v)
}

// factionsPageView is the factions' page.
type factionsPageView struct {
	*factionsView
	Rows                      []factionRow
	Form                      map[string]string
	Periods, Levels, Factions []choice
	Methods                   []choice
	Regions                   []choice
	Errors                    map[string]string
}

type factionRow struct {
	senim.FactionScore
	Assembly, Party, Href string
	Bar                   int
}

func (s *Server) factionsPage(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	q, err := parseRatingQuery(r)
	v := &factionsPageView{Form: map[string]string{}, Errors: map[string]string{}}
	for _, k := range []string{"period", "method", "level", "faction", "region"} {
		v.Form[k] = r.URL.Query().Get(k)
	}
	if err != nil {
		for _, fe := range err.(*senim.Error).FieldErrors() {
			v.Errors[fe.Field] = message(l, fe)
		}
		q, _ = parseRatingQuery(&http.Request{URL: &url.URL{}})
	}
	fv, err := s.factions(ctx, q)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.factionsView = fv
	v.Form["period"], v.Form["method"] = fv.Period.String(), strconv.Itoa(fv.Method)
	if v.Form["level"] == "" {
		v.Form["level"] = string(senim.AssemblyOblast)
	}
	if !r.URL.Query().Has("faction") {
		for _, p := range fv.view.parties {
			if p.Own {
				v.Form["faction"] = p.Code
			}
		}
	}
	for _, f := range fv.Factions {
		row := factionRow{FactionScore: f.FactionScore, Bar: int(f.Score + 0.5)}
		if a := fv.view.assemblies[f.Assembly]; a != nil {
			row.Assembly = a.Name.In(l)
		}
		if p := fv.view.party(f.Party); p != nil {
			row.Party = p.Name.In(l)
		}
		row.Href = "/rating?" + url.Values{"period": {fv.Period.String()}, "method": {v.Form["method"]},
			"assembly": {f.Assembly}, "faction": {f.Party}}.Encode()
		v.Rows = append(v.Rows, row)
	}
	pv := &ratingPageView{ratingView: fv.view}
	if err := s.ratingChoices(r, pv); err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Periods, v.Levels, v.Factions, v.Methods, v.Regions = pv.Periods, pv.Levels, pv.Factions, pv.Methods, pv.Regions
	s.render(w, r, http.StatusOK, "factions", "ui.rating.factions", v)
}

// methodologyRatingView is the methodology's page: every version the
// reader may see, and a worked example by the chosen one.
type methodologyRatingView struct {
	Methods []*senim.Method
	Method  *senim.Method
	Inputs  []senim.RatingInput
	Example []componentRow
	Score   float64
	Record  senim.DeputyCounts
	Priors  senim.Priors
}

// exampleRecord is the worked example's deputy: one reception of one
// obliged, 12 appeals due of which 9 answered on time, 10 closed with 4
// solved, 3 ratings summing 11, a programme with 40 of 50 indicators on
// track, 2 of 3 council issues solved in time.
var exampleRecord = senim.DeputyCounts{Held: 1, Required: 1, Due: 12, OnTime: 9, Closed: 10, Solved: 4, Rated: 3, RatingSum: 11,
	Indicators: 50, OnTrack: 40, Issues: 3, IssuesSolved: 2}

// examplePriors are the worked example's means.
var examplePriors = senim.Priors{senim.InputReceptions: 0.8, senim.InputOnTime: 0.85, senim.InputSolved: 0.3,
	senim.InputSatisfaction: 0.6, senim.InputProgramme: 0.7, senim.InputCouncil: 0.5}

func (s *Server) ratingMethodologyPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := &methodologyRatingView{Inputs: senim.RatingInputs, Record: exampleRecord, Priors: examplePriors}
	var err error
	if v.Methods, err = s.db.FindMethods(ctx); err != nil {
		s.pageError(w, r, err)
		return
	}
	version := 0
	if x := r.URL.Query().Get("method"); x != "" {
		version, _ = strconv.Atoi(x)
	}
	v.Method, err = senim.ChooseMethod(v.Methods, version)
	if err != nil {
		v.Method = senim.DefaultMethod() // the rule as it would start
	}
	sc := v.Method.ScoreOf(&v.Record, v.Priors)
	v.Score = sc.Score
	for _, c := range sc.Components {
		v.Example = append(v.Example, componentRow{Component: c, Prior: 100 * v.Priors[c.Input], Share: v.Method.Share(c.Input)})
	}
	s.render(w, r, http.StatusOK, "rating_methodology", "ui.rating.methodology", v)
}

// ratingStaffView is the central office's page of the rating.
type ratingStaffView struct {
	Methods []*senim.Method
	Runs    []*senim.RatingRun
	Inputs  []senim.RatingInput
	Form    map[string]string
	Errors  map[string]string
	Done    string
	Can     bool
	Periods []choice
	Choices []choice // the versions
}

func (s *Server) staffRatingPage(w http.ResponseWriter, r *http.Request) {
	s.renderStaffRating(w, r, http.StatusOK, nil, nil, r.URL.Query().Get("done"))
}

func (s *Server) renderStaffRating(w http.ResponseWriter, r *http.Request, status int, form, errs map[string]string, done string) {
	ctx, l := r.Context(), lang(r)
	v := &ratingStaffView{Inputs: senim.RatingInputs, Form: form, Errors: errs, Done: done, Can: senim.ActorFrom(ctx).CanRunRating()}
	var err error
	if v.Methods, err = s.db.FindMethods(ctx); err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Runs, err = s.db.FindRuns(ctx, store.RunFilter{}); err != nil {
		s.pageError(w, r, err)
		return
	}
	if len(v.Runs) > 40 {
		v.Runs = v.Runs[:40]
	}
	if v.Form == nil {
		base := senim.DefaultMethod()
		if len(v.Methods) > 0 {
			base = v.Methods[0]
		}
		v.Form = map[string]string{}
		for _, in := range senim.RatingInputs {
			v.Form["weights."+string(in)] = strconv.FormatFloat(base.Weights[in], 'f', -1, 64)
			v.Form["strength."+string(in)] = strconv.FormatFloat(base.Strength[in], 'f', -1, 64)
		}
		v.Form["period"] = senim.PeriodOf(senim.PeriodQuarter, s.today()).Previous().String()
	}
	if v.Errors == nil {
		v.Errors = map[string]string{}
	}
	p := &page{Lang: l}
	today := s.today()
	for _, kind := range []senim.Period{senim.PeriodQuarter, senim.PeriodHalf, senim.PeriodYear} {
		rp := senim.PeriodOf(kind, today)
		for i := 0; i < 8; i++ {
			v.Periods = append(v.Periods, choice{rp.String(), p.PeriodName(rp)})
			rp = rp.Previous()
		}
	}
	for _, m := range v.Methods {
		v.Choices = append(v.Choices, choice{strconv.Itoa(m.Version), p.T("ui.rating.version", "n", m.Version)})
	}
	s.render(w, r, status, "rating_staff", "ui.rating.staff", v)
}

// staffRatingForm writes a version, publishes one, or computes a period
// (field "do": method, publish, compute).
func (s *Server) staffRatingForm(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	if err := r.ParseForm(); err != nil {
		s.pageError(w, r, senim.Invalid("form", "form"))
		return
	}
	form := map[string]string{}
	for k := range r.PostForm {
		form[k] = r.PostForm.Get(k)
	}
	errs := map[string]string{}
	fail := func(err error) {
		e, ok := err.(*senim.Error)
		if !ok || senim.ErrorCode(err) != senim.EINVALID && senim.ErrorCode(err) != senim.ECONFLICT {
			s.pageError(w, r, err)
			return
		}
		for _, fe := range e.FieldErrors() {
			errs[cmp.Or(fe.Field, "form")] = message(l, fe)
		}
		status := http.StatusUnprocessableEntity
		if senim.ErrorCode(err) == senim.ECONFLICT {
			status = http.StatusConflict
		}
		s.renderStaffRating(w, r, status, form, errs, "")
	}
	var done string
	switch r.PostForm.Get("do") {
	case "method":
		m := &senim.Method{Weights: map[senim.RatingInput]float64{}, Strength: map[senim.RatingInput]float64{},
			Note: senim.Names{RU: form["note.ru"], KK: form["note.kk"], EN: form["note.en"]}}
		var p senim.Problems
		for _, in := range senim.RatingInputs {
			for _, part := range []struct {
				name string
				to   map[senim.RatingInput]float64
			}{{"weights.", m.Weights}, {"strength.", m.Strength}} {
				f := part.name + string(in)
				x, err := strconv.ParseFloat(form[f], 64)
				if err != nil {
					p.Add(senim.Invalid(f, "number"))
				}
				part.to[in] = x
			}
		}
		// The numbers that did not parse stand as 0, so that every other
		// fault is reported with them.
		if verr := m.Validate(); verr != nil {
			for _, fe := range verr.(*senim.Error).FieldErrors() {
				if _, bad := strconv.ParseFloat(form[fe.Field], 64); bad == nil || !strings.Contains(fe.Field, ".") || strings.HasPrefix(fe.Field, "note.") {
					p.Add(fe)
				}
			}
		}
		if err := p.Err(); err != nil {
			fail(err)
			return
		}
		out, err := s.db.CreateMethod(ctx, m)
		if err != nil {
			fail(err)
			return
		}
		done = fmt.Sprintf("method-%d", out.Version)
	case "publish":
		n, _ := strconv.Atoi(form["version"])
		if _, err := s.db.PublishMethod(ctx, n); err != nil {
			fail(err)
			return
		}
		done = fmt.Sprintf("published-%d", n)
	case "compute":
		var p senim.Problems
		period, err := senim.ParseRatingPeriod(form["period"])
		p.Add(err)
		n, err := strconv.Atoi(form["version"])
		if err != nil {
			p.Add(senim.Invalid("version", "required"))
		}
		if err := p.Err(); err != nil {
			fail(err)
			return
		}
		run, err := s.db.ComputeRating(ctx, period, n)
		if err != nil {
			fail(err)
			return
		}
		done = fmt.Sprintf("run-%s-%d", run.Period, run.Revision)
	default:
		s.pageError(w, r, senim.Invalid("do", "required"))
		return
	}
	http.Redirect(w, r, "/staff/rating?done="+url.QueryEscape(done), http.StatusSeeOther)
}

// historyPoint is a period's score on the history chart.
type historyPoint struct {
	Label string
	Value float64
	Title string
}

// scoreChart is a deputy's scores over the periods, on 0–100.
type scoreChart struct {
	Width, Height  int
	Plot           rect
	YTicks, XTicks []tick
	Points         []point
	Path           string
}

// historyChart lays the scores of the periods out as a line over 0–100.
func historyChart(pts []historyPoint) scoreChart {
	c := scoreChart{Width: 560, Height: 240}
	c.Plot = rect{X: 44, Y: 12, W: 470, H: 192}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }
	x := func(i int) float64 {
		if len(pts) == 1 {
			return float64(c.Plot.X + c.Plot.W/2)
		}
		return float64(c.Plot.X) + float64(i*c.Plot.W)/float64(len(pts)-1)
	}
	y := func(v float64) float64 { return float64(c.Plot.Y+c.Plot.H) - v*float64(c.Plot.H)/100 }
	for _, v := range []float64{0, 25, 50, 75, 100} {
		c.YTicks = append(c.YTicks, tick{Pos: f(y(v)), Label: strconv.Itoa(int(v))})
	}
	every := max(1, (len(pts)+5)/6)
	path := make([]string, 0, len(pts))
	for i, p := range pts {
		pt := point{X: f(x(i)), Y: f(y(p.Value)), Title: p.Title, Last: i == len(pts)-1}
		c.Points = append(c.Points, pt)
		path = append(path, pt.X+","+pt.Y)
		if (len(pts)-1-i)%every == 0 {
			c.XTicks = append(c.XTicks, tick{Pos: pt.X, Label: p.Label})
		}
	}
	c.Path = strings.Join(path, " ")
	return c
}
