package http_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/store/storetest"
)

// memberAnswer is a member as the API writes it.
type memberAnswer struct {
	ID        string `json:"id"`
	IIN       string `json:"iin"`
	Name      string `json:"name"`
	Sex       string `json:"sex"`
	BirthDate string `json:"birth_date"`
	Phone     string `json:"phone"`
	Status    string `json:"status"`
	Territory string `json:"territory"`
	History   []struct {
		Action string `json:"action"`
	} `json:"history"`
}

// problemFields lists the fields a problem names.
func problemFields(t *testing.T, r response) []string {
	t.Helper()
	var out []string
	for _, e := range r.problem(t).Errors {
		out = append(out, e.Field)
	}
	return out
}

func TestPartyOverAPI(t *testing.T) {
	e := newEnv(t)
	branch := bearer(e.key(senim.RoleBranch, "350000000"))
	auditor := bearer(e.key(senim.RoleAuditor, "350000000"))
	central := bearer(e.key(senim.RoleCentral, senim.CountryKATO))
	operator := bearer(e.keyKar)

	// Branches and organisations: public to read, staff to add.
	if r := e.do("POST", "/api/v1/branches", `{"level":"oblast","territory":"350000000","name":{"ru":"Карагандинский областной филиал"},"chair":"Иванов И. И."}`, branch); r.status != 201 {
		t.Fatalf("branch: %d %s", r.status, r.body)
	}
	r := e.do("POST", "/api/v1/branches", `{"level":"district","territory":"350000000","name":{}}`, branch, "Accept-Language: kk")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "territory name.ru" {
		t.Fatalf("bad branch: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/branches?territory=350000000", ""); r.status != 200 || !strings.Contains(string(r.body), "Иванов") {
		t.Fatalf("branches: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/organisations", `{"code":"35-0001","name":"ПО № 1","kind":"territorial","territory":"350000000"}`, branch); r.status != 422 {
		t.Fatalf("an organisation on an oblast: %d %s", r.status, r.body)
	}
	if _, err := e.db.ImportTerritories(storetest.System(), []*senim.Territory{{Code: "351600000", NameRU: "Абайский район"}}); err != nil {
		t.Fatal(err)
	}
	if r := e.do("POST", "/api/v1/organisations", `{"code":"35-0001","name":"ПО № 1","kind":"territorial","territory":"351600000","founded":"2010-01-01"}`, branch); r.status != 201 {
		t.Fatalf("organisation: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/organisations", `{"code":"35-0002","name":"ПО шахты","kind":"workplace","territory":"351600000","workplace":"Шахта «Костенко»","founded":"2010-01-01"}`, operator); r.status != 403 {
		t.Fatalf("operator's organisation: %d %s", r.status, r.body)
	}

	// Admission: the IIN gives sex and birth date.
	iin := storetest.IIN(t, "1990-01-15", senim.Female, 40)
	r = e.do("POST", "/api/v1/members", fmt.Sprintf(`{"iin":%q,"name":"Айгерим Нурланова","phone":"8 701 123 45 67","organisation":"35-0001","joined":"2020-02-01"}`, iin), branch)
	var m memberAnswer
	r.json(t, &m)
	if r.status != 201 || m.Sex != "f" || m.BirthDate != "1990-01-15" || m.Territory != "351600000" {
		t.Fatalf("admit: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/members", `{"iin":"123456789012","name":"","organisation":"нет","joined":"2099-01-01"}`, branch, "Accept-Language: ru")
	if r.status != 422 || len(problemFields(t, r)) != 4 {
		t.Fatalf("bad admission: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/members", fmt.Sprintf(`{"iin":%q,"name":"Дубль","organisation":"35-0001"}`, iin), branch); r.status != 409 {
		t.Fatalf("twice: %d %s", r.status, r.body)
	}

	// Personal data: unmasked for the branch and recorded; masked for the
	// auditor; the operator sees no members at all; the public neither.
	r = e.do("GET", "/api/v1/members/"+m.ID, "", branch)
	var card memberAnswer
	r.json(t, &card)
	if card.IIN != iin || card.Phone != "+77011234567" || len(card.History) != 1 {
		t.Fatalf("branch's card: %s", r.body)
	}
	r = e.do("GET", "/api/v1/members/"+m.ID, "", auditor)
	r.json(t, &card)
	if card.IIN == iin || strings.Contains(string(r.body), "1990-01-15") || strings.Contains(string(r.body), "1234567") {
		t.Fatalf("auditor's card: %s", r.body)
	}
	if r := e.do("GET", "/api/v1/members/"+m.ID, "", operator); r.status != 403 {
		t.Fatalf("operator's card: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/members", ""); r.status != 401 {
		t.Fatalf("public list: %d", r.status)
	}
	var views []struct{ Actor, What string }
	e.do("GET", "/api/v1/members/"+m.ID+"/views", "", auditor).json(t, &views)
	if len(views) != 1 || views[0].What != "card" {
		t.Fatalf("views: %+v", views)
	}
	var list struct {
		Members []memberAnswer `json:"members"`
		Total   int            `json:"total"`
	}
	e.do("GET", "/api/v1/members?q=айгер", "", branch).json(t, &list)
	if list.Total != 1 || list.Members[0].IIN == iin {
		t.Fatalf("list: %+v", list)
	}

	// Changes and departure.
	if r := e.do("PATCH", "/api/v1/members/"+m.ID, `{"status":"suspended","phone":""}`, branch); r.status != 200 {
		t.Fatalf("suspend: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/members/"+m.ID+"/leave", `{"on":"2019-01-01","reason":"expelled"}`, branch); r.status != 422 || len(problemFields(t, r)) != 2 {
		t.Fatalf("bad departure: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/members/"+m.ID+"/leave", `{"on":"2026-02-01","reason":"own_wish"}`, branch); r.status != 200 {
		t.Fatalf("leave: %d %s", r.status, r.body)
	}

	// Import: a file with bad lines stores nothing and names every line.
	var file bytes.Buffer
	cw := csv.NewWriter(&file)
	cw.Write([]string{"ИИН", "ФИО", "Первичная организация", "Дата вступления", "Молодёжное крыло"})
	cw.Write([]string{storetest.IIN(t, "1985-05-05", senim.Male, 50), "Серик Ахметов", "35-0001", "05.03.2021", "нет"})
	cw.Write([]string{"900115400019", "Плохой ИИН", "35-0001", "2021-03-05", ""})
	cw.Write([]string{storetest.IIN(t, "2000-05-05", senim.Female, 60), "Дана Серикова", "35-9999", "вчера", "может быть"})
	cw.Flush()
	r = e.do("POST", "/api/v1/members/import", file.String(), branch, "Content-Type: text/csv", "Accept-Language: ru")
	if r.status != 422 {
		t.Fatalf("bad import: %d %s", r.status, r.body)
	}
	// Every fault at once, by line: a cell that is no date, no yes/no,
	// an IIN with a wrong check digit, an unknown organisation.
	got := strings.Join(problemFields(t, r), " ")
	if got != "line.3.iin line.4.joined line.4.youth_wing line.4.organisation" {
		t.Fatalf("bad import's fields: %s", got)
	}
	good := strings.Replace(strings.Replace(file.String(), "вчера", "2022-01-01", 1), "может быть", "да", 1)
	r = e.do("POST", "/api/v1/members/import", good, branch, "Content-Type: text/csv", "Accept-Language: ru")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "line.3.iin line.4.organisation" {
		t.Fatalf("bad import's lines: %d %s", r.status, r.body)
	}
	if strings.Contains(string(r.body), "900115400019") {
		t.Fatalf("an error repeats an IIN: %s", r.body)
	}
	lines := strings.Split(good, "\n")
	good = strings.Join(append(lines[:2], strings.Replace(lines[3], "35-9999", "35-0001", 1), ""), "\n")
	if r := e.do("POST", "/api/v1/members/import", good, branch, "Content-Type: text/csv"); r.status != 201 || !strings.Contains(string(r.body), `"imported":2`) {
		t.Fatalf("import: %d %s", r.status, r.body)
	}

	// Export: CSV and XLSX, both import back as the same people (refused
	// now as members already, line by line).
	for _, format := range []string{"csv", "xlsx"} {
		r := e.do("GET", "/api/v1/members/export?format="+format, "", branch)
		if r.status != 200 {
			t.Fatalf("export %s: %d %s", format, r.status, r.body)
		}
		recs, err := exchange.ReadMembers(bytes.NewReader(r.body))
		if err != nil || len(recs) != 3 {
			t.Fatalf("export %s read back: %d, %v", format, len(recs), err)
		}
		r = e.do("POST", "/api/v1/members/import", string(r.body), branch, "Content-Type: application/octet-stream")
		if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "line.2.iin line.3.iin line.4.iin" {
			t.Fatalf("re-import %s: %d %s", format, r.status, r.body)
		}
	}
	if r := e.do("GET", "/api/v1/members/export", "", auditor); r.status != 403 {
		t.Fatalf("auditor's export: %d", r.status)
	}

	// Statistics: public, for any period; bad periods named.
	var st struct {
		Members  int `json:"members"`
		Admitted int `json:"admitted"`
		Left     int `json:"left"`
		Orgs     int `json:"organisations"`
		Parts    []struct {
			Territory string `json:"territory"`
			Members   int    `json:"members"`
		} `json:"parts"`
	}
	e.do("GET", "/api/v1/membership?territory=350000000&from=2022-01-01&to=2026-03-02&parts=true", "").json(t, &st)
	if st.Members != 2 || st.Admitted != 1 || st.Left != 1 || st.Orgs != 1 || len(st.Parts) != 1 || st.Parts[0].Members != 2 {
		t.Fatalf("stats: %+v", st)
	}
	r = e.do("GET", "/api/v1/membership?from=2026-13-01&to=2099-01-01&territory=35", "", "Accept-Language: kk")
	if got := strings.Join(problemFields(t, r), " "); r.status != 422 || got != "territory from" {
		t.Fatalf("bad stats query: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/membership?territory=351600000&parts=true", ""); r.status != 200 || strings.Contains(string(r.body), `"parts"`) {
		t.Fatalf("a district's parts for the public: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/membership?territory=351610000", ""); r.status != 422 || !strings.Contains(strings.Join(problemFields(t, r), " "), "territory") {
		t.Fatalf("a village's figures for the public: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/membership?territory=351610000", "", branch); r.status != 200 {
		t.Fatalf("a village's figures for the branch: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/membership?to=2099-01-01", ""); r.status != 422 {
		t.Fatalf("future: %d %s", r.status, r.body)
	}

	// Settings: the youth age, the central office's.
	if r := e.do("PUT", "/api/v1/party/settings", `{"youth_age":30}`, branch); r.status != 403 {
		t.Fatalf("branch's setting: %d", r.status)
	}
	if r := e.do("PUT", "/api/v1/party/settings", `{"youth_age":30}`, central); r.status != 200 {
		t.Fatalf("setting: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/party/settings", ""); !strings.Contains(string(r.body), `"youth_age":30`) {
		t.Fatalf("settings: %s", r.body)
	}
}
