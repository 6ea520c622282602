package http

import (
	"bytes"
	"context"
	"crypto/subtle"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
	"golang.org/x/text/language"
	xmessage "golang.org/x/text/message"
)

// The web pages: server-rendered, usable without JavaScript, in the
// request's language. Each page template is parsed with the layout.

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// parseTemplates returns every page of templates/ parsed with layout.html
// and the partials (files whose names start with "_").
func parseTemplates() map[string]*template.Template {
	pages := map[string]*template.Template{}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	funcs := template.FuncMap{"dict": dict, "list": func(v ...string) []string { return v }}
	for _, n := range names {
		base := strings.TrimPrefix(n, "templates/")
		if base == "layout.html" || strings.HasPrefix(base, "_") {
			continue
		}
		t := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/_*.html"))
		pages[strings.TrimSuffix(base, ".html")] = template.Must(t.ParseFS(templateFS, n))
	}
	return pages
}

// dict builds a map from name, value pairs, to pass several values to a
// template.
func dict(kv ...any) map[string]any {
	m := make(map[string]any, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		m[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return m
}

// page is what every template gets: the language and its helpers, the
// path (for the language switcher) and the page's own data.
type page struct {
	Lang  string
	Path  string
	Title string
	CSRF  string
	User  *senim.User // the signed-in staff member, if any
	Data  any
}

// T returns a message of the catalog; args are name, value pairs.
func (p *page) T(key string, args ...any) string {
	return i18n.T(p.Lang, key, dict(args...))
}

// N returns a plural message for the count n.
func (p *page) N(key string, n int64) string {
	return i18n.N(p.Lang, key, int(n), map[string]any{"n": p.Num(n)})
}

// printers format numbers the way each language writes them.
var printers = map[string]*xmessage.Printer{
	"ru": xmessage.NewPrinter(language.Russian),
	"kk": xmessage.NewPrinter(language.Kazakh),
	"en": xmessage.NewPrinter(language.English),
}

// Num writes a whole number with the language's digit grouping.
func (p *page) Num(n int64) string {
	return printers[p.Lang].Sprintf("%d", n)
}

// Count writes a count as Num does.
func (p *page) Count(n int) string { return p.Num(int64(n)) }

// Pct writes a share (0.3) as a percentage ("30%", "30,0 %").
func (p *page) Pct(f float64) string {
	s := printers[p.Lang].Sprintf("%.1f", f*100)
	if p.Lang == "en" {
		return s + "%"
	}
	return s + "\u00a0%"
}

// Dec writes a number with one decimal.
func (p *page) Dec(f float64) string {
	return printers[p.Lang].Sprintf("%.1f", f)
}

// Date writes a date as people write it: 24.11.2026, or 24 Nov 2026 in English.
func (p *page) Date(d senim.Date) string {
	if d.IsZero() {
		return "—"
	}
	if p.Lang == "en" {
		return d.Start().Format("2 Jan 2006")
	}
	return d.Start().Format("02.01.2006")
}

// monthNames are the months as a heading names them.
var monthNames = map[string][12]string{
	"ru": {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
	"kk": {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"},
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// Month writes a month of "YYYY-MM" as "март 2026", or as it came if it is
// not one.
func (p *page) Month(s string) string {
	m, err := senim.ParseMonth(s)
	if err != nil {
		return s
	}
	return fmt.Sprintf("%s %d", monthNames[p.Lang][m.Month-1], m.Year)
}

// Time writes an instant in Kazakhstan time.
func (p *page) Time(t time.Time) string {
	if p.Lang == "en" {
		return t.In(senim.KZ).Format("2 Jan 2006, 15:04")
	}
	return t.In(senim.KZ).Format("02.01.2006, 15:04")
}

// Stamp writes an RFC 3339 instant of the API's answers as Time does.
func (p *page) Stamp(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return s
	}
	return p.Time(t)
}

// Languages are the switcher's choices.
func (p *page) Languages() []string { return i18n.Languages }

// render writes a page; a template error is an internal error, logged.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	p := &page{Lang: lang(r), Path: r.URL.RequestURI(), Data: data, CSRF: csrfToken(w, r)}
	if sess := sessionFrom(r); sess != nil {
		p.User, p.CSRF = sess.User, sess.CSRF
	}
	p.Title = p.T(title)
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, p); err != nil {
		s.log.Error("template", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", p.Lang)
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// switchLanguage remembers the language chosen in a cookie and goes back.
func (s *Server) switchLanguage(w http.ResponseWriter, r *http.Request) {
	l := r.PathValue("lang")
	if !i18n.Supported(l) {
		http.NotFound(w, r)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: l, Path: "/", MaxAge: 365 * 24 * 3600, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	back := safeBack(r.URL.Query().Get("back"), "/")
	// A page opened with ?lang= would keep its language over the choice.
	if u, err := url.Parse(back); err == nil && u.Query().Has("lang") {
		q := u.Query()
		q.Del("lang")
		u.RawQuery = q.Encode()
		back = u.String()
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

// csrfCookie holds the anonymous visitor's form token (double-submit): a
// form is accepted only when its hidden token equals the cookie's.
const csrfCookie = "senim_csrf"

func csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) == 32 {
		return c.Value
	}
	token := senim.NewSecret(32)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	r.AddCookie(&http.Cookie{Name: csrfCookie, Value: token})
	return token
}

// postedForm reads a posted form of at most maxBody bytes and checks its
// CSRF token; when either fails it answers 400 and returns false.
func (s *Server) postedForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxBody)
	if err := r.ParseForm(); err != nil || !checkCSRF(r) {
		s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", i18n.T(lang(r), "ui.error.form", nil))
		return false
	}
	return true
}

// contextWithSession and sessionFrom carry a staff session in a request.
func contextWithSession(ctx context.Context, s *senim.Session) context.Context {
	return context.WithValue(ctx, sessionKey{}, s)
}

func sessionFrom(r *http.Request) *senim.Session {
	s, _ := r.Context().Value(sessionKey{}).(*senim.Session)
	return s
}

// checkCSRF reports whether a posted form carries the token of the session,
// or, for a visitor without one, the token of their cookie.
func checkCSRF(r *http.Request) bool {
	if sess := sessionFrom(r); sess != nil {
		got := r.PostFormValue("csrf")
		return subtle.ConstantTimeCompare([]byte(got), []byte(sess.CSRF)) == 1
	}
	c, err := r.Cookie(csrfCookie)
	if err != nil {
		return false
	}
	got := r.PostFormValue("csrf")
	return len(got) == len(c.Value) && subtle.ConstantTimeCompare([]byte(got), []byte(c.Value)) == 1
}

// staticFiles serves the stylesheet with a day's caching.
func staticFiles(root fs.FS) http.Handler {
	h := http.FileServerFS(root)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=86400")
		h.ServeHTTP(w, r)
	})
}
