package http

import (
	"fmt"
	"html"
	"html/template"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// The pages of the election programme under control: the national page of
// every programme's state at a glance, a programme's page (what was
// promised, what has been done), an indicator's chart and history, and the
// methodology behind the statuses. The staff pages that adopt programmes,
// add their parts and enter measurements are in programmestaff.go; the
// public councils' pages in councilpages.go.

// stateView is an indicator's assessment or a roll-up as the pages draw it:
// the status in words, the progress against what the line expects as a bar
// with a mark, and the indicators by status as a stacked bar.
type stateView struct {
	Status     senim.IndicatorStatus
	Name       string
	HasData    bool
	Progress   float64 // share of the way, 0–1
	Expected   float64
	Indicators int
	Programmes int
	Bar, Mark  string // progress and expected as lengths of 0–100
	Counts     []statusCount
	// Chips are the counts as coloured figures, each with its status named
	// for screen readers: made here once rather than by the template,
	// since the national page draws them for each of 216 programmes.
	Chips template.HTML
}

// statusCount is the indicators of one status in a roll-up, with its part
// of a stacked bar of 0–100.
type statusCount struct {
	Status senim.IndicatorStatus
	Name   string
	N      int
	X, W   string
}

// statusNames are the indicator statuses in words, per language: a page of
// 216 programmes names them once, not once a row.
var statusNames = func() map[string]map[senim.IndicatorStatus]string {
	out := map[string]map[senim.IndicatorStatus]string{}
	for _, l := range i18n.Languages {
		out[l] = map[senim.IndicatorStatus]string{}
		for _, st := range senim.IndicatorStatuses {
			out[l][st] = i18n.T(l, "indicator.status."+string(st), nil)
		}
	}
	return out
}()

// length writes a share of 0–1 as an SVG length of 0–100.
func length(x float64) string { return strconv.FormatFloat(100*min(max(x, 0), 1), 'f', 1, 64) }

// rollupState draws a roll-up.
func rollupState(l string, r *senim.Rollup) stateView {
	v := stateView{Status: r.Status(), HasData: r.HasData(), Progress: r.Progress(), Expected: r.Expected(),
		Indicators: r.Indicators, Programmes: r.Programmes}
	v.Name = statusNames[l][v.Status]
	v.Bar, v.Mark = length(v.Progress), length(v.Expected)
	x := 0
	for _, st := range senim.IndicatorStatuses {
		n := r.Counts[st]
		if n == 0 {
			continue
		}
		v.Counts = append(v.Counts, statusCount{Status: st, Name: statusNames[l][st], N: n,
			X: length(float64(x) / float64(r.Indicators)), W: length(float64(n) / float64(r.Indicators))})
		x += n
	}
	v.Chips = chips(v.Counts)
	return v
}

// chips writes the counts of a roll-up as the "chips" template would.
func chips(counts []statusCount) template.HTML {
	var b strings.Builder
	b.WriteString(`<span class="chips">`)
	for _, c := range counts {
		fmt.Fprintf(&b, `<span class="chip s-%s"><span class="sr">%s: </span>%d</span>`,
			html.EscapeString(string(c.Status)), html.EscapeString(c.Name), c.N)
	}
	b.WriteString(`</span>`)
	return template.HTML(b.String())
}

// assessmentState draws an indicator's assessment.
func assessmentState(l string, a senim.Assessment) stateView {
	return stateView{Status: a.Status, Name: statusNames[l][a.Status], HasData: a.Status != senim.IndicatorNoData,
		Progress: a.Progress, Expected: a.Expected, Indicators: 1, Bar: length(a.Progress), Mark: length(a.Expected)}
}

// Value writes a measured value with the language's digits: "1 250,5".
func (p *page) Value(v float64) string { return formatValue(p.Lang, v) }

// OnTrack and AtRisk are the methodology's tolerances as percentages of
// the way.
func (p *page) OnTrack() string { return p.Pct(senim.ToleranceOnTrack) }
func (p *page) AtRisk() string  { return p.Pct(senim.ToleranceAtRisk) }

// Plural is N for a count of int.
func (p *page) Plural(key string, n int) string { return p.N(key, int64(n)) }

// Unit writes a unit's short name in the page's language.
func (p *page) Unit(code string) string {
	if u := senim.FindUnit(code); u != nil {
		return u.Names.In(p.Lang)
	}
	return code
}

// programmeRow is a programme in a list, with its state; the national page
// lists 216 of them, so each row's words are made here, once.
type programmeRow struct {
	ID, Title, Place string
	Territory        senim.KATO
	Years            string // the period, "2026–2030"
	Progress         string // "32,5 %", or a dash without data
	State            stateView
}

// newProgrammeRow lays out a programme with its roll-up for a list.
func newProgrammeRow(l string, p *senim.Programme, place string, r *senim.Rollup) programmeRow {
	row := programmeRow{ID: p.ID, Title: p.Title.In(l), Place: place, Territory: p.Territory,
		Years: strconv.Itoa(p.From.Year()) + "–" + strconv.Itoa(p.To.Year()), Progress: "—", State: rollupState(l, r)}
	if row.State.HasData {
		row.Progress = (&page{Lang: l}).Pct(row.State.Progress)
	}
	return row
}

// programmesView is the national page, or a territory's: the state of the
// programmes of its subtree, on the territory as a whole, on each of its
// parts one level down, and programme by programme.
type programmesView struct {
	Territory senim.KATO
	Name      string
	Path      []crumb // from the country down to the territory's parent
	Today     senim.Date
	State     stateView
	Own       []programmeRow // the programmes of the territory itself
	Parts     []programmePart
}

// programmePart is a part of the territory with its programmes.
type programmePart struct {
	Code       senim.KATO
	Name       string
	State      stateView
	Programmes []programmeRow
}

// programmesPage is the national page: one ProgrammeStates call over the
// subtree, one read of the territories' names.
func (s *Server) programmesPage(w http.ResponseWriter, r *http.Request) {
	ctx, l, today := r.Context(), lang(r), s.today()
	root := senim.CountryKATO
	if k, err := territoryParam(r, "territory"); err != nil {
		s.notFoundPage(w, r)
		return
	} else if k != nil {
		root = *k
	}
	states, err := s.db.ProgrammeStates(ctx, senim.ProgrammeFilter{Territory: &root}, today)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	total, parts := rollupParts(states, root)
	codes := root.Ancestors()
	for _, st := range states {
		codes = append(codes, st.Territory)
	}
	for k := range parts {
		codes = append(codes, k)
	}
	slices.Sort(codes)
	ts, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Codes: slices.Compact(codes)})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	names := make(map[senim.KATO]string, len(ts))
	for _, t := range ts {
		names[t.Code] = t.Name(l)
	}
	name, ok := names[root]
	if !ok {
		s.notFoundPage(w, r)
		return
	}
	v := &programmesView{Territory: root, Name: name, Today: today, State: rollupState(l, total)}
	for _, a := range root.Ancestors() {
		if a != root {
			v.Path = append(v.Path, crumb{a, names[a]})
		}
	}
	byPart := map[senim.KATO]*programmePart{}
	for _, k := range slices.Sorted(maps.Keys(parts)) {
		v.Parts = append(v.Parts, programmePart{Code: k, Name: names[k], State: rollupState(l, parts[k])})
	}
	for i := range v.Parts {
		byPart[v.Parts[i].Code] = &v.Parts[i]
	}
	level := root.Level()
	for _, st := range states {
		row := newProgrammeRow(l, st.Programme, names[st.Territory], &st.Rollup)
		if st.Territory == root {
			v.Own = append(v.Own, row)
			continue
		}
		if anc := st.Territory.Ancestors(); len(anc) > level+1 {
			if part := byPart[anc[level+1]]; part != nil {
				part.Programmes = append(part.Programmes, row)
			}
		}
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.render(w, r, http.StatusOK, "programmes", "ui.programmes.title", v)
}

// indicatorRow is an indicator in a programme's table.
type indicatorRow struct {
	ID, Name, Unit   string
	Baseline, Target senim.Point
	Last             *senim.Measurement
	State            stateView
}

// measureRow is a measure of a roadmap with its body's name.
type measureRow struct {
	*senim.Measure
	Body       string
	StatusName string
	Overdue    bool
}

// directionSection is a direction of a programme with its roll-up, its
// indicators and its measures.
type directionSection struct {
	ID         string
	Title      string
	State      stateView
	Indicators []indicatorRow
	Measures   []measureRow
}

// programmeSheet is a programme's page: what was promised and what has
// been done, direction by direction.
type programmeSheet struct {
	ID         string
	Territory  senim.KATO
	Title      string
	Place      string
	Path       []crumb // the territory's ancestors, from the country down
	From, To   senim.Date
	Adopted    senim.Date
	State      stateView
	Directions []directionSection
	Councils   []councilRow // the public councils that follow its directions
}

// programmeSheet lays out a programme: its state, each direction's, each
// indicator's, and its measures with their bodies (read at once).
func (s *Server) programmeSheet(r *http.Request, pr *senim.Programme) (*programmeSheet, error) {
	ctx, l, today := r.Context(), lang(r), s.today()
	v := &programmeSheet{ID: pr.ID, Territory: pr.Territory, Title: pr.Title.In(l), From: pr.From, To: pr.To,
		Adopted: pr.Adopted}
	ts, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Codes: pr.Territory.Ancestors()})
	if err != nil {
		return nil, err
	}
	for _, t := range ts {
		if t.Code == pr.Territory {
			v.Place = t.Name(l)
		} else {
			v.Path = append(v.Path, crumb{t.Code, t.Name(l)})
		}
	}
	var ids []string
	for _, d := range pr.Directions {
		for _, m := range d.Measures {
			if !slices.Contains(ids, m.BodyID) {
				ids = append(ids, m.BodyID)
			}
		}
	}
	bodies := map[string]string{}
	if len(ids) > 0 {
		list, err := s.db.FindBodies(ctx, senim.BodyFilter{IDs: ids})
		if err != nil {
			return nil, err
		}
		for _, b := range list {
			bodies[b.ID] = b.Name(l)
		}
	}
	var total senim.Rollup
	for _, d := range pr.Directions {
		sec := directionSection{ID: d.ID, Title: d.Title.In(l)}
		var dr senim.Rollup
		for _, ind := range d.Indicators {
			a := ind.Assess(today)
			dr.AddIndicator(a, ind.Weight)
			total.AddIndicator(a, ind.Weight)
			sec.Indicators = append(sec.Indicators, indicatorRow{ID: ind.ID, Name: ind.Name.In(l), Unit: ind.Unit,
				Baseline: ind.Baseline, Target: ind.Target,
				Last: ind.Last, State: assessmentState(l, a)})
		}
		for _, m := range d.Measures {
			sec.Measures = append(sec.Measures, measureRow{Measure: m, Body: bodies[m.BodyID],
				StatusName: i18n.T(l, "measure.status."+string(m.Status), nil), Overdue: m.Overdue(today)})
		}
		sec.State = rollupState(l, &dr)
		v.Directions = append(v.Directions, sec)
	}
	v.State = rollupState(l, &total)
	// The councils that follow one of its directions.
	follow, err := s.db.FindCouncils(ctx, senim.CouncilFilter{Programme: &pr.ID})
	if err != nil {
		return nil, err
	}
	if v.Councils, err = s.councilRows(r, follow); err != nil {
		return nil, err
	}
	return v, nil
}

func (s *Server) programmePage(w http.ResponseWriter, r *http.Request) {
	pr, err := s.db.FindProgramme(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.programmeSheet(r, pr)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.render(w, r, http.StatusOK, "programme", "ui.programme.title", v)
}

// measurementRow is a measurement in an indicator's table; Counts marks
// the one of its date that counts (the last entered).
type measurementRow struct {
	*senim.Measurement
	Counts bool
}

// historyRow is an entry of an indicator's history: a programme event about
// it, or a measurement entered.
type historyRow struct {
	At    time.Time
	What  string
	Note  string
	Actor string // staff pages only
}

// indicatorSheet is an indicator's page: its chart, its status with the
// figures it comes from, its measurements and its history.
type indicatorSheet struct {
	ID             string
	ProgrammeID    string
	ProgrammeTitle string
	Direction      string
	Place          string
	Name           string
	Unit           string
	Baseline       senim.Point
	Target         senim.Point
	HigherBetter   bool
	Source         string
	Weight         float64
	Last           *senim.Measurement
	State          stateView
	Figures        string // the progress and what the line expects, in words
	Rule           string // why that is the status
	Chart          lineChart
	Measurements   []measurementRow // the latest first
	History        []historyRow     // the latest first
	Staff          bool
}

// indicatorSheet lays out an indicator with every measurement; staff see
// who entered each.
func (s *Server) indicatorSheet(r *http.Request, id string, staff bool) (*indicatorSheet, *senim.Programme, error) {
	ctx, l, today := r.Context(), lang(r), s.today()
	ind, err := s.db.FindIndicator(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	pr, err := s.db.FindProgramme(ctx, ind.ProgrammeID)
	if err != nil {
		return nil, nil, err
	}
	events, err := s.db.ProgrammeHistory(ctx, pr.ID, ind.ID)
	if err != nil {
		return nil, nil, err
	}
	place, err := s.db.FindTerritory(ctx, pr.Territory)
	if err != nil {
		return nil, nil, err
	}
	a := ind.Assess(today)
	v := &indicatorSheet{ID: ind.ID, ProgrammeID: pr.ID, ProgrammeTitle: pr.Title.In(l), Place: place.Name(l), Name: ind.Name.In(l),
		Unit: ind.Unit, Baseline: ind.Baseline, Target: ind.Target, HigherBetter: ind.HigherBetter, Source: ind.Source,
		Weight: ind.Weight, Last: ind.Last, State: assessmentState(l, a), Staff: staff,
		Chart: indicatorChart(l, ind, ind.Measurements, today)}
	if d := pr.Direction(ind.DirectionID); d != nil {
		v.Direction = d.Title.In(l)
	}
	pct := func(x float64) string { return (&page{Lang: l}).Pct(x) }
	unit := (&page{Lang: l}).Unit(ind.Unit)
	args := map[string]any{"on_track": pct(senim.ToleranceOnTrack), "at_risk": pct(senim.ToleranceAtRisk),
		"target_date": dateIn(l, ind.Target.On)}
	if m := ind.Last; m != nil {
		v.Figures = i18n.T(l, "ui.indicator.figures", map[string]any{"value": formatValue(l, m.Value) + "\u00a0" + unit,
			"date": dateIn(l, m.AsOf), "progress": pct(a.Progress), "expected": pct(a.Expected)})
	}
	v.Rule = i18n.T(l, "ui.indicator.rule."+string(a.Status), args)
	counting := map[string]bool{}
	for _, m := range effective(ind.Measurements) {
		counting[m.ID] = true
	}
	for i := len(ind.Measurements) - 1; i >= 0; i-- {
		m := ind.Measurements[i]
		v.Measurements = append(v.Measurements, measurementRow{Measurement: m, Counts: counting[m.ID]})
		h := historyRow{At: m.At, What: i18n.T(l, "ui.indicator.entered_value", map[string]any{"value": formatValue(l, m.Value) + "\u00a0" + unit,
			"date": dateIn(l, m.AsOf)}), Note: m.Source}
		if staff {
			h.Actor = m.By
		}
		v.History = append(v.History, h)
	}
	for _, e := range events {
		if e.Action == senim.ProgrammeActMeasured {
			continue // the measurements above say more
		}
		h := historyRow{At: e.At, What: i18n.T(l, "programme.action."+e.Action, nil)}
		if staff {
			h.Actor = e.Actor
		}
		v.History = append(v.History, h)
	}
	slices.SortStableFunc(v.History, func(a, b historyRow) int { return b.At.Compare(a.At) })
	return v, pr, nil
}

func (s *Server) indicatorPage(w http.ResponseWriter, r *http.Request) {
	v, _, err := s.indicatorSheet(r, r.PathValue("id"), false)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=60")
	s.render(w, r, http.StatusOK, "indicator", "ui.indicator.title", v)
}

// methodologyView is the methodology page: the rules, with the tolerances
// and worked examples computed by the same code that judges the indicators.
type methodologyView struct {
	OnTrack, AtRisk string
	// The example of one indicator: baseline, target, two measurements.
	Example struct {
		Baseline, Target senim.Point
		Days, At         int
		Values           [2]float64
		On               senim.Date
		States           [2]stateView
		Gaps             [2]float64
	}
	// The example of a roll-up: a programme of three indicators, then a
	// territory of two programmes.
	Rollup struct {
		Indicators []methodologyIndicator
		Programme  stateView
		Other      stateView
		Territory  stateView
	}
}

type methodologyIndicator struct {
	Name   string
	Weight float64
	State  stateView
}

func (s *Server) methodologyPage(w http.ResponseWriter, r *http.Request) {
	l := lang(r)
	p := &page{Lang: l}
	v := &methodologyView{OnTrack: p.Pct(senim.ToleranceOnTrack), AtRisk: p.Pct(senim.ToleranceAtRisk)}
	ex := &v.Example
	ex.Baseline, ex.Target = senim.Point{Value: 40, On: senim.MustDate("2021-01-01")}, senim.Point{Value: 80, On: senim.MustDate("2025-01-01")}
	ex.On = senim.MustDate("2023-01-01")
	ex.Days, ex.At = ex.Baseline.On.DaysUntil(ex.Target.On), ex.Baseline.On.DaysUntil(ex.On)
	ex.Values = [2]float64{55, 58}
	for i, value := range ex.Values {
		ind := &senim.Indicator{Unit: "percent", Baseline: ex.Baseline, Target: ex.Target, HigherBetter: true,
			Last: &senim.Measurement{Value: value, AsOf: ex.On}}
		a := ind.Assess(ex.On)
		ex.States[i], ex.Gaps[i] = assessmentState(l, a), a.Expected-a.Progress
	}
	// A programme: two indicators with data, of weights 2 and 1, and one
	// without; a territory: that programme and another.
	var prog, other, terr senim.Rollup
	for i, x := range []struct {
		weight float64
		a      senim.Assessment
	}{
		{2, senim.Assessment{Status: senim.IndicatorOnTrack, Progress: 0.6, Expected: 0.5}},
		{1, senim.Assessment{Status: senim.IndicatorBehind, Progress: 0.3, Expected: 0.5}},
		{1, senim.Assessment{Status: senim.IndicatorNoData}},
	} {
		prog.AddIndicator(x.a, x.weight)
		v.Rollup.Indicators = append(v.Rollup.Indicators, methodologyIndicator{Name: string(rune('A' + i)), Weight: x.weight,
			State: assessmentState(l, x.a)})
	}
	other.AddIndicator(senim.Assessment{Status: senim.IndicatorBehind, Progress: 0.2, Expected: 0.4}, 1)
	terr.AddProgramme(&prog)
	terr.AddProgramme(&other)
	v.Rollup.Programme, v.Rollup.Other, v.Rollup.Territory = rollupState(l, &prog), rollupState(l, &other), rollupState(l, &terr)
	w.Header().Set("Cache-Control", "public, max-age=300")
	s.render(w, r, http.StatusOK, "methodology", "ui.methodology.title", v)
}

// promisesView is the territory page's section "what was promised, what
// has been done": the programmes that cover the place — its own and those
// of the territories above it — with their state, and the public councils
// of the place and above.
type promisesView struct {
	Code       senim.KATO
	Programmes []programmeRow
	Councils   []councilRow
}

// promises reads the territory page's section: the programmes that cover
// k, each summed up from its own indicators (a place lies under a handful
// of programmes), and the councils of k and above.
func (s *Server) promises(r *http.Request, k senim.KATO) (*promisesView, error) {
	ctx, l, today := r.Context(), lang(r), s.today()
	v := &promisesView{Code: k}
	states, err := s.db.ProgrammeStates(ctx, senim.ProgrammeFilter{On: &k}, today)
	if err != nil {
		return nil, err
	}
	var codes []senim.KATO
	for _, st := range states {
		codes = append(codes, st.Territory)
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		return nil, err
	}
	for _, st := range states {
		v.Programmes = append(v.Programmes, newProgrammeRow(l, st.Programme, names[st.Territory], &st.Rollup))
	}
	councils, err := s.db.FindCouncils(ctx, senim.CouncilFilter{On: &k})
	if err != nil {
		return nil, err
	}
	if v.Councils, err = s.councilRows(r, councils); err != nil {
		return nil, err
	}
	return v, nil
}
