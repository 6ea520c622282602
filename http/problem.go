package http

import (
	"encoding/json"
	"errors"
	"maps"
	"net/http"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/i18n"
)

// Problem is an RFC 9457 problem detail, with the domain's code and, for
// invalid input, one entry per field at fault.
type Problem struct {
	Type     string         `json:"type"`
	Title    string         `json:"title"`
	Status   int            `json:"status"`
	Detail   string         `json:"detail"`
	Instance string         `json:"instance,omitempty"`
	Code     string         `json:"code"`
	Errors   []FieldProblem `json:"errors,omitempty"`
}

// FieldProblem names one field and what is wrong with it.
type FieldProblem struct {
	Field  string `json:"field"`
	Key    string `json:"key"`
	Detail string `json:"detail"`
}

// statusOf maps each domain error code to its HTTP status: the one place
// where that mapping lives.
var statusOf = map[string]int{
	senim.EINVALID:      http.StatusUnprocessableEntity,
	senim.ENOTFOUND:     http.StatusNotFound,
	senim.ECONFLICT:     http.StatusConflict,
	senim.EFORBIDDEN:    http.StatusForbidden,
	senim.EUNAUTHORIZED: http.StatusUnauthorized,
	senim.ETOOMANY:      http.StatusTooManyRequests,
	senim.EUNAVAILABLE:  http.StatusServiceUnavailable,
	senim.EINTERNAL:     http.StatusInternalServerError,
}

// statusError gives a domain error a status of its own: 400 for a request
// that could not be read at all (broken JSON, wrong types) rather than 422,
// 413 for a body over the limit.
type statusError struct {
	status int
	err    *senim.Error
}

func (e statusError) Error() string { return e.err.Error() }
func (e statusError) Unwrap() error { return e.err }

func badRequest(e *senim.Error) error { return statusError{http.StatusBadRequest, e} }

// error writes err as problem+json in the request's language. Unexpected
// errors are logged and shown as a generic internal error.
func (s *Server) error(w http.ResponseWriter, r *http.Request, err error) {
	lang := lang(r)
	var e *senim.Error
	status := 0
	var se statusError
	switch {
	case errors.As(err, &se):
		e, status = se.err, se.status
	case errors.As(err, &e):
		status = statusOf[e.Code]
	}
	if e == nil || status == 0 || e.Code == senim.EINTERNAL || e.Code == senim.EUNAVAILABLE {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		if e == nil || status == 0 {
			e, status = senim.Internal(err), http.StatusInternalServerError
		}
	}
	p := Problem{
		Type:     "/api/v1/problems#" + e.Code,
		Title:    i18n.T(lang, "title."+e.Code, nil),
		Status:   status,
		Detail:   message(lang, e),
		Instance: r.URL.Path,
		Code:     e.Code,
	}
	for _, d := range e.FieldErrors() {
		p.Errors = append(p.Errors, FieldProblem{Field: d.Field, Key: d.Key, Detail: message(lang, d)})
	}
	if len(e.Details) > 0 && e.Key == "invalid.many" && len(p.Errors) > 0 {
		p.Detail = message(lang, e)
	}
	if status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "60")
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.Header().Set("Content-Language", lang)
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(p)
}

// message renders a domain error's message in lang.
func message(lang string, e *senim.Error) string {
	if e.Key == "" {
		return i18n.T(lang, "title."+e.Code, nil)
	}
	return i18n.T(lang, e.Key, localArgs(lang, e.Args))
}

// localArgs writes a message's fractional numbers the way the language
// does ("6,7" in Russian and Kazakh); other arguments are left as they are.
func localArgs(lang string, args map[string]any) map[string]any {
	var out map[string]any
	for k, v := range args {
		f, ok := v.(float64)
		if !ok || f == float64(int64(f)) {
			continue
		}
		if out == nil {
			out = maps.Clone(args)
		}
		text := strconv.FormatFloat(f, 'f', -1, 64)
		if lang != "en" {
			text = strings.Replace(text, ".", ",", 1)
		}
		out[k] = text
	}
	if out == nil {
		return args
	}
	return out
}

// Message renders any error as a sentence in lang, with one line per field
// at fault: for the command line and logs.
func Message(lang string, err error) string {
	var e *senim.Error
	if !errors.As(err, &e) {
		return err.Error()
	}
	out := message(lang, e)
	for _, d := range e.Details {
		out += "\n  " + d.Field + ": " + message(lang, d)
	}
	if len(e.Details) == 0 && e.Field != "" {
		out = e.Field + ": " + out
	}
	if e.Err != nil && (e.Code == senim.EINTERNAL || e.Code == senim.EUNAVAILABLE) {
		out += " (" + e.Err.Error() + ")"
	}
	return out
}
