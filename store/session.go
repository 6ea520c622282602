package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"sync"
	"time"

	senim "github.com/senim-kz/senim"
)

// dummyHash is checked against when a login is unknown, so that an unknown
// login takes as long to refuse as a wrong password.
var dummyHash = sync.OnceValue(func() string {
	h, _ := senim.HashPassword("no such user, no such password")
	return h
})

// SignIn checks a login and password and opens a session. Failed attempts
// are counted per login; MaxLoginFailures in a row lock it for LockoutTime.
func (db *DB) SignIn(ctx context.Context, login, password string) (*senim.Session, string, error) {
	login = strings.ToLower(strings.TrimSpace(login))
	now := db.Now().UTC()
	var lockedUntil sql.NullTime
	err := db.reader(ctx).QueryRow("SELECT locked_until FROM login_failures WHERE login = ?", login).Scan(&lockedUntil)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, "", err
	}
	if lockedUntil.Valid && now.Before(lockedUntil.Time) {
		minutes := int(lockedUntil.Time.Sub(now).Minutes()) + 1
		return nil, "", senim.Errorf(senim.ETOOMANY, "auth.locked", "minutes", minutes)
	}
	u, err := db.FindUserByLogin(ctx, login)
	if err != nil && senim.ErrorCode(err) != senim.ENOTFOUND {
		return nil, "", err
	}
	if u == nil || !senim.CheckPassword(u.PasswordHash, password) {
		if u == nil {
			senim.CheckPassword(dummyHash(), password)
		}
		err := db.write(ctx, func(tx *Tx) error {
			var n int
			if err := tx.QueryRow(`INSERT INTO login_failures (login, failures) VALUES (?, 1)
				ON CONFLICT (login) DO UPDATE SET failures = login_failures.failures + 1
				RETURNING failures`, login).Scan(&n); err != nil {
				return err
			}
			if n >= senim.MaxLoginFailures {
				_, err := tx.Exec("UPDATE login_failures SET failures = 0, locked_until = ? WHERE login = ?",
					tx.now.Add(senim.LockoutTime), login)
				return err
			}
			return nil
		})
		if err != nil {
			return nil, "", err
		}
		return nil, "", senim.Errorf(senim.EUNAUTHORIZED, "auth.failed")
	}
	token := senim.NewSecret(40)
	s := &senim.Session{User: u, CSRF: senim.NewSecret(32)}
	err = db.write(ctx, func(tx *Tx) error {
		s.CreatedAt, s.SeenAt = tx.now, tx.now
		if _, err := tx.Exec("DELETE FROM login_failures WHERE login = ?", login); err != nil {
			return err
		}
		// Sessions that ended are swept as new ones begin.
		if _, err := tx.Exec("DELETE FROM sessions WHERE seen_at < ? OR created_at < ?",
			tx.now.Add(-senim.SessionIdle), tx.now.Add(-senim.SessionMax)); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO sessions (hash, user_id, csrf, territory, created_at, seen_at) VALUES (?, ?, ?, ?, ?, ?)`,
			senim.HashSecret(token), u.ID, s.CSRF, u.Territory, tx.now, tx.now)
		return err
	})
	if err != nil {
		return nil, "", err
	}
	s.ID = senim.HashSecret(token)[:16]
	return s, token, nil
}

// FindSession returns the live session of a token. Its last use is written
// down at most once a minute, so that reading pages costs no writes.
func (db *DB) FindSession(ctx context.Context, token string) (*senim.Session, error) {
	hash := senim.HashSecret(token)
	s := &senim.Session{ID: hash[:16], User: &senim.User{}}
	err := db.reader(ctx).QueryRow(`SELECT s.csrf, s.created_at, s.seen_at, u.id, u.login, u.name, u.role, u.territory
		FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.hash = ?`, hash).Scan(
		&s.CSRF, &s.CreatedAt, &s.SeenAt, &s.User.ID, &s.User.Login, &s.User.Name, &s.User.Role, &s.User.Territory)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.Errorf(senim.EUNAUTHORIZED, "auth.session")
	}
	if err != nil {
		return nil, err
	}
	now := db.Now().UTC()
	if s.Expired(now) {
		db.SignOut(ctx, token)
		return nil, senim.Errorf(senim.EUNAUTHORIZED, "auth.session")
	}
	if now.Sub(s.SeenAt) > time.Minute {
		err := db.write(ctx, func(tx *Tx) error {
			_, err := tx.Exec("UPDATE sessions SET seen_at = ? WHERE hash = ?", tx.now, hash)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return s, nil
}

// SignOut ends the session of a token.
func (db *DB) SignOut(ctx context.Context, token string) error {
	return db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec("DELETE FROM sessions WHERE hash = ?", senim.HashSecret(token))
		return err
	})
}
