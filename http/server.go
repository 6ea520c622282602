// Package http serves Senim over HTTP: the public portal's pages, the JSON
// API under /api/v1 and the health check. Handlers turn requests into calls on the store and render
// what the domain returns; errors are mapped to status codes and localised
// problem+json in one place (problem.go).
package http

import (
	"context"
	_ "embed"
	"errors"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
	"github.com/senim-kz/senim/store"
)

// Config tunes the server.
type Config struct {
	// SubmitPerMinute is how many appeals one address may submit a minute
	// without an API key; SubmitBurst how many at once.
	SubmitPerMinute float64
	SubmitBurst     int
	// VotesPerMinute is how many votes in polls one address may try a
	// minute (30 by default: many voters share a mobile carrier's
	// address), VoteBurst how many at once (20); apart from the appeals'.
	VotesPerMinute float64
	VoteBurst      int
	// ExportRows is the most rows an XLSX export carries (100,000 by
	// default); a longer list is cut, and the sheet says so.
	ExportRows int
	// TrustProxy takes the client's address from X-Forwarded-For (set it
	// only behind a reverse proxy that overwrites the header).
	TrustProxy bool
}

// Server is the HTTP front of the store.
type Server struct {
	db      *store.DB
	log     *slog.Logger
	cfg     Config
	limiter *limiter
	votes   *limiter // the polls' votes, apart from the appeals
	mux     *http.ServeMux
	pages   map[string]*template.Template
	// exports bounds the XLSX exports running at once: each holds a
	// temporary file and, at the end, the zipped workbook in memory.
	exports chan struct{}
}

// NewServer returns a server for db.
func NewServer(db *store.DB, log *slog.Logger, cfg Config) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.SubmitPerMinute <= 0 {
		cfg.SubmitPerMinute = 10
	}
	if cfg.SubmitBurst <= 0 {
		cfg.SubmitBurst = 5
	}
	if cfg.VotesPerMinute <= 0 {
		cfg.VotesPerMinute = 30
	}
	if cfg.VoteBurst <= 0 {
		cfg.VoteBurst = 20
	}
	if cfg.ExportRows <= 0 {
		cfg.ExportRows = 100_000
	}
	s := &Server{db: db, log: log, cfg: cfg, mux: http.NewServeMux(), limiter: newLimiter(cfg.SubmitPerMinute/60, cfg.SubmitBurst),
		votes: newLimiter(cfg.VotesPerMinute/60, cfg.VoteBurst),
		pages: parseTemplates(), exports: make(chan struct{}, 2)}
	s.routes()
	return s
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /healthz", s.healthz)
	m.HandleFunc("GET /api/v1/openapi.json", s.openapi)
	m.HandleFunc("GET /api/v1/categories", s.listCategories)
	m.HandleFunc("GET /api/v1/territories", s.listTerritories)
	m.HandleFunc("GET /api/v1/territories/{code}", s.getTerritory)
	m.HandleFunc("GET /api/v1/offices", s.listOffices)
	m.HandleFunc("POST /api/v1/offices", s.staff(s.createOffice))
	m.HandleFunc("GET /api/v1/bodies", s.staff(s.listBodies))
	m.HandleFunc("POST /api/v1/bodies", s.staff(s.createBody))
	m.HandleFunc("POST /api/v1/appeals", s.createAppeal)
	m.HandleFunc("GET /api/v1/appeals", s.staff(s.listAppeals))
	m.HandleFunc("GET /api/v1/appeals/{id}", s.staff(s.getAppeal))
	m.HandleFunc("POST /api/v1/appeals/{id}/events", s.staff(s.changeAppeal))
	m.HandleFunc("GET /api/v1/track/{number}", s.trackAppeal)
	m.HandleFunc("POST /api/v1/track/{number}/events", s.changeTrackedAppeal)
	m.HandleFunc("GET /api/v1/stats", s.stats)
	m.HandleFunc("GET /api/v1/calendar/{year}", s.calendar)
	m.HandleFunc("POST /api/v1/calendar/days", s.staff(s.setCalendarDay))
	m.HandleFunc("GET /api/v1/official-roles", s.listOfficialRoles)
	m.HandleFunc("PUT /api/v1/official-roles/{code}", s.staff(s.setObligation))
	m.HandleFunc("GET /api/v1/officials", s.listOfficials)
	m.HandleFunc("POST /api/v1/officials", s.staff(s.createOfficial))
	m.HandleFunc("GET /api/v1/officials/{id}", s.getOfficial)
	m.HandleFunc("PATCH /api/v1/officials/{id}", s.staff(s.endOfficial))
	m.HandleFunc("GET /api/v1/receptions", s.listReceptions)
	m.HandleFunc("POST /api/v1/receptions", s.staff(s.createReception))
	m.HandleFunc("GET /api/v1/receptions/report", s.staff(s.receptionReport))
	m.HandleFunc("GET /api/v1/receptions/{id}", s.getReception)
	m.HandleFunc("POST /api/v1/receptions/{id}/events", s.staff(s.changeReception))
	m.HandleFunc("POST /api/v1/receptions/{id}/visitors", s.staff(s.addVisitor))
	m.HandleFunc("GET /api/v1/units", s.listUnits)
	m.HandleFunc("GET /api/v1/programmes", s.listProgrammes)
	m.HandleFunc("POST /api/v1/programmes", s.staff(s.adoptProgramme))
	m.HandleFunc("POST /api/v1/programmes/import", s.staff(s.importProgramme))
	m.HandleFunc("GET /api/v1/programmes/rollup", s.programmeRollup)
	m.HandleFunc("GET /api/v1/programmes/{id}", s.getProgramme)
	m.HandleFunc("GET /api/v1/programmes/{id}/history", s.programmeHistory)
	m.HandleFunc("POST /api/v1/programmes/{id}/directions", s.staff(s.addDirection))
	m.HandleFunc("POST /api/v1/programmes/{id}/indicators", s.staff(s.addIndicator))
	m.HandleFunc("POST /api/v1/programmes/{id}/measures", s.staff(s.addMeasure))
	m.HandleFunc("PATCH /api/v1/measures/{id}", s.staff(s.setMeasureStatus))
	m.HandleFunc("GET /api/v1/indicators/{id}", s.getIndicator)
	m.HandleFunc("POST /api/v1/indicators/{id}/measurements", s.staff(s.addMeasurement))
	m.HandleFunc("GET /api/v1/councils", s.listCouncils)
	m.HandleFunc("POST /api/v1/councils", s.staff(s.createCouncil))
	m.HandleFunc("GET /api/v1/councils/{id}", s.getCouncil)
	m.HandleFunc("POST /api/v1/councils/{id}/members", s.staff(s.addCouncilMember))
	m.HandleFunc("POST /api/v1/councils/{id}/meetings", s.staff(s.addMeeting))
	m.HandleFunc("POST /api/v1/councils/{id}/issues", s.staff(s.takeIssue))
	m.HandleFunc("GET /api/v1/issues", s.listIssues)
	m.HandleFunc("GET /api/v1/issues/stats", s.issueStats)
	m.HandleFunc("GET /api/v1/issues/{id}", s.getIssue)
	m.HandleFunc("POST /api/v1/issues/{id}/events", s.staff(s.changeIssue))
	m.HandleFunc("GET /api/v1/parties", s.listParties)
	m.HandleFunc("PUT /api/v1/parties/{code}", s.staff(s.saveParty))
	m.HandleFunc("GET /api/v1/assemblies", s.listAssemblies)
	m.HandleFunc("POST /api/v1/assemblies", s.staff(s.createAssembly))
	m.HandleFunc("GET /api/v1/deputies", s.listDeputies)
	m.HandleFunc("POST /api/v1/deputies", s.staff(s.addDeputy))
	m.HandleFunc("GET /api/v1/deputies/{id}", s.getDeputy)
	m.HandleFunc("GET /api/v1/branches", s.listBranches)
	m.HandleFunc("POST /api/v1/branches", s.staff(s.createBranch))
	m.HandleFunc("GET /api/v1/organisations", s.listOrgs)
	m.HandleFunc("POST /api/v1/organisations", s.staff(s.createOrg))
	m.HandleFunc("GET /api/v1/organisations/{ref}", s.getOrg)
	m.HandleFunc("GET /api/v1/members", s.staff(s.listMembers))
	m.HandleFunc("POST /api/v1/members", s.staff(s.admitMember))
	m.HandleFunc("POST /api/v1/members/import", s.staff(s.importMembers))
	m.HandleFunc("GET /api/v1/members/export", s.staff(s.exportMembers))
	m.HandleFunc("GET /api/v1/members/{id}", s.staff(s.getMember))
	m.HandleFunc("PATCH /api/v1/members/{id}", s.staff(s.updateMember))
	m.HandleFunc("POST /api/v1/members/{id}/leave", s.staff(s.leaveMember))
	m.HandleFunc("GET /api/v1/members/{id}/views", s.staff(s.memberViews))
	m.HandleFunc("GET /api/v1/membership", s.membershipStats)
	m.HandleFunc("GET /api/v1/party/settings", s.getPartySettings)
	m.HandleFunc("PUT /api/v1/party/settings", s.staff(s.putPartySettings))
	s.pollRoutes(m)
	s.primaryRoutes(m)
	s.conferenceRoutes(m)
	s.electionRoutes(m)
	m.HandleFunc("GET /api/v1/rating", s.getRating)
	m.HandleFunc("GET /api/v1/rating/factions", s.getFactions)
	m.HandleFunc("GET /api/v1/rating/methods", s.listMethods)
	m.HandleFunc("POST /api/v1/rating/methods", s.staff(s.createMethod))
	m.HandleFunc("GET /api/v1/rating/methods/{version}", s.getMethod)
	m.HandleFunc("POST /api/v1/rating/methods/{version}/publish", s.staff(s.publishMethod))
	m.HandleFunc("GET /api/v1/rating/runs", s.listRuns)
	m.HandleFunc("POST /api/v1/rating/runs", s.staff(s.computeRun))
	m.HandleFunc("GET /files/{id}", s.getFile)
	m.HandleFunc("/api/", s.noRoute)
	m.HandleFunc("GET /open311/{file}", s.open311Discovery)
	m.HandleFunc("GET /open311/v2/{file}", s.open311Get)
	m.HandleFunc("POST /open311/v2/{file}", s.open311Post)
	m.HandleFunc("GET /open311/v2/services/{file}", s.open311Service)
	m.HandleFunc("GET /open311/v2/requests/{file}", s.open311Request)
	m.HandleFunc("GET /open311/v2/tokens/{file}", s.open311Token)
	m.HandleFunc("/open311/", s.open311NoRoute)

	m.HandleFunc("GET /{$}", s.home)
	m.HandleFunc("GET /t/{code}", s.territory)
	m.HandleFunc("GET /submit", s.submitForm)
	m.HandleFunc("POST /submit", s.submit)
	m.HandleFunc("GET /track", s.trackPage)
	m.HandleFunc("GET /receptions", s.schedulePage)
	m.HandleFunc("GET /programmes", s.programmesPage)
	m.HandleFunc("GET /programmes/{id}", s.programmePage)
	m.HandleFunc("GET /programmes/{id}/form.xlsx", s.exportProgramme)
	m.HandleFunc("GET /programmes/form.xlsx", s.programmeTemplate)
	m.HandleFunc("GET /indicators/{id}", s.indicatorPage)
	m.HandleFunc("GET /methodology/programmes", s.methodologyPage)
	m.HandleFunc("GET /councils", s.councilsPage)
	m.HandleFunc("GET /councils/{id}", s.councilPage)
	m.HandleFunc("GET /issues/{id}", s.issuePage)
	m.HandleFunc("GET /rating", s.ratingPage)
	m.HandleFunc("GET /rating/scores.csv", s.ratingScoresCSV)
	m.HandleFunc("GET /rating/inputs.csv", s.ratingInputsCSV)
	m.HandleFunc("GET /rating/factions", s.factionsPage)
	m.HandleFunc("GET /rating/deputies/{id}", s.deputyPage)
	m.HandleFunc("GET /methodology/rating", s.ratingMethodologyPage)
	m.HandleFunc("GET /party", s.partyPage)
	m.HandleFunc("GET /lang/{lang}", s.switchLanguage)
	m.HandleFunc("GET /staff/signin", s.signinForm)
	m.HandleFunc("POST /staff/signin", s.signin)
	m.HandleFunc("POST /staff/signout", s.signout)
	m.HandleFunc("GET /staff", s.signedIn(s.queue))
	m.HandleFunc("GET /staff/appeals", s.signedIn(s.listPage))
	m.HandleFunc("GET /staff/appeals.xlsx", s.signedIn(s.exportList))
	m.HandleFunc("GET /staff/stats", s.signedIn(s.statsPage))
	m.HandleFunc("GET /staff/stats.xlsx", s.signedIn(s.exportStats))
	m.HandleFunc("GET /staff/appeals/{id}", s.signedIn(s.appealPage))
	m.HandleFunc("POST /staff/appeals/{id}", s.signedIn(s.act))
	m.HandleFunc("GET /staff/receptions", s.signedIn(s.receptionsPage))
	m.HandleFunc("POST /staff/receptions", s.signedIn(s.planReception))
	m.HandleFunc("GET /staff/receptions/report", s.signedIn(s.reportPage))
	m.HandleFunc("GET /staff/receptions/{id}", s.signedIn(s.receptionPage))
	m.HandleFunc("POST /staff/receptions/{id}", s.signedIn(s.actOnReception))
	m.HandleFunc("GET /staff/officials", s.signedIn(s.officialsPage))
	m.HandleFunc("POST /staff/officials", s.signedIn(s.addOfficial))
	m.HandleFunc("GET /staff/register", s.signedIn(s.registerForm))
	m.HandleFunc("POST /staff/register", s.signedIn(s.register))
	m.HandleFunc("GET /staff/programmes", s.signedIn(s.staffProgrammesPage))
	m.HandleFunc("POST /staff/programmes", s.signedIn(s.adoptProgrammeForm))
	m.HandleFunc("GET /staff/programmes/{id}", s.signedIn(s.staffProgrammePage))
	m.HandleFunc("POST /staff/programmes/{id}", s.signedIn(s.changeProgrammeForm))
	m.HandleFunc("GET /staff/indicators/{id}", s.signedIn(s.staffIndicatorPage))
	m.HandleFunc("POST /staff/indicators/{id}", s.signedIn(s.measurementForm))
	m.HandleFunc("GET /staff/councils", s.signedIn(s.staffCouncilsPage))
	m.HandleFunc("POST /staff/councils", s.signedIn(s.createCouncilForm))
	m.HandleFunc("GET /staff/councils/{id}", s.signedIn(s.staffCouncilPage))
	m.HandleFunc("POST /staff/councils/{id}", s.signedIn(s.changeCouncilForm))
	m.HandleFunc("GET /staff/members", s.signedIn(s.staffMembersPage))
	m.HandleFunc("POST /staff/members", s.signedIn(s.staffMembersForm))
	m.HandleFunc("GET /staff/members.csv", s.signedIn(s.exportMembers))
	m.HandleFunc("GET /staff/members.xlsx", s.signedIn(s.exportMembers))
	m.HandleFunc("GET /staff/members/{id}", s.signedIn(s.staffMemberPage))
	m.HandleFunc("POST /staff/members/{id}", s.signedIn(s.staffMemberForm))
	m.HandleFunc("GET /staff/rating", s.signedIn(s.staffRatingPage))
	m.HandleFunc("POST /staff/rating", s.signedIn(s.staffRatingForm))
	m.HandleFunc("GET /staff/issues/{id}", s.signedIn(s.staffIssuePage))
	m.HandleFunc("POST /staff/issues/{id}", s.signedIn(s.changeIssueForm))
	static, _ := fs.Sub(staticFS, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", staticFiles(static)))
	m.HandleFunc("/", s.notFoundPage)
}

// ServeHTTP runs every request through recovery, security headers, the
// language and the caller's identity.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: 200}
	defer func() {
		if v := recover(); v != nil {
			s.log.Error("panic", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			s.error(rec, r, senim.Internal(errors.New("panic")))
		}
		s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", time.Since(start))
	}()
	h := rec.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Vary", "Accept-Language, Cookie")

	ctx := withLang(r.Context(), requestLang(r))
	// Only a bearer key is a credential here; other schemes (a proxy's Basic
	// authentication, say) are not ours to judge.
	if key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		actor, err := s.db.APIKeyActor(ctx, strings.TrimSpace(key))
		if err != nil {
			s.error(rec, r.WithContext(ctx), err)
			return
		}
		ctx = senim.WithActor(ctx, actor)
	}
	r = r.WithContext(ctx)
	if !strings.HasPrefix(r.URL.Path, "/api/") && !strings.HasPrefix(r.URL.Path, "/static/") {
		r = s.withSession(r)
	}
	s.mux.ServeHTTP(rec, r)
}

// noRoute answers an API address that no route takes: 405 with the methods
// the address does take, or 404.
func (s *Server) noRoute(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{"GET", "POST"} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "" && pattern != "/api/" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.error(w, r, statusError{http.StatusMethodNotAllowed, senim.Errorf(senim.EINVALID, "method")})
		return
	}
	s.error(w, r, &senim.Error{Code: senim.ENOTFOUND, Key: "notfound.route"})
}

// staff wraps a handler that needs a staff actor.
func (s *Server) staff(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !senim.ActorFrom(r.Context()).IsStaff() {
			w.Header().Set("WWW-Authenticate", `Bearer realm="senim"`)
			s.error(w, r, senim.Errorf(senim.EUNAUTHORIZED, "auth.required"))
			return
		}
		h(w, r)
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.db.Ping(ctx); err != nil {
		s.log.Warn("health check failed", "err", err)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte("store unreachable\n"))
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Write([]byte("ok\n"))
}

//go:embed openapi.json
var openapiDoc []byte

// OpenAPI returns the API's OpenAPI document.
func OpenAPI() []byte { return openapiDoc }

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.Write(openapiDoc)
}

type langKey struct{}

func withLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, langKey{}, lang)
}

// lang returns the language of the request.
func lang(r *http.Request) string {
	if l, ok := r.Context().Value(langKey{}).(string); ok {
		return l
	}
	return i18n.Default
}

// requestLang picks the language: ?lang=, then the lang cookie, then Accept-Language.
func requestLang(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); i18n.Supported(l) {
		return l
	}
	if c, err := r.Cookie("lang"); err == nil && i18n.Supported(c.Value) {
		return c.Value
	}
	return i18n.Negotiate(r.Header.Get("Accept-Language"))
}

// clientIP returns the address that rate limits count against.
func (s *Server) clientIP(r *http.Request) string {
	if s.cfg.TrustProxy {
		// The proxy appends the address it saw: the last entry is the one
		// the client cannot forge.
		if f := r.Header.Values("X-Forwarded-For"); len(f) > 0 {
			parts := strings.Split(f[len(f)-1], ",")
			return strings.TrimSpace(parts[len(parts)-1])
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}
