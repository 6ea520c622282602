package senim_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/senim-kz/senim"
)

func TestHashPasswordRefusesShortPasswords(t *testing.T) {
	for _, pw := range []string{"", "short", "123456789", "пароль123"} { // the last is 9 letters, 15 bytes
		t.Run(pw, func(t *testing.T) {
			h, err := senim.HashPassword(pw)
			if h != "" {
				t.Errorf("HashPassword(%q) returned a hash with an error: %q", pw, h)
			}
			e := apWantErr(t, err, senim.EINVALID, "password password.short")
			if e.Args["min"] != senim.MinPasswordLen {
				t.Errorf("args = %v, want min %d", e.Args, senim.MinPasswordLen)
			}
		})
	}
}

func TestHashPasswordAndCheckPassword(t *testing.T) {
	const pw = "Сенім-2026!" // 11 letters
	h1, err := senim.HashPassword(pw)
	if err != nil {
		t.Fatalf("HashPassword: %v", err)
	}
	h2, err := senim.HashPassword(pw)
	if err != nil {
		t.Fatalf("HashPassword: %v", err)
	}
	if !strings.HasPrefix(h1, "$argon2id$v=19$m=65536,t=3,p=2$") || strings.Count(h1, "$") != 5 {
		t.Errorf("hash %q is not an argon2id PHC string", h1)
	}
	if strings.Contains(h1, pw) {
		t.Errorf("hash %q contains the password", h1)
	}
	if h1 == h2 {
		t.Error("two hashes of one password are equal: no random salt")
	}
	tests := []struct {
		hash, pw string
		want     bool
	}{
		{h1, pw, true},
		{h2, pw, true},
		{h1, "Сенім-2026?", false},
		{h1, "сенім-2026!", false},
		{h1, pw + " ", false},
		{h1, "", false},
		{strings.Replace(h1, "$argon2id$", "$argon2i$", 1), pw, false}, // another algorithm's name
		{h1[:len(h1)-4], pw, false},                                    // a truncated key
		{h1 + "$", pw, false},
	}
	for _, tt := range tests {
		if got := senim.CheckPassword(tt.hash, tt.pw); got != tt.want {
			t.Errorf("CheckPassword(%.30q…, %q) = %v, want %v", tt.hash, tt.pw, got, tt.want)
		}
	}

	// A ten-letter password is long enough, counted in letters.
	h, err := senim.HashPassword("пароль1234")
	if err != nil || !senim.CheckPassword(h, "пароль1234") {
		t.Errorf("a ten-letter password: %q, %v", h, err)
	}
}

func TestCheckPasswordRefusesMalformedHashes(t *testing.T) {
	salt, key := "c2FsdHNhbHRzYWx0c2FsdA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	tests := []struct{ name, hash string }{
		{"empty", ""},
		{"plain text", "Сенім-2026!"},
		{"too few parts", "$argon2id$v=19$m=65536,t=3,p=2$" + salt},
		{"too many parts", "$argon2id$v=19$m=65536,t=3,p=2$" + salt + "$" + key + "$x"},
		{"argon2i", "$argon2i$v=19$m=65536,t=3,p=2$" + salt + "$" + key},
		{"bcrypt", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"},
		{"bad parameters", "$argon2id$v=19$memory=64k$" + salt + "$" + key},
		{"parameter out of range", "$argon2id$v=19$m=65536,t=3,p=300$" + salt + "$" + key},
		{"salt not base64", "$argon2id$v=19$m=65536,t=3,p=2$!!!$" + key},
		{"key not base64", "$argon2id$v=19$m=65536,t=3,p=2$" + salt + "$???"},
		{"wrong key", "$argon2id$v=19$m=65536,t=3,p=2$" + salt + "$" + key},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if senim.CheckPassword(tt.hash, "Сенім-2026!") {
				t.Errorf("CheckPassword(%q) = true", tt.hash)
			}
		})
	}
}

func TestCheckPasswordDoesNotPanicOnDegenerateHashes(t *testing.T) {
	salt, key := "c2FsdHNhbHRzYWx0c2FsdA", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	for _, h := range []string{
		"$argon2id$v=19$m=65536,t=0,p=2$" + salt + "$" + key,
		"$argon2id$v=19$m=65536,t=3,p=0$" + salt + "$" + key,
		"$argon2id$v=19$m=65536,t=3,p=2$" + salt + "$",
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("CheckPassword(%q) panics: %v", h, r)
				}
			}()
			if senim.CheckPassword(h, "Сенім-2026!") {
				t.Errorf("CheckPassword(%q) = true", h)
			}
		}()
	}
}

func TestNewSecret(t *testing.T) {
	const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
	for _, n := range []int{0, 1, 10, 32, 100} {
		s := senim.NewSecret(n)
		if len(s) != n {
			t.Errorf("NewSecret(%d) has %d characters: %q", n, len(s), s)
		}
		for _, r := range s {
			if !strings.ContainsRune(alphabet, r) {
				t.Errorf("NewSecret(%d) = %q contains %q, outside the alphabet", n, s, r)
			}
		}
	}
	// Over many draws: no look-alikes, every character of the alphabet used, no repeats.
	seen := map[rune]int{}
	codes := map[string]bool{}
	for range 2000 {
		s := senim.NewSecret(10)
		if codes[s] {
			t.Errorf("NewSecret(10) repeated %q", s)
		}
		codes[s] = true
		for _, r := range s {
			seen[r]++
		}
	}
	for _, r := range "01OIL" + "abcdefghijklmnopqrstuvwxyz" {
		if seen[r] > 0 {
			t.Errorf("secrets contain the look-alike or lower-case character %q", r)
		}
	}
	for _, r := range alphabet {
		// 20,000 draws from 31 characters: each is expected about 645 times.
		if seen[r] < 400 {
			t.Errorf("character %q drawn %d times in 20,000, want about 645", r, seen[r])
		}
	}
	if k := senim.NewAPIKeySecret(); !strings.HasPrefix(k, senim.APIKeyPrefix) || len(k) != len(senim.APIKeyPrefix)+32 {
		t.Errorf("NewAPIKeySecret() = %q, want %q and 32 characters", k, senim.APIKeyPrefix)
	}
}

func TestHashSecret(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
	}
	for _, tt := range tests {
		if got := senim.HashSecret(tt.in); got != tt.want {
			t.Errorf("HashSecret(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	code := senim.NewSecret(10)
	if senim.HashSecret(code) == senim.HashSecret(strings.ToLower(code)) {
		t.Error("HashSecret ignores case")
	}
	if h := senim.HashSecret(code); strings.Contains(h, code) || len(h) != 64 {
		t.Errorf("HashSecret(%q) = %q", code, h)
	}
}

func TestNewID(t *testing.T) {
	before := time.Now().UnixMilli()
	ids := make([]string, 1000)
	for i := range ids {
		ids[i] = senim.NewID()
	}
	after := time.Now().UnixMilli()
	for i, id := range ids {
		if !senim.ValidID(id) {
			t.Fatalf("NewID() = %q is not a valid id", id)
		}
		if id[14] != '7' || !strings.ContainsRune("89ab", rune(id[19])) {
			t.Errorf("NewID() = %q is not a UUIDv7", id)
		}
		ms, err := strconv.ParseInt(strings.ReplaceAll(id[:13], "-", ""), 16, 64)
		if err != nil || ms < before || ms > after {
			t.Errorf("NewID() = %q carries the time %d, want %d..%d", id, ms, before, after)
		}
		if i > 0 && ids[i-1] >= id {
			t.Errorf("ids out of creation order: %q then %q", ids[i-1], id)
		}
	}
	time.Sleep(2 * time.Millisecond)
	if later := senim.NewID(); later <= ids[len(ids)-1] {
		t.Errorf("a later id %q sorts before an earlier %q", later, ids[len(ids)-1])
	}
}

func TestValidID(t *testing.T) {
	id := senim.NewID()
	tests := []struct {
		s    string
		want bool
	}{
		{id, true},
		{"0195f3c1-8a2b-7c3d-9e4f-5a6b7c8d9e0f", true},
		{"", false},
		{"0195F3C1-8A2B-7C3D-9E4F-5A6B7C8D9E0F", false},
		{"{0195f3c1-8a2b-7c3d-9e4f-5a6b7c8d9e0f}", false},
		{"urn:uuid:0195f3c1-8a2b-7c3d-9e4f-5a6b7c8d9e0f", false},
		{"0195f3c18a2b7c3d9e4f5a6b7c8d9e0f", false},
		{"0195f3c1-8a2b-7c3d-9e4f-5a6b7c8d9e0", false},
		{"0195f3c1-8a2b-7c3d-9e4f-5a6b7c8d9e0g", false},
		{" " + id, false},
		{"3501-2026-00042", false},
		{"'; DROP TABLE appeals; --", false},
	}
	for _, tt := range tests {
		if got := senim.ValidID(tt.s); got != tt.want {
			t.Errorf("ValidID(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestProblemsCollectFieldErrors(t *testing.T) {
	t.Run("none", func(t *testing.T) {
		var p senim.Problems
		if err := p.Err(); err != nil {
			t.Errorf("Err() of no problems = %v, want nil", err)
		}
		p.Add(nil)
		if err := p.Err(); err != nil {
			t.Errorf("Err() after Add(nil) = %v, want nil", err)
		}
	})
	t.Run("one is returned as it is", func(t *testing.T) {
		var p senim.Problems
		one := senim.Invalid("text", "required")
		p.Add(one)
		if err := p.Err(); err != error(one) {
			t.Errorf("Err() = %v, want the one error itself", err)
		}
	})
	t.Run("many in the order found", func(t *testing.T) {
		var p senim.Problems
		p.Add(senim.Invalid("applicant.name", "required"))
		p.Add(nil)
		p.Add(senim.Invalid("text", "too_short", "min", 10))
		p.Add(senim.Invalid("category", "required"))
		e := apErr(t, p.Err())
		if e.Code != senim.EINVALID || e.Key != "invalid.many" || e.Field != "" {
			t.Errorf("Err() = %+v, want EINVALID invalid.many without a field", e)
		}
		var got []string
		for _, d := range e.Details {
			got = append(got, d.Field+" "+d.Key)
		}
		want := []string{"applicant.name required", "text too_short", "category required"}
		if !slices.Equal(got, want) {
			t.Errorf("details = %q, want %q", got, want)
		}
		if e.Details[1].Args["min"] != 10 {
			t.Errorf("a detail lost its args: %v", e.Details[1].Args)
		}
	})
	t.Run("a collection added to another is flattened", func(t *testing.T) {
		var inner senim.Problems
		inner.Add(senim.Invalid("territory", "kato.length"))
		inner.Add(senim.Invalid("name", "territory.name"))
		var p senim.Problems
		p.Add(senim.Invalid("code", "office.code"))
		p.Add(inner.Err())
		e := apErr(t, p.Err())
		if got := apProblems(e); !slices.Equal(got, []string{"code office.code", "name territory.name", "territory kato.length"}) {
			t.Errorf("problems = %q", got)
		}
		for _, d := range e.Details {
			if len(d.Details) != 0 {
				t.Errorf("a detail has details of its own: %+v", d)
			}
		}
	})
	t.Run("a foreign error becomes internal", func(t *testing.T) {
		var p senim.Problems
		cause := errors.New("disk on fire")
		p.Add(cause)
		err := p.Err()
		if senim.ErrorCode(err) != senim.EINTERNAL || !errors.Is(err, cause) {
			t.Errorf("Err() = %v, want an internal error wrapping the cause", err)
		}
	})
	t.Run("a wrapped domain error keeps its code", func(t *testing.T) {
		var p senim.Problems
		p.Add(fmt.Errorf("checking: %w", senim.Invalid("role", "role.unknown")))
		e := apErr(t, p.Err())
		if e.Code != senim.EINVALID || e.Field != "role" {
			t.Errorf("Err() = %+v, want EINVALID role", e)
		}
	})
}

func TestErrorCode(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{errors.New("boom"), senim.EINTERNAL},
		{senim.Invalid("text", "required"), senim.EINVALID},
		{senim.NotFound("appeal"), senim.ENOTFOUND},
		{senim.Errorf(senim.ECONFLICT, "transition"), senim.ECONFLICT},
		{fmt.Errorf("store: %w", senim.Errorf(senim.EFORBIDDEN, "forbidden")), senim.EFORBIDDEN},
		{senim.Internal(errors.New("boom")), senim.EINTERNAL},
	}
	for _, tt := range tests {
		if got := senim.ErrorCode(tt.err); got != tt.want {
			t.Errorf("ErrorCode(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestParseRole(t *testing.T) {
	for _, r := range []senim.Role{senim.RoleOperator, senim.RoleOfficial, senim.RoleBranch, senim.RoleCouncil, senim.RoleCentral, senim.RoleAuditor} {
		got, err := senim.ParseRole(string(r))
		if err != nil || got != r {
			t.Errorf("ParseRole(%q) = %q, %v", r, got, err)
		}
	}
	for _, s := range []string{"", "admin", "Operator", " operator", "citizen", "system"} {
		got, err := senim.ParseRole(s)
		if got != "" {
			t.Errorf("ParseRole(%q) = %q with an error", s, got)
		}
		e := apWantErr(t, err, senim.EINVALID, "role role.unknown")
		if e.Args["role"] != s {
			t.Errorf("ParseRole(%q): args = %v", s, e.Args)
		}
	}
}

func TestActorRights(t *testing.T) {
	user := func(role senim.Role, k senim.KATO) *senim.Actor {
		return &senim.Actor{Kind: senim.ActorUser, Name: "u", Role: role, Territory: k}
	}
	key := func(role senim.Role, k senim.KATO) *senim.Actor {
		return &senim.Actor{Kind: senim.ActorAPIKey, Name: "k", Role: role, Territory: k}
	}
	tests := []struct {
		name     string
		actor    *senim.Actor
		sees     map[senim.KATO]bool
		handles  bool
		personal bool
		staff    bool
	}{
		{"system", senim.System, map[senim.KATO]bool{senim.CountryKATO: true, "350000000": true, "751110000": true}, true, true, false},
		{"citizen", senim.Citizen, map[senim.KATO]bool{senim.CountryKATO: false, "350000000": false, "351600000": false}, false, false, false},
		{"operator of an oblast", user(senim.RoleOperator, "350000000"),
			map[senim.KATO]bool{"350000000": true, "351600000": true, "351610100": true, senim.CountryKATO: false, "750000000": false}, true, true, true},
		{"operator of a district", user(senim.RoleOperator, "351600000"),
			map[senim.KATO]bool{"351600000": true, "351610100": true, "350000000": false, "351700000": false}, true, true, true},
		{"branch", user(senim.RoleBranch, "270000000"), map[senim.KATO]bool{"271000000": true, "350000000": false}, true, true, true},
		{"central", user(senim.RoleCentral, senim.CountryKATO), map[senim.KATO]bool{senim.CountryKATO: true, "790000000": true}, true, true, true},
		{"official", user(senim.RoleOfficial, "350000000"), map[senim.KATO]bool{"351600000": true, "750000000": false}, false, false, true},
		{"council", user(senim.RoleCouncil, "350000000"), map[senim.KATO]bool{"351600000": true, "750000000": false}, false, false, true},
		{"auditor", user(senim.RoleAuditor, senim.CountryKATO), map[senim.KATO]bool{"351600000": true, "750000000": true}, false, false, true},
		{"API key of an operator", key(senim.RoleOperator, "350000000"), map[senim.KATO]bool{"351600000": true, "750000000": false}, true, true, true},
		{"API key of a council", key(senim.RoleCouncil, "350000000"), map[senim.KATO]bool{"351600000": true}, false, false, true},
		{"unknown kind", &senim.Actor{Kind: "robot", Role: senim.RoleCentral, Territory: senim.CountryKATO}, map[senim.KATO]bool{"350000000": false}, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, want := range tt.sees {
				if got := tt.actor.Sees(k); got != want {
					t.Errorf("Sees(%s) = %v, want %v", k, got, want)
				}
			}
			if got := tt.actor.CanHandleAppeals(); got != tt.handles {
				t.Errorf("CanHandleAppeals() = %v, want %v", got, tt.handles)
			}
			if got := tt.actor.CanSeePersonalData(); got != tt.personal {
				t.Errorf("CanSeePersonalData() = %v, want %v", got, tt.personal)
			}
			if got := tt.actor.IsStaff(); got != tt.staff {
				t.Errorf("IsStaff() = %v, want %v", got, tt.staff)
			}
			if got, want := tt.actor.CanManageMeetings(), tt.actor == senim.System || tt.staff && (tt.actor.Role == senim.RoleBranch || tt.actor.Role == senim.RoleCentral); got != want {
				t.Errorf("CanManageMeetings() = %v, want %v", got, want)
			}
		})
	}
}

// Polls are opened and closed by the branches and the central office (and
// the system), nobody else.
func TestCanManagePolls(t *testing.T) {
	for _, role := range senim.Roles {
		for _, kind := range []string{senim.ActorUser, senim.ActorAPIKey} {
			a := &senim.Actor{Kind: kind, Role: role, Territory: "350000000"}
			want := role == senim.RoleBranch || role == senim.RoleCentral
			if got := a.CanManagePolls(); got != want {
				t.Errorf("%s %s: %v, want %v", kind, role, got, want)
			}
		}
	}
	if !senim.System.CanManagePolls() || senim.Citizen.CanManagePolls() {
		t.Error("the system must and a citizen must not manage polls")
	}
}

func TestActorLabel(t *testing.T) {
	tests := []struct {
		actor *senim.Actor
		want  string
	}{
		{senim.System, "system"},
		{senim.Citizen, "citizen"},
		{&senim.Actor{Kind: senim.ActorUser, Name: "aigerim"}, "user:aigerim"},
		{&senim.Actor{Kind: senim.ActorAPIKey, Name: "e-otinish"}, "apikey:e-otinish"},
	}
	for _, tt := range tests {
		if got := tt.actor.Label(); got != tt.want {
			t.Errorf("Label() = %q, want %q", got, tt.want)
		}
	}
}

func TestActorFromContext(t *testing.T) {
	if a := senim.ActorFrom(context.Background()); a.Kind != senim.ActorCitizen || a.IsStaff() || a.Sees("350000000") {
		t.Errorf("a context without an actor gives %+v, want the anonymous citizen", a)
	}
	if a := senim.ActorFrom(senim.WithActor(context.Background(), nil)); a.Kind != senim.ActorCitizen {
		t.Errorf("a context with a nil actor gives %+v, want the anonymous citizen", a)
	}
	op := &senim.Actor{Kind: senim.ActorUser, Name: "op", Role: senim.RoleOperator, Territory: "350000000"}
	ctx := senim.WithActor(context.Background(), op)
	if a := senim.ActorFrom(ctx); a != op {
		t.Errorf("ActorFrom(WithActor(op)) = %+v, want op", a)
	}
	type otherKey struct{}
	if a := senim.ActorFrom(context.WithValue(ctx, otherKey{}, "x")); a != op {
		t.Errorf("the actor is lost under another value: %+v", a)
	}
}

func TestUserValidate(t *testing.T) {
	tests := []struct {
		name      string
		in        senim.User
		wantLogin string
		wantName  string
		errs      []string
	}{
		{name: "operator of an oblast", in: senim.User{Login: "  Operator.35 ", Name: " Айгерим ", Role: senim.RoleOperator, Territory: "350000000"},
			wantLogin: "operator.35", wantName: "Айгерим"},
		{name: "the name defaults to the login", in: senim.User{Login: "auditor_1", Role: senim.RoleAuditor, Territory: senim.CountryKATO},
			wantLogin: "auditor_1", wantName: "auditor_1"},
		{name: "central office of the country", in: senim.User{Login: "central", Role: senim.RoleCentral, Territory: senim.CountryKATO},
			wantLogin: "central", wantName: "central"},
		{name: "login too short", in: senim.User{Login: "a", Role: senim.RoleOperator, Territory: "350000000"}, errs: []string{"login user.login"}},
		{name: "login with a space", in: senim.User{Login: "ai gerim", Role: senim.RoleOperator, Territory: "350000000"}, errs: []string{"login user.login"}},
		{name: "login starting with a dash", in: senim.User{Login: "-aigerim", Role: senim.RoleOperator, Territory: "350000000"}, errs: []string{"login user.login"}},
		{name: "login in Cyrillic", in: senim.User{Login: "айгерим", Role: senim.RoleOperator, Territory: "350000000"}, errs: []string{"login user.login"}},
		{name: "login too long", in: senim.User{Login: strings.Repeat("a", 65), Role: senim.RoleOperator, Territory: "350000000"}, errs: []string{"login user.login"}},
		{name: "unknown role", in: senim.User{Login: "aigerim", Role: "admin", Territory: "350000000"}, errs: []string{"role role.unknown"}},
		{name: "no territory", in: senim.User{Login: "aigerim", Role: senim.RoleOperator}, errs: []string{"territory kato.length"}},
		{name: "central office of one oblast", in: senim.User{Login: "central35", Role: senim.RoleCentral, Territory: "350000000"}, errs: []string{"territory role.central_country"}},
		{name: "everything wrong", in: senim.User{Login: "A B", Role: "root", Territory: "35"}, errs: []string{"login user.login", "role role.unknown", "territory kato.length"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := tt.in
			err := u.Validate()
			if tt.errs != nil {
				apWantErr(t, err, senim.EINVALID, tt.errs...)
				return
			}
			if err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if u.Login != tt.wantLogin || u.Name != tt.wantName {
				t.Errorf("validated login %q, name %q; want %q, %q", u.Login, u.Name, tt.wantLogin, tt.wantName)
			}
			a := u.Actor()
			if a.Kind != senim.ActorUser || a.Name != u.Login || a.Role != u.Role || a.Territory != u.Territory || !a.IsStaff() {
				t.Errorf("Actor() = %+v", a)
			}
		})
	}
}

func TestAPIKeyValidate(t *testing.T) {
	tests := []struct {
		name string
		in   senim.APIKey
		errs []string
	}{
		{name: "operator key of an oblast", in: senim.APIKey{Name: " e-Otinish bridge ", Role: senim.RoleOperator, Territory: "350000000"}},
		{name: "central key of the country", in: senim.APIKey{Name: "national reports", Role: senim.RoleCentral, Territory: senim.CountryKATO}},
		{name: "no name", in: senim.APIKey{Name: "  ", Role: senim.RoleOperator, Territory: "350000000"}, errs: []string{"name required"}},
		{name: "name too long", in: senim.APIKey{Name: strings.Repeat("k", 101), Role: senim.RoleOperator, Territory: "350000000"}, errs: []string{"name required"}},
		{name: "unknown role", in: senim.APIKey{Name: "k", Role: "robot", Territory: "350000000"}, errs: []string{"role role.unknown"}},
		{name: "bad territory", in: senim.APIKey{Name: "k", Role: senim.RoleOperator, Territory: "350000001"}, errs: []string{"territory kato.nesting"}},
		{name: "central key of one oblast", in: senim.APIKey{Name: "k", Role: senim.RoleCentral, Territory: "750000000"}, errs: []string{"territory role.central_country"}},
		{name: "everything wrong", in: senim.APIKey{Role: "", Territory: ""}, errs: []string{"name required", "role role.unknown", "territory kato.length"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := tt.in
			err := k.Validate()
			if tt.errs != nil {
				apWantErr(t, err, senim.EINVALID, tt.errs...)
				return
			}
			if err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if k.Name != strings.TrimSpace(tt.in.Name) {
				t.Errorf("name = %q, want it trimmed", k.Name)
			}
			a := k.Actor()
			if a.Kind != senim.ActorAPIKey || a.Name != k.Name || a.Role != k.Role || a.Territory != k.Territory || !a.IsStaff() {
				t.Errorf("Actor() = %+v", a)
			}
		})
	}
}
