package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	senim "github.com/senim-kz/senim"
	senimhttp "github.com/senim-kz/senim/http"
)

// routes are the routes that server.go's routes() registers, each of which
// openapi.json must describe. TestOpenAPIDocument also reads server.go, so
// that a route added there and not here (or to the document) fails it.
var routes = []string{
	"GET /healthz",
	"GET /api/v1/openapi.json",
	"GET /api/v1/categories",
	"GET /api/v1/territories",
	"GET /api/v1/territories/{code}",
	"GET /api/v1/offices",
	"POST /api/v1/offices",
	"GET /api/v1/bodies",
	"POST /api/v1/bodies",
	"POST /api/v1/appeals",
	"GET /api/v1/appeals",
	"GET /api/v1/appeals/{id}",
	"POST /api/v1/appeals/{id}/events",
	"GET /api/v1/track/{number}",
	"POST /api/v1/track/{number}/events",
	"GET /api/v1/stats",
	"GET /api/v1/calendar/{year}",
	"POST /api/v1/calendar/days",
	"GET /api/v1/official-roles",
	"PUT /api/v1/official-roles/{code}",
	"GET /api/v1/officials",
	"POST /api/v1/officials",
	"GET /api/v1/officials/{id}",
	"PATCH /api/v1/officials/{id}",
	"GET /api/v1/receptions",
	"POST /api/v1/receptions",
	"GET /api/v1/receptions/report",
	"GET /api/v1/receptions/{id}",
	"POST /api/v1/receptions/{id}/events",
	"POST /api/v1/receptions/{id}/visitors",
	"GET /api/v1/units",
	"GET /api/v1/programmes",
	"POST /api/v1/programmes",
	"POST /api/v1/programmes/import",
	"GET /api/v1/programmes/rollup",
	"GET /api/v1/programmes/{id}",
	"GET /api/v1/programmes/{id}/history",
	"POST /api/v1/programmes/{id}/directions",
	"POST /api/v1/programmes/{id}/indicators",
	"POST /api/v1/programmes/{id}/measures",
	"PATCH /api/v1/measures/{id}",
	"GET /api/v1/indicators/{id}",
	"POST /api/v1/indicators/{id}/measurements",
	"GET /api/v1/councils",
	"POST /api/v1/councils",
	"GET /api/v1/councils/{id}",
	"POST /api/v1/councils/{id}/members",
	"POST /api/v1/councils/{id}/meetings",
	"POST /api/v1/councils/{id}/issues",
	"GET /api/v1/issues",
	"GET /api/v1/issues/stats",
	"GET /api/v1/issues/{id}",
	"POST /api/v1/issues/{id}/events",
	"GET /api/v1/parties",
	"PUT /api/v1/parties/{code}",
	"GET /api/v1/assemblies",
	"POST /api/v1/assemblies",
	"GET /api/v1/deputies",
	"POST /api/v1/deputies",
	"GET /api/v1/deputies/{id}",
	"GET /api/v1/rating",
	"GET /api/v1/rating/factions",
	"GET /api/v1/rating/methods",
	"POST /api/v1/rating/methods",
	"GET /api/v1/rating/methods/{version}",
	"POST /api/v1/rating/methods/{version}/publish",
	"GET /api/v1/branches",
	"POST /api/v1/branches",
	"GET /api/v1/organisations",
	"POST /api/v1/organisations",
	"GET /api/v1/organisations/{ref}",
	"GET /api/v1/members",
	"POST /api/v1/members",
	"POST /api/v1/members/import",
	"GET /api/v1/members/export",
	"GET /api/v1/members/{id}",
	"PATCH /api/v1/members/{id}",
	"POST /api/v1/members/{id}/leave",
	"GET /api/v1/members/{id}/views",
	"GET /api/v1/membership",
	"GET /api/v1/party/settings",
	"PUT /api/v1/party/settings",
	"GET /api/v1/polls",
	"POST /api/v1/polls",
	"GET /api/v1/polls/{id}",
	"POST /api/v1/polls/{id}/votes",
	"POST /api/v1/polls/{id}/close",
	"GET /api/v1/reserve",
	"POST /api/v1/reserve",
	"POST /api/v1/reserve/{id}/leave",
	"GET /api/v1/primaries",
	"POST /api/v1/primaries",
	"GET /api/v1/primaries/{id}",
	"POST /api/v1/primaries/{id}/candidates",
	"POST /api/v1/primaries/{id}/votes",
	"POST /api/v1/primaries/{id}/close",
	"GET /api/v1/lists",
	"POST /api/v1/lists",
	"GET /api/v1/lists/{id}",
	"PUT /api/v1/lists/{id}/candidates",
	"POST /api/v1/lists/{id}/approve",
	"GET /api/v1/meetings",
	"POST /api/v1/meetings",
	"GET /api/v1/meetings/{id}",
	"POST /api/v1/meetings/{id}/items",
	"POST /api/v1/meetings/{id}/items/{n}/vote",
	"GET /api/v1/awards",
	"POST /api/v1/awards",
	"GET /api/v1/elections",
	"POST /api/v1/elections",
	"GET /api/v1/elections/{id}",
	"POST /api/v1/elections/{id}/results",
	"GET /api/v1/elections/{id}/results",
	"GET /api/v1/elections/{id}/results.csv",
	"GET /api/v1/rating/runs",
	"POST /api/v1/rating/runs",
}

// spec is openapi.json, loaded and checked once for all tests.
var spec struct {
	once   sync.Once
	doc    *openapi3.T
	router routers.Router
	err    error
}

func loadOpenAPI(t *testing.T) (*openapi3.T, routers.Router) {
	t.Helper()
	spec.once.Do(func() {
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromData(senimhttp.OpenAPI())
		if err != nil {
			spec.err = fmt.Errorf("load openapi.json: %w", err)
			return
		}
		if err := doc.Validate(context.Background(), openapi3.EnableMultiError(), openapi3.EnableExamplesValidation(),
			openapi3.EnableSchemaFormatValidation(), openapi3.EnableSchemaPatternValidation()); err != nil {
			spec.err = fmt.Errorf("openapi.json is not a valid OpenAPI document: %w", err)
			return
		}
		// The legacy router needs no dependency beyond kin-openapi; the
		// document's one server, "/", matches the server side's URLs, which
		// carry the path alone.
		router, err := legacy.NewRouter(doc)
		if err != nil {
			spec.err = fmt.Errorf("route openapi.json: %w", err)
			return
		}
		spec.doc, spec.router = doc, router
	})
	if spec.err != nil {
		t.Fatal(spec.err)
	}
	return spec.doc, spec.router
}

// validating wraps h so that every exchange is checked against openapi.json:
// the request when the handler accepted it (a 2xx answer: tests send bad
// requests on purpose), the response (status, headers and body) always.
// A mismatch fails the test.
func validating(t *testing.T, h http.Handler) http.Handler {
	t.Helper()
	doc, router := loadOpenAPI(t)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			t.Errorf("%s %s: read the request body: %v", r.Method, r.URL, err)
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)

		// Check before answering: once the client has its answer the test
		// may end, and t must not be used after that. The portal's HTML
		// pages are not part of the API document.
		if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" {
			for _, err := range checkExchange(doc, router, r, body, rec) {
				t.Errorf("%s %s → %d: %v\nrequest body: %s\nresponse body: %s", r.Method, r.URL, rec.Code, err,
					clip(body), clip(rec.Body.Bytes()))
			}
		}

		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	})
}

// checkExchange returns what in a request and its response does not match
// the document.
func checkExchange(doc *openapi3.T, router routers.Router, r *http.Request, body []byte, rec *httptest.ResponseRecorder) []error {
	ctx := context.Background()
	req := r.Clone(ctx)
	req.Body = io.NopCloser(bytes.NewReader(body))
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	req.ContentLength = int64(len(body))

	route, params, err := router.FindRoute(req)
	if err != nil {
		// Any other path under /api/ is a 404 problem from the catch-all
		// route, and a known path with another method a 405 one.
		if (rec.Code == http.StatusNotFound || rec.Code == http.StatusMethodNotAllowed) && strings.HasPrefix(r.URL.Path, "/api/") {
			return checkProblem(doc, rec)
		}
		return []error{fmt.Errorf("no operation of openapi.json describes this request: %w", err)}
	}
	options := &openapi3filter.Options{
		MultiError:            true,
		IncludeResponseStatus: true,
		AuthenticationFunc:    checkBearer,
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route, Options: options}
	var errs []error
	if rec.Code >= 200 && rec.Code < 300 {
		if err := openapi3filter.ValidateRequest(ctx, in); err != nil {
			errs = append(errs, fmt.Errorf("the handler accepted a request that openapi.json does not allow: %w", err))
		}
	}
	out := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: in,
		Status:                 rec.Code,
		Header:                 rec.Header(),
		Options:                options,
	}
	out.SetBodyBytes(rec.Body.Bytes())
	if err := openapi3filter.ValidateResponse(ctx, out); err != nil {
		errs = append(errs, fmt.Errorf("the response does not match openapi.json (operation %s): %w", route.Operation.OperationID, err))
	}
	return errs
}

// checkBearer accepts the document's one security scheme when the request
// carries a bearer token; whether the key is known is the handler's business
// (the request is only checked when it was accepted).
func checkBearer(_ context.Context, in *openapi3filter.AuthenticationInput) error {
	if in.SecuritySchemeName != "apiKey" {
		return fmt.Errorf("unknown security scheme %q", in.SecuritySchemeName)
	}
	key, ok := strings.CutPrefix(in.RequestValidationInput.Request.Header.Get("Authorization"), "Bearer ")
	if !ok || strings.TrimSpace(key) == "" {
		return errors.New("no bearer API key")
	}
	return nil
}

// checkProblem checks an answer that no operation describes against the
// Problem schema.
func checkProblem(doc *openapi3.T, rec *httptest.ResponseRecorder) []error {
	if mt, _, _ := mime.ParseMediaType(rec.Header().Get("Content-Type")); mt != "application/problem+json" {
		return []error{fmt.Errorf("content type %q, want application/problem+json", rec.Header().Get("Content-Type"))}
	}
	var v any
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		return []error{fmt.Errorf("problem is not JSON: %w", err)}
	}
	if err := doc.Components.Schemas["Problem"].Value.VisitJSON(v, openapi3.EnableJSONSchema2020(), openapi3.VisitAsResponse()); err != nil {
		return []error{fmt.Errorf("problem does not match the Problem schema: %w", err)}
	}
	return nil
}

func clip(b []byte) string {
	const max = 2000
	if len(b) > max {
		return strings.ToValidUTF8(string(b[:max]), "") + "…"
	}
	return string(b)
}

// TestOpenAPIDocument checks that openapi.json is a valid OpenAPI document
// and describes exactly the routes of server.go, each fully.
func TestOpenAPIDocument(t *testing.T) {
	doc, _ := loadOpenAPI(t)
	if doc.OpenAPI != "3.1.0" || doc.Info.Title != "Senim API" {
		t.Errorf("openapi %q, title %q", doc.OpenAPI, doc.Info.Title)
	}

	// The list above is server.go's.
	if registered := registeredRoutes(t); !slices.Equal(registered, sorted(routes)) {
		t.Errorf("server.go registers\n\t%s\nthe test lists\n\t%s", strings.Join(registered, "\n\t"), strings.Join(sorted(routes), "\n\t"))
	}

	described := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			route := method + " " + path
			described[route] = true
			if !slices.Contains(routes, route) {
				t.Errorf("openapi.json describes %s, which server.go does not register", route)
			}
			if op.OperationID == "" || op.Summary == "" || len(op.Description) < 40 {
				t.Errorf("%s lacks an operationId, a summary or a real description", route)
			}
			if op.Responses.Value("500") == nil {
				t.Errorf("%s does not describe 500", route)
			}
			if strings.HasPrefix(path, "/api/") {
				if op.Responses.Value("401") == nil {
					t.Errorf("%s does not describe 401 (a bad key fails every route)", route)
				}
				for _, p := range []struct{ in, name string }{{"query", "lang"}, {"cookie", "lang"}, {"header", "Accept-Language"}} {
					if op.Parameters.GetByInAndName(p.in, p.name) == nil {
						t.Errorf("%s does not describe the %s %s", route, p.in, p.name)
					}
				}
			}
			for status, res := range op.Responses.Map() {
				if res.Value == nil || res.Value.Description == nil || *res.Value.Description == "" {
					t.Errorf("%s: response %s has no description", route, status)
				}
				// Every error is problem+json but the health check's plain 503.
				code, _ := strconv.Atoi(status)
				if code >= 400 && !(route == "GET /healthz" && code == http.StatusServiceUnavailable) {
					if res.Value.Content.Get("application/problem+json") == nil {
						t.Errorf("%s: response %s is not problem+json", route, status)
					}
				}
			}
		}
	}
	for _, route := range routes {
		if !described[route] {
			t.Errorf("openapi.json does not describe %s", route)
		}
	}

	// The enums are the domain's.
	enums := map[string][]string{
		"Status":          strs(senim.Statuses),
		"Outcome":         strs(senim.Outcomes),
		"Channel":         strs(senim.Channels),
		"Role":            strs(senim.Roles),
		"Action":          {"register", "take", "forward", "answer", "close", "reopen", "extend", "rate", "comment"},
		"Lang":            {"ru", "kk", "en"},
		"IndicatorStatus": strs(senim.IndicatorStatuses),
		"MeasureStatus":   strs(senim.MeasureStatuses),
		"IssueStatus":     strs(senim.IssueStatuses),
		"CouncilRole":     strs(senim.CouncilRoles),
		"UnitCode":        unitCodes(),
		"AssemblyKind":    strs(senim.AssemblyKinds),
		"Mandate":         strs(senim.Mandates),
		"RatingInput":     strs(senim.RatingInputs),
		"MethodStatus":    {string(senim.MethodPilot), string(senim.MethodPublished)},
	}
	for name, want := range enums {
		s := doc.Components.Schemas[name]
		if s == nil {
			t.Errorf("no schema %s", name)
			continue
		}
		var got []string
		for _, v := range s.Value.Enum {
			got = append(got, fmt.Sprint(v))
		}
		if !slices.Equal(got, want) {
			t.Errorf("schema %s enumerates %v, the domain %v", name, got, want)
		}
	}
	// The objects keyed by the rating's inputs know every input and no other.
	for _, name := range []string{"Method.weights", "Method.strength", "MethodRequest.weights", "MethodRequest.strength", "RatingRun.priors"} {
		schema, prop, _ := strings.Cut(name, ".")
		s := doc.Components.Schemas[schema]
		if s == nil || s.Value.Properties[prop] == nil {
			t.Errorf("no schema %s", name)
			continue
		}
		var got []string
		for k := range s.Value.Properties[prop].Value.Properties {
			got = append(got, k)
		}
		if want := strs(senim.RatingInputs); !slices.Equal(sorted(got), sorted(want)) {
			t.Errorf("schema %s has the inputs %v, the domain %v", name, sorted(got), sorted(want))
		}
	}
}

// registeredRoutes reads the method-bound patterns that the package's
// files register (server.go, and the areas' own route functions).
func registeredRoutes(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, routesOf(t, f)...)
	}
	return sorted(out)
}

// routesOf lists the API patterns a file registers.
func routesOf(t *testing.T, f *ast.File) []string {
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || (sel.Sel.Name != "HandleFunc" && sel.Sel.Name != "Handle") {
			return true
		}
		lit, ok := call.Args[0].(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		pattern, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Fatal(err)
		}
		// The API and the health check; "/api/" (any method) is the
		// catch-all, and the portal's pages are HTML, not in the document.
		_, path, _ := strings.Cut(pattern, " ")
		if strings.HasPrefix(path, "/api/") || path == "/healthz" {
			out = append(out, pattern)
		}
		return true
	})
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func strs[T ~string](s []T) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = string(v)
	}
	return out
}

// TestOpenAPIEveryRoute sends each route a request it accepts and a few it
// refuses, through the validating server, so that every operation of the
// document is checked against what the handlers really answer.
func TestOpenAPIEveryRoute(t *testing.T) {
	e := newEnv(t)
	kar := bearer(e.keyKar)
	aud := bearer(e.keyAud)
	council := bearer(e.key(senim.RoleCouncil, "350000000"))
	central := bearer(e.key(senim.RoleCentral, senim.CountryKATO))
	step := func(method, path, body string, status int, headers ...string) response {
		t.Helper()
		r := e.do(method, path, body, headers...)
		if r.status != status {
			t.Fatalf("%s %s: %d, want %d: %s", method, path, r.status, status, r.body)
		}
		return r
	}

	c := e.submit(validAppeal)
	letter := e.submit(strings.Replace(validAppeal, `"category"`, `"channel": "letter", "received_at": "2026-02-27", "office": "`+
		e.office.Code+`", "category"`, 1), kar)
	events := "/api/v1/appeals/" + c.ID + "/events"
	track := "/api/v1/track/" + c.Number

	step("GET", "/healthz", "", 200)
	step("GET", "/api/v1/openapi.json", "", 200)
	step("GET", "/api/v1/categories?lang=kk", "", 200)
	step("GET", "/api/v1/categories", "", 401, bearer("snm_nope"))
	step("GET", "/api/v1/territories", "", 200, "Accept-Language: en")
	step("GET", "/api/v1/territories?parent=350000000", "", 200)
	step("GET", "/api/v1/territories?parent=35", "", 422)
	step("GET", "/api/v1/territories/350000000", "", 200)
	step("GET", "/api/v1/territories/359900000", "", 404)
	step("GET", "/api/v1/offices", "", 200)
	step("GET", "/api/v1/offices?territory=350000000", "", 200)
	step("GET", "/api/v1/offices?territory=x", "", 422)
	step("GET", "/api/v1/bodies?territory=350000000", "", 200, kar)
	step("GET", "/api/v1/bodies", "", 401)

	step("POST", "/api/v1/appeals", validAppeal, 415, "Content-Type: text/plain")
	step("POST", "/api/v1/appeals", validAppeal, 403, aud)
	step("GET", "/api/v1/appeals?status=registered,in_work&status=closed&channel=web&overdue=false&from=2026-01-01&to=2026-12-31"+
		"&order=deadline&category=housing&territory=350000000&limit=200&office="+e.office.ID, "", 200, kar)
	step("GET", "/api/v1/appeals?q="+c.Number, "", 200, council)
	step("GET", "/api/v1/appeals?territory=270000000", "", 403, kar)
	step("GET", "/api/v1/appeals?limit=0&status=open&order=x", "", 422, kar)
	step("GET", "/api/v1/appeals/"+c.ID, "", 200, council)
	step("GET", "/api/v1/appeals/not-an-id", "", 404, kar)

	step("POST", events, `{"action": "comment", "text": "Позвонили заявителю."}`, 200, kar)
	step("POST", events, `{"action": "extend", "deadline": "2026-04-24", "text": "Нужна проверка на месте."}`, 200, kar)
	step("POST", events, `{"action": "take", "version": 1}`, 409, kar)
	step("POST", events, `{"action": "comment", "text": "x"}`, 403, council)
	step("POST", events, `{"action": "take", "letter_date": "вчера"}`, 422, kar)
	step("POST", events, `{"action": "take"}`, 200, kar)
	step("POST", events, `{"action": "close", "outcome": "explained", "text": "Разъяснено."}`, 200, kar)
	step("POST", "/api/v1/appeals/"+letter.ID+"/events", `{"action": "forward", "body": "`+e.body.ID+
		`", "letter_no": "01-12/345", "letter_date": "2026-03-02", "text": "На исполнение."}`, 200, kar)

	step("GET", track+"?code="+c.TrackingCode, "", 200)
	step("GET", "/api/v1/track/"+letter.Number+"?code="+strings.ToLower(letter.TrackingCode), "", 200)
	step("POST", track+"/events", `{"code": "`+c.TrackingCode+`", "action": "rate", "rating": 4}`, 200)
	step("POST", track+"/events", `{"code": "`+c.TrackingCode+`", "action": "rate", "rating": 5}`, 409)
	step("POST", track+"/events", `{"code": "`+c.TrackingCode+`", "action": "take"}`, 403)
	step("POST", track+"/events", `{"code": "WRONGWRONG", "action": "reopen", "text": "Нет."}`, 404)

	step("GET", "/api/v1/stats", "", 200)
	step("GET", "/api/v1/stats?territory=350000000&from=2026-03&to=2026-03", "", 200)
	step("GET", "/api/v1/stats?territory=359900000", "", 404)
	step("GET", "/api/v1/stats?from=2026-03&to=2026-01", "", 422)

	step("POST", "/api/v1/calendar/days", `{"day": "2026-01-03", "kind": "working", "note": "Постановление"}`, 403, kar)
	step("POST", "/api/v1/calendar/days", `{"day": "2026-01-03", "kind": "working", "note": "Постановление"}`, 201, central)
	step("POST", "/api/v1/calendar/days", `{"day": "2026-01-03", "kind": "holiday"}`, 422, central)
	step("POST", "/api/v1/calendar/days", `{"day": "2026-01-03", "kind": "working"`, 400, central)
	step("GET", "/api/v1/calendar/2026?lang=en", "", 200)
	step("GET", "/api/v1/calendar/1999", "", 422)
}

func unitCodes() []string {
	var out []string
	for _, u := range senim.Units {
		out = append(out, u.Code)
	}
	return out
}
