package http

import (
	"bytes"
	"context"
	"errors"
	"io"
	"maps"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

// The JSON API of the election programme under control: programmes with
// their directions, indicators and measures, measurements with evidence,
// the roll-ups, and the public councils with the issues they raise.

type unitView struct {
	Code string   `json:"code"`
	Name string   `json:"name"`
	Min  float64  `json:"min"`
	Max  *float64 `json:"max,omitempty"`
}

func (s *Server) listUnits(w http.ResponseWriter, r *http.Request) {
	out := make([]unitView, 0, len(senim.Units))
	for _, u := range senim.Units {
		v := unitView{Code: u.Code, Name: u.Names.In(lang(r)), Min: u.Min}
		if u.Max < 1e300 {
			v.Max = &u.Max
		}
		out = append(out, v)
	}
	writeJSON(w, http.StatusOK, out)
}

// rollupView is a roll-up as the API shows it: progress and expected as
// percentages of the way from the baselines to the targets.
type rollupView struct {
	Status     senim.IndicatorStatus         `json:"status"`
	StatusName string                        `json:"status_name"`
	Progress   *float64                      `json:"progress"` // null without data
	Expected   *float64                      `json:"expected"`
	Indicators int                           `json:"indicators"`
	Programmes int                           `json:"programmes,omitempty"`
	Counts     map[senim.IndicatorStatus]int `json:"counts"`
}

func viewRollup(l string, r *senim.Rollup) rollupView {
	v := rollupView{Status: r.Status(), Indicators: r.Indicators, Programmes: r.Programmes, Counts: r.Counts}
	v.StatusName = i18n.T(l, "indicator.status."+string(v.Status), nil)
	if v.Counts == nil {
		v.Counts = map[senim.IndicatorStatus]int{}
	}
	if r.HasData() {
		p, e := percent(r.Progress()), percent(r.Expected())
		v.Progress, v.Expected = &p, &e
	}
	return v
}

// percent rounds a share to a percentage with one decimal.
func percent(x float64) float64 { return float64(int(x*1000+0.5)) / 10 }

type programmeLine struct {
	ID        string      `json:"id"`
	Territory senim.KATO  `json:"territory"`
	Title     string      `json:"title"`
	From      senim.Date  `json:"from"`
	To        senim.Date  `json:"to"`
	Adopted   senim.Date  `json:"adopted"`
	State     *rollupView `json:"state,omitempty"`
}

func viewProgrammeLine(l string, p *senim.Programme, state *senim.Rollup) programmeLine {
	v := programmeLine{ID: p.ID, Territory: p.Territory, Title: p.Title.In(l), From: p.From, To: p.To, Adopted: p.Adopted}
	if state != nil {
		rv := viewRollup(l, state)
		v.State = &rv
	}
	return v
}

func (s *Server) today() senim.Date { return senim.DateOf(s.db.Now()) }

// listProgrammes lists the programmes of a territory's subtree with their
// state, or, with ?on=, the programmes that cover a place.
func (s *Server) listProgrammes(w http.ResponseWriter, r *http.Request) {
	var p senim.Problems
	k, err := territoryParam(r, "territory")
	p.Add(err)
	on, err := territoryParam(r, "on")
	p.Add(err)
	if err := p.Err(); err != nil {
		s.error(w, r, err)
		return
	}
	states, err := s.db.ProgrammeStates(r.Context(), senim.ProgrammeFilter{Territory: k, On: on}, s.today())
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := make([]programmeLine, 0, len(states))
	for _, st := range states {
		out = append(out, viewProgrammeLine(lang(r), st.Programme, &st.Rollup))
	}
	writeJSON(w, http.StatusOK, out)
}

// rollupParts sums up programme states on a territory and on each of its
// parts one level down: the national page's regions, an oblast's districts.
func rollupParts(states []*store.ProgrammeState, parent senim.KATO) (total *senim.Rollup, parts map[senim.KATO]*senim.Rollup) {
	total, parts = &senim.Rollup{}, map[senim.KATO]*senim.Rollup{}
	for _, st := range states {
		if !parent.Contains(st.Territory) {
			continue
		}
		total.AddProgramme(&st.Rollup)
		anc := st.Territory.Ancestors()
		i := slices.Index(anc, parent)
		if i < 0 || i+1 >= len(anc) {
			continue // the parent's own programmes
		}
		part := anc[i+1]
		if parts[part] == nil {
			parts[part] = &senim.Rollup{}
		}
		parts[part].AddProgramme(&st.Rollup)
	}
	return total, parts
}

type rollupPart struct {
	Territory senim.KATO `json:"territory"`
	Name      string     `json:"name"`
	State     rollupView `json:"state"`
}

type rollupResponse struct {
	Territory senim.KATO   `json:"territory"`
	Name      string       `json:"name"`
	Date      senim.Date   `json:"date"`
	Rule      string       `json:"rule"`
	State     rollupView   `json:"state"`
	Parts     []rollupPart `json:"parts"`
}

// programmeRollup answers the state of a territory's programmes and of
// each of its parts: the national page's figures.
func (s *Server) programmeRollup(w http.ResponseWriter, r *http.Request) {
	k, err := territoryParam(r, "territory")
	if err != nil {
		s.error(w, r, err)
		return
	}
	root := senim.CountryKATO
	if k != nil {
		root = *k
	}
	t, err := s.db.FindTerritory(r.Context(), root)
	if err != nil {
		s.error(w, r, err)
		return
	}
	states, err := s.db.ProgrammeStates(r.Context(), senim.ProgrammeFilter{Territory: &root}, s.today())
	if err != nil {
		s.error(w, r, err)
		return
	}
	total, parts := rollupParts(states, root)
	codes := slices.Sorted(maps.Keys(parts))
	names, err := s.territoryNames(r, codes)
	if err != nil {
		s.error(w, r, err)
		return
	}
	l := lang(r)
	out := rollupResponse{Territory: root, Name: t.Name(l), Date: s.today(), Rule: i18n.T(l, "api.rollup.rule", nil),
		State: viewRollup(l, total), Parts: make([]rollupPart, 0, len(codes))}
	for _, c := range codes {
		out.Parts = append(out.Parts, rollupPart{Territory: c, Name: names[c], State: viewRollup(l, parts[c])})
	}
	writeJSON(w, http.StatusOK, out)
}

// territoryNames returns the names of the codes in the request's language.
func (s *Server) territoryNames(r *http.Request, codes []senim.KATO) (map[senim.KATO]string, error) {
	out := map[senim.KATO]string{}
	if len(codes) == 0 {
		return out, nil
	}
	ts, err := s.db.FindTerritories(r.Context(), senim.TerritoryFilter{Codes: codes})
	for _, t := range ts {
		out[t.Code] = t.Name(lang(r))
	}
	return out, err
}

// indicatorView is an indicator with its assessment on the day asked.
type indicatorView struct {
	*senim.Indicator
	UnitName     string                `json:"unit_name"`
	Status       senim.IndicatorStatus `json:"status"`
	StatusName   string                `json:"status_name"`
	Progress     *float64              `json:"progress"`
	Expected     *float64              `json:"expected"`
	Last         *measurementView      `json:"last,omitempty"`
	Measurements []measurementView     `json:"measurements,omitempty"`
}

func viewIndicator(l string, ind *senim.Indicator, today senim.Date, staff bool) indicatorView {
	a := ind.Assess(today)
	v := indicatorView{Indicator: ind, Status: a.Status, StatusName: i18n.T(l, "indicator.status."+string(a.Status), nil)}
	if u := senim.FindUnit(ind.Unit); u != nil {
		v.UnitName = u.Names.In(l)
	}
	if a.Status != senim.IndicatorNoData {
		p, e := percent(a.Progress), percent(a.Expected)
		v.Progress, v.Expected = &p, &e
	}
	if ind.Last != nil {
		m := viewMeasurement(ind.Last, staff)
		v.Last = &m
	}
	for _, m := range ind.Measurements {
		v.Measurements = append(v.Measurements, viewMeasurement(m, staff))
	}
	return v
}

// measurementView is a measurement with its time in Kazakhstan; who
// entered it is shown to staff only.
type measurementView struct {
	*senim.Measurement
	By string `json:"by,omitempty"`
	At string `json:"at,omitempty"`
}

func viewMeasurement(m *senim.Measurement, staff bool) measurementView {
	v := measurementView{Measurement: m}
	if !m.At.IsZero() {
		v.At = m.At.In(senim.KZ).Format(rfc3339)
	}
	if staff {
		v.By = m.By
	}
	return v
}

// programmeEventView is an entry of a programme's history.
type programmeEventView struct {
	*senim.ProgrammeEvent
	Actor string `json:"actor,omitempty"`
	At    string `json:"at"`
}

type directionView struct {
	ID         string          `json:"id"`
	Position   int             `json:"position"`
	Title      senim.Names     `json:"title"`
	State      rollupView      `json:"state"`
	Indicators []indicatorView `json:"indicators"`
	Measures   []measureView   `json:"measures"`
}

type measureView struct {
	*senim.Measure
	StatusName string `json:"status_name"`
	Overdue    bool   `json:"overdue"`
}

func viewMeasure(l string, m *senim.Measure, today senim.Date) measureView {
	return measureView{Measure: m, StatusName: i18n.T(l, "measure.status."+string(m.Status), nil), Overdue: m.Overdue(today)}
}

type programmeView struct {
	ID         string          `json:"id"`
	Territory  senim.KATO      `json:"territory"`
	Title      senim.Names     `json:"title"`
	From       senim.Date      `json:"from"`
	To         senim.Date      `json:"to"`
	Adopted    senim.Date      `json:"adopted"`
	Version    int             `json:"version"`
	State      rollupView      `json:"state"`
	Directions []directionView `json:"directions"`
}

func (s *Server) viewProgramme(r *http.Request, pr *senim.Programme) programmeView {
	l, today, staff := lang(r), s.today(), senim.ActorFrom(r.Context()).IsStaff()
	v := programmeView{ID: pr.ID, Territory: pr.Territory, Title: pr.Title, From: pr.From, To: pr.To, Adopted: pr.Adopted,
		Version: pr.Version, Directions: make([]directionView, 0, len(pr.Directions))}
	var total senim.Rollup
	for _, d := range pr.Directions {
		dv := directionView{ID: d.ID, Position: d.Position, Title: d.Title,
			Indicators: make([]indicatorView, 0, len(d.Indicators)), Measures: make([]measureView, 0, len(d.Measures))}
		var dr senim.Rollup
		for _, ind := range d.Indicators {
			a := ind.Assess(today)
			dr.AddIndicator(a, ind.Weight)
			total.AddIndicator(a, ind.Weight)
			dv.Indicators = append(dv.Indicators, viewIndicator(l, ind, today, staff))
		}
		for _, m := range d.Measures {
			dv.Measures = append(dv.Measures, viewMeasure(l, m, today))
		}
		dv.State = viewRollup(l, &dr)
		v.Directions = append(v.Directions, dv)
	}
	v.State = viewRollup(l, &total)
	return v
}

func (s *Server) getProgramme(w http.ResponseWriter, r *http.Request) {
	pr, err := s.db.FindProgramme(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.viewProgramme(r, pr))
}

func (s *Server) programmeHistory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if _, err := s.db.FindProgramme(r.Context(), id); err != nil {
		s.error(w, r, err)
		return
	}
	events, err := s.db.ProgrammeHistory(r.Context(), id, r.URL.Query().Get("subject"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	staff := senim.ActorFrom(r.Context()).IsStaff()
	out := make([]programmeEventView, len(events))
	for i, e := range events {
		out[i] = programmeEventView{ProgrammeEvent: e, At: e.At.In(senim.KZ).Format(rfc3339)}
		if staff {
			out[i].Actor = e.Actor
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// adoptProgramme adopts a programme, with as much of its tree as the body
// gives: all of it or nothing.
func (s *Server) adoptProgramme(w http.ResponseWriter, r *http.Request) {
	var plan senim.ProgrammePlan
	if err := decode(w, r, &plan); err != nil {
		s.error(w, r, err)
		return
	}
	pr, err := s.db.AdoptProgramme(r.Context(), plan)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if pr, err = s.db.FindProgramme(r.Context(), pr.ID); err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/programmes/"+pr.ID)
	writeJSON(w, http.StatusCreated, s.viewProgramme(r, pr))
}

type directionRequest struct {
	Title senim.Names `json:"title"`
}

func (s *Server) addDirection(w http.ResponseWriter, r *http.Request) {
	var req directionRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	d, err := s.db.AddDirection(r.Context(), r.PathValue("id"), req.Title)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, directionView{ID: d.ID, Position: d.Position, Title: d.Title,
		State: viewRollup(lang(r), &senim.Rollup{}), Indicators: []indicatorView{}, Measures: []measureView{}})
}

func (s *Server) addIndicator(w http.ResponseWriter, r *http.Request) {
	var in senim.IndicatorInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	ind, err := s.db.AddIndicator(r.Context(), r.PathValue("id"), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/indicators/"+ind.ID)
	writeJSON(w, http.StatusCreated, viewIndicator(lang(r), ind, s.today(), true))
}

func (s *Server) addMeasure(w http.ResponseWriter, r *http.Request) {
	var in senim.MeasureInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.AddMeasure(r.Context(), r.PathValue("id"), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, viewMeasure(lang(r), m, s.today()))
}

type measureStatusRequest struct {
	Status  senim.MeasureStatus `json:"status"`
	Note    string              `json:"note"`
	Version int                 `json:"version"`
}

func (s *Server) setMeasureStatus(w http.ResponseWriter, r *http.Request) {
	var req measureStatusRequest
	if err := decode(w, r, &req); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.SetMeasureStatus(r.Context(), r.PathValue("id"), req.Status, req.Note, req.Version)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewMeasure(lang(r), m, s.today()))
}

func (s *Server) getIndicator(w http.ResponseWriter, r *http.Request) {
	ind, err := s.db.FindIndicator(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, viewIndicator(lang(r), ind, s.today(), senim.ActorFrom(r.Context()).IsStaff()))
}

// planFromXLSX reads an uploaded programme form (see
// exchange.ReadProgrammePlan) into a plan of the programme in, naming its
// measures' executive bodies by the bodies of the programme's region.
// Every fault is reported at once, each at its line: the file's cells, the
// bodies nobody knows, and the domain's rules for the rest.
func (s *Server) planFromXLSX(ctx context.Context, data []byte, in senim.ProgrammeInput) (senim.ProgrammePlan, error) {
	var p senim.Problems
	plan, err := exchange.ReadProgrammePlan(bytes.NewReader(data))
	if err != nil && !onLines(err) {
		return plan, err // the file or its columns: its rows were not read
	}
	p.Add(err)
	plan.Programme = in
	var f senim.BodyFilter
	if k, err := senim.ParseKATO(in.Territory); err == nil {
		region := k.Region()
		f.Territory = &region
	}
	bodies, err := s.db.FindBodies(ctx, f)
	if err != nil {
		return plan, err
	}
	ids := map[string]string{}
	key := func(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), " ")) }
	for _, b := range bodies {
		for _, name := range []string{b.NameRU, b.NameKK, b.NameEN} {
			if name != "" {
				ids[key(name)] = b.ID
			}
		}
	}
	p.Add(exchange.ResolveBodies(&plan, func(name string) string { return ids[key(name)] }))
	if p.Err() != nil {
		// The rules on the lines the file has no fault on: a line with a
		// bad cell would only be refused again for what follows from it.
		if _, err := senim.PlanProgramme(plan, s.today()); err != nil {
			bad := map[string]bool{}
			for _, d := range p.Err().(*senim.Error).FieldErrors() {
				bad[lineOf(d.Field)] = true
			}
			for _, d := range err.(*senim.Error).FieldErrors() {
				if !bad[lineOf(d.Field)] {
					p.Add(d)
				}
			}
		}
	}
	return plan, p.Err()
}

// lineOf returns "line.12" of a field on a file's line, or the field.
func lineOf(field string) string {
	if rest, ok := strings.CutPrefix(field, "line."); ok {
		n, _, _ := strings.Cut(rest, ".")
		return "line." + n
	}
	return field
}

// onLines reports whether every fault of err lies on a line of the file.
func onLines(err error) bool {
	e, ok := err.(*senim.Error)
	if !ok {
		return false
	}
	for _, d := range e.FieldErrors() {
		if !strings.HasPrefix(d.Field, "line.") {
			return false
		}
	}
	return len(e.FieldErrors()) > 0
}

// importProgramme adopts a programme from the XLSX form the branches keep:
// a multipart form with the programme's fields and the file.
func (s *Server) importProgramme(w http.ResponseWriter, r *http.Request) {
	file, err := readUpload(w, r, "file")
	if err == nil && file == nil {
		err = senim.Invalid("file", "required")
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	in := senim.ProgrammeInput{Territory: r.FormValue("territory"), From: r.FormValue("from"), To: r.FormValue("to"),
		Adopted: r.FormValue("adopted"), Title: senim.Names{RU: r.FormValue("title_ru"), KK: r.FormValue("title_kk"), EN: r.FormValue("title_en")}}
	plan, err := s.planFromXLSX(r.Context(), file.Data, in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	pr, err := s.db.AdoptProgramme(r.Context(), plan)
	if err == nil {
		pr, err = s.db.FindProgramme(r.Context(), pr.ID)
	}
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/programmes/"+pr.ID)
	writeJSON(w, http.StatusCreated, s.viewProgramme(r, pr))
}

// exportProgramme sends a programme in the XLSX form it can be imported
// from, in the request's language.
func (s *Server) exportProgramme(w http.ResponseWriter, r *http.Request) {
	pr, err := s.db.FindProgramme(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	var ids []string
	for _, d := range pr.Directions {
		for _, m := range d.Measures {
			ids = append(ids, m.BodyID)
		}
	}
	names := map[string]string{}
	if len(ids) > 0 {
		bodies, err := s.db.FindBodies(r.Context(), senim.BodyFilter{IDs: ids})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, b := range bodies {
			names[b.ID] = b.Name(lang(r))
		}
	}
	var buf bytes.Buffer
	if err := exchange.WriteProgrammeXLSX(&buf, pr, func(id string) string { return names[id] }, lang(r)); err != nil {
		s.pageError(w, r, err)
		return
	}
	sendFile(w, "programme.xlsx", xlsxType, buf.Bytes())
}

// programmeTemplate sends the empty programme form with an example row.
func (s *Server) programmeTemplate(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := exchange.WriteProgrammeTemplate(&buf, lang(r)); err != nil {
		s.pageError(w, r, err)
		return
	}
	sendFile(w, "programme-form.xlsx", xlsxType, buf.Bytes())
}

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// sendFile sends data as a download named name.
func sendFile(w http.ResponseWriter, name, typ string, data []byte) {
	h := w.Header()
	h.Set("Content-Type", typ)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	h.Set("X-Content-Type-Options", "nosniff")
	w.Write(data)
}

// maxUpload bounds a multipart body: a file and a few fields.
const maxUpload = senim.MaxFileSize + 1<<20

// parseUpload reads a multipart form of at most maxUpload bytes (what
// passes a megabyte waits in temporary files, which the server removes
// when the request ends); too large a body is 413 at field.
func parseUpload(w http.ResponseWriter, r *http.Request, field string) error {
	return parseUploadOf(w, r, field, senim.MaxFileSize)
}

// parseUploadOf is parseUpload for files of at most maxFile bytes.
func parseUploadOf(w http.ResponseWriter, r *http.Request, field string, maxFile int64) error {
	r.Body = http.MaxBytesReader(w, r.Body, maxFile+1<<20)
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return statusError{http.StatusRequestEntityTooLarge, senim.Invalid(field, "file.large", "max", maxFile>>20)}
		}
		return badRequest(senim.Errorf(senim.EINVALID, "multipart"))
	}
	return nil
}

// readUploadedFile reads an imported file whole, of at most maxFile bytes:
// the request's body, or the field "file" of a multipart form. Too large a
// file is 413 at "file", never read in part; an empty one is file.empty.
func readUploadedFile(w http.ResponseWriter, r *http.Request, maxFile int64) ([]byte, error) {
	tooLarge := statusError{http.StatusRequestEntityTooLarge, senim.Invalid("file", "file.large", "max", maxFile>>20)}
	var body io.Reader
	if isMultipart(r) {
		if err := parseUploadOf(w, r, "file", maxFile); err != nil {
			return nil, err
		}
		f, _, err := r.FormFile("file")
		if err != nil {
			return nil, senim.Invalid("file", "file.empty")
		}
		defer f.Close()
		body = f
	} else {
		body = http.MaxBytesReader(w, r.Body, maxFile+1)
	}
	data, err := io.ReadAll(io.LimitReader(body, maxFile+1))
	var big *http.MaxBytesError
	switch {
	case errors.As(err, &big) || int64(len(data)) > maxFile:
		return nil, tooLarge
	case err != nil:
		return nil, err
	case len(bytes.TrimSpace(data)) == 0:
		return nil, senim.Invalid("file", "file.empty")
	}
	return data, nil
}

// uploadedFile checks the file of a parsed multipart form's field with
// senim.NewFile; nil when none was sent.
func uploadedFile(r *http.Request, field string) (*senim.File, error) {
	fh, hdr, err := r.FormFile(field)
	if errors.Is(err, http.ErrMissingFile) {
		return nil, nil
	} else if err != nil {
		return nil, senim.Invalid(field, "file.empty")
	}
	defer fh.Close()
	data, err := io.ReadAll(fh)
	if err != nil {
		return nil, senim.Invalid(field, "file.empty")
	}
	return senim.NewFile(field, hdr.Filename, data)
}

// readUpload reads a multipart form and its file named field, if any.
func readUpload(w http.ResponseWriter, r *http.Request, field string) (*senim.File, error) {
	if err := parseUpload(w, r, field); err != nil {
		return nil, err
	}
	return uploadedFile(r, field)
}

// isMultipart reports whether the request carries a multipart form.
func isMultipart(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mt == "multipart/form-data"
}

// addMeasurement records a value: JSON with a link as evidence, or a
// multipart form with the evidence file (fields value, unit, as_of,
// source, link; file).
func (s *Server) addMeasurement(w http.ResponseWriter, r *http.Request) {
	var in senim.MeasurementInput
	if isMultipart(r) {
		file, err := readUpload(w, r, "file")
		if err != nil {
			s.error(w, r, err)
			return
		}
		in = senim.MeasurementInput{Unit: r.FormValue("unit"), AsOf: r.FormValue("as_of"), Source: r.FormValue("source"),
			Link: r.FormValue("link"), File: file}
		if v := r.FormValue("value"); v != "" {
			n, ok := senim.ParseNumber(v)
			if !ok {
				s.error(w, r, senim.Invalid("value", "number"))
				return
			}
			in.Value = &n
		}
	} else if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	m, err := s.db.AddMeasurement(r.Context(), r.PathValue("id"), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, viewMeasurement(m, true))
}

// getFile sends an uploaded file: evidence of a measurement, minutes of a
// meeting. They are public records; they are sent as attachments with
// their checked type, never rendered inline as pages of this site.
func (s *Server) getFile(w http.ResponseWriter, r *http.Request) {
	f, err := s.db.FindFile(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	sendFile(w, f.Name, f.Type, f.Data)
}
