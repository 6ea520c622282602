package http_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	senimhttp "github.com/senim-kz/senim/http"
	"github.com/senim-kz/senim/store/storetest"
)

// TestReceptionsOverAPI goes through receptions as a program would: add an
// official, plan, read the public schedule, take a visitor, hold, report;
// with bad input at each step.
func TestReceptionsOverAPI(t *testing.T) {
	e := newEnv(t)
	auth := bearer(e.keyKar)

	// An official of Karaganda, added by its operator.
	r := e.do("POST", "/api/v1/officials", `{"name": "Ахметов Серик Болатович", "role": "deputy",
		"post": "депутат Карагандинского областного маслихата", "territory": "350000000", "since": "2023-03-19"}`, auth)
	if r.status != 201 {
		t.Fatalf("add official: %d %s", r.status, r.body)
	}
	var official struct {
		ID       string `json:"id"`
		RoleName string `json:"role_name"`
	}
	r.json(t, &official)
	if official.RoleName != "Депутат" {
		t.Errorf("role name %q", official.RoleName)
	}
	r = e.do("POST", "/api/v1/officials", `{"role": "king", "territory": "35", "since": "19.03.2023"}`, auth, "Accept-Language: en")
	if r.status != 422 || !hasFields(r.problem(t), "name", "role", "post", "territory", "since") {
		t.Errorf("bad official: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/officials", `{"name": "X", "role": "deputy", "post": "p", "territory": "350000000", "since": "2023-01-01"}`,
		bearer(e.keyWKO)); r.status != 403 {
		t.Errorf("another oblast's operator adds an official: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/officials", `{"name": "X"}`); r.status != 401 {
		t.Errorf("without a key: %d", r.status)
	}

	// Plan a reception; the schedule is public and in the caller's language.
	plan := fmt.Sprintf(`{"official": %q, "office": %q, "starts": "2026-03-10T10:00", "ends": "2026-03-10T12:00", "topic": "Жилищные вопросы"}`,
		official.ID, e.office.Code)
	r = e.do("POST", "/api/v1/receptions", plan, auth)
	if r.status != 201 {
		t.Fatalf("plan: %d %s", r.status, r.body)
	}
	var rec struct {
		ID       string `json:"id"`
		Starts   string `json:"starts"`
		Status   string `json:"status"`
		Version  int    `json:"version"`
		Visitors int    `json:"visitors"`
		Official struct {
			Name string `json:"name"`
		} `json:"official"`
		Office struct {
			Code string `json:"code"`
		} `json:"office"`
		History []struct {
			Actor string `json:"actor"`
			Note  string `json:"note"`
		} `json:"history"`
		VisitorAppeals []struct {
			Number string `json:"number"`
		} `json:"visitor_appeals"`
	}
	r.json(t, &rec)
	if rec.Starts != "2026-03-10T10:00:00+05:00" || rec.Status != "planned" || rec.Official.Name != "Ахметов Серик Болатович" || rec.Office.Code != e.office.Code {
		t.Errorf("planned: %+v", rec)
	}
	if r := e.do("POST", "/api/v1/receptions", plan, auth, "Accept-Language: kk"); r.status != 409 ||
		!strings.Contains(r.problem(t).Detail, "басқа қабылдауы бар") {
		t.Errorf("the same time again: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/receptions", fmt.Sprintf(`{"official": %q, "office": %q, "starts": "2026-03-10 18:00", "ends": "2026-03-10T17:00", "format": "radio"}`,
		official.ID, e.office.Code), auth, "Accept-Language: en")
	if p := r.problem(t); r.status != 422 || !hasFields(p, "ends", "format") {
		t.Errorf("bad reception: %d %s", r.status, r.body)
	}
	var list struct {
		Receptions []struct {
			ID         string `json:"id"`
			FormatName string `json:"format_name"`
		} `json:"receptions"`
	}
	r = e.do("GET", "/api/v1/receptions?territory=350000000&from=2026-03-01", "", "Accept-Language: kk")
	r.json(t, &list)
	if r.status != 200 || len(list.Receptions) != 1 || list.Receptions[0].FormatName != "Бетпе-бет" {
		t.Errorf("schedule: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/receptions?territory=27&status=open&order=up", "", "Accept-Language: en"); r.status != 422 ||
		!hasFields(r.problem(t), "territory", "status", "order") {
		t.Errorf("bad schedule filters: %d %s", r.status, r.body)
	}

	// Before it begins: no visitors, no holding.
	if r := e.do("POST", "/api/v1/receptions/"+rec.ID+"/visitors", validAppeal, auth); r.status != 409 {
		t.Errorf("a visitor before the reception: %d %s", r.status, r.body)
	}
	e.clock.Set(storetest.At("2026-03-10").Add(time.Hour))
	r = e.do("POST", "/api/v1/receptions/"+rec.ID+"/visitors", validAppeal, auth)
	if r.status != 201 {
		t.Fatalf("visitor: %d %s", r.status, r.body)
	}
	var visitor struct {
		ID     string `json:"id"`
		Number string `json:"number"`
	}
	r.json(t, &visitor)
	var appeal struct {
		Channel   string `json:"channel"`
		Reception string `json:"reception"`
		Official  string `json:"official"`
	}
	e.do("GET", "/api/v1/appeals/"+visitor.ID, "", auth).json(t, &appeal)
	if appeal.Channel != "reception" || appeal.Reception != rec.ID || appeal.Official != official.ID {
		t.Errorf("the visitor's appeal: %+v", appeal)
	}
	r = e.do("POST", "/api/v1/receptions/"+rec.ID+"/events", `{"action": "hold", "consulted": 4}`, auth)
	r.json(t, &rec)
	if r.status != 200 || rec.Status != "held" || rec.Visitors != 5 || len(rec.VisitorAppeals) != 1 || rec.VisitorAppeals[0].Number != visitor.Number {
		t.Errorf("hold: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/receptions/"+rec.ID+"/events", `{"action": "cancel", "reason": "x"}`, auth); r.status != 409 {
		t.Errorf("cancel a held reception: %d", r.status)
	}
	if r := e.do("POST", "/api/v1/receptions/"+rec.ID+"/events", `{"action": "hold", "consulted": 1}`, bearer(e.keyWKO)); r.status != 403 {
		t.Errorf("another oblast holds it: %d", r.status)
	}

	// The public sees the reception, not who changed it nor the visitors' appeals.
	rec.History, rec.VisitorAppeals = nil, nil
	e.do("GET", "/api/v1/receptions/"+rec.ID, "").json(t, &rec)
	for _, h := range rec.History {
		if h.Actor != "" || h.Note == visitor.Number {
			t.Errorf("public history shows %+v", h)
		}
	}
	if len(rec.History) != 3 || rec.VisitorAppeals != nil {
		t.Errorf("public reception: %+v", rec)
	}

	// The report of the first quarter; the obligation is the central office's.
	var rep struct {
		Held     int `json:"held"`
		Visitors int `json:"visitors"`
		Lines    []struct {
			Required int              `json:"required"`
			Met      bool             `json:"met"`
			Outcomes map[string]int64 `json:"outcomes"`
		} `json:"lines"`
		None []struct{} `json:"officials_without_receptions"`
	}
	r = e.do("GET", "/api/v1/receptions/report?from=2026-01-01&to=2026-03-31", "", auth)
	r.json(t, &rep)
	if r.status != 200 || rep.Held != 1 || rep.Visitors != 5 || len(rep.Lines) != 1 || !rep.Lines[0].Met || rep.Lines[0].Outcomes["open"] != 1 || len(rep.None) != 0 {
		t.Errorf("report: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/receptions/report?territory=270000000", "", auth); r.status != 403 {
		t.Errorf("another oblast's report: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/receptions/report?from=2026-04-01&to=2026-03-01", "", auth); r.status != 422 {
		t.Errorf("a backwards period: %d", r.status)
	}
	if r := e.do("GET", "/api/v1/receptions/report", ""); r.status != 401 {
		t.Errorf("the report without a key: %d", r.status)
	}
	if r := e.do("PUT", "/api/v1/official-roles/deputy", `{"per_period": 2, "period": "quarter"}`, auth); r.status != 403 {
		t.Errorf("an operator sets an obligation: %d", r.status)
	}
	central := bearer(e.key("central", "000000000"))
	if r := e.do("PUT", "/api/v1/official-roles/deputy", `{"per_period": 2, "period": "week"}`, central); r.status != 422 {
		t.Errorf("a bad period: %d", r.status)
	}
	if r := e.do("PUT", "/api/v1/official-roles/deputy", `{"per_period": 2, "period": "quarter"}`, central); r.status != 200 {
		t.Errorf("central sets an obligation: %d %s", r.status, r.body)
	}
	e.do("GET", "/api/v1/receptions/report?from=2026-01-01&to=2026-03-31", "", auth).json(t, &rep)
	if rep.Lines[0].Required != 2 || rep.Lines[0].Met {
		t.Errorf("after the new obligation: %+v", rep.Lines[0])
	}
	var roles []struct {
		Code      string `json:"code"`
		PerPeriod int    `json:"per_period"`
	}
	e.do("GET", "/api/v1/official-roles", "").json(t, &roles)
	if len(roles) != 4 || roles[0].Code != "deputy" || roles[0].PerPeriod != 2 {
		t.Errorf("roles: %+v", roles)
	}
	if r := e.do("PATCH", "/api/v1/officials/"+official.ID, `{"until": "2026-01-31"}`, auth); r.status != 200 {
		t.Errorf("end of term: %d %s", r.status, r.body)
	}
}

// hasFields reports whether a problem names exactly these fields.
func hasFields(p senimhttp.Problem, fields ...string) bool {
	var got []string
	for _, e := range p.Errors {
		got = append(got, e.Field)
	}
	slices.Sort(got)
	slices.Sort(fields)
	return slices.Equal(got, fields)
}
