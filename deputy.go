package senim

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// AssemblyKind is a kind of representative body.
type AssemblyKind string

const (
	AssemblyMazhilis AssemblyKind = "mazhilis" // the lower chamber of Parliament
	AssemblyOblast   AssemblyKind = "oblast"   // a maslikhat of an oblast or a city of republican significance
	AssemblyCity     AssemblyKind = "city"     // a maslikhat of a city of oblast significance
	AssemblyDistrict AssemblyKind = "district" // a maslikhat of a district
)

// AssemblyKinds lists every kind, the highest first.
var AssemblyKinds = []AssemblyKind{AssemblyMazhilis, AssemblyOblast, AssemblyCity, AssemblyDistrict}

// Assembly is a representative body in one convocation: the Mazhilis, or
// the maslikhat of an oblast, a city or a district.
type Assembly struct {
	ID          string       `json:"id"`
	Kind        AssemblyKind `json:"kind"`
	Territory   KATO         `json:"territory"` // the country, the oblast, the city, the district
	Name        Names        `json:"name"`
	Convocation int          `json:"convocation"` // the current convocation's number: 8 for the Mazhilis elected in 2023
	Seats       int          `json:"seats"`
}

// AssemblyInput is what a caller sends to add an assembly.
type AssemblyInput struct {
	Kind        string `json:"kind"`
	Territory   string `json:"territory"`
	Name        Names  `json:"name"`
	Convocation int    `json:"convocation"`
	Seats       int    `json:"seats"`
}

// Limits of an assembly.
const (
	MaxConvocation = 50
	MaxSeats       = 500
)

// NewAssembly checks the input: the kind must match the territory's level
// (the Mazhilis is the country's, an oblast maslikhat an oblast's).
func NewAssembly(in AssemblyInput) (*Assembly, error) {
	var p Problems
	a := &Assembly{Kind: AssemblyKind(strings.TrimSpace(in.Kind)), Name: in.Name, Convocation: in.Convocation, Seats: in.Seats}
	if !slices.Contains(AssemblyKinds, a.Kind) {
		p.Add(Invalid("kind", "assembly.kind", "kind", in.Kind))
	}
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else {
		a.Territory = k
		if a.Kind == AssemblyMazhilis && k != CountryKATO || a.Kind == AssemblyOblast && k.Level() != LevelRegion ||
			(a.Kind == AssemblyCity || a.Kind == AssemblyDistrict) && k.Level() != LevelDistrict {
			p.Add(Invalid("territory", "assembly.territory"))
		}
	}
	a.Name.clean("name", MaxNameLen, &p)
	if a.Convocation < 1 || a.Convocation > MaxConvocation {
		p.Add(Invalid("convocation", "range", "min", 1, "max", MaxConvocation))
	}
	if a.Seats < 1 || a.Seats > MaxSeats {
		p.Add(Invalid("seats", "range", "min", 1, "max", MaxSeats))
	}
	return a, p.Err()
}

// Party is a political party whose deputies form factions. Own marks the
// party that keeps this system: its factions are ranked first.
type Party struct {
	Code string `json:"code"`
	Name Names  `json:"name"`
	Own  bool   `json:"own,omitempty"`
}

// MaxPartyCode bounds a party's code.
const MaxPartyCode = 32

// Validate checks a party: a code of Latin letters, digits and "-" or "_",
// and its name.
func (p *Party) Validate() error {
	var pr Problems
	p.Code = strings.ToLower(strings.TrimSpace(p.Code))
	ok := p.Code != "" && len(p.Code) <= MaxPartyCode
	for _, r := range p.Code {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			ok = false
		}
	}
	if !ok {
		pr.Add(Invalid("code", "party.code", "max", MaxPartyCode))
	}
	p.Name.clean("name", MaxNameLen, &pr)
	return pr.Err()
}

// Mandate is how a deputy was elected.
type Mandate string

const (
	MandateList     Mandate = "list"     // from a party list
	MandateDistrict Mandate = "district" // in a single-member district
)

// Mandates lists every way of election.
var Mandates = []Mandate{MandateList, MandateDistrict}

// Deputy is a person elected to an assembly. A deputy is an official with
// the role "deputy": the same id, so the receptions they hold and the
// appeals registered there are theirs, and the same person as anywhere
// else in the system.
type Deputy struct {
	ID           string  `json:"id"` // the official's id
	Person       Person  `json:"person"`
	Assembly     string  `json:"assembly"`
	Convocation  int     `json:"convocation"`
	Constituency string  `json:"constituency,omitempty"` // "№ 12, Майкудук": a district's name; empty for a list
	Territory    KATO    `json:"territory"`              // the district's territory; the assembly's for a list
	Faction      string  `json:"faction,omitempty"`      // the party's code; empty for a self-nominated deputy
	Mandate      Mandate `json:"mandate"`
	Elected      Date    `json:"elected"`
	Until        Date    `json:"until,omitzero"` // the last day of the mandate; zero while a deputy
}

// InOffice reports whether the deputy holds the mandate on day d.
func (d *Deputy) InOffice(day Date) bool {
	return !day.Before(d.Elected) && (d.Until.IsZero() || !day.After(d.Until))
}

// DeputyInput is what a caller sends to add a deputy.
type DeputyInput struct {
	Person       string `json:"person"` // an existing person's id, or empty for a new person named Name
	Name         string `json:"name"`
	Assembly     string `json:"assembly"`
	Constituency string `json:"constituency"`
	Territory    string `json:"territory"` // the district's; for a list, empty (the assembly's)
	Faction      string `json:"faction"`
	Mandate      string `json:"mandate"`
	Elected      string `json:"elected"`
	Until        string `json:"until"`
}

// NewDeputy checks the input against the assembly it names: a district
// lies inside the assembly's territory, a list deputy has no district. The
// store checks what only it knows (the person and the party exist).
func NewDeputy(in DeputyInput, a *Assembly, today Date) (*Deputy, error) {
	var p Problems
	d := &Deputy{Assembly: a.ID, Convocation: a.Convocation, Mandate: Mandate(strings.TrimSpace(in.Mandate)),
		Faction: strings.TrimSpace(in.Faction)}
	d.Person = personOf(in.Person, in.Name, &p)
	p.Add(checkChars("constituency", in.Constituency))
	d.Constituency = strings.Join(strings.Fields(in.Constituency), " ")
	switch d.Mandate {
	case MandateList:
		d.Territory = a.Territory
		if d.Constituency != "" {
			p.Add(Invalid("constituency", "deputy.list_constituency"))
		}
		if s := strings.TrimSpace(in.Territory); s != "" && s != string(a.Territory) {
			p.Add(Invalid("territory", "deputy.list_constituency"))
		}
	case MandateDistrict:
		switch n := utf8.RuneCountInString(d.Constituency); {
		case n == 0:
			p.Add(Invalid("constituency", "required"))
		case n > MaxNameLen:
			p.Add(Invalid("constituency", "too_long", "max", MaxNameLen))
		}
		if k, err := ParseKATO(in.Territory); err != nil {
			p.Add(err)
		} else if !a.Territory.Contains(k) {
			p.Add(Invalid("territory", "deputy.outside"))
		} else {
			d.Territory = k
		}
	default:
		p.Add(Invalid("mandate", "deputy.mandate", "mandate", in.Mandate))
	}
	if s := strings.TrimSpace(in.Elected); s == "" {
		p.Add(Invalid("elected", "required"))
	} else if e, err := ParseDate(s); err != nil {
		p.Add(Invalid("elected", "date"))
	} else if e.After(today) {
		p.Add(Invalid("elected", "date.future"))
	} else {
		d.Elected = e
	}
	if s := strings.TrimSpace(in.Until); s != "" {
		switch u, err := ParseDate(s); {
		case err != nil:
			p.Add(Invalid("until", "date"))
		case !d.Elected.IsZero() && u.Before(d.Elected):
			p.Add(Invalid("until", "official.until"))
		default:
			d.Until = u
		}
	}
	return d, p.Err()
}

// Post is the deputy's post as the officials' list writes it.
func (d *Deputy) Post(a *Assembly) string { return "депутат: " + a.Name.RU }

// Official is the deputy as an official who holds receptions.
func (d *Deputy) Official(a *Assembly) *Official {
	return &Official{ID: d.ID, Person: d.Person, Role: "deputy", Post: d.Post(a), Territory: a.Territory,
		Since: d.Elected, Until: d.Until}
}

// DeputyFilter selects deputies.
type DeputyFilter struct {
	ID        *string
	IDs       []string
	Assembly  *string
	Kind      *AssemblyKind
	Territory *KATO   // the deputy's territory lies in this subtree
	Faction   *string // a party's code; "" for the self-nominated
	InOffice  *Date   // holds the mandate on that day
	Person    *string
}
