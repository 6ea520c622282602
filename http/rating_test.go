package http_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store/storetest"
)

// ratingEnv is a server with the rating's people and a quarter of records,
// all made through the API: two parties, the oblast maslikhats of
// Karaganda and West Kazakhstan, and three deputies. In the fourth quarter
// of 2025 the district deputy held a reception with a visitor, and three
// appeals came from their district: two answered on time (one solved, and
// rated 5), one left open past its deadline. The clock then stands at
// 2026-03-02, in the first quarter of 2026.
type ratingEnv struct {
	*env
	central, branch string // Authorization headers
	karaganda, wko  string // the assemblies' ids
	// elected is the Karaganda district deputy of the own party; listed the
	// Karaganda list deputy of the other party; west the West Kazakhstan
	// list deputy of the own party.
	elected, listed, west string
	open                  string // the appeal left open
}

// ratingDeputy is a deputy as the API writes it.
type ratingDeputy struct {
	ID     string `json:"id"`
	Person struct {
		Name string `json:"name"`
	} `json:"person"`
	Assembly  string `json:"assembly"`
	Territory string `json:"territory"`
	Faction   string `json:"faction"`
	Mandate   string `json:"mandate"`
}

// ratingAnswer is GET /api/v1/rating's answer.
type ratingAnswer struct {
	Period string `json:"period"`
	Run    struct {
		ID       string `json:"id"`
		Revision int    `json:"revision"`
		Deputies int    `json:"deputies"`
		Public   bool   `json:"public"`
	} `json:"run"`
	Method struct {
		Version int    `json:"version"`
		Status  string `json:"status"`
	} `json:"method"`
	Provisional bool `json:"provisional"`
	Total       int  `json:"total"`
	Scores      []struct {
		Deputy       ratingDeputy       `json:"deputy"`
		Score        float64            `json:"score"`
		Components   []senim.Component  `json:"components"`
		RankBody     int                `json:"rank_assembly"`
		RankRegion   int                `json:"rank_region"`
		RankCountry  int                `json:"rank_country"`
		Of           senim.Ranks        `json:"of"`
		Records      senim.DeputyCounts `json:"records"`
		AssemblyName string             `json:"assembly_name"`
		FactionName  string             `json:"faction_name"`
		Change       *float64           `json:"change"`
	} `json:"scores"`
}

// deputyIDs lists the deputies of a rating in its order.
func (a ratingAnswer) deputyIDs() []string {
	var out []string
	for _, s := range a.Scores {
		out = append(out, s.Deputy.ID)
	}
	return out
}

// ok sends a request that must answer status, and decodes the answer into v
// (when not nil).
func (e *ratingEnv) ok(status int, v any, method, path, body string, headers ...string) response {
	e.t.Helper()
	r := e.do(method, path, body, headers...)
	if r.status != status {
		e.t.Fatalf("%s %s: %d, want %d: %s", method, path, r.status, status, r.body)
	}
	if v != nil {
		r.json(e.t, v)
	}
	return r
}

func newRatingEnv(t *testing.T) *ratingEnv {
	t.Helper()
	e := &ratingEnv{env: newEnv(t)}
	withPlaces(t, e.env)
	e.central = bearer(e.key(senim.RoleCentral, senim.CountryKATO))
	e.branch = bearer(e.key(senim.RoleBranch, "350000000"))
	e.clock.Set(storetest.At("2025-10-06"))

	e.ok(200, nil, "PUT", "/api/v1/parties/own", `{"name": {"ru": "Партия «Сенім»", "kk": "«Сенім» партиясы", "en": "Senim Party"}, "own": true}`, e.central)
	e.ok(200, nil, "PUT", "/api/v1/parties/other", `{"name": {"ru": "Другая партия", "kk": "Басқа партия"}}`, e.central)

	var a struct {
		ID string `json:"id"`
	}
	e.ok(201, &a, "POST", "/api/v1/assemblies", `{"kind": "oblast", "territory": "350000000", "name": {"ru": "Карагандинский областной маслихат",
		"kk": "Қарағанды облыстық мәслихаты", "en": "Karaganda Regional Maslikhat"}, "convocation": 8, "seats": 47}`, e.branch)
	e.karaganda = a.ID
	e.ok(201, &a, "POST", "/api/v1/assemblies", `{"kind": "oblast", "territory": "270000000", "name": {"ru": "Западно-Казахстанский областной маслихат"},
		"convocation": 8, "seats": 39}`, e.central)
	e.wko = a.ID

	add := func(key, body string) string {
		t.Helper()
		var d ratingDeputy
		r := e.ok(201, &d, "POST", "/api/v1/deputies", body, key)
		if loc := r.header.Get("Location"); loc != "/api/v1/deputies/"+d.ID {
			t.Fatalf("the deputy's Location %q", loc)
		}
		return d.ID
	}
	e.elected = add(e.branch, fmt.Sprintf(`{"name": "Жунусов Елдос", "assembly": %q, "mandate": "district", "constituency": "№ 7, Абайский",
		"territory": "351600000", "faction": "own", "elected": "2023-03-19"}`, e.karaganda))
	e.listed = add(e.branch, fmt.Sprintf(`{"name": "Ахметова Айгуль", "assembly": %q, "mandate": "list", "faction": "other", "elected": "2023-03-19"}`, e.karaganda))
	e.west = add(e.central, fmt.Sprintf(`{"name": "Серикбаев Нурлан", "assembly": %q, "mandate": "list", "faction": "own", "elected": "2023-03-19"}`, e.wko))

	// The district deputy's reception, held: it took a visitor.
	kar := bearer(e.keyKar)
	var rec struct {
		ID string `json:"id"`
	}
	e.ok(201, &rec, "POST", "/api/v1/receptions", fmt.Sprintf(`{"official": %q, "office": %q, "starts": "2025-10-08T10:00",
		"ends": "2025-10-08T12:00", "topic": "Жилищные вопросы"}`, e.elected, e.office.Code), kar)
	e.clock.Set(storetest.At("2025-10-08").Add(time.Hour))
	e.ok(201, nil, "POST", "/api/v1/receptions/"+rec.ID+"/visitors", validAppeal, kar)

	// Three appeals from a village of the district.
	var appeals []created
	for range 3 {
		appeals = append(appeals, e.submit(strings.Replace(validAppeal, `"territory": "350000000"`, `"territory": "351620100"`, 1)))
	}
	e.clock.Set(storetest.At("2025-10-13"))
	for i, c := range appeals {
		events := "/api/v1/appeals/" + c.ID + "/events"
		e.ok(200, nil, "POST", events, `{"action": "take"}`, kar)
		e.ok(200, nil, "POST", events, fmt.Sprintf(`{"action": "forward", "body": %q, "letter_no": "01-12/%d", "letter_date": "2025-10-13"}`, e.body.ID, i), kar)
		if i == 2 {
			e.open = c.ID
			continue
		}
		outcome := []string{"solved", "explained"}[i]
		e.ok(200, nil, "POST", events, `{"action": "answer", "text": "Ответ дан."}`, kar)
		e.ok(200, nil, "POST", events, `{"action": "close", "outcome": "`+outcome+`"}`, kar)
	}
	e.ok(200, nil, "POST", "/api/v1/track/"+appeals[0].Number+"/events", `{"code": "`+appeals[0].TrackingCode+`", "action": "rate", "rating": 5}`)
	e.clock.Set(storetest.At("2026-03-02"))
	return e
}

// defaultMethod is DefaultMethod's numbers as a request.
func defaultMethod(t *testing.T) string {
	t.Helper()
	m := senim.DefaultMethod()
	b, err := json.Marshal(map[string]any{"weights": m.Weights, "strength": m.Strength, "note": m.Note})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRatingOverAPI goes through the rating as the central office's
// program and the public would: write a version, compute a quarter, see it
// as staff while it is a pilot and as anyone once it is published, filter
// it, rank the factions, follow a deputy's history, compute again; with
// bad input and the wrong callers at each step.
func TestRatingOverAPI(t *testing.T) {
	e := newRatingEnv(t)

	// The people.
	var parties []struct {
		Code string `json:"code"`
		Own  bool   `json:"own"`
	}
	e.ok(200, &parties, "GET", "/api/v1/parties", "")
	if len(parties) != 2 || parties[0].Code != "own" || !parties[0].Own || parties[1].Own {
		t.Errorf("parties: %+v", parties)
	}
	var assemblies []struct{ ID, Kind string }
	e.ok(200, &assemblies, "GET", "/api/v1/assemblies", "")
	if len(assemblies) != 2 {
		t.Errorf("assemblies: %+v", assemblies)
	}
	deputies := func(query string) []string {
		t.Helper()
		var ds []ratingDeputy
		e.ok(200, &ds, "GET", "/api/v1/deputies"+query, "")
		var ids []string
		for _, d := range ds {
			ids = append(ids, d.ID)
		}
		return ids
	}
	if got := deputies("?faction=own"); len(got) != 2 || !slices.Contains(got, e.elected) || !slices.Contains(got, e.west) {
		t.Errorf("the own party's deputies: %v", got)
	}
	if got := deputies("?level=oblast&region=350000000"); len(got) != 2 || slices.Contains(got, e.west) {
		t.Errorf("Karaganda's deputies: %v", got)
	}
	if got := deputies("?assembly=" + e.wko); len(got) != 1 || got[0] != e.west {
		t.Errorf("West Kazakhstan's deputies: %v", got)
	}
	if got := deputies("?faction="); len(got) != 0 {
		t.Errorf("self-nominated deputies: %v", got)
	}
	if r := e.do("GET", "/api/v1/deputies?level=parliament&region=35&method=0", "", "Accept-Language: en"); r.status != 422 ||
		!hasFields(r.problem(t), "level", "region", "method") {
		t.Errorf("bad deputy filters: %d %s", r.status, r.body)
	}

	// Bad people, in the language asked for; each fault named.
	r := e.do("POST", "/api/v1/deputies?lang=kk", fmt.Sprintf(`{"name": "Иванов Иван", "assembly": %q, "mandate": "district",
		"constituency": "№ 1", "territory": "270000000", "faction": "nobody", "elected": "2023-03-19"}`, e.karaganda), e.branch)
	if p := r.problem(t); r.status != 422 || !hasFields(p, "faction", "territory") || r.header.Get("Content-Language") != "kk" {
		t.Errorf("a deputy of an unknown party outside the assembly: %d %s", r.status, r.body)
	} else {
		want := map[string]string{
			"faction":   i18n.T("kk", "party.unknown", map[string]any{"party": "nobody"}),
			"territory": i18n.T("kk", "deputy.outside", nil),
		}
		for _, f := range p.Errors {
			if f.Detail != want[f.Field] || f.Detail == f.Key || f.Detail == i18n.T("ru", f.Key, map[string]any{"party": "nobody"}) {
				t.Errorf("%s: %q, want the Kazakh %q", f.Field, f.Detail, want[f.Field])
			}
		}
	}
	r = e.do("POST", "/api/v1/deputies", `{"name": "X", "assembly": "`+senim.NewID()+`", "mandate": "king", "elected": "2023-03-19"}`, e.branch)
	if r.status != 422 || !hasFields(r.problem(t), "assembly", "mandate") {
		t.Errorf("a deputy of no assembly: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/deputies", `{"name": "X", "colour": "red"}`, e.branch); r.status != 400 || !hasFields(r.problem(t), "colour") {
		t.Errorf("an unknown field: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/deputies", `{"name": "X"}`); r.status != 401 {
		t.Errorf("a deputy without a key: %d", r.status)
	}
	r = e.do("POST", "/api/v1/assemblies", `{"kind": "oblast", "territory": "351600000", "name": {"ru": "x"}, "convocation": 0, "seats": 30}`, e.branch)
	if r.status != 422 || !hasFields(r.problem(t), "territory", "convocation") {
		t.Errorf("an oblast maslikhat of a district: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/assemblies", `{"kind": "oblast", "territory": "270000000", "name": {"ru": "x"}, "convocation": 8, "seats": 30}`, e.branch); r.status != 403 {
		t.Errorf("a branch adds another oblast's assembly: %d %s", r.status, r.body)
	}
	r = e.do("PUT", "/api/v1/parties/"+url.PathEscape("Партия!"), `{"name": {"ru": ""}}`, e.central)
	if r.status != 422 || !hasFields(r.problem(t), "code", "name.ru") {
		t.Errorf("a bad party: %d %s", r.status, r.body)
	}
	if r := e.do("PUT", "/api/v1/parties/x", `{"name": {"ru": "x"}}`, e.branch); r.status != 403 {
		t.Errorf("a branch names a party: %d %s", r.status, r.body)
	}

	// A version of the methodology, in pilot; only the central office
	// writes one, with numbers in range.
	if r := e.do("POST", "/api/v1/rating/methods", defaultMethod(t), e.branch); r.status != 403 {
		t.Errorf("a branch writes a version: %d %s", r.status, r.body)
	}
	r = e.do("POST", "/api/v1/rating/methods", strings.Replace(defaultMethod(t), `"solved":20`, `"solved":-1`, 1), e.central, "Accept-Language: en")
	if p := r.problem(t); r.status != 422 || !hasFields(p, "weights.solved") || p.Errors[0].Detail != "Must be a number from 0 to 100." {
		t.Errorf("a negative weight: %d %s", r.status, r.body)
	}
	var method senim.Method
	r = e.ok(201, &method, "POST", "/api/v1/rating/methods", defaultMethod(t), e.central)
	if method.Version != 1 || method.Status != senim.MethodPilot || method.Weights[senim.InputReceptions] != 25 || r.header.Get("Location") != "/api/v1/rating/methods/1" {
		t.Fatalf("the version: %+v, Location %q", method, r.header.Get("Location"))
	}

	// A quarter that has not begun, a version that does not exist, a branch:
	// refused. The fourth quarter of 2025 is computed.
	if r := e.do("POST", "/api/v1/rating/runs", `{"period": "2026Q3", "method": 1}`, e.central); r.status != 422 || !hasFields(r.problem(t), "period") {
		t.Errorf("a future quarter: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/rating/runs", `{"period": "2025Q4", "method": 9}`, e.central); r.status != 404 {
		t.Errorf("an unknown version: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/rating/runs", `{"period": "2025Q4", "method": 1}`, e.branch); r.status != 403 {
		t.Errorf("a branch computes: %d %s", r.status, r.body)
	}
	var run struct {
		ID       string `json:"id"`
		Period   string `json:"period"`
		Revision int    `json:"revision"`
		Deputies int    `json:"deputies"`
		Public   bool   `json:"public"`
		AsOf     string `json:"as_of"`
	}
	e.ok(201, &run, "POST", "/api/v1/rating/runs", `{"period": "2025Q4", "method": 1}`, e.central)
	if run.Period != "2025Q4" || run.Revision != 1 || run.Deputies != 3 || run.Public || run.AsOf != "2025-12-31" {
		t.Fatalf("the run: %+v", run)
	}

	// A pilot is the staff's: the public gets 404 and empty lists.
	r = e.do("GET", "/api/v1/rating", "", "Accept-Language: en")
	if p := r.problem(t); r.status != 404 || p.Code != "not_found" || p.Detail != i18n.T("en", "rating.none", nil) {
		t.Errorf("the public sees a pilot's rating: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/rating/methods/1", ""); r.status != 404 {
		t.Errorf("the public reads a pilot version: %d", r.status)
	}
	var list []json.RawMessage
	for _, path := range []string{"/api/v1/rating/methods", "/api/v1/rating/runs"} {
		if e.ok(200, &list, "GET", path, ""); len(list) != 0 {
			t.Errorf("the public lists a pilot's %s: %d", path, len(list))
		}
	}
	var pilots []senim.Method
	if e.ok(200, &pilots, "GET", "/api/v1/rating/methods", "", e.branch); len(pilots) != 1 || pilots[0].Status != senim.MethodPilot {
		t.Errorf("staff's versions: %+v", pilots)
	}
	var dv struct {
		History []json.RawMessage `json:"history"`
	}
	if e.ok(200, &dv, "GET", "/api/v1/deputies/"+e.elected, ""); len(dv.History) != 0 {
		t.Errorf("the public sees a pilot's score in the deputy's history: %s", dv.History)
	}
	if e.ok(200, &dv, "GET", "/api/v1/deputies/"+e.elected, "", e.branch); len(dv.History) != 1 {
		t.Errorf("staff's history of the deputy under the pilot: %s", dv.History)
	}
	var staff ratingAnswer
	e.ok(200, &staff, "GET", "/api/v1/rating", "", e.branch)
	if staff.Period != "2025Q4" || staff.Run.ID != run.ID || staff.Method.Status != "pilot" || staff.Provisional || len(staff.Scores) != 3 {
		t.Fatalf("staff's rating of the pilot: %+v", staff)
	}

	// Published, it is everyone's.
	if r := e.do("POST", "/api/v1/rating/methods/1/publish", "", e.branch); r.status != 403 {
		t.Errorf("a branch publishes: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/rating/methods/9/publish", "", e.central); r.status != 404 {
		t.Errorf("publish an unknown version: %d %s", r.status, r.body)
	}
	e.ok(200, &method, "POST", "/api/v1/rating/methods/1/publish", "", e.central)
	if method.Status != senim.MethodPublished || method.PublishedAt.IsZero() {
		t.Errorf("published: %+v", method)
	}
	if r := e.do("POST", "/api/v1/rating/methods/1/publish", "", e.central, "Accept-Language: en"); r.status != 409 ||
		r.problem(t).Detail != i18n.T("en", "rating.published", nil) {
		t.Errorf("published twice: %d %s", r.status, r.body)
	}
	e.ok(200, &method, "GET", "/api/v1/rating/methods/1", "")
	e.ok(200, &list, "GET", "/api/v1/rating/runs?period=2025Q4&method=1", "")
	if len(list) != 1 {
		t.Errorf("the public's runs of the quarter: %d", len(list))
	}

	var q4 ratingAnswer
	e.ok(200, &q4, "GET", "/api/v1/rating", "")
	if q4.Period != "2025Q4" || q4.Run.ID != run.ID || !q4.Run.Public || q4.Provisional || q4.Total != 3 || len(q4.Scores) != 3 {
		t.Fatalf("the public rating: %+v", q4)
	}
	// The district deputy: the reception held, four appeals due (the
	// visitor's, the district's three) of which two on time, one solved
	// of two closed, one rating of 5. The others held nothing.
	first := q4.Scores[0]
	want := senim.DeputyCounts{Deputy: e.elected, Held: 1, Required: 1, Due: 4, OnTime: 2, Closed: 2, Solved: 1, Rated: 1, RatingSum: 5}
	if first.Deputy.ID != e.elected || first.Records != want {
		t.Fatalf("the first:\n got %s %+v\nwant %s %+v", first.Deputy.ID, first.Records, e.elected, want)
	}
	if first.Score != 75 || first.RankBody != 1 || first.RankRegion != 1 || first.RankCountry != 1 || first.Of != (senim.Ranks{Body: 2, Region: 2, Country: 3}) ||
		first.AssemblyName != "Карагандинский областной маслихат" || first.FactionName != "Партия «Сенім»" || first.Deputy.Person.Name != "Жунусов Елдос" ||
		first.Change != nil {
		t.Errorf("the first: %+v", first)
	}
	for _, s := range q4.Scores[1:] {
		// Equal records, equal scores: a shared rank in the country.
		if s.Score != 43.75 || s.RankCountry != 2 || s.RankBody != map[string]int{e.listed: 2, e.west: 1}[s.Deputy.ID] {
			t.Errorf("%s: %+v", s.Deputy.Person.Name, s)
		}
	}
	var filtered ratingAnswer
	e.ok(200, &filtered, "GET", "/api/v1/rating?faction=own&period=2025Q4&method=1", "")
	if ids := filtered.deputyIDs(); filtered.Total != 3 || len(ids) != 2 || ids[0] != e.elected || ids[1] != e.west {
		t.Errorf("the own faction's rating: total %d, %v", filtered.Total, ids)
	}
	e.ok(200, &filtered, "GET", "/api/v1/rating?level=district&period=2025Q4&method=1", "")
	if filtered.Total != 3 || len(filtered.deputyIDs()) != 0 {
		t.Errorf("the district maslikhats' rating: total %d, %v", filtered.Total, filtered.deputyIDs())
	}
	e.ok(200, &filtered, "GET", "/api/v1/rating?region=270000000&level=oblast", "")
	if ids := filtered.deputyIDs(); len(ids) != 1 || ids[0] != e.west {
		t.Errorf("West Kazakhstan's rating: %v", ids)
	}

	// Bad filters, each named; periods without figures.
	r = e.do("GET", "/api/v1/rating?period=2025Q5&lang=kk", "")
	if p := r.problem(t); r.status != 422 || !hasFields(p, "period") || p.Errors[0].Detail != i18n.T("kk", "rating.period", map[string]any{"period": "2025Q5"}) {
		t.Errorf("the fifth quarter: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/rating?method=x&region=35", ""); r.status != 422 || !hasFields(r.problem(t), "method", "region") {
		t.Errorf("bad filters: %d %s", r.status, r.body)
	}
	for _, period := range []string{"2025Q3", "2026Q3"} {
		if r := e.do("GET", "/api/v1/rating?period="+period, ""); r.status != 404 {
			t.Errorf("%s, never computed: %d %s", period, r.status, r.body)
		}
	}
	if r := e.do("GET", "/api/v1/rating?method=2", ""); r.status != 404 {
		t.Errorf("an unknown version: %d %s", r.status, r.body)
	}

	// The quarter under way: live figures, with the change against the
	// fourth quarter's.
	var live ratingAnswer
	e.ok(200, &live, "GET", "/api/v1/rating?period=2026Q1", "")
	if !live.Provisional || live.Run.Revision != 0 || live.Run.ID != "" || len(live.Scores) != 3 {
		t.Fatalf("the live quarter: %+v", live)
	}
	for _, s := range live.Scores {
		if s.Deputy.ID == e.elected && (s.Change == nil || *s.Change != senim.Round2(s.Score-75)) {
			t.Errorf("the change of the first: %v, score %v", s.Change, s.Score)
		}
	}

	// The factions of the own party in the oblast maslikhats.
	var factions struct {
		Period   string `json:"period"`
		Revision int    `json:"revision"`
		Factions []struct {
			Assembly     string  `json:"assembly"`
			Party        string  `json:"party"`
			Deputies     int     `json:"deputies"`
			Score        float64 `json:"score"`
			Rank         int     `json:"rank"`
			Of           int     `json:"of"`
			AssemblyName string  `json:"assembly_name"`
			Level        string  `json:"level"`
		} `json:"factions"`
	}
	e.ok(200, &factions, "GET", "/api/v1/rating/factions", "")
	if fs := factions.Factions; factions.Period != "2025Q4" || factions.Revision != 1 || len(fs) != 2 ||
		fs[0].Assembly != e.karaganda || fs[0].Rank != 1 || fs[0].Of != 2 || fs[0].Score != 75 || fs[0].Level != "oblast" ||
		fs[1].Assembly != e.wko || fs[1].Rank != 2 || fs[1].Score != 43.75 || fs[0].Party != "own" || fs[1].Deputies != 1 {
		t.Errorf("the factions: %+v", factions)
	}
	e.ok(200, &factions, "GET", "/api/v1/rating/factions?faction=other&region=350000000", "")
	if fs := factions.Factions; len(fs) != 1 || fs[0].Party != "other" || fs[0].Rank != 1 || fs[0].Of != 1 || fs[0].Score != 43.75 {
		t.Errorf("the other party's factions: %+v", factions)
	}
	e.ok(200, &factions, "GET", "/api/v1/rating/factions?level=district", "")
	if len(factions.Factions) != 0 {
		t.Errorf("factions of district maslikhats: %+v", factions)
	}
	if r := e.do("GET", "/api/v1/rating/factions?level=senate", ""); r.status != 422 || !hasFields(r.problem(t), "level") {
		t.Errorf("an unknown level: %d %s", r.status, r.body)
	}

	// A late answer and a second computation: a new revision, the first
	// kept; the deputy's history shows the current one.
	kar := bearer(e.keyKar)
	e.ok(200, nil, "POST", "/api/v1/appeals/"+e.open+"/events", `{"action": "answer", "text": "Поздний ответ."}`, kar)
	e.ok(200, nil, "POST", "/api/v1/appeals/"+e.open+"/events", `{"action": "close", "outcome": "solved"}`, kar)
	var again struct {
		Revision int `json:"revision"`
		Changed  int `json:"changed"`
		Public   bool
	}
	e.ok(201, &again, "POST", "/api/v1/rating/runs", `{"period": "2025Q4", "method": 1}`, e.central)
	if again.Revision != 2 || again.Changed == 0 || !again.Public {
		t.Errorf("the second revision: %+v", again)
	}
	var history struct {
		ID           string `json:"id"`
		AssemblyName string `json:"assembly_name"`
		FactionName  string `json:"faction_name"`
		History      []struct {
			Period   string             `json:"period"`
			Method   int                `json:"method"`
			Revision int                `json:"revision"`
			Deputy   string             `json:"deputy"`
			Score    float64            `json:"score"`
			Records  senim.DeputyCounts `json:"records"`
		} `json:"history"`
	}
	e.ok(200, &history, "GET", "/api/v1/deputies/"+e.elected, "")
	if h := history.History; history.ID != e.elected || history.AssemblyName != "Карагандинский областной маслихат" || history.FactionName != "Партия «Сенім»" ||
		len(h) != 1 || h[0].Period != "2025Q4" || h[0].Method != 1 || h[0].Revision != 2 || h[0].Deputy != e.elected || h[0].Records.Solved != 2 {
		t.Errorf("the deputy's history: %+v", history)
	}
	e.ok(200, &history, "GET", "/api/v1/deputies/"+e.elected+"?kind=year", "")
	if len(history.History) != 0 {
		t.Errorf("years never computed: %+v", history.History)
	}
	if r := e.do("GET", "/api/v1/deputies/"+e.elected+"?kind=month", ""); r.status != 422 || !hasFields(r.problem(t), "kind") {
		t.Errorf("a history by months: %d %s", r.status, r.body)
	}
	if r := e.do("GET", "/api/v1/deputies/"+senim.NewID(), ""); r.status != 404 {
		t.Errorf("no such deputy: %d", r.status)
	}
	var first2 ratingAnswer
	e.ok(200, &first2, "GET", "/api/v1/rating", "")
	if first2.Run.Revision != 2 {
		t.Errorf("the rating after the second revision shows revision %d", first2.Run.Revision)
	}
}

// TestRatingPages reads the rating's public pages and downloads, and checks
// the promise of the inputs file: with it and the published version anyone
// computes the very scores the scores file lists.
func TestRatingPages(t *testing.T) {
	e := newRatingEnv(t)
	u := e.srv.URL
	c := browser(t)
	if status, body := get(t, c, u+"/rating"); status != 200 || strings.Contains(body, "Жунусов Елдос") {
		t.Errorf("the rating's page before any version: %d", status)
	}
	e.ok(201, nil, "POST", "/api/v1/rating/methods", defaultMethod(t), e.central)
	e.ok(201, nil, "POST", "/api/v1/rating/runs", `{"period": "2025Q4", "method": 1}`, e.central)
	if _, body := get(t, c, u+"/rating"); strings.Contains(body, "Жунусов Елдос") {
		t.Error("the public page shows a pilot's scores")
	}
	e.ok(200, nil, "POST", "/api/v1/rating/methods/1/publish", "", e.central)

	status, body := get(t, c, u+"/rating")
	for _, want := range []string{"Жунусов Елдос", "Ахметова Айгуль", "Серикбаев Нурлан", "Карагандинский областной маслихат", `href="/rating/deputies/` + e.elected + `"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the rating's page lacks %q", want)
		}
	}
	if status != 200 {
		t.Fatalf("the rating's page: %d", status)
	}
	if status, body := get(t, c, u+"/rating?faction=own"); status != 200 || !strings.Contains(body, "Жунусов Елдос") || strings.Contains(body, "Ахметова Айгуль") {
		t.Errorf("the own faction's page: %d", status)
	}
	if status, body := get(t, c, u+"/rating?lang=kk"); status != 200 || !strings.Contains(body, "Қарағанды облыстық мәслихаты") {
		t.Errorf("the rating's page in Kazakh: %d", status)
	}
	if status, body := get(t, c, u+"/rating?period=2025Q5"); status != 200 || !strings.Contains(body, i18n.T("ru", "rating.period", map[string]any{"period": "2025Q5"})) {
		t.Errorf("a bad period on the page: %d", status)
	}
	status, body = get(t, c, u+"/rating/factions")
	if status != 200 || !strings.Contains(body, "Карагандинский областной маслихат") || !strings.Contains(body, "Западно-Казахстанский областной маслихат") {
		t.Errorf("the factions' page: %d\n%s", status, body)
	}
	status, body = get(t, c, u+"/rating/deputies/"+e.elected)
	if status != 200 || !strings.Contains(body, "Жунусов Елдос") || !strings.Contains(body, "Карагандинский областной маслихат") || !strings.Contains(body, "<svg") {
		t.Errorf("the deputy's page: %d\n%s", status, body)
	}
	if status, _ := get(t, c, u+"/rating/deputies/"+senim.NewID()); status != 404 {
		t.Errorf("no such deputy's page: %d", status)
	}
	status, body = get(t, c, u+"/methodology/rating")
	if status != 200 || !strings.Contains(body, "Первая версия методики.") || !strings.Contains(body, "/methodology/rating?method=1") {
		t.Errorf("the methodology's page: %d\n%s", status, body)
	}

	download := func(path string) (http.Header, []byte) {
		t.Helper()
		res, err := c.Get(u + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
			t.Fatalf("%s: %d %s\n%s", path, res.StatusCode, res.Header.Get("Content-Type"), b)
		}
		return res.Header, b
	}
	// The page's download links keep its filters: the scores of the other
	// faction only, the inputs of everyone (the means pool them all).
	_, page := get(t, c, u+"/rating?faction=other")
	link := func(file string) string {
		t.Helper()
		m := regexp.MustCompile(`href="(/rating/` + file + `\?[^"]*)"`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("no link to %s on the filtered page", file)
		}
		return html.UnescapeString(m[1])
	}
	if _, part := download(link("scores.csv")); !strings.Contains(string(part), "Ахметова Айгуль") || strings.Contains(string(part), "Жунусов Елдос") {
		t.Errorf("the filtered page's scores file:\n%s", part)
	}
	if _, all := download(link("inputs.csv")); !strings.Contains(string(all), "Ахметова Айгуль") || !strings.Contains(string(all), "Жунусов Елдос") {
		t.Errorf("the filtered page's inputs file:\n%s", all)
	}

	h, scores := download("/rating/scores.csv")
	if !strings.HasPrefix(string(scores), "period,method,revision,deputy,") || !strings.Contains(string(scores), "Жунусов Елдос") ||
		!strings.Contains(h.Get("Content-Disposition"), "rating-2025q4-v1-r1-scores.csv") {
		t.Fatalf("the scores file (%s):\n%s", h.Get("Content-Disposition"), scores)
	}
	_, inputs := download("/rating/inputs.csv?period=2025Q4&method=1")

	// Anyone recomputes: the inputs file read back, scored by the published
	// version as the API gives it, makes the scores file to the digit.
	in, err := exchange.ReadRatingInputs(strings.NewReader(string(inputs)))
	if err != nil {
		t.Fatalf("read the inputs back: %v\n%s", err, inputs)
	}
	var m senim.Method
	e.ok(200, &m, "GET", "/api/v1/rating/methods/1", "")
	_, computed := m.Compute(in.Deputies, in.Counts)
	byID := map[string]senim.Score{}
	for _, s := range computed {
		byID[s.Deputy] = s
	}
	rows, err := csv.NewReader(strings.NewReader(string(scores))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(exchange.ScoreColumns, ",") {
		t.Fatalf("the scores file's columns: %v", rows[0])
	}
	if len(rows)-1 != 3 || len(computed) != 3 || in.Period.String() != "2025Q4" {
		t.Fatalf("%d scores listed, %d computed from %s", len(rows)-1, len(computed), in.Period)
	}
	two := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	for _, row := range rows[1:] {
		col := func(name string) string {
			for i, c := range exchange.ScoreColumns {
				if c == name {
					return row[i]
				}
			}
			t.Fatalf("no column %s", name)
			return ""
		}
		s, ok := byID[col("deputy")]
		if !ok {
			t.Errorf("the recomputation lacks %s", col("deputy"))
			continue
		}
		region := ""
		if s.RankRegion > 0 {
			region = strconv.Itoa(s.RankRegion)
		}
		got := []string{col("score"), col("rank_assembly"), col("rank_region"), col("rank_country")}
		want := []string{two(s.Score), strconv.Itoa(s.RankBody), region, strconv.Itoa(s.RankCountry)}
		for _, comp := range s.Components {
			got = append(got, col(string(comp.Input)))
			if comp.Present {
				want = append(want, two(comp.Value))
			} else {
				want = append(want, "")
			}
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: the file lists %v, the recomputation gives %v", col("name"), got, want)
		}
	}
	if byID[e.elected].Score != 75 {
		t.Errorf("the recomputed first: %+v", byID[e.elected])
	}
}
