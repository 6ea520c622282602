package demo_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/demo"
	"github.com/senim-kz/senim/store"
)

// The demo party has the seeds' figures: 800,000 members; Karaganda with
// 476 primary organisations and over 86,000 members; West Kazakhstan with
// 273 and 35,288, 1,588 of them admitted in the last half-year.
func TestDemoParty(t *testing.T) {
	if testing.Short() {
		t.Skip("the full demo party takes a while")
	}
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "demo.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	now := time.Date(2026, 11, 24, 6, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	start := time.Now()
	if err := demo.Generate(context.Background(), db, demo.Options{Appeals: 200, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	t.Logf("demo with the party made in %v", time.Since(start))
	today := senim.DateOf(now)
	stats := func(k senim.KATO, from senim.Date) *senim.MemberStats {
		s, err := db.MemberStats(context.Background(), senim.MemberStatsFilter{Territory: k, From: from, To: today})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if s := stats(senim.CountryKATO, today); s.Members != demo.DemoMembers {
		t.Errorf("country: %d members, want %d", s.Members, demo.DemoMembers)
	}
	if s := stats("350000000", today); s.Members != 86_214 || s.Orgs != 476 {
		t.Errorf("Karaganda: %d members in %d organisations", s.Members, s.Orgs)
	}
	if s := stats("270000000", today.AddDays(-182)); s.Members != 35_288 || s.Orgs != 273 || s.Admitted != 1_588 {
		t.Errorf("West Kazakhstan: %d members in %d organisations, %d admitted in the half-year", s.Members, s.Orgs, s.Admitted)
	}
}
