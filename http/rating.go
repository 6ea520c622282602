package http

import (
	"bytes"
	"context"
	"net/http"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/store"
)

// The JSON API of the public rating of deputies: parties, assemblies and
// deputies; the methodology's versions; a period's scores (a kept run, or
// live for a period under way) with their breakdown, ranks and change;
// the factions' ranking; and, for the central office, writing a version,
// publishing it and computing a period.

// ratingQuery is what a rating page or call asks for.
type ratingQuery struct {
	Period   senim.RatingPeriod // zero: the newest period with scores
	Kind     senim.Period       // the kind of period when none is named
	Method   int                // zero: the newest published version (the newest for staff, if none is)
	Assembly string
	Level    senim.AssemblyKind
	Region   senim.KATO
	Faction  *string
}

// parseRatingQuery reads the query parameters period, method, assembly,
// level, region and faction; every fault is reported.
func parseRatingQuery(r *http.Request) (ratingQuery, error) {
	q := r.URL.Query()
	var out ratingQuery
	out.Kind = senim.PeriodQuarter
	var p senim.Problems
	if v := q.Get("period"); v != "" {
		period, err := senim.ParseRatingPeriod(v)
		p.Add(err)
		out.Period, out.Kind = period, period.Kind
	}
	if v := q.Get("method"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			p.Add(senim.Invalid("method", "query.param", "param", "method"))
		}
		out.Method = n
	}
	out.Assembly = q.Get("assembly")
	if v := q.Get("level"); v != "" {
		if !slices.Contains(senim.AssemblyKinds, senim.AssemblyKind(v)) {
			p.Add(senim.Invalid("level", "assembly.kind", "kind", v))
		}
		out.Level = senim.AssemblyKind(v)
	}
	readTerritory(r, "region", &out.Region, &p)
	if q.Has("faction") {
		f := q.Get("faction")
		out.Faction = &f
	}
	return out, p.Err()
}

// scoreView is a deputy's score as lists show it.
type scoreView struct {
	senim.Scored
	Deputy       *senim.Deputy `json:"deputy"`
	AssemblyName string        `json:"assembly_name"`
	FactionName  string        `json:"faction_name,omitempty"`
	Change       *float64      `json:"change,omitempty"` // against the previous period's score by the same version
}

// ratingView is a period's rating.
type ratingView struct {
	Period      senim.RatingPeriod `json:"period"`
	Run         *senim.RatingRun   `json:"run"`
	Method      *senim.Method      `json:"method"`
	Provisional bool               `json:"provisional"` // live figures of a period under way, not kept
	Total       int                `json:"total"`       // deputies scored, before the filters
	Scores      []scoreView        `json:"scores"`

	methods    []*senim.Method // every version the reader may see
	deputies   map[string]*senim.Deputy
	assemblies map[string]*senim.Assembly
	parties    []*senim.Party
	rows       []senim.Scored // every score, unfiltered
}

// rating reads a period's scores: its current run by the version, or,
// while the period is under way and has none, the live figures.
func (s *Server) rating(ctx context.Context, q ratingQuery) (*ratingView, error) {
	methods, err := s.db.FindMethods(ctx)
	if err != nil {
		return nil, err
	}
	m, err := senim.ChooseMethod(methods, q.Method)
	if err != nil {
		return nil, err
	}
	v := &ratingView{Method: m, Period: q.Period, methods: methods}
	today := s.today()
	if v.Period.IsZero() {
		// The newest period of the kind with a run, or the one under way.
		kind := q.Kind
		runs, err := s.db.FindRuns(ctx, store.RunFilter{Method: &m.Version, Kind: &kind})
		if err != nil {
			return nil, err
		}
		v.Period = senim.PeriodOf(kind, today)
		if len(runs) > 0 {
			v.Period = runs[0].Period
		}
	}
	if v.Run, v.rows, err = s.periodScores(ctx, v.Period, m); err != nil {
		return nil, err
	}
	v.Provisional = v.Run.Revision == 0
	if err := s.ratingNames(ctx, v); err != nil {
		return nil, err
	}
	previous := map[string]float64{}
	if _, rows, err := s.periodScores(ctx, v.Period.Previous(), m); err == nil {
		for _, r := range rows {
			previous[r.Deputy] = r.Score.Score
		}
	} else if senim.ErrorCode(err) != senim.ENOTFOUND {
		return nil, err
	}
	v.Total = len(v.rows)
	v.Scores = []scoreView{}
	for _, r := range v.rows {
		d := v.deputies[r.Deputy]
		if d == nil || !q.keeps(d, v.assemblies[d.Assembly]) {
			continue
		}
		sv := v.scoreView(r)
		if p, ok := previous[r.Deputy]; ok {
			c := senim.Round2(r.Score.Score - p)
			sv.Change = &c
		}
		v.Scores = append(v.Scores, sv)
	}
	return v, nil
}

// keeps reports whether the filters keep a deputy of an assembly.
func (q ratingQuery) keeps(d *senim.Deputy, a *senim.Assembly) bool {
	switch {
	case q.Assembly != "" && d.Assembly != q.Assembly:
	case q.Level != "" && (a == nil || a.Kind != q.Level):
	case q.Region != "" && q.Region != senim.CountryKATO && !q.Region.Contains(d.Territory):
	case q.Faction != nil && d.Faction != *q.Faction:
	default:
		return true
	}
	return false
}

// periodScores returns a period's current run by the version and its
// rows, or the live figures of a period that has not ended.
func (s *Server) periodScores(ctx context.Context, p senim.RatingPeriod, m *senim.Method) (*senim.RatingRun, []senim.Scored, error) {
	runs, err := s.db.FindRuns(ctx, store.RunFilter{Period: &p, Method: &m.Version})
	if err != nil {
		return nil, nil, err
	}
	if len(runs) > 0 {
		rows, err := s.db.RunScores(ctx, runs[0])
		return runs[0], rows, err
	}
	today := s.today()
	if today.Before(p.From()) || !today.Before(p.To()) {
		return nil, nil, senim.Errorf(senim.ENOTFOUND, "rating.no_run", "period", p.String())
	}
	return s.db.LiveRating(ctx, p, m.Version)
}

// ratingNames loads the deputies, assemblies and parties a view names.
func (s *Server) ratingNames(ctx context.Context, v *ratingView) error {
	deputies, err := s.db.FindDeputies(ctx, senim.DeputyFilter{})
	if err != nil {
		return err
	}
	assemblies, err := s.db.FindAssemblies(ctx)
	if err != nil {
		return err
	}
	if v.parties, err = s.db.FindParties(ctx); err != nil {
		return err
	}
	v.deputies = make(map[string]*senim.Deputy, len(deputies))
	for _, d := range deputies {
		v.deputies[d.ID] = d
	}
	v.assemblies = make(map[string]*senim.Assembly, len(assemblies))
	for _, a := range assemblies {
		v.assemblies[a.ID] = a
	}
	return nil
}

func (v *ratingView) party(code string) *senim.Party {
	for _, p := range v.parties {
		if p.Code == code {
			return p
		}
	}
	return nil
}

// scoreView names a row's deputy, assembly and faction (in Russian for
// the API; the pages name them in the reader's language).
func (v *ratingView) scoreView(r senim.Scored) scoreView {
	d := v.deputies[r.Deputy]
	sv := scoreView{Scored: r, Deputy: d}
	if a := v.assemblies[d.Assembly]; a != nil {
		sv.AssemblyName = a.Name.RU
	}
	if p := v.party(d.Faction); p != nil {
		sv.FactionName = p.Name.RU
	}
	return sv
}

// roster is the view's names for the downloads.
func (v *ratingView) roster() *exchange.Roster {
	r := &exchange.Roster{Deputies: v.deputies, Assemblies: v.assemblies}
	return r
}

func (s *Server) getRating(w http.ResponseWriter, r *http.Request) {
	q, err := parseRatingQuery(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := s.rating(r.Context(), q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v.Run = publicRun(r.Context(), v.Run)
	writeJSON(w, http.StatusOK, v)
}

// publicRun hides who computed a run from the public, as every public
// history hides who changed a record.
func publicRun(ctx context.Context, run *senim.RatingRun) *senim.RatingRun {
	if run == nil || senim.ActorFrom(ctx).IsStaff() {
		return run
	}
	c := *run
	c.Actor = ""
	return &c
}

// factionsView is the factions' ranking of a period.
type factionsView struct {
	Period      senim.RatingPeriod   `json:"period"`
	Method      int                  `json:"method"`
	Revision    int                  `json:"revision"`
	Provisional bool                 `json:"provisional"`
	Factions    []factionView        `json:"factions"`
	Rule        string               `json:"rule"`
	view        *ratingView          `json:"-"`
	all         []senim.FactionScore `json:"-"`
}

type factionView struct {
	senim.FactionScore
	AssemblyName string             `json:"assembly_name"`
	Level        senim.AssemblyKind `json:"level"`
	PartyName    string             `json:"party_name"`
}

// factions ranks the factions of a period: by default the own party's in
// the oblast maslikhats (seed 001: "the faction is 14th").
func (s *Server) factions(ctx context.Context, q ratingQuery) (*factionsView, error) {
	f := q
	f.Assembly, f.Region, f.Faction = "", "", nil
	v, err := s.rating(ctx, f)
	if err != nil {
		return nil, err
	}
	deputies := make([]*senim.Deputy, 0, len(v.deputies))
	for _, d := range v.deputies {
		deputies = append(deputies, d)
	}
	assemblies := make([]*senim.Assembly, 0, len(v.assemblies))
	for _, a := range v.assemblies {
		assemblies = append(assemblies, a)
	}
	out := &factionsView{Period: v.Period, Method: v.Method.Version, Revision: v.Run.Revision, Provisional: v.Provisional,
		Factions: []factionView{}, view: v,
		Rule: "A faction's score is the mean of its deputies' scores; factions are ranked among the same party's factions in assemblies of the same level."}
	scores := make([]senim.Score, len(v.rows))
	for i, r := range v.rows {
		scores[i] = r.Score
	}
	out.all = senim.Factions(deputies, assemblies, scores)
	level := q.Level
	if level == "" {
		level = senim.AssemblyOblast
	}
	party := ""
	if q.Faction != nil {
		party = *q.Faction
	} else {
		for _, p := range v.parties {
			if p.Own {
				party = p.Code
			}
		}
	}
	for _, fs := range out.all {
		a := v.assemblies[fs.Assembly]
		if a == nil || a.Kind != level || party != "" && fs.Party != party {
			continue
		}
		if q.Region != "" && q.Region != senim.CountryKATO && !q.Region.Contains(a.Territory) {
			continue
		}
		fv := factionView{FactionScore: fs, AssemblyName: a.Name.RU, Level: a.Kind}
		if p := v.party(fs.Party); p != nil {
			fv.PartyName = p.Name.RU
		}
		out.Factions = append(out.Factions, fv)
	}
	return out, nil
}

func (s *Server) getFactions(w http.ResponseWriter, r *http.Request) {
	q, err := parseRatingQuery(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	v, err := s.factions(r.Context(), q)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// deputyView is a deputy with their post and their scores.
type deputyView struct {
	*senim.Deputy
	AssemblyName string         `json:"assembly_name"`
	FactionName  string         `json:"faction_name,omitempty"`
	History      []deputyPeriod `json:"history"`

	assembly *senim.Assembly // for the page's names in the reader's language
	party    *senim.Party
}

// deputyPeriod is a deputy's score in one period.
type deputyPeriod struct {
	Period   senim.RatingPeriod `json:"period"`
	Method   int                `json:"method"`
	Revision int                `json:"revision"`
	senim.Scored
}

func (s *Server) deputy(ctx context.Context, id string, kind senim.Period) (*deputyView, error) {
	d, err := s.db.FindDeputy(ctx, id)
	if err != nil {
		return nil, err
	}
	v := &deputyView{Deputy: d, History: []deputyPeriod{}}
	if v.assembly, err = s.db.FindAssembly(ctx, d.Assembly); err != nil {
		return nil, err
	}
	v.AssemblyName = v.assembly.Name.RU
	parties, err := s.db.FindParties(ctx)
	if err != nil {
		return nil, err
	}
	for _, p := range parties {
		if p.Code == d.Faction {
			v.party, v.FactionName = p, p.Name.RU
		}
	}
	runs, rows, err := s.db.DeputyHistory(ctx, id, kind)
	if err != nil {
		return nil, err
	}
	for i, run := range runs {
		v.History = append(v.History, deputyPeriod{Period: run.Period, Method: run.Method, Revision: run.Revision, Scored: rows[i]})
	}
	return v, nil
}

func (s *Server) getDeputy(w http.ResponseWriter, r *http.Request) {
	kind := senim.PeriodQuarter
	if v := r.URL.Query().Get("kind"); v != "" {
		if k := senim.Period(v); k == senim.PeriodQuarter || k == senim.PeriodHalf || k == senim.PeriodYear {
			kind = k
		} else {
			s.error(w, r, senim.Invalid("kind", "query.param", "param", "kind"))
			return
		}
	}
	v, err := s.deputy(r.Context(), r.PathValue("id"), kind)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) listDeputies(w http.ResponseWriter, r *http.Request) {
	q, err := parseRatingQuery(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	f := senim.DeputyFilter{Faction: q.Faction}
	if q.Assembly != "" {
		f.Assembly = &q.Assembly
	}
	if q.Level != "" {
		f.Kind = &q.Level
	}
	if q.Region != "" {
		f.Territory = &q.Region
	}
	list, err := s.db.FindDeputies(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*senim.Deputy{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) addDeputy(w http.ResponseWriter, r *http.Request) {
	var in senim.DeputyInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := s.db.AddDeputy(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/deputies/"+d.ID)
	writeJSON(w, http.StatusCreated, d)
}

func (s *Server) listAssemblies(w http.ResponseWriter, r *http.Request) {
	list, err := s.db.FindAssemblies(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*senim.Assembly{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) createAssembly(w http.ResponseWriter, r *http.Request) {
	var in senim.AssemblyInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	a, err := s.db.CreateAssembly(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, a)
}

func (s *Server) listParties(w http.ResponseWriter, r *http.Request) {
	list, err := s.db.FindParties(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*senim.Party{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) saveParty(w http.ResponseWriter, r *http.Request) {
	var p senim.Party
	if err := decode(w, r, &p); err != nil {
		s.error(w, r, err)
		return
	}
	p.Code = r.PathValue("code")
	if err := s.db.SaveParty(r.Context(), &p); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) listMethods(w http.ResponseWriter, r *http.Request) {
	list, err := s.db.FindMethods(r.Context())
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*senim.Method{}
	}
	writeJSON(w, http.StatusOK, list)
}

// methodParam reads the {version} of the path.
func methodParam(r *http.Request) (int, error) {
	n, err := strconv.Atoi(r.PathValue("version"))
	if err != nil || n < 1 {
		return 0, senim.NotFound("method")
	}
	return n, nil
}

func (s *Server) getMethod(w http.ResponseWriter, r *http.Request) {
	n, err := methodParam(r)
	if err == nil {
		var m *senim.Method
		if m, err = s.db.FindMethod(r.Context(), n); err == nil {
			writeJSON(w, http.StatusOK, m)
			return
		}
	}
	s.error(w, r, err)
}

// methodInput is what the central office sends to write a version: the
// rest of a version (its number, status, dates) is not the caller's.
type methodInput struct {
	Weights  map[senim.RatingInput]float64 `json:"weights"`
	Strength map[senim.RatingInput]float64 `json:"strength"`
	Note     senim.Names                   `json:"note"`
}

func (s *Server) createMethod(w http.ResponseWriter, r *http.Request) {
	var in methodInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	out, err := s.db.CreateMethod(r.Context(), &senim.Method{Weights: in.Weights, Strength: in.Strength, Note: in.Note})
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/rating/methods/"+strconv.Itoa(out.Version))
	writeJSON(w, http.StatusCreated, out)
}

func (s *Server) publishMethod(w http.ResponseWriter, r *http.Request) {
	n, err := methodParam(r)
	if err == nil {
		var m *senim.Method
		if m, err = s.db.PublishMethod(r.Context(), n); err == nil {
			writeJSON(w, http.StatusOK, m)
			return
		}
	}
	s.error(w, r, err)
}

func (s *Server) listRuns(w http.ResponseWriter, r *http.Request) {
	q, err := parseRatingQuery(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	var f store.RunFilter
	if !q.Period.IsZero() {
		f.Period = &q.Period
	}
	if q.Method != 0 {
		f.Method = &q.Method
	}
	list, err := s.db.FindRuns(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if list == nil {
		list = []*senim.RatingRun{}
	}
	for i, run := range list {
		list[i] = publicRun(r.Context(), run)
	}
	writeJSON(w, http.StatusOK, list)
}

// runInput is what the central office sends to compute a period.
type runInput struct {
	Period string `json:"period"` // read here, so that a bad or missing one is named
	Method int    `json:"method"`
}

func (s *Server) computeRun(w http.ResponseWriter, r *http.Request) {
	var in runInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	period, err := senim.ParseRatingPeriod(in.Period)
	if err != nil {
		s.error(w, r, err)
		return
	}
	run, err := s.db.ComputeRating(r.Context(), period, in.Method)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, run)
}

// ratingDownload sends a period's scores or inputs as CSV (file "scores"
// or "inputs"), for the filters of the rating's page.
func (s *Server) ratingDownload(w http.ResponseWriter, r *http.Request, file string) {
	q, err := parseRatingQuery(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v, err := s.rating(r.Context(), q)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	rows := make([]senim.Scored, len(v.Scores))
	for i, sv := range v.Scores {
		rows[i] = sv.Scored
	}
	var buf bytes.Buffer
	if file == "inputs" {
		// Every deputy's records: the means pool them all, so a part of
		// them could not be scored again.
		err = exchange.WriteRatingInputs(&buf, v.Period, v.rows, v.roster())
	} else {
		err = exchange.WriteRatingScores(&buf, v.Run, rows, v.roster())
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	name := "rating-" + strings.ToLower(v.Period.String()) + "-v" + strconv.Itoa(v.Method.Version)
	if v.Run.Revision > 0 {
		name += "-r" + strconv.Itoa(v.Run.Revision)
	}
	sendFile(w, name+"-"+file+".csv", "text/csv; charset=utf-8", buf.Bytes())
}

func (s *Server) ratingScoresCSV(w http.ResponseWriter, r *http.Request) {
	s.ratingDownload(w, r, "scores")
}
func (s *Server) ratingInputsCSV(w http.ResponseWriter, r *http.Request) {
	s.ratingDownload(w, r, "inputs")
}
