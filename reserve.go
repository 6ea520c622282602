package senim

import (
	"slices"
	"strings"
	"time"
)

// The party's personnel reserve: members prepared for a post, each entry
// for one level of post on one territory (the Karaganda oblast maslikhat,
// the district's akimats …), with the day they joined it and how they got
// there. Seed 003: the maslikhats' candidates "were chosen by the primaries
// from the personnel reserve"; a primary's winners join the reserve too.

// ReserveLevel is the level of the posts a reserve entry prepares for. The
// levels follow the elections the party puts candidates up for.
type ReserveLevel string

const (
	ReserveRepublic ReserveLevel = "republic" // the Mazhilis, the central office, posts of the republic: the country's
	ReserveOblast   ReserveLevel = "oblast"   // an oblast maslikhat, the oblast's akimat and branch: an oblast's or a city of republican significance
	ReserveCity     ReserveLevel = "city"     // a city maslikhat, the city's akimat and branch: a city's
	ReserveDistrict ReserveLevel = "district" // a district maslikhat, the district's akimat and branch: a district's
	ReserveRural    ReserveLevel = "rural"    // a rural akim: a rural okrug's, a town's or a district's round
)

// ReserveLevels lists every level, the highest first.
var ReserveLevels = []ReserveLevel{ReserveRepublic, ReserveOblast, ReserveCity, ReserveDistrict, ReserveRural}

// ReserveLevelOf is the level of the posts that an election of kind fills
// (a PrimaryElectionKinds value): the Mazhilis is the republic's, the
// maslikhats their own, rural akims rural; "" for an unknown kind.
func ReserveLevelOf(electionKind string) ReserveLevel {
	switch electionKind {
	case string(AssemblyMazhilis):
		return ReserveRepublic
	case string(AssemblyOblast):
		return ReserveOblast
	case string(AssemblyCity):
		return ReserveCity
	case string(AssemblyDistrict):
		return ReserveDistrict
	case "rural_akim":
		return ReserveRural
	}
	return ""
}

// Fits reports whether a post of the level can lie on territory k: the
// republic's on the country; an oblast's on an oblast or a city of
// republican significance; a city's on one of those cities or a city of an
// oblast; a district's on a district; a rural one on a district, a rural
// okrug or a town.
func (l ReserveLevel) Fits(k KATO) bool {
	switch lv := k.Level(); l {
	case ReserveRepublic:
		return lv == LevelCountry
	case ReserveOblast:
		return lv == LevelRegion
	case ReserveCity:
		return lv == LevelRegion || lv == LevelDistrict
	case ReserveDistrict:
		return lv == LevelDistrict
	case ReserveRural:
		return lv == LevelDistrict || lv == LevelOkrug
	}
	return false
}

// ReserveSource is how a member got into the reserve.
type ReserveSource string

const (
	ReserveFromPrimary ReserveSource = "primary"        // won a place in a primary (its id recorded)
	ReserveRecommended ReserveSource = "recommendation" // recommended by a primary organisation or a branch
	ReserveCompetition ReserveSource = "competition"    // passed an open competition of the branch
	ReserveSchool      ReserveSource = "school"         // finished the party's school of the personnel reserve
	ReserveSourceOther ReserveSource = "other"          // another way, told in the note
)

// MaxReserveNote bounds a reserve entry's notes.
const MaxReserveNote = 1000

// ReserveSources lists every source.
var ReserveSources = []ReserveSource{ReserveFromPrimary, ReserveRecommended, ReserveCompetition, ReserveSchool, ReserveSourceOther}

// ReserveExitReason is why a member left the reserve.
type ReserveExitReason string

const (
	ReserveElected   ReserveExitReason = "elected"    // elected or appointed to the post: the reserve did its work
	ReserveWithdrew  ReserveExitReason = "withdrew"   // at their own request
	ReserveRemoved   ReserveExitReason = "removed"    // by a decision of the branch (the note says which)
	ReserveLeftParty ReserveExitReason = "left_party" // their membership ended
	ReserveExitOther ReserveExitReason = "other"      // with a note
)

// ReserveExitReasons lists every reason.
var ReserveExitReasons = []ReserveExitReason{ReserveElected, ReserveWithdrew, ReserveRemoved, ReserveLeftParty, ReserveExitOther}

// ReserveEntry is a member in the reserve for the posts of one level on one
// territory. Name, Age, Sex and MemberStatus are the member's, read with
// the entry; the reserve is staff's business and never public.
type ReserveEntry struct {
	ID           string            `json:"id"`
	MemberID     string            `json:"member"`
	Name         string            `json:"name"`
	Sex          Sex               `json:"sex,omitempty"`
	Age          int               `json:"age,omitempty"` // today
	MemberStatus MemberStatus      `json:"member_status,omitempty"`
	Level        ReserveLevel      `json:"level"`
	Territory    KATO              `json:"territory"` // where the posts are
	Since        Date              `json:"since"`
	Source       ReserveSource     `json:"source"`
	PrimaryID    string            `json:"primary,omitempty"` // the primary the member won a place in
	Note         string            `json:"note,omitempty"`
	Left         Date              `json:"left,omitzero"`
	LeftReason   ReserveExitReason `json:"left_reason,omitempty"`
	LeftNote     string            `json:"left_note,omitempty"`
	Actor        string            `json:"actor"` // who added the entry
	CreatedAt    time.Time         `json:"created_at"`
}

// Active reports whether the member is in the reserve still.
func (e *ReserveEntry) Active() bool { return e.Left.IsZero() }

// ReserveInput is what a caller sends to add a member to the reserve.
// Member is the member's id; Level and Territory may be left out when
// Primary is given (the primary's election and territory then say them).
type ReserveInput struct {
	Member    string `json:"member"`
	Level     string `json:"level"`
	Territory string `json:"territory"`
	Since     string `json:"since"`
	Source    string `json:"source"`
	Primary   string `json:"primary"`
	Note      string `json:"note"`
}

// NewReserveEntry checks the input, every fault at its field: a member
// (required); a known level (reserve.level) whose posts can lie on the
// territory (reserve.territory); the day, not in the future (default:
// today); a known source (reserve.source); a primary's id exactly when
// the source is a primary (required, reserve.primary_only); a note of at
// most MaxReserveNote letters, required for the source "other". The store
// then checks the member, and the primary when there is one.
func NewReserveEntry(in ReserveInput, today Date) (*ReserveEntry, error) {
	var p Problems
	e := &ReserveEntry{MemberID: strings.TrimSpace(in.Member), Level: ReserveLevel(strings.TrimSpace(in.Level)),
		Source: ReserveSource(strings.TrimSpace(in.Source)), PrimaryID: strings.TrimSpace(in.Primary)}
	if e.MemberID == "" {
		p.Add(Invalid("member", "required"))
	}
	if !slices.Contains(ReserveLevels, e.Level) {
		p.Add(Invalid("level", "reserve.level", "level", in.Level))
	}
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else {
		e.Territory = k
		if slices.Contains(ReserveLevels, e.Level) && !e.Level.Fits(k) {
			p.Add(Invalid("territory", "reserve.territory", "level", string(e.Level)))
		}
	}
	e.Since = pastDate("since", in.Since, today, &p)
	switch {
	case !slices.Contains(ReserveSources, e.Source):
		p.Add(Invalid("source", "reserve.source", "source", in.Source))
	case e.Source == ReserveFromPrimary && e.PrimaryID == "":
		p.Add(Invalid("primary", "required"))
	case e.Source != ReserveFromPrimary && e.PrimaryID != "":
		p.Add(Invalid("primary", "reserve.primary_only"))
	}
	e.Note = checkText("note", in.Note, MaxReserveNote, e.Source == ReserveSourceOther, &p)
	return e, p.Err()
}

// ReserveExit is what a caller sends to take a member out of the reserve.
type ReserveExit struct {
	On     string `json:"on"`
	Reason string `json:"reason"`
	Note   string `json:"note"`
}

// Leave takes the member out of the reserve: on a day not before they
// joined it nor after today (default: today), for a known reason
// (reserve.reason); "removed" and "other" need a note. An entry already
// closed is a conflict (reserve.left).
func (e *ReserveEntry) Leave(x ReserveExit, today Date) error {
	if !e.Active() {
		return Errorf(ECONFLICT, "reserve.left", "on", e.Left.String())
	}
	var p Problems
	on := pastDate("on", x.On, today, &p)
	if !on.IsZero() && on.Before(e.Since) {
		p.Add(Invalid("on", "reserve.left_before", "since", e.Since.String()))
	}
	reason := ReserveExitReason(strings.TrimSpace(x.Reason))
	if !slices.Contains(ReserveExitReasons, reason) {
		p.Add(Invalid("reason", "reserve.reason", "reason", x.Reason))
	}
	note := checkText("note", x.Note, MaxReserveNote, reason == ReserveRemoved || reason == ReserveExitOther, &p)
	if err := p.Err(); err != nil {
		return err
	}
	e.Left, e.LeftReason, e.LeftNote = on, reason, note
	return nil
}

// ReserveFilter selects reserve entries.
type ReserveFilter struct {
	Territory KATO // the posts' territory lies in this subtree; default: the actor's
	Level     ReserveLevel
	Source    ReserveSource
	PrimaryID string
	MemberID  string
	All       bool   // those who left the reserve too; by default only those in it
	Query     string // words of the member's name
	Limit     int
	Offset    int
}
