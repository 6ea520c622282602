package senim

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"

	"github.com/google/uuid"
)

// NewID returns a new globally unique, time-ordered id (UUIDv7), so that
// records made in different places never collide and sort by creation.
func NewID() string {
	return uuid.Must(uuid.NewV7()).String()
}

// ValidID reports whether s is an id in canonical form.
func ValidID(s string) bool {
	u, err := uuid.Parse(s)
	return err == nil && len(s) == 36 && u.String() == s
}

// SecretAlphabet has no look-alike characters (0/O, 1/I/L), so codes can be
// read out over the phone and typed from paper.
const SecretAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// NewSecret returns n random characters of SecretAlphabet.
func NewSecret(n int) string {
	out := make([]byte, 0, n)
	buf := make([]byte, 2*n)
	for len(out) < n {
		rand.Read(buf) // never fails on supported platforms
		for _, c := range buf {
			// Reject the top of the byte range so every character is equally likely.
			if int(c) < 256/len(SecretAlphabet)*len(SecretAlphabet) && len(out) < n {
				out = append(out, SecretAlphabet[int(c)%len(SecretAlphabet)])
			}
		}
	}
	return string(out)
}

// HashSecret returns the hex SHA-256 of a secret (tracking code, API key):
// only hashes are stored, so a copy of the database gives no access.
func HashSecret(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}
