package exchange

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
)

// The rating's downloads: the inputs (every deputy's records in a period,
// aggregates only: no applicant is in them) from which anyone can compute
// the scores again, and the scores with their breakdown and ranks.

// inputColumns are the inputs file's columns; the records' columns follow
// the JSON names of senim.DeputyCounts.
var inputColumns = []string{"period", "deputy", "name", "assembly", "assembly_name", "territory", "mandate", "faction",
	"receptions_held", "receptions_required", "appeals_due", "appeals_on_time", "appeals_closed", "appeals_solved",
	"ratings", "ratings_sum", "indicators", "indicators_on_track", "issues_due", "issues_solved"}

func countFields(c *senim.DeputyCounts) []*int {
	return []*int{&c.Held, &c.Required, &c.Due, &c.OnTime, &c.Closed, &c.Solved, &c.Rated, &c.RatingSum,
		&c.Indicators, &c.OnTrack, &c.Issues, &c.IssuesSolved}
}

// Roster names the deputies and assemblies of a download.
type Roster struct {
	Deputies   map[string]*senim.Deputy
	Assemblies map[string]*senim.Assembly
}

// NewRoster indexes the deputies and assemblies.
func NewRoster(deputies []*senim.Deputy, assemblies []*senim.Assembly) *Roster {
	r := &Roster{Deputies: map[string]*senim.Deputy{}, Assemblies: map[string]*senim.Assembly{}}
	for _, d := range deputies {
		r.Deputies[d.ID] = d
	}
	for _, a := range assemblies {
		r.Assemblies[a.ID] = a
	}
	return r
}

func (r *Roster) names(id string) (d *senim.Deputy, assembly string) {
	d = r.Deputies[id]
	if d == nil {
		return &senim.Deputy{ID: id}, ""
	}
	if a := r.Assemblies[d.Assembly]; a != nil {
		assembly = a.Name.RU
	}
	return d, assembly
}

// WriteRatingInputs writes the records of a period's scores as CSV.
func WriteRatingInputs(w io.Writer, p senim.RatingPeriod, rows []senim.Scored, r *Roster) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(inputColumns); err != nil {
		return err
	}
	for i := range rows {
		d, assembly := r.names(rows[i].Deputy)
		line := []string{p.String(), d.ID, d.Person.Name, d.Assembly, assembly, string(d.Territory), string(d.Mandate), d.Faction}
		for _, v := range countFields(&rows[i].Records) {
			line = append(line, strconv.Itoa(*v))
		}
		if err := cw.Write(line); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// RatingInputs is an inputs file read back.
type RatingInputs struct {
	Period   senim.RatingPeriod
	Deputies []*senim.Deputy // as much of them as ranking needs
	Counts   []senim.DeputyCounts
	Roster   *Roster
}

// ReadRatingInputs reads an inputs file back. Every faulty line is
// reported, by its number.
func ReadRatingInputs(rd io.Reader) (*RatingInputs, error) {
	var p senim.RatingPeriod
	rows, err := ReadCSV(rd)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 || strings.Join(rows[0], ",") != strings.Join(inputColumns, ",") {
		return nil, fmt.Errorf("the first line must be the columns %s", strings.Join(inputColumns, ","))
	}
	assemblies := map[string]*senim.Assembly{}
	var faults []string
	var deputies []*senim.Deputy
	var counts []senim.DeputyCounts
	seen := map[string]int{}
	for n, row := range rows[1:] {
		line := n + 2
		if len(row) != len(inputColumns) {
			faults = append(faults, fmt.Sprintf("line %d: %d columns, want %d", line, len(row), len(inputColumns)))
			continue
		}
		period, err := senim.ParseRatingPeriod(row[0])
		switch {
		case err != nil:
			faults = append(faults, fmt.Sprintf("line %d: period %q is not a quarter, half-year or year", line, row[0]))
		case p.IsZero():
			p = period
		case period != p:
			faults = append(faults, fmt.Sprintf("line %d: period %s, the file's is %s", line, period, p))
		}
		d := &senim.Deputy{ID: row[1], Person: senim.Person{Name: row[2]}, Assembly: row[3], Territory: senim.KATO(row[5]),
			Mandate: senim.Mandate(row[6]), Faction: row[7]}
		if d.ID == "" || d.Assembly == "" {
			faults = append(faults, fmt.Sprintf("line %d: the deputy and the assembly are required", line))
		}
		if _, err := senim.ParseKATO(row[5]); err != nil {
			faults = append(faults, fmt.Sprintf("line %d: territory %q is not a KATO code", line, row[5]))
		}
		if first, ok := seen[d.ID]; ok && d.ID != "" {
			faults = append(faults, fmt.Sprintf("line %d: deputy %s is on line %d too", line, d.ID, first))
		}
		seen[d.ID] = line
		c := senim.DeputyCounts{Deputy: d.ID}
		for i, v := range countFields(&c) {
			col := 8 + i
			x, err := strconv.Atoi(strings.TrimSpace(row[col]))
			if err != nil || x < 0 {
				faults = append(faults, fmt.Sprintf("line %d: %s %q is not a whole number of 0 or more", line, inputColumns[col], row[col]))
			}
			*v = x
		}
		deputies, counts = append(deputies, d), append(counts, c)
		if assemblies[d.Assembly] == nil {
			assemblies[d.Assembly] = &senim.Assembly{ID: d.Assembly, Name: senim.Names{RU: row[4]}}
		}
	}
	if len(faults) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(faults, "\n"))
	}
	if p.IsZero() {
		return nil, fmt.Errorf("the file has no deputies")
	}
	roster := NewRoster(deputies, nil)
	roster.Assemblies = assemblies
	return &RatingInputs{Period: p, Deputies: deputies, Counts: counts, Roster: roster}, nil
}

// ScoreColumns are the scores file's columns.
var ScoreColumns = func() []string {
	cols := []string{"period", "method", "revision", "deputy", "name", "assembly", "assembly_name", "faction", "score"}
	for _, in := range senim.RatingInputs {
		cols = append(cols, string(in))
	}
	return append(cols, "rank_assembly", "rank_region", "rank_country")
}()

// WriteRatingScores writes the scores, best first, as CSV: the figures the
// pages show, to two decimals.
func WriteRatingScores(w io.Writer, run *senim.RatingRun, rows []senim.Scored, r *Roster) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ScoreColumns); err != nil {
		return err
	}
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
	for i := range rows {
		s := &rows[i]
		d, assembly := r.names(s.Deputy)
		line := []string{run.Period.String(), strconv.Itoa(run.Method), strconv.Itoa(run.Revision), d.ID, d.Person.Name,
			d.Assembly, assembly, d.Faction, num(s.Score.Score)}
		for _, c := range s.Components {
			if c.Present {
				line = append(line, num(c.Value))
			} else {
				line = append(line, "")
			}
		}
		region := ""
		if s.RankRegion > 0 {
			region = strconv.Itoa(s.RankRegion)
		}
		line = append(line, strconv.Itoa(s.RankBody), region, strconv.Itoa(s.RankCountry))
		if err := cw.Write(line); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
