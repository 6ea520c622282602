package http

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
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
			http.Redirect(w, r, "/staff/signin?back="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
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
	if !s.postedForm(w, r) {
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
	if sessionFrom(r) == nil {
		s.render(w, r, http.StatusBadRequest, "message", "ui.error.title", i18n.T(lang(r), "ui.error.form", nil))
		return
	}
	if !s.postedForm(w, r) {
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
	CanRegister bool
	Export      string // the address of the queue as XLSX
	Appeals     []appealView
	Next        string
	Categories  map[string]string
}

func (s *Server) queue(w http.ResponseWriter, r *http.Request) {
	f := senim.AppealFilter{Order: "deadline", Status: senim.OpenStatuses, After: r.URL.Query().Get("after"), Limit: 50}
	page, err := s.db.FindAppeals(r.Context(), f)
	if senim.ErrorCode(err) == senim.EINVALID {
		http.Redirect(w, r, "/staff", http.StatusSeeOther)
		return
	}
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	_, names, err := s.categories(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := queueView{Next: page.Next, Categories: names, CanRegister: senim.ActorFrom(r.Context()).CanHandleAppeals(),
		Export: "/staff/appeals.xlsx?" + url.Values{"status": {openStatuses}, "order": {"deadline"}}.Encode()}
	for _, a := range page.Appeals {
		v.Appeals = append(v.Appeals, s.viewAppeal(r, a))
	}
	s.render(w, r, http.StatusOK, "queue", "ui.queue.title", v)
}

func (s *Server) appealPage(w http.ResponseWriter, r *http.Request) {
	s.showAppeal(w, r, http.StatusOK, "", nil)
}

// showAppeal renders an appeal's page; after a refused action, with the
// action, its message and what was typed.
func (s *Server) showAppeal(w http.ResponseWriter, r *http.Request, status int, failed senim.Action, problem error) {
	a, err := s.db.FindAppeal(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	_, names, err := s.categories(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	views, err := s.db.PersonalDataViews(r.Context(), a.ID)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v := appealPageView{Appeal: s.viewAppeal(r, a), Category: names[a.Category], Failed: string(failed), Form: map[string]string{}, Views: views}
	if problem != nil {
		v.Problem = pageMessage(lang(r), problem)
		for _, f := range []string{"body", "letter_no", "letter_date", "text", "outcome", "deadline"} {
			v.Form[f] = r.PostFormValue(f)
		}
	}
	if slices.Contains(v.Appeal.Allowed, senim.ActForward) {
		// The bodies of the appeal's oblast.
		region := a.Territory.Region()
		bodies, err := s.db.FindBodies(r.Context(), senim.BodyFilter{Territory: &region})
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		for _, b := range bodies {
			v.Bodies = append(v.Bodies, viewBody(lang(r), b))
		}
	}
	s.render(w, r, status, "appeal", "ui.appeal.title", v)
}

// act applies an action posted from an appeal's page and goes back to it.
func (s *Server) act(w http.ResponseWriter, r *http.Request) {
	if !s.postedForm(w, r) {
		return
	}
	req := changeRequest{Action: r.PostFormValue("action"), Body: r.PostFormValue("body"), LetterNo: r.PostFormValue("letter_no"),
		LetterDate: r.PostFormValue("letter_date"), Text: r.PostFormValue("text"), Outcome: r.PostFormValue("outcome"),
		Deadline: r.PostFormValue("deadline")}
	if v, err := strconv.Atoi(r.PostFormValue("version")); err == nil {
		req.Version = v
	}
	c, err := req.change()
	if err == nil {
		_, err = s.db.ChangeAppeal(r.Context(), r.PathValue("id"), c)
	}
	switch senim.ErrorCode(err) {
	case "":
		http.Redirect(w, r, "/staff/appeals/"+r.PathValue("id"), http.StatusSeeOther)
	case senim.EINVALID:
		s.showAppeal(w, r, http.StatusUnprocessableEntity, c.Action, err)
	case senim.ECONFLICT:
		s.showAppeal(w, r, http.StatusConflict, c.Action, err)
	case senim.EFORBIDDEN:
		s.showAppeal(w, r, http.StatusForbidden, c.Action, err)
	default:
		s.pageError(w, r, err)
	}
}

type appealPageView struct {
	Appeal   appealView
	Category string
	Bodies   []bodyView
	Failed   string // the action that was refused
	Problem  string // why
	Form     map[string]string
	Views    []senim.PersonalDataView // who saw the personal data unmasked
}

// ViewCount is how many times the personal data was seen unmasked.
func (v appealPageView) ViewCount() int64 { return int64(len(v.Views)) }

// Can reports whether the action is open to the staff member now.
func (v appealPageView) Can(action string) bool {
	return slices.Contains(v.Appeal.Allowed, senim.Action(action))
}

// safeBack returns a local path to go back to, or def.
func safeBack(back, def string) string {
	if len(back) < 1 || back[0] != '/' || (len(back) > 1 && (back[1] == '/' || back[1] == '\\')) {
		return def
	}
	return back
}

// pageMessage renders an error for a page: its message, then those of the
// fields at fault, without the fields' technical names.
func pageMessage(lang string, err error) string {
	e, ok := err.(*senim.Error)
	if !ok {
		return err.Error()
	}
	if len(e.Details) == 0 {
		return message(lang, e)
	}
	out := message(lang, e)
	for _, d := range e.Details {
		out += " " + message(lang, d)
	}
	return out
}

// registerForm is the operator's form for an appeal that came in person,
// by phone, by letter or at a reception.
func (s *Server) registerForm(w http.ResponseWriter, r *http.Request) {
	if !senim.ActorFrom(r.Context()).CanHandleAppeals() {
		s.pageError(w, r, senim.Errorf(senim.EFORBIDDEN, "forbidden"))
		return
	}
	v, err := s.submitView(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	v.Form["channel"] = string(senim.ChannelVisit)
	s.render(w, r, http.StatusOK, "register", "ui.register.title", v)
}

func (s *Server) register(w http.ResponseWriter, r *http.Request) {
	v, ok := s.postedAppealForm(w, r)
	if !ok {
		return
	}
	a, _, err := s.db.CreateAppeal(r.Context(), v.input())
	switch senim.ErrorCode(err) {
	case "":
		http.Redirect(w, r, "/staff/appeals/"+a.ID, http.StatusSeeOther)
	case senim.EINVALID:
		v.fieldErrors(lang(r), err)
		s.renderAppealForm(w, r, http.StatusUnprocessableEntity, "register", "ui.register.title", v)
	case senim.EFORBIDDEN:
		v.Problem = message(lang(r), err.(*senim.Error))
		s.renderAppealForm(w, r, http.StatusForbidden, "register", "ui.register.title", v)
	default:
		s.pageError(w, r, err)
	}
}
