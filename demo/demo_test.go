package demo_test

import (
	"context"
	"math"
	"path/filepath"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/demo"
	"github.com/senim-kz/senim/store"
)

func generate(t *testing.T, n int, seed uint64) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "demo.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return time.Date(2026, 11, 24, 6, 0, 0, 0, time.UTC) }
	if err := demo.Generate(context.Background(), db, demo.Options{Appeals: n, Seed: seed, Batch: 700, Members: 20_000}); err != nil {
		t.Fatal(err)
	}
	return db
}

func all(t *testing.T, db *store.DB) []*senim.Appeal {
	t.Helper()
	ctx := senim.WithActor(context.Background(), senim.System)
	var out []*senim.Appeal
	f := senim.AppealFilter{Limit: 200}
	for {
		p, err := db.FindAppeals(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p.Appeals...)
		if p.Next == "" {
			return out
		}
		f.After = p.Next
	}
}

// The same seed gives the same country; the store it makes is consistent
// and has the seeds' magnitudes.
func TestDemoCountry(t *testing.T) {
	a := generate(t, 3000, 7)
	b := generate(t, 3000, 7)
	la, lb := all(t, a), all(t, b)
	if len(la) != 3000 || len(lb) != 3000 {
		t.Fatalf("%d and %d appeals, want 3000", len(la), len(lb))
	}
	for i := range la {
		x, y := la[i], lb[i]
		if x.ID != y.ID || x.Number != y.Number || x.Text != y.Text || x.Status != y.Status || !x.Deadline.Equal(y.Deadline) || x.Applicant != y.Applicant {
			t.Fatalf("appeal %d differs between two runs with one seed:\n%+v\n%+v", i, x, y)
		}
	}
	checkProgrammes(t, a, b)
	checkRating(t, a, b)
	rep, err := a.Verify(context.Background())
	if err != nil || len(rep.Problems) > 0 {
		t.Fatalf("verify: %v %v", err, rep.Problems)
	}
	// A newcomer can use the staff API and sign in to the staff pages.
	for _, k := range demo.DemoKeys {
		if actor, err := a.APIKeyActor(context.Background(), k.Secret); err != nil || actor.Role != k.Role || actor.Territory != k.Territory {
			t.Errorf("demo key %s: %+v, %v", k.Secret, actor, err)
		}
	}
	for _, u := range demo.DemoUsers {
		if sess, _, err := a.SignIn(context.Background(), u.Login, demo.DemoPassword); err != nil || sess.User.Role != u.Role || sess.User.Territory != u.Territory {
			t.Errorf("demo user %s: %v", u.Login, err)
		}
	}
	ctx := senim.WithActor(context.Background(), senim.System)
	offices, _ := a.FindOffices(ctx, senim.OfficeFilter{Territory: ptr(senim.KATO("350000000"))})
	if len(offices) != 23 {
		t.Fatalf("Karaganda has %d offices, want 23 (seed 002)", len(offices))
	}
	// West Kazakhstan: about 30% solved positively, the rest under control (seed 001).
	f, _ := senim.ParseMonth("2026-01")
	l, _ := senim.ParseMonth("2026-11")
	s, err := a.AppealStats(ctx, senim.StatsFilter{Territory: "270000000", From: f, To: l})
	if err != nil || s.Received < 30 || math.Abs(s.SolvedShare-0.30) > 0.12 {
		t.Fatalf("West Kazakhstan: %d received, %.2f solved", s.Received, s.SolvedShare)
	}
	// Another seed gives another country: of the same size and dates, the
	// same numbers but other people and texts.
	x, y := all(t, generate(t, 50, 7)), all(t, generate(t, 50, 8))
	same := 0
	for i := range x {
		if x[i].Applicant.Name == y[i].Applicant.Name && x[i].Text == y[i].Text {
			same++
		}
	}
	if same > 5 {
		t.Fatalf("seeds 7 and 8 made %d of 50 appeals alike", same)
	}
}

func ptr[T any](v T) *T { return &v }
