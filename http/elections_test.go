package http_test

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store/storetest"
)

// electionPeople are the IINs of the result electionCSV writes.
type electionPeople struct{ a, d, f, g string }

func newElectionPeople(t *testing.T) electionPeople {
	return electionPeople{
		a: storetest.IIN(t, "1970-05-01", senim.Male, 1),
		d: storetest.IIN(t, "1995-09-09", senim.Female, 3),
		f: storetest.IIN(t, "1980-01-01", senim.Male, 4),
		g: storetest.IIN(t, "1960-03-03", senim.Male, 5),
	}
}

// electionCSV is the result of Karaganda's oblast maslikhat as an
// official file gives it, headers in Russian, separated by semicolons:
// the list votes, four of the party's elected of five, and a
// single-member constituency in a village.
func (p electionPeople) electionCSV() string {
	return "Округ;КАТО;Кандидат;ИИН;Пол;Партия;Голоса;Избран\n" +
		"список;350000000;;;;amanat;8200;\n" +
		"список;350000000;;;;akzhol;1800;\n" +
		"список;350000000;Ахметов Серик Болатович;" + p.a + ";;amanat;;да\n" +
		"список;350000000;Сейтова Дана;" + p.d + ";;amanat;;да\n" +
		"список;350000000;Елкина Мария;;ж;amanat;;да\n" +
		"список;350000000;Касымов Нурлан;" + p.f + ";;akzhol;;да\n" +
		"№ 1;351620100;Жумабаев Талгат;" + p.g + ";;amanat;600;да\n" +
		"№ 1;351620100;Смагулов Асхат;;;;400;нет\n"
}

// electionEnv is a server with Karaganda's district and village, the
// parties (AMANAT the own one) and an oblast maslikhat's election.
func electionEnv(t *testing.T) (*env, *senim.Election) {
	e := newEnv(t)
	withPlaces(t, e)
	for _, p := range []*senim.Party{
		{Code: "amanat", Name: senim.Names{RU: "AMANAT", KK: "AMANAT", EN: "AMANAT"}, Own: true},
		{Code: "akzhol", Name: senim.Names{RU: "Ак жол", KK: "Ақ жол", EN: "Ak Zhol"}},
	} {
		if err := e.db.SaveParty(storetest.System(), p); err != nil {
			t.Fatal(err)
		}
	}
	return e, storetest.NewElection(t, e.db, storetest.ElectionInput("2023-03-19", 8))
}

// electionAnswer is an election's figures as the API writes them.
type electionAnswer struct {
	Territory string `json:"territory"`
	Rows      int    `json:"rows"`
	Figures   *struct {
		Seats, Votes, NewFaces, Renewal struct {
			Count   int      `json:"count"`
			Of      int      `json:"of"`
			Percent *float64 `json:"percent"`
		}
		ListVotes bool `json:"list_votes"`
	} `json:"figures"`
	Parties []struct {
		Party string `json:"party"`
	} `json:"parties"`
	Places []string `json:"places"`
}

func TestElectionsOverAPI(t *testing.T) {
	e, el := electionEnv(t)
	people := newElectionPeople(t)
	branch := bearer(e.key(senim.RoleBranch, "350000000"))
	wkoBranch := bearer(e.key(senim.RoleBranch, "270000000"))
	auditor := bearer(e.keyAud)
	operator := bearer(e.keyKar)
	csv := "Content-Type: text/csv"
	results := "/api/v1/elections/" + el.ID + "/results"

	// Adding: every fault at its field, in the caller's language; the
	// branches and the central office only, inside their territory.
	r := e.do("POST", "/api/v1/elections", `{"kind": "senate", "territory": "35", "held": "2030-01-01", "name": {"ru": ""}}`, branch,
		"Accept-Language: kk")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "kind territory held name.ru convocation" {
		t.Fatalf("a bad election: %d %s", r.status, r.body)
	}
	if !strings.Contains(string(r.body), i18n.T("kk", "election.kind", map[string]any{"kind": "senate"})) {
		t.Errorf("the faults are not in Kazakh: %s", r.body)
	}
	good := `{"kind": "district", "territory": "351600000", "held": "2023-03-19", "name": {"ru": "Выборы в районный маслихат"}, "convocation": 8}`
	for _, c := range []struct {
		who    []string
		status int
	}{{nil, 401}, {[]string{operator}, 403}, {[]string{wkoBranch}, 403}, {[]string{auditor}, 403}} {
		if r := e.do("POST", "/api/v1/elections", good, c.who...); r.status != c.status {
			t.Fatalf("%v adds an election: %d %s", c.who, r.status, r.body)
		}
	}
	r = e.do("POST", "/api/v1/elections", good, branch)
	var created senim.Election
	r.json(t, &created)
	if r.status != 201 || r.header.Get("Location") != "/api/v1/elections/"+created.ID || created.Kind != senim.ElectionDistrict || created.Convocation != 8 {
		t.Fatalf("add an election: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/elections", good, branch); r.status != 409 {
		t.Fatalf("the same election twice: %d %s", r.status, r.body)
	}

	// A bad file: every fault of every line, nothing stored.
	bad := "Округ;КАТО;Кандидат;ИИН;Пол;Партия;Голоса;Избран\n" +
		"список;350000000;;;;amanat;8200;\n" +
		"№ 1;351620100;Иванов Иван;;х;;много;нет\n" +
		"№ 2;351620100;Петров Пётр;123;;;10;может быть\n"
	r = e.do("POST", results, bad, branch, csv)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "line.3.votes line.3.sex line.4.elected line.4.iin" {
		t.Fatalf("a bad file: %d %s", r.status, r.body)
	}
	// Rows that read well but do not fit the election.
	bad = "constituency,territory,candidate,iin,party,votes,elected\n" +
		"№ 1,270000000,Иванов Иван,,,10,no\n" +
		"№ 2,351699999,Петров Пётр," + people.a + ",,10,no\n" +
		"№ 3,351620100,Сидоров Сидор," + people.a + ",,10,yes\n"
	r = e.do("POST", results, bad, branch, csv)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "line.2.territory line.3.territory line.4.iin" {
		t.Fatalf("rows that do not fit: %d %s", r.status, r.body)
	}
	for _, c := range []struct {
		who    []string
		status int
	}{{nil, 401}, {[]string{operator}, 403}, {[]string{wkoBranch}, 403}, {[]string{auditor}, 403}} {
		if r := e.do("POST", results, people.electionCSV(), append(c.who, csv)...); r.status != c.status {
			t.Fatalf("%v loads a result: %d %s", c.who, r.status, r.body)
		}
	}
	if r := e.do("POST", results, "", branch, csv); r.status != 422 {
		t.Fatalf("an empty file: %d %s", r.status, r.body)
	}
	var rows struct {
		Total   int `json:"total"`
		Results []struct {
			Candidate string `json:"candidate"`
			IINGiven  bool   `json:"iin_given"`
			Age       *int   `json:"age"`
			Incumbent bool   `json:"incumbent"`
		} `json:"results"`
		Territory string `json:"territory"`
	}
	if e.do("GET", results, "", branch).json(t, &rows); rows.Total != 0 {
		t.Fatalf("refused rows stored: %+v", rows)
	}

	// A good file, as an XLSX workbook.
	rs, err := exchange.ReadElectionResults(strings.NewReader(people.electionCSV()), "csv", senim.MustDate("2026-03-02"))
	if err != nil {
		t.Fatal(err)
	}
	var book bytes.Buffer
	if err := exchange.WriteElectionResults(&book, "xlsx", rs); err != nil {
		t.Fatal(err)
	}
	r = e.do("POST", results, book.String(), branch, "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	var imp struct {
		Import, Rows, Elected, Replaced int
		UnknownParties                  []string `json:"unknown_parties"`
	}
	if r.json(t, &imp); r.status != 201 || imp.Import != 1 || imp.Rows != 8 || imp.Elected != 5 || imp.Replaced != 0 || len(imp.UnknownParties) != 0 {
		t.Fatalf("load the workbook: %d %s", r.status, r.body)
	}
	// A second file replaces it only when asked to.
	if r := e.do("POST", results, people.electionCSV(), branch, csv); r.status != 409 ||
		r.problem(t).Detail != i18n.T("ru", "election.results_exist", map[string]any{"rows": 8}) {
		t.Fatalf("a second file: %d %s", r.status, r.body)
	}
	r = e.upload(results, map[string]string{"replace": "yes"}, "result.csv", strings.Replace(people.electionCSV(), "amanat;8200", "amanat;8200\nсписок;350000000;;;;amant;5;", 1), branch)
	if r.json(t, &imp); r.status != 201 || imp.Import != 2 || imp.Rows != 9 || imp.Replaced != 8 || strings.Join(imp.UnknownParties, ",") != "amant" {
		t.Fatalf("replace by a form: %d %s", r.status, r.body)
	}
	if r := e.do("POST", results+"?replace=true", people.electionCSV(), branch, csv); r.status != 201 {
		t.Fatalf("replace: %d %s", r.status, r.body)
	}

	// The figures: public, without anybody's IIN.
	r = e.do("GET", "/api/v1/elections/"+el.ID, "")
	var fig electionAnswer
	r.json(t, &fig)
	if r.status != 200 || fig.Figures == nil || fig.Figures.Seats.Count != 4 || fig.Figures.Seats.Of != 5 || *fig.Figures.Seats.Percent != 80 ||
		*fig.Figures.Votes.Percent != 82 || !fig.Figures.ListVotes || fig.Rows != 8 || strings.Join(fig.Places, ",") != "351600000" ||
		len(fig.Parties) != 3 || fig.Parties[0].Party != "amanat" {
		t.Fatalf("the figures: %d %s", r.status, r.body)
	}
	for _, iin := range []string{people.a, people.d, people.f, people.g} {
		if strings.Contains(string(r.body), iin) {
			t.Fatalf("an IIN in the public figures: %s", r.body)
		}
	}
	e.do("GET", "/api/v1/elections/"+el.ID+"?territory=351600000", "").json(t, &fig)
	if fig.Territory != "351600000" || fig.Rows != 2 || fig.Figures.ListVotes || *fig.Figures.Votes.Percent != 60 || fig.Figures.Seats.Of != 1 {
		t.Fatalf("the district's figures: %+v", fig)
	}
	if r := e.do("GET", "/api/v1/elections/"+el.ID+"?territory=270000000", ""); r.status != 422 || problemFields(t, r)[0] != "territory" {
		t.Fatalf("another oblast's figures: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/elections/"+el.ID+"?territory=35", ""); r.status != 422 {
		t.Fatalf("a bad territory: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/elections/"+senim.NewID(), ""); r.status != 404 {
		t.Fatalf("no such election: %d %s", r.status, r.body)
	}

	// The list: the oblast's elections are a district's too.
	var list struct {
		Total     int `json:"total"`
		Elections []struct {
			ID       string `json:"id"`
			Elected  int    `json:"elected"`
			OwnSeats int    `json:"own_seats"`
			Imported string `json:"imported"`
		} `json:"elections"`
	}
	e.do("GET", "/api/v1/elections?territory=351600000", "").json(t, &list)
	if list.Total != 2 || list.Elections[0].ID != el.ID || list.Elections[0].OwnSeats != 4 || list.Elections[0].Imported == "" ||
		list.Elections[1].ID != created.ID || list.Elections[1].Elected != 0 {
		t.Fatalf("the list: %+v", list)
	}
	if e.do("GET", "/api/v1/elections?kind=rural_akim", "").json(t, &list); list.Total != 0 {
		t.Fatalf("rural akims: %+v", list)
	}
	if r := e.do("GET", "/api/v1/elections?kind=senate&territory=35", ""); r.status != 422 || len(problemFields(t, r)) != 2 {
		t.Fatalf("bad filters: %d %s", r.status, r.body)
	}

	// The rows: staff's, without IINs; the export with them, recorded.
	r = e.do("GET", results, "", auditor)
	if r.json(t, &rows); r.status != 200 || rows.Total != 8 || rows.Results[2].Candidate != "Ахметов Серик Болатович" || !rows.Results[2].IINGiven ||
		rows.Results[2].Age == nil || *rows.Results[2].Age != 52 || rows.Results[4].Age != nil || strings.Contains(string(r.body), people.a) {
		t.Fatalf("the rows: %d %s", r.status, r.body)
	}
	districtBranch := bearer(e.key(senim.RoleBranch, "351600000"))
	if e.do("GET", results, "", districtBranch).json(t, &rows); rows.Total != 2 || rows.Territory != "351600000" {
		t.Fatalf("the district branch's rows: %+v", rows)
	}
	for _, c := range []struct {
		who    []string
		status int
	}{{nil, 401}, {[]string{operator}, 403}, {[]string{wkoBranch}, 403}} {
		if r := e.do("GET", results, "", c.who...); r.status != c.status {
			t.Fatalf("%v reads the rows: %d %s", c.who, r.status, r.body)
		}
	}
	if r := e.do("GET", results+".csv", "", auditor); r.status != 403 {
		t.Fatalf("an auditor exports: %d %s", r.status, r.body)
	}
	r = e.do("GET", results+".csv", "", branch)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") || !strings.Contains(string(r.body), people.a) ||
		!strings.Contains(r.header.Get("Content-Disposition"), "election-2023-03-19-oblast-350000000.csv") {
		t.Fatalf("export: %d %s", r.status, r.body)
	}
	// The export reads back to the same figures.
	if r := e.do("POST", results+"?replace=1", string(r.body), branch, csv); r.status != 201 {
		t.Fatalf("the export loaded back: %d %s", r.status, r.body)
	}
	var again electionAnswer
	e.do("GET", "/api/v1/elections/"+el.ID, "").json(t, &again)
	if again.Rows != 8 || again.Figures.Seats.Count != 4 || *again.Figures.Votes.Percent != 82 {
		t.Fatalf("the figures after the export loaded back: %+v", again)
	}
	views, err := e.db.ElectionViews(storetest.System(), el.ID)
	if err != nil || len(views) != 1 || views[0].Rows != 8 {
		t.Fatalf("the export is not recorded: %+v, %v", views, err)
	}
}

// The election pages: a branch adds an election and loads its result on
// the staff page, a bad file's faults listed by line; the public pages
// show the figures as the reports quote them.
func TestElectionPages(t *testing.T) {
	e, el := electionEnv(t)
	people := newElectionPeople(t)
	u := e.srv.URL
	storetest.NewUser(t, e.db, "kar_branch", senim.RoleBranch, "350000000")
	storetest.NewUser(t, e.db, "kar_operator", senim.RoleOperator, "350000000")
	staff := e.signIn("kar_branch")

	// Adding: a bad form is shown again with each fault at its field.
	status, body := get(t, staff, u+"/staff/elections")
	if status != 200 || !strings.Contains(body, `action="/staff/elections"`) || !strings.Contains(body, `action="/staff/elections/`+el.ID+`/results#e-`+el.ID+`"`) {
		t.Fatalf("the staff page: %d\n%s", status, body)
	}
	csrf := csrfField.FindStringSubmatch(body)[1]
	form := url.Values{"csrf": {csrf}, "kind": {"district"}, "territory": {"351600000"}, "held": {"2030-01-01"}, "name_ru": {""},
		"name_kk": {"Аудандық мәслихат сайлауы"}, "convocation": {"восьмой"}}
	status, body = post(t, staff, u+"/staff/elections", form)
	for _, want := range []string{`id="held-err"`, `id="name_ru-err"`, `id="convocation-err"`, `value="Аудандық мәслихат сайлауы"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the refused form lacks %q", want)
		}
	}
	if status != 422 {
		t.Fatalf("a bad election: %d", status)
	}
	form.Set("held", "2023-03-19")
	form.Set("name_ru", "Выборы депутатов районного маслихата")
	form.Set("convocation", "8")
	res, err := staff.PostForm(u+"/staff/elections", form)
	if err != nil || res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/staff/elections?done=created&election=") {
		t.Fatalf("add an election: %v %v", res, err)
	}
	if _, body := get(t, staff, u+res.Header.Get("Location")); !strings.Contains(body, "Выборы депутатов районного маслихата") ||
		!strings.Contains(body, i18n.T("ru", "ui.elections.done.created", map[string]any{"name": "Выборы депутатов районного маслихата"})) {
		t.Fatalf("the staff page after adding:\n%s", body)
	}
	operator := e.signIn("kar_operator")
	if _, body := get(t, operator, u+"/staff/elections"); strings.Contains(body, `action="/staff/elections"`) || strings.Contains(body, `enctype="multipart/form-data"`) {
		t.Error("an operator is offered to add elections or load results")
	}

	// A bad file: nothing loaded, each fault by its line and column.
	bad := "Округ;КАТО;Кандидат;Партия;Голоса;Избран\n№ 1;351620100;Иванов Иван;;много;нет\n№ 2;270000000;Петров Пётр;;10;нет\n"
	status, body = postFile(t, staff, u+"/staff/elections/"+el.ID+"/results", url.Values{"csrf": {csrf}}, "result.csv", bad)
	line := i18n.T("ru", "ui.members.line", map[string]any{"line": 2, "column": i18n.T("ru", "ui.elections.col.votes", nil)})
	if status != 422 || !strings.Contains(body, line) || !strings.Contains(body, i18n.T("ru", "ui.elections.import_failed", nil)) {
		t.Fatalf("a bad file: %d\n%s", status, body)
	}
	bad = "Округ;КАТО;Кандидат;Партия;Голоса;Избран\n№ 1;351620100;Иванов Иван;;10;нет\n№ 2;270000000;Петров Пётр;;10;нет\n"
	status, body = postFile(t, staff, u+"/staff/elections/"+el.ID+"/results", url.Values{"csrf": {csrf}}, "result.csv", bad)
	line = i18n.T("ru", "ui.members.line", map[string]any{"line": 3, "column": "КАТО"}) + " " + i18n.T("ru", "election.outside", nil)
	if status != 422 || !strings.Contains(body, line) {
		t.Fatalf("a row outside: %d\n%s", status, body)
	}
	if got, _ := e.db.ElectionResults(storetest.System(), el.ID, ""); len(got.Rows) != 0 {
		t.Fatalf("a refused file stored %d rows", len(got.Rows))
	}
	if status, _ := postFile(t, staff, u+"/staff/elections/"+el.ID+"/results", nil, "result.csv", people.electionCSV()); status != 400 {
		t.Fatalf("a file without the form's token: %d", status)
	}
	_, body = get(t, operator, u+"/staff/elections")
	status, body = postFile(t, operator, u+"/staff/elections/"+el.ID+"/results", url.Values{"csrf": {csrfField.FindStringSubmatch(body)[1]}},
		"result.csv", people.electionCSV())
	if status != 403 {
		t.Fatalf("an operator loads a result: %d", status)
	}

	// A good file; a second one only with «Replace».
	_, body = get(t, staff, u+"/staff/elections")
	csrf = csrfField.FindStringSubmatch(body)[1]
	if status, body := postFile(t, staff, u+"/staff/elections/"+el.ID+"/results", url.Values{"csrf": {csrf}}, "result.csv", people.electionCSV()); status != 303 {
		t.Fatalf("load a result: %d\n%s", status, body)
	}
	_, body = get(t, staff, u+"/staff/elections?done=imported&election="+el.ID)
	if !strings.Contains(body, i18n.T("ru", "ui.elections.imported_rows", map[string]any{"rows": "8", "elected": "5", "replaced": "0"})) ||
		!strings.Contains(body, `name="replace"`) || !strings.Contains(body, "4 из 5 мест (80,0\u00a0%)") {
		t.Fatalf("the staff page after loading:\n%s", body)
	}
	status, body = postFile(t, staff, u+"/staff/elections/"+el.ID+"/results", url.Values{"csrf": {csrf}}, "result.csv", people.electionCSV())
	if status != 409 || !strings.Contains(body, i18n.T("ru", "election.results_exist", map[string]any{"rows": 8})) {
		t.Fatalf("a second file: %d\n%s", status, body)
	}
	if status, body := postFile(t, staff, u+"/staff/elections/"+el.ID+"/results", url.Values{"csrf": {csrf}, "replace": {"1"}}, "result.csv",
		people.electionCSV()); status != 303 {
		t.Fatalf("replace: %d\n%s", status, body)
	}

	// The public pages: the figures as the reports quote them, no IIN.
	citizen := browser(t)
	if _, body := get(t, citizen, u+"/elections"); !strings.Contains(body, `href="/elections/`+el.ID+`"`) || !strings.Contains(body, "4 из 5 мест (80,0\u00a0%)") {
		t.Fatalf("the list:\n%s", body)
	}
	if _, body := get(t, citizen, u+"/elections?kind=senate"); !strings.Contains(body, `id="kind-err"`) {
		t.Error("a bad filter is not marked")
	}
	status, body = get(t, citizen, u+"/elections/"+el.ID)
	for _, want := range []string{"4 из 5 мест (80,0\u00a0%)", "8\u00a0200 из 10\u00a0000 голосов (82,0\u00a0%)", "Победа партии AMANAT",
		`<svg viewBox="0 0 420 98"`, `<rect class="lead"`, i18n.T("ru", "ui.election.chart", nil), `<option value="351600000"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the figures lack %q", want)
		}
	}
	if status != 200 || strings.Contains(body, "results.csv") {
		t.Fatalf("the figures' page: %d\n%s", status, body)
	}
	for _, iin := range []string{people.a, people.d, people.f, people.g} {
		if strings.Contains(body, iin) {
			t.Fatal("an IIN on the public page")
		}
	}
	if _, body := get(t, citizen, u+"/elections/"+el.ID+"?lang=en"); !strings.Contains(body, "4 of 5 seats (80.0%)") || !strings.Contains(body, "Won by AMANAT") {
		t.Error("the page in English")
	}
	if _, body := get(t, citizen, u+"/elections/"+el.ID+"?lang=kk"); !strings.Contains(body, "5 орыннан 4 (80,0\u00a0%)") {
		t.Error("the page in Kazakh")
	}
	if _, body := get(t, citizen, u+"/elections/"+el.ID+"?territory=351600000"); !strings.Contains(body, "1 из 1 места (100,0\u00a0%)") ||
		!strings.Contains(body, `<option value="351600000" selected>`) {
		t.Errorf("the district's figures:\n%s", body)
	}
	if status, body := get(t, citizen, u+"/elections/"+el.ID+"?territory=270000000"); status != 200 || !strings.Contains(body, `id="territory-err"`) ||
		!strings.Contains(body, "4 из 5 мест") {
		t.Errorf("another oblast's figures: %d", status)
	}
	if _, body := get(t, staff, u+"/elections/"+el.ID); !strings.Contains(body, "/staff/elections/"+el.ID+"/results.csv") {
		t.Error("the branch is not offered the export")
	}
	// The signed-in branch downloads it with its session.
	if status, body := get(t, staff, u+"/staff/elections/"+el.ID+"/results.csv"); status != 200 || !strings.Contains(body, "constituency") && !strings.Contains(body, "Округ") {
		t.Errorf("the export for the signed-in branch: %d\n%.300s", status, body)
	}
	if status, _ := get(t, citizen, u+"/elections/"+senim.NewID()); status != 404 {
		t.Errorf("no such election: %d", status)
	}
}
