// Package storetest is the contract suite that every storage engine must
// pass: the same behaviour on SQLite and PostgreSQL, checked through the
// store's public methods only.
package storetest

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// Opener opens a fresh, empty store for one test; the test's cleanup closes
// and removes it.
type Opener func(t testing.TB) *store.DB

// Run runs the whole contract suite against an engine.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, Opener)
	}{
		{"Territories", testTerritories},
		{"Offices", testOffices},
		{"CreateAppeal", testCreateAppeal},
		{"CreateAppealBadInput", testCreateAppealBadInput},
		{"Lifecycle", testLifecycle},
		{"IllegalTransition", testIllegalTransition},
		{"Extension", testExtension},
		{"Tracking", testTracking},
		{"Published", testPublished},
		{"Scope", testScope},
		{"List", testList},
		{"Search", testSearch},
		{"Stats", testStats},
		{"Concurrent", testConcurrent},
		{"Users", testUsers},
		{"Calendar", testCalendar},
		{"Sessions", testSessions},
		{"Receptions", testReceptions},
		{"Programmes", testProgrammes},
		{"Councils", testCouncils},
		{"ImportCouncils", testImportCouncils},
		{"Rating", testRating},
		{"Party", testParty},
		{"PartyConcurrent", testPartyConcurrent},
		{"Elections", testElections},
		{"ElectionsFirst", testElectionsFirst},
		{"Conferences", testConferences},
		{"Primaries", testPrimaries},
		{"PrimariesRace", testPrimariesRace},
		{"PrimariesHistory", testPrimariesHistory},
		{"Polls", testPolls},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// Clock is a settable clock for a store's Now.
type Clock struct{ ns atomic.Int64 }

// NewClock returns a clock at t and makes it db's clock.
func NewClock(db *store.DB, t time.Time) *Clock {
	c := &Clock{}
	c.Set(t)
	db.Now = c.Now
	return c
}

func (c *Clock) Now() time.Time      { return time.Unix(0, c.ns.Load()).UTC() }
func (c *Clock) Set(t time.Time)     { c.ns.Store(t.UnixNano()) }
func (c *Clock) Add(d time.Duration) { c.ns.Add(int64(d)) }

// At returns 10:00 in Kazakhstan on the date s ("2026-03-02").
func At(s string) time.Time {
	return senim.MustDate(s).Start().Add(10 * time.Hour)
}

// Staff returns a context acting as a staff member of role on territory.
func Staff(role senim.Role, territory senim.KATO) context.Context {
	return senim.WithActor(context.Background(), &senim.Actor{Kind: senim.ActorAPIKey, ID: senim.NewID(), Name: "test-" + string(role), Role: role, Territory: territory})
}

// System returns a context acting as the system.
func System() context.Context { return senim.WithActor(context.Background(), senim.System) }

var officeSeq atomic.Int64

// NewOffice stores an office on territory k (a region code is fine) and returns it.
func NewOffice(t testing.TB, db *store.DB, k senim.KATO) *senim.Office {
	t.Helper()
	n := officeSeq.Add(1)
	o := &senim.Office{Code: fmt.Sprintf("T%d", n), Territory: k, NameRU: fmt.Sprintf("Приёмная %d", n), NameKK: fmt.Sprintf("Қабылдау бөлмесі %d", n),
		Address: "ул. Абая, 1", Hours: "Пн–Пт 9:00–18:00"}
	if err := db.CreateOffice(System(), o); err != nil {
		t.Fatalf("create office: %v", err)
	}
	return o
}

// NewBody stores an executive body on territory k.
func NewBody(t testing.TB, db *store.DB, k senim.KATO) *senim.Body {
	t.Helper()
	b := &senim.Body{Territory: k, NameRU: "Управление жилищно-коммунального хозяйства", NameKK: "Тұрғын үй-коммуналдық шаруашылық басқармасы"}
	if err := db.CreateBody(System(), b); err != nil {
		t.Fatalf("create body: %v", err)
	}
	return b
}

// Input returns a valid appeal input on territory k; edit may change it.
func Input(k senim.KATO, edit ...func(*senim.AppealInput)) senim.AppealInput {
	in := senim.AppealInput{
		Applicant: senim.Applicant{Name: "Айгерим Нурланова", Phone: "8 701 123 45 67", IIN: "900115400018", Address: "ул. Абая, 10, кв. 5"},
		Territory: string(k), Category: "housing", Text: "Во дворе дома третью неделю нет горячей воды, управляющая компания не отвечает.",
	}
	for _, e := range edit {
		e(&in)
	}
	return in
}

// NewAppeal registers an appeal as the system and returns it with its tracking code.
func NewAppeal(t testing.TB, db *store.DB, k senim.KATO, edit ...func(*senim.AppealInput)) (*senim.Appeal, string) {
	t.Helper()
	a, code, err := db.CreateAppeal(System(), Input(k, edit...))
	if err != nil {
		t.Fatalf("create appeal: %v", err)
	}
	return a, code
}

// Change applies a change as the system, failing the test on error.
func Change(t testing.TB, db *store.DB, id string, c senim.Change) *senim.Appeal {
	t.Helper()
	a, err := db.ChangeAppeal(System(), id, c)
	if err != nil {
		t.Fatalf("%s: %v", c.Action, err)
	}
	return a
}

// WantCode fails the test unless err is a domain error with the code (and,
// when given, the field).
func WantCode(t testing.TB, err error, code string, field ...string) {
	t.Helper()
	if got := senim.ErrorCode(err); got != code {
		t.Fatalf("error = %v (code %q), want code %q", err, got, code)
	}
	if len(field) > 0 {
		e := err.(*senim.Error)
		fields := []string{e.Field}
		for _, d := range e.Details {
			fields = append(fields, d.Field)
		}
		for _, f := range field {
			found := false
			for _, g := range fields {
				found = found || g == f
			}
			if !found {
				t.Fatalf("error %v does not name field %q", err, f)
			}
		}
	}
}
