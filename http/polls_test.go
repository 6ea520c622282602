package http_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	senimhttp "github.com/senim-kz/senim/http"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

// pollAnswer is a poll as the API writes it.
type pollAnswer struct {
	ID       string `json:"id"`
	Status   string `json:"status"`
	Total    int    `json:"total"`
	ClosedOn string `json:"closed_on"`
	Options  []struct {
		ID    int     `json:"id"`
		Votes int     `json:"votes"`
		Share float64 `json:"share"`
	} `json:"options"`
	Leaders []int `json:"leaders"`
}

func (p pollAnswer) votes() []int {
	var out []int
	for _, o := range p.Options {
		out = append(out, o.Votes)
	}
	return out
}

const validPoll = `{"question": {"ru": "Довольны ли вы качеством ремонта дорог?", "kk": "Жол жөндеу сапасына көңіліңіз толады ма?"},
	"options": [{"ru": "Да", "kk": "Иә"}, {"ru": "Нет", "kk": "Жоқ"}, {"ru": "Затрудняюсь ответить"}],
	"territory": "350000000", "opens": "2026-03-01", "closes": "2026-03-31"}`

func TestPollsOverAPI(t *testing.T) {
	e := newEnv(t)
	branch := bearer(e.key(senim.RoleBranch, "350000000"))
	wkoBranch := bearer(e.key(senim.RoleBranch, "270000000"))
	operator := bearer(e.keyKar)

	// Opening: every fault at its field, in the caller's language; staff of
	// the branches and the central office only, inside their territory.
	r := e.do("POST", "/api/v1/polls", `{"question": {"ru": ""}, "options": [{"ru": "Да"}, {"ru": " да "}], "territory": "35",
		"opens": "2026-13-01", "closes": ""}`, branch, "Accept-Language: kk")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "question.ru territory options[1].ru opens closes" {
		t.Fatalf("a bad poll: %d %s", r.status, r.body)
	}
	if !strings.Contains(string(r.body), i18n.T("kk", "poll.option_duplicate", nil)) {
		t.Errorf("the faults are not in Kazakh: %s", r.body)
	}
	r = e.do("POST", "/api/v1/polls", strings.Replace(validPoll, `"2026-03-01"`, `"2026-04-01"`, 1), branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "closes" {
		t.Fatalf("closing before opening: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/polls", `{"question": {"ru": "Вопрос"}, "options": [{"ru": "Да"}, {"ru": ""}], "territory": "351699999",
		"opens": "2026-03-01", "closes": "2026-03-02"}`, branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "options territory" {
		t.Fatalf("one answer, an unknown territory: %d %s", r.status, r.body)
	}
	for _, c := range []struct {
		who    []string
		status int
	}{{nil, 401}, {[]string{operator}, 403}, {[]string{wkoBranch}, 403}} {
		if r := e.do("POST", "/api/v1/polls", validPoll, c.who...); r.status != c.status {
			t.Fatalf("%v opens a poll: %d %s", c.who, r.status, r.body)
		}
	}
	var list struct {
		Polls []pollAnswer `json:"polls"`
		Total int          `json:"total"`
	}
	if e.do("GET", "/api/v1/polls", "").json(t, &list); list.Total != 0 {
		t.Fatalf("refused polls stored: %+v", list)
	}
	r = e.do("POST", "/api/v1/polls", validPoll, branch)
	var p pollAnswer
	r.json(t, &p)
	if r.status != 201 || r.header.Get("Location") != "/api/v1/polls/"+p.ID || p.Status != "open" || len(p.Options) != 3 || p.Total != 0 || len(p.Leaders) != 0 {
		t.Fatalf("open a poll: %d %s", r.status, r.body)
	}
	e.do("GET", "/api/v1/polls?territory=351600000&status=open", "").json(t, &list)
	if list.Total != 1 || list.Polls[0].ID != p.ID {
		t.Fatalf("the oblast's poll from a district: %+v", list)
	}
	if e.do("GET", "/api/v1/polls?territory=270000000", "").json(t, &list); list.Total != 0 {
		t.Fatalf("Karaganda's poll in West Kazakhstan: %+v", list)
	}
	if r := e.do("GET", "/api/v1/polls?status=finished&territory=35", ""); r.status != 422 || len(problemFields(t, r)) != 2 {
		t.Fatalf("bad filters: %d %s", r.status, r.body)
	}

	// Voting: public; one vote per IIN; the answer never shows the IIN.
	iin := storetest.IIN(t, "1985-04-12", senim.Female, 10)
	vote := func(body string, want int) pollAnswer {
		t.Helper()
		r := e.do("POST", "/api/v1/polls/"+p.ID+"/votes", body)
		if r.status != want || strings.Contains(string(r.body), iin) {
			t.Fatalf("vote %s: %d, want %d: %s", body, r.status, want, r.body)
		}
		var out pollAnswer
		if want == 201 {
			r.json(t, &out)
		}
		return out
	}
	if got := vote(fmt.Sprintf(`{"option": 2, "iin": %q}`, iin), 201); !slices.Equal(got.votes(), []int{0, 1, 0}) ||
		got.Options[1].Share != 100 || !slices.Equal(got.Leaders, []int{2}) {
		t.Fatalf("after a vote: %+v", got)
	}
	r = e.do("POST", "/api/v1/polls/"+p.ID+"/votes", fmt.Sprintf(`{"option": 1, "iin": %q}`, iin))
	if r.status != 409 || r.problem(t).Detail != i18n.T("ru", "poll.voted", nil) {
		t.Fatalf("a second vote: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/polls/"+p.ID+"/votes", `{"option": 9, "iin": "123456789012"}`); r.status != 422 ||
		strings.Join(problemFields(t, r), " ") != "option iin" {
		t.Fatalf("a bad vote: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/polls/"+p.ID+"/votes", fmt.Sprintf(`{"iin": %q}`, storetest.IIN(t, "1990-01-01", senim.Male, 5))); r.status != 422 ||
		strings.Join(problemFields(t, r), " ") != "option" {
		t.Fatalf("a vote without an answer: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/polls/"+p.ID+"/votes", `{"iin": "12"}`); r.status != 422 ||
		strings.Join(problemFields(t, r), " ") != "option iin" || r.problem(t).Errors[0].Key != "poll.choose" {
		t.Fatalf("a vote without an answer and a bad IIN: %d %s", r.status, r.body)
	}
	for _, body := range []string{fmt.Sprintf(`{"option": 1, "iin": %q}`, iin), `{"iin": ""}`} {
		if r := e.do("POST", "/api/v1/polls/"+senim.NewID()+"/votes", body); r.status != 404 {
			t.Fatalf("a vote in no poll: %d", r.status)
		}
	}
	vote(fmt.Sprintf(`{"option": 1, "iin": %q}`, storetest.IIN(t, "1990-01-01", senim.Male, 5)), 201)
	e.do("GET", "/api/v1/polls/"+p.ID, "").json(t, &p)
	if !slices.Equal(p.votes(), []int{1, 1, 0}) || p.Total != 2 || !slices.Equal(p.Leaders, []int{1, 2}) || p.Options[0].Share != 50 {
		t.Fatalf("results: %+v", p)
	}

	// Closing early: the poll's branch, once; then no vote.
	for _, who := range []string{operator, wkoBranch} {
		if r := e.do("POST", "/api/v1/polls/"+p.ID+"/close", "", who); r.status != 403 {
			t.Fatalf("closed by another: %d %s", r.status, r.body)
		}
	}
	r = e.do("POST", "/api/v1/polls/"+p.ID+"/close", "", branch)
	if r.json(t, &p); r.status != 200 || p.Status != "closed" || p.ClosedOn != "2026-03-02" || p.Total != 2 {
		t.Fatalf("close: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/polls/"+p.ID+"/close", "", branch); r.status != 409 {
		t.Fatalf("closed twice: %d", r.status)
	}
	vote(fmt.Sprintf(`{"option": 1, "iin": %q}`, storetest.IIN(t, "1970-01-01", senim.Male, 5)), 409)
	vote(`{"iin": "not an IIN"}`, 409) // closed comes first

	// Votes are rate-limited per address, staff's too: a script trying IIN
	// after IIN is slowed down.
	open := e.do("POST", "/api/v1/polls", strings.Replace(validPoll, "2026-03-31", "2026-04-30", 1), branch)
	open.json(t, &p)
	slow := httptest.NewServer(validating(t, senimhttp.NewServer(e.db, nil, senimhttp.Config{VotesPerMinute: 1, VoteBurst: 2})))
	defer slow.Close()
	codes := []int{}
	for i := range 3 {
		req, _ := http.NewRequest("POST", slow.URL+"/api/v1/polls/"+p.ID+"/votes",
			strings.NewReader(fmt.Sprintf(`{"option": 1, "iin": %q}`, storetest.IIN(t, "1960-05-05", senim.Female, 100*i))))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", branch[len("Authorization: "):])
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		codes = append(codes, res.StatusCode)
	}
	if !slices.Equal(codes, []int{201, 201, 429}) {
		t.Fatalf("rate limit: %v", codes)
	}
}

// pollEnv is a server on an SQLite file whose path the test knows, to read
// the tables behind the store's back.
func pollEnv(t *testing.T) (*env, string) {
	path := filepath.Join(t.TempDir(), "senim.db")
	db, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &env{t: t, db: db, clock: storetest.NewClock(db, storetest.At("2026-03-02"))}
	e.srv = httptest.NewServer(validating(t, senimhttp.NewServer(db, nil, senimhttp.Config{SubmitPerMinute: 6000, SubmitBurst: 1000})))
	t.Cleanup(e.srv.Close)
	return e, path
}

// resultRow finds an answer's row in a poll page's table: its votes and share.
func resultRow(t *testing.T, body, answer string) string {
	t.Helper()
	m := regexp.MustCompile(`<th scope="row">\d+\. ` + regexp.QuoteMeta(answer) + `(?: <small>[^<]*</small>)?</th><td class="n">([^<]*)</td><td class="n">([^<]*)</td>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no row of %q in the results", answer)
	}
	return m[1] + " / " + m[2]
}

// The poll pages: a branch opens a poll on its staff page, citizens vote
// through the form and see the results change, the branch closes it; the
// IIN typed is nowhere in the database.
func TestPollPages(t *testing.T) {
	e, path := pollEnv(t)
	u := e.srv.URL
	storetest.NewUser(t, e.db, "kar_branch", senim.RoleBranch, "350000000")
	storetest.NewUser(t, e.db, "kar_operator", senim.RoleOperator, "350000000")
	staff := e.signIn("kar_branch")

	// The staff page: a bad poll is shown again with each fault at its
	// field, and nothing is stored.
	status, body := get(t, staff, u+"/staff/polls")
	if status != 200 || !strings.Contains(body, `name="option_9_en"`) || !strings.Contains(body, `action="/staff/polls"`) {
		t.Fatalf("the staff page: %d\n%s", status, body)
	}
	csrf := csrfField.FindStringSubmatch(body)[1]
	form := url.Values{"csrf": {csrf}, "territory": {"350000000"}, "question_ru": {""}, "question_kk": {"Жол жөндеу сапасына көңіліңіз толады ма?"},
		"option_0_ru": {"Да"}, "option_3_ru": {"да"}, "opens": {"2026-03-10"}, "closes": {"2026-03-05"}}
	status, body = post(t, staff, u+"/staff/polls", form)
	for _, want := range []string{`id="question_ru-err"`, `id="option_3_ru-err"`, `id="closes-err"`,
		i18n.T("ru", "poll.option_duplicate", nil), `>Жол жөндеу сапасына көңіліңіз толады ма?</textarea>`, `name="option_3_ru" type="text" value="да"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the refused form lacks %q", want)
		}
	}
	if status != 422 {
		t.Fatalf("a bad poll: %d", status)
	}
	if ps, total, _ := e.db.FindPolls(storetest.System(), store.PollFilter{}); total != 0 {
		t.Fatalf("a refused poll stored: %v", ps)
	}
	form.Set("question_ru", "Довольны ли вы качеством ремонта дорог?")
	form.Set("option_3_ru", "")
	form.Set("option_1_ru", "Нет")
	form.Set("option_2_ru", "Затрудняюсь ответить")
	form.Set("opens", "2026-03-01")
	form.Set("closes", "2026-03-31")
	res, err := staff.PostForm(u+"/staff/polls", form)
	if err != nil || res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/staff/polls?done=created&poll=") {
		t.Fatalf("open a poll: %v %v", res, err)
	}
	id := strings.TrimPrefix(res.Header.Get("Location"), "/staff/polls?done=created&poll=")
	if _, body := get(t, staff, u+res.Header.Get("Location")); !strings.Contains(body, i18n.T("ru", "ui.polls.done.created", nil)) ||
		!strings.Contains(body, `action="/staff/polls/`+id+`/close"`) {
		t.Fatalf("the staff page after opening:\n%s", body)
	}
	operator := e.signIn("kar_operator")
	if _, body := get(t, operator, u+"/staff/polls"); strings.Contains(body, `action="/staff/polls"`) || !strings.Contains(body, "/polls/"+id) {
		t.Errorf("an operator is offered to open polls, or does not see them")
	}

	// The public list: by territory; a bad filter is marked, not fatal.
	if _, body := get(t, browser(t), u+"/polls"); !strings.Contains(body, `href="/polls/`+id+`"`) {
		t.Error("the list lacks the poll")
	}
	if _, body := get(t, browser(t), u+"/polls?territory=270000000"); strings.Contains(body, `href="/polls/`+id+`"`) {
		t.Error("Karaganda's poll listed for West Kazakhstan")
	}
	if status, body := get(t, browser(t), u+"/polls?status=finished"); status != 200 || !strings.Contains(body, `id="status-err"`) ||
		!strings.Contains(body, `href="/polls/`+id+`"`) {
		t.Errorf("a bad filter: %d", status)
	}

	// Voting through the form.
	iin := storetest.IIN(t, "1985-04-12", senim.Female, 10)
	citizen := browser(t)
	status, body = get(t, citizen, u+"/polls/"+id)
	if status != 200 || !strings.Contains(body, `name="iin"`) || !strings.Contains(body, i18n.T("ru", "ui.poll.consent", nil)) ||
		resultRow(t, body, "Нет") != "0 / 0,0\u00a0%" {
		t.Fatalf("the poll's page: %d\n%s", status, body)
	}
	csrf = csrfField.FindStringSubmatch(body)[1]
	status, body = post(t, citizen, u+"/polls/"+id, url.Values{"csrf": {csrf}, "iin": {"12345"}})
	if status != 422 || !strings.Contains(body, i18n.T("ru", "poll.choose", nil)) || !strings.Contains(body, `id="iin-err"`) {
		t.Fatalf("a vote without an answer and with a bad IIN: %d\n%s", status, body)
	}
	if status, _ := post(t, citizen, u+"/polls/"+id, url.Values{"option": {"2"}, "iin": {iin}}); status != 400 {
		t.Fatalf("a vote without the form's token: %d", status)
	}
	res, err = citizen.PostForm(u+"/polls/"+id, url.Values{"csrf": {csrf}, "option": {"2"}, "iin": {iin}})
	if err != nil || res.StatusCode != 303 || res.Header.Get("Location") != "/polls/"+id+"?voted=1#results" {
		t.Fatalf("vote: %v %v", res, err)
	}
	if c := res.Cookies(); len(c) != 1 || c[0].Value != "1" || c[0].Path != "/polls/"+id || !c[0].HttpOnly {
		t.Fatalf("the voted cookie: %+v", c)
	}
	_, body = get(t, citizen, u+"/polls/"+id+"?voted=1")
	if !strings.Contains(body, i18n.T("ru", "ui.poll.thanks", nil)) || strings.Contains(body, `name="iin"`) ||
		resultRow(t, body, "Нет") != "1 / 100,0\u00a0%" || !strings.Contains(body, "1 голос") || strings.Contains(body, iin) {
		t.Fatalf("the page after voting:\n%s", body)
	}
	_, body = get(t, citizen, u+"/polls/"+id)
	if !strings.Contains(body, i18n.T("ru", "ui.poll.voted", nil)) || strings.Contains(body, `name="iin"`) {
		t.Fatal("the page does not remember the vote")
	}
	if _, body := get(t, citizen, u+"/polls/"+id+"?another=1"); !strings.Contains(body, `name="iin"`) {
		t.Fatal("no form for someone else on the same device")
	}

	// Another browser, the same IIN: refused, counts unchanged; another
	// IIN: counted, the results change.
	other := browser(t)
	_, body = get(t, other, u+"/polls/"+id)
	csrf = csrfField.FindStringSubmatch(body)[1]
	status, body = post(t, other, u+"/polls/"+id, url.Values{"csrf": {csrf}, "option": {"1"}, "iin": {" " + iin + " "}})
	if status != 409 || !strings.Contains(body, i18n.T("ru", "poll.voted", nil)) || resultRow(t, body, "Да") != "0 / 0,0\u00a0%" {
		t.Fatalf("the same IIN from another browser: %d\n%s", status, body)
	}
	res, err = other.PostForm(u+"/polls/"+id, url.Values{"csrf": {csrf}, "option": {"1"}, "iin": {storetest.IIN(t, "1990-01-01", senim.Male, 5)}})
	if err != nil || res.StatusCode != 303 {
		t.Fatalf("another vote: %v %v", res, err)
	}
	_, body = get(t, other, u+"/polls/"+id)
	if resultRow(t, body, "Да") != "1 / 50,0\u00a0%" || resultRow(t, body, "Нет") != "1 / 50,0\u00a0%" || !strings.Contains(body, "2 голоса") ||
		!strings.Contains(body, `<svg viewBox="0 0 420 144"`) || strings.Count(body, `<rect class="lead"`) != 2 {
		t.Fatalf("the results after two votes:\n%s", body)
	}
	if _, body := get(t, other, u+"/polls/"+id+"?lang=kk"); !strings.Contains(body, "Жол жөндеу сапасына көңіліңіз толады ма?") || !strings.Contains(body, "2 дауыс") {
		t.Error("the page in Kazakh")
	}

	// Closing: the branch closes it, the page says so and takes no vote.
	_, body = get(t, staff, u+"/staff/polls")
	csrf = csrfField.FindStringSubmatch(body)[1]
	res, err = staff.PostForm(u+"/staff/polls/"+id+"/close", url.Values{"csrf": {csrf}})
	if err != nil || res.StatusCode != 303 {
		t.Fatalf("close: %v %v", res, err)
	}
	if status, body := post(t, staff, u+"/staff/polls/"+id+"/close", url.Values{"csrf": {csrf}}); status != 409 ||
		!strings.Contains(body, i18n.T("ru", "poll.closed_early", map[string]any{"closed": "2026-03-02"})) {
		t.Fatalf("closed twice: %d\n%s", status, body)
	}
	_, body = get(t, operator, u+"/staff/polls")
	if status, _ := post(t, operator, u+"/staff/polls/"+id+"/close", url.Values{"csrf": {csrfField.FindStringSubmatch(body)[1]}}); status != 403 {
		t.Fatalf("an operator closes a poll: %d", status)
	}
	third := browser(t)
	_, body = get(t, third, u+"/polls/"+id)
	if strings.Contains(body, `name="iin"`) || !strings.Contains(body, i18n.T("ru", "ui.poll.closed_note", nil)) {
		t.Fatal("the closed poll's page")
	}

	// The IIN typed went nowhere: no cell of any table holds it, nor do the
	// database's files.
	raw, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	tables, err := raw.Query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tables.Next() {
		var n string
		tables.Scan(&n)
		names = append(names, n)
	}
	tables.Close()
	if !slices.Contains(names, "poll_votes") {
		t.Fatalf("tables: %v", names)
	}
	votes, control := 0, false // control: the scan does read the cells
	for _, table := range names {
		rows, err := raw.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			if table == "poll_votes" {
				votes++
			}
			for i, v := range vals {
				s := fmt.Sprintf("%s", v)
				if strings.Contains(s, iin) {
					t.Errorf("the IIN is in %s.%s", table, cols[i])
				}
				control = control || table == "polls" && strings.Contains(s, "Довольны ли вы")
			}
		}
		rows.Close()
	}
	if votes != 2 || !control {
		t.Fatalf("%d votes stored, want 2; the question read: %v", votes, control)
	}
	for _, f := range []string{path, path + "-wal"} {
		if b, err := os.ReadFile(f); err == nil && bytes.Contains(b, []byte(iin)) {
			t.Errorf("the IIN is in %s", filepath.Base(f))
		}
	}
}
