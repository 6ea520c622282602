package http_test

import (
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	senimhttp "github.com/senim-kz/senim/http"
	"github.com/senim-kz/senim/store/storetest"
)

func TestStaffPages(t *testing.T) {
	e := newEnv(t)
	storetest.NewUser(t, e.db, "aigerim", senim.RoleOperator, "350000000")
	kar := e.submit(validAppeal)
	wko := e.submit(strings.Replace(validAppeal, `"350000000"`, `"270000000"`, 1))
	c := browser(t)

	// Without a session the queue sends to sign-in, and back after it.
	res, _ := c.Get(e.srv.URL + "/staff")
	if res.StatusCode != 303 || res.Header.Get("Location") != "/staff/signin?back=%2Fstaff" {
		t.Fatalf("queue without a session: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
	_, body := get(t, c, e.srv.URL+"/staff/signin?back=/staff")
	token := csrfField.FindStringSubmatch(body)[1]
	status, body := post(t, c, e.srv.URL+"/staff/signin", url.Values{"csrf": {token}, "login": {"aigerim"}, "password": {"wrong password"}, "back": {"/staff"}})
	if status != 401 || !strings.Contains(body, "Неверный логин или пароль") {
		t.Fatalf("wrong password: %d", status)
	}
	res, err := c.PostForm(e.srv.URL+"/staff/signin", url.Values{"csrf": {token}, "login": {"aigerim"}, "password": {"correct horse battery"}, "back": {"/staff"}})
	if err != nil || res.StatusCode != 303 || res.Header.Get("Location") != "/staff" {
		t.Fatalf("sign in: %v %v", res, err)
	}
	status, body = get(t, c, e.srv.URL+"/staff")
	if status != 200 || !strings.Contains(body, kar.Number) || strings.Contains(body, wko.Number) {
		t.Fatalf("queue: %d, shows own %v, other oblast %v", status, strings.Contains(body, kar.Number), strings.Contains(body, wko.Number))
	}
	status, body = get(t, c, e.srv.URL+"/staff/appeals/"+kar.ID)
	if status != 200 || !strings.Contains(body, "900115400018") || !strings.Contains(body, "горячей воды") {
		t.Fatalf("own appeal: %d", status)
	}
	// The look was recorded, and the page says who looked and when.
	_, body = get(t, c, e.srv.URL+"/staff/appeals/"+kar.ID)
	if !strings.Contains(body, "Персональные данные просмотрены 2 раза") || !strings.Contains(body, "user:aigerim") {
		t.Fatal("the appeal's page does not list the looks at its personal data")
	}
	if status, _ := get(t, c, e.srv.URL+"/staff/appeals/"+wko.ID); status != 404 {
		t.Fatalf("another oblast's appeal: %d", status)
	}
	// Signing out needs the session's token, and ends the session.
	if status, _ := post(t, c, e.srv.URL+"/staff/signout", url.Values{"csrf": {"forged"}}); status != 400 {
		t.Fatalf("sign out without the token: %d", status)
	}
	token = csrfField.FindStringSubmatch(body)[1]
	if status, _ := post(t, c, e.srv.URL+"/staff/signout", url.Values{"csrf": {token}}); status != 303 {
		t.Fatalf("sign out: %d", status)
	}
	if res, _ := c.Get(e.srv.URL + "/staff"); res.StatusCode != 303 {
		t.Fatalf("queue after signing out: %d", res.StatusCode)
	}
}

// An operator moves an appeal through its whole life from its page.
func TestStaffActions(t *testing.T) {
	e := newEnv(t)
	storetest.NewUser(t, e.db, "aigerim", senim.RoleOperator, "350000000")
	a := e.submit(validAppeal)
	c := browser(t)
	_, body := get(t, c, e.srv.URL+"/staff/signin")
	post(t, c, e.srv.URL+"/staff/signin", url.Values{"csrf": {csrfField.FindStringSubmatch(body)[1]}, "login": {"aigerim"}, "password": {"correct horse battery"}})
	page := e.srv.URL + "/staff/appeals/" + a.ID
	act := func(want int, form url.Values) string {
		t.Helper()
		_, body := get(t, c, page)
		form.Set("csrf", csrfField.FindStringSubmatch(body)[1])
		status, body := post(t, c, page, form)
		if status != want {
			t.Fatalf("%s: %d, want %d\n%s", form.Get("action"), status, want, body)
		}
		return body
	}
	act(303, url.Values{"action": {"take"}})
	// A forward without its letter is refused, with the message on the page.
	body = act(422, url.Values{"action": {"forward"}, "body": {e.body.ID}, "letter_date": {"2026-03-02"}})
	if !strings.Contains(body, `id="action-problem"`) || !strings.Contains(body, "обязательно") {
		t.Fatalf("refused forward shows no message:\n%s", body)
	}
	act(303, url.Values{"action": {"forward"}, "body": {e.body.ID}, "letter_no": {"01-12/345"}, "letter_date": {"2026-03-02"}})
	// Closing before the answer is a conflict, shown on the page.
	act(409, url.Values{"action": {"close"}, "outcome": {"solved"}})
	act(303, url.Values{"action": {"answer"}, "text": {"Вода подана."}})
	act(303, url.Values{"action": {"close"}, "outcome": {"solved"}})
	_, body = get(t, c, page)
	for _, want := range []string{"Закрыто", "Решено положительно", "01-12/345", "Вода подана."} {
		if !strings.Contains(body, want) {
			t.Errorf("the appeal's page lacks %q", want)
		}
	}
	// A posted action without the session's token changes nothing.
	if status, _ := post(t, c, page, url.Values{"action": {"reopen"}, "text": {"x"}}); status != 400 {
		t.Fatalf("action without the token: %d", status)
	}
}

// An operator registers a letter with the day it arrived; a council member
// may not register at all.
func TestStaffRegister(t *testing.T) {
	e := newEnv(t)
	storetest.NewUser(t, e.db, "aigerim", senim.RoleOperator, "350000000")
	storetest.NewUser(t, e.db, "council", senim.RoleCouncil, "350000000")
	form := url.Values{"channel": {"letter"}, "received_at": {"2026-02-27"}, "name": {"Гульнар Ахметова"}, "phone": {"8 701 000 11 22"},
		"territory": {"350000000"}, "category": {"social"}, "text": {"Прошу восстановить выплату пособия по инвалидности."}}
	c := e.signIn("aigerim")
	_, body := get(t, c, e.srv.URL+"/staff/register")
	form.Set("csrf", csrfField.FindStringSubmatch(body)[1])
	bad := url.Values{}
	for k, v := range form {
		bad[k] = v
	}
	bad.Set("received_at", "2026-03-09") // after today
	if status, body := post(t, c, e.srv.URL+"/staff/register", bad); status != 422 || !strings.Contains(body, `id="received_at-err"`) {
		t.Fatalf("a date in the future: %d", status)
	}
	res, err := c.PostForm(e.srv.URL+"/staff/register", form)
	if err != nil || res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/staff/appeals/") {
		t.Fatalf("register: %v %v", res, err)
	}
	_, body = get(t, c, e.srv.URL+res.Header.Get("Location"))
	if !strings.Contains(body, "27.02.2026") || !strings.Contains(body, "Гульнар Ахметова") {
		t.Fatal("the registered letter's page lacks its date or applicant")
	}
	cc := e.signIn("council")
	_, body = get(t, cc, e.srv.URL+"/staff/register")
	form.Set("csrf", csrfField.FindStringSubmatch(body)[1])
	if status, _ := post(t, cc, e.srv.URL+"/staff/register", form); status != 403 {
		t.Fatalf("a council member registers: %d", status)
	}
}

// signIn returns a client signed in as the user made by storetest.NewUser.
func (e *env) signIn(login string) *http.Client {
	e.t.Helper()
	c := browser(e.t)
	_, body := get(e.t, c, e.srv.URL+"/staff/signin")
	status, _ := post(e.t, c, e.srv.URL+"/staff/signin", url.Values{"csrf": {csrfField.FindStringSubmatch(body)[1]}, "login": {login}, "password": {"correct horse battery"}})
	if status != 303 {
		e.t.Fatalf("sign in as %s: %d", login, status)
	}
	return c
}

// Every role, bound to Karaganda oblast, against every staff page: nothing
// of West Kazakhstan is shown, listed, exported or changed; only those who
// handle appeals change or register them and see personal data unmasked,
// and each such look is recorded.
func TestEveryRoleOnEveryStaffPage(t *testing.T) {
	e := newEnv(t)
	own := e.submit(validAppeal)
	other := e.submit(strings.Replace(validAppeal, `"350000000"`, `"270000000"`, 1))
	u := e.srv.URL
	// Programmes and councils of both oblasts, an issue under control in each.
	ownProg := storetest.NewProgramme(t, e.db, "350000000", e.body)
	otherProg := storetest.NewProgramme(t, e.db, "270000000", storetest.NewBody(t, e.db, "270000000"))
	ownInd, otherInd := ownProg.Directions[0].Indicators[0], otherProg.Directions[0].Indicators[0]
	council := func(k senim.KATO) (*senim.Council, *senim.Issue) {
		ctx := storetest.Staff(senim.RoleCouncil, k)
		c, err := e.db.CreateCouncil(ctx, senim.CouncilInput{Territory: string(k), Name: senim.Names{RU: "Совет " + string(k)}, Created: "2026-01-15"})
		if err != nil {
			t.Fatal(err)
		}
		is, err := e.db.TakeIssue(ctx, c.ID, senim.IssueInput{Title: "Вопрос " + string(k), Owner: "Аким", Deadline: "2026-06-01"})
		if err != nil {
			t.Fatal(err)
		}
		return c, is
	}
	ownCouncil, ownIssue := council("350000000")
	otherCouncil, otherIssue := council("270000000")
	anon := browser(t)
	for _, path := range []string{"/staff", "/staff/appeals", "/staff/appeals.xlsx", "/staff/stats", "/staff/stats.xlsx", "/staff/register", "/staff/appeals/" + own.ID,
		"/staff/receptions", "/staff/officials", "/staff/receptions/report", "/staff/programmes", "/staff/programmes/" + ownProg.ID,
		"/staff/indicators/" + ownInd.ID, "/staff/councils", "/staff/councils/" + ownCouncil.ID, "/staff/issues/" + ownIssue.ID} {
		if res, err := anon.Get(u + path); err != nil || res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/staff/signin") {
			t.Errorf("%s without a session: %v %v", path, res.StatusCode, err)
		}
	}
	for _, role := range senim.Roles {
		if role == senim.RoleCentral {
			continue // bound to the whole country by definition: below
		}
		t.Run(string(role), func(t *testing.T) {
			login := "kar_" + string(role)
			storetest.NewUser(t, e.db, login, role, "350000000")
			c := e.signIn(login)
			handles := role == senim.RoleOperator || role == senim.RoleBranch
			page := func(path string, want int) string {
				t.Helper()
				status, body := get(t, c, u+path)
				if status != want {
					t.Fatalf("GET %s: %d, want %d", path, status, want)
				}
				if strings.Contains(body, other.Number) {
					t.Fatalf("GET %s shows the other oblast's appeal", path)
				}
				return body
			}
			sheet := func(path string, want int) [][]string {
				t.Helper()
				res, err := c.Get(u + path)
				if err != nil {
					t.Fatal(err)
				}
				defer res.Body.Close()
				if res.StatusCode != want {
					t.Fatalf("GET %s: %d, want %d", path, res.StatusCode, want)
				}
				if want != 200 {
					return nil
				}
				rows, err := exchange.ReadXLSX(res.Body)
				if err != nil {
					t.Fatalf("GET %s: %v", path, err)
				}
				for _, row := range rows {
					for _, cell := range row {
						if cell == other.Number || cell == "270000000" {
							t.Fatalf("GET %s exports the other oblast", path)
						}
					}
				}
				return rows
			}

			if body := page("/staff", 200); !strings.Contains(body, own.Number) {
				t.Error("the queue lacks the oblast's appeal")
			}
			if body := page("/staff/appeals", 200); !strings.Contains(body, own.Number) {
				t.Error("the list lacks the oblast's appeal")
			}
			page("/staff/appeals?territory=270000000", 403)
			if body := page("/staff/stats", 200); strings.Contains(body, "Западно-Казахстанская") || strings.Contains(body, "270000000") || !strings.Contains(body, "Карагандинская") {
				t.Error("the statistics are not those of the oblast")
			}
			page("/staff/stats?territory=270000000", 403)
			if rows := sheet("/staff/appeals.xlsx", 200); len(rows) != 2 || rows[1][0] != own.Number {
				t.Errorf("the export: %v", rows)
			}
			sheet("/staff/appeals.xlsx?territory=270000000", 403)
			sheet("/staff/stats.xlsx", 200)
			sheet("/staff/stats.xlsx?territory=270000000", 403)
			page("/staff/appeals/"+other.ID, 404)
			// Receptions: everyone reads those of the oblast; only those who
			// handle appeals get the forms to plan them and add officials.
			for path, form := range map[string]string{"/staff/receptions": `id="plan"`, "/staff/officials": `action="/staff/officials"`} {
				if body := page(path, 200); strings.Contains(body, form) != handles {
					t.Errorf("%s: the form shown to %s: %v", path, role, !handles)
				}
			}
			page("/staff/receptions/report", 200)
			page("/staff/receptions/report?territory=270000000", 403)

			// Programmes and councils: everyone reads those of the oblast and
			// nothing of another; the branch gets the programmes' forms, the
			// branch and council members the councils'.
			manages, runs := role == senim.RoleBranch, role == senim.RoleBranch || role == senim.RoleCouncil
			for _, p := range []struct {
				path, form string
				shown      bool
			}{
				{"/staff/programmes", `action="/staff/programmes"`, manages},
				{"/staff/programmes/" + ownProg.ID, "?do=direction", manages},
				{"/staff/indicators/" + ownInd.ID, `enctype="multipart/form-data"`, manages},
				{"/staff/councils", `action="/staff/councils"`, runs},
				{"/staff/councils/" + ownCouncil.ID, "?do=member", runs},
				{"/staff/issues/" + ownIssue.ID, `value="solve"`, runs},
			} {
				body := page(p.path, 200)
				if strings.Contains(body, p.form) != p.shown {
					t.Errorf("%s: the form shown to %s: %v", p.path, role, !p.shown)
				}
				if strings.Contains(body, otherProg.ID) || strings.Contains(body, otherCouncil.ID) || strings.Contains(body, "Вопрос 270000000") {
					t.Errorf("%s shows the other oblast's programme or council", p.path)
				}
			}
			for _, path := range []string{"/staff/programmes/" + otherProg.ID, "/staff/indicators/" + otherInd.ID, "/staff/councils/" + otherCouncil.ID,
				"/staff/issues/" + otherIssue.ID} {
				page(path, 404)
			}
			sent := csrfField.FindStringSubmatch(page("/staff/programmes", 200))[1]
			if status, _ := post(t, c, u+"/staff/programmes/"+otherProg.ID+"?do=direction", url.Values{"csrf": {sent}, "title_ru": {"Жильё"}}); status != 403 {
				t.Errorf("a direction added to the other oblast's programme: %d", status)
			}
			if status, _ := post(t, c, u+"/staff/issues/"+otherIssue.ID, url.Values{"csrf": {sent}, "action": {"note"}, "result": {"x"}}); status != 403 {
				t.Errorf("a note on the other oblast's issue: %d", status)
			}

			// Personal data: unmasked only for those who handle appeals, and
			// each unmasked look recorded.
			before, _ := e.db.PersonalDataViews(storetest.System(), own.ID)
			body := page("/staff/appeals/"+own.ID, 200)
			after, _ := e.db.PersonalDataViews(storetest.System(), own.ID)
			if unmasked := strings.Contains(body, "900115400018") || strings.Contains(body, "ул. Абая"); unmasked != handles {
				t.Errorf("personal data unmasked: %v", unmasked)
			}
			if recorded := len(after) == len(before)+1 && after[len(after)-1].Actor == "user:"+login; recorded != handles {
				t.Errorf("the look recorded: %v (%v)", recorded, after)
			}

			// Changes: another oblast's appeal is not there to change; one's
			// own only for those who handle appeals.
			token := csrfField.FindStringSubmatch(body)[1]
			if status, _ := post(t, c, u+"/staff/appeals/"+other.ID, url.Values{"csrf": {token}, "action": {"comment"}, "text": {"x"}}); status != 404 {
				t.Errorf("comment on the other oblast's appeal: %d", status)
			}
			status, _ := post(t, c, u+"/staff/appeals/"+own.ID, url.Values{"csrf": {token}, "action": {"comment"}, "text": {"Проверено " + login}})
			if want := map[bool]int{true: 303, false: 403}[handles]; status != want {
				t.Errorf("comment on the oblast's appeal: %d, want %d", status, want)
			}
			form := url.Values{"csrf": {token}, "channel": {"visit"}, "name": {"Гульнар Ахметова"}, "territory": {"270000000"}, "category": {"social"},
				"text": {"Прошу восстановить выплату пособия по инвалидности."}}
			if status, _ := post(t, c, u+"/staff/register", form); status != 403 {
				t.Errorf("register in the other oblast: %d", status)
			}
			page("/staff/register", map[bool]int{true: 200, false: 403}[handles])
		})
	}
	storetest.NewUser(t, e.db, "central", senim.RoleCentral, senim.CountryKATO)
	c := e.signIn("central")
	if _, body := get(t, c, u+"/staff/appeals"); !strings.Contains(body, own.Number) || !strings.Contains(body, other.Number) {
		t.Error("the central office's list lacks an oblast")
	}
	if status, body := get(t, c, u+"/staff/appeals/"+other.ID); status != 200 || !strings.Contains(body, "900115400018") {
		t.Errorf("the central office opens an appeal: %d", status)
	}
	if a, err := e.db.FindAppeal(storetest.System(), other.ID); err != nil || a.Version != 1 || len(a.Events) != 1 {
		t.Fatalf("the other oblast's appeal changed: %+v, %v", a, err)
	}
}

// The list filters and searches, names a bad filter next to its field, and
// exports what it shows; statistics name a bad month the same way.
func TestStaffListAndStats(t *testing.T) {
	e := newEnv(t)
	storetest.NewUser(t, e.db, "aigerim", senim.RoleOperator, "350000000")
	water := e.submit(validAppeal)
	roads := e.submit(strings.Replace(strings.Replace(validAppeal, "housing", "roads", 1), "Третью неделю нет горячей воды во всём доме.", "Яма на дороге у школы.", 1))
	c := e.signIn("aigerim")
	u := e.srv.URL
	status, body := get(t, c, u+"/staff/appeals?q="+url.QueryEscape("дороге"))
	if status != 200 || !strings.Contains(body, roads.Number) || strings.Contains(body, water.Number) {
		t.Fatalf("search: %d", status)
	}
	status, body = get(t, c, u+"/staff/appeals?category=housing&status=registered,in_work,forwarded&territory=&from=2026-03-01")
	if status != 200 || !strings.Contains(body, water.Number) || strings.Contains(body, roads.Number) {
		t.Fatalf("filters with an empty field: %d", status)
	}
	status, body = get(t, c, u+"/staff/appeals?from=01.03.2026&channel=pigeon")
	if status != 422 || !strings.Contains(body, `id="from-err"`) || !strings.Contains(body, "ГГГГ-ММ-ДД") || !strings.Contains(body, `id="channel-err"`) {
		t.Fatalf("bad filters: %d\n%s", status, body)
	}
	status, body = get(t, c, u+"/staff/appeals?to=2026-02-31")
	if status != 422 || !strings.Contains(body, `id="to-err"`) || !strings.Contains(body, "Исправьте отмеченные ниже поля") {
		t.Fatalf("one bad filter: %d\n%s", status, body)
	}

	// The page's own export link exports what the page shows.
	_, body = get(t, c, u+"/staff/appeals?category=roads")
	link := html.UnescapeString(regexp.MustCompile(`href="(/staff/appeals\.xlsx[^"]*)"`).FindStringSubmatch(body)[1])
	res, err := c.Get(u + link)
	if err != nil || res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Disposition"), ".xlsx") {
		t.Fatalf("export: %v %v", res, err)
	}
	rows, err := exchange.ReadXLSX(res.Body)
	res.Body.Close()
	if err != nil || len(rows) != 2 || rows[0][0] != "Номер обращения" || rows[1][0] != roads.Number || rows[1][1] != "02.03.2026" {
		t.Fatalf("exported rows of %s: %v, %v", link, rows, err)
	}

	// Past a page, "more" keeps the filters; an export past its limit is
	// cut and says so.
	for range 50 {
		e.submit(validAppeal)
	}
	_, body = get(t, c, u+"/staff/appeals?category=housing")
	next := html.UnescapeString(regexp.MustCompile(`href="(/staff/appeals\?[^"]*after=[^"]*)"`).FindStringSubmatch(body)[1])
	if _, body = get(t, c, u+next); strings.Count(body, `<tr`) != 2 || strings.Contains(body, roads.Number) || !strings.Contains(body, "Показано 1 обращение") {
		t.Fatalf("the second page of %s", next)
	}
	small := httptest.NewServer(senimhttp.NewServer(e.db, nil, senimhttp.Config{ExportRows: 3}))
	defer small.Close()
	res, err = c.Get(small.URL + "/staff/appeals.xlsx")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("export past the limit: %v %v", res, err)
	}
	rows, err = exchange.ReadXLSX(res.Body)
	res.Body.Close()
	if err != nil || len(rows) != 5 || !strings.Contains(rows[4][0], "только первые 3 обращения") {
		t.Fatalf("export past the limit: %v, %v", rows, err)
	}
	status, body = get(t, c, u+"/staff/stats?from=2026-01&to=2026-03")
	if status != 200 || !regexp.MustCompile(`Дороги и транспорт</a></th><td class="n">1</td>`).MatchString(body) || !strings.Contains(body, `class="bar"`) ||
		!strings.Contains(body, "/staff/appeals?category=roads") {
		t.Fatalf("statistics: %d", status)
	}
	status, body = get(t, c, u+"/staff/stats?from=2026-04&to=2026-03")
	if status != 422 || !strings.Contains(body, `id="to-err"`) {
		t.Fatalf("a period that ends before it starts: %d", status)
	}
}
