package senim

import (
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"
)

// BranchLevel is the level of a party branch.
type BranchLevel string

const (
	BranchCentral  BranchLevel = "central"  // the central office: the country
	BranchOblast   BranchLevel = "oblast"   // an oblast branch
	BranchCity     BranchLevel = "city"     // a city branch: a city of republican or oblast significance
	BranchDistrict BranchLevel = "district" // a district branch, or a city district's
)

// BranchLevels lists every level, the highest first.
var BranchLevels = []BranchLevel{BranchCentral, BranchOblast, BranchCity, BranchDistrict}

// Branch is a branch of the party on its territory. Its name and chair are
// public.
type Branch struct {
	ID        string      `json:"id"`
	Level     BranchLevel `json:"level"`
	Territory KATO        `json:"territory"`
	Name      Names       `json:"name"`
	Chair     string      `json:"chair,omitempty"` // the chair's full name: a public post
	Address   string      `json:"address,omitempty"`
}

// BranchInput is what a caller sends to add a branch.
type BranchInput struct {
	Level     string `json:"level"`
	Territory string `json:"territory"`
	Name      Names  `json:"name"`
	Chair     string `json:"chair"`
	Address   string `json:"address"`
}

// NewBranch checks the input: the level must fit the territory (the central
// office is the country's; an oblast branch an oblast's; a city branch a
// city of republican significance or of an oblast; a district branch a
// district's, or a city district's).
func NewBranch(in BranchInput) (*Branch, error) {
	var p Problems
	b := &Branch{Level: BranchLevel(strings.TrimSpace(in.Level)), Name: in.Name}
	if !slices.Contains(BranchLevels, b.Level) {
		p.Add(Invalid("level", "branch.level", "level", in.Level))
	}
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else {
		b.Territory = k
		ok := true
		switch b.Level {
		case BranchCentral:
			ok = k == CountryKATO
		case BranchOblast:
			ok = k.Level() == LevelRegion
		case BranchCity:
			ok = k.Level() == LevelRegion || k.Level() == LevelDistrict
		case BranchDistrict:
			ok = k.Level() == LevelDistrict
		}
		if !ok {
			p.Add(Invalid("territory", "branch.territory"))
		}
	}
	b.Name.clean("name", MaxNameLen, &p)
	b.Chair = checkLine("chair", in.Chair, MaxNameLen, false, &p)
	b.Address = checkLine("address", in.Address, MaxAddressLen, false, &p)
	return b, p.Err()
}

// OrgKind is the kind of a primary organisation.
type OrgKind string

const (
	OrgTerritorial OrgKind = "territorial" // of a settlement or a part of a town
	OrgWorkplace   OrgKind = "workplace"   // at an enterprise, a school, a hospital
)

// OrgKinds lists every kind.
var OrgKinds = []OrgKind{OrgTerritorial, OrgWorkplace}

// PrimaryOrg is a primary party organisation: where every member is
// registered. Its name, code and number of members are public.
type PrimaryOrg struct {
	ID        string  `json:"id"`
	Code      string  `json:"code"` // the branch's registration code, unique: "35-0001"
	Name      string  `json:"name"`
	Kind      OrgKind `json:"kind"`
	Territory KATO    `json:"territory"`
	Workplace string  `json:"workplace,omitempty"` // the employer of a workplace organisation
	Founded   Date    `json:"founded"`
	Closed    Date    `json:"closed,omitzero"`
	Members   int     `json:"members,omitempty"` // members now (active and suspended): staff only
}

// PrimaryOrgInput is what a caller sends to found a primary organisation.
type PrimaryOrgInput struct {
	Code      string `json:"code"`
	Name      string `json:"name"`
	Kind      string `json:"kind"`
	Territory string `json:"territory"`
	Workplace string `json:"workplace"`
	Founded   string `json:"founded"`
}

// MaxOrgCode bounds a primary organisation's code.
const MaxOrgCode = 32

// NewPrimaryOrg checks the input. A workplace organisation names its
// employer; the date it was founded is not in the future (default: today).
func NewPrimaryOrg(in PrimaryOrgInput, today Date) (*PrimaryOrg, error) {
	var p Problems
	o := &PrimaryOrg{Kind: OrgKind(strings.TrimSpace(in.Kind))}
	o.Code = checkLine("code", in.Code, MaxOrgCode, true, &p)
	if strings.ContainsAny(o.Code, " ,;") {
		p.Add(Invalid("code", "org.code"))
	}
	o.Name = checkLine("name", in.Name, MaxNameLen, true, &p)
	if !slices.Contains(OrgKinds, o.Kind) {
		p.Add(Invalid("kind", "org.kind", "kind", in.Kind))
	}
	o.Workplace = checkLine("workplace", in.Workplace, MaxNameLen, o.Kind == OrgWorkplace, &p)
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else if k.Level() < LevelDistrict {
		p.Add(Invalid("territory", "org.territory"))
	} else {
		o.Territory = k
	}
	o.Founded = pastDate("founded", in.Founded, today, &p)
	return o, p.Err()
}

// pastDate reads an optional date that is not after today; empty is today.
func pastDate(field, s string, today Date, p *Problems) Date {
	if strings.TrimSpace(s) == "" {
		return today
	}
	d := requiredDate(field, s, p)
	if d.After(today) {
		p.Add(Invalid(field, "date.future"))
	}
	return d
}

// MemberStatus is where a member stands.
type MemberStatus string

const (
	MemberActive    MemberStatus = "active"
	MemberSuspended MemberStatus = "suspended" // while in a post the law keeps out of parties: a judge, the military, some civil servants
	MemberLeft      MemberStatus = "left"
)

// MemberStatuses lists every status.
var MemberStatuses = []MemberStatus{MemberActive, MemberSuspended, MemberLeft}

// LeaveReason is why a member left.
type LeaveReason string

const (
	LeaveOwnWish  LeaveReason = "own_wish" // at their own request
	LeaveExpelled LeaveReason = "expelled" // by a decision of the organisation
	LeaveDeath    LeaveReason = "death"
	LeaveOther    LeaveReason = "other" // with a note
)

// LeaveReasons lists every reason.
var LeaveReasons = []LeaveReason{LeaveOwnWish, LeaveExpelled, LeaveDeath, LeaveOther}

// MinMemberAge is the age from which a citizen may join a party.
const MinMemberAge = 18

// Member is a party member. Everything but the organisation, the dates and
// the status is personal data: it never reaches a public page, and a staff
// member who sees the IIN or the contacts unmasked is recorded. Sex and the
// date of birth are read from the IIN, never typed.
type Member struct {
	ID         string         `json:"id"`
	IIN        string         `json:"iin"`
	Name       string         `json:"name"`
	Sex        Sex            `json:"sex"`
	BirthDate  Date           `json:"birth_date,omitzero"` // empty when masked
	Age        int            `json:"age"`                 // today
	Phone      string         `json:"phone,omitempty"`
	Email      string         `json:"email,omitempty"`
	Address    string         `json:"address,omitempty"`
	OrgID      string         `json:"organisation"`
	OrgCode    string         `json:"organisation_code"`
	Territory  KATO           `json:"territory"` // the organisation's
	Joined     Date           `json:"joined"`
	Left       Date           `json:"left,omitzero"`
	LeftReason LeaveReason    `json:"left_reason,omitempty"`
	LeftNote   string         `json:"left_note,omitempty"`
	YouthWing  bool           `json:"youth_wing"` // a member of the party's youth wing
	Status     MemberStatus   `json:"status"`
	CreatedAt  time.Time      `json:"created_at"`
	UpdatedAt  time.Time      `json:"updated_at"`
	Version    int            `json:"version"`
	Events     []*MemberEvent `json:"history,omitempty"`
}

// Masked returns the member with the IIN, the contacts and the date of
// birth hidden, for roles that judge the organisation's work and need no
// personal data.
func (m Member) Masked() Member {
	out := m
	out.IIN = mask(m.IIN, 0, 0)
	out.Phone = mask(m.Phone, 4, 2)
	out.Email = maskEmail(m.Email)
	if m.Address != "" {
		out.Address = "•••"
	}
	out.BirthDate = Date{}
	return out
}

// HasPersonalData reports whether the member's record holds anything a
// look at is recorded for.
func (m *Member) HasPersonalData() bool {
	return m.IIN != "" || m.Phone != "" || m.Email != "" || m.Address != ""
}

// AgeOn is the member's age in whole years on day d.
func (m *Member) AgeOn(d Date) int { return AgeOn(m.BirthDate, d) }

// AgeOn is the age in whole years on day d of someone born on birth, by
// the IIN's rule (29 February turns a year older on 28 February).
func AgeOn(birth, d Date) int {
	return IIN{BirthDate: birth}.Age(d)
}

// MemberInput is what a caller sends to admit a member. Org is the primary
// organisation's id or code.
type MemberInput struct {
	IIN       string `json:"iin"`
	Name      string `json:"name"`
	Phone     string `json:"phone"`
	Email     string `json:"email"`
	Address   string `json:"address"`
	Org       string `json:"organisation"`
	Joined    string `json:"joined"`
	YouthWing bool   `json:"youth_wing"`
}

// NewMember checks the input of an admission. The IIN is required and
// valid; the member is at least MinMemberAge on the day they join, which is
// not in the future (default: today). The store then finds the
// organisation and refuses an IIN that is already a member's.
func NewMember(in MemberInput, today Date, now time.Time) (*Member, error) {
	var p Problems
	m := &Member{Status: MemberActive, YouthWing: in.YouthWing, CreatedAt: now, UpdatedAt: now, Version: 1}
	iin, err := ParseIIN(in.IIN)
	if err != nil {
		p.Add(err)
	} else if iin.BirthDate.After(today) {
		p.Add(Invalid("iin", "iin.future"))
	}
	m.IIN, m.Sex, m.BirthDate = iin.Number, iin.Sex, iin.BirthDate
	m.Name = checkLine("name", in.Name, MaxNameLen, true, &p)
	m.setContacts(in.Phone, in.Email, in.Address, &p)
	if strings.TrimSpace(in.Org) == "" {
		p.Add(Invalid("organisation", "required"))
	}
	m.Joined = pastDate("joined", in.Joined, today, &p)
	if err == nil && !m.Joined.IsZero() && AgeOn(m.BirthDate, m.Joined) < MinMemberAge {
		p.Add(Invalid("joined", "member.age", "min", MinMemberAge))
	}
	m.Age = m.AgeOn(today)
	return m, p.Err()
}

func (m *Member) setContacts(phone, email, address string, p *Problems) {
	m.Phone = ""
	if s := strings.TrimSpace(phone); s != "" {
		ph, err := NormalizePhone(s)
		p.Add(err)
		m.Phone = ph
	}
	m.Email = strings.TrimSpace(email)
	if m.Email != "" {
		if a, err := mail.ParseAddress(m.Email); err != nil || a.Address != m.Email || len(m.Email) > 254 {
			p.Add(Invalid("email", "email"))
		}
	}
	m.Address = checkLine("address", address, MaxAddressLen, false, p)
}

// MemberUpdate names what changes in a member's record; nil fields stay.
// Org moves the member to another primary organisation (id or code);
// Status is "active" or "suspended" (leaving is Leave).
type MemberUpdate struct {
	Name      *string `json:"name,omitempty"`
	Phone     *string `json:"phone,omitempty"`
	Email     *string `json:"email,omitempty"`
	Address   *string `json:"address,omitempty"`
	Org       *string `json:"organisation,omitempty"`
	YouthWing *bool   `json:"youth_wing,omitempty"`
	Status    *string `json:"status,omitempty"`
}

// Apply checks the update against the member and changes it, returning the
// event's action and what changed (the field names, never the values: a
// history is read more widely than personal data); nothing changed, no new
// version. Moving to another
// organisation is done by the store, which knows them: Apply checks only
// that the member has not left.
func (m *Member) Apply(u MemberUpdate, now time.Time) (MemberAction, []string, error) {
	if m.Status == MemberLeft {
		return "", nil, Errorf(ECONFLICT, "member.left")
	}
	var p Problems
	var changed []string
	next := *m
	if u.Name != nil {
		next.Name = checkLine("name", *u.Name, MaxNameLen, true, &p)
	}
	phone, email, address := m.Phone, m.Email, m.Address
	if u.Phone != nil {
		phone = *u.Phone
	}
	if u.Email != nil {
		email = *u.Email
	}
	if u.Address != nil {
		address = *u.Address
	}
	next.setContacts(phone, email, address, &p)
	if u.YouthWing != nil {
		next.YouthWing = *u.YouthWing
	}
	action := ActionMemberChanged
	if u.Status != nil {
		switch s := MemberStatus(strings.TrimSpace(*u.Status)); s {
		case MemberActive, MemberSuspended:
			if s != m.Status {
				next.Status = s
				action = map[MemberStatus]MemberAction{MemberActive: ActionMemberResumed, MemberSuspended: ActionMemberSuspended}[s]
			}
		default:
			p.Add(Invalid("status", "member.status", "status", *u.Status))
		}
	}
	if u.Org != nil && strings.TrimSpace(*u.Org) == "" {
		p.Add(Invalid("organisation", "required"))
	}
	if err := p.Err(); err != nil {
		return "", nil, err
	}
	for _, f := range []struct {
		name string
		diff bool
	}{{"name", next.Name != m.Name}, {"phone", next.Phone != m.Phone}, {"email", next.Email != m.Email},
		{"address", next.Address != m.Address}, {"youth_wing", next.YouthWing != m.YouthWing}, {"status", next.Status != m.Status}} {
		if f.diff {
			changed = append(changed, f.name)
		}
	}
	if len(changed) > 0 {
		next.UpdatedAt = now
		next.Version++
	}
	*m = next
	return action, changed, nil
}

// Departure is what a caller sends when a member leaves.
type Departure struct {
	On     string `json:"on"`
	Reason string `json:"reason"`
	Note   string `json:"note"`
}

// MaxLeaveNote bounds a departure's note.
const MaxLeaveNote = 1000

// Leave ends the membership: on a day not before joining nor after today,
// for a reason; "other" and "expelled" need a note (what happened, which
// decision).
func (m *Member) Leave(d Departure, today Date, now time.Time) error {
	if m.Status == MemberLeft {
		return Errorf(ECONFLICT, "member.left")
	}
	var p Problems
	on := pastDate("on", d.On, today, &p)
	if !on.IsZero() && on.Before(m.Joined) {
		p.Add(Invalid("on", "member.left_before_joined", "joined", m.Joined.String()))
	}
	reason := LeaveReason(strings.TrimSpace(d.Reason))
	if !slices.Contains(LeaveReasons, reason) {
		p.Add(Invalid("reason", "member.reason", "reason", d.Reason))
	}
	note := checkLine("note", d.Note, MaxLeaveNote, reason == LeaveOther || reason == LeaveExpelled, &p)
	if err := p.Err(); err != nil {
		return err
	}
	m.Status, m.Left, m.LeftReason, m.LeftNote = MemberLeft, on, reason, note
	m.UpdatedAt = now
	m.Version++
	return nil
}

// Readmit takes a member who left back in, on a day not before they left.
func (m *Member) Readmit(in MemberInput, today Date, now time.Time) error {
	if m.Status != MemberLeft {
		return Errorf(ECONFLICT, "member.exists")
	}
	fresh, err := NewMember(in, today, now)
	if err != nil {
		return err
	}
	if fresh.Joined.Before(m.Left) {
		return Invalid("joined", "member.rejoin_before_left", "left", m.Left.String())
	}
	fresh.ID, fresh.CreatedAt, fresh.Version = m.ID, m.CreatedAt, m.Version+1
	*m = *fresh
	return nil
}

// MemberAction names an event in a member's history.
type MemberAction string

const (
	ActionMemberAdmitted    MemberAction = "admitted"
	ActionMemberReadmitted  MemberAction = "readmitted"
	ActionMemberChanged     MemberAction = "changed"
	ActionMemberTransferred MemberAction = "transferred"
	ActionMemberSuspended   MemberAction = "suspended"
	ActionMemberResumed     MemberAction = "resumed"
	ActionMemberLeft        MemberAction = "left"
	ActionMemberImported    MemberAction = "imported"
)

// MemberEvent is one entry of a member's history.
type MemberEvent struct {
	Seq    int64          `json:"seq"`
	Action MemberAction   `json:"action"`
	Actor  string         `json:"actor"`
	At     time.Time      `json:"at"`
	Data   map[string]any `json:"data,omitempty"` // which fields changed, the organisation, the reason: never personal data
}

// MemberFilter selects members.
type MemberFilter struct {
	Territory KATO
	OrgID     string
	Status    MemberStatus
	Query     string // a name's words, or a whole IIN
	Limit     int
	Offset    int
}

// MaxMemberPage bounds a page of members.
const MaxMemberPage = 500

// AgeBand is a range of ages, From to To inclusive (To 0: and older).
type AgeBand struct {
	From int `json:"from"`
	To   int `json:"to,omitempty"`
}

// Label writes the band as "18–24" or "65+".
func (b AgeBand) Label() string {
	if b.To == 0 {
		return strconv.Itoa(b.From) + "+"
	}
	return strconv.Itoa(b.From) + "–" + strconv.Itoa(b.To)
}

// AgeBands are the bands membership statistics are counted in.
var AgeBands = []AgeBand{{18, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 0}}

// BandOf returns the index of the band of an age (ages under the first
// band's lower bound count in the first).
func BandOf(age int) int {
	for i := len(AgeBands) - 1; i > 0; i-- {
		if age >= AgeBands[i].From {
			return i
		}
	}
	return 0
}

// BandCount is how many members of an age band there are, by sex.
type BandCount struct {
	Band  string `json:"band"`
	Men   int    `json:"men"`
	Women int    `json:"women"`
}

// MemberStats are the figures of a territory's membership over a period:
// members and organisations as of its last day, admissions and departures
// in it, and the members of its last day by age band and sex.
type MemberStats struct {
	Territory  KATO           `json:"territory"`
	From       Date           `json:"from"`
	To         Date           `json:"to"`
	Members    int            `json:"members"`   // active and suspended on To
	Suspended  int            `json:"suspended"` // of them
	Orgs       int            `json:"organisations"`
	Admitted   int            `json:"admitted"` // joined From–To
	Left       int            `json:"left"`     // left From–To
	Men        int            `json:"men"`
	Women      int            `json:"women"`
	Youth      int            `json:"youth"`      // under the youth age on To
	YouthAge   int            `json:"youth_age"`  // the setting it was counted with
	YouthWing  int            `json:"youth_wing"` // members of the youth wing
	Bands      []BandCount    `json:"age_bands"`
	AverageAge float64        `json:"average_age"`     // on To, one decimal
	Parts      []*MemberStats `json:"parts,omitempty"` // the same for each territory one level down
}

// MemberStatsFilter selects what MemberStats counts.
type MemberStatsFilter struct {
	Territory KATO
	From, To  Date
	Parts     bool // count each territory one level down too
	YouthAge  int  // under this age is youth; 0: DefaultYouthAge
}

// DefaultYouthAge is the age below which the seeds count a member as young
// (under 35); the party's settings may change it, as laws do.
const DefaultYouthAge = 35

// MemberRecord is one line of a members' file: an admission, and a
// departure when the member has left (Leave.On not empty).
type MemberRecord struct {
	Line   int
	In     MemberInput
	Leave  Departure
	Status string // "suspended" imports a suspended member; empty, "active" or "left" (with Leave) as the rest says
	// Faults are the line's cells that could not be read (a date that is
	// not one), each naming its line ("line.12.joined"): the import
	// reports them with everything else it finds.
	Faults []*Error
}

// MaxLineErrors bounds the errors an import reports: past it, the rest are
// counted, not listed.
const MaxLineErrors = 500
