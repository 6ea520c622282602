package senim

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// The party's meetings and awards: a branch's conferences, the sessions of
// its political council and of the council's bureau, each with its agenda
// and the vote on every item (for, against, abstained, and the result by
// the rule of the item), the persons an election item elected with their
// votes; and the party's awards to its members, with the reason and the
// decision that granted them. Seed 002: a reporting-and-election
// conference of the Karaganda oblast branch elects the political council,
// its bureau and the audit commission.

// MeetingKind is the kind of a party meeting.
type MeetingKind string

const (
	MeetingConference     MeetingKind = "conference"      // a branch's conference of delegates
	MeetingCouncilSession MeetingKind = "council_session" // a session of the branch's political council
	MeetingBureauSession  MeetingKind = "bureau_session"  // a session of the political council's bureau
)

// MeetingKinds lists every kind, the widest first.
var MeetingKinds = []MeetingKind{MeetingConference, MeetingCouncilSession, MeetingBureauSession}

// AgendaKind is the kind of an agenda item.
type AgendaKind string

const (
	AgendaReport   AgendaKind = "report"   // a report heard (and, usually, taken note of by a vote)
	AgendaElection AgendaKind = "election" // the election of a chair or of a body
	AgendaDecision AgendaKind = "decision" // a decision put to the vote
)

// AgendaKinds lists every kind.
var AgendaKinds = []AgendaKind{AgendaReport, AgendaElection, AgendaDecision}

// ElectedBody is what an election item elects.
type ElectedBody string

const (
	ElectChair   ElectedBody = "chair"             // the branch's chair
	ElectCouncil ElectedBody = "political_council" // the branch's political council
	ElectBureau  ElectedBody = "bureau"            // the political council's bureau
	ElectAudit   ElectedBody = "audit_commission"  // the audit commission
)

// ElectedBodies lists every body.
var ElectedBodies = []ElectedBody{ElectChair, ElectCouncil, ElectBureau, ElectAudit}

// Public reports whether the names of those elected to the body are
// public: the chair and the bureau hold the branch's public posts; the
// members of the political council and of the audit commission are
// counted on public pages, named on staff pages only.
func (b ElectedBody) Public() bool { return b == ElectChair || b == ElectBureau }

// ElectsAt reports whether a meeting of kind k may elect the body: a
// conference elects any; a political council's session its chair, its
// bureau and new members of its own in place of those who left; a
// bureau's session none.
func (b ElectedBody) ElectsAt(k MeetingKind) bool {
	switch k {
	case MeetingConference:
		return slices.Contains(ElectedBodies, b)
	case MeetingCouncilSession:
		return b == ElectChair || b == ElectCouncil || b == ElectBureau
	}
	return false
}

// Limits of a meeting's records.
const (
	MaxDelegates      = 10_000 // delegates of the largest congress, with room
	MaxAgendaItems    = 50
	MaxBodySeats      = 500 // members a body may have
	MaxVoteReasonLen  = 1000
	MaxAwardReasonLen = 1000
	MaxDecreeLen      = 200
)

// MinPartyDate is the earliest day a record of the party may carry: the
// year it was founded.
var MinPartyDate = NewDate(1999, 1, 1)

// PartyMeeting is a conference or a session of a branch: when and where it
// was held, how many delegates (or members of the council or the bureau)
// it has and how many were present, and its agenda with the votes. The
// meeting, its agenda, the tallies and results are public; so are the
// names of those elected chair or to the bureau (ElectedBody.Public).
type PartyMeeting struct {
	ID        string        `json:"id"`
	BranchID  string        `json:"branch"`
	Territory KATO          `json:"territory"` // the branch's
	Kind      MeetingKind   `json:"kind"`
	Title     Names         `json:"title"`
	Date      Date          `json:"date"`
	Place     string        `json:"place"`
	Presiding string        `json:"presiding,omitempty"` // who chaired it
	Delegates int           `json:"delegates"`           // elected delegates; members of the council or the bureau
	Present   int           `json:"present"`             // registered as present
	Quorum    bool          `json:"quorum"`              // more than half of Delegates present
	Agenda    []*AgendaItem `json:"agenda"`
}

// HasQuorum reports whether a meeting of delegates with present of them
// there may decide: more than half must be present.
func HasQuorum(delegates, present int) bool { return delegates > 0 && 2*present > delegates }

// PartyMeetingInput is what a caller sends to record a meeting.
type PartyMeetingInput struct {
	Branch    string `json:"branch"` // the branch's id
	Kind      string `json:"kind"`
	Title     Names  `json:"title"`
	Date      string `json:"date"`
	Place     string `json:"place"`
	Presiding string `json:"presiding"`
	Delegates int    `json:"delegates"`
	Present   int    `json:"present"`
}

// NewPartyMeeting checks a meeting as it was held: a branch, a kind, a
// title in Russian, a day not in the future nor before the party, a place,
// from 1 to MaxDelegates delegates and no more present than delegates. A
// meeting without a quorum is recorded (it was convened), but nothing is
// voted at it. The store finds the branch.
func NewPartyMeeting(in PartyMeetingInput, today Date) (*PartyMeeting, error) {
	var p Problems
	m := &PartyMeeting{BranchID: strings.TrimSpace(in.Branch), Kind: MeetingKind(strings.TrimSpace(in.Kind)), Title: in.Title,
		Delegates: in.Delegates, Present: in.Present}
	switch {
	case m.BranchID == "":
		p.Add(Invalid("branch", "required"))
	case !ValidID(m.BranchID):
		p.Add(Invalid("branch", "meeting.branch"))
	}
	if !slices.Contains(MeetingKinds, m.Kind) {
		p.Add(Invalid("kind", "meeting.kind", "kind", in.Kind))
	}
	m.Title.clean("title", MaxTitleLen, &p)
	m.Date = partyDate("date", in.Date, today, true, &p)
	m.Place = checkLine("place", in.Place, MaxAddressLen, true, &p)
	m.Presiding = checkLine("presiding", in.Presiding, MaxNameLen, false, &p)
	if m.Delegates < 1 || m.Delegates > MaxDelegates {
		p.Add(Invalid("delegates", "range", "min", 1, "max", MaxDelegates))
	}
	switch {
	case m.Present < 0:
		p.Add(Invalid("present", "range", "min", 0, "max", max(m.Delegates, 0)))
	case m.Present > m.Delegates && m.Delegates >= 1:
		p.Add(Invalid("present", "meeting.present_over", "delegates", m.Delegates))
	}
	m.Quorum = HasQuorum(m.Delegates, m.Present)
	m.Agenda = []*AgendaItem{}
	return m, p.Err()
}

// partyDate reads a day not after today nor before MinPartyDate; empty is
// today unless required.
func partyDate(field, s string, today Date, required bool, p *Problems) Date {
	if required && strings.TrimSpace(s) == "" {
		return requiredDate(field, s, p)
	}
	d := pastDate(field, s, today, p)
	if !d.IsZero() && d.Before(MinPartyDate) {
		p.Add(Invalid(field, "date.before_party", "date", MinPartyDate.String()))
	}
	return d
}

// Item returns the agenda item at position n (from 1), or nil.
func (m *PartyMeeting) Item(n int) *AgendaItem {
	for _, it := range m.Agenda {
		if it.Position == n {
			return it
		}
	}
	return nil
}

// AgendaItem is one item of a meeting's agenda and its vote. An election
// item names the body it elects and how many seats it fills (the chair
// one).
type AgendaItem struct {
	Position   int            `json:"position"` // from 1, in the order heard
	Title      Names          `json:"title"`
	Kind       AgendaKind     `json:"kind"`
	Body       ElectedBody    `json:"body,omitempty"`
	Seats      int            `json:"seats,omitempty"`
	Qualified  bool           `json:"qualified"`            // passes with two-thirds of those present, not a simple majority
	Vote       *MeetingVote   `json:"vote,omitempty"`       // the record in force
	Superseded []*MeetingVote `json:"superseded,omitempty"` // earlier records it corrected, oldest first
}

// AgendaItemInput is what a caller sends to add an agenda item.
type AgendaItemInput struct {
	Title     Names  `json:"title"`
	Kind      string `json:"kind"`
	Body      string `json:"body"`      // an election's: what it elects
	Seats     int    `json:"seats"`     // an election's: how many it elects (the chair: 1, the default)
	Qualified bool   `json:"qualified"` // needs two-thirds of those present
}

// NewAgendaItem checks an item to add at the end of the meeting's agenda:
// a title in Russian; a kind; an election names a body the meeting may
// elect (ElectsAt) and from 1 to MaxBodySeats seats, the chair exactly one;
// other items name neither.
func (m *PartyMeeting) NewAgendaItem(in AgendaItemInput) (*AgendaItem, error) {
	if len(m.Agenda) >= MaxAgendaItems {
		return nil, Errorf(ECONFLICT, "agenda.full", "max", MaxAgendaItems)
	}
	var p Problems
	it := &AgendaItem{Position: len(m.Agenda) + 1, Title: in.Title, Kind: AgendaKind(strings.TrimSpace(in.Kind)),
		Body: ElectedBody(strings.TrimSpace(in.Body)), Seats: in.Seats, Qualified: in.Qualified}
	it.Title.clean("title", MaxTitleLen, &p)
	if !slices.Contains(AgendaKinds, it.Kind) {
		p.Add(Invalid("kind", "agenda.kind", "kind", in.Kind))
	}
	if it.Kind == AgendaElection {
		switch {
		case it.Body == "":
			p.Add(Invalid("body", "required"))
		case !slices.Contains(ElectedBodies, it.Body):
			p.Add(Invalid("body", "agenda.body", "body", in.Body))
		case !it.Body.ElectsAt(m.Kind):
			p.Add(Invalid("body", "agenda.body_meeting"))
		}
		switch {
		case it.Body == ElectChair && it.Seats == 0:
			it.Seats = 1
		case it.Body == ElectChair && it.Seats != 1:
			p.Add(Invalid("seats", "agenda.chair_seats"))
		case it.Seats < 1 || it.Seats > MaxBodySeats:
			p.Add(Invalid("seats", "range", "min", 1, "max", MaxBodySeats))
		}
	} else {
		if it.Body != "" {
			p.Add(Invalid("body", "agenda.not_election"))
		}
		if it.Seats != 0 {
			p.Add(Invalid("seats", "agenda.not_election"))
		}
	}
	return it, p.Err()
}

// VoteResult is how a vote ended.
type VoteResult string

const (
	VotePassed VoteResult = "passed"
	VoteFailed VoteResult = "failed"
)

// MeetingVote is a record of the vote on an agenda item. The first record
// of an item is its vote; a correction is a further record with the
// reason, and the earlier ones are kept.
type MeetingVote struct {
	Seq          int              `json:"seq"` // 1 the first record, then its corrections
	For          int              `json:"for"`
	Against      int              `json:"against"`
	Abstained    int              `json:"abstained"`
	Needed       int              `json:"needed"` // the fewest votes for that pass, by the item's rule
	Result       VoteResult       `json:"result"`
	Reason       string           `json:"reason,omitempty"` // why an earlier record was corrected
	Elected      []*ElectedPerson `json:"elected,omitempty"`
	ElectedCount int              `json:"elected_count"`
	Actor        string           `json:"actor,omitempty"`
	At           time.Time        `json:"at"`
}

// ElectedPerson is a member an election item elected, with the votes for
// them.
type ElectedPerson struct {
	MemberID string `json:"member,omitempty"`
	Name     string `json:"name"`
	Votes    int    `json:"votes"`
}

// VotesNeeded is the fewest votes for that pass among present voters: more
// than half of those present, or, for a qualified majority, at least
// two-thirds of them (never fewer than one).
func VotesNeeded(present int, qualified bool) int {
	if qualified {
		return max(1, (2*present+2)/3)
	}
	return present/2 + 1
}

// VoteInput is what a caller sends to record the vote on an item. Elected
// lists, for an election that passed, the members elected; a member's
// votes default to the item's votes for (a vote on the list as a whole).
// Reason is required to correct a vote already recorded.
type VoteInput struct {
	For       int            `json:"for"`
	Against   int            `json:"against"`
	Abstained int            `json:"abstained"`
	Elected   []ElectedInput `json:"elected"`
	Reason    string         `json:"reason"`
}

// ElectedInput is a member elected, by id, with the votes for them.
type ElectedInput struct {
	Member string `json:"member"`
	Votes  *int   `json:"votes,omitempty"`
}

// NewVote checks the vote on item n of the meeting: the meeting has a
// quorum; a vote already recorded is corrected only with a reason; each
// count is from 0 to the number present and together they are no more
// than present; the result follows from the votes for (VotesNeeded). An
// election that passed elects at least one member and no more than its
// seats, each once and each with the votes needed; one that failed elects
// nobody; other items elect nobody. The store checks that the members
// exist, belong to the branch's territory and were members on the day.
func (m *PartyMeeting) NewVote(n int, in VoteInput, now time.Time) (*MeetingVote, error) {
	it := m.Item(n)
	if it == nil {
		return nil, NotFound("agenda_item")
	}
	if !m.Quorum {
		return nil, Errorf(ECONFLICT, "meeting.no_quorum", "present", m.Present, "delegates", m.Delegates)
	}
	v := &MeetingVote{Seq: 1, For: in.For, Against: in.Against, Abstained: in.Abstained, At: now,
		Needed: VotesNeeded(m.Present, it.Qualified)}
	var p Problems
	v.Reason = checkLine("reason", in.Reason, MaxVoteReasonLen, false, &p)
	if it.Vote != nil {
		if v.Reason == "" && p.Err() == nil {
			return nil, Errorf(ECONFLICT, "vote.recorded")
		}
		v.Seq = it.Vote.Seq + 1
	}
	inRange := true
	for _, c := range []struct {
		field string
		n     int
	}{{"for", v.For}, {"against", v.Against}, {"abstained", v.Abstained}} {
		if c.n < 0 || c.n > m.Present {
			p.Add(Invalid(c.field, "range", "min", 0, "max", m.Present))
			inRange = false
		}
	}
	if sum := v.For + v.Against + v.Abstained; inRange && sum > m.Present {
		p.Add(Invalid("tally", "vote.sum", "sum", sum, "present", m.Present))
	}
	v.Result = VoteFailed
	if v.For >= v.Needed {
		v.Result = VotePassed
	}
	switch {
	case it.Kind != AgendaElection:
		if len(in.Elected) > 0 {
			p.Add(Invalid("elected", "vote.not_election"))
		}
	case v.Result == VoteFailed:
		if len(in.Elected) > 0 {
			p.Add(Invalid("elected", "vote.failed_elects"))
		}
	case len(in.Elected) == 0:
		p.Add(Invalid("elected", "required"))
	case len(in.Elected) > it.Seats:
		p.Add(Invalid("elected", "vote.seats", "seats", it.Seats))
	}
	if it.Kind == AgendaElection && v.Result == VotePassed {
		seen := map[string]bool{}
		for i, e := range in.Elected {
			at := "elected[" + strconv.Itoa(i) + "]."
			person := &ElectedPerson{MemberID: strings.TrimSpace(e.Member), Votes: v.For}
			switch {
			case person.MemberID == "":
				p.Add(Invalid(at+"member", "required"))
			case !ValidID(person.MemberID):
				p.Add(Invalid(at+"member", "vote.member"))
			case seen[person.MemberID]:
				p.Add(Invalid(at+"member", "vote.member_twice"))
			}
			seen[person.MemberID] = true
			if e.Votes != nil {
				person.Votes = *e.Votes
			}
			switch {
			case person.Votes < 0 || person.Votes > m.Present:
				p.Add(Invalid(at+"votes", "range", "min", 0, "max", m.Present))
			case person.Votes < v.Needed:
				p.Add(Invalid(at+"votes", "vote.short", "needed", v.Needed))
			}
			v.Elected = append(v.Elected, person)
		}
	}
	v.ElectedCount = len(v.Elected)
	return v, p.Err()
}

// Public returns the meeting as anyone may see it: the names of those
// elected to bodies that are not public (ElectedBody.Public) left out but
// counted, no member's id, no one who recorded a vote.
func (m *PartyMeeting) Public() *PartyMeeting {
	out := *m
	out.Agenda = make([]*AgendaItem, len(m.Agenda))
	for i, it := range m.Agenda {
		c := *it
		public := func(v *MeetingVote) *MeetingVote {
			if v == nil {
				return nil
			}
			pv := *v
			pv.Actor, pv.Elected = "", nil
			if it.Body.Public() {
				for _, e := range v.Elected {
					pv.Elected = append(pv.Elected, &ElectedPerson{Name: e.Name, Votes: e.Votes})
				}
			}
			return &pv
		}
		c.Vote = public(it.Vote)
		c.Superseded = nil
		for _, v := range it.Superseded {
			c.Superseded = append(c.Superseded, public(v))
		}
		out.Agenda[i] = &c
	}
	return &out
}

// PartyMeetingFilter selects meetings.
type PartyMeetingFilter struct {
	Territory KATO // in this subtree; empty: the country
	Kind      MeetingKind
	From, To  Date // held in this period, both included; zero: open
	Limit     int
	Offset    int
}

// MaxMeetingPage bounds a page of meetings or awards.
const MaxMeetingPage = 500

// AwardKind is a kind of the party's award.
type AwardKind string

const (
	AwardMedal  AwardKind = "medal"                 // the party's medal «Белсенді қызметі үшін» (For active work)
	AwardHonour AwardKind = "certificate_of_honour" // a certificate of honour
	AwardThanks AwardKind = "letter_of_thanks"      // a letter of thanks
)

// AwardKinds lists every kind, the highest first.
var AwardKinds = []AwardKind{AwardMedal, AwardHonour, AwardThanks}

// Award is an award of the party to a member: what, when, why, and the
// decision that granted it — a meeting's (a bureau's session, say) or a
// decree's number. Awards are read by staff who may see members.
type Award struct {
	ID        string    `json:"id"`
	MemberID  string    `json:"member"`
	Name      string    `json:"name"`      // the member's
	Territory KATO      `json:"territory"` // the member's when awarded
	Kind      AwardKind `json:"kind"`
	Date      Date      `json:"date"`
	Reason    string    `json:"reason"`
	MeetingID string    `json:"meeting,omitempty"`
	Decree    string    `json:"decree,omitempty"`
}

// AwardInput is what a caller sends to grant an award.
type AwardInput struct {
	Member  string `json:"member"` // the member's id
	Kind    string `json:"kind"`
	Date    string `json:"date"` // empty: today
	Reason  string `json:"reason"`
	Meeting string `json:"meeting"` // the id of the meeting that decided it
	Decree  string `json:"decree"`  // or the decree's number and date
}

// NewAward checks an award: a member, a kind, a day not in the future nor
// before the party, a reason, and the decision — a meeting, a decree's
// number, or both. The store checks that the member was a member on the
// day, in the caller's territory, and that the meeting was held by then by
// a branch whose territory covers the member's.
func NewAward(in AwardInput, today Date) (*Award, error) {
	var p Problems
	a := &Award{MemberID: strings.TrimSpace(in.Member), Kind: AwardKind(strings.TrimSpace(in.Kind)), MeetingID: strings.TrimSpace(in.Meeting)}
	switch {
	case a.MemberID == "":
		p.Add(Invalid("member", "required"))
	case !ValidID(a.MemberID):
		p.Add(Invalid("member", "award.member"))
	}
	if !slices.Contains(AwardKinds, a.Kind) {
		p.Add(Invalid("kind", "award.kind", "kind", in.Kind))
	}
	a.Date = partyDate("date", in.Date, today, false, &p)
	a.Reason = checkText("reason", in.Reason, MaxAwardReasonLen, true, &p)
	if a.MeetingID != "" && !ValidID(a.MeetingID) {
		p.Add(Invalid("meeting", "award.meeting"))
	}
	a.Decree = checkLine("decree", in.Decree, MaxDecreeLen, false, &p)
	if a.MeetingID == "" && a.Decree == "" && strings.TrimSpace(in.Decree) == "" {
		p.Add(Invalid("decree", "award.decision"))
	}
	return a, p.Err()
}

// AwardFilter selects awards.
type AwardFilter struct {
	Territory KATO // of members of this subtree when awarded; empty: the caller's
	MemberID  string
	Kind      AwardKind
	Limit     int
	Offset    int
}
