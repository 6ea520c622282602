package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	senimhttp "github.com/senim-kz/senim/http"
	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

// env is a real server on a real SQLite store with an office in Karaganda
// and API keys for a Karaganda operator and a West Kazakhstan operator.
type env struct {
	t      *testing.T
	db     *store.DB
	srv    *httptest.Server
	clock  *storetest.Clock
	office *senim.Office
	body   *senim.Body
	keyKar string
	keyWKO string
	keyAud string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "senim.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &env{t: t, db: db, clock: storetest.NewClock(db, storetest.At("2026-03-02"))}
	e.office = storetest.NewOffice(t, db, "350000000")
	storetest.NewOffice(t, db, "270000000")
	e.body = storetest.NewBody(t, db, "350000000")
	e.keyKar = e.key(senim.RoleOperator, "350000000")
	e.keyWKO = e.key(senim.RoleOperator, "270000000")
	e.keyAud = e.key(senim.RoleAuditor, senim.CountryKATO)
	h := senimhttp.NewServer(db, nil, senimhttp.Config{SubmitPerMinute: 6000, SubmitBurst: 1000})
	e.srv = httptest.NewServer(validating(t, h))
	t.Cleanup(e.srv.Close)
	return e
}

func (e *env) key(role senim.Role, k senim.KATO) string {
	secret := senim.NewAPIKeySecret()
	if err := e.db.CreateAPIKey(storetest.System(), &senim.APIKey{Name: string(role) + string(k), Role: role, Territory: k, Hash: senim.HashSecret(secret)}); err != nil {
		e.t.Fatal(err)
	}
	return secret
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (r response) json(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("response %d is not JSON: %v\n%s", r.status, err, r.body)
	}
}

func (r response) problem(t *testing.T) senimhttp.Problem {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("content type %q, want problem+json; body %s", ct, r.body)
	}
	var p senimhttp.Problem
	r.json(t, &p)
	return p
}

// do sends a request; headers are "Name: value" strings.
func (e *env) do(method, path, body string, headers ...string) response {
	e.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, _ := http.NewRequest(method, e.srv.URL+path, rd)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for _, h := range headers {
		k, v, _ := strings.Cut(h, ": ")
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return response{res.StatusCode, res.Header, b}
}

func bearer(key string) string { return "Authorization: Bearer " + key }

const validAppeal = `{"applicant": {"name": "Айгерим Нурланова", "iin": "900115400018", "phone": "8 701 123 45 67",
	"email": "a@mail.kz", "address": "ул. Абая, 10"}, "territory": "350000000", "category": "housing",
	"text": "Третью неделю нет горячей воды во всём доме.", "consent_publish": true}`

type created struct {
	ID, Number, TrackingCode, Status, Deadline string
}

func (e *env) submit(body string, headers ...string) created {
	e.t.Helper()
	r := e.do("POST", "/api/v1/appeals", body, headers...)
	if r.status != 201 {
		e.t.Fatalf("submit: %d %s", r.status, r.body)
	}
	var c struct {
		ID           string `json:"id"`
		Number       string `json:"number"`
		TrackingCode string `json:"tracking_code"`
		Status       string `json:"status"`
		Deadline     string `json:"deadline"`
	}
	r.json(e.t, &c)
	return created{c.ID, c.Number, c.TrackingCode, c.Status, c.Deadline}
}

func TestSubmitAndTrack(t *testing.T) {
	e := newEnv(t)
	c := e.submit(validAppeal)
	if c.Status != "registered" || c.Deadline != "2026-03-27" || !strings.HasPrefix(c.Number, e.office.Code+"-2026-") || c.TrackingCode == "" {
		t.Fatalf("created = %+v", c)
	}
	r := e.do("GET", "/api/v1/track/"+c.Number+"?code="+c.TrackingCode, "")
	if r.status != 200 {
		t.Fatalf("track: %d %s", r.status, r.body)
	}
	// No personal data, in any form, reaches the public answer.
	for _, secret := range []string{"Айгерим", "Нурланова", "900115400018", "7011234567", "a@mail.kz", "Абая", "горячей"} {
		if bytes.Contains(r.body, []byte(secret)) {
			t.Fatalf("tracking answer shows %q: %s", secret, r.body)
		}
	}
	var tr struct {
		Number, Status, Deadline string
		History                  []struct{ Action, ActionName string } `json:"history"`
	}
	r.json(t, &tr)
	if tr.Status != "registered" || tr.Deadline != "2026-03-27" || len(tr.History) != 1 || tr.History[0].Action != "register" {
		t.Fatalf("tracked = %+v", tr)
	}
	if r := e.do("GET", "/api/v1/track/"+c.Number+"?code=WRONGWRONG", ""); r.status != 404 {
		t.Fatalf("wrong code: %d", r.status)
	}
}

func TestStaffLifecycleOverAPI(t *testing.T) {
	e := newEnv(t)
	c := e.submit(validAppeal)
	kar := bearer(e.keyKar)
	post := func(body string, want int) map[string]any {
		t.Helper()
		r := e.do("POST", "/api/v1/appeals/"+c.ID+"/events", body, kar)
		if r.status != want {
			t.Fatalf("%s: %d %s", body, r.status, r.body)
		}
		var m map[string]any
		r.json(t, &m)
		return m
	}
	post(`{"action": "take"}`, 200)
	post(`{"action": "forward", "body": "`+e.body.ID+`", "letter_no": "01-12/345", "letter_date": "2026-03-02"}`, 200)
	// An illegal transition: 409 with a message, nothing changed.
	post(`{"action": "rate", "rating": 5}`, 403) // only the applicant rates
	m := post(`{"action": "close", "outcome": "solved"}`, 409)
	if m["code"] != "conflict" || m["detail"] == "" {
		t.Fatalf("409 problem = %v", m)
	}
	post(`{"action": "answer", "text": "Вода подана."}`, 200)
	a := post(`{"action": "close", "outcome": "solved"}`, 200)
	if a["status"] != "closed" || a["outcome"] != "solved" {
		t.Fatalf("closed appeal = %v", a)
	}
	r := e.do("GET", "/api/v1/appeals/"+c.ID, "", kar)
	var full struct {
		Applicant struct{ IIN string } `json:"applicant"`
		History   []struct{ Action string }
	}
	r.json(t, &full)
	if full.Applicant.IIN != "900115400018" || len(full.History) != 5 {
		t.Fatalf("full appeal: %s", r.body)
	}
	// Another oblast's operator neither sees nor changes it.
	wko := bearer(e.keyWKO)
	if r := e.do("GET", "/api/v1/appeals/"+c.ID, "", wko); r.status != 404 {
		t.Fatalf("WKO reads Karaganda's appeal: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/appeals/"+c.ID+"/events", `{"action": "reopen", "text": "x"}`, wko); r.status != 404 {
		t.Fatalf("WKO changes Karaganda's appeal: %d", r.status)
	}
	// The citizen reopens it with the tracking code; it goes back under control.
	r = e.do("POST", "/api/v1/track/"+c.Number+"/events", `{"code": "`+c.TrackingCode+`", "action": "reopen", "text": "Воды снова нет."}`)
	var tr struct{ Status string }
	r.json(t, &tr)
	if r.status != 200 || tr.Status != "forwarded" {
		t.Fatalf("reopen: %d %s", r.status, r.body)
	}
}

func TestListAndStats(t *testing.T) {
	e := newEnv(t)
	for i := 0; i < 3; i++ {
		e.submit(validAppeal)
	}
	e.submit(strings.Replace(validAppeal, `"350000000"`, `"270000000"`, 1))
	var list struct {
		Appeals []struct {
			Number    string
			Applicant struct{ IIN, Phone string }
			Overdue   bool
		}
		Next string
	}
	r := e.do("GET", "/api/v1/appeals?limit=2", "", bearer(e.keyKar))
	r.json(t, &list)
	if r.status != 200 || len(list.Appeals) != 2 || list.Next == "" {
		t.Fatalf("list: %d %s", r.status, r.body)
	}
	if list.Appeals[0].Applicant.IIN == "900115400018" {
		t.Fatal("lists show personal data unmasked")
	}
	r = e.do("GET", "/api/v1/appeals?limit=2&after="+list.Next, "", bearer(e.keyKar))
	list.Next = ""
	r.json(t, &list)
	if len(list.Appeals) != 1 || list.Next != "" {
		t.Fatalf("second page: %s", r.body)
	}
	if r := e.do("GET", "/api/v1/appeals?q=горячей&status=registered", "", bearer(e.keyAud)); r.status != 200 || bytes.Count(r.body, []byte(`"number"`)) != 4 {
		t.Fatalf("search as auditor: %d %s", r.status, r.body)
	}
	r = e.do("GET", "/api/v1/stats?territory=350000000&from=2026-01&to=2026-03", "")
	var s senim.Stats
	r.json(t, &s)
	if r.status != 200 || s.Received != 3 || s.ByCategory["housing"] != 3 || s.ByChannel["web"] != 3 || len(s.ByMonth) != 3 {
		t.Fatalf("stats: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/appeals", ""); r.status != 401 {
		t.Fatalf("list without a key: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/appeals", "", bearer("snm_nope")); r.status != 401 {
		t.Fatalf("list with a bad key: %d", r.status)
	}
}

// Bad input gets a clear 4xx in the request's language, never a 500, and
// nothing is stored.
func TestBadInput(t *testing.T) {
	e := newEnv(t)
	cases := []struct {
		name, body string
		status     int
		field      string
	}{
		{"broken JSON", `{"applicant": `, 400, ""},
		{"not an object", `[1, 2]`, 400, ""},
		{"unknown field", strings.Replace(validAppeal, `"category"`, `"colour": "red", "category"`, 1), 400, "colour"},
		{"wrong type", strings.Replace(validAppeal, `"consent_publish": true`, `"consent_publish": "yes"`, 1), 400, "consent_publish"},
		{"two objects", validAppeal + validAppeal, 400, ""},
		{"empty", ` `, 400, ""},
		{"bad IIN", strings.Replace(validAppeal, "900115400018", "900115400019", 1), 422, "applicant.iin"},
		{"bad phone", strings.Replace(validAppeal, "8 701 123 45 67", "8 701", 1), 422, "applicant.phone"},
		{"unknown territory", strings.Replace(validAppeal, "350000000", "359900000", 1), 422, "territory"},
		{"malformed territory", strings.Replace(validAppeal, "350000000", "Karaganda", 1), 422, "territory"},
		{"unknown category", strings.Replace(validAppeal, `"housing"`, `"weather"`, 1), 422, "category"},
		{"citizen sets the date", strings.Replace(validAppeal, `"category"`, `"received_at": "2026-01-10", "category"`, 1), 422, "received_at"},
		{"oversized", `{"text": "` + strings.Repeat("я", 140000) + `"}`, 413, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := e.do("POST", "/api/v1/appeals", tc.body, "Accept-Language: en")
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			p := r.problem(t)
			if p.Detail == "" || p.Title == "" {
				t.Fatalf("problem without a message: %+v", p)
			}
			if tc.field != "" {
				found := false
				for _, f := range p.Errors {
					found = found || f.Field == tc.field
				}
				if !found {
					t.Fatalf("problem does not name %q: %s", tc.field, r.body)
				}
			}
		})
	}
	// A body cut short says so.
	if p := e.do("POST", "/api/v1/appeals", `{"applicant": `, "Accept-Language: en").problem(t); p.Detail != "The request body ends before the JSON is complete." {
		t.Fatalf("cut-short body: %q", p.Detail)
	}
	// An unknown territory is reported together with the other bad fields.
	r0 := e.do("POST", "/api/v1/appeals", strings.Replace(strings.Replace(validAppeal, "900115400018", "900115400019", 1), "350000000", "359900000", 1))
	if p := r0.problem(t); r0.status != 422 || len(p.Errors) != 2 {
		t.Fatalf("bad IIN and unknown territory: %d %s", r0.status, r0.body)
	}
	// Staff may date a letter, but not in the future.
	r := e.do("POST", "/api/v1/appeals", strings.Replace(validAppeal, `"category"`, `"received_at": "2026-02-30", "category"`, 1), bearer(e.keyKar))
	if r.status != 422 {
		t.Fatalf("impossible date: %d %s", r.status, r.body)
	}
	// The message follows the language asked for.
	for lang, word := range map[string]string{"ru": "ИИН", "kk": "ЖСН", "en": "IIN"} {
		r := e.do("POST", "/api/v1/appeals", strings.Replace(validAppeal, "900115400018", "900115400019", 1), "Accept-Language: "+lang)
		if p := r.problem(t); !strings.Contains(p.Errors[0].Detail, word) {
			t.Errorf("%s message %q lacks %q", lang, p.Errors[0].Detail, word)
		}
	}
	var s senim.Stats
	e.do("GET", "/api/v1/stats", "").json(t, &s)
	if s.Received != 0 {
		t.Fatalf("bad input stored %d appeals", s.Received)
	}
	if r := e.do("GET", "/api/v1/nowhere", ""); r.status != 404 || r.problem(t).Code != "not_found" {
		t.Fatalf("unknown route: %d", r.status)
	}
	if r := e.do("DELETE", "/api/v1/appeals", ""); r.status != 405 || r.header.Get("Allow") != "GET, POST" {
		t.Fatalf("wrong method: %d, Allow %q", r.status, r.header.Get("Allow"))
	}
	// A NUL byte is refused as a bad character, on every engine.
	r = e.do("POST", "/api/v1/appeals", strings.Replace(validAppeal, "Третью", `Треть\u0000ю`, 1))
	if r.status != 422 || r.problem(t).Errors[0].Key != "chars" {
		t.Fatalf("NUL in the text: %d %s", r.status, r.body)
	}
}

func TestRateLimit(t *testing.T) {
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "senim.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	storetest.NewOffice(t, db, "350000000")
	srv := httptest.NewServer(senimhttp.NewServer(db, nil, senimhttp.Config{SubmitPerMinute: 1, SubmitBurst: 2}))
	defer srv.Close()
	codes := []int{}
	for i := 0; i < 3; i++ {
		res, err := http.Post(srv.URL+"/api/v1/appeals", "application/json", strings.NewReader(validAppeal))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		codes = append(codes, res.StatusCode)
	}
	if codes[0] != 201 || codes[1] != 201 || codes[2] != 429 {
		t.Fatalf("statuses %v, want 201 201 429", codes)
	}
}

func TestCategoriesAndHealth(t *testing.T) {
	e := newEnv(t)
	var cats []struct{ Code, Name string }
	e.do("GET", "/api/v1/categories", "", "Accept-Language: kk").json(t, &cats)
	if len(cats) != len(senim.DefaultCategories) || cats[1].Code != "housing" || cats[1].Name != "Тұрғын үй-коммуналдық шаруашылық" {
		t.Fatalf("categories in Kazakh = %v", cats)
	}
	e.do("GET", "/api/v1/categories?lang=en", "").json(t, &cats)
	if cats[0].Name != "Social protection" {
		t.Fatalf("categories in English = %v", cats)
	}
	if r := e.do("GET", "/healthz", ""); r.status != 200 {
		t.Fatalf("healthz = %d", r.status)
	}
	var cal struct {
		Holidays    []struct{ Date string }
		WorkingDays int `json:"working_days"`
	}
	e.do("GET", "/api/v1/calendar/2026", "").json(t, &cal)
	if len(cal.Holidays) < 15 || cal.WorkingDays < 240 || cal.WorkingDays > 255 {
		t.Fatalf("calendar 2026 = %+v", cal)
	}
}

func TestCreateOfficesAndBodies(t *testing.T) {
	e := newEnv(t)
	branch := bearer(e.key(senim.RoleBranch, "350000000"))
	office := `{"code": "3599", "territory": "350000000", "name_ru": "Приёмная в Темиртау", "name_kk": "Теміртаудағы қабылдау бөлмесі",
		"address": "пр. Республики, 1", "hours": "Пн–Пт 9:00–18:00", "phone": "8 7213 91 00 00", "lat": 50.05, "lon": 72.96}`
	r := e.do("POST", "/api/v1/offices", office, branch)
	var o struct{ ID, Code, Phone string }
	r.json(t, &o)
	if r.status != 201 || o.Code != "3599" || o.Phone != "+77213910000" {
		t.Fatalf("create office: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/offices", office, branch); r.status != 409 {
		t.Fatalf("same code again: %d %s", r.status, r.body)
	}
	// Outside the branch's oblast, or by an operator: refused.
	if r := e.do("POST", "/api/v1/offices", strings.Replace(strings.Replace(office, "350000000", "270000000", 1), "3599", "2799", 1), branch); r.status != 403 {
		t.Fatalf("office in another oblast: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/offices", strings.Replace(office, "3599", "3598", 1), bearer(e.keyKar)); r.status != 403 {
		t.Fatalf("office by an operator: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/bodies", `{"territory": "350000000", "name_ru": "Управление здравоохранения Карагандинской области"}`, branch)
	if r.status != 201 {
		t.Fatalf("create body: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/bodies", `{"territory": "350000000"}`, branch); r.status != 422 {
		t.Fatalf("body without a name: %d %s", r.status, r.body)
	}
}
