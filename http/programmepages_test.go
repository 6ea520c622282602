package http_test

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store/storetest"
)

// pdf is the smallest file that is a PDF by its content.
const pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

// postFile posts a multipart form with a file as a browser sends it.
func postFile(t *testing.T, c *http.Client, u string, fields url.Values, name, content string) (int, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, vs := range fields {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	fw, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(fw, content)
	mw.Close()
	res, err := c.Post(u, mw.FormDataContentType(), &buf)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// withPlaces adds a district of Karaganda with a village in it.
func withPlaces(t *testing.T, e *env) {
	t.Helper()
	if _, err := e.db.ImportTerritories(storetest.System(), []*senim.Territory{
		{Code: "351600000", NameRU: "Абайский район", NameKK: "Абай ауданы"},
		{Code: "351620100", NameRU: "село Топар", NameKK: "Топар ауылы"},
	}); err != nil {
		t.Fatal(err)
	}
}

func num(v float64) *float64 { return &v }

// TestProgrammePublicPages: a programme with a measurement is on the
// national page, on its own page (in Kazakh too), on its indicator's chart
// and on the page of a village under it; the methodology states its
// tolerances; the councils' page counts the issues per region.
func TestProgrammePublicPages(t *testing.T) {
	e := newEnv(t)
	withPlaces(t, e)
	u := e.srv.URL
	kar := storetest.Staff(senim.RoleBranch, "350000000")
	pr := storetest.NewProgramme(t, e.db, "350000000", e.body)
	ind := pr.Directions[0].Indicators[0]
	if _, err := e.db.AddMeasurement(kar, ind.ID, senim.MeasurementInput{Value: num(45), AsOf: "2026-03-01", Source: "Отчёт за февраль",
		Link: "https://example.kz/r2"}); err != nil {
		t.Fatal(err)
	}
	c := browser(t)

	status, body := get(t, c, u+"/programmes")
	if status != 200 || !strings.Contains(body, `href="/programmes/`+pr.ID+`"`) || !strings.Contains(body, "Карагандинская область") ||
		!strings.Contains(body, `<span class="st st-on_track">В графике</span>`) || !strings.Contains(body, `href="/methodology/programmes"`) {
		t.Fatalf("the national page: %d\n%s", status, body)
	}
	if status, body := get(t, c, u+"/programmes?territory=350000000"); status != 200 || !strings.Contains(body, "Дорожная карта 2026–2030") {
		t.Errorf("the oblast's programmes: %d", status)
	}
	if status, _ := get(t, c, u+"/programmes?territory=35"); status != 404 {
		t.Errorf("a bad territory: %d", status)
	}

	status, body = get(t, c, u+"/programmes/"+pr.ID)
	for _, want := range []string{"Дорожная карта 2026–2030", "Здравоохранение", "Охват скринингом", "Новые поликлиники", "Построить поликлинику",
		e.body.NameRU, "Запланировано", `href="/indicators/` + ind.ID + `"`, "01.03.2026", "к 31.12.2030"} {
		if !strings.Contains(body, want) {
			t.Errorf("the programme's page lacks %q", want)
		}
	}
	if status != 200 {
		t.Fatalf("the programme's page: %d", status)
	}
	get(t, c, u+"/lang/kk?back=/")
	if _, body := get(t, c, u+"/programmes/"+pr.ID); !strings.Contains(body, "Жол картасы 2026–2030") || !strings.Contains(body, "Денсаулық сақтау") ||
		!strings.Contains(body, "Кесте бойынша") || !strings.Contains(body, `lang="kk"`) {
		t.Errorf("the programme's page in Kazakh:\n%s", body)
	}
	get(t, c, u+"/lang/ru?back=/")
	if status, _ := get(t, c, u+"/programmes/"+senim.NewID()); status != 404 {
		t.Errorf("no such programme: %d", status)
	}

	// The chart: the line, the tolerance bands, a point per measurement.
	status, body = get(t, c, u+"/indicators/"+ind.ID)
	if status != 200 || !strings.Contains(body, "<svg") || !strings.Contains(body, `<line class="goal"`) ||
		!strings.Contains(body, `<polygon class="band on"`) || strings.Count(body, `<circle class="pt`) != 2 {
		t.Fatalf("the indicator's chart: %d\n%s", status, body)
	}
	for _, want := range []string{"Отчёт за февраль", `href="https://example.kz/r2"`, "5,0\u00a0%", "12,5\u00a0%", "<title>01.03.2026: 45\u00a0%</title>"} {
		if !strings.Contains(body, want) {
			t.Errorf("the indicator's page lacks %q", want)
		}
	}
	if strings.Contains(body, "test-branch") {
		t.Error("the public indicator page names who entered a value")
	}

	// A village under the oblast: its page lists the oblast's programme.
	status, body = get(t, c, u+"/t/351620100")
	if status != 200 || !strings.Contains(body, "Что обещано и что сделано") || !strings.Contains(body, `href="/programmes/`+pr.ID+`"`) {
		t.Errorf("the village's page: %d", status)
	}

	_, body = get(t, c, u+"/methodology/programmes")
	if !strings.Contains(body, "5,0\u00a0%") || !strings.Contains(body, "15,0\u00a0%") || !strings.Contains(body, "Под угрозой") {
		t.Errorf("the methodology lacks its tolerances:\n%s", body)
	}
	if _, body := get(t, c, u+"/methodology/programmes?lang=en"); !strings.Contains(body, "5.0%") || !strings.Contains(body, "15.0%") {
		t.Error("the methodology in English lacks its tolerances")
	}

	// Councils: two issues in Karaganda, one in West Kazakhstan.
	appeal := e.submit(validAppeal)
	council, err := e.db.CreateCouncil(storetest.Staff(senim.RoleCouncil, "350000000"), senim.CouncilInput{Territory: "350000000",
		Name: senim.Names{RU: "Общественный совет по здравоохранению"}, Direction: pr.Directions[0].ID, Created: "2026-01-15"})
	if err != nil {
		t.Fatal(err)
	}
	member := storetest.Staff(senim.RoleCouncil, "350000000")
	if _, err := e.db.AddCouncilMember(member, council.ID, senim.CouncilMemberInput{Name: "Касымова Айгуль", Role: "chair", Since: "2026-01-15"}); err != nil {
		t.Fatal(err)
	}
	issue, err := e.db.TakeIssue(member, council.ID, senim.IssueInput{Territory: "351600000", Title: "Нет педиатра в амбулатории",
		Owner: "Депутат Ахметов С.", Deadline: "2026-06-01", Appeals: []string{appeal.Number}, Indicators: []string{ind.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.TakeIssue(member, council.ID, senim.IssueInput{Title: "Разбитая дорога", Owner: "Аким", Deadline: "2026-03-01", Taken: "2026-02-01"}); err != nil {
		t.Fatal(err)
	}
	wko, err := e.db.CreateCouncil(storetest.Staff(senim.RoleCouncil, "270000000"), senim.CouncilInput{Territory: "270000000",
		Name: senim.Names{RU: "Совет по ЖКХ"}, Created: "2026-01-15"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.db.TakeIssue(storetest.Staff(senim.RoleCouncil, "270000000"), wko.ID, senim.IssueInput{Title: "Нет воды", Owner: "Аким",
		Deadline: "2026-06-01"}); err != nil {
		t.Fatal(err)
	}
	status, body = get(t, c, u+"/councils")
	if status != 200 || !regexp.MustCompile(`Карагандинская область</a></th><td class="n">2</td>`).MatchString(body) ||
		!regexp.MustCompile(`Западно-Казахстанская область</a></th><td class="n">1</td>`).MatchString(body) ||
		!strings.Contains(body, `href="/councils/`+council.ID+`"`) {
		t.Fatalf("the councils' page: %d\n%s", status, body)
	}
	if status, body := get(t, c, u+"/councils?from=2026-04-01&to=2026-01-01"); status != 422 || !strings.Contains(body, `id="to-err"`) {
		t.Errorf("a backwards period: %d", status)
	}
	_, body = get(t, c, u+"/councils/"+council.ID)
	for _, want := range []string{"Касымова Айгуль", "Председатель", "Нет педиатра в амбулатории", "Здравоохранение", `href="/programmes/` + pr.ID + `"`, "срок истёк"} {
		if !strings.Contains(body, want) {
			t.Errorf("the council's page lacks %q", want)
		}
	}
	_, body = get(t, c, u+"/issues/"+issue.ID)
	if !strings.Contains(body, appeal.Number) || !strings.Contains(body, "Охват скринингом") || !strings.Contains(body, "Абайский район") {
		t.Errorf("the issue's page:\n%s", body)
	}
	for _, private := range []string{"Нурланова", "900115400018", "ул. Абая, 10", "test-council"} {
		if strings.Contains(body, private) {
			t.Errorf("the public issue page shows %q", private)
		}
	}
}

// TestProgrammeStaffPages: a branch adopts a programme, adds a direction, an
// indicator typed "12,5" and a measure, enters a measurement with a PDF
// (a bad one is named at its fields and stores nothing); a council member
// forms a council, adds a member, records a meeting, takes an issue and
// solves it; an operator reads the pages without forms and is refused a post.
func TestProgrammeStaffPages(t *testing.T) {
	e := newEnv(t)
	withPlaces(t, e)
	u := e.srv.URL
	storetest.NewUser(t, e.db, "kar_branch", senim.RoleBranch, "350000000")
	storetest.NewUser(t, e.db, "kar_council", senim.RoleCouncil, "350000000")
	storetest.NewUser(t, e.db, "kar_op", senim.RoleOperator, "350000000")
	c := e.signIn("kar_branch")
	csrf := func(c *http.Client, path string) string {
		t.Helper()
		status, body := get(t, c, u+path)
		m := csrfField.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("%s has no form: %d\n%s", path, status, body)
		}
		return m[1]
	}

	// Adopt: the faults at their fields, what was typed kept; then adopted.
	form := url.Values{"csrf": {csrf(c, "/staff/programmes")}, "territory": {"350000000"}, "title_ru": {""}, "title_kk": {"Жол картасы"},
		"from": {"2026-01-01"}, "to": {"2025-12-31"}, "adopted": {"2026-01-20"}}
	status, body := post(t, c, u+"/staff/programmes", form)
	if status != 422 || !strings.Contains(body, `id="title_ru-err"`) || !strings.Contains(body, `id="to-err"`) || !strings.Contains(body, `value="Жол картасы"`) {
		t.Fatalf("a bad programme: %d\n%s", status, body)
	}
	form.Set("title_ru", "Дорожная карта Карагандинской области")
	form.Set("to", "2030-12-31")
	res, err := c.PostForm(u+"/staff/programmes", form)
	if err != nil || res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/staff/programmes/") {
		t.Fatalf("adopt: %v %v", res.StatusCode, err)
	}
	res.Body.Close()
	page := res.Header.Get("Location")
	id := strings.TrimPrefix(page, "/staff/programmes/")

	if status, _ := post(t, c, u+page+"?do=direction", url.Values{"csrf": {csrf(c, page)}, "title_ru": {"Здравоохранение"}, "title_kk": {"Денсаулық сақтау"}}); status != 303 {
		t.Fatalf("add a direction: %d", status)
	}
	_, body = get(t, c, u+page)
	dir := regexp.MustCompile(`<option value="([0-9a-f-]{36})"[^>]*>Здравоохранение`).FindStringSubmatch(body)
	if dir == nil {
		t.Fatalf("the indicator form does not offer the direction:\n%s", body)
	}
	indicator := url.Values{"csrf": {csrf(c, page)}, "direction": {dir[1]}, "name_ru": {"Охват скринингом"}, "unit": {"percent"},
		"baseline_value": {"12,5"}, "baseline_date": {"2025-12-31"}, "target_value": {"сорок"}, "target_date": {"2030-12-31"},
		"higher_is_better": {"1"}, "source": {"Управление здравоохранения"}}
	status, body = post(t, c, u+page+"?do=indicator", indicator)
	if status != 422 || !strings.Contains(body, `id="i-target_value-err"`) || !strings.Contains(body, "Введите число") ||
		!strings.Contains(body, `value="Охват скринингом"`) {
		t.Fatalf("an indicator with a word for a number: %d\n%s", status, body)
	}
	if got, _ := e.db.FindProgramme(storetest.System(), id); len(got.Directions[0].Indicators) != 0 {
		t.Fatal("a refused indicator was stored")
	}
	indicator.Set("target_value", "40")
	if status, body := post(t, c, u+page+"?do=indicator", indicator); status != 303 {
		t.Fatalf("add an indicator: %d\n%s", status, body)
	}
	got, _ := e.db.FindProgramme(storetest.System(), id)
	ind := got.Directions[0].Indicators[0]
	if ind.Baseline.Value != 12.5 || ind.Target.Value != 40 {
		t.Fatalf("the indicator as stored: %+v", ind)
	}
	if status, _ := post(t, c, u+page+"?do=measure", url.Values{"csrf": {csrf(c, page)}, "direction": {dir[1]}, "text": {"Открыть кабинет скрининга"},
		"body": {e.body.ID}, "deadline": {"2027-06-30"}}); status != 303 {
		t.Fatalf("add a measure: %d", status)
	}

	// A measurement: a percentage above 100 as of a day before the period
	// is refused at both fields and stores nothing; then one with a PDF.
	ipage := "/staff/indicators/" + ind.ID
	status, body = postFile(t, c, u+ipage, url.Values{"csrf": {csrf(c, ipage)}, "unit": {"percent"}, "value": {"120"}, "as_of": {"2025-06-01"},
		"source": {"Отчёт управления"}}, "акт.pdf", pdf)
	if status != 422 || !strings.Contains(body, `id="value-err"`) || !strings.Contains(body, `id="as_of-err"`) || !strings.Contains(body, `value="Отчёт управления"`) {
		t.Fatalf("a bad measurement: %d\n%s", status, body)
	}
	status, body = postFile(t, c, u+ipage, url.Values{"csrf": {csrf(c, ipage)}, "unit": {"percent"}, "value": {"14,5"}, "as_of": {"2026-02-01"},
		"source": {"Отчёт управления"}}, "акт.txt", "не PDF")
	if status != 422 || !strings.Contains(body, `id="file-err"`) || strings.Contains(body, `id="link-err"`) {
		t.Fatalf("a measurement with a text file: %d\n%s", status, body)
	}
	big := pdf + strings.Repeat(" ", senim.MaxFileSize)
	if status, body := postFile(t, c, u+ipage, url.Values{"csrf": {csrf(c, ipage)}, "unit": {"percent"}, "value": {"14,5"}, "as_of": {"2026-02-01"},
		"source": {"Отчёт управления"}}, "акт.pdf", big); status != 422 || !strings.Contains(body, `id="file-err"`) || !strings.Contains(body, "10 МБ") {
		t.Fatalf("a file over the limit: %d", status)
	}
	if status, _ := postFile(t, c, u+ipage, url.Values{"csrf": {csrf(c, ipage)}}, "акт.pdf", big+strings.Repeat(" ", 2<<20)); status != 413 {
		t.Fatalf("a form far over the limit: %d", status)
	}
	if full, _ := e.db.FindIndicator(storetest.System(), ind.ID); len(full.Measurements) != 0 {
		t.Fatal("a refused measurement was stored")
	}
	if status, body := postFile(t, c, u+ipage, url.Values{"csrf": {csrf(c, ipage)}, "unit": {"percent"}, "value": {"14,5"}, "as_of": {"2026-02-01"},
		"source": {"Отчёт управления"}}, "акт.pdf", pdf); status != 303 {
		t.Fatalf("a measurement with a PDF: %d\n%s", status, body)
	}
	full, _ := e.db.FindIndicator(storetest.System(), ind.ID)
	if full.Last == nil || full.Last.Value != 14.5 || full.Last.File == nil {
		t.Fatalf("the measurement as stored: %+v", full.Last)
	}
	_, body = get(t, c, u+ipage)
	if !strings.Contains(body, `href="/files/`+full.Last.File.ID+`"`) || !strings.Contains(body, "user:kar_branch") {
		t.Error("the staff indicator page lacks the file or who entered it")
	}
	if _, body := get(t, browser(t), u+"/indicators/"+ind.ID); strings.Contains(body, "kar_branch") || !strings.Contains(body, `href="/files/`+full.Last.File.ID+`"`) {
		t.Error("the public indicator page names who entered a value, or lacks the file")
	}

	// A measure moves along; the same version sent twice is a conflict.
	got, _ = e.db.FindProgramme(storetest.System(), id)
	m := got.Directions[0].Measures[0]
	mform := url.Values{"csrf": {csrf(c, page)}, "status": {"in_progress"}, "version": {"1"}}
	if status, _ := post(t, c, u+page+"?do=status&measure="+m.ID, mform); status != 303 {
		t.Fatalf("the measure's status: %d", status)
	}
	mform.Set("status", "done")
	if status, body := post(t, c, u+page+"?do=status&measure="+m.ID, mform); status != 409 || !strings.Contains(body, "изменил кто-то другой") {
		t.Fatalf("a stale version: %d", status)
	}

	// An operator reads the programme without forms and may not post.
	op := e.signIn("kar_op")
	if status, body := get(t, op, u+page); status != 200 || strings.Contains(body, "?do=direction") || strings.Contains(body, "?do=status") ||
		!strings.Contains(body, "Охват скринингом") {
		t.Fatalf("the operator's view of the programme: %d", status)
	}
	if status, body := get(t, op, u+ipage); status != 200 || strings.Contains(body, `enctype="multipart/form-data"`) {
		t.Fatalf("the operator's view of the indicator: %d", status)
	}
	if status, _ := post(t, op, u+page+"?do=direction", url.Values{"csrf": {csrf(op, page)}, "title_ru": {"Жильё"}}); status != 403 {
		t.Errorf("an operator adds a direction: %d", status)
	}
	if status, _ := postFile(t, op, u+ipage, url.Values{"csrf": {csrf(op, ipage)}, "value": {"15"}, "as_of": {"2026-02-02"}, "source": {"x"}},
		"акт.pdf", pdf); status != 403 {
		t.Errorf("an operator enters a measurement: %d", status)
	}
	if _, body := get(t, op, u+"/staff/programmes"); strings.Contains(body, `action="/staff/programmes"`) {
		t.Error("an operator gets the form to adopt a programme")
	}

	// A council member runs a council.
	cm := e.signIn("kar_council")
	if _, body := get(t, cm, u+"/staff/programmes/"+id); strings.Contains(body, "?do=indicator") {
		t.Error("a council member gets the programme's forms")
	}
	cform := url.Values{"csrf": {csrf(cm, "/staff/councils")}, "territory": {"350000000"}, "name_ru": {"Совет по здравоохранению"},
		"direction": {dir[1]}, "created": {"2026-03-05"}}
	if status, body := post(t, cm, u+"/staff/councils", cform); status != 422 || !strings.Contains(body, `id="created-err"`) {
		t.Fatalf("a council formed in the future: %d", status)
	}
	cform.Set("created", "2026-01-15")
	res, err = cm.PostForm(u+"/staff/councils", cform)
	if err != nil || res.StatusCode != 303 {
		t.Fatalf("form a council: %v %v", res.StatusCode, err)
	}
	res.Body.Close()
	cpage := res.Header.Get("Location")
	if status, _ := post(t, cm, u+cpage+"?do=member", url.Values{"csrf": {csrf(cm, cpage)}, "name": {"Касымова Айгуль"}, "role": {"chair"},
		"since": {"2026-01-15"}}); status != 303 {
		t.Fatalf("add a member: %d", status)
	}
	if status, body := postFile(t, cm, u+cpage+"?do=meeting", url.Values{"csrf": {csrf(cm, cpage)}, "date": {"2026-02-10"},
		"agenda": {"Очереди в поликлиниках"}, "attended": {"много"}}, "протокол.pdf", pdf); status != 422 || !strings.Contains(body, `id="mt-attended-err"`) {
		t.Fatalf("a meeting with a word for a number: %d", status)
	}
	if status, _ := postFile(t, cm, u+cpage+"?do=meeting", url.Values{"csrf": {csrf(cm, cpage)}, "date": {"2026-02-10"},
		"agenda": {"Очереди в поликлиниках"}, "minutes": {"Решили обратиться в управление."}, "attended": {"12"}}, "протокол.pdf", pdf); status != 303 {
		t.Fatalf("record a meeting: %d", status)
	}
	_, body = get(t, cm, u+cpage)
	meeting := regexp.MustCompile(`<option value="([0-9a-f-]{36})"[^>]*>10\.02\.2026`).FindStringSubmatch(body)
	if meeting == nil || !strings.Contains(body, "Касымова Айгуль") || !strings.Contains(body, "присутствовали 12 человек") || !strings.Contains(body, "/files/") {
		t.Fatalf("the council's page after a meeting:\n%s", body)
	}
	appeal := e.submit(validAppeal)
	iform := url.Values{"csrf": {csrf(cm, cpage)}, "meeting": {meeting[1]}, "territory": {"351600000"}, "title": {"Нет педиатра в амбулатории"},
		"owner": {"Депутат Ахметов С."}, "deadline": {"2026-06-01"}, "appeals": {appeal.Number + ", 3500-2026-999999"}, "indicators": {ind.ID}}
	if status, body := post(t, cm, u+cpage+"?do=issue", iform); status != 422 || !strings.Contains(body, `id="is-appeals-err"`) ||
		!strings.Contains(body, `value="Нет педиатра в амбулатории"`) {
		t.Fatalf("an issue linked to an unknown appeal: %d", status)
	}
	iform.Set("appeals", appeal.Number)
	res, err = cm.PostForm(u+cpage+"?do=issue", iform)
	if err != nil || res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/staff/issues/") {
		t.Fatalf("take an issue: %v %v", res.StatusCode, err)
	}
	res.Body.Close()
	ipage = res.Header.Get("Location")
	if status, body := post(t, cm, u+ipage, url.Values{"csrf": {csrf(cm, ipage)}, "action": {"solve"}, "version": {"1"}}); status != 422 ||
		!strings.Contains(body, `id="solve-result-err"`) {
		t.Fatalf("solved without a result: %d", status)
	}
	if status, _ := post(t, cm, u+ipage, url.Values{"csrf": {csrf(cm, ipage)}, "action": {"solve"}, "version": {"1"}, "result": {"Педиатр принят на работу."}}); status != 303 {
		t.Fatalf("solve: %d", status)
	}
	_, body = get(t, cm, u+ipage)
	if !strings.Contains(body, "Решён") || !strings.Contains(body, "Педиатр принят на работу.") || !strings.Contains(body, `value="reopen"`) || strings.Contains(body, `value="solve"`) {
		t.Fatalf("the solved issue's page:\n%s", body)
	}
	if status, body := post(t, cm, u+ipage, url.Values{"csrf": {csrf(cm, ipage)}, "action": {"note"}, "version": {"1"}, "result": {"x"}}); status != 409 ||
		!strings.Contains(body, "изменил кто-то другой") {
		t.Errorf("a note on a stale version: %d", status)
	}
	if status, _ := post(t, op, u+ipage, url.Values{"csrf": {csrf(op, ipage)}, "action": {"reopen"}, "version": {"2"}, "result": {"x"}}); status != 403 {
		t.Errorf("an operator reopens an issue: %d", status)
	}
	if _, body := get(t, c, u+"/councils"); !regexp.MustCompile(`Карагандинская область</a></th><td class="n">1</td>`).MatchString(body) {
		t.Error("the councils' page does not count the issue")
	}
}
