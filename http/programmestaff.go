package http

import (
	"net/http"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// The staff pages of programmes: the programmes of the staff member's
// territory and the form to adopt one, a programme with the forms that add
// its directions, indicators and measures and move the measures along, and
// an indicator with the form that enters a measurement with its evidence.
// The forms are shown to those who may act (branch and central staff);
// everyone else reads. Every write goes through the store, which checks the
// rights again.

// pageForms is what the refused form of a page with several forms sent,
// and what was wrong with it, to show it again in its place.
type pageForms struct {
	Failed  string // the form refused
	Form    map[string]string
	Errors  map[string]string
	Problem string
}

// formState is one form's values as typed, its fields' errors and its
// message.
type formState struct {
	Form    map[string]string
	Errors  map[string]string
	Problem string
}

// Of returns the state of the form called name: what was sent and what was
// wrong if it is the one refused, nothing otherwise.
func (f pageForms) Of(name string) formState {
	if f.Failed != name {
		return formState{}
	}
	return formState{f.Form, f.Errors, f.Problem}
}

// readFields returns the posted values of the fields.
func readFields(r *http.Request, names ...string) map[string]string {
	f := make(map[string]string, len(names))
	for _, n := range names {
		f[n] = r.PostFormValue(n)
	}
	return f
}

// fieldName is how a form names the input field of the domain: "title.ru"
// is title_ru, "target.value" target_value, a programme's
// "programme.territory" its territory.
func fieldName(f string) string {
	return strings.ReplaceAll(strings.TrimPrefix(f, "programme."), ".", "_")
}

// formFieldErrors is formErrors with the fields named as the forms name them.
func formFieldErrors(l string, err error) (string, map[string]string) {
	problem, fields := formErrors(l, err, nil)
	out := make(map[string]string, len(fields))
	for f, m := range fields {
		if _, taken := out[fieldName(f)]; !taken {
			out[fieldName(f)] = m
		}
	}
	return problem, out
}

// refused answers a store call's refusal of a posted form: a fault the
// user can fix (a bad field, someone else's change first) shows the page
// again through show, with its status; anything else is an error page.
func (s *Server) refused(w http.ResponseWriter, r *http.Request, err error, form map[string]string, failed string,
	show func(status int, f pageForms)) {
	code := senim.ErrorCode(err)
	if code != senim.EINVALID && code != senim.ECONFLICT {
		s.pageError(w, r, err)
		return
	}
	f := pageForms{Failed: failed, Form: form}
	f.Problem, f.Errors = formFieldErrors(lang(r), err)
	show(statusOf[code], f)
}

// numbers reads the form's numbers as people type them ("12,5", "1 250"):
// an empty field is nil, one that is not a number an error at it.
func numbers(f map[string]string, p *senim.Problems, names ...string) map[string]*float64 {
	out := map[string]*float64{}
	for _, n := range names {
		s := strings.TrimSpace(f[n])
		if s == "" {
			continue
		}
		if v, ok := senim.ParseNumber(s); ok {
			out[n] = &v
		} else {
			p.Add(senim.Invalid(n, "number"))
		}
	}
	return out
}

// besides adds to p the faults of err at the fields p has none at yet, so
// that a form reports every fault at once, each field's first.
func besides(p *senim.Problems, err error) {
	e, ok := err.(*senim.Error)
	if !ok {
		p.Add(err)
		return
	}
	have := map[string]bool{}
	if prev, ok := p.Err().(*senim.Error); ok {
		for _, d := range prev.FieldErrors() {
			have[fieldName(d.Field)] = true
		}
	}
	for _, d := range e.FieldErrors() {
		if !have[fieldName(d.Field)] {
			p.Add(d)
		}
	}
}

// postedUploadForm reads a posted form — multipart with a file, or a plain
// one — and checks its CSRF token; when either fails it answers and returns
// ok false. The file of the field, if one was chosen, is checked by
// senim.NewFile; a bad one is fileErr.
func (s *Server) postedUploadForm(w http.ResponseWriter, r *http.Request, field string) (file *senim.File, fileErr error, ok bool) {
	if !isMultipart(r) {
		return nil, nil, s.postedForm(w, r)
	}
	l := lang(r)
	if err := parseUpload(w, r, field); err != nil {
		if se, big := err.(statusError); big && se.status == http.StatusRequestEntityTooLarge {
			s.render(w, r, se.status, "message", "ui.error.title", message(l, se.err))
			return nil, nil, false
		}
		s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", i18n.T(l, "ui.error.form", nil))
		return nil, nil, false
	}
	if !checkCSRF(r) {
		s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", i18n.T(l, "ui.error.form", nil))
		return nil, nil, false
	}
	file, fileErr = uploadedFile(r, field)
	return file, fileErr, true
}

// programmeTerritories are the territories a staff member may adopt a
// programme for: their own and those below it down to the districts, each
// region followed by its parts.
func (s *Server) programmeTerritories(r *http.Request) ([]crumb, error) {
	ctx, l := r.Context(), lang(r)
	home := senim.ActorFrom(ctx).Territory
	self, err := s.db.FindTerritory(ctx, home)
	if err != nil {
		return nil, err
	}
	out := []crumb{{home, self.Name(l)}}
	if home.Level() >= senim.LevelDistrict {
		return out, nil
	}
	kids, err := s.db.FindTerritories(ctx, senim.TerritoryFilter{Parent: &home})
	if err != nil {
		return nil, err
	}
	var grand []*senim.Territory
	if home.Level()+1 < senim.LevelDistrict && len(kids) > 0 {
		codes := make([]senim.KATO, len(kids))
		for i, k := range kids {
			codes[i] = k.Code
		}
		if grand, err = s.db.FindTerritories(ctx, senim.TerritoryFilter{Parents: codes}); err != nil {
			return nil, err
		}
	}
	i := 0
	for _, k := range kids {
		name := k.Name(l)
		out = append(out, crumb{k.Code, "\u00a0\u00a0" + name})
		for ; i < len(grand) && k.Code.Contains(grand[i].Code); i++ {
			out = append(out, crumb{grand[i].Code, "\u00a0\u00a0\u00a0\u00a0" + grand[i].Name(l)})
		}
	}
	return out, nil
}

// staffProgrammesView is the staff list of programmes with the form to
// adopt one.
type staffProgrammesView struct {
	CanAdopt    bool
	FileErrors  []string // an imported file's faults, line by line
	Name        string
	Programmes  []programmeRow
	Territories []crumb
	Form        map[string]string
	Errors      map[string]string
	Problem     string
}

func (s *Server) staffProgrammesView(r *http.Request) (*staffProgrammesView, error) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	v := &staffProgrammesView{CanAdopt: actor.CanManageProgrammes(), Form: map[string]string{}, Errors: map[string]string{}}
	states, err := s.db.ProgrammeStates(ctx, senim.ProgrammeFilter{Territory: &actor.Territory}, s.today())
	if err != nil {
		return nil, err
	}
	codes := []senim.KATO{actor.Territory}
	for _, st := range states {
		codes = append(codes, st.Territory)
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		return nil, err
	}
	v.Name = names[actor.Territory]
	for _, st := range states {
		v.Programmes = append(v.Programmes, newProgrammeRow(l, st.Programme, names[st.Territory], &st.Rollup))
	}
	if v.CanAdopt {
		if v.Territories, err = s.programmeTerritories(r); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func (s *Server) staffProgrammesPage(w http.ResponseWriter, r *http.Request) {
	v, err := s.staffProgrammesView(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "programmes_staff", "ui.programmes.staff_title", v)
}

var programmeFormFields = []string{"territory", "title_ru", "title_kk", "title_en", "from", "to", "adopted"}

// adoptProgrammeForm adopts a programme with an empty plan: its directions,
// indicators and measures are added on its page.
func (s *Server) adoptProgrammeForm(w http.ResponseWriter, r *http.Request) {
	file, err, ok := s.postedUploadForm(w, r, "file")
	if !ok {
		return
	}
	f := readFields(r, programmeFormFields...)
	plan := senim.ProgrammePlan{Programme: senim.ProgrammeInput{Territory: f["territory"],
		Title: senim.Names{RU: f["title_ru"], KK: f["title_kk"], EN: f["title_en"]}, From: f["from"], To: f["to"], Adopted: f["adopted"]}}
	if err == nil && file != nil { // adopted with its whole tree from the form the branches keep
		plan, err = s.planFromXLSX(r.Context(), file.Data, plan.Programme)
	}
	var pr *senim.Programme
	if err == nil {
		pr, err = s.db.AdoptProgramme(r.Context(), plan)
	}
	if err == nil {
		http.Redirect(w, r, "/staff/programmes/"+pr.ID, http.StatusSeeOther)
		return
	}
	s.refused(w, r, err, f, "adopt", func(status int, pf pageForms) {
		v, verr := s.staffProgrammesView(r)
		if verr != nil {
			s.pageError(w, r, verr)
			return
		}
		v.Form, v.Errors, v.Problem = pf.Form, pf.Errors, pf.Problem
		v.FileErrors = fileErrors(lang(r), err)
		s.render(w, r, status, "programmes_staff", "ui.programmes.staff_title", v)
	})
}

// fileErrors lists the faults of an imported file in its order: its
// columns, then line by line ("Line 12: …").
func fileErrors(l string, err error) []string {
	e, ok := err.(*senim.Error)
	if !ok {
		return nil
	}
	type lineError struct {
		line int
		text string
	}
	var out []lineError
	for _, d := range e.FieldErrors() {
		switch rest, isLine := strings.CutPrefix(d.Field, "line."); {
		case d.Field == "columns":
			out = append(out, lineError{0, message(l, d)})
		case isLine:
			n, _, _ := strings.Cut(rest, ".")
			line, _ := strconv.Atoi(n)
			out = append(out, lineError{line, i18n.T(l, "ui.import.line", map[string]any{"line": line, "message": message(l, d)})})
		}
	}
	slices.SortStableFunc(out, func(a, b lineError) int { return a.line - b.line })
	texts := make([]string, len(out))
	for i, le := range out {
		texts[i] = le.text
	}
	return texts
}

// staffProgrammeView is a programme for staff: the public sheet, its
// history with who did what, and, for those who may change it, the forms.
type staffProgrammeView struct {
	*programmeSheet
	pageForms
	CanEdit    bool
	History    []historyRow
	Units      []choice
	Better     []choice
	DirChoices []choice // the programme's directions, for the forms
	Bodies     []choice
	Statuses   []choice
}

func (s *Server) staffProgrammePage(w http.ResponseWriter, r *http.Request) {
	s.showStaffProgramme(w, r, http.StatusOK, pageForms{})
}

// showStaffProgramme renders a programme's staff page; after a refused
// form, with what it sent and what was wrong.
func (s *Server) showStaffProgramme(w http.ResponseWriter, r *http.Request, status int, forms pageForms) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	pr, err := s.db.FindProgramme(ctx, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if !actor.Sees(pr.Territory) {
		s.notFoundPage(w, r)
		return
	}
	sheet, err := s.programmeSheet(r, pr)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := &staffProgrammeView{programmeSheet: sheet, pageForms: forms, CanEdit: actor.CanManageProgrammes()}
	events, err := s.db.ProgrammeHistory(ctx, pr.ID, "")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	for i := len(events) - 1; i >= 0; i-- {
		e := events[i]
		h := historyRow{At: e.At, What: i18n.T(l, "programme.action."+e.Action, nil), Note: e.Note, Actor: e.Actor}
		if e.Action == senim.ProgrammeActStatus { // "done what was done": the status, then the note
			st, note, _ := strings.Cut(e.Note, " ")
			h.Note = strings.TrimSpace(i18n.T(l, "measure.status."+st, nil) + " " + note)
		}
		v.History = append(v.History, h)
	}
	if v.CanEdit {
		for _, u := range senim.Units {
			v.Units = append(v.Units, choice{u.Code, u.Names.In(l)})
		}
		v.Better = []choice{{"1", i18n.T(l, "ui.indicator.higher", nil)}, {"0", i18n.T(l, "ui.indicator.lower", nil)}}
		for _, d := range pr.Directions {
			v.DirChoices = append(v.DirChoices, choice{d.ID, d.Title.In(l)})
		}
		region := pr.Territory.Region()
		bodies, err := s.db.FindBodies(ctx, senim.BodyFilter{Territory: &region})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, b := range bodies {
			if b.Territory.Contains(pr.Territory) || pr.Territory.Contains(b.Territory) {
				v.Bodies = append(v.Bodies, choice{b.ID, b.Name(l)})
			}
		}
		for _, st := range senim.MeasureStatuses {
			v.Statuses = append(v.Statuses, choice{string(st), i18n.T(l, "measure.status."+string(st), nil)})
		}
	}
	s.render(w, r, status, "programme_staff", "ui.programme.title", v)
}

var (
	directionFormFields = []string{"title_ru", "title_kk", "title_en"}
	indicatorFormFields = []string{"direction", "name_ru", "name_kk", "name_en", "unit", "baseline_value", "baseline_date",
		"target_value", "target_date", "higher_is_better", "source", "weight"}
	measureFormFields = []string{"direction", "text", "body", "deadline"}
	statusFormFields  = []string{"status", "note", "version"}
)

// changeProgrammeForm takes a posted form of a programme's page: ?do=
// direction, indicator, measure, or status (of ?measure=).
func (s *Server) changeProgrammeForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	ctx, id := r.Context(), r.PathValue("id")
	page := "/staff/programmes/" + id
	show := func(status int, f pageForms) { s.showStaffProgramme(w, r, status, f) }
	switch do := r.URL.Query().Get("do"); do {
	case "direction":
		f := readFields(r, directionFormFields...)
		_, err := s.db.AddDirection(ctx, id, senim.Names{RU: f["title_ru"], KK: f["title_kk"], EN: f["title_en"]})
		if err != nil {
			s.refused(w, r, err, f, do, show)
			return
		}
	case "indicator":
		f := readFields(r, indicatorFormFields...)
		var p senim.Problems
		nums := numbers(f, &p, "baseline_value", "target_value", "weight")
		in := senim.IndicatorInput{Direction: f["direction"], Name: senim.Names{RU: f["name_ru"], KK: f["name_kk"], EN: f["name_en"]},
			Unit: f["unit"], Baseline: senim.PointInput{Value: nums["baseline_value"], On: f["baseline_date"]},
			Target: senim.PointInput{Value: nums["target_value"], On: f["target_date"]}, Source: f["source"], Weight: nums["weight"]}
		switch f["higher_is_better"] {
		case "1":
			in.HigherBetter = ptrTo(true)
		case "0":
			in.HigherBetter = ptrTo(false)
		}
		var err error
		if p.Err() != nil {
			// A number that is not one is refused here, with the other
			// faults of the form, and nothing goes to the store.
			pr, ferr := s.db.FindProgramme(ctx, id)
			if ferr != nil {
				s.pageError(w, r, ferr)
				return
			}
			if _, derr := senim.NewIndicator(in, pr); derr != nil {
				besides(&p, derr)
			}
			err = p.Err()
		} else {
			_, err = s.db.AddIndicator(ctx, id, in)
		}
		if err != nil {
			s.refused(w, r, err, f, do, show)
			return
		}
	case "measure":
		f := readFields(r, measureFormFields...)
		_, err := s.db.AddMeasure(ctx, id, senim.MeasureInput{Direction: f["direction"], Text: f["text"], Body: f["body"], Deadline: f["deadline"]})
		if err != nil {
			s.refused(w, r, err, f, do, show)
			return
		}
	case "status":
		mid := r.URL.Query().Get("measure")
		pr, err := s.db.FindProgramme(ctx, id)
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		if pr.Measure(mid) == nil {
			s.notFoundPage(w, r)
			return
		}
		f := readFields(r, statusFormFields...)
		version, _ := strconv.Atoi(f["version"])
		if _, err := s.db.SetMeasureStatus(ctx, mid, senim.MeasureStatus(f["status"]), f["note"], version); err != nil {
			s.refused(w, r, err, f, "status:"+mid, show)
			return
		}
	default:
		s.notFoundPage(w, r)
		return
	}
	http.Redirect(w, r, page, http.StatusSeeOther)
}

// staffIndicatorView is an indicator for staff: the public sheet with who
// entered each value, and the form to enter one.
type staffIndicatorView struct {
	*indicatorSheet
	CanMeasure bool
	From, To   senim.Date // the programme's period, where the date must lie
	Form       map[string]string
	Errors     map[string]string
	Problem    string
}

func (s *Server) staffIndicatorPage(w http.ResponseWriter, r *http.Request) {
	s.showStaffIndicator(w, r, http.StatusOK, nil)
}

func (s *Server) showStaffIndicator(w http.ResponseWriter, r *http.Request, status int, forms *pageForms) {
	actor := senim.ActorFrom(r.Context())
	sheet, pr, err := s.indicatorSheet(r, r.PathValue("id"), true)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if !actor.Sees(pr.Territory) {
		s.notFoundPage(w, r)
		return
	}
	v := &staffIndicatorView{indicatorSheet: sheet, CanMeasure: actor.CanManageProgrammes(), From: pr.From, To: pr.To,
		Form: map[string]string{"source": sheet.Source}, Errors: map[string]string{}}
	if forms != nil {
		v.Form, v.Errors, v.Problem = forms.Form, forms.Errors, forms.Problem
	}
	s.render(w, r, status, "indicator_staff", "ui.indicator.title", v)
}

var measurementFormFields = []string{"value", "unit", "as_of", "source", "link"}

// measurementForm enters a measurement with its evidence: a link, or a file
// sent with the form. Every fault is named at its field and nothing is
// stored while there is one.
func (s *Server) measurementForm(w http.ResponseWriter, r *http.Request) {
	file, fileErr, ok := s.postedUploadForm(w, r, "file")
	if !ok {
		return
	}
	ctx, id := r.Context(), r.PathValue("id")
	f := readFields(r, measurementFormFields...)
	var p senim.Problems
	nums := numbers(f, &p, "value")
	p.Add(fileErr)
	in := senim.MeasurementInput{Value: nums["value"], Unit: f["unit"], AsOf: f["as_of"], Source: f["source"], Link: f["link"], File: file}
	var err error
	if p.Err() != nil {
		ind, ferr := s.db.FindIndicator(ctx, id)
		var pr *senim.Programme
		if ferr == nil {
			pr, ferr = s.db.FindProgramme(ctx, ind.ProgrammeID)
		}
		if ferr != nil {
			s.pageError(w, r, ferr)
			return
		}
		if _, derr := ind.NewMeasurement(in, pr, s.today()); derr != nil {
			if fileErr != nil { // the file was sent: not having one is not the fault
				derr = dropKey(derr, "measurement.evidence")
			}
			besides(&p, derr)
		}
		err = p.Err()
	} else {
		_, err = s.db.AddMeasurement(ctx, id, in)
	}
	if err == nil {
		http.Redirect(w, r, "/staff/indicators/"+id, http.StatusSeeOther)
		return
	}
	s.refused(w, r, err, f, "measurement", func(status int, pf pageForms) { s.showStaffIndicator(w, r, status, &pf) })
}

// dropKey returns err without its faults of the message key.
func dropKey(err error, key string) error {
	e, ok := err.(*senim.Error)
	if !ok {
		return err
	}
	var p senim.Problems
	for _, d := range e.FieldErrors() {
		if d.Key != key {
			p.Add(d)
		}
	}
	if len(e.FieldErrors()) == 0 {
		return err
	}
	return p.Err()
}
