package storetest

import (
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// NewUser stores a staff account with the password "correct horse battery".
func NewUser(t testing.TB, db *store.DB, login string, role senim.Role, k senim.KATO) *senim.User {
	t.Helper()
	hash, err := senim.HashPassword("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	u := &senim.User{Login: login, Name: "Тест " + login, Role: role, Territory: k, PasswordHash: hash}
	if err := db.CreateUser(System(), u); err != nil {
		t.Fatal(err)
	}
	return u
}

func testSessions(t *testing.T, open Opener) {
	db := open(t)
	clock := NewClock(db, At("2026-03-02"))
	ctx := System()
	NewUser(t, db, "aigerim", senim.RoleOperator, karaganda)

	s, token, err := db.SignIn(ctx, " Aigerim ", "correct horse battery")
	if err != nil || s.User.Login != "aigerim" || s.CSRF == "" || len(token) < 32 {
		t.Fatalf("sign in: %+v %v", s, err)
	}
	got, err := db.FindSession(ctx, token)
	if err != nil || got.User.Role != senim.RoleOperator || got.User.Territory != karaganda || got.CSRF != s.CSRF {
		t.Fatalf("find session: %+v %v", got, err)
	}
	_, err = db.FindSession(ctx, token+"x")
	WantCode(t, err, senim.EUNAUTHORIZED)

	// Used within the idle time the session lives on; unused longer, it ends.
	clock.Add(senim.SessionIdle - time.Minute)
	if _, err := db.FindSession(ctx, token); err != nil {
		t.Fatalf("session within the idle time: %v", err)
	}
	clock.Add(senim.SessionIdle + time.Minute)
	_, err = db.FindSession(ctx, token)
	WantCode(t, err, senim.EUNAUTHORIZED)

	// Signing out ends it at once.
	_, token, _ = db.SignIn(ctx, "aigerim", "correct horse battery")
	if err := db.SignOut(ctx, token); err != nil {
		t.Fatal(err)
	}
	_, err = db.FindSession(ctx, token)
	WantCode(t, err, senim.EUNAUTHORIZED)

	// Wrong passwords and unknown logins look the same.
	_, _, err = db.SignIn(ctx, "aigerim", "wrong")
	WantCode(t, err, senim.EUNAUTHORIZED)
	_, _, err = db.SignIn(ctx, "nobody", "correct horse battery")
	WantCode(t, err, senim.EUNAUTHORIZED)

	// Five failures in a row lock the login, even for the right password.
	for i := 1; i < senim.MaxLoginFailures; i++ {
		db.SignIn(ctx, "aigerim", "wrong")
	}
	_, _, err = db.SignIn(ctx, "aigerim", "correct horse battery")
	WantCode(t, err, senim.ETOOMANY)
	clock.Add(senim.LockoutTime + time.Second)
	if _, _, err := db.SignIn(ctx, "aigerim", "correct horse battery"); err != nil {
		t.Fatalf("after the lock-out: %v", err)
	}
	// A success resets the count.
	db.SignIn(ctx, "aigerim", "wrong")
	if _, _, err := db.SignIn(ctx, "aigerim", "correct horse battery"); err != nil {
		t.Fatalf("after one failure: %v", err)
	}
}
