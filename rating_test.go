package senim

import (
	"errors"
	"testing"
)

func TestRatingPeriod(t *testing.T) {
	for _, c := range []struct {
		in, out, from, to, prev string
	}{
		{"2025Q1", "2025Q1", "2025-01-01", "2025-03-31", "2024Q4"},
		{"2025q4", "2025Q4", "2025-10-01", "2025-12-31", "2025Q3"},
		{"2026H2", "2026H2", "2026-07-01", "2026-12-31", "2026H1"},
		{" 2024 ", "2024", "2024-01-01", "2024-12-31", "2023"},
	} {
		p, err := ParseRatingPeriod(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if p.String() != c.out || p.From().String() != c.from || p.To().String() != c.to || p.Previous().String() != c.prev {
			t.Errorf("%q: %s %s–%s, previous %s", c.in, p, p.From(), p.To(), p.Previous())
		}
	}
	for _, bad := range []string{"", "2025Q5", "2025H3", "25Q1", "2025Q", "2025-1", "abcd"} {
		var e *Error
		if _, err := ParseRatingPeriod(bad); !errors.As(err, &e) || e.Field != "period" {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if p := PeriodOf(PeriodHalf, MustDate("2025-07-01")); p.String() != "2025H2" {
		t.Errorf("PeriodOf: %s", p)
	}
}

// The score's rule, as the methodology page states it: a small sample
// stays near the mean, a large one is judged by its own record, receptions
// are taken as they are, and an input without data leaves the weighting.
func TestScoreOf(t *testing.T) {
	m := DefaultMethod()
	pr := Priors{InputReceptions: 0.8, InputOnTime: 0.8, InputSolved: 0.3, InputSatisfaction: 0.5, InputCouncil: 0.5}
	lucky := DeputyCounts{Deputy: "a", Held: 1, Required: 1, Due: 1, OnTime: 1, Closed: 1, Solved: 1, Rated: 1, RatingSum: 5}
	steady := DeputyCounts{Deputy: "b", Held: 2, Required: 1, Due: 200, OnTime: 190, Closed: 200, Solved: 150, Rated: 100, RatingSum: 450}
	sa, sb := m.ScoreOf(&lucky, pr), m.ScoreOf(&steady, pr)
	value := func(s Score, in RatingInput) Component {
		for _, c := range s.Components {
			if c.Input == in {
				return c
			}
		}
		t.Fatalf("no %s", in)
		return Component{}
	}
	// One appeal answered on time: (1 + 10×0.8)/(1 + 10) = 81.82, not 100.
	if c := value(sa, InputOnTime); c.Value != 81.82 || !c.Present {
		t.Errorf("lucky on time: %+v", c)
	}
	// One solved: (1 + 10×0.3)/11 = 36.36.
	if c := value(sa, InputSolved); c.Value != 36.36 {
		t.Errorf("lucky solved: %+v", c)
	}
	// 150 of 200 solved: (150 + 3)/210 = 72.86.
	if c := value(sb, InputSolved); c.Value != 72.86 {
		t.Errorf("steady solved: %+v", c)
	}
	// Satisfaction: 5 is (5−1)/4 = 1 success: (1 + 5×0.5)/6 = 58.33.
	if c := value(sa, InputSatisfaction); c.Value != 58.33 {
		t.Errorf("lucky satisfaction: %+v", c)
	}
	// Receptions: more than the obligation counts as the obligation met.
	if c := value(sb, InputReceptions); c.Value != 100 || c.S != 1 {
		t.Errorf("receptions: %+v", c)
	}
	// No programme indicators: left out; the council's prior stands in for no issues.
	if c := value(sa, InputProgramme); c.Present {
		t.Errorf("programme without data: %+v", c)
	}
	if c := value(sa, InputCouncil); c.Value != 50 || !c.Present {
		t.Errorf("council prior: %+v", c)
	}
	// The score: weights 25, 20, 20, 15, 10 of the present inputs.
	want := Round2((25*100 + 20*81.82 + 20*36.36 + 15*58.33 + 10*50) / 90)
	if sa.Score != want {
		t.Errorf("lucky score %v, want %v", sa.Score, want)
	}
	if sb.Score <= sa.Score {
		t.Errorf("the steady record (%v) should beat one lucky appeal (%v)", sb.Score, sa.Score)
	}
	// Without the obligation in the period, receptions leave the weighting too.
	none := DeputyCounts{Deputy: "c"}
	if c := value(m.ScoreOf(&none, pr), InputReceptions); c.Present {
		t.Errorf("no obligation: %+v", c)
	}
	// Without any prior (nobody has data), an empty record has no score.
	if s := m.ScoreOf(&none, Priors{}); s.Score != 0 {
		t.Errorf("no data: %v", s.Score)
	}
}

func TestComputeRanks(t *testing.T) {
	ds := []*Deputy{
		{ID: "a", Assembly: "m1", Territory: "351010000", Faction: "own"},
		{ID: "b", Assembly: "m1", Territory: "351020000", Faction: "own"},
		{ID: "c", Assembly: "m2", Territory: "271010000", Faction: "own"},
		{ID: "d", Assembly: "m2", Territory: "271020000", Faction: "other"},
		{ID: "e", Assembly: "mz", Territory: CountryKATO, Faction: "own"},
	}
	scores := []Score{{Deputy: "a", Score: 70}, {Deputy: "b", Score: 80}, {Deputy: "c", Score: 80}, {Deputy: "d", Score: 60}, {Deputy: "e", Score: 90}}
	Rank(ds, scores)
	want := map[string][3]int{"a": {2, 2, 4}, "b": {1, 1, 2}, "c": {1, 1, 2}, "d": {2, 2, 5}, "e": {1, 0, 1}}
	for _, s := range scores {
		if got := [3]int{s.RankBody, s.RankRegion, s.RankCountry}; got != want[s.Deputy] {
			t.Errorf("%s: ranks %v, want %v", s.Deputy, got, want[s.Deputy])
		}
	}
	if scores[0].Of != (Ranks{Body: 2, Region: 2, Country: 5}) || scores[4].Of != (Ranks{Body: 1, Country: 5}) {
		t.Errorf("of: %+v %+v", scores[0].Of, scores[4].Of)
	}
	as := []*Assembly{{ID: "m1", Kind: AssemblyOblast}, {ID: "m2", Kind: AssemblyOblast}, {ID: "mz", Kind: AssemblyMazhilis}}
	fs := Factions(ds, as, scores)
	got := map[string]FactionScore{}
	for _, f := range fs {
		got[f.Assembly+"/"+f.Party] = f
	}
	if f := got["m2/own"]; f.Rank != 1 || f.Of != 2 || f.Score != 80 {
		t.Errorf("m2/own: %+v", f)
	}
	if f := got["m1/own"]; f.Rank != 2 || f.Score != 75 || f.Deputies != 2 {
		t.Errorf("m1/own: %+v", f)
	}
	if f := got["mz/own"]; f.Rank != 1 || f.Of != 1 {
		t.Errorf("the Mazhilis faction is ranked apart from the maslikhats: %+v", f)
	}
	if f := got["m2/other"]; f.Rank != 1 || f.Of != 1 {
		t.Errorf("another party's faction: %+v", f)
	}
}

func TestMethodValidate(t *testing.T) {
	m := DefaultMethod()
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	m.Weights[InputOnTime] = -1
	m.Strength["luck"] = 2
	m.Note.RU = ""
	err := m.Validate()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%v", err)
	}
	fields := map[string]bool{}
	for _, f := range e.FieldErrors() {
		fields[f.Field] = true
	}
	for _, f := range []string{"weights.on_time", "strength.luck", "note.ru"} {
		if !fields[f] {
			t.Errorf("no error at %s: %v", f, err)
		}
	}
	zero := DefaultMethod()
	for in := range zero.Weights {
		zero.Weights[in] = 0
	}
	if err := zero.Validate(); err == nil {
		t.Error("a method that weighs nothing passed")
	}
}

func TestNewDeputy(t *testing.T) {
	a := &Assembly{ID: "m", Kind: AssemblyOblast, Territory: "350000000", Convocation: 8}
	today := MustDate("2026-11-24")
	d, err := NewDeputy(DeputyInput{Name: " Жунусов  Елдос ", Mandate: "district", Constituency: "№ 12", Territory: "351010000",
		Faction: "own", Elected: "2023-03-19"}, a, today)
	if err != nil {
		t.Fatal(err)
	}
	if d.Person.Name != "Жунусов Елдос" || d.Territory != "351010000" || d.Convocation != 8 {
		t.Errorf("%+v", d)
	}
	l, err := NewDeputy(DeputyInput{Name: "Ахметова Айгуль", Mandate: "list", Elected: "2023-03-19"}, a, today)
	if err != nil || l.Territory != a.Territory {
		t.Fatalf("%+v %v", l, err)
	}
	_, err = NewDeputy(DeputyInput{Mandate: "district", Territory: "271010000", Elected: "2027-01-01", Until: "x"}, a, today)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatal(err)
	}
	fields := map[string]string{}
	for _, f := range e.FieldErrors() {
		fields[f.Field] = f.Key
	}
	want := map[string]string{"name": "required", "constituency": "required", "territory": "deputy.outside",
		"elected": "date.future", "until": "date"}
	for f, k := range want {
		if fields[f] != k {
			t.Errorf("%s: %q, want %q (%v)", f, fields[f], k, fields)
		}
	}
	if _, err := NewAssembly(AssemblyInput{Kind: "oblast", Territory: "351010000", Name: Names{RU: "x"}, Convocation: 8, Seats: 30}); err == nil {
		t.Error("an oblast maslikhat on a district passed")
	}
}
