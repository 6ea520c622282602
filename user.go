package senim

import (
	"context"
	"regexp"
	"strings"
	"time"
)

// User is a staff member who signs in to the web interface.
type User struct {
	ID           string    `json:"id"`
	Login        string    `json:"login"`
	Name         string    `json:"name"`
	Role         Role      `json:"role"`
	Territory    KATO      `json:"territory"`
	PasswordHash string    `json:"-"`
	CreatedAt    time.Time `json:"created_at"`
}

// APIKey lets another program act as staff of one role and territory.
// Only the key's hash is stored; the key itself is shown once.
type APIKey struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	Territory KATO      `json:"territory"`
	Hash      string    `json:"-"`
	CreatedAt time.Time `json:"created_at"`
}

// APIKeyPrefix starts every key, so that a leaked key is easy to recognise.
const APIKeyPrefix = "snm_"

// NewAPIKeySecret returns a new random key.
func NewAPIKeySecret() string { return APIKeyPrefix + NewSecret(32) }

// Actor returns the actor a request with this key acts as.
func (k *APIKey) Actor() *Actor {
	return &Actor{Kind: ActorAPIKey, ID: k.ID, Name: k.Name, Role: k.Role, Territory: k.Territory}
}

// Actor returns the actor a signed-in user acts as.
func (u *User) Actor() *Actor {
	return &Actor{Kind: ActorUser, ID: u.ID, Name: u.Login, Role: u.Role, Territory: u.Territory}
}

var loginPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{1,63}$`)

// ValidateStaff checks the role and territory shared by users and keys.
func validateStaff(p *Problems, role Role, territory KATO) {
	if _, err := ParseRole(string(role)); err != nil {
		p.Add(err)
	}
	if _, err := ParseKATO(string(territory)); err != nil {
		p.Add(err)
	} else if role == RoleCentral && territory != CountryKATO {
		p.Add(Invalid("territory", "role.central_country"))
	}
}

// Validate checks a user before it is stored.
func (u *User) Validate() error {
	var p Problems
	u.Login = strings.ToLower(strings.TrimSpace(u.Login))
	if !loginPattern.MatchString(u.Login) {
		p.Add(Invalid("login", "user.login"))
	}
	u.Name = strings.TrimSpace(u.Name)
	if u.Name == "" {
		u.Name = u.Login
	}
	validateStaff(&p, u.Role, u.Territory)
	return p.Err()
}

// Validate checks an API key before it is stored.
func (k *APIKey) Validate() error {
	var p Problems
	k.Name = strings.TrimSpace(k.Name)
	if k.Name == "" || len(k.Name) > 100 {
		p.Add(Invalid("name", "required"))
	}
	validateStaff(&p, k.Role, k.Territory)
	return p.Err()
}

// MinPasswordLen is the shortest password accepted.
const MinPasswordLen = 10

// UserService keeps staff accounts and API keys.
type UserService interface {
	CreateUser(ctx context.Context, u *User) error
	FindUserByLogin(ctx context.Context, login string) (*User, error)
	CreateAPIKey(ctx context.Context, k *APIKey) error
	// APIKeyActor returns the actor of a key, ENOTFOUND/EUNAUTHORIZED when unknown.
	APIKeyActor(ctx context.Context, secret string) (*Actor, error)
}
