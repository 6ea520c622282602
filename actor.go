package senim

import (
	"context"
	"slices"
)

// Role is what a staff member may do. Every role acts inside one territory
// subtree and nowhere else.
type Role string

const (
	RoleOperator Role = "operator" // reception-office operator: registers and moves appeals
	RoleOfficial Role = "official" // deputy or official: sees the appeals of their territory
	RoleBranch   Role = "branch"   // oblast, city or district branch staff
	RoleCouncil  Role = "council"  // public-council member: reads, raises issues
	RoleCentral  Role = "central"  // central office: the whole country
	RoleAuditor  Role = "auditor"  // reads everything in scope, changes nothing
)

// Roles lists every staff role.
var Roles = []Role{RoleOperator, RoleOfficial, RoleBranch, RoleCouncil, RoleCentral, RoleAuditor}

// ParseRole checks a role name.
func ParseRole(s string) (Role, error) {
	r := Role(s)
	if !slices.Contains(Roles, r) {
		return "", Invalid("role", "role.unknown", "role", s)
	}
	return r, nil
}

// Actor is whoever makes a request: a staff member signed in, a program with
// an API key, a citizen, or the system itself (command line, demo).
type Actor struct {
	Kind      string // "user", "apikey", "citizen", "system"
	ID        string
	Name      string
	Role      Role
	Territory KATO
}

// Actor kinds.
const (
	ActorUser    = "user"
	ActorAPIKey  = "apikey"
	ActorCitizen = "citizen"
	ActorSystem  = "system"
)

// System is the actor of the command line and the demo generator.
var System = &Actor{Kind: ActorSystem, Name: "system", Territory: CountryKATO}

// Citizen is the anonymous actor of the public API.
var Citizen = &Actor{Kind: ActorCitizen, Name: "citizen", Territory: CountryKATO}

// Label is how the actor is written in an event's history.
func (a *Actor) Label() string {
	switch a.Kind {
	case ActorSystem, ActorCitizen:
		return a.Kind
	}
	return a.Kind + ":" + a.Name
}

// IsStaff reports whether the actor is a signed-in person or a program with a key.
func (a *Actor) IsStaff() bool { return a.Kind == ActorUser || a.Kind == ActorAPIKey }

// Sees reports whether a record of territory k lies in the actor's scope.
func (a *Actor) Sees(k KATO) bool {
	if a.Kind == ActorSystem {
		return true
	}
	return a.IsStaff() && a.Territory.Contains(k)
}

// CanHandleAppeals reports whether the actor may register and move appeals.
func (a *Actor) CanHandleAppeals() bool {
	if a.Kind == ActorSystem {
		return true
	}
	return a.IsStaff() && (a.Role == RoleOperator || a.Role == RoleBranch || a.Role == RoleCentral)
}

// CanManageOffices reports whether the actor may add reception offices and
// executive bodies (inside its territory).
func (a *Actor) CanManageOffices() bool {
	return a.Kind == ActorSystem || (a.IsStaff() && (a.Role == RoleBranch || a.Role == RoleCentral))
}

// CanManageProgrammes reports whether the actor may adopt programmes, add
// their indicators and measures and enter measurements (inside its
// territory): the branches and the central office.
func (a *Actor) CanManageProgrammes() bool { return a.CanManageOffices() }

// CanRunCouncils reports whether the actor may form public councils, record
// their members and meetings and take their issues under control: council
// members themselves, the branches and the central office.
func (a *Actor) CanRunCouncils() bool {
	return a.CanManageOffices() || (a.IsStaff() && a.Role == RoleCouncil)
}

// CanManageDeputies reports whether the actor may add assemblies and their
// deputies (inside its territory): the branches and the central office.
func (a *Actor) CanManageDeputies() bool { return a.CanManageOffices() }

// CanRunRating reports whether the actor may write the rating's methodology,
// publish it and compute a period's scores: the central office only, since
// the rule is one for the whole country.
func (a *Actor) CanRunRating() bool {
	return a.Kind == ActorSystem || (a.IsStaff() && a.Role == RoleCentral)
}

// SeesPilot reports whether the actor may see what is not yet public (a
// pilot methodology and its scores): any staff.
func (a *Actor) SeesPilot() bool { return a.Kind == ActorSystem || a.IsStaff() }

// CanSeePersonalData reports whether the actor may read an applicant's IIN,
// phone, e-mail and address unmasked (each such read is recorded): only those
// who handle appeals and must reach the applicant. Officials, councils and
// auditors judge the work, not the person, and see them masked.
func (a *Actor) CanSeePersonalData() bool {
	return a.CanHandleAppeals()
}

// CanSeeMembers reports whether the actor may read the party's member
// lists (inside its territory): the branches, the central office and the
// auditors. Reception-office staff, officials and councils may not.
func (a *Actor) CanSeeMembers() bool {
	return a.CanManageMembers() || (a.IsStaff() && a.Role == RoleAuditor)
}

// CanManageMembers reports whether the actor may admit members, change
// their records, record departures, found primary organisations and
// branches, and import and export members: the branches and the central
// office. They alone see a member's IIN and contacts unmasked (each look
// recorded); auditors see the lists masked.
func (a *Actor) CanManageMembers() bool { return a.CanManageOffices() }

// CanManagePolls reports whether the actor may open public polls and close
// them early (inside its territory): the branches and the central office.
func (a *Actor) CanManagePolls() bool { return a.CanManageOffices() }

// CanManageMeetings reports whether the actor may record the party's
// conferences and sessions, their agendas and votes, and grant the party's
// awards (inside its territory): the branches and the central office.
// Auditors read them (CanSeeMembers).
func (a *Actor) CanManageMeetings() bool { return a.CanManageOffices() }

type actorKey struct{}

// WithActor returns a context that carries the actor.
func WithActor(ctx context.Context, a *Actor) context.Context {
	return context.WithValue(ctx, actorKey{}, a)
}

// ActorFrom returns the actor of the context; a context without one is an
// anonymous citizen's.
func ActorFrom(ctx context.Context) *Actor {
	if a, ok := ctx.Value(actorKey{}).(*Actor); ok && a != nil {
		return a
	}
	return Citizen
}
