package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	senim "github.com/senim-kz/senim"
)

// CreateUser stores a staff account; u.PasswordHash must be set.
func (db *DB) CreateUser(ctx context.Context, u *senim.User) error {
	if err := u.Validate(); err != nil {
		return err
	}
	if u.PasswordHash == "" {
		return senim.Invalid("password", "required")
	}
	u.ID = senim.NewID()
	return db.write(ctx, func(tx *Tx) error {
		if err := territoryExists(tx, u.Territory); err != nil {
			return err
		}
		u.CreatedAt = tx.now
		_, err := tx.Exec(`INSERT INTO users (id, login, name, role, territory, password_hash, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, u.ID, u.Login, u.Name, u.Role, u.Territory, u.PasswordHash, u.CreatedAt)
		if isUnique(err) {
			return senim.Errorf(senim.ECONFLICT, "user.login_taken", "login", u.Login)
		}
		return err
	})
}

// FindUserByLogin returns a staff account.
func (db *DB) FindUserByLogin(ctx context.Context, login string) (*senim.User, error) {
	u := &senim.User{}
	err := db.reader(ctx).QueryRow(`SELECT id, login, name, role, territory, password_hash, created_at
		FROM users WHERE login = ?`, login).Scan(&u.ID, &u.Login, &u.Name, &u.Role, &u.Territory, &u.PasswordHash, &u.CreatedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("user")
	}
	return u, err
}

// CreateAPIKey stores a key made by senim.NewAPIKeySecret; k.Hash must be set.
func (db *DB) CreateAPIKey(ctx context.Context, k *senim.APIKey) error {
	if err := k.Validate(); err != nil {
		return err
	}
	k.ID = senim.NewID()
	return db.write(ctx, func(tx *Tx) error {
		if err := territoryExists(tx, k.Territory); err != nil {
			return err
		}
		k.CreatedAt = tx.now
		_, err := tx.Exec(`INSERT INTO api_keys (id, name, role, territory, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			k.ID, k.Name, k.Role, k.Territory, k.Hash, k.CreatedAt)
		return err
	})
}

// cachedKey is a known API key's actor, kept for a minute so that a busy
// client does not cost a query a request.
type cachedKey struct {
	actor *senim.Actor
	until time.Time
}

// APIKeyActor returns the actor that a key's holder acts as.
func (db *DB) APIKeyActor(ctx context.Context, secret string) (*senim.Actor, error) {
	hash := senim.HashSecret(secret)
	now := time.Now()
	if c, ok := db.keys.Load(hash); ok && now.Before(c.(*cachedKey).until) {
		return c.(*cachedKey).actor, nil
	}
	k := &senim.APIKey{}
	err := db.reader(ctx).QueryRow(`SELECT id, name, role, territory FROM api_keys WHERE hash = ?`,
		hash).Scan(&k.ID, &k.Name, &k.Role, &k.Territory)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.Errorf(senim.EUNAUTHORIZED, "apikey.unknown")
	}
	if err != nil {
		return nil, err
	}
	db.keys.Store(hash, &cachedKey{actor: k.Actor(), until: now.Add(time.Minute)})
	return k.Actor(), nil
}
