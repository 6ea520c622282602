package senim

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
)

// The party's internal primaries and the candidate lists that come out of
// them, checked against the quotas before a list may be approved.
//
// Two quotas apply to a party list. The electoral law (since 2022) asks that
// women, young people and people with disabilities together make at least
// 30% of it; the party's own rule asks for at least 20% young people. The age
// that counts as young is a setting, since the laws have changed it before.

// QuotaSettings are the quota rules in force.
type QuotaSettings struct {
	// YouthAge: a candidate younger than this on election day is young. 35
	// counts "youth under 35" as the seeds do: a candidate whose 35th
	// birthday is election day is no longer young.
	YouthAge int `json:"youth_age"`
	// ListMinShare is the least share, in percent, of women, young people
	// and people with disabilities together on a list (electoral law: 30).
	ListMinShare float64 `json:"list_min_share"`
	// YouthMinShare is the least share, in percent, of young people on a
	// list (the party's own youth quota: 20).
	YouthMinShare float64 `json:"youth_min_share"`
}

// Bounds of the quota settings.
const (
	MinYouthAge = 18
	MaxYouthAge = 60
)

// DefaultQuotas returns the rules in force: youth under 35, 30% combined,
// 20% youth.
func DefaultQuotas() QuotaSettings {
	return QuotaSettings{YouthAge: 35, ListMinShare: 30, YouthMinShare: 20}
}

// Validate checks the settings: the youth age from 18 to 60, the shares
// from 0 to 100 percent.
func (s QuotaSettings) Validate() error {
	var p Problems
	if s.YouthAge < MinYouthAge || s.YouthAge > MaxYouthAge {
		p.Add(Invalid("youth_age", "range", "min", MinYouthAge, "max", MaxYouthAge))
	}
	for _, v := range []struct {
		field string
		x     float64
	}{{"list_min_share", s.ListMinShare}, {"youth_min_share", s.YouthMinShare}} {
		if !(v.x >= 0 && v.x <= 100) { // NaN too
			p.Add(Invalid(v.field, "range.percent", "min", 0, "max", 100))
		}
	}
	return p.Err()
}

// Candidate is a person on a candidate list. Sex and BirthDate follow from
// the member's IIN; Disability is recorded from the documents they give.
type Candidate struct {
	MemberID   string `json:"member"`
	Name       string `json:"name"`
	Sex        Sex    `json:"sex"`
	BirthDate  Date   `json:"birth_date"`
	Disability bool   `json:"disability,omitempty"`
	Position   int    `json:"position"` // the place on the list, from 1
}

// Woman reports whether the candidate is a woman.
func (c Candidate) Woman() bool { return c.Sex == Female }

// AgeOn is the candidate's age in whole years on day on (see IIN.Age); 0
// when the birth date is unknown.
func (c Candidate) AgeOn(on Date) int {
	if c.BirthDate.IsZero() {
		return 0
	}
	return IIN{BirthDate: c.BirthDate}.Age(on)
}

// Young reports whether the candidate is younger than youthAge on day on.
// A candidate without a birth date is not counted as young.
func (c Candidate) Young(on Date, youthAge int) bool {
	// Someone not yet born on the day is not young then, whatever a wrong
	// election day would make of them.
	return !c.BirthDate.IsZero() && c.BirthDate.Before(on) && c.AgeOn(on) < youthAge
}

// Quota names.
const (
	QuotaList  = "list"  // women, young people and people with disabilities together
	QuotaYouth = "youth" // young people
)

// QuotaResult is how a list stands against one quota.
type QuotaResult struct {
	Quota    string  `json:"quota"`     // QuotaList or QuotaYouth
	Count    int     `json:"count"`     // candidates who count toward it
	Total    int     `json:"total"`     // candidates on the list
	Share    float64 `json:"share"`     // Count of Total in percent, one decimal
	MinShare float64 `json:"min_share"` // the share the rule asks for, percent
	MinCount int     `json:"min_count"` // the least count that meets it: ⌈MinShare × Total / 100⌉
	Passed   bool    `json:"passed"`    // Count ≥ MinCount on a list that is not empty
}

// QuotaReport is a list checked against every quota on election day.
type QuotaReport struct {
	On       Date          `json:"on"` // election day: ages are counted then
	YouthAge int           `json:"youth_age"`
	Total    int           `json:"total"`
	Women    int           `json:"women"`    // for display: each group counted on its own
	Youth    int           `json:"youth"`    //
	Disabled int           `json:"disabled"` //
	Quotas   []QuotaResult `json:"quotas"`   // the combined list quota, then the youth quota
	Passed   bool          `json:"passed"`   // every quota passed
	Reason   string        `json:"reason,omitempty"`
}

// Failed returns the quotas the list fails.
func (r QuotaReport) Failed() []QuotaResult {
	var out []QuotaResult
	for _, q := range r.Quotas {
		if !q.Passed {
			out = append(out, q)
		}
	}
	return out
}

// QuotaCheck checks candidates against the quotas, ages counted on
// election day on.
//
// The rule, so that anyone can recount it:
//   - the combined quota counts each candidate who is a woman, or young, or
//     has a disability, once: a young woman with a disability is one
//     candidate toward it, not three;
//   - the youth quota counts the young candidates;
//   - a quota is met when its count reaches ⌈MinShare × Total / 100⌉, the
//     least whole number of people that makes the share; the share shown
//     (rounded to one decimal) is for reading, never for the decision, so
//     29.96% does not pass as 30%;
//   - an empty list fails every quota, with Reason "list.empty".
//
// Women, Youth and Disabled count each group on its own, for display; they
// overlap and do not add up to the combined count.
func QuotaCheck(cands []Candidate, s QuotaSettings, on Date) QuotaReport {
	r := QuotaReport{On: on, YouthAge: s.YouthAge, Total: len(cands)}
	combined := 0
	for _, c := range cands {
		woman, young := c.Woman(), c.Young(on, s.YouthAge)
		if woman {
			r.Women++
		}
		if young {
			r.Youth++
		}
		if c.Disability {
			r.Disabled++
		}
		if woman || young || c.Disability {
			combined++
		}
	}
	r.Quotas = []QuotaResult{
		quotaResult(QuotaList, combined, r.Total, s.ListMinShare),
		quotaResult(QuotaYouth, r.Youth, r.Total, s.YouthMinShare),
	}
	r.Passed = len(r.Failed()) == 0
	if r.Total == 0 {
		r.Reason = "list.empty"
	}
	return r
}

func quotaResult(name string, count, total int, minShare float64) QuotaResult {
	q := QuotaResult{Quota: name, Count: count, Total: total, MinShare: minShare,
		Share: shareTenths(count, total), MinCount: minCount(minShare, total)}
	q.Passed = total > 0 && count >= q.MinCount
	return q
}

// minCount is ⌈share × total / 100⌉, the least whole number of people whose
// share of total is at least share percent. A hair of tolerance keeps
// 30 × 10 / 100 at 3 when floating point makes it 3.0000000000000004.
func minCount(share float64, total int) int {
	return int(math.Ceil(share*float64(total)/100 - 1e-9))
}

// shareTenths is n of total in percent rounded to one decimal, half up,
// computed in whole numbers so that every reader gets the same digit: 0
// when total is 0.
func shareTenths(n, total int) float64 {
	if total <= 0 {
		return 0
	}
	return float64((2000*n+total)/(2*total)) / 10
}

// CandidateListStatus is where a candidate list stands.
type CandidateListStatus string

const (
	CandidateListDraft    CandidateListStatus = "draft"
	CandidateListApproved CandidateListStatus = "approved"
)

// CandidateList is a party list for one election in one territory, drawn
// up from a primary's results.
type CandidateList struct {
	ID           string              `json:"id"`
	PrimaryID    string              `json:"primary,omitempty"`
	Territory    KATO                `json:"territory"`
	Title        Names               `json:"title"`
	ElectionKind string              `json:"election_kind,omitempty"` // a PrimaryElectionKinds value
	ElectionDay  Date                `json:"election_day,omitzero"`   // ages are counted on it
	Candidates   []Candidate         `json:"candidates"`
	Status       CandidateListStatus `json:"status"`
}

// Bounds of primaries and lists.
const (
	MaxListCandidates    = 500  // candidates on one list
	MaxPrimaryCandidates = 2000 // candidates in one primary (votes are bounded by MaxVotes)
)

// CandidateEntry is a place on a list as a caller sends it: the member's
// id and whether they have a disability (from their documents: it does
// not follow from the IIN).
type CandidateEntry struct {
	Member     string `json:"member"`
	Disability bool   `json:"disability"`
}

// CandidateListInput is what a caller sends to draw up a list: by hand
// (Candidates, in order) or from a primary's results (Primary, and Take:
// the first Take places, 0 for all); the primary then gives the territory
// and the election when they are left out.
type CandidateListInput struct {
	Title        Names            `json:"title"`
	Territory    string           `json:"territory"`
	ElectionKind string           `json:"election_kind"`
	ElectionDay  string           `json:"election_day"`
	Primary      string           `json:"primary"`
	Take         int              `json:"take"`
	Candidates   []CandidateEntry `json:"candidates"`
}

// NewCandidateList checks the input of a draft list, every fault at its
// field: a Russian title; a territory that fits the kind of election
// (primary.territory); the election day (required); Take from 0 to
// MaxListCandidates (range); candidates by hand or from a primary, not
// both (list.source); the candidates as CheckCandidates checks them. The
// store then checks the members and the primary.
func NewCandidateList(in CandidateListInput) (*CandidateList, error) {
	var p Problems
	l := &CandidateList{Title: in.Title, ElectionKind: strings.TrimSpace(in.ElectionKind), PrimaryID: strings.TrimSpace(in.Primary),
		Status: CandidateListDraft}
	l.Title.clean("title", MaxTitleLen, &p)
	l.Territory = electionTerritory(in.Territory, l.ElectionKind, &p)
	l.ElectionDay = requiredDate("election_day", in.ElectionDay, &p)
	// The party was founded in 1999: a list for an earlier election is a
	// typing error (and would count its candidates' ages wrongly).
	if !l.ElectionDay.IsZero() && l.ElectionDay.Before(NewDate(1999, 1, 1)) {
		p.Add(Invalid("election_day", "list.election_day", "from", "1999-01-01"))
	}
	if in.Take < 0 || in.Take > MaxListCandidates {
		p.Add(Invalid("take", "range", "min", 0, "max", MaxListCandidates))
	}
	if l.PrimaryID != "" && len(in.Candidates) > 0 {
		p.Add(Invalid("candidates", "list.source"))
	}
	cands, err := CheckCandidates(in.Candidates)
	p.Add(err)
	l.Candidates = cands
	return l, p.Err()
}

// electionTerritory reads a territory that must fit an election of kind
// (a kind that is not known is reported at election_kind).
func electionTerritory(territory, kind string, p *Problems) KATO {
	if !slices.Contains(PrimaryElectionKinds, kind) {
		p.Add(Invalid("election_kind", "primary.election_kind", "kind", kind))
	}
	k, err := ParseKATO(territory)
	if err != nil {
		p.Add(err)
		return ""
	}
	if slices.Contains(PrimaryElectionKinds, kind) && !ElectionTerritoryFits(kind, k) {
		p.Add(Invalid("territory", "primary.territory", "kind", kind))
	}
	return k
}

// ElectionTerritoryFits reports whether an election of kind (a
// PrimaryElectionKinds value) is held on territory k: the Mazhilis on the
// country, an oblast maslikhat on an oblast or a city of republican
// significance, a city's or a district's maslikhat on a city or a
// district, rural akims on a district (a round of its okrugs) or on one
// rural okrug or town.
func ElectionTerritoryFits(kind string, k KATO) bool {
	switch lv := k.Level(); kind {
	case string(AssemblyMazhilis):
		return lv == LevelCountry
	case string(AssemblyOblast):
		return lv == LevelRegion
	case string(AssemblyCity), string(AssemblyDistrict):
		return lv == LevelDistrict
	case "rural_akim":
		return lv == LevelDistrict || lv == LevelOkrug
	}
	return false
}

// CheckCandidates checks the places of a list as sent, in order: at most
// MaxListCandidates (list.too_many), each with a member (required) that is
// not on it already (list.member_twice), at candidates[i].member. The
// candidates come back numbered from 1; the store fills in who they are.
func CheckCandidates(entries []CandidateEntry) ([]Candidate, error) {
	var p Problems
	if len(entries) > MaxListCandidates {
		return nil, Invalid("candidates", "list.too_many", "max", MaxListCandidates)
	}
	out := make([]Candidate, 0, len(entries))
	seen := make(map[string]bool, len(entries))
	for i, e := range entries {
		at := "candidates[" + strconv.Itoa(i) + "].member"
		id := strings.TrimSpace(e.Member)
		switch {
		case id == "":
			p.Add(Invalid(at, "required"))
		case seen[id]:
			p.Add(Invalid(at, "list.member_twice", "member", id))
		}
		seen[id] = true
		out = append(out, Candidate{MemberID: id, Disability: e.Disability, Position: i + 1})
	}
	return out, p.Err()
}

// Approve approves a draft list whose candidates meet every quota, ages
// counted on election day on. A list already approved, an empty list, a
// list with one member twice and a list that fails a quota are refused
// with ECONFLICT, and the list stays as it was:
//   - "list.approved": already approved;
//   - "list.empty": no candidates;
//   - "list.member_twice" (arg "member"): the same member twice;
//   - "list.quota": args of the first failed quota — quota ("list" or
//     "youth"), count, total, share, min_share, min_count, youth_age — and
//     one detail per failed quota, field "quotas.list" or "quotas.youth",
//     key "quota.list" or "quota.youth", with the same args.
//
// Settings that break their own rules are refused as invalid.
func (l *CandidateList) Approve(s QuotaSettings, on Date) error {
	if l.Status == CandidateListApproved {
		return Errorf(ECONFLICT, "list.approved")
	}
	if err := s.Validate(); err != nil {
		return err
	}
	seen := make(map[string]bool, len(l.Candidates))
	for _, c := range l.Candidates {
		if c.MemberID != "" && seen[c.MemberID] {
			return Errorf(ECONFLICT, "list.member_twice", "member", c.MemberID)
		}
		seen[c.MemberID] = true
	}
	r := QuotaCheck(l.Candidates, s, on)
	if r.Total == 0 {
		return Errorf(ECONFLICT, r.Reason)
	}
	if failed := r.Failed(); len(failed) > 0 {
		e := &Error{Code: ECONFLICT, Key: "list.quota", Args: quotaArgs(failed[0], s)}
		for _, q := range failed {
			e.Details = append(e.Details, &Error{Code: ECONFLICT, Field: "quotas." + q.Quota, Key: "quota." + q.Quota, Args: quotaArgs(q, s)})
		}
		return e
	}
	l.Status = CandidateListApproved
	return nil
}

func quotaArgs(q QuotaResult, s QuotaSettings) map[string]any {
	return map[string]any{"quota": q.Quota, "count": q.Count, "total": q.Total, "share": q.Share,
		"min_share": q.MinShare, "min_count": q.MinCount, "youth_age": s.YouthAge}
}

// PrimaryStatus is where a primary stands.
type PrimaryStatus string

const (
	PrimaryOpen   PrimaryStatus = "open"
	PrimaryClosed PrimaryStatus = "closed"
)

// PrimaryElectionKinds are the elections a primary can choose candidates
// for: the Mazhilis, the maslikhats of an oblast, a city or a district (as
// AssemblyKind names them), and rural akims ("rural_akim"): the values of
// the elections' kinds.
var PrimaryElectionKinds = []string{
	string(AssemblyMazhilis), string(AssemblyOblast), string(AssemblyCity), string(AssemblyDistrict), "rural_akim",
}

// Primary is an internal vote of the party that chooses its candidates for
// an election in one territory.
type Primary struct {
	ID           string        `json:"id"`
	Title        Names         `json:"title"`
	Territory    KATO          `json:"territory"`
	ElectionKind string        `json:"election_kind"`
	Opens        Date          `json:"opens"`
	Closes       Date          `json:"closes"` // the last day of voting
	Status       PrimaryStatus `json:"status"`
}

// PrimaryInput is what a caller sends to announce a primary.
type PrimaryInput struct {
	Title        Names  `json:"title"`
	Territory    string `json:"territory"`
	ElectionKind string `json:"election_kind"`
	Opens        string `json:"opens"`
	Closes       string `json:"closes"`
}

// NewPrimary checks the input: a Russian title, a known kind of election
// on a territory that fits it (primary.territory, as
// ElectionTerritoryFits says), both dates with the closing day not before
// the opening day.
// A primary whose closing day is already past on today is recorded as
// closed (an earlier primary entered for the record); otherwise it is open.
func NewPrimary(in PrimaryInput, today Date) (*Primary, error) {
	var p Problems
	pr := &Primary{Title: in.Title, ElectionKind: strings.TrimSpace(in.ElectionKind), Status: PrimaryOpen}
	pr.Title.clean("title", MaxTitleLen, &p)
	pr.Territory = electionTerritory(in.Territory, pr.ElectionKind, &p)
	pr.Opens = requiredDate("opens", in.Opens, &p)
	pr.Closes = requiredDate("closes", in.Closes, &p)
	if !pr.Opens.IsZero() && !pr.Closes.IsZero() && pr.Closes.Before(pr.Opens) {
		p.Add(Invalid("closes", "period.order"))
	}
	if !pr.Closes.IsZero() && pr.Closes.Before(today) {
		pr.Status = PrimaryClosed
	}
	return pr, p.Err()
}

// Close ends the voting; closing a closed primary is a conflict
// ("primary.closed").
func (pr *Primary) Close() error {
	if pr.Status == PrimaryClosed {
		return Errorf(ECONFLICT, "primary.closed")
	}
	pr.Status = PrimaryClosed
	return nil
}

// PrimaryCandidate is a member standing in a primary, with the votes cast
// for them.
type PrimaryCandidate struct {
	MemberID string `json:"member"`
	Votes    int    `json:"votes"`
}

// PrimaryPlace is a candidate's place in a primary's results.
type PrimaryPlace struct {
	MemberID string  `json:"member"`
	Votes    int     `json:"votes"`
	Share    float64 `json:"share"` // of all votes cast for the candidates, percent, one decimal
	Place    int     `json:"place"` // from 1; equal votes share a place (1, 2, 2, 4)
}

// PrimaryResults ranks the candidates by votes, the most first. Equal
// votes share a place and the next place skips as many (1, 2, 2, 4), as
// the rating ranks deputies; among equals the input order is kept. A
// negative count ("votes.negative") or a member twice
// ("primary.member_twice") or no member ("required") is refused, field
// "candidates[i].votes" or "candidates[i].member".
func PrimaryResults(cands []PrimaryCandidate) ([]PrimaryPlace, error) {
	var p Problems
	seen := make(map[string]bool, len(cands))
	total := 0
	for i, c := range cands {
		at := "candidates[" + strconv.Itoa(i) + "]."
		if c.Votes < 0 {
			p.Add(Invalid(at+"votes", "votes.negative"))
		} else {
			total += c.Votes
		}
		switch {
		case strings.TrimSpace(c.MemberID) == "":
			p.Add(Invalid(at+"member", "required"))
		case seen[c.MemberID]:
			p.Add(Invalid(at+"member", "primary.member_twice", "member", c.MemberID))
		}
		seen[c.MemberID] = true
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	out := make([]PrimaryPlace, len(cands))
	for i, c := range cands {
		out[i] = PrimaryPlace{MemberID: c.MemberID, Votes: c.Votes, Share: shareTenths(c.Votes, total)}
	}
	slices.SortStableFunc(out, func(a, b PrimaryPlace) int { return cmp.Compare(b.Votes, a.Votes) })
	for i := range out {
		if i > 0 && out[i].Votes == out[i-1].Votes {
			out[i].Place = out[i-1].Place
		} else {
			out[i].Place = i + 1
		}
	}
	return out, nil
}
