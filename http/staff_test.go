package http_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
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
	if res.StatusCode != 303 || res.Header.Get("Location") != "/staff/signin?back=/staff" {
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
	signIn := func(login string) *http.Client {
		c := browser(t)
		_, body := get(t, c, e.srv.URL+"/staff/signin")
		post(t, c, e.srv.URL+"/staff/signin", url.Values{"csrf": {csrfField.FindStringSubmatch(body)[1]}, "login": {login}, "password": {"correct horse battery"}})
		return c
	}
	form := url.Values{"channel": {"letter"}, "received_at": {"2026-02-27"}, "name": {"Гульнар Ахметова"}, "phone": {"8 701 000 11 22"},
		"territory": {"350000000"}, "category": {"social"}, "text": {"Прошу восстановить выплату пособия по инвалидности."}}
	c := signIn("aigerim")
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
	cc := signIn("council")
	_, body = get(t, cc, e.srv.URL+"/staff/register")
	form.Set("csrf", csrfField.FindStringSubmatch(body)[1])
	if status, _ := post(t, cc, e.srv.URL+"/staff/register", form); status != 403 {
		t.Fatalf("a council member registers: %d", status)
	}
}
