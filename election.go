package senim

import (
	"fmt"
	"slices"
	"strings"
)

// ElectionKind is a kind of election: to an assembly (the kinds of
// AssemblyKind, with the same meaning) or the direct election of rural
// akims.
type ElectionKind string

const (
	ElectionMazhilis  ElectionKind = ElectionKind(AssemblyMazhilis) // the Mazhilis of Parliament
	ElectionOblast    ElectionKind = ElectionKind(AssemblyOblast)   // maslikhats of oblasts and cities of republican significance
	ElectionCity      ElectionKind = ElectionKind(AssemblyCity)     // maslikhats of cities of oblast significance
	ElectionDistrict  ElectionKind = ElectionKind(AssemblyDistrict) // maslikhats of districts
	ElectionRuralAkim ElectionKind = "rural_akim"                   // akims of rural okrugs, villages and towns, elected directly
)

// ElectionKinds lists every kind, the assemblies from the highest first,
// then the rural akims.
var ElectionKinds = []ElectionKind{ElectionMazhilis, ElectionOblast, ElectionCity, ElectionDistrict, ElectionRuralAkim}

// Assembly returns the kind of assembly an election fills, and false for
// the election of rural akims.
func (k ElectionKind) Assembly() (AssemblyKind, bool) {
	if k == ElectionRuralAkim || !slices.Contains(ElectionKinds, k) {
		return "", false
	}
	return AssemblyKind(k), true
}

// Election is one election held on one day on a territory: the Mazhilis
// (the country), a maslikhat (the oblast's, the city's or the district's
// territory), or a round of the direct elections of rural akims (the
// country, an oblast or a district, as the results are kept). Its results
// are ElectionResult rows.
type Election struct {
	ID          string       `json:"id"`
	Kind        ElectionKind `json:"kind"`
	Territory   KATO         `json:"territory"`
	Held        Date         `json:"held"` // election day: ages are counted on it
	Name        Names        `json:"name"`
	Convocation int          `json:"convocation,omitempty"` // the convocation elected; 0 for rural akims
}

// ElectionInput is what a caller sends to add an election.
type ElectionInput struct {
	Kind        string `json:"kind"`
	Territory   string `json:"territory"`
	Held        string `json:"held"`
	Name        Names  `json:"name"`
	Convocation int    `json:"convocation"`
}

// NewElection checks the input, every fault at its field at once: the
// kind (election.kind); the territory, a KATO code that fits the kind
// (election.territory: the Mazhilis is the country's, an oblast maslikhat
// an oblast's, a city or district maslikhat a city's or district's, a
// round of rural akims' elections the country's, an oblast's or a
// district's); the day held, not after today (required, date,
// date.future); the name, Russian required; the convocation, 1 to
// MaxConvocation for an assembly (range) and none for rural akims
// (election.convocation).
func NewElection(in ElectionInput, today Date) (*Election, error) {
	var p Problems
	e := &Election{Kind: ElectionKind(strings.TrimSpace(in.Kind)), Name: in.Name, Convocation: in.Convocation}
	if !slices.Contains(ElectionKinds, e.Kind) {
		p.Add(Invalid("kind", "election.kind", "kind", in.Kind))
	}
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else {
		e.Territory = k
		var ok bool
		switch lv := k.Level(); e.Kind {
		case ElectionMazhilis:
			ok = lv == LevelCountry
		case ElectionOblast:
			ok = lv == LevelRegion
		case ElectionCity, ElectionDistrict:
			ok = lv == LevelDistrict
		case ElectionRuralAkim:
			ok = lv <= LevelDistrict
		default:
			ok = true // the kind is reported
		}
		if !ok {
			p.Add(Invalid("territory", "election.territory"))
		}
	}
	switch s := strings.TrimSpace(in.Held); {
	case s == "":
		p.Add(Invalid("held", "required"))
	default:
		d, err := ParseDate(s)
		switch {
		case err != nil:
			p.Add(Invalid("held", "date"))
		case d.After(today):
			p.Add(Invalid("held", "date.future"))
		default:
			e.Held = d
		}
	}
	e.Name.clean("name", MaxNameLen, &p)
	if e.Kind == ElectionRuralAkim {
		if e.Convocation != 0 {
			p.Add(Invalid("convocation", "election.convocation"))
		}
	} else if e.Convocation < 1 || e.Convocation > MaxConvocation {
		p.Add(Invalid("convocation", "range", "min", 1, "max", MaxConvocation))
	}
	return e, p.Err()
}

// ElectionList is the constituency of a party-list (proportional)
// contest. The input may write it as "list", "список" or "тізім", in any
// case.
const ElectionList = "list"

// MaxVotes bounds the votes of one row: more than the country's voters.
const MaxVotes = 100_000_000

// ElectionResult is one row of an official result by constituency. A row
// is one of two shapes:
//
//   - a candidate: Candidate names the person, in a single-member
//     constituency (Constituency "№ 12", or the rural okrug's name for an
//     akim) or, with Constituency ElectionList, elected from a party list.
//     Votes are the candidate's in the constituency (a list deputy's are
//     usually 0: the votes are the party's); Elected marks the winners;
//     Incumbent marks who held the seat or the post in the previous
//     convocation or term. IIN is optional, and personal: the figures
//     are public, a candidate's IIN is not. When given, BirthDate and Sex
//     are read from it, never typed twice (the input may repeat them only
//     as the IIN has them). Without an IIN, BirthDate and Sex may each be
//     given or not;
//   - a party's list votes: Constituency ElectionList, Candidate empty,
//     Party the party, Votes its votes in the proportional contest, and
//     nothing else (no person, not elected, not incumbent).
//
// Party is a party's code, "" for a self-nominated candidate; a list row
// of either shape names its party. Territory is the constituency's KATO
// code: a list's is the election's territory. Line is the line of the file
// the row was read from, 0 when it came otherwise; errors about the row
// name their field "line.N.<field>" then.
type ElectionResult struct {
	Constituency string `json:"constituency"`
	Territory    KATO   `json:"territory"`
	Candidate    string `json:"candidate,omitempty"`
	IIN          string `json:"iin,omitempty"`
	BirthDate    Date   `json:"birth_date,omitzero"`
	Sex          Sex    `json:"sex,omitempty"`
	Party        string `json:"party,omitempty"`
	Votes        int    `json:"votes"`
	Elected      bool   `json:"elected"`
	Incumbent    bool   `json:"incumbent"`
	Line         int    `json:"-"`
}

// PartyVotes reports whether the row is a party's list votes, not a
// candidate.
func (r *ElectionResult) PartyVotes() bool {
	return r.Constituency == ElectionList && r.Candidate == ""
}

// ElectionResultInput is one row of a result as a caller sends it.
type ElectionResultInput struct {
	Constituency string `json:"constituency"`
	Territory    string `json:"territory"`
	Candidate    string `json:"candidate"`
	IIN          string `json:"iin"`
	BirthDate    string `json:"birth_date"` // YYYY-MM-DD
	Sex          string `json:"sex"`        // "m" or "f"; "м"/"ж", "ер"/"әйел", "male"/"female" too
	Party        string `json:"party"`
	Votes        int    `json:"votes"`
	Elected      bool   `json:"elected"`
	Incumbent    bool   `json:"incumbent"`
}

// NewElectionResult checks one row, every fault at its field at once:
// constituency (required, too_long, chars); territory (a KATO code:
// kato.*); candidate (required on a candidate's row, too_long, chars);
// iin (ParseIIN's iin.* keys); birth_date (date, date.future, and
// election.iin_differs when it is not the IIN's); sex ("m" or "f", or a
// word for them in Russian, Kazakh or English: election.sex, and
// election.iin_differs); party (party.code; on a list row
// required: election.list_party); votes (0 to MaxVotes: election.votes).
// A party's list-votes row with a person's data or marked elected or
// incumbent is refused at that field with election.list_row.
func NewElectionResult(in ElectionResultInput, today Date) (*ElectionResult, error) {
	var p Problems
	r := &ElectionResult{Votes: in.Votes, Elected: in.Elected, Incumbent: in.Incumbent}
	r.Constituency = checkLine("constituency", in.Constituency, MaxNameLen, true, &p)
	if electionListWord(r.Constituency) {
		r.Constituency = ElectionList
	}
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else {
		r.Territory = k
	}
	list := r.Constituency == ElectionList
	r.Candidate = checkLine("candidate", in.Candidate, MaxNameLen, !list, &p)
	partyRow := list && r.Candidate == ""

	if !partyRow {
		if s := strings.TrimSpace(in.IIN); s != "" {
			if id, err := ParseIIN(s); err != nil {
				p.Add(err)
			} else {
				r.IIN, r.BirthDate, r.Sex = id.Number, id.BirthDate, id.Sex
			}
		}
		if s := strings.TrimSpace(in.BirthDate); s != "" {
			d, err := ParseDate(s)
			switch {
			case err != nil:
				p.Add(Invalid("birth_date", "date"))
			case d.After(today):
				p.Add(Invalid("birth_date", "date.future"))
			case r.IIN != "":
				if !d.Equal(r.BirthDate) {
					p.Add(Invalid("birth_date", "election.iin_differs"))
				}
			case strings.TrimSpace(in.IIN) == "":
				r.BirthDate = d
			}
		}
		if s := strings.TrimSpace(in.Sex); s != "" {
			sex, ok := electionSexWords[strings.TrimSuffix(strings.ToLower(s), ".")]
			switch {
			case !ok:
				p.Add(Invalid("sex", "election.sex", "sex", s))
			case r.IIN != "":
				if sex != r.Sex {
					p.Add(Invalid("sex", "election.iin_differs"))
				}
			case strings.TrimSpace(in.IIN) == "":
				r.Sex = sex
			}
		}
	}

	if s := strings.TrimSpace(in.Party); s != "" {
		r.Party = strings.ToLower(s)
		if !electionPartyCodeOK(r.Party) {
			p.Add(Invalid("party", "party.code", "max", MaxPartyCode))
		}
	} else if list {
		p.Add(Invalid("party", "election.list_party"))
	}
	if r.Votes < 0 || r.Votes > MaxVotes {
		p.Add(Invalid("votes", "election.votes", "max", MaxVotes))
	}
	if partyRow {
		for _, f := range []struct {
			field string
			set   bool
		}{
			{"iin", strings.TrimSpace(in.IIN) != ""}, {"birth_date", strings.TrimSpace(in.BirthDate) != ""},
			{"sex", strings.TrimSpace(in.Sex) != ""}, {"elected", in.Elected}, {"incumbent", in.Incumbent},
		} {
			if f.set {
				p.Add(Invalid(f.field, "election.list_row"))
			}
		}
	}
	return r, p.Err()
}

// electionSexWords are the ways a result writes a candidate's sex, in the
// three languages.
var electionSexWords = map[string]Sex{
	"m": Male, "male": Male, "man": Male, "м": Male, "муж": Male, "мужской": Male, "мужчина": Male, "ер": Male, "еркек": Male, "е": Male,
	"f": Female, "female": Female, "woman": Female, "ж": Female, "жен": Female, "женский": Female, "женщина": Female, "әйел": Female, "ә": Female,
}

// electionListWord reports whether a constituency names a party-list contest.
func electionListWord(s string) bool {
	for _, w := range []string{ElectionList, "список", "тізім"} {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// electionPartyCodeOK is the rule of Party.Validate for a code already trimmed and
// in lower case.
func electionPartyCodeOK(code string) bool {
	if code == "" || len(code) > MaxPartyCode {
		return false
	}
	for _, r := range code {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// CheckResults checks the rows of the election's result against the
// election: each constituency lies within its territory
// (election.outside). Every fault is reported at once, at
// "line.N.territory" for a row read from a file, "results[i].territory"
// otherwise.
func (e *Election) CheckResults(rs []*ElectionResult) error {
	var p Problems
	for i, r := range rs {
		if r == nil || e.Territory.Contains(r.Territory) {
			continue
		}
		field := fmt.Sprintf("results[%d].territory", i)
		if r.Line > 0 {
			field = fmt.Sprintf("line.%d.territory", r.Line)
		}
		p.Add(Invalid(field, "election.outside"))
	}
	return p.Err()
}

// ElectionResultsIn returns the rows whose constituency lies in the
// subtree of territory (territory itself included), in their order. A
// party's list-votes row lies at the election's territory: a list contest
// of the country is not in an oblast's subtree.
func ElectionResultsIn(rs []*ElectionResult, territory KATO) []*ElectionResult {
	var out []*ElectionResult
	for _, r := range rs {
		if r != nil && territory.Contains(r.Territory) {
			out = append(out, r)
		}
	}
	return out
}

// MarkIncumbents marks as incumbent every candidate found in previous, the
// members of the previous convocation (or the akims of the previous term)
// written as IINs or full names: by IIN when both the row and the entry
// have one, by the name otherwise (case, "ё" for "е" and runs of spaces do
// not matter). A row already marked stays marked; it returns how many
// rows it marked.
func MarkIncumbents(rs []*ElectionResult, previous []string) int {
	iins, names := map[string]bool{}, map[string]bool{}
	for _, s := range previous {
		s = strings.TrimSpace(s)
		if id, err := ParseIIN(s); err == nil {
			iins[id.Number] = true
		} else if s != "" {
			names[electionPersonName(s)] = true
		}
	}
	n := 0
	for _, r := range rs {
		if r == nil || r.Incumbent || r.Candidate == "" {
			continue
		}
		if (r.IIN != "" && iins[r.IIN]) || names[electionPersonName(r.Candidate)] {
			r.Incumbent = true
			n++
		}
	}
	return n
}

func electionPersonName(s string) string {
	s = strings.NewReplacer("ё", "е", "Ё", "Е").Replace(s)
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// ElectionShare is Count of Of, and the share in percent that a page shows
// as "230 of 274 (83.9%)".
type ElectionShare struct {
	Count int `json:"count"`
	Of    int `json:"of"`
	// Percent is Count/Of × 100 rounded to one decimal, half up (83.94 →
	// 83.9, 83.95 → 84.0), counted in whole numbers so that anyone who
	// recounts gets the same digit. Nil when Of is 0: not available, not
	// zero.
	Percent *float64 `json:"percent"`
}

// Available reports whether the share can be given: there is something to
// count it of.
func (s ElectionShare) Available() bool { return s.Percent != nil }

func electionShare(n, of int) ElectionShare {
	s := ElectionShare{Count: n, Of: of}
	if of > 0 {
		v := float64((2000*n+of)/(2*of)) / 10
		s.Percent = &v
	}
	return s
}

// ElectionCorps are the figures of a group of the elected.
type ElectionCorps struct {
	Elected int `json:"elected"`
	// Women is the women of the elected whose sex is known.
	Women ElectionShare `json:"women"`
	// Youth is those younger than the youth age on election day, of the
	// elected whose birth date is known; none is counted (Of 0) when the
	// youth age is not set.
	Youth ElectionShare `json:"youth"`
	// AgeKnown is how many of the elected have a birth date; AverageAge
	// is the mean of their ages in whole years on election day, rounded to
	// one decimal half up, nil when nobody's is known.
	AgeKnown   int      `json:"age_known"`
	AverageAge *float64 `json:"average_age"`
}

// ElectionFigures are the figures of one party in an election's result,
// as the party's reports quote them.
type ElectionFigures struct {
	Party    string `json:"party"`     // the party's code; "" for the self-nominated
	On       Date   `json:"on"`        // election day
	YouthAge int    `json:"youth_age"` // younger than this is youth
	// Seats: the party's elected of all elected. With one seat a
	// constituency (rural akims, single-member districts) it is the share
	// of constituencies won.
	Seats ElectionShare `json:"seats"`
	// Votes: the party's valid votes of all valid votes. When the rows hold
	// any party's list votes (ListVotes), the share is of the list contest
	// and the candidates' votes are left out; otherwise it is the votes of
	// the party's candidates of all candidates' votes.
	Votes     ElectionShare `json:"votes"`
	ListVotes bool          `json:"list_votes"`
	// NewFaces: the party's elected who are not incumbents, of the party's
	// elected ("35% of the party's akims are new faces").
	NewFaces ElectionShare `json:"new_faces"`
	// Renewal: the elected of every party and the self-nominated who are
	// not incumbents, of all elected: how much the corps was renewed.
	// Both come from Incumbent (see MarkIncumbents); with one party only
	// elected, they are equal.
	Renewal ElectionShare `json:"renewal"`
	All     ElectionCorps `json:"all"` // every elected
	Own     ElectionCorps `json:"own"` // the party's elected
}

// ElectionFiguresOf computes the figures of party from the rows of a
// result (ElectionResultsIn selects a territory's first), ages counted on
// election day on, youth being younger than youthAge in whole years (a
// candidate who turns youthAge on election day is not young). Nil rows
// are skipped. A birth date after election day counts as unknown. Every
// share of nothing is reported as not available, never as a division by
// zero.
func ElectionFiguresOf(rs []*ElectionResult, party string, youthAge int, on Date) ElectionFigures {
	f := ElectionFigures{Party: party, On: on, YouthAge: youthAge}
	var all, own electionCorpsCount
	var seats, elected, newOwn, newAll int
	var votes, partyVotes, listVotes, listParty int
	for _, r := range rs {
		if r == nil {
			continue
		}
		if r.PartyVotes() {
			f.ListVotes = true
			listVotes += r.Votes
			if r.Party == party {
				listParty += r.Votes
			}
			continue
		}
		votes += r.Votes
		if r.Party == party {
			partyVotes += r.Votes
		}
		if !r.Elected {
			continue
		}
		elected++
		all.add(r, youthAge, on)
		if !r.Incumbent {
			newAll++
		}
		if r.Party == party {
			seats++
			own.add(r, youthAge, on)
			if !r.Incumbent {
				newOwn++
			}
		}
	}
	f.Seats = electionShare(seats, elected)
	if f.ListVotes {
		f.Votes = electionShare(listParty, listVotes)
	} else {
		f.Votes = electionShare(partyVotes, votes)
	}
	f.NewFaces = electionShare(newOwn, seats)
	f.Renewal = electionShare(newAll, elected)
	f.All, f.Own = all.corps(youthAge), own.corps(youthAge)
	return f
}

// electionCorpsCount gathers the counts of ElectionCorps.
type electionCorpsCount struct {
	elected, women, sexKnown, youth, ageKnown, ageSum int
}

func (c *electionCorpsCount) add(r *ElectionResult, youthAge int, on Date) {
	c.elected++
	if r.Sex == Male || r.Sex == Female {
		c.sexKnown++
		if r.Sex == Female {
			c.women++
		}
	}
	if r.BirthDate.IsZero() || r.BirthDate.After(on) {
		return
	}
	age := IIN{BirthDate: r.BirthDate}.Age(on)
	c.ageKnown++
	c.ageSum += age
	if youthAge > 0 && age < youthAge {
		c.youth++
	}
}

func (c *electionCorpsCount) corps(youthAge int) ElectionCorps {
	out := ElectionCorps{Elected: c.elected, Women: electionShare(c.women, c.sexKnown), AgeKnown: c.ageKnown}
	if youthAge > 0 {
		out.Youth = electionShare(c.youth, c.ageKnown)
	}
	if c.ageKnown > 0 {
		v := float64((20*c.ageSum+c.ageKnown)/(2*c.ageKnown)) / 10
		out.AverageAge = &v
	}
	return out
}
