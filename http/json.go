package http

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strings"

	senim "github.com/senim-kz/senim"
)

// maxBody is the largest JSON body accepted: room for the longest text
// even when every Cyrillic letter is written as a \u escape.
const maxBody = 256 << 10

// decode reads one JSON object from the request into v, strictly: unknown
// fields, wrong types, trailing data and oversized bodies are refused with
// an error that names what is wrong.
func decode(w http.ResponseWriter, r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json")) {
			return statusError{http.StatusUnsupportedMediaType, senim.Errorf(senim.EINVALID, "json.content_type")}
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return statusError{http.StatusRequestEntityTooLarge, senim.Errorf(senim.EINVALID, "json.too_large", "max", maxBody)}
	}
	if err != nil {
		return badRequest(senim.Errorf(senim.EINVALID, "json.syntax", "offset", 0))
	}
	return decodeBytes(body, v)
}

// decodeBytes is decode's strict JSON reading, apart for fuzzing.
func decodeBytes(body []byte, v any) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest(senim.Errorf(senim.EINVALID, "json.empty"))
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return badRequest(jsonError(err))
	}
	if dec.More() {
		return badRequest(senim.Errorf(senim.EINVALID, "json.trailing"))
	}
	if _, err := dec.Token(); err != io.EOF {
		return badRequest(senim.Errorf(senim.EINVALID, "json.trailing"))
	}
	return nil
}

func jsonError(err error) *senim.Error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return senim.Errorf(senim.EINVALID, "json.syntax", "offset", syn.Offset)
	case errors.As(err, &typ):
		e := senim.Errorf(senim.EINVALID, "json.type", "field", typ.Field, "want", jsonType(typ.Type.Kind().String()))
		e.Field = typ.Field
		return e
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		f := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		e := senim.Errorf(senim.EINVALID, "json.unknown_field", "field", f)
		e.Field = f
		return e
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return senim.Errorf(senim.EINVALID, "json.incomplete")
	}
	// A value that its type refused (a date in the wrong form …).
	return senim.Errorf(senim.EINVALID, "json.value")
}

func jsonType(kind string) string {
	switch kind {
	case "string":
		return "string"
	case "bool":
		return "boolean"
	case "struct", "map":
		return "object"
	case "slice", "array":
		return "array"
	}
	return "number"
}

// writeJSON writes v with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}
