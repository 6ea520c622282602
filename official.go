package senim

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Person is a public person: one record however many posts they hold, so
// that a deputy's receptions and rating (and, later, their party record)
// meet on the same person.
type Person struct {
	ID   string `json:"id"`
	Name string `json:"name"` // full name as written in Russian and Kazakh: "Ахметов Серик Болатович"
}

// personOf reads the person an input names: an existing person by id, or
// a new person by name (then required, at most MaxNameLen letters).
func personOf(id, name string, p *Problems) Person {
	out := Person{ID: strings.TrimSpace(id)}
	out.Name = checkLine("name", name, MaxNameLen, out.ID == "", p)
	if out.ID != "" && !ValidID(out.ID) {
		p.Add(Invalid("person", "person.unknown", "id", out.ID))
	}
	return out
}

// Period is the length of an obligation's period.
type Period string

const (
	PeriodMonth   Period = "month"
	PeriodQuarter Period = "quarter"
	PeriodHalf    Period = "half"
	PeriodYear    Period = "year"
)

// Periods lists every period, shortest first.
var Periods = []Period{PeriodMonth, PeriodQuarter, PeriodHalf, PeriodYear}

// Months is how many months a period lasts.
func (p Period) Months() int { return p.months() }

func (p Period) months() int {
	switch p {
	case PeriodMonth:
		return 1
	case PeriodQuarter:
		return 3
	case PeriodHalf:
		return 6
	}
	return 12
}

// OfficialRole is a kind of post whose holders hold receptions of citizens,
// with the obligation that goes with it: at least PerPeriod receptions every
// Period. Central staff set the obligations.
type OfficialRole struct {
	Code      string `json:"code"` // "deputy", "akim", "deputy_akim", "party"
	NameRU    string `json:"name_ru"`
	NameKK    string `json:"name_kk"`
	NameEN    string `json:"name_en"`
	PerPeriod int    `json:"per_period"`
	Period    Period `json:"period"`
}

// Name returns the role's name in lang.
func (r *OfficialRole) Name(lang string) string { return pickName(lang, r.NameRU, r.NameKK, r.NameEN) }

// MaxPerPeriod bounds an obligation: more receptions than working days
// cannot be meant.
const MaxPerPeriod = 100

// Validate checks a role's obligation.
func (r *OfficialRole) Validate() error {
	var p Problems
	if r.PerPeriod < 0 || r.PerPeriod > MaxPerPeriod {
		p.Add(Invalid("per_period", "range", "min", 0, "max", MaxPerPeriod))
	}
	if !slices.Contains(Periods, r.Period) {
		p.Add(Invalid("period", "period.unknown", "period", string(r.Period)))
	}
	return p.Err()
}

// Required is how many receptions the role obliges an official in post from
// since to until (until zero: still in post) to hold in the days from–to:
// PerPeriod for every whole calendar period (month, quarter, half-year,
// year) that lies inside both. A period cut by the report's edges or by the
// start or end of the term is not counted, so an official is never held to
// a period they had no whole of.
func (r *OfficialRole) Required(from, to, since, until Date) int {
	if since.After(from) {
		from = since
	}
	if !until.IsZero() && until.Before(to) {
		to = until
	}
	n := r.Period.months()
	whole := 0
	// The first period that starts on or after from.
	m := MonthOf(from)
	first := NewDate(m.Year, time.Month((int(m.Month)-1)/n*n+1), 1)
	if first.Before(from) {
		first = first.AddMonths(n)
	}
	for start := first; ; start = start.AddMonths(n) {
		end := start.AddMonths(n).AddDays(-1)
		if end.After(to) {
			break
		}
		whole++
	}
	return whole * r.PerPeriod
}

// Official is a person in a post that holds receptions: a deputy of a
// maslikhat, an akim or deputy akim, a party official.
type Official struct {
	ID        string `json:"id"`
	Person    Person `json:"person"`
	Role      string `json:"role"`
	Post      string `json:"post"`      // the post as written: "депутат Карагандинского областного маслихата"
	Territory KATO   `json:"territory"` // where the post is: the maslikhat's, the akimat's
	Since     Date   `json:"since"`
	Until     Date   `json:"until,omitzero"` // the last day in post; zero while in post
}

// InPost reports whether the official holds the post on day d.
func (o *Official) InPost(d Date) bool {
	return !d.Before(o.Since) && (o.Until.IsZero() || !d.After(o.Until))
}

// OfficialInput is what a caller sends to add an official.
type OfficialInput struct {
	Person    string // an existing person's id, or empty for a new person named Name
	Name      string
	Role      string
	Post      string
	Territory string
	Since     string
	Until     string
}

// Limits of an official's fields.
const (
	MaxPostLen = 300
)

// NewOfficial checks the input; the store then checks what only it knows
// (the role, the territory and the person exist).
func NewOfficial(in OfficialInput, today Date) (*Official, error) {
	var p Problems
	o := &Official{Role: strings.TrimSpace(in.Role)}
	p.Add(checkChars("post", in.Post))
	o.Person = personOf(in.Person, in.Name, &p)
	if o.Role == "" {
		p.Add(Invalid("role", "required"))
	}
	o.Post = strings.Join(strings.Fields(in.Post), " ")
	switch n := utf8.RuneCountInString(o.Post); {
	case n == 0:
		p.Add(Invalid("post", "required"))
	case n > MaxPostLen:
		p.Add(Invalid("post", "too_long", "max", MaxPostLen))
	}
	if k, err := ParseKATO(in.Territory); err != nil {
		p.Add(err)
	} else {
		o.Territory = k
	}
	if s := strings.TrimSpace(in.Since); s == "" {
		p.Add(Invalid("since", "required"))
	} else if d, err := ParseDate(s); err != nil {
		p.Add(Invalid("since", "date"))
	} else if d.After(today.AddMonths(12)) {
		p.Add(Invalid("since", "date.too_far"))
	} else {
		o.Since = d
	}
	if s := strings.TrimSpace(in.Until); s != "" {
		d, err := ParseDate(s)
		switch {
		case err != nil:
			p.Add(Invalid("until", "date"))
		case !o.Since.IsZero() && d.Before(o.Since):
			p.Add(Invalid("until", "official.until"))
		default:
			o.Until = d
		}
	}
	return o, p.Err()
}

// OfficialFilter selects officials.
type OfficialFilter struct {
	ID        *string
	IDs       []string
	Territory *KATO   // the post's territory lies in this subtree
	Role      *string // one role
	InPostOn  *Date   // in post on that day
}
