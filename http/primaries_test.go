package http_test

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store/storetest"
)

// primaryEnv is a server with a Karaganda district, an organisation in
// it and storetest.PrimaryPeople as its members, on 20 January 2023,
// before the maslikhat elections of 19 March.
type primaryEnv struct {
	*env
	ids  []string
	iins []string
	gone string // a member who left the party
}

func newPrimaryEnv(t *testing.T) *primaryEnv {
	t.Helper()
	e := &primaryEnv{env: newEnv(t)}
	e.clock.Set(storetest.At("2023-01-20"))
	if _, err := e.db.ImportTerritories(storetest.System(), []*senim.Territory{{Code: "351600000", NameRU: "Абайский район", NameKK: "Абай ауданы", NameEN: "Abay district"}}); err != nil {
		t.Fatal(err)
	}
	o := storetest.NewOrg(t, e.db, "351600000", "35-0001")
	e.ids = storetest.NewPrimaryPeople(t, e.db, o)
	for i, p := range storetest.PrimaryPeople {
		e.iins = append(e.iins, storetest.IIN(t, p.Birth, p.Sex, 500+10*i))
	}
	gone := storetest.NewMember(t, e.db, o, storetest.IIN(t, "1980-01-01", senim.Male, 700), "2020-01-01")
	if _, err := e.db.LeaveMember(storetest.System(), gone.ID, senim.Departure{On: "2023-01-10", Reason: "own_wish"}); err != nil {
		t.Fatal(err)
	}
	e.gone = gone.ID
	return e
}

// noIIN fails the test if a body shows any member's IIN.
func (e *primaryEnv) noIIN(t *testing.T, what, body string) {
	t.Helper()
	for _, iin := range e.iins {
		if strings.Contains(body, iin) {
			t.Fatalf("%s shows an IIN", what)
		}
	}
}

// list builds the JSON of a list's candidates from indexes of the people.
func (e *primaryEnv) list(idx []int, disabled ...int) string {
	var parts []string
	for i, n := range idx {
		dis := false
		for _, d := range disabled {
			dis = dis || d == i
		}
		parts = append(parts, fmt.Sprintf(`{"member":%q,"disability":%v}`, e.ids[n], dis))
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func TestPrimariesOverAPI(t *testing.T) {
	e := newPrimaryEnv(t)
	branch := bearer(e.key(senim.RoleBranch, "350000000"))
	auditor := bearer(e.key(senim.RoleAuditor, "350000000"))
	central := bearer(e.key(senim.RoleCentral, senim.CountryKATO))
	operator := bearer(e.keyKar)

	// A primary: bad input named at its fields, in the caller's language.
	r := e.do("POST", "/api/v1/primaries", `{"title":{"ru":""},"territory":"350000000","election_kind":"district","opens":"2023-02-05","closes":"2023-01-15"}`, branch, "Accept-Language: kk")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "title.ru territory closes" || !strings.Contains(string(r.body), "Аумақ сайлауға сәйкес келмейді") {
		t.Fatalf("bad primary: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/primaries", `{"title":{"ru":"П"},"territory":"351600000"`, branch); r.status != 400 {
		t.Fatalf("broken JSON: %d", r.status)
	}
	body := `{"title":{"ru":"Праймериз в маслихат Абайского района"},"territory":"351600000","election_kind":"district","opens":"2023-01-15","closes":"2023-02-05"}`
	if r := e.do("POST", "/api/v1/primaries", body, operator); r.status != 403 {
		t.Fatalf("operator's primary: %d", r.status)
	}
	r = e.do("POST", "/api/v1/primaries", body, branch)
	var pr struct {
		ID         string `json:"id"`
		Status     string `json:"status"`
		Votes      int    `json:"votes"`
		Added      *int   `json:"reserve_added"`
		Candidates []struct {
			Member string  `json:"member"`
			Name   string  `json:"name"`
			Votes  int     `json:"votes"`
			Share  float64 `json:"share"`
			Place  int     `json:"place"`
			Age    int     `json:"age"`
		} `json:"candidates"`
	}
	r.json(t, &pr)
	if r.status != 201 || pr.Status != "open" {
		t.Fatalf("primary: %d %s", r.status, r.body)
	}
	at := "/api/v1/primaries/" + pr.ID

	// Candidates and votes.
	r = e.do("POST", at+"/candidates", fmt.Sprintf(`{"members":[%q,%q]}`, e.gone, e.ids[0]), branch, "Accept-Language: ru")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "members[0]" || !strings.Contains(string(r.body), "выбыл из партии") {
		t.Fatalf("a member who left stands: %d %s", r.status, r.body)
	}
	quoted := make([]string, len(e.ids))
	for i, id := range e.ids {
		quoted[i] = fmt.Sprintf("%q", id)
	}
	if r := e.do("POST", at+"/candidates", `{"members":[`+strings.Join(quoted, ",")+`]}`, branch); r.status != 200 {
		t.Fatalf("candidates: %d %s", r.status, r.body)
	}
	r = e.do("POST", at+"/votes", fmt.Sprintf(`{"votes":[{"member":%q,"votes":-5}]}`, e.ids[0]), branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "votes[0].votes" {
		t.Fatalf("negative votes: %d %s", r.status, r.body)
	}
	counts := []int{420, 77, 390, 120, 120, 300, 45, 210, 15, 0, 60, 150}
	var votes []string
	for i, n := range counts {
		votes = append(votes, fmt.Sprintf(`{"member":%q,"votes":%d}`, e.ids[i], n))
	}
	if r := e.do("POST", at+"/votes", `{"votes":[`+strings.Join(votes, ",")+`]}`, branch); r.status != 200 {
		t.Fatalf("votes: %d %s", r.status, r.body)
	}
	// Open: nobody's business but staff's.
	if r := e.do("GET", at, ""); r.status != 404 {
		t.Fatalf("the public reads an open primary: %d", r.status)
	}
	r = e.do("GET", at, "", auditor)
	r.json(t, &pr)
	if r.status != 200 || pr.Votes != 1907 || pr.Candidates[0].Name != "Ахметова Гульнара" || pr.Candidates[0].Share != 22 || pr.Candidates[0].Member == "" {
		t.Fatalf("the auditor's primary: %d %s", r.status, r.body)
	}
	e.noIIN(t, "a primary", string(r.body))

	// Closing: the first three join the reserve.
	if r := e.do("POST", at+"/close", `{"reserve":-1}`, branch); r.status != 422 {
		t.Fatalf("a negative reserve: %d", r.status)
	}
	r = e.do("POST", at+"/close", `{"reserve":3}`, branch)
	r.json(t, &pr)
	if r.status != 200 || pr.Status != "closed" || pr.Added == nil || *pr.Added != 3 {
		t.Fatalf("close: %d %s", r.status, r.body)
	}
	if r := e.do("POST", at+"/close", "", branch); r.status != 409 {
		t.Fatalf("close twice: %d %s", r.status, r.body)
	}
	// Closed: the public reads the places and votes, not who stood.
	r = e.do("GET", at, "")
	pr.Candidates = nil
	r.json(t, &pr)
	if r.status != 200 || pr.Candidates[0].Name != "" || pr.Candidates[0].Votes == 0 || pr.Candidates[0].Member != "" || pr.Candidates[0].Age != 0 ||
		strings.Contains(string(r.body), "Ахметова") ||
		strings.Contains(string(r.body), `"actor"`) {
		t.Fatalf("the public's primary: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/primaries?status=open", ""); string(r.body) != "[]\n" {
		t.Fatalf("the public's open primaries: %s", r.body)
	}
	if r := e.do("GET", "/api/v1/primaries?status=shut&election_kind=senate", "", branch); r.status != 422 || len(problemFields(t, r)) != 2 {
		t.Fatalf("a bad filter: %d %s", r.status, r.body)
	}

	// The reserve: staff only.
	var res struct {
		Entries []struct {
			ID, Name, Source, Primary string
		} `json:"entries"`
		Total int `json:"total"`
	}
	r = e.do("GET", "/api/v1/reserve?level=district", "", auditor)
	r.json(t, &res)
	if r.status != 200 || res.Total != 3 || res.Entries[0].Source != "primary" || res.Entries[0].Primary != pr.ID {
		t.Fatalf("reserve: %d %s", r.status, r.body)
	}
	e.noIIN(t, "the reserve", string(r.body))
	if r := e.do("GET", "/api/v1/reserve", ""); r.status != 401 {
		t.Fatalf("the public's reserve: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/reserve", "", operator); r.status != 403 {
		t.Fatalf("the operator's reserve: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/reserve?level=ministry&all=maybe", "", branch); r.status != 422 || len(problemFields(t, r)) != 2 {
		t.Fatalf("a bad reserve filter: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/reserve", fmt.Sprintf(`{"member":%q,"level":"district","territory":"350000000","source":"luck"}`, e.gone), branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "territory source member" {
		t.Fatalf("bad reserve entry: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/reserve", fmt.Sprintf(`{"member":%q,"level":"oblast","territory":"350000000","source":"competition","since":"2022-10-01"}`, e.ids[4]), branch)
	var entry struct{ ID, Name string }
	r.json(t, &entry)
	if r.status != 201 || entry.Name != "Омаров Асхат" {
		t.Fatalf("add to the reserve: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/reserve", fmt.Sprintf(`{"member":%q,"level":"oblast","territory":"350000000","source":"school"}`, e.ids[4]), branch); r.status != 409 {
		t.Fatalf("twice in the reserve: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/reserve/"+entry.ID+"/leave", `{"reason":"removed"}`, branch); r.status != 422 {
		t.Fatalf("removed without a note: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/reserve/"+entry.ID+"/leave", `{"reason":"elected","on":"2023-01-19"}`, branch); r.status != 200 || !strings.Contains(string(r.body), `"left":"2023-01-19"`) {
		t.Fatalf("leave: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/reserve/"+entry.ID+"/leave", `{"reason":"elected"}`, branch); r.status != 409 {
		t.Fatalf("leave twice: %d", r.status)
	}

	// A list that fails both quotas cannot be approved: the numbers say why.
	r = e.do("POST", "/api/v1/lists", `{"title":{"ru":"Список"},"territory":"351600000","election_kind":"district","election_day":"2023-03-19","candidates":`+
		e.list([]int{0, 2, 5, 6, 7, 8, 9, 3, 4, 10})+`}`, branch)
	var l struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Quotas struct {
			YouthAge int  `json:"youth_age"`
			Passed   bool `json:"passed"`
			Quotas   []struct {
				Quota    string `json:"quota"`
				Count    int    `json:"count"`
				MinCount int    `json:"min_count"`
				Passed   bool   `json:"passed"`
			} `json:"quotas"`
		} `json:"quotas"`
	}
	r.json(t, &l)
	if r.status != 201 || l.Quotas.Passed || l.Quotas.Quotas[0].Count != 2 || l.Quotas.Quotas[0].MinCount != 3 || l.Quotas.Quotas[1].Count != 1 {
		t.Fatalf("the failing list: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/lists/"+l.ID+"/approve", "", branch, "Accept-Language: en")
	p := r.problem(t)
	if r.status != 409 || p.Code != "conflict" || len(p.Errors) != 2 || p.Errors[0].Field != "quotas.list" || p.Errors[1].Field != "quotas.youth" ||
		!strings.Contains(p.Errors[0].Detail, "2 of 10") || !strings.Contains(p.Errors[1].Detail, "Young people (under 35): 1 of 10") {
		t.Fatalf("approve a failing list: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/lists/"+l.ID, ""); r.status != 404 {
		t.Fatalf("the public reads a draft: %d", r.status)
	}
	// The youth age changes the verdict.
	if r := e.do("PUT", "/api/v1/party/settings", `{"youth_age":40}`, central); r.status != 200 {
		t.Fatal(r.status)
	}
	e.do("GET", "/api/v1/lists/"+l.ID, "", auditor).json(t, &l)
	if !l.Quotas.Passed || l.Quotas.YouthAge != 40 {
		t.Fatalf("under 40: %+v", l.Quotas)
	}
	e.do("PUT", "/api/v1/party/settings", `{"youth_age":35}`, central)
	// Fixed, then approved.
	if r := e.do("PUT", "/api/v1/lists/"+l.ID+"/candidates", `{"candidates":`+e.list([]int{0, 0})+`}`, branch); r.status != 422 {
		t.Fatalf("a member twice: %d", r.status)
	}
	r = e.do("PUT", "/api/v1/lists/"+l.ID+"/candidates", `{"candidates":`+e.list([]int{0, 2, 5, 6, 7, 8, 11, 3, 4, 10}, 2)+`}`, branch)
	r.json(t, &l)
	if r.status != 200 || !l.Quotas.Passed {
		t.Fatalf("fixed: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/lists/"+l.ID+"/approve", "", auditor); r.status != 403 {
		t.Fatalf("the auditor approves: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/lists/"+l.ID+"/approve", "", branch); r.status != 200 || !strings.Contains(string(r.body), `"status":"approved"`) {
		t.Fatalf("approve: %d %s", r.status, r.body)
	}
	// The public: the approved list, candidates' names and places only.
	r = e.do("GET", "/api/v1/lists", "")
	if r.status != 200 || !strings.Contains(string(r.body), "Касенова Айдана") || strings.Contains(string(r.body), `"member"`) ||
		strings.Contains(string(r.body), `"disability"`) || strings.Contains(string(r.body), `"age"`) {
		t.Fatalf("the public's lists: %d %s", r.status, r.body)
	}
	e.noIIN(t, "the public's lists", string(r.body))
	// From the primary's results.
	r = e.do("POST", "/api/v1/lists", `{"title":{"ru":"По итогам"},"election_day":"2023-03-19","primary":"`+pr.ID+`","take":3}`, branch)
	if r.status != 201 || strings.Count(string(r.body), `"position"`) != 3 {
		t.Fatalf("a list from the primary: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/lists", `{"title":{"ru":"Оба"},"election_day":"2023-03-19","primary":"`+pr.ID+`","candidates":`+e.list([]int{0})+`}`, branch); r.status != 422 {
		t.Fatalf("both sources: %d", r.status)
	}
}

// TestPrimaryPages: a branch's staff announce a primary, enter candidates
// and votes, close it with the winners joining the reserve, draw up a
// list that fails the quotas — the page says which, with the numbers, and
// refuses the approval at the top — fix it and approve it. An auditor
// reads the pages without their forms; an operator sees no reserve.
func TestPrimaryPages(t *testing.T) {
	e := newPrimaryEnv(t)
	u := e.srv.URL
	storetest.NewUser(t, e.db, "kar_branch", senim.RoleBranch, "350000000")
	storetest.NewUser(t, e.db, "kar_auditor", senim.RoleAuditor, "350000000")
	storetest.NewUser(t, e.db, "kar_operator", senim.RoleOperator, "350000000")
	c := e.signIn("kar_branch")
	get(t, c, u+"/lang/en?back=/")
	csrf := func(path string) string {
		t.Helper()
		status, body := get(t, c, u+path)
		m := csrfField.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("%s has no form: %d\n%s", path, status, body)
		}
		return m[1]
	}
	see := func(path string, want int) string {
		t.Helper()
		status, body := get(t, c, u+path)
		if status != want {
			t.Fatalf("GET %s: %d, want %d\n%s", path, status, want, body)
		}
		e.noIIN(t, path, body)
		return body
	}

	// Announce: a mistake named at its field, the form kept.
	form := url.Values{"do": {"primary"}, "title_ru": {"Праймериз в маслихат Абайского района"}, "election_kind": {"district"},
		"territory": {"350000000"}, "opens": {"2023-01-15"}, "closes": {"2023-02-05"}}
	form.Set("csrf", csrf("/staff/primaries"))
	if status, body := post(t, c, u+"/staff/primaries", form); status != 422 || !strings.Contains(body, `id="p-territory-err"`) ||
		!strings.Contains(body, `value="Праймериз в маслихат Абайского района"`) {
		t.Fatalf("a primary on an oblast: %d", status)
	}
	form.Set("territory", "351600000")
	res, err := c.PostForm(u+"/staff/primaries", form)
	if err != nil || res.StatusCode != 303 {
		t.Fatalf("announce: %v %v", res.StatusCode, err)
	}
	page := res.Header.Get("Location")
	res.Body.Close()

	// Candidates: found by name, chosen, added.
	body := see(page+"?find="+url.QueryEscape("Ахметова"), 200)
	if !strings.Contains(body, `value="`+e.ids[0]+`"`) {
		t.Fatalf("the search does not offer the member:\n%s", body)
	}
	add := url.Values{"csrf": {csrf(page)}, "do": {"add"}, "members": e.ids}
	if status, _ := post(t, c, u+page, add); status != 303 {
		t.Fatalf("add candidates: %d", status)
	}
	votes := url.Values{"csrf": {csrf(page)}, "do": {"votes"}}
	for i, n := range []int{420, 77, 390, 120, 120, 300, 45, 210, 15, 0, 60, 150} {
		votes.Set("votes_"+e.ids[i], fmt.Sprint(n))
	}
	votes.Set("votes_"+e.ids[1], "много")
	if status, body := post(t, c, u+page, votes); status != 422 || !strings.Contains(body, `id="votes_`+e.ids[1]+`-err"`) {
		t.Fatalf("votes that are not a number: %d", status)
	}
	votes.Set("votes_"+e.ids[1], "77")
	if status, _ := post(t, c, u+page, votes); status != 303 {
		t.Fatalf("votes: %d", status)
	}
	if status, _ := post(t, c, u+page, url.Values{"csrf": {csrf(page)}, "do": {"close"}, "reserve": {"3"}}); status != 303 {
		t.Fatalf("close: %d", status)
	}
	body = see(page+"?done=closed&added=3", 200)
	if !strings.Contains(body, "Joined the reserve: 3") || !strings.Contains(body, "Ахметова Гульнара") || !strings.Contains(body, "22.0%") {
		t.Fatalf("the closed primary's page:\n%s", body)
	}
	body = see("/staff/reserve", 200)
	if !strings.Contains(body, "Жунусов Елдос") || !strings.Contains(body, "Бекенов Ерлан") || strings.Contains(body, "Нургалиев Бауыржан") {
		t.Fatalf("the reserve's page:\n%s", body)
	}

	// A list from the results, then a list by hand that fails the quotas.
	res, err = c.PostForm(u+page, url.Values{"csrf": {csrf(page)}, "do": {"list"}, "title_ru": {"Список по итогам праймериз"}, "election_day": {"2023-03-19"}})
	if err != nil || res.StatusCode != 303 || !strings.HasPrefix(res.Header.Get("Location"), "/staff/lists/") {
		t.Fatalf("a list from the primary: %v %v", res.StatusCode, err)
	}
	res.Body.Close()
	r := e.do("POST", "/api/v1/lists", `{"title":{"ru":"Партийный список"},"territory":"351600000","election_kind":"district","election_day":"2023-03-19","candidates":`+
		e.list([]int{0, 2, 5, 6, 7, 8, 9, 3, 4, 10})+`}`, bearer(e.key(senim.RoleBranch, "350000000")))
	var l struct{ ID string }
	r.json(t, &l)
	lp := "/staff/lists/" + l.ID
	body = see(lp, 200)
	for _, want := range []string{
		"Women, youth and people with disabilities: 2 of 10 (20.0%), at least 3 needed — failed",
		"Youth under 35: 1 of 10 (10.0%), at least 2 needed — failed",
	} {
		if !strings.Contains(body, want) {
			t.Fatalf("the list's page lacks %q:\n%s", want, body)
		}
	}
	status, body := post(t, c, u+lp, url.Values{"csrf": {csrf(lp)}, "do": {"approve"}})
	refusal := regexp.MustCompile(`(?s)<div class="problem" role="alert" id="refusal">.*?</div>`).FindString(body)
	if status != 409 || !strings.Contains(refusal, "2 of 10") || !strings.Contains(refusal, "Young people (under 35): 1 of 10") ||
		strings.Index(body, `id="refusal"`) > strings.Index(body, "<h1>") {
		t.Fatalf("the refused approval: %d\n%s", status, body)
	}
	// Fixed on the page: the young woman in, the seventh out, a disability
	// marked for the third; renumbered; approved.
	fix := url.Values{"csrf": {csrf(lp)}, "do": {"save"}, "drop." + e.ids[9]: {"on"}, "dis." + e.ids[5]: {"on"}, "pos." + e.ids[10]: {"x"}}
	if status, body := post(t, c, u+lp, fix); status != 422 || !strings.Contains(body, `id="pos_`+e.ids[10]+`-err"`) {
		t.Fatalf("a bad place number: %d", status)
	}
	fix.Set("pos."+e.ids[10], "1")
	if status, _ := post(t, c, u+lp, fix); status != 303 {
		t.Fatalf("save: %d", status)
	}
	if status, _ := post(t, c, u+lp, url.Values{"csrf": {csrf(lp)}, "do": {"add"}, "members": {e.ids[11]}}); status != 303 {
		t.Fatalf("add: %d", status)
	}
	body = see(lp, 200)
	if !strings.Contains(body, "Women, youth and people with disabilities: 4 of 10 (40.0%), at least 3 needed — passed") ||
		!strings.Contains(body, "Youth under 35: 2 of 10 (20.0%), at least 2 needed — passed") ||
		strings.Index(body, "Садыков Аслан") > strings.Index(body, "Ахметова Гульнара") {
		t.Fatalf("the fixed list's page:\n%s", body)
	}
	if status, _ := post(t, c, u+lp, url.Values{"csrf": {csrf(lp)}, "do": {"approve"}}); status != 303 {
		t.Fatalf("approve: %d", status)
	}
	if body := see(lp, 200); !strings.Contains(body, "Approved") || strings.Contains(body, `value="approve"`) {
		t.Fatal("the approved list's page still offers to approve")
	}

	// The reserve's forms: find, choose, add; take out.
	body = see("/staff/reserve?find="+url.QueryEscape("Омаров"), 200)
	choose := regexp.MustCompile(`href="(/staff/reserve\?find=[^"]*member=` + e.ids[4] + `)#add"`).FindStringSubmatch(body)
	if choose == nil {
		t.Fatalf("the reserve's search does not offer the member:\n%s", body)
	}
	addForm := url.Values{"csrf": {csrf("/staff/reserve")}, "do": {"add"}, "member": {e.ids[4]}, "find": {"Омаров"}, "level": {"district"},
		"territory": {"350000000"}, "source": {"competition"}}
	if status, body := post(t, c, u+"/staff/reserve", addForm); status != 422 || !strings.Contains(body, `id="add-territory-err"`) {
		t.Fatalf("a level that does not fit: %d", status)
	}
	addForm.Set("level", "oblast")
	if status, _ := post(t, c, u+"/staff/reserve", addForm); status != 303 {
		t.Fatalf("add to the reserve: %d", status)
	}
	body = see("/staff/reserve?level=oblast", 200)
	leave := regexp.MustCompile(`href="/staff/reserve\?leave=([0-9a-f-]{36})#leave"`).FindStringSubmatch(body)
	if leave == nil || !strings.Contains(body, "Омаров Асхат") {
		t.Fatalf("the oblast's reserve:\n%s", body)
	}
	out := url.Values{"csrf": {csrf("/staff/reserve?leave=" + leave[1])}, "do": {"leave"}, "entry": {leave[1]}, "reason": {"removed"}}
	if status, body := post(t, c, u+"/staff/reserve", out); status != 422 || !strings.Contains(body, `id="leave_note-err"`) {
		t.Fatalf("removed without a note: %d", status)
	}
	out.Set("leave_note", "Решение бюро")
	if status, _ := post(t, c, u+"/staff/reserve", out); status != 303 {
		t.Fatalf("take out: %d", status)
	}

	// The auditor reads without forms; the operator sees no reserve.
	a := e.signIn("kar_auditor")
	for _, path := range []string{"/staff/reserve", "/staff/primaries", page, lp} {
		status, body := get(t, a, u+path)
		if status != 200 || strings.Contains(body, `name="do"`) {
			t.Errorf("the auditor's %s: %d", path, status)
		}
		e.noIIN(t, path, body)
	}
	o := e.signIn("kar_operator")
	if status, _ := get(t, o, u+"/staff/reserve"); status != 403 {
		t.Errorf("the operator's reserve: %d", status)
	}
	if status, body := get(t, o, u+lp); status != 200 || strings.Contains(body, `name="do"`) || !strings.Contains(body, "Касенова Айдана") {
		t.Errorf("the operator's list: %d", status)
	}
	anon := browser(t)
	if res, _ := anon.Get(u + "/staff/primaries"); res.StatusCode != 303 {
		t.Errorf("the primaries without a session: %d", res.StatusCode)
	}
}
