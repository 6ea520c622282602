package http_test

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// browser is a client with cookies that does not follow redirects.
func browser(t *testing.T) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func get(t *testing.T, c *http.Client, u string) (int, string) {
	t.Helper()
	res, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func post(t *testing.T, c *http.Client, u string, form url.Values) (int, string) {
	t.Helper()
	res, err := c.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func TestPortalPages(t *testing.T) {
	e := newEnv(t)
	e.submit(validAppeal)
	c := browser(t)
	status, body := get(t, c, e.srv.URL+"/")
	if status != 200 || !strings.Contains(body, "Уровень доверия") || !strings.Contains(body, `href="/t/350000000"`) {
		t.Fatalf("home: %d\n%s", status, body)
	}
	status, body = get(t, c, e.srv.URL+"/t/350000000")
	if status != 200 || !strings.Contains(body, "Карагандинская область") || !strings.Contains(body, "<title>март 2026: 1 / 0</title>") ||
		!strings.Contains(body, `<th scope="row">март 2026</th><td class="n">1</td>`) {
		t.Fatalf("territory page: %d", status)
	}
	if status, _ := get(t, c, e.srv.URL+"/t/999999999"); status != 404 {
		t.Fatalf("unknown territory: %d", status)
	}
	if status, _ := get(t, c, e.srv.URL+"/t/abc"); status != 404 {
		t.Fatalf("malformed territory: %d", status)
	}
	// The switcher remembers Kazakh in a cookie and goes back.
	res, err := c.Get(e.srv.URL + "/lang/kk?back=/t/350000000")
	if err != nil || res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/t/350000000" {
		t.Fatalf("switch language: %v %v", res, err)
	}
	if _, body := get(t, c, e.srv.URL+"/t/350000000"); !strings.Contains(body, "Қарағанды облысы") || !strings.Contains(body, `lang="kk"`) {
		t.Fatal("the page is not in Kazakh after switching")
	}
	// A page opened with ?lang= goes back without it, or the choice would
	// not show.
	res, _ = c.Get(e.srv.URL + "/lang/en?back=" + url.QueryEscape("/party?lang=ru&territory=350000000"))
	if loc := res.Header.Get("Location"); loc != "/party?territory=350000000" {
		t.Fatalf("back to %q", loc)
	}
	// A switcher link cannot send the visitor to another site.
	res, _ = c.Get(e.srv.URL + "/lang/en?back=//evil.example/")
	if loc := res.Header.Get("Location"); loc != "/" {
		t.Fatalf("open redirect to %q", loc)
	}
}

func TestPortalSubmitAndTrack(t *testing.T) {
	e := newEnv(t)
	c := browser(t)
	_, body := get(t, c, e.srv.URL+"/submit")
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no CSRF token in the form")
	}
	form := url.Values{"csrf": {m[1]}, "name": {"Ерлан Сапаров"}, "iin": {"900115400019"}, "phone": {"8 701 555 44 33"},
		"territory": {"350000000"}, "category": {"roads"}, "text": {"Яма на дороге к школе, дети ходят по проезжей части."}}
	// No consent: refused, what was typed is kept, and the other fields'
	// errors are shown at once.
	status, body := post(t, c, e.srv.URL+"/submit", form)
	if status != 422 || !strings.Contains(body, "Без согласия") || !strings.Contains(body, "Ерлан Сапаров") || !strings.Contains(body, `id="iin-err"`) {
		t.Fatalf("without consent: %d", status)
	}
	// A bad IIN is named next to its field.
	form.Set("consent", "1")
	status, body = post(t, c, e.srv.URL+"/submit", form)
	if status != 422 || !strings.Contains(body, `<p class="err" id="iin-err">Контрольная цифра ИИН не совпадает`) {
		t.Fatalf("bad IIN: %d", status)
	}
	form.Set("iin", "900115400018")
	status, body = post(t, c, e.srv.URL+"/submit", form)
	number := regexp.MustCompile(`T\d+-2026-\d{5}`).FindString(body)
	code := regexp.MustCompile(`class="code">([2-9A-Z]{10})<`).FindStringSubmatch(body)
	if status != 201 || number == "" || code == nil {
		t.Fatalf("submit: %d\n%s", status, body)
	}
	status, body = get(t, c, e.srv.URL+"/track?number="+number+"&code="+code[1])
	if status != 200 || !strings.Contains(body, "Зарегистрировано") || strings.Contains(body, "Сапаров") || strings.Contains(body, "Яма") {
		t.Fatalf("track: %d\n%s", status, body)
	}
	if status, _ := get(t, c, e.srv.URL+"/track?number="+number+"&code=WRONGWRONG"); status != 404 {
		t.Fatalf("wrong code: %d", status)
	}
	// A form posted without the visitor's token is refused and stores nothing.
	other := browser(t)
	if status, _ := post(t, other, e.srv.URL+"/submit", form); status != 400 {
		t.Fatalf("without CSRF: %d", status)
	}
}
