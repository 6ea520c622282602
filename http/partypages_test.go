package http_test

import (
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store/storetest"
)

// The public membership page and the branch's members pages: admitting,
// a card that records the look, a departure, an import whose bad lines
// are listed and which stores nothing, the auditor's masked view.
func TestPartyPages(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.ImportTerritories(storetest.System(), []*senim.Territory{{Code: "351600000", NameRU: "Абайский район", NameKK: "Абай ауданы"}}); err != nil {
		t.Fatal(err)
	}
	storetest.NewOrg(t, e.db, "351600000", "35-0001")
	iin := storetest.IIN(t, "1999-04-02", senim.Female, 10)
	storetest.NewMember(t, e.db, mustOrg(t, e, "35-0001"), storetest.IIN(t, "1960-01-01", senim.Male, 10), "2015-06-01")
	storetest.NewUser(t, e.db, "branch", senim.RoleBranch, "350000000")
	storetest.NewUser(t, e.db, "audit", senim.RoleAuditor, "350000000")
	storetest.NewUser(t, e.db, "operator", senim.RoleOperator, "350000000")
	c := e.signIn("branch")
	u := e.srv.URL

	// Admit through the form: a bad one first, every fault at its field.
	_, body := get(t, c, u+"/staff/members")
	csrf := csrfField.FindStringSubmatch(body)[1]
	status, body := post(t, c, u+"/staff/members", url.Values{"csrf": {csrf}, "do": {"admit"}, "iin": {"123"}, "name": {""}, "organisation": {"35-0001"}})
	if status != 422 || !strings.Contains(body, `id="iin-err"`) || !strings.Contains(body, `id="name-err"`) {
		t.Fatalf("bad admission: %d", status)
	}
	res, err := c.PostForm(u+"/staff/members", url.Values{"csrf": {csrf}, "do": {"admit"}, "iin": {iin}, "name": {"Дана Серикова"},
		"organisation": {"35-0001"}, "joined": {"2026-02-01"}, "phone": {"+7 701 555 44 33"}, "youth_wing": {"on"}})
	if err != nil || res.StatusCode != 303 {
		t.Fatalf("admit: %v %v", res.StatusCode, err)
	}
	card := u + res.Header.Get("Location")
	_, body = get(t, c, card)
	for _, want := range []string{"Дана Серикова", iin, "+77015554433", "02.04.1999", "branch"} {
		if !strings.Contains(html.UnescapeString(body), want) {
			t.Errorf("the card lacks %q", want)
		}
	}
	// The list is masked; the auditor's card too; the operator may not look.
	_, body = get(t, c, u+"/staff/members")
	if strings.Contains(body, iin) || !strings.Contains(body, "Дана Серикова") {
		t.Fatal("the list shows an IIN, or not the member")
	}
	_, body = get(t, e.signIn("audit"), card)
	if strings.Contains(body, iin) || strings.Contains(body, "5554433") || strings.Contains(body, "02.04.1999") {
		t.Fatal("the auditor sees personal data")
	}
	if status, _ := get(t, e.signIn("operator"), u+"/staff/members"); status != 403 {
		t.Fatalf("operator: %d", status)
	}
	// A departure without a reason, then with one.
	_, body = get(t, c, card)
	csrf = csrfField.FindStringSubmatch(body)[1]
	if status, body := post(t, c, card, url.Values{"csrf": {csrf}, "do": {"leave"}, "on": {"2026-02-15"}}); status != 422 || !strings.Contains(body, `id="reason-err"`) {
		t.Fatalf("a departure without a reason: %d", status)
	}
	res, err = c.PostForm(card, url.Values{"csrf": {csrf}, "do": {"leave"}, "on": {"2026-02-15"}, "reason": {"own_wish"}})
	if err != nil || res.StatusCode != 303 {
		t.Fatalf("leave: %v %v", res.StatusCode, err)
	}

	// An import with a bad line lists it and stores nothing; a good one
	// stores every line.
	file := "ИИН;ФИО;Первичная организация;Дата вступления\n" +
		storetest.IIN(t, "1980-05-05", senim.Male, 20) + ";Серик Ахметов;35-0001;01.03.2026\n" +
		"123;;35-0001;2026-03-01\n"
	_, body = get(t, c, u+"/staff/members")
	csrf = csrfField.FindStringSubmatch(body)[1]
	status, body = postFile(t, c, u+"/staff/members", url.Values{"csrf": {csrf}, "do": {"import"}}, "members.csv", file)
	if status != 422 || !strings.Contains(body, "Строка 3") {
		t.Fatalf("bad import: %d", status)
	}
	good := strings.Split(file, "\n")
	if status, _ := postFile(t, c, u+"/staff/members", url.Values{"csrf": {csrf}, "do": {"import"}}, "members.csv", good[0]+"\n"+good[1]+"\n"); status != 303 {
		t.Fatalf("import: %d", status)
	}

	// The list's export links work for the signed-in branch, keep the
	// filters, and record the look.
	_, body = get(t, c, u+"/staff/members?status=left")
	link := regexp.MustCompile(`href="(/staff/members\.csv\?[^"]+)"`).FindStringSubmatch(body)
	if link == nil {
		t.Fatal("no export link")
	}
	status, body = get(t, c, u+html.UnescapeString(link[1]))
	if status != 200 || !strings.Contains(body, "Дана Серикова") || strings.Contains(body, "Серик Ахметов") {
		t.Fatalf("the export of those who left: %d\n%s", status, body)
	}
	if !strings.Contains(body, "'+77015554433") {
		t.Error("the phone is not kept as text in the CSV file")
	}

	// The public page: figures, the pyramid, parts with links, no person.
	_, body = get(t, browser(t), u+"/party?territory=350000000&from=2026-01-01&to=2026-03-02")
	// On 2 March: the member since 2015 and Serik (imported, joined 1
	// March); Dana joined and left in February; one organisation.
	for _, want := range []string{"<dt>Членов партии на 02.03.2026</dt><dd>2</dd>", "<dt>Принято</dt><dd>2</dd>",
		"<dt>Выбыло</dt><dd>1</dd>", "<dt>Первичных организаций</dt><dd>1</dd>", `<figure class="chart pyramid">`,
		`href="/party?from=2026-01-01&amp;territory=351600000&amp;to=2026-03-02">Абайский район</a>`} {
		if !strings.Contains(body, want) {
			t.Errorf("the public page lacks %q", want)
		}
	}
	if strings.Contains(body, "Серикова") || strings.Contains(body, iin) {
		t.Fatal("the public page names a member")
	}
	if status, body := get(t, browser(t), u+"/party?from=2026-13-01&territory=35"); status != 422 || !strings.Contains(body, `id="from-err"`) {
		t.Fatalf("a bad period: %d", status)
	}
}

func mustOrg(t *testing.T, e *env, code string) *senim.PrimaryOrg {
	t.Helper()
	o, err := e.db.FindOrg(storetest.System(), code)
	if err != nil {
		t.Fatal(err)
	}
	return o
}
