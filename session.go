package senim

import (
	"context"
	"time"
)

// Session rules for staff signed in to the web interface.
const (
	SessionIdle      = 2 * time.Hour    // a session unused this long ends
	SessionMax       = 12 * time.Hour   // a session ends this long after sign-in, used or not
	MaxLoginFailures = 5                // failed sign-ins in a row before the login is locked
	LockoutTime      = 15 * time.Minute // how long a locked login stays locked
)

// Session is a staff member's signed-in session. Only the hash of its token
// is stored; the token lives in an HttpOnly cookie.
type Session struct {
	ID        string
	User      *User
	CSRF      string // the token every form of the session must carry
	CreatedAt time.Time
	SeenAt    time.Time
}

// Expired reports whether the session has ended at now.
func (s *Session) Expired(now time.Time) bool {
	return now.Sub(s.SeenAt) > SessionIdle || now.Sub(s.CreatedAt) > SessionMax
}

// SessionService keeps sessions and counts failed sign-ins.
type SessionService interface {
	// SignIn checks a login and password; after MaxLoginFailures failures
	// in a row the login is locked for LockoutTime, whatever the password.
	// It returns the new session and its token.
	SignIn(ctx context.Context, login, password string) (*Session, string, error)
	// FindSession returns the live session of a token and marks it used.
	FindSession(ctx context.Context, token string) (*Session, error)
	SignOut(ctx context.Context, token string) error
}
