package http_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	senimhttp "github.com/senim-kz/senim/http"
	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

// BenchmarkMembership counts the whole country's membership over the
// demo's 800,000 members (and its 40,000 who left): the store's count,
// and GET /api/v1/membership with the regions' parts as the public page
// asks for it. Target: under 20 ms.
func BenchmarkMembership(b *testing.B) {
	db := benchStore(b, 10_000)
	ctx := context.Background()
	today := senim.DateOf(db.Now())
	f := senim.MemberStatsFilter{Territory: senim.CountryKATO, From: senim.NewDate(today.Year(), 1, 1), To: today, Parts: true}
	if s, err := db.MemberStats(ctx, f); err != nil || s.Members < 800_000 {
		b.Fatalf("stats = %+v, %v", s, err)
	}
	b.Run("store", func(b *testing.B) {
		for b.Loop() {
			if _, err := db.MemberStats(ctx, f); err != nil {
				b.Fatal(err)
			}
		}
	})
	h := senimhttp.NewServer(db, nil, senimhttp.Config{})
	b.Run("http", func(b *testing.B) {
		for b.Loop() {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/membership?parts=true", nil))
			if rec.Code != 200 {
				b.Fatalf("%d %s", rec.Code, rec.Body)
			}
		}
	})
	b.Run("after-admission", func(b *testing.B) {
		// A member admitted between two counts: the copy catches up. On a
		// copy of the store, which stays as made.
		dst := filepath.Join(b.TempDir(), "admit.db")
		copyFile(b, benchStorePath(b, 10_000), dst)
		db, err := store.Open(ctx, dst, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		// The copy is read once, as serve does at start-up; what is timed is
		// catching up with one admission.
		if err := db.WarmMembers(ctx); err != nil {
			b.Fatal(err)
		}
		staff := storetest.Staff(senim.RoleCentral, senim.CountryKATO)
		o, err := db.FindOrg(ctx, "35-0001")
		if err != nil {
			b.Fatal(err)
		}
		i := 0
		for b.Loop() {
			b.StopTimer()
			iin, _ := senim.MakeIIN(senim.MustDate("1945-06-01").AddDays(i/20), senim.Male, 9500+i%20)
			i++
			if _, err := db.AdmitMember(staff, senim.MemberInput{IIN: iin, Name: "Бенчмарк", Org: o.Code}); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, err := db.MemberStats(ctx, f); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkMemberImport imports a CSV file of 100,000 new members over
// POST /api/v1/members/import into a copy of the demo store that holds
// 800,000 already: reading, checking every line, the IINs against the
// store's, and writing them with their events. Target: under 10 s.
func BenchmarkMemberImport(b *testing.B) {
	src := benchStorePath(b, 10_000)
	ctx := context.Background()
	db, err := store.Open(ctx, src, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	orgs, _, err := db.FindOrgs(ctx, store.OrgFilter{Limit: 500})
	db.Close()
	if err != nil {
		b.Fatal(err)
	}
	var file bytes.Buffer
	w := csv.NewWriter(&file)
	w.Write(exchange.MemberHeader("ru"))
	for i := range 100_000 {
		sex := senim.Male
		if i%2 == 1 {
			sex = senim.Female
		}
		birth := senim.MustDate("1960-01-01").AddDays(i % 15_000)
		var iin string
		for s := 5000 + i/15_000*2; ; s++ {
			var ok bool
			if iin, ok = senim.MakeIIN(birth, sex, s); ok {
				break
			}
		}
		o := orgs[i%len(orgs)]
		w.Write([]string{iin, fmt.Sprintf("Импортов Импорт %d", i), "", "", "+77011234567", "", "", o.Code, "", "2025-03-01", "нет", "", "", "", ""})
	}
	w.Flush()
	b.SetBytes(int64(file.Len()))
	for b.Loop() {
		b.StopTimer()
		dst := filepath.Join(b.TempDir(), "import.db")
		copyFile(b, src, dst)
		db, err := store.Open(ctx, dst, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		db.Now = func() time.Time { return storetest.At("2026-11-24") }
		h := senimhttp.NewServer(db, nil, senimhttp.Config{})
		secret := senim.NewAPIKeySecret()
		key := &senim.APIKey{Name: "import", Role: senim.RoleCentral, Territory: senim.CountryKATO, Hash: senim.HashSecret(secret)}
		if err := db.CreateAPIKey(storetest.System(), key); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		req := httptest.NewRequest("POST", "/api/v1/members/import", bytes.NewReader(file.Bytes()))
		req.Header.Set("Content-Type", "text/csv")
		req.Header.Set("Authorization", "Bearer "+secret)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		b.StopTimer()
		if rec.Code != http.StatusCreated {
			b.Fatalf("%d %.500s", rec.Code, rec.Body)
		}
		db.Close()
		b.StartTimer()
	}
}

func copyFile(b *testing.B, src, dst string) {
	b.Helper()
	for _, suffix := range []string{"", "-wal"} {
		in, err := os.Open(src + suffix)
		if os.IsNotExist(err) {
			continue
		} else if err != nil {
			b.Fatal(err)
		}
		out, err := os.Create(dst + suffix)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(out, in); err != nil {
			b.Fatal(err)
		}
		in.Close()
		out.Close()
	}
}
