package http_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	senimhttp "github.com/senim-kz/senim/http"
	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

// FuzzSubmitAppeal posts arbitrary bodies to the public submission: the
// answer is never a 5xx, always JSON, and a refusal is a problem document.
func FuzzSubmitAppeal(f *testing.F) {
	f.Add(validAppeal)
	f.Add(`{"applicant": {"name": 1}}`)
	f.Add(`{"applicant": {"name": "А", "iin": "999999999999"}, "territory": "000000000", "category": "", "text": "x"}`)
	f.Add(`{"territory": "350000000", "received_at": "2026-02-30", "channel": "letter"}`)
	f.Add(`[]`)
	f.Add(`{"text": "\u0000\ud800"}`)
	db, err := store.Open(context.Background(), filepath.Join(f.TempDir(), "senim.db"), store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	storetest.NewOffice(f, db, "350000000")
	h := senimhttp.NewServer(db, nil, senimhttp.Config{SubmitPerMinute: 1e9, SubmitBurst: 1e9})
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest("POST", "/api/v1/appeals", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		var v map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
			t.Fatalf("answer is not JSON for %q: %s", body, rec.Body)
		}
		if rec.Code != 201 && rec.Header().Get("Content-Type") != "application/problem+json" {
			t.Fatalf("refusal %d is not problem+json", rec.Code)
		}
	})
}
