package http

import (
	"net/http"

	senim "github.com/senim-kz/senim"
)

// The staff workspace: sign-in, the queue, an appeal's page. A signed-in
// staff member acts as their user, in their role and territory; every
// store call below is scoped by that actor.

const sessionCookie = "senim_session"

type sessionKey struct{}

// withSession puts the session of the request's cookie, if it is live, into
// the context, with the user as the actor.
func (s *Server) withSession(r *http.Request) *http.Request {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return r
	}
	sess, err := s.db.FindSession(r.Context(), c.Value)
	if err != nil {
		return r
	}
	ctx := senim.WithActor(r.Context(), sess.User.Actor())
	return r.WithContext(contextWithSession(ctx, sess))
}

// signedIn wraps a staff page: without a live session the visitor is sent
// to sign in and then back.
func (s *Server) signedIn(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if sessionFrom(r) == nil {
			http.Redirect(w, r, "/staff/signin?back="+r.URL.RequestURI(), http.StatusSeeOther)
			return
		}
		w.Header().Set("Cache-Control", "no-store")
		h(w, r)
	}
}

type signinView struct {
	Login, Back, Problem string
}

func (s *Server) signinForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "signin", "ui.signin.title", signinView{Back: safeBack(r.URL.Query().Get("back"), "/staff")})
}

func (s *Server) signin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil || !checkCSRF(r) {
		s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", "ui.error.form")
		return
	}
	v := signinView{Login: r.PostFormValue("login"), Back: safeBack(r.PostFormValue("back"), "/staff")}
	sess, token, err := s.db.SignIn(r.Context(), v.Login, r.PostFormValue("password"))
	if err != nil {
		code := senim.ErrorCode(err)
		if code != senim.EUNAUTHORIZED && code != senim.ETOOMANY {
			s.pageError(w, r, err)
			return
		}
		v.Problem = message(lang(r), err.(*senim.Error))
		status := http.StatusUnauthorized
		if code == senim.ETOOMANY {
			status = http.StatusTooManyRequests
		}
		s.render(w, r, status, "signin", "ui.signin.title", v)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: token, Path: "/", HttpOnly: true, Secure: r.TLS != nil,
		SameSite: http.SameSiteLaxMode, MaxAge: int(senim.SessionMax.Seconds())})
	s.log.Info("signed in", "login", sess.User.Login)
	http.Redirect(w, r, v.Back, http.StatusSeeOther)
}

func (s *Server) signout(w http.ResponseWriter, r *http.Request) {
	sess := sessionFrom(r)
	if sess == nil || !checkCSRF(r) {
		s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", "ui.error.form")
		return
	}
	if c, err := r.Cookie(sessionCookie); err == nil {
		if err := s.db.SignOut(r.Context(), c.Value); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// queueView is the staff member's queue: waiting appeals, overdue first.
type queueView struct {
	User       *senim.User
	Appeals    []appealView
	Next       string
	Categories map[string]string
}

// categoryNames returns the categories' names in the request's language.
func (s *Server) categoryNames(r *http.Request) (map[string]string, error) {
	cats, err := s.db.FindCategories(r.Context())
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(cats))
	for _, c := range cats {
		out[c.Code] = c.Name(lang(r))
	}
	return out, nil
}

func (s *Server) queue(w http.ResponseWriter, r *http.Request) {
	f := senim.AppealFilter{Order: "deadline", Status: []senim.Status{senim.StatusRegistered, senim.StatusInWork, senim.StatusForwarded},
		After: r.URL.Query().Get("after"), Limit: 50}
	page, err := s.db.FindAppeals(r.Context(), f)
	if senim.ErrorCode(err) == senim.EINVALID {
		http.Redirect(w, r, "/staff", http.StatusSeeOther)
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	names, err := s.categoryNames(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := queueView{User: sessionFrom(r).User, Next: page.Next, Categories: names}
	for _, a := range page.Appeals {
		v.Appeals = append(v.Appeals, s.viewAppeal(r, a))
	}
	s.render(w, r, http.StatusOK, "queue", "ui.queue.title", v)
}

func (s *Server) appealPage(w http.ResponseWriter, r *http.Request) {
	a, err := s.db.FindAppeal(r.Context(), r.PathValue("id"))
	if senim.ErrorCode(err) == senim.ENOTFOUND {
		s.notFoundPage(w, r)
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	names, err := s.categoryNames(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "appeal", "ui.appeal.title", appealPageView{Appeal: s.viewAppeal(r, a), Category: names[a.Category]})
}

type appealPageView struct {
	Appeal   appealView
	Category string
}

// safeBack returns a local path to go back to, or def.
func safeBack(back, def string) string {
	if len(back) < 1 || back[0] != '/' || (len(back) > 1 && (back[1] == '/' || back[1] == '\\')) {
		return def
	}
	return back
}
