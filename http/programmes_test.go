package http_test

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
)

// TestProgrammesOverAPI goes through the programme API as a branch's
// program would: adopt a programme with its tree, add parts, record
// measurements with evidence, read the states and the roll-up; with bad
// input at each step, nothing stored after a refusal.
func TestProgrammesOverAPI(t *testing.T) {
	e := newEnv(t)
	branch := bearer(e.key(senim.RoleBranch, "350000000"))
	plan := fmt.Sprintf(`{"programme": {"territory": "350000000", "title": {"ru": "Дорожная карта Карагандинской области", "kk": "Қарағанды облысының жол картасы"},
		"from": "2026-01-01", "to": "2030-12-31", "adopted": "2026-01-20"},
		"directions": [{"title": {"ru": "Здравоохранение"},
			"indicators": [{"name": {"ru": "Охват скринингом"}, "unit": "percent", "baseline": {"value": 40, "date": "2025-12-31"},
				"target": {"value": 80, "date": "2030-12-31"}, "higher_is_better": true, "weight": 2,
				"measurements": [{"value": 41, "as_of": "2026-02-01", "source": "Отчёт", "link": "https://example.kz/1"}]}],
			"measures": [{"text": "Построить поликлинику", "body": %q, "deadline": "2027-12-31"}]}]}`, e.body.ID)
	r := e.do("POST", "/api/v1/programmes", plan, branch)
	if r.status != 201 {
		t.Fatalf("adopt: %d %s", r.status, r.body)
	}
	var pr struct {
		ID         string
		State      struct{ Status string }
		Directions []struct {
			ID         string
			Indicators []struct {
				ID       string
				Status   string
				Progress float64
				UnitName string `json:"unit_name"`
			}
			Measures []struct {
				ID      string
				Version int
			}
		}
	}
	r.json(t, &pr)
	ind := pr.Directions[0].Indicators[0]
	if ind.UnitName != "%" || ind.Status != "on_track" || ind.Progress != 2.5 || pr.State.Status != "on_track" {
		t.Errorf("adopted: %s", r.body)
	}

	// Plans with faults in several places: each named, nothing stored. A
	// refused indicator's measurements are not judged against it.
	bad := strings.Replace(strings.Replace(plan, `"value": 80`, `"value": 40`, 1), `"2027-12-31"`, `"2031-01-01"`, 1)
	r = e.do("POST", "/api/v1/programmes", bad, branch, "Accept-Language: kk")
	if r.status != 422 || !hasFields(r.problem(t), "directions[0].indicators[0].target.value", "directions[0].measures[0].deadline") {
		t.Errorf("bad plan: %d %s", r.status, r.body)
	}
	if !strings.Contains(string(r.body), "Мақсат базалық мәнге тең") {
		t.Errorf("the Kazakh message of an equal target: %s", r.body)
	}
	bad = strings.Replace(strings.Replace(plan, `"value": 41`, `"value": 141`, 1), `"2026-01-20"`, `"2026-03-03"`, 1)
	r = e.do("POST", "/api/v1/programmes", bad, branch)
	if r.status != 422 || !hasFields(r.problem(t), "directions[0].indicators[0].measurements[0].value", "programme.adopted") {
		t.Errorf("a value above 100%% and an adoption tomorrow: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/programmes", plan, bearer(e.keyKar)); r.status != 403 {
		t.Errorf("an operator adopts a programme: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/programmes", plan); r.status != 401 {
		t.Errorf("without a key: %d", r.status)
	}
	var list []struct{ ID string }
	e.do("GET", "/api/v1/programmes", "").json(t, &list)
	if len(list) != 1 {
		t.Fatalf("programmes after refusals: %d", len(list))
	}

	// Parts one by one.
	base := "/api/v1/programmes/" + pr.ID
	r = e.do("POST", base+"/directions", `{"title": {"ru": "Жильё", "kk": "Тұрғын үй"}}`, branch)
	var dir struct{ ID string }
	r.json(t, &dir)
	if r.status != 201 || dir.ID == "" {
		t.Fatalf("add direction: %d %s", r.status, r.body)
	}
	r = e.do("POST", base+"/indicators", fmt.Sprintf(`{"direction": %q, "name": {"ru": "Очередь на жильё"}, "unit": "people",
		"baseline": {"value": 1200, "date": "2026-01-01"}, "target": {"value": 600, "date": "2030-12-31"}, "higher_is_better": false}`, dir.ID), branch)
	var queue struct{ ID string }
	r.json(t, &queue)
	if r.status != 201 {
		t.Fatalf("add indicator: %d %s", r.status, r.body)
	}
	r = e.do("POST", base+"/indicators", fmt.Sprintf(`{"direction": %q, "name": {"ru": "x"}, "unit": "people",
		"baseline": {"value": 10, "date": "2026-01-01"}, "target": {"value": 20, "date": "2030-12-31"}, "higher_is_better": false}`, dir.ID), branch, "Accept-Language: en")
	if r.status != 422 || !strings.Contains(r.problem(t).Detail+string(r.body), "Lower is better") {
		t.Errorf("target on the worse side: %d %s", r.status, r.body)
	}
	measure := pr.Directions[0].Measures[0]
	r = e.do("PATCH", "/api/v1/measures/"+measure.ID, fmt.Sprintf(`{"status": "in_progress", "version": %d}`, measure.Version), branch)
	if r.status != 200 {
		t.Errorf("measure status: %d %s", r.status, r.body)
	}
	if r := e.do("PATCH", "/api/v1/measures/"+measure.ID, fmt.Sprintf(`{"status": "done", "version": %d}`, measure.Version), branch); r.status != 409 {
		t.Errorf("a stale version: %d %s", r.status, r.body)
	}

	// Measurements: by JSON with a link, by a form with a file; refusals.
	mpath := "/api/v1/indicators/" + queue.ID + "/measurements"
	if r := e.do("POST", mpath, `{"value": 1100, "unit": "people", "as_of": "2026-02-01", "source": "Акимат", "link": "https://example.kz/q"}`, branch); r.status != 201 {
		t.Errorf("measurement: %d %s", r.status, r.body)
	}
	for _, body := range []string{
		`{"value": 1100, "unit": "percent", "as_of": "2026-02-01", "source": "x", "link": "https://example.kz"}`,
		`{"value": -5, "as_of": "2026-02-01", "source": "x", "link": "https://example.kz"}`,
		`{"value": 1000, "as_of": "2031-01-01", "source": "x", "link": "https://example.kz"}`,
		`{"value": 1000, "as_of": "2026-02-01", "source": "x"}`,
	} {
		if r := e.do("POST", mpath, body, branch); r.status != 422 {
			t.Errorf("bad measurement %s: %d %s", body, r.status, r.body)
		}
	}
	pdf := "%PDF-1.4\n%%EOF\n"
	r = e.upload(mpath, map[string]string{"value": "1 050,5", "as_of": "2026-02-20", "source": "Акт сверки"}, "акт.pdf", pdf, branch)
	if r.status != 201 {
		t.Fatalf("measurement with a file: %d %s", r.status, r.body)
	}
	var withFile struct {
		Value float64
		By    string
		File  struct{ ID, Type string }
	}
	r.json(t, &withFile)
	if withFile.Value != 1050.5 || withFile.File.Type != "application/pdf" || withFile.By == "" {
		t.Errorf("the measurement with a file: %s", r.body)
	}
	if r := e.upload(mpath, map[string]string{"value": "1000", "as_of": "2026-02-20", "source": "x"}, "a.exe", "MZ\x90\x00binary", branch); r.status != 422 {
		t.Errorf("an executable as evidence: %d %s", r.status, r.body)
	}
	res, err := http.Get(e.srv.URL + "/files/" + withFile.File.ID)
	if err != nil || res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/pdf" ||
		!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("the file: %v %v", res.StatusCode, err)
	}
	got, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if string(got) != pdf {
		t.Errorf("the file's content: %q", got)
	}

	// The public see the indicator and its history without who entered it.
	r = e.do("GET", "/api/v1/indicators/"+queue.ID, "")
	if r.status != 200 || strings.Contains(string(r.body), `"by"`) || !strings.Contains(string(r.body), `"value":1050.5`) {
		t.Errorf("public indicator: %d %s", r.status, r.body)
	}
	r = e.do("GET", base+"/history", "")
	if r.status != 200 || strings.Contains(string(r.body), "apikey") {
		t.Errorf("public history: %d %s", r.status, r.body)
	}
	var rollup struct {
		State struct {
			Programmes int
			Indicators int
		}
		Parts []struct{ Territory string }
	}
	e.do("GET", "/api/v1/programmes/rollup", "").json(t, &rollup)
	if rollup.State.Programmes != 1 || rollup.State.Indicators != 2 || len(rollup.Parts) != 1 || rollup.Parts[0].Territory != "350000000" {
		t.Errorf("roll-up: %+v", rollup)
	}
	if r := e.do("GET", "/api/v1/programmes?on=351600000", ""); r.status != 200 || !strings.Contains(string(r.body), pr.ID) {
		t.Errorf("programmes on a district: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/programmes?territory=35", ""); r.status != 422 {
		t.Errorf("a bad territory: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/units", "", "Accept-Language: kk"); r.status != 200 || !strings.Contains(string(r.body), "адам") {
		t.Errorf("units: %d %s", r.status, r.body)
	}
}

// TestCouncilsOverAPI forms a council, records its members and a meeting,
// takes an issue under control and solves it; the statistics count it.
func TestCouncilsOverAPI(t *testing.T) {
	e := newEnv(t)
	member := bearer(e.key(senim.RoleCouncil, "350000000"))
	r := e.do("POST", "/api/v1/councils", `{"territory": "350000000", "name": {"ru": "Общественный совет по здравоохранению"}, "created": "2026-01-15"}`, member)
	var c struct{ ID string }
	r.json(t, &c)
	if r.status != 201 {
		t.Fatalf("council: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/councils", `{"territory": "350000000", "name": {"ru": "x"}, "created": "2026-01-15"}`, bearer(e.keyKar)); r.status != 403 {
		t.Errorf("an operator forms a council: %d", r.status)
	}
	base := "/api/v1/councils/" + c.ID
	if r := e.do("POST", base+"/members", `{"name": "Касымова Айгуль", "role": "chair", "since": "2026-01-15"}`, member); r.status != 201 {
		t.Errorf("member: %d %s", r.status, r.body)
	}
	if r := e.do("POST", base+"/members", `{"name": "X", "role": "king", "since": "2026-01-15"}`, member); r.status != 422 {
		t.Errorf("a bad role: %d", r.status)
	}
	r = e.upload(base+"/meetings", map[string]string{"date": "2026-02-10", "agenda": "Очереди в поликлиниках", "attended": "12"}, "протокол.pdf", "%PDF-1.4\n", member)
	var meeting struct {
		ID   string
		File struct{ ID string }
	}
	r.json(t, &meeting)
	if r.status != 201 || meeting.File.ID == "" {
		t.Fatalf("meeting: %d %s", r.status, r.body)
	}
	appeal := e.submit(validAppeal)
	r = e.do("POST", base+"/issues", fmt.Sprintf(`{"meeting": %q, "title": "Нет педиатра в амбулатории", "owner": "Депутат Ахметов",
		"deadline": "2026-06-01", "appeals": [%q]}`, meeting.ID, appeal.Number), member)
	var is struct {
		ID      string
		Version int
	}
	r.json(t, &is)
	if r.status != 201 {
		t.Fatalf("issue: %d %s", r.status, r.body)
	}
	if r := e.do("POST", base+"/issues", `{"title": "x", "owner": "y", "deadline": "2026-06-01", "appeals": ["3500-2026-999999"]}`, member); r.status != 422 {
		t.Errorf("an unknown appeal: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/issues/"+is.ID+"/events", fmt.Sprintf(`{"action": "solve", "result": "Педиатр принят", "version": %d}`, is.Version), member)
	if r.status != 200 || !strings.Contains(string(r.body), `"status":"solved"`) {
		t.Errorf("solve: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/issues/"+is.ID+"/events", `{"action": "solve", "result": "x"}`, member); r.status != 409 {
		t.Errorf("solve twice: %d", r.status)
	}
	r = e.do("GET", "/api/v1/issues/"+is.ID, "")
	if r.status != 200 || strings.Contains(string(r.body), "apikey") || strings.Contains(string(r.body), "900115400018") {
		t.Errorf("public issue: %d %s", r.status, r.body)
	}
	var stats struct {
		Total struct{ Taken, Solved int }
		Parts []struct{ Territory, Name string }
	}
	e.do("GET", "/api/v1/issues/stats?from=2026-01-01&to=2026-12-31", "").json(t, &stats)
	if stats.Total.Taken != 1 || stats.Total.Solved != 1 || len(stats.Parts) != 1 || stats.Parts[0].Territory != "350000000" || stats.Parts[0].Name == "" {
		t.Errorf("stats: %+v", stats)
	}
	if r := e.do("GET", "/api/v1/issues/stats?from=2026-12-31&to=2026-01-01", ""); r.status != 422 {
		t.Errorf("a reversed period: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/issues?overdue=maybe", ""); r.status != 422 {
		t.Errorf("a bad overdue: %d", r.status)
	}
	var cs []struct{ Issues int }
	e.do("GET", "/api/v1/councils?territory=350000000", "").json(t, &cs)
	if len(cs) != 1 || cs[0].Issues != 1 {
		t.Errorf("councils: %+v", cs)
	}
}

// upload posts a multipart form with one file.
func (e *env) upload(path string, fields map[string]string, name, content string, headers ...string) response {
	e.t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for k, v := range fields {
		w.WriteField(k, v)
	}
	f, _ := w.CreateFormFile("file", name)
	f.Write([]byte(content))
	w.Close()
	req, _ := http.NewRequest("POST", e.srv.URL+path, &b)
	req.Header.Set("Content-Type", w.FormDataContentType())
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ": ")
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, res.Header, body}
}
