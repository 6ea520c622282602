package http_test

import (
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	senimhttp "github.com/senim-kz/senim/http"
)

// A message's fractional numbers are written as each language writes
// them: "6,7" in Russian and Kazakh, "6.7" in English; whole ones as they are.
func TestMessageNumbers(t *testing.T) {
	err := senim.Errorf(senim.ECONFLICT, "quota.youth", "count", 1, "total", 15, "share", 6.7, "min_count", 3, "min_share", 20.0, "youth_age", 35)
	for lang, want := range map[string]string{"ru": "(6,7", "kk": "6,7", "en": "(6.7%)"} {
		if got := senimhttp.Message(lang, err); !strings.Contains(got, want) || strings.Contains(got, "20.0") {
			t.Errorf("%s: %s", lang, got)
		}
	}
}
