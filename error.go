package senim

import (
	"errors"
	"fmt"
	"strings"
)

// Error codes. The http package maps each to a status code in one place.
const (
	EINVALID      = "invalid"      // the input breaks a rule: 400/422
	ENOTFOUND     = "not_found"    // no such record, or not visible to the caller: 404
	ECONFLICT     = "conflict"     // the record's state forbids the change: 409
	EFORBIDDEN    = "forbidden"    // the caller may not do this: 403
	EUNAUTHORIZED = "unauthorized" // no or bad credentials: 401
	ETOOMANY      = "too_many"     // rate limit hit: 429
	EUNAVAILABLE  = "unavailable"  // the store cannot take writes now (disk full, down): 503
	EINTERNAL     = "internal"     // a bug or an unexpected failure: 500
)

// Error is a domain error. Key names a message in the i18n catalogs; Args fill
// its placeholders. Field, when set, is the path of the input at fault in the
// API's JSON shape ("applicant.iin"). Details hold one error per field when
// several inputs are wrong at once.
type Error struct {
	Code    string
	Key     string
	Field   string
	Args    map[string]any
	Details []*Error
	Err     error // the underlying cause, never shown to users
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Code)
	if e.Field != "" {
		b.WriteString(" ")
		b.WriteString(e.Field)
	}
	if e.Key != "" {
		b.WriteString(": ")
		b.WriteString(e.Key)
	}
	for _, d := range e.Details {
		b.WriteString("; ")
		b.WriteString(d.Error())
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// FieldErrors returns the errors of the fields at fault: the details of a
// refusal of several fields, or the error itself when it names one field.
func (e *Error) FieldErrors() []*Error {
	if len(e.Details) == 0 && e.Field != "" {
		return []*Error{e}
	}
	return e.Details
}

// Errorf returns an error with the given code and message key.
func Errorf(code, key string, args ...any) *Error {
	return &Error{Code: code, Key: key, Args: argMap(args)}
}

// Invalid reports a bad value of one input field.
func Invalid(field, key string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Key: key, Args: argMap(args)}
}

// NotFound reports a missing record of the given kind ("appeal", "office" …).
func NotFound(kind string) *Error {
	return &Error{Code: ENOTFOUND, Key: "notfound." + kind}
}

// Internal wraps an unexpected failure.
func Internal(err error) *Error {
	return &Error{Code: EINTERNAL, Key: "internal", Err: err}
}

// argMap turns alternating name, value pairs into a map.
func argMap(args []any) map[string]any {
	if len(args) == 0 {
		return nil
	}
	m := make(map[string]any, len(args)/2)
	for i := 0; i+1 < len(args); i += 2 {
		m[fmt.Sprint(args[i])] = args[i+1]
	}
	return m
}

// ErrorCode returns the code of a domain error, EINTERNAL for any other error
// and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// Problems collects field errors while an input is checked, so that every bad
// field is reported at once rather than the first only.
type Problems struct{ list []*Error }

// Add records one field error; a nil error is ignored.
func (p *Problems) Add(err error) {
	if err == nil {
		return
	}
	var e *Error
	if errors.As(err, &e) {
		if e.Code == EINVALID && len(e.Details) > 0 && e.Field == "" {
			p.list = append(p.list, e.Details...)
			return
		}
		p.list = append(p.list, e)
		return
	}
	p.list = append(p.list, Internal(err))
}

// Err returns nil when nothing was recorded, the single error when there is
// one, and an EINVALID error with Details otherwise.
func (p *Problems) Err() error {
	// A refusal that is not about a field's value (forbidden, not found …)
	// speaks for the whole request.
	for _, e := range p.list {
		if e.Code != EINVALID {
			return e
		}
	}
	switch len(p.list) {
	case 0:
		return nil
	case 1:
		return p.list[0]
	}
	return &Error{Code: EINVALID, Key: "invalid.many", Details: p.list}
}
