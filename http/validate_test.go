package http_test

import (
	"net/http"
	"testing"
)

// validating is replaced by the OpenAPI check.
func validating(t *testing.T, h http.Handler) http.Handler { return h }
