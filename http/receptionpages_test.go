package http_test

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store/storetest"
)

// TestReceptionPages: an operator adds an official, plans a reception
// (a mistake is named at its field), the public schedule shows it in
// Kazakh, the operator takes a visitor's appeal and holds it, and the
// report names the official who held none. An operator of another oblast
// cannot open it.
func TestReceptionPages(t *testing.T) {
	e := newEnv(t)
	u := e.srv.URL
	storetest.NewUser(t, e.db, "aigerim", senim.RoleOperator, "350000000")
	storetest.NewUser(t, e.db, "wko_op", senim.RoleOperator, "270000000")
	c := e.signIn("aigerim")
	csrf := func(path string) string {
		t.Helper()
		status, body := get(t, c, u+path)
		m := csrfField.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("%s has no form: %d\n%s", path, status, body)
		}
		return m[1]
	}

	// Officials: a bad date is named at its field; then two are added.
	status, body := post(t, c, u+"/staff/officials", url.Values{"csrf": {csrf("/staff/officials")}, "name": {"Ахметов Серик"},
		"role": {"deputy"}, "post": {"депутат областного маслихата"}, "territory": {"350000000"}, "since": {"19.03.2023"}})
	if status != 422 || !strings.Contains(body, `id="since-err"`) || !strings.Contains(body, `value="Ахметов Серик"`) {
		t.Fatalf("bad official: %d", status)
	}
	for _, o := range [][2]string{{"Ахметов Серик", "deputy"}, {"Иванова Мария", "deputy_akim"}} {
		if status, _ := post(t, c, u+"/staff/officials", url.Values{"csrf": {csrf("/staff/officials")}, "name": {o[0]},
			"role": {o[1]}, "post": {"депутат областного маслихата"}, "territory": {"350000000"}, "since": {"2023-03-19"}}); status != 303 {
			t.Fatalf("add %s: %d", o[0], status)
		}
	}
	_, body = get(t, c, u+"/staff/receptions")
	officialID := regexp.MustCompile(`<option value="([0-9a-f-]{36})"[^>]*>Ахметов Серик`).FindStringSubmatch(body)
	if officialID == nil {
		t.Fatalf("the plan form does not offer the official:\n%s", body)
	}

	// Plan: an end before the start is named at its field; then planned.
	form := url.Values{"csrf": {csrf("/staff/receptions")}, "official": {officialID[1]}, "office": {e.office.Code},
		"starts": {"2026-03-10T10:00"}, "ends": {"2026-03-10T09:00"}, "format": {"in_person"}, "topic": {"Жильё"}}
	if status, body := post(t, c, u+"/staff/receptions", form); status != 422 || !strings.Contains(body, `id="ends-err"`) {
		t.Fatalf("reception ending before it starts: %d", status)
	}
	form.Set("ends", "2026-03-10T12:00")
	res, err := c.PostForm(u+"/staff/receptions", form)
	if err != nil || res.StatusCode != 303 {
		t.Fatalf("plan: %v %v", res.StatusCode, err)
	}
	page := res.Header.Get("Location")
	res.Body.Close()

	// The public schedule, in Kazakh.
	citizen := browser(t)
	get(t, citizen, u+"/lang/kk?back=/")
	if status, body := get(t, citizen, u+"/receptions?territory=350000000"); status != 200 ||
		!strings.Contains(body, "Ахметов Серик") || !strings.Contains(body, "10.03.2026, 10:00") || !strings.Contains(body, "Бетпе-бет") {
		t.Fatalf("the schedule in Kazakh: %d\n%s", status, body)
	}
	if _, body := get(t, citizen, u+"/receptions?territory=350000000&office="+e.office.Code); !strings.Contains(body, "Ахметов Серик") {
		t.Error("the office's schedule lacks its reception")
	}
	if _, body := get(t, citizen, u+"/receptions?territory=350000000&office=NOPE"); !strings.Contains(body, `id="office-err"`) {
		t.Error("an unknown office is not named at its field")
	}
	if status, body := get(t, citizen, u+"/receptions?territory=35"); status != 200 || !strings.Contains(body, `id="territory-err"`) {
		t.Errorf("a bad territory on the schedule is not named at its field: %d", status)
	}
	if status, _ := get(t, e.signIn("wko_op"), u+page); status != 404 {
		t.Errorf("another oblast's operator opens the reception: %d", status)
	}

	// Before it begins there is no visitor's form; on the day there is.
	if _, body := get(t, c, u+page); strings.Contains(body, "?do=visitor") {
		t.Error("a visitor's form before the reception")
	}
	e.clock.Set(storetest.At("2026-03-10").Add(time.Hour))
	c = e.signIn("aigerim") // a week later: the session has expired
	visitor := url.Values{"csrf": {csrf(page)}, "name": {"Айгерим Нурланова"}, "territory": {"350000000"}, "category": {"housing"},
		"text": {"Нет"}}
	if status, body := post(t, c, u+page+"?do=visitor", visitor); status != 422 || !strings.Contains(body, `id="text-err"`) {
		t.Fatalf("a visitor's appeal too short: %d", status)
	}
	visitor.Set("text", "Третью неделю нет горячей воды во всём доме.")
	if status, _ := post(t, c, u+page+"?do=visitor", visitor); status != 303 {
		t.Fatalf("a visitor's appeal: %d", status)
	}
	if status, body := post(t, c, u+page+"?do=hold", url.Values{"csrf": {csrf(page)}, "consulted": {"много"}}); status != 422 ||
		!strings.Contains(body, `id="consulted-err"`) {
		t.Fatalf("hold with a word for a number: %d", status)
	}
	if status, _ := post(t, c, u+page+"?do=hold", url.Values{"csrf": {csrf(page)}, "consulted": {"3"}}); status != 303 {
		t.Fatalf("hold: %d", status)
	}
	_, body = get(t, c, u+page)
	for _, want := range []string{"Проведён", "получили ответ на месте: 3, обращений: 1", "Зарегистрировано обращение посетителя"} {
		if !strings.Contains(body, want) {
			t.Errorf("the reception's page lacks %q", want)
		}
	}

	// The report of the first quarter names the deputy akim who held none.
	_, body = get(t, c, u+"/staff/receptions/report?from=2026-01-01&to=2026-03-31")
	none := body[strings.Index(body, "Не провели ни одного приёма за период"):]
	if !strings.Contains(none, "Иванова Мария") || strings.Contains(none, "Ахметов Серик") {
		t.Errorf("the report's list of those who held none:\n%s", none)
	}
	if status, body := get(t, c, u+"/staff/receptions/report?from=2026-04-01&to=2026-01-01"); status != 422 || !strings.Contains(body, `id="to-err"`) {
		t.Errorf("a backwards period: %d", status)
	}
	if status, _ := get(t, c, u+"/staff/receptions/report?territory=270000000"); status != 403 {
		t.Errorf("another oblast's report: %d", status)
	}
}
