package http

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

// Elections: the JSON API (anyone lists elections and reads their
// figures; the branches and the central office add elections and import
// their official results, and read the rows without the candidates' IINs,
// as auditors do; the branches and the central office export the file
// with the IINs, each export recorded), the public pages (the list, and an
// election's figures as the party's reports quote them, with a chart of
// the seats by party), and the staff page that adds elections and takes
// their result files, showing a refused file's faults line by line.

// electionRoutes registers the routes of the elections.
func (s *Server) electionRoutes(m *http.ServeMux) {
	m.HandleFunc("GET /api/v1/elections", s.listElections)
	m.HandleFunc("POST /api/v1/elections", s.staff(s.createElection))
	m.HandleFunc("GET /api/v1/elections/{id}", s.getElection)
	m.HandleFunc("POST /api/v1/elections/{id}/results", s.staff(s.importElectionResults))
	m.HandleFunc("GET /api/v1/elections/{id}/results", s.staff(s.listElectionResults))
	m.HandleFunc("GET /api/v1/elections/{id}/results.csv", s.staff(s.exportElectionResults))
	m.HandleFunc("GET /staff/elections/{id}/results.csv", s.signedIn(s.exportElectionResults))

	m.HandleFunc("GET /elections", s.electionsPage)
	m.HandleFunc("GET /elections/{id}", s.electionPage)
	m.HandleFunc("GET /staff/elections", s.signedIn(s.staffElectionsPage))
	m.HandleFunc("POST /staff/elections", s.signedIn(s.createElectionForm))
	m.HandleFunc("POST /staff/elections/{id}/results", s.signedIn(s.importElectionForm))
}

// canManageElections is the store's rule: the branches and the central
// office add elections and import their results.
func canManageElections(a *senim.Actor) bool { return a.CanManageOffices() }

// electionEntryView is an election in a list, with the counts of its
// results.
type electionEntryView struct {
	*senim.Election
	Candidates int    `json:"candidates"`
	Elected    int    `json:"elected"`
	OwnSeats   int    `json:"own_seats"`
	Imported   string `json:"imported,omitempty"`
}

func viewElectionEntry(x *store.ElectionEntry) electionEntryView {
	v := electionEntryView{Election: x.Election, Candidates: x.Candidates, Elected: x.Elected, OwnSeats: x.Own}
	if !x.Imported.IsZero() {
		v.Imported = x.Imported.In(senim.KZ).Format(rfc3339)
	}
	return v
}

type electionList struct {
	Elections []electionEntryView `json:"elections"`
	Total     int                 `json:"total"`
}

// electionFilter reads territory, kind, limit and offset.
func electionFilter(r *http.Request) (store.ElectionFilter, error) {
	q := r.URL.Query()
	var p senim.Problems
	var f store.ElectionFilter
	readTerritory(r, "territory", &f.Territory, &p)
	if v := q.Get("kind"); v != "" {
		if !slices.Contains(senim.ElectionKinds, senim.ElectionKind(v)) {
			p.Add(senim.Invalid("kind", "election.kind", "kind", v))
		}
		f.Kind = senim.ElectionKind(v)
	}
	f.Limit, f.Offset = pageParams(q, store.MaxElectionPage, &p)
	return f, p.Err()
}

func (s *Server) listElections(w http.ResponseWriter, r *http.Request) {
	f, err := electionFilter(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	list, total, err := s.db.FindElections(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := electionList{Elections: make([]electionEntryView, len(list)), Total: total}
	for i, x := range list {
		out.Elections[i] = viewElectionEntry(x)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) createElection(w http.ResponseWriter, r *http.Request) {
	var in senim.ElectionInput
	if err := decode(w, r, &in); err != nil {
		s.error(w, r, err)
		return
	}
	e, err := s.db.CreateElection(r.Context(), in)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/v1/elections/"+e.ID)
	writeJSON(w, http.StatusCreated, e)
}

// electionPartyView is a party's seats and votes; "" the self-nominated.
type electionPartyView struct {
	Party string              `json:"party"`
	Seats senim.ElectionShare `json:"seats"`
	Votes senim.ElectionShare `json:"votes"`
}

func viewElectionParties(ps []store.ElectionPartyResult) []electionPartyView {
	out := make([]electionPartyView, len(ps))
	for i, p := range ps {
		out[i] = electionPartyView{p.Party, p.Seats, p.Votes}
	}
	return out
}

// electionLevelsView is an oblast maslikhat's election counted with the
// city and district maslikhats elected the same day.
type electionLevelsView struct {
	Elections []string               `json:"elections"`
	Rows      int                    `json:"rows"`
	Figures   *senim.ElectionFigures `json:"figures"`
	Parties   []electionPartyView    `json:"parties"`
}

// electionDetail is an election with its public figures.
type electionDetail struct {
	Election  *senim.Election        `json:"election"`
	Territory senim.KATO             `json:"territory"`
	Party     string                 `json:"party"`
	Rows      int                    `json:"rows"`
	Figures   *senim.ElectionFigures `json:"figures"`
	Parties   []electionPartyView    `json:"parties"`
	Places    []senim.KATO           `json:"places"`
	AllLevels *electionLevelsView    `json:"all_levels"`
}

func viewElectionReport(rep *store.ElectionReport) electionDetail {
	v := electionDetail{Election: rep.Election, Territory: rep.Territory, Party: rep.Party, Rows: rep.Rows, Figures: rep.Figures,
		Parties: viewElectionParties(rep.Parties), Places: rep.Places}
	if v.Places == nil {
		v.Places = []senim.KATO{}
	}
	if lv := rep.AllLevels; lv != nil {
		v.AllLevels = &electionLevelsView{Rows: lv.Rows, Figures: lv.Figures, Parties: viewElectionParties(lv.Parties)}
		for _, e := range lv.Elections {
			v.AllLevels.Elections = append(v.AllLevels.Elections, e.ID)
		}
	}
	return v
}

// electionTerritory reads ?territory=, nil when it is not given.
func electionTerritory(r *http.Request) (senim.KATO, error) {
	k, err := territoryParam(r, "territory")
	if err != nil || k == nil {
		return "", err
	}
	return *k, nil
}

func (s *Server) getElection(w http.ResponseWriter, r *http.Request) {
	k, err := electionTerritory(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	rep, err := s.db.ElectionFigures(r.Context(), r.PathValue("id"), k)
	if err != nil {
		s.error(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "no-cache")
	writeJSON(w, http.StatusOK, viewElectionReport(rep))
}

// electionImportView is what an import of results did.
type electionImportView struct {
	Import         int      `json:"import"`
	At             string   `json:"at"`
	Rows           int      `json:"rows"`
	Elected        int      `json:"elected"`
	Replaced       int      `json:"replaced"`
	UnknownParties []string `json:"unknown_parties"`
}

// readElectionFile reads the result file of a request: the body (CSV, or
// XLSX told apart by its bytes) or the field "file" of a multipart form,
// whose field "replace" then says whether to replace the results there
// (the query's replace otherwise). Reading is the importers' only.
func (s *Server) readElectionFile(w http.ResponseWriter, r *http.Request) ([]*senim.ElectionResult, bool, error) {
	if !canManageElections(senim.ActorFrom(r.Context())) {
		return nil, false, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	data, err := readUploadedFile(w, r, senim.MaxFileSize)
	if err != nil {
		return nil, false, err
	}
	replace := isMultipart(r) && formYes(r.FormValue("replace"))
	if v := r.URL.Query().Get("replace"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, false, senim.Invalid("replace", "query.param", "param", "replace")
		}
		replace = b
	}
	format := "csv"
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		format = "xlsx"
	}
	rs, err := exchange.ReadElectionResults(bytes.NewReader(data), format, s.today())
	return rs, replace, err
}

// formYes reads a checkbox or a yes of a form.
func formYes(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "1", "on", "yes", "true":
		return true
	}
	return false
}

func (s *Server) importElectionResults(w http.ResponseWriter, r *http.Request) {
	rs, replace, err := s.readElectionFile(w, r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	imp, err := s.db.ImportElectionResults(r.Context(), r.PathValue("id"), rs, replace)
	if err != nil {
		s.error(w, r, err)
		return
	}
	out := electionImportView{Import: imp.Seq, At: imp.At.In(senim.KZ).Format(rfc3339), Rows: imp.Rows, Elected: imp.Elected,
		Replaced: imp.Replaced, UnknownParties: imp.UnknownParties}
	if out.UnknownParties == nil {
		out.UnknownParties = []string{}
	}
	writeJSON(w, http.StatusCreated, out)
}

// electionResultView is a row of a result as staff read it over the API:
// without the IIN and the date of birth, which the file export alone
// gives; the age on election day instead.
type electionResultView struct {
	Constituency string     `json:"constituency"`
	Territory    senim.KATO `json:"territory"`
	Candidate    string     `json:"candidate,omitempty"`
	IINGiven     bool       `json:"iin_given"`
	Age          *int       `json:"age"`
	Sex          senim.Sex  `json:"sex,omitempty"`
	Party        string     `json:"party,omitempty"`
	Votes        int        `json:"votes"`
	Elected      bool       `json:"elected"`
	Incumbent    bool       `json:"incumbent"`
}

type electionResultList struct {
	Election  *senim.Election      `json:"election"`
	Territory senim.KATO           `json:"territory"`
	Results   []electionResultView `json:"results"`
	Total     int                  `json:"total"`
}

func (s *Server) listElectionResults(w http.ResponseWriter, r *http.Request) {
	k, err := electionTerritory(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	got, err := s.db.ElectionResults(r.Context(), r.PathValue("id"), k)
	if err != nil {
		s.error(w, r, err)
		return
	}
	e, rs := got.Election, got.Rows
	out := electionResultList{Election: e, Territory: got.Territory, Results: make([]electionResultView, len(rs)), Total: len(rs)}
	for i, x := range rs {
		v := electionResultView{Constituency: x.Constituency, Territory: x.Territory, Candidate: x.Candidate, IINGiven: x.IIN != "",
			Sex: x.Sex, Party: x.Party, Votes: x.Votes, Elected: x.Elected, Incumbent: x.Incumbent}
		if !x.BirthDate.IsZero() && !x.BirthDate.After(e.Held) {
			age := senim.AgeOn(x.BirthDate, e.Held)
			v.Age = &age
		}
		out.Results[i] = v
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, out)
}

// exportElectionResults writes the rows as the CSV file an import reads,
// with the candidates' IINs; the store records the export.
func (s *Server) exportElectionResults(w http.ResponseWriter, r *http.Request) {
	k, err := electionTerritory(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	got, err := s.db.ExportElectionResults(r.Context(), r.PathValue("id"), k)
	if err != nil {
		s.error(w, r, err)
		return
	}
	e := got.Election
	var buf bytes.Buffer
	if err := exchange.WriteElectionResults(&buf, "csv", got.Rows); err != nil {
		s.error(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/csv; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{
		"filename": fmt.Sprintf("election-%s-%s-%s.csv", e.Held, e.Kind, e.Territory)}))
	h.Set("X-Content-Type-Options", "nosniff")
	w.Write(buf.Bytes())
}

// The pages.

// electionNames names the parties by their codes in the page's language:
// the self-nominated for "", the code itself for a party not in the list.
type electionNames struct {
	lang  string
	names map[string]senim.Names
}

func (s *Server) electionNames(r *http.Request) (electionNames, error) {
	ps, err := s.db.FindParties(r.Context())
	n := electionNames{lang: lang(r), names: map[string]senim.Names{}}
	for _, p := range ps {
		n.names[p.Code] = p.Name
	}
	return n, err
}

func (n electionNames) of(code string) string {
	if code == "" {
		return i18n.T(n.lang, "ui.election.self_nominated", nil)
	}
	if v, ok := n.names[code]; ok {
		return v.In(n.lang)
	}
	return code
}

// electionRow is an election as a list shows it.
type electionRow struct {
	ID, Name, Kind, Place string
	Held                  senim.Date
	Convocation           int
	Seats                 string // the own party's seats of all, "" before any result
	Candidates, Elected   int
	Imported              time.Time
	CanImport             bool // the staff page takes its file
	Lines                 []string
	Problem               string
}

// electionKindName names a kind in the page's language.
func electionKindName(l string, k senim.ElectionKind) string {
	return i18n.T(l, "election.kind."+string(k), nil)
}

// shareText writes "230 of 274 seats (83.9%)" with the noun key (a
// plural message by the whole), or "—" when there is nothing to count.
func shareText(p *page, key string, s senim.ElectionShare) string {
	if !s.Available() {
		return "—"
	}
	return i18n.N(p.Lang, key, s.Of, map[string]any{"count": p.Count(s.Count), "of": p.Count(s.Of), "pct": p.Pct(*s.Percent / 100)})
}

// seatsKey is the noun of the seats of a kind: okrugs for rural akims.
func seatsKey(k senim.ElectionKind) string {
	if k == senim.ElectionRuralAkim {
		return "ui.election.okrugs_of"
	}
	return "ui.election.seats_of"
}

func (s *Server) electionRows(r *http.Request, list []*store.ElectionEntry) ([]electionRow, error) {
	l := lang(r)
	codes := make([]senim.KATO, len(list))
	for i, x := range list {
		codes[i] = x.Election.Territory
	}
	names, err := s.territoryNames(r, codes)
	if err != nil {
		return nil, err
	}
	p := &page{Lang: l}
	rows := make([]electionRow, len(list))
	for i, x := range list {
		e := x.Election
		rows[i] = electionRow{ID: e.ID, Name: e.Name.In(l), Kind: electionKindName(l, e.Kind), Place: names[e.Territory], Held: e.Held,
			Convocation: e.Convocation, Candidates: x.Candidates, Elected: x.Elected, Imported: x.Imported}
		if x.Elected > 0 {
			pct := float64((2000*x.Own+x.Elected)/(2*x.Elected)) / 10
			rows[i].Seats = shareText(p, seatsKey(e.Kind), senim.ElectionShare{Count: x.Own, Of: x.Elected, Percent: &pct})
		}
	}
	return rows, nil
}

// electionsPageView is the public list of elections with its filters.
type electionsPageView struct {
	Rows     []electionRow
	Total    int
	More     int
	MoreHref string
	Places   []choice
	Kinds    []choice
	Form     map[string]string
	Errors   map[string]string
}

func electionKindChoices(l string) []choice {
	var out []choice
	for _, k := range senim.ElectionKinds {
		out = append(out, choice{string(k), electionKindName(l, k)})
	}
	return out
}

func (s *Server) electionsPage(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	q := r.URL.Query()
	v := &electionsPageView{Form: map[string]string{"territory": q.Get("territory"), "kind": q.Get("kind")}, Errors: map[string]string{},
		Kinds: electionKindChoices(l)}
	f, err := electionFilter(r)
	if err != nil { // the list without the filters at fault, each marked
		for _, fe := range err.(*senim.Error).FieldErrors() {
			v.Errors[fe.Field] = filterMessage(l, fe)
		}
		if v.Errors["territory"] != "" {
			f.Territory = ""
		}
		if v.Errors["kind"] != "" {
			f.Kind = ""
		}
		f.Offset = 0
	}
	f.Limit = 50
	list, total, err := s.db.FindElections(ctx, f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Rows, err = s.electionRows(r, list); err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Total = total
	if total > f.Offset+len(list) {
		v.More = total - f.Offset - len(list)
		next := cloneValues(q)
		next.Set("offset", strconv.Itoa(f.Offset+len(list)))
		v.MoreHref = "/elections?" + next.Encode()
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
	s.render(w, r, http.StatusOK, "elections", "ui.elections.title", v)
}

// electionFigureItem is one figure of the page's headline: its label,
// the value as the reports write it, and how it is counted.
type electionFigureItem struct {
	Label, Value, Note string
	Own                bool // the own party's seats: drawn larger
}

// electionCorpsRow compares the party's elected with all elected.
type electionCorpsRow struct {
	Label, Own, All string
}

// electionPartyRow is a party's line of the table under the chart.
type electionPartyRow struct {
	Name, Seats, Votes string
	Own                bool
}

// electionFiguresView is a result's figures laid out for the page.
type electionFiguresView struct {
	Headline []electionFigureItem
	Corps    []electionCorpsRow
	Parties  []electionPartyRow
	Chart    electionChart
	Own      bool   // the own party is known
	Seats    string // what a seat is called: a seat, or an okrug won
	ChartOf  string // the chart's title
}

func electionFiguresOf(p *page, kind senim.ElectionKind, f *senim.ElectionFigures, ps []store.ElectionPartyResult, names electionNames,
	own string) *electionFiguresView {
	v := &electionFiguresView{Own: f != nil, Seats: p.T("ui.election.seats"), ChartOf: p.T("ui.election.chart")}
	if kind == senim.ElectionRuralAkim {
		v.Seats, v.ChartOf = p.T("ui.election.okrugs"), p.T("ui.election.chart_okrugs")
	}
	if f != nil {
		votesNote := "ui.election.note.votes_candidates"
		if f.ListVotes {
			votesNote = "ui.election.note.votes_list"
		}
		v.Headline = []electionFigureItem{
			{Label: p.T("ui.election.fig.seats", "party", names.of(own)), Value: shareText(p, seatsKey(kind), f.Seats), Own: true,
				Note: p.T("ui.election.note.seats")},
			{Label: p.T("ui.election.fig.votes"), Value: shareText(p, "ui.election.votes_of", f.Votes), Note: p.T(votesNote)},
			{Label: p.T("ui.election.fig.new_faces"), Value: shareText(p, "ui.election.people_of", f.NewFaces), Note: p.T("ui.election.note.new_faces")},
			{Label: p.T("ui.election.fig.renewal"), Value: shareText(p, "ui.election.people_of", f.Renewal), Note: p.T("ui.election.note.renewal")},
		}
		age := func(c senim.ElectionCorps) string {
			if c.AverageAge == nil {
				return "—"
			}
			return p.Dec(*c.AverageAge)
		}
		v.Corps = []electionCorpsRow{
			{p.T("ui.election.corps.elected"), p.Count(f.Own.Elected), p.Count(f.All.Elected)},
			{p.T("ui.election.corps.average_age"), age(f.Own), age(f.All)},
			{p.T("ui.election.corps.women"), shareText(p, "ui.election.people_of", f.Own.Women), shareText(p, "ui.election.people_of", f.All.Women)},
			{p.T("ui.election.corps.youth", "age", f.YouthAge), shareText(p, "ui.election.people_of", f.Own.Youth),
				shareText(p, "ui.election.people_of", f.All.Youth)},
		}
	}
	for _, x := range ps {
		row := electionPartyRow{Name: names.of(x.Party), Seats: shareText(p, seatsKey(kind), x.Seats),
			Votes: shareText(p, "ui.election.votes_of", x.Votes), Own: own != "" && x.Party == own}
		if x.Party == "" && x.Votes.Count == 0 { // the self-nominated in a list contest
			row.Votes = "—"
		}
		v.Parties = append(v.Parties, row)
	}
	v.Chart = newElectionChart(p, ps, names, own)
	return v
}

// electionPageView is an election's public page.
type electionPageView struct {
	ID, Name, Kind, Place string
	Held                  senim.Date
	Convocation           int
	Territory             senim.KATO // the figures' territory
	Whole                 bool       // they are the whole election's
	TerritoryName         string
	Places                []choice
	Form                  map[string]string
	Errors                map[string]string
	Rows                  int
	YouthAge              int
	Figures               *electionFiguresView
	AllLevels             *electionFiguresView
	Levels                []choice // the elections counted in AllLevels: id, kind and place
	LevelSeats            string   // their seats, for the line under the lead
	Staff                 bool     // the staff page's link
	Export                string   // the export's link, for those who may
}

func (s *Server) electionPage(w http.ResponseWriter, r *http.Request) {
	ctx, l := r.Context(), lang(r)
	id := r.PathValue("id")
	v := &electionPageView{Form: map[string]string{"territory": r.URL.Query().Get("territory")}, Errors: map[string]string{}}
	k, err := electionTerritory(r)
	if err != nil {
		v.Errors["territory"] = filterMessage(l, err.(*senim.Error))
	}
	rep, err := s.db.ElectionFigures(ctx, id, k)
	if senim.ErrorCode(err) == senim.EINVALID { // a territory outside: the whole election, the filter marked
		v.Errors["territory"] = message(l, err.(*senim.Error))
		rep, err = s.db.ElectionFigures(ctx, id, "")
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	e := rep.Election
	codes := append([]senim.KATO{e.Territory, rep.Territory}, rep.Places...)
	if rep.AllLevels != nil {
		for _, x := range rep.AllLevels.Elections {
			codes = append(codes, x.Territory)
		}
	}
	places, err := s.territoryNames(r, codes)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	names, err := s.electionNames(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := &page{Lang: l}
	v.ID, v.Name, v.Kind, v.Place, v.Held, v.Convocation = e.ID, e.Name.In(l), electionKindName(l, e.Kind), places[e.Territory], e.Held, e.Convocation
	v.Territory, v.Whole, v.TerritoryName, v.Rows = rep.Territory, rep.Territory == e.Territory, places[rep.Territory], rep.Rows
	if v.Errors["territory"] == "" && !v.Whole {
		v.Form["territory"] = string(rep.Territory)
	} else if v.Errors["territory"] == "" {
		v.Form["territory"] = ""
	}
	for _, c := range rep.Places {
		name := places[c]
		if name == "" {
			name = string(c)
		}
		if c.Level() > e.Territory.Level()+1 {
			name = "— " + name
		}
		v.Places = append(v.Places, choice{string(c), name})
	}
	if rep.Figures != nil {
		v.YouthAge = rep.Figures.YouthAge
	}
	v.Figures = electionFiguresOf(p, e.Kind, rep.Figures, rep.Parties, names, rep.Party)
	if lv := rep.AllLevels; lv != nil {
		v.AllLevels = electionFiguresOf(p, e.Kind, lv.Figures, lv.Parties, names, rep.Party)
		if lv.Figures != nil && lv.Figures.Seats.Available() {
			v.LevelSeats = shareText(p, seatsKey(e.Kind), lv.Figures.Seats)
		}
		for _, x := range lv.Elections {
			v.Levels = append(v.Levels, choice{x.ID, electionKindName(l, x.Kind) + ": " + places[x.Territory]})
		}
	}
	actor := senim.ActorFrom(ctx)
	v.Staff = actor.IsStaff()
	if canManageElections(actor) && actor.IsStaff() && (actor.Territory.Contains(e.Territory) || e.Territory.Contains(actor.Territory)) {
		v.Export = "/staff/elections/" + e.ID + "/results.csv"
		if !v.Whole {
			v.Export += "?territory=" + string(rep.Territory)
		}
	}
	w.Header().Set("Cache-Control", "no-cache")
	s.render(w, r, http.StatusOK, "election", "ui.election.title", v)
}

// electionChart is the seats by party as horizontal bars drawn as SVG:
// each party's name over its bar, its seats and share after it, the own
// party in the accent colour. Laid out here; the template only draws.
type electionChart struct {
	Width, Height, PlotW, BarH int
	Bars                       []pollBar
}

// newElectionChart draws the parties that won seats, most first.
func newElectionChart(p *page, ps []store.ElectionPartyResult, names electionNames, own string) electionChart {
	const width, row, top, barH, room = 420, 46, 6, 18, 112
	var won []store.ElectionPartyResult
	for _, x := range ps {
		if x.Seats.Count > 0 {
			won = append(won, x)
		}
	}
	c := electionChart{Width: width, PlotW: width - room, BarH: barH, Height: top + row*len(won)}
	most := 0
	for _, x := range won {
		most = max(most, x.Seats.Count)
	}
	for i, x := range won {
		y := top + i*row
		w := max(x.Seats.Count*c.PlotW/most, 2)
		label := names.of(x.Party)
		if utf8.RuneCountInString(label) > pollLabelMax {
			label = strings.TrimSpace(string([]rune(label)[:pollLabelMax-1])) + "…"
		}
		value := p.Count(x.Seats.Count)
		if x.Seats.Available() {
			value += " · " + p.Pct(*x.Seats.Percent/100)
		}
		c.Bars = append(c.Bars, pollBar{LabelY: y + 13, BarY: y + 19, W: w, TextX: w + 6, TextY: y + 19 + 13,
			Label: label, Value: value, Title: names.of(x.Party) + ": " + value, Leading: own != "" && x.Party == own})
	}
	return c
}

// The staff page: the elections of the staff member's territory (and
// those above it), a form that adds one, and for each a form that takes
// its result file; a refused file's faults are listed line by line at its
// election.

// staffElectionsView is the staff page of elections.
type staffElectionsView struct {
	Rows      []electionRow
	CanCreate bool
	Kinds     []choice
	Form      map[string]string
	Errors    map[string]string
	Problem   string // of the form that adds an election
	Done      string
	DoneID    string
	DoneName  string
	Imported  *store.ElectionImport // the import just done
	Unknown   string                // its party codes not in the list
}

// electionFormFields are the fields of the form that adds an election.
var electionFormFields = []string{"kind", "territory", "held", "name_ru", "name_kk", "name_en", "convocation"}

func (s *Server) staffElectionsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := &staffElectionsView{Done: q.Get("done"), DoneID: q.Get("election")}
	if v.Done != "created" && v.Done != "imported" {
		v.Done = ""
	}
	s.renderStaffElections(w, r, http.StatusOK, v, "", nil, "")
}

// renderStaffElections fills the staff page around what v says of the
// forms sent and renders it; failed names the election whose file was
// refused, with its faults line by line and its problem.
func (s *Server) renderStaffElections(w http.ResponseWriter, r *http.Request, status int, v *staffElectionsView, failed string, lines []string,
	problem string) {
	ctx, l := r.Context(), lang(r)
	actor := senim.ActorFrom(ctx)
	v.CanCreate = canManageElections(actor)
	v.Kinds = electionKindChoices(l)
	if v.Form == nil {
		v.Form = map[string]string{"territory": string(actor.Territory), "kind": string(senim.ElectionDistrict)}
	}
	if v.Errors == nil {
		v.Errors = map[string]string{}
	}
	list, _, err := s.db.FindElections(ctx, store.ElectionFilter{Territory: actor.Territory, Limit: store.MaxElectionPage})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if v.Rows, err = s.electionRows(r, list); err != nil {
		s.pageError(w, r, err)
		return
	}
	for i, x := range list {
		v.Rows[i].CanImport = v.CanCreate && actor.Sees(x.Election.Territory)
		if x.Election.ID == failed {
			v.Rows[i].Lines, v.Rows[i].Problem = lines, problem
		}
		if x.Election.ID == v.DoneID {
			v.DoneName = v.Rows[i].Name
		}
	}
	if v.DoneName == "" {
		v.Done = ""
	}
	if v.Done == "imported" && senim.ValidID(v.DoneID) {
		if log, err := s.db.ElectionImports(ctx, v.DoneID); err == nil && len(log) > 0 {
			v.Imported = log[0]
		}
		if u := r.URL.Query().Get("unknown"); u != "" {
			v.Unknown = u
		}
	}
	s.render(w, r, status, "elections_staff", "ui.elections.staff_title", v)
}

func (s *Server) createElectionForm(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	f := readFields(r, electionFormFields...)
	in := senim.ElectionInput{Kind: f["kind"], Territory: f["territory"], Held: f["held"],
		Name: senim.Names{RU: f["name_ru"], KK: f["name_kk"], EN: f["name_en"]}}
	if c := strings.TrimSpace(f["convocation"]); c != "" {
		n, err := strconv.Atoi(c)
		if err != nil {
			n = -1 // refused at its field as out of range
		}
		in.Convocation = n
	}
	e, err := s.db.CreateElection(r.Context(), in)
	if err != nil {
		code := senim.ErrorCode(err)
		if code != senim.EINVALID && code != senim.ECONFLICT {
			s.pageError(w, r, err)
			return
		}
		problem, fields := formErrors(lang(r), err, nil)
		errs := map[string]string{}
		for k, m := range fields {
			if n := strings.ReplaceAll(k, ".", "_"); errs[n] == "" {
				errs[n] = m
			}
		}
		s.renderStaffElections(w, r, statusOf[code], &staffElectionsView{Form: f, Errors: errs, Problem: problem}, "", nil, "")
		return
	}
	http.Redirect(w, r, "/staff/elections?done=created&election="+e.ID+"#e-"+e.ID, http.StatusSeeOther)
}

// importElectionForm takes an election's result file from the staff page
// (a multipart form: file, replace).
func (s *Server) importElectionForm(w http.ResponseWriter, r *http.Request) {
	l := lang(r)
	id := r.PathValue("id")
	if !isMultipart(r) {
		s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", i18n.T(l, "ui.error.form", nil))
		return
	}
	if err := parseUpload(w, r, "file"); err != nil {
		s.refusedElectionFile(w, r, id, err)
		return
	}
	if !checkCSRF(r) {
		s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", i18n.T(l, "ui.error.form", nil))
		return
	}
	rs, replace, err := s.readElectionFile(w, r)
	if err != nil {
		s.refusedElectionFile(w, r, id, err)
		return
	}
	imp, err := s.db.ImportElectionResults(r.Context(), id, rs, replace)
	if err != nil {
		s.refusedElectionFile(w, r, id, err)
		return
	}
	q := url.Values{"done": {"imported"}, "election": {id}}
	if len(imp.UnknownParties) > 0 {
		q.Set("unknown", strings.Join(imp.UnknownParties, ", "))
	}
	http.Redirect(w, r, "/staff/elections?"+q.Encode()+"#e-"+id, http.StatusSeeOther)
}

// refusedElectionFile shows the staff page again with a refused file's
// faults at its election, line by line; a refusal the file cannot fix is
// an error page.
func (s *Server) refusedElectionFile(w http.ResponseWriter, r *http.Request, id string, err error) {
	l := lang(r)
	var e *senim.Error
	status := http.StatusUnprocessableEntity
	var se statusError
	if errors.As(err, &se) {
		status = se.status
	}
	if !errors.As(err, &e) || (e.Code != senim.EINVALID && e.Code != senim.ECONFLICT) {
		s.pageError(w, r, err)
		return
	}
	if e.Code == senim.ECONFLICT {
		status = http.StatusConflict
	}
	var lines []string
	problem := ""
	if len(e.FieldErrors()) == 0 {
		problem = message(l, e)
	}
	for _, fe := range e.FieldErrors() {
		lines = append(lines, electionLineMessage(l, fe))
	}
	s.renderStaffElections(w, r, status, &staffElectionsView{}, id, lines, problem)
}

// electionLineMessage writes a file's fault as "Line 12, votes: …".
func electionLineMessage(l string, fe *senim.Error) string {
	line, field, ok := splitLineField(fe.Field)
	if !ok {
		return message(l, fe)
	}
	return i18n.T(l, "ui.members.line", map[string]any{"line": line, "column": i18n.T(l, "ui.elections.col."+field, nil)}) + " " + message(l, fe)
}
