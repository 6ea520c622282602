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

// confParty is a Karaganda oblast branch with members in a district: a
// chair, three who go to the political council, and one of West
// Kazakhstan.
type confParty struct {
	branch, west                  *senim.Branch
	chair, a, b, c, stranger      *senim.Member
	chairIIN, aIIN, strangerPhone string
}

func newConfParty(t *testing.T, e *env) *confParty {
	t.Helper()
	if _, err := e.db.ImportTerritories(storetest.System(), []*senim.Territory{{Code: "351600000", NameRU: "Абайский район"},
		{Code: "273400000", NameRU: "Бурлинский район"}}); err != nil {
		t.Fatal(err)
	}
	p := &confParty{branch: storetest.NewBranch(t, e.db, senim.BranchOblast, "350000000", "Карагандинский областной филиал"),
		west: storetest.NewBranch(t, e.db, senim.BranchOblast, "270000000", "Западно-Казахстанский областной филиал")}
	o := storetest.NewOrg(t, e.db, "351600000", "35-0001")
	admit := func(name, birth string, sex senim.Sex, serial int, org string) (*senim.Member, string) {
		iin := storetest.IIN(t, birth, sex, serial)
		m, err := e.db.AdmitMember(storetest.System(), senim.MemberInput{IIN: iin, Name: name, Phone: fmt.Sprintf("8 701 555 00 %02d", serial%100), Org: org, Joined: "2015-01-01"})
		if err != nil {
			t.Fatal(err)
		}
		return m, iin
	}
	p.chair, p.chairIIN = admit("Сапаров Ерлан Маратович", "1970-04-02", senim.Male, 10, o.Code)
	p.a, p.aIIN = admit("Абенова Гульнар Сериковна", "1975-05-03", senim.Female, 20, o.Code)
	p.b, _ = admit("Бекова Алия Нурлановна", "1980-06-04", senim.Female, 30, o.Code)
	p.c, _ = admit("Васильев Игорь Петрович", "1985-07-05", senim.Male, 40, o.Code)
	wo := storetest.NewOrg(t, e.db, "273400000", "27-0001")
	p.stranger, _ = admit("Жумабаев Нурлан Ерикович", "1978-10-08", senim.Male, 70, wo.Code)
	p.strangerPhone = "+77015550070"
	return p
}

func TestConferencesOverAPI(t *testing.T) {
	e := newEnv(t)
	p := newConfParty(t, e)
	branch := bearer(e.key(senim.RoleBranch, "350000000"))
	auditor := bearer(e.key(senim.RoleAuditor, "350000000"))
	wkoBranch := bearer(e.key(senim.RoleBranch, "270000000"))
	operator := bearer(e.keyKar)

	// A meeting: every bad field at once, in the caller's language.
	r := e.do("POST", "/api/v1/meetings", `{"branch":"нет","kind":"congress","title":{},"date":"2026-03-03","place":"","delegates":10,"present":11}`, branch, "Accept-Language: kk")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "branch kind title.ru date place present" {
		t.Fatalf("bad meeting: %d %s", r.status, r.body)
	}
	good := fmt.Sprintf(`{"branch":%q,"kind":"conference","title":{"ru":"XXXV отчётно-выборная конференция","kk":"XXXV есептік-сайлау конференциясы"},
		"date":"2026-02-27","place":"онлайн","presiding":"Сапаров Е. М.","delegates":250,"present":231}`, p.branch.ID)
	if r := e.do("POST", "/api/v1/meetings", good, operator); r.status != 403 {
		t.Fatalf("operator's meeting: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/meetings", good, wkoBranch); r.status != 403 {
		t.Fatalf("another oblast's meeting: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/meetings", good); r.status != 401 {
		t.Fatalf("anonymous meeting: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/meetings", `{"branch":1}`, branch); r.status != 400 {
		t.Fatalf("a number for the branch: %d", r.status)
	}
	var list struct {
		Meetings []struct{ ID string } `json:"meetings"`
		Total    int                   `json:"total"`
	}
	e.do("GET", "/api/v1/meetings", "").json(t, &list)
	if list.Total != 0 {
		t.Fatalf("refused meetings stored: %+v", list)
	}
	r = e.do("POST", "/api/v1/meetings", good, branch)
	var m struct {
		ID     string `json:"id"`
		Quorum bool   `json:"quorum"`
	}
	r.json(t, &m)
	if r.status != 201 || !m.Quorum || r.header.Get("Location") != "/api/v1/meetings/"+m.ID {
		t.Fatalf("meeting: %d %s", r.status, r.body)
	}
	base := "/api/v1/meetings/" + m.ID
	for _, item := range []string{
		`{"title":{"ru":"Отчёт о работе филиала"},"kind":"report"}`,
		`{"title":{"ru":"Избрание членов политического совета"},"kind":"election","body":"political_council","seats":3}`,
		`{"title":{"ru":"Избрание председателя филиала"},"kind":"election","body":"chair"}`,
		`{"title":{"ru":"Об изменениях в положении"},"kind":"decision","qualified":true}`,
	} {
		if r := e.do("POST", base+"/items", item, branch); r.status != 201 {
			t.Fatalf("item: %d %s", r.status, r.body)
		}
	}
	r = e.do("POST", base+"/items", `{"title":{"ru":""},"kind":"decision","body":"chair","seats":-1}`, branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "title.ru body seats" {
		t.Fatalf("bad item: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/meetings/"+senim.NewID()+"/items", `{"title":{"ru":"Вопрос"},"kind":"report"}`, branch); r.status != 404 {
		t.Fatalf("no such meeting: %d", r.status)
	}

	// Votes: tallies that do not add up, an unknown item, a second record
	// without a reason.
	r = e.do("POST", base+"/items/1/vote", `{"for":200,"against":30,"abstained":5}`, branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "tally" {
		t.Fatalf("tally over those present: %d %s", r.status, r.body)
	}
	r = e.do("POST", base+"/items/1/vote", `{"for":-1,"against":1000}`, branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "for against" {
		t.Fatalf("counts out of range: %d %s", r.status, r.body)
	}
	for _, n := range []string{"9", "x", "0"} {
		if r := e.do("POST", base+"/items/"+n+"/vote", `{"for":200}`, branch); r.status != 404 {
			t.Fatalf("item %s: %d %s", n, r.status, r.body)
		}
	}
	if r := e.do("POST", base+"/items/1/vote", `{"for":229,"abstained":2}`, auditor); r.status != 403 {
		t.Fatalf("auditor's vote: %d", r.status)
	}
	if r := e.do("POST", base+"/items/1/vote", `{"for":229,"abstained":2}`, branch); r.status != 201 {
		t.Fatalf("vote: %d %s", r.status, r.body)
	}
	if r := e.do("POST", base+"/items/1/vote", `{"for":228,"abstained":3}`, branch); r.status != 409 {
		t.Fatalf("a second vote: %d %s", r.status, r.body)
	}
	r = e.do("POST", base+"/items/1/vote", `{"for":228,"abstained":3,"reason":"Ошибка счётной комиссии"}`, branch)
	var item struct {
		Vote struct {
			Seq    int    `json:"seq"`
			Result string `json:"result"`
		} `json:"vote"`
		Superseded []struct{ For int } `json:"superseded"`
	}
	r.json(t, &item)
	if r.status != 201 || item.Vote.Seq != 2 || len(item.Superseded) != 1 || item.Superseded[0].For != 229 {
		t.Fatalf("correction: %d %s", r.status, r.body)
	}
	r = e.do("POST", base+"/items/2/vote", fmt.Sprintf(`{"for":226,"against":1,"abstained":4,"elected":[{"member":%q},{"member":%q},{"member":%q}]}`,
		p.a.ID, p.b.ID, p.stranger.ID), branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "elected[2].member" {
		t.Fatalf("a member of another oblast elected: %d %s", r.status, r.body)
	}
	if r := e.do("POST", base+"/items/2/vote", fmt.Sprintf(`{"for":226,"against":1,"abstained":4,"elected":[{"member":%q},{"member":%q},{"member":%q,"votes":220}]}`,
		p.a.ID, p.b.ID, p.c.ID), branch); r.status != 201 {
		t.Fatalf("council: %d %s", r.status, r.body)
	}
	if r := e.do("POST", base+"/items/3/vote", fmt.Sprintf(`{"for":231,"elected":[{"member":%q}]}`, p.chair.ID), branch); r.status != 201 {
		t.Fatalf("chair: %d %s", r.status, r.body)
	}
	r = e.do("POST", base+"/items/4/vote", `{"for":153,"against":78}`, branch)
	r.json(t, &item)
	if r.status != 201 || item.Vote.Result != "failed" {
		t.Fatalf("153 of 231 for two-thirds: %d %s", r.status, r.body)
	}

	// Public: the chair named, the council counted, nobody's id or IIN.
	r = e.do("GET", base, "")
	body := string(r.body)
	if r.status != 200 || !strings.Contains(body, p.chair.Name) || strings.Contains(body, p.a.Name) || strings.Contains(body, p.a.ID) ||
		strings.Contains(body, p.chair.ID) || strings.Contains(body, p.chairIIN) || !strings.Contains(body, `"elected_count":3`) || strings.Contains(body, `"actor"`) {
		t.Fatalf("public meeting: %d %s", r.status, body)
	}
	r = e.do("GET", base, "", auditor)
	body = string(r.body)
	if r.status != 200 || !strings.Contains(body, p.a.Name) || !strings.Contains(body, p.a.ID) || strings.Contains(body, p.aIIN) {
		t.Fatalf("auditor's meeting: %d %s", r.status, body)
	}
	if r := e.do("GET", base, "", wkoBranch); strings.Contains(string(r.body), p.a.Name) {
		t.Fatalf("another oblast's branch sees the council's names: %s", r.body)
	}
	if r := e.do("GET", "/api/v1/meetings/"+senim.NewID(), ""); r.status != 404 {
		t.Fatalf("no such meeting: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/meetings?territory=350000000&kind=conference&from=2026-01-01&to=2026-03-02&limit=10", ""); r.status != 200 || !strings.Contains(string(r.body), m.ID) {
		t.Fatalf("list: %d %s", r.status, r.body)
	}
	r = e.do("GET", "/api/v1/meetings?territory=35&kind=congress&from=вчера&limit=0", "")
	if r.status != 422 || len(problemFields(t, r)) != 4 {
		t.Fatalf("bad filters: %d %s", r.status, r.body)
	}

	// Awards: staff only; bad input refused at every field, nothing stored.
	r = e.do("POST", "/api/v1/awards", `{"member":"","kind":"order","date":"2026-03-03","reason":" "}`, branch, "Accept-Language: en")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "member kind date reason decree" {
		t.Fatalf("bad award: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/awards", fmt.Sprintf(`{"member":%q,"kind":"medal","reason":"За работу","meeting":%q}`, p.stranger.ID, m.ID), branch)
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "member" {
		t.Fatalf("an award to another oblast's member: %d %s", r.status, r.body)
	}
	medal := fmt.Sprintf(`{"member":%q,"kind":"medal","date":"2026-03-01","reason":"За активную работу в общественной приёмной","meeting":%q}`, p.a.ID, m.ID)
	if r := e.do("POST", "/api/v1/awards", medal, operator); r.status != 403 {
		t.Fatalf("operator's award: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/awards", medal, branch); r.status != 201 || strings.Contains(string(r.body), p.aIIN) {
		t.Fatalf("award: %d %s", r.status, r.body)
	}
	var awards struct {
		Awards []struct{ Name, Kind, Meeting string } `json:"awards"`
		Total  int                                    `json:"total"`
	}
	e.do("GET", "/api/v1/awards?kind=medal&member="+p.a.ID, "", auditor).json(t, &awards)
	if awards.Total != 1 || awards.Awards[0].Name != p.a.Name || awards.Awards[0].Meeting != m.ID {
		t.Fatalf("awards: %+v", awards)
	}
	if r := e.do("GET", "/api/v1/awards", ""); r.status != 401 {
		t.Fatalf("public awards: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/awards", "", operator); r.status != 403 {
		t.Fatalf("operator's awards: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/awards?territory=350000000", "", wkoBranch); r.status != 403 {
		t.Fatalf("another oblast's awards: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/awards?kind=order&limit=501", "", branch); r.status != 422 {
		t.Fatalf("bad award filters: %d", r.status)
	}
}

var (
	memberBox = regexp.MustCompile(`name="elected" value="([^"]+)"`)
	newPage   = regexp.MustCompile(`^/staff/meetings/([0-9a-f-]{36})$`)
)

func TestConferencePages(t *testing.T) {
	e := newEnv(t)
	p := newConfParty(t, e)
	u := e.srv.URL
	storetest.NewUser(t, e.db, "kar_branch", senim.RoleBranch, "350000000")
	storetest.NewUser(t, e.db, "kar_auditor", senim.RoleAuditor, "350000000")
	storetest.NewUser(t, e.db, "kar_operator", senim.RoleOperator, "350000000")
	c := e.signIn("kar_branch")
	csrf := func(path string) string {
		t.Helper()
		status, body := get(t, c, u+path)
		if status != 200 {
			t.Fatalf("%s: %d", path, status)
		}
		return csrfField.FindStringSubmatch(body)[1]
	}

	// A meeting recorded from the form: bad fields shown where they are.
	token := csrf("/staff/meetings")
	form := url.Values{"csrf": {token}, "branch": {p.branch.ID}, "kind": {"conference"}, "title_ru": {"XXXV отчётно-выборная конференция"},
		"date": {"2026-02-27"}, "place": {"онлайн"}, "presiding": {"Сапаров Е. М."}, "delegates": {"250"}, "present": {"231"}}
	bad := url.Values{}
	for k, v := range form {
		bad[k] = v
	}
	bad.Set("title_ru", "")
	bad.Set("date", "2026-03-05")
	bad.Set("present", "двести")
	status, body := post(t, c, u+"/staff/meetings", bad)
	for _, want := range []string{`id="title_ru-err"`, `id="date-err"`, `id="present-err"`} {
		if status != 422 || !strings.Contains(body, want) {
			t.Fatalf("bad meeting form: %d, %q missing", status, want)
		}
	}
	bad.Set("title_ru", "Конференция")
	bad.Set("date", "2026-02-27")
	bad.Set("present", "251")
	if status, body := post(t, c, u+"/staff/meetings", bad); status != 422 || !strings.Contains(body, `id="present-err"`) {
		t.Fatalf("more present than delegates: %d", status)
	}
	res, err := c.PostForm(u+"/staff/meetings", form)
	if err != nil || res.StatusCode != 303 || !newPage.MatchString(res.Header.Get("Location")) {
		t.Fatalf("meeting form: %v %v", res.StatusCode, err)
	}
	page := res.Header.Get("Location")
	id := newPage.FindStringSubmatch(page)[1]

	// Agenda items.
	for _, it := range []url.Values{
		{"title_ru": {"Избрание членов политического совета"}, "kind": {"election"}, "body": {"political_council"}, "seats": {"3"}},
		{"title_ru": {"Избрание председателя филиала"}, "kind": {"election"}, "body": {"chair"}},
	} {
		it.Set("csrf", token)
		if status, _ := post(t, c, u+page+"?do=item", it); status != 303 {
			t.Fatalf("item form: %d", status)
		}
	}
	if status, body := post(t, c, u+page+"?do=item", url.Values{"csrf": {token}, "title_ru": {""}, "kind": {"election"}, "body": {"bureau"}, "seats": {"много"}}); status != 422 ||
		!strings.Contains(body, `id="it-title_ru-err"`) || !strings.Contains(body, `id="it-seats-err"`) {
		t.Fatalf("bad item form: %d", status)
	}

	// The vote on the council's election: find members, tick them, record.
	status, body = get(t, c, u+page+"?item=1")
	if status != 200 || !strings.Contains(body, `id="vote"`) {
		t.Fatalf("vote form: %d", status)
	}
	vote := url.Values{"csrf": {token}, "for": {"226"}, "against": {"1"}, "abstained": {"4"}, "q": {"бек"}, "find": {"1"}}
	status, body = post(t, c, u+page+"?do=vote&item=1", vote)
	if status != 200 || !strings.Contains(body, p.b.Name) || strings.Contains(body, p.a.Name) || !strings.Contains(body, `value="226"`) {
		t.Fatalf("find members: %d", status)
	}
	vote.Del("find")
	vote["elected"] = []string{memberBox.FindStringSubmatch(body)[1], p.a.ID, p.stranger.ID}
	vote.Set("name_"+p.a.ID, p.a.Name)
	status, body = post(t, c, u+page+"?do=vote&item=1", vote)
	if status != 422 || strings.Count(body, `class="err"`) != 1 || !strings.Contains(body, "checked") {
		t.Fatalf("a member of another oblast elected: %d", status)
	}
	vote["elected"] = []string{p.a.ID, p.b.ID}
	vote.Set("abstained", "40")
	if status, body := post(t, c, u+page+"?do=vote&item=1", vote); status != 422 || !strings.Contains(body, "(231)") {
		t.Fatalf("tallies over those present: %d", status)
	}
	vote.Set("abstained", "4")
	if status, _ := post(t, c, u+page+"?do=vote&item=1", vote); status != 303 {
		t.Fatalf("council's vote: %d", status)
	}
	if status, body := post(t, c, u+page+"?do=vote&item=1", vote); status != 409 || !strings.Contains(body, `id="vote"`) {
		t.Fatalf("a second vote: %d", status)
	}
	if status, _ := post(t, c, u+page+"?do=vote&item=2", url.Values{"csrf": {token}, "for": {"231"}, "elected": {p.chair.ID}}); status != 303 {
		t.Fatalf("chair's vote: %d", status)
	}
	// A correction's form starts from the record in force.
	if status, body := get(t, c, u+page+"?item=2"); status != 200 || !strings.Contains(body, `name="for" type="text" value="231"`) ||
		!strings.Contains(body, `value="`+p.chair.ID+`" checked`) || !strings.Contains(body, `name="reason"`) {
		t.Fatalf("correction form: %d", status)
	}
	status, body = get(t, c, u+page)
	for _, want := range []string{p.a.Name, p.b.Name, p.chair.Name, "226", "принято"} {
		if status != 200 || !strings.Contains(body, want) {
			t.Fatalf("staff meeting page lacks %q: %d", want, status)
		}
	}
	if strings.Contains(body, p.chairIIN) || strings.Contains(body, "+7701555") {
		t.Fatal("the staff meeting page shows an IIN or a phone")
	}

	// The public pages: the chair named, the council counted.
	anon := browser(t)
	status, body = get(t, anon, u+"/party/meetings/"+id)
	if status != 200 || !strings.Contains(body, p.chair.Name) || strings.Contains(body, p.a.Name) || strings.Contains(body, p.a.ID) || strings.Contains(body, "?do=vote") {
		t.Fatalf("public meeting page: %d", status)
	}
	if status, body := get(t, anon, u+"/party/meetings/"+id+"?lang=kk"); status != 200 || !strings.Contains(body, "Күн тәртібі") {
		t.Fatalf("public meeting page in Kazakh: %d", status)
	}
	if status, body := get(t, anon, u+"/party/meetings?territory=350000000"); status != 200 || !strings.Contains(body, "/party/meetings/"+id) {
		t.Fatalf("public meetings: %d", status)
	}
	if status, body := get(t, anon, u+"/party/meetings?territory=x"); status != 200 || !strings.Contains(body, `id="territory-err"`) {
		t.Fatalf("public meetings with a bad filter: %d", status)
	}
	if status, _ := get(t, anon, u+"/party/meetings/"+senim.NewID()); status != 404 {
		t.Fatalf("no such meeting: %d", status)
	}

	// Awards: find a member, grant; bad fields shown.
	status, body = get(t, c, u+"/staff/awards")
	if status != 200 || !strings.Contains(body, `name="reason"`) {
		t.Fatalf("awards page: %d", status)
	}
	status, body = post(t, c, u+"/staff/awards", url.Values{"csrf": {token}, "q": {"абен"}, "find": {"1"}})
	if status != 200 || !strings.Contains(body, p.a.Name) || !strings.Contains(body, `value="`+p.a.ID+`"`) {
		t.Fatalf("find a member to award: %d", status)
	}
	award := url.Values{"csrf": {token}, "member": {p.a.ID}, "name_" + p.a.ID: {p.a.Name}, "kind": {"medal"}, "date": {"2026-03-01"},
		"reason": {""}, "meeting": {id}}
	if status, body := post(t, c, u+"/staff/awards", award); status != 422 || !strings.Contains(body, `id="reason-err"`) || !strings.Contains(body, p.a.Name) {
		t.Fatalf("an award without a reason: %d", status)
	}
	award.Set("reason", "За активную работу в общественной приёмной")
	if status, _ := post(t, c, u+"/staff/awards", award); status != 303 {
		t.Fatalf("award: %d", status)
	}
	if status, body := get(t, c, u+"/staff/awards?done=1"); status != 200 || !strings.Contains(body, "За активную работу") || !strings.Contains(body, p.a.Name) {
		t.Fatalf("awards after granting: %d", status)
	}

	// The auditor reads without forms; the operator may not look.
	ac := e.signIn("kar_auditor")
	if status, body := get(t, ac, u+page); status != 200 || !strings.Contains(body, p.a.Name) || strings.Contains(body, "?do=item") {
		t.Fatalf("auditor's meeting page: %d", status)
	}
	if status, body := get(t, ac, u+"/staff/awards"); status != 200 || strings.Contains(body, `name="reason"`) {
		t.Fatalf("auditor's awards page: %d", status)
	}
	oc := e.signIn("kar_operator")
	for _, path := range []string{"/staff/meetings", page, "/staff/awards"} {
		if status, _ := get(t, oc, u+path); status != 403 {
			t.Errorf("operator's %s: %d", path, status)
		}
	}
	if res, err := browser(t).Get(u + "/staff/meetings"); err != nil || res.StatusCode != 303 {
		t.Fatalf("meetings without a session: %v", err)
	}
}
