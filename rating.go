package senim

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The public rating of deputies: what each deputy did in a period,
// measured from the system's own records, each input put on 0–100, small
// samples pulled toward the mean of every deputy, and weighted. The rule is
// a methodology with a version number; the figures of a period are a run
// of one version, kept as they were computed.

// RatingPeriod is a quarter ("2025Q1"), a half-year ("2025H2") or a year
// ("2025").
type RatingPeriod struct {
	Kind Period // quarter, half or year
	Year int
	N    int // the quarter (1–4) or half (1–2); 1 for a year
}

// ParseRatingPeriod reads "2025Q1", "2025H2" or "2025".
func ParseRatingPeriod(s string) (RatingPeriod, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return RatingPeriod{}, Invalid("period", "required")
	}
	bad := Invalid("period", "rating.period", "period", s)
	if len(s) < 4 {
		return RatingPeriod{}, bad
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 2000 || y > 2100 {
		return RatingPeriod{}, bad
	}
	p := RatingPeriod{Kind: PeriodYear, Year: y, N: 1}
	switch rest := s[4:]; {
	case rest == "":
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		p.Kind, p.N = PeriodQuarter, int(rest[1]-'0')
	case len(rest) == 2 && rest[0] == 'H' && rest[1] >= '1' && rest[1] <= '2':
		p.Kind, p.N = PeriodHalf, int(rest[1]-'0')
	default:
		return RatingPeriod{}, bad
	}
	return p, nil
}

// PeriodOf is the period of the kind that holds day d.
func PeriodOf(kind Period, d Date) RatingPeriod {
	n := kind.months()
	return RatingPeriod{Kind: kind, Year: d.Year(), N: (int(d.Month())-1)/n + 1}
}

func (p RatingPeriod) String() string {
	switch p.Kind {
	case PeriodQuarter:
		return fmt.Sprintf("%dQ%d", p.Year, p.N)
	case PeriodHalf:
		return fmt.Sprintf("%dH%d", p.Year, p.N)
	}
	return strconv.Itoa(p.Year)
}

// IsZero reports whether the period is unset.
func (p RatingPeriod) IsZero() bool { return p.Year == 0 }

// From is the period's first day.
func (p RatingPeriod) From() Date {
	return NewDate(p.Year, time.Month((p.N-1)*p.Kind.months()+1), 1)
}

// To is the period's last day.
func (p RatingPeriod) To() Date { return p.From().AddMonths(p.Kind.months()).AddDays(-1) }

// Previous is the period of the same kind just before.
func (p RatingPeriod) Previous() RatingPeriod { return PeriodOf(p.Kind, p.From().AddDays(-1)) }

// Next is the period of the same kind just after.
func (p RatingPeriod) Next() RatingPeriod { return PeriodOf(p.Kind, p.To().AddDays(1)) }

// MarshalText writes the period as "2025Q1".
func (p RatingPeriod) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a period written as "2025Q1".
func (p *RatingPeriod) UnmarshalText(b []byte) error {
	v, err := ParseRatingPeriod(string(b))
	*p = v
	return err
}

// RatingInput is one thing the rating measures.
type RatingInput string

const (
	InputReceptions   RatingInput = "receptions"   // receptions held against the obligation
	InputOnTime       RatingInput = "on_time"      // appeals answered by the deadline
	InputSolved       RatingInput = "solved"       // appeals solved positively
	InputSatisfaction RatingInput = "satisfaction" // citizens' ratings of the answers, 1–5
	InputProgramme    RatingInput = "programme"    // the territory's programme indicators on track
	InputCouncil      RatingInput = "council"      // public councils' issues of the territory solved in time
)

// RatingInputs lists every input in the order the pages show them.
var RatingInputs = []RatingInput{InputReceptions, InputOnTime, InputSolved, InputSatisfaction, InputProgramme, InputCouncil}

// DeputyCounts are a deputy's records in a period: everything the score is
// computed from, and what the public downloads as the inputs.
type DeputyCounts struct {
	Deputy       string `json:"deputy"`
	Held         int    `json:"receptions_held"`     // receptions held in the period
	Required     int    `json:"receptions_required"` // receptions the obligation asks for in it
	Due          int    `json:"appeals_due"`         // appeals answered, or still open past their deadline
	OnTime       int    `json:"appeals_on_time"`     // of those, answered by the deadline
	Closed       int    `json:"appeals_closed"`      // closed, not withdrawn
	Solved       int    `json:"appeals_solved"`      // of those, solved positively
	Rated        int    `json:"ratings"`             // answers the applicants rated
	RatingSum    int    `json:"ratings_sum"`         // the sum of those ratings, 1–5 each
	Indicators   int    `json:"indicators"`          // the territory programme's indicators with data
	OnTrack      int    `json:"indicators_on_track"` // of those, achieved or on track
	Issues       int    `json:"issues_due"`          // council issues of the territory whose deadline passed in the period
	IssuesSolved int    `json:"issues_solved"`       // of those, solved by the deadline
}

// CountAppeal adds one appeal's part to the records as of day today: due
// once answered or open past its deadline, on time if answered by the
// deadline, closed unless withdrawn, its rating.
func (c *DeputyCounts) CountAppeal(status Status, outcome Outcome, answered, deadline Date, rating int, today Date) {
	switch {
	case !answered.IsZero():
		c.Due++
		if !answered.After(deadline) {
			c.OnTime++
		}
	case status.Open() && deadline.Before(today):
		c.Due++
	}
	if status == StatusClosed && outcome != OutcomeWithdrawn {
		c.Closed++
		if outcome == OutcomeSolved {
			c.Solved++
		}
	}
	if rating > 0 {
		c.Rated++
		c.RatingSum += rating
	}
}

// Tally is an input's record as successes out of trials. Satisfaction
// counts each rating r as (r−1)/4 of a success.
func (c *DeputyCounts) Tally(in RatingInput) (s, n float64) {
	switch in {
	case InputReceptions:
		return float64(min(c.Held, c.Required)), float64(c.Required)
	case InputOnTime:
		return float64(c.OnTime), float64(c.Due)
	case InputSolved:
		return float64(c.Solved), float64(c.Closed)
	case InputSatisfaction:
		return float64(c.RatingSum-c.Rated) / 4, float64(c.Rated)
	case InputProgramme:
		return float64(c.OnTrack), float64(c.Indicators)
	case InputCouncil:
		return float64(c.IssuesSolved), float64(c.Issues)
	}
	return 0, 0
}

// Add adds another record (a deputy's appeals from several places).
func (c *DeputyCounts) Add(o DeputyCounts) {
	c.Held += o.Held
	c.Required += o.Required
	c.Due += o.Due
	c.OnTime += o.OnTime
	c.Closed += o.Closed
	c.Solved += o.Solved
	c.Rated += o.Rated
	c.RatingSum += o.RatingSum
	c.Indicators += o.Indicators
	c.OnTrack += o.OnTrack
	c.Issues += o.Issues
	c.IssuesSolved += o.IssuesSolved
}

// MethodStatus is where a methodology version stands.
type MethodStatus string

const (
	MethodPilot     MethodStatus = "pilot"     // seen by staff only
	MethodPublished MethodStatus = "published" // public
)

// Method is a version of the rating's methodology: how much each input
// weighs and how strongly a small sample is pulled toward the mean.
//
// An input's value is the Bayesian average
//
//	value = 100 × (s + m × μ) / (n + m)
//
// where s of n is the deputy's record, μ the share over every deputy's
// records in the period (Σs / Σn), and m the prior's strength: a deputy
// with few records stays near the mean, one with many is judged by their
// own. An input with m = 0 is taken as it is, and is left out when n = 0.
// The score is Σ wᵢ × valueᵢ / Σ wᵢ over the inputs present.
type Method struct {
	Version     int                     `json:"version"`
	Status      MethodStatus            `json:"status"`
	Weights     map[RatingInput]float64 `json:"weights"`
	Strength    map[RatingInput]float64 `json:"strength"`
	Note        Names                   `json:"note"` // what changed against the previous version
	CreatedAt   time.Time               `json:"created_at"`
	PublishedAt time.Time               `json:"published_at,omitzero"`
}

// DefaultMethod is the first version's rule: receptions and the answers to
// citizens weigh most; the programme and councils, shared by every deputy
// of a territory, least. Receptions are an obligation, not a sample (m = 0);
// appeals are pulled toward the mean as if each deputy had 10 more
// appeals of the average record, ratings 5, council issues 3.
func DefaultMethod() *Method {
	return &Method{
		Weights: map[RatingInput]float64{
			InputReceptions: 25, InputOnTime: 20, InputSolved: 20, InputSatisfaction: 15, InputProgramme: 10, InputCouncil: 10,
		},
		Strength: map[RatingInput]float64{
			InputReceptions: 0, InputOnTime: 10, InputSolved: 10, InputSatisfaction: 5, InputProgramme: 0, InputCouncil: 3,
		},
		Note: Names{RU: "Первая версия методики.", KK: "Әдістеменің алғашқы нұсқасы.", EN: "The methodology's first version."},
	}
}

// Limits of a method.
const (
	MaxWeight   = 100
	MaxStrength = 1000
)

// Validate checks a method's numbers: every input has a weight 0–100 and a
// strength 0–1000, and some weight is above zero.
func (m *Method) Validate() error {
	var p Problems
	total := 0.0
	for _, in := range RatingInputs {
		w, s := m.Weights[in], m.Strength[in]
		if math.IsNaN(w) || w < 0 || w > MaxWeight {
			p.Add(Invalid("weights."+string(in), "rating.range", "min", 0, "max", MaxWeight))
		} else {
			total += w
		}
		if math.IsNaN(s) || s < 0 || s > MaxStrength {
			p.Add(Invalid("strength."+string(in), "rating.range", "min", 0, "max", MaxStrength))
		}
	}
	for in := range m.Weights {
		if !slices.Contains(RatingInputs, in) {
			p.Add(Invalid("weights."+string(in), "rating.input", "input", string(in)))
		}
	}
	for in := range m.Strength {
		if !slices.Contains(RatingInputs, in) {
			p.Add(Invalid("strength."+string(in), "rating.input", "input", string(in)))
		}
	}
	if total == 0 {
		p.Add(Invalid("weights", "rating.no_weight"))
	}
	m.Note.clean("note", MaxTextLen, &p)
	return p.Err()
}

// Share returns the weight of an input as a share of all weights, 0–1.
func (m *Method) Share(in RatingInput) float64 {
	total := 0.0
	for _, i := range RatingInputs {
		total += m.Weights[i]
	}
	if total == 0 {
		return 0
	}
	return m.Weights[in] / total
}

// ChooseMethod picks the version a reader means among those they may see
// (newest first): the one numbered, or with 0 the newest published, or
// the newest when none is published (staff looking at a pilot).
func ChooseMethod(methods []*Method, version int) (*Method, error) {
	for _, m := range methods {
		if version != 0 && m.Version == version || version == 0 && m.Status == MethodPublished {
			return m, nil
		}
	}
	switch {
	case version != 0:
		return nil, NotFound("method")
	case len(methods) == 0:
		return nil, Errorf(ENOTFOUND, "rating.none")
	}
	return methods[0], nil
}

// Component is one input of a score.
type Component struct {
	Input   RatingInput `json:"input"`
	S       float64     `json:"s"`      // the deputy's successes
	N       float64     `json:"n"`      // out of
	Value   float64     `json:"value"`  // 0–100, after the pull toward the mean
	Weight  float64     `json:"weight"` // the method's weight
	Present bool        `json:"present"`
}

// Score is a deputy's score in a period with its breakdown and ranks.
type Score struct {
	Deputy      string      `json:"deputy"`
	Score       float64     `json:"score"` // 0–100, two decimals
	Components  []Component `json:"components"`
	RankBody    int         `json:"rank_assembly"`
	RankRegion  int         `json:"rank_region,omitempty"` // zero for deputies of the whole country (Mazhilis lists)
	RankCountry int         `json:"rank_country"`
	Of          Ranks       `json:"of"` // how many deputies each rank is among
}

// Ranks counts the deputies each rank is among.
type Ranks struct {
	Body    int `json:"assembly"`
	Region  int `json:"region,omitempty"`
	Country int `json:"country"`
}

// Scored is a deputy's score with the records it came from.
type Scored struct {
	Score
	Records DeputyCounts `json:"records"`
}

// SortScores orders scores as the lists show them: best first, then by
// the deputy's id, so that equal scores always come in one order.
func SortScores(rows []Scored) {
	slices.SortStableFunc(rows, func(a, b Scored) int {
		return cmp.Or(cmp.Compare(b.Score.Score, a.Score.Score), cmp.Compare(a.Deputy, b.Deputy))
	})
}

// Priors are the means μ each input is pulled toward, 0–1, with the totals
// they come from. An input nobody has a record of has no prior.
type Priors map[RatingInput]float64

// ComputePriors pools every deputy's records: μ = Σs / Σn.
func ComputePriors(counts []DeputyCounts) Priors {
	pr := Priors{}
	for _, in := range RatingInputs {
		var s, n float64
		for i := range counts {
			ds, dn := counts[i].Tally(in)
			s += ds
			n += dn
		}
		if n > 0 {
			pr[in] = s / n
		}
	}
	return pr
}

// ScoreOf computes one deputy's score from their records and the priors.
func (m *Method) ScoreOf(c *DeputyCounts, pr Priors) Score {
	sc := Score{Deputy: c.Deputy, Components: make([]Component, 0, len(RatingInputs))}
	var sum, weight float64
	for _, in := range RatingInputs {
		s, n := c.Tally(in)
		comp := Component{Input: in, S: s, N: n, Weight: m.Weights[in]}
		k := m.Strength[in]
		mu, ok := pr[in]
		switch {
		case k > 0 && ok:
			comp.Value, comp.Present = 100*(s+k*mu)/(n+k), true
		case n > 0:
			comp.Value, comp.Present = 100*s/n, true
		}
		comp.Value = Round2(comp.Value)
		if comp.Present && comp.Weight > 0 {
			sum += comp.Weight * comp.Value
			weight += comp.Weight
		}
		sc.Components = append(sc.Components, comp)
	}
	if weight > 0 {
		sc.Score = Round2(sum / weight)
	}
	return sc
}

// Round2 rounds to two decimals, the precision every published figure has,
// so that the pages, the downloads and a recomputation agree to the digit.
func Round2(v float64) float64 { return math.Round(v*100) / 100 }

// Round1 rounds to one decimal, halves away from zero.
func Round1(v float64) float64 { return math.Round(v*10) / 10 }

// Compute scores every deputy and ranks them within their assembly, their
// oblast and the country. Equal scores share a rank (1, 2, 2, 4).
func (m *Method) Compute(deputies []*Deputy, counts []DeputyCounts) (Priors, []Score) {
	pr := ComputePriors(counts)
	scores := make([]Score, len(counts))
	for i := range counts {
		scores[i] = m.ScoreOf(&counts[i], pr)
	}
	Rank(deputies, scores)
	return pr, scores
}

// Rank sets the scores' ranks; deputies names each score's deputy (by id).
func Rank(deputies []*Deputy, scores []Score) {
	byID := make(map[string]*Deputy, len(deputies))
	for _, d := range deputies {
		byID[d.ID] = d
	}
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[b].Score, scores[a].Score) })
	type group struct {
		n, rank int
		last    float64
	}
	rank := func(gs map[string]*group, key string, score float64) int {
		g := gs[key]
		if g == nil {
			g = &group{}
			gs[key] = g
		}
		g.n++
		if g.n == 1 || score != g.last {
			g.rank, g.last = g.n, score
		}
		return g.rank
	}
	bodies, regions, country := map[string]*group{}, map[string]*group{}, map[string]*group{}
	for _, i := range order {
		sc := &scores[i]
		d := byID[sc.Deputy]
		if d == nil {
			continue
		}
		sc.RankBody = rank(bodies, d.Assembly, sc.Score)
		sc.RankCountry = rank(country, "", sc.Score)
		sc.RankRegion = 0
		if r := d.Territory.Region(); r != CountryKATO {
			sc.RankRegion = rank(regions, string(r), sc.Score)
		}
	}
	for i := range scores {
		d := byID[scores[i].Deputy]
		if d == nil {
			continue
		}
		scores[i].Of = Ranks{Body: bodies[d.Assembly].n, Country: country[""].n}
		if g := regions[string(d.Territory.Region())]; g != nil && scores[i].RankRegion > 0 {
			scores[i].Of.Region = g.n
		}
	}
}

// FactionScore is a party's faction in one assembly: its deputies' mean
// score and its rank among the same party's factions in assemblies of the
// same kind (seed 001: "the oblast maslikhat's faction is 14th").
type FactionScore struct {
	Assembly string  `json:"assembly"`
	Party    string  `json:"party"`
	Deputies int     `json:"deputies"`
	Score    float64 `json:"score"` // the mean of its deputies' scores
	Rank     int     `json:"rank"`
	Of       int     `json:"of"`
}

// Factions groups the scores by assembly and party and ranks the factions.
// Self-nominated deputies form no faction.
func Factions(deputies []*Deputy, assemblies []*Assembly, scores []Score) []FactionScore {
	kinds := map[string]AssemblyKind{}
	for _, a := range assemblies {
		kinds[a.ID] = a.Kind
	}
	byID := make(map[string]*Deputy, len(deputies))
	for _, d := range deputies {
		byID[d.ID] = d
	}
	type key struct{ assembly, party string }
	sums := map[key]*FactionScore{}
	var out []*FactionScore
	for _, sc := range scores {
		d := byID[sc.Deputy]
		if d == nil || d.Faction == "" {
			continue
		}
		k := key{d.Assembly, d.Faction}
		f := sums[k]
		if f == nil {
			f = &FactionScore{Assembly: d.Assembly, Party: d.Faction}
			sums[k] = f
			out = append(out, f)
		}
		f.Deputies++
		f.Score += sc.Score
	}
	for _, f := range out {
		f.Score = Round2(f.Score / float64(f.Deputies))
	}
	slices.SortStableFunc(out, func(a, b *FactionScore) int {
		return cmp.Or(cmp.Compare(a.Party, b.Party), cmp.Compare(kinds[a.Assembly], kinds[b.Assembly]),
			cmp.Compare(b.Score, a.Score), cmp.Compare(a.Assembly, b.Assembly))
	})
	res := make([]FactionScore, len(out))
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && out[j].Party == out[i].Party && kinds[out[j].Assembly] == kinds[out[i].Assembly] {
			j++
		}
		for k := i; k < j; k++ {
			f := out[k]
			f.Of = j - i
			f.Rank = k - i + 1
			if k > i && f.Score == out[k-1].Score {
				f.Rank = out[k-1].Rank
			}
			res[k] = *f
		}
		i = j
	}
	return res
}

// RatingRun is one computation of a period's scores by one methodology
// version. Runs are never changed: computing the period again makes a new
// revision, and the pages say which revision they show and what it
// replaced. A run is public when its method is published.
type RatingRun struct {
	ID         string       `json:"id"`
	Period     RatingPeriod `json:"period"`
	Method     int          `json:"method"`
	Revision   int          `json:"revision"`             // 1, 2, … per period and method; 0 for figures not kept (live, or computed to compare)
	ComputedAt time.Time    `json:"computed_at,omitzero"` // zero for live figures
	Actor      string       `json:"actor,omitempty"`      // staff only
	AsOf       Date         `json:"as_of"`                // the day the records were read: the period's end, or the day of a run inside it
	Priors     Priors       `json:"priors"`
	Deputies   int          `json:"deputies"`
	Changed    int          `json:"changed"` // scores that differ from the previous revision's
	Public     bool         `json:"public"`
}

// Final reports whether the run saw the whole period.
func (r *RatingRun) Final() bool { return !r.AsOf.Before(r.Period.To()) }
