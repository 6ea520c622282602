package senim

import (
	"math"
	"testing"
)

func testProgramme() *Programme {
	return &Programme{ID: "p", Territory: "350000000", Title: Names{RU: "Программа"},
		From: MustDate("2021-01-01"), To: MustDate("2025-12-31"), Adopted: MustDate("2021-03-01"),
		Directions: []*Direction{{ID: "d1", Title: Names{RU: "Здравоохранение"}}}}
}

func f(v float64) *float64 { return &v }
func b(v bool) *bool       { return &v }

// indicator: from 40 on 2021-01-01 to 80 on 2025-01-01 (1461 days), higher is better.
func indicator() *Indicator {
	return &Indicator{ID: "i", Unit: "percent", HigherBetter: true,
		Baseline: Point{40, MustDate("2021-01-01")}, Target: Point{80, MustDate("2025-01-01")}, Weight: 1}
}

func TestAssess(t *testing.T) {
	mid := MustDate("2023-01-01") // 730 of 1461 days: the line asks for 59.99
	line := indicator().Line(mid)
	if math.Abs(line-59.986) > 0.01 {
		t.Fatalf("line at mid = %v", line)
	}
	lower := &Indicator{ID: "w", Unit: "days", HigherBetter: false,
		Baseline: Point{30, MustDate("2021-01-01")}, Target: Point{10, MustDate("2025-01-01")}, Weight: 1}
	tests := []struct {
		name  string
		ind   *Indicator
		value float64
		asOf  Date
		today Date
		want  IndicatorStatus
	}{
		{"no measurement yet", indicator(), math.NaN(), Date{}, mid, IndicatorNoData},
		{"on the line", indicator(), line, mid, mid, IndicatorOnTrack},
		{"ahead of the line", indicator(), 70, mid, mid, IndicatorOnTrack},
		{"5% of the way behind is still on track", indicator(), line - 0.05*40, mid, mid, IndicatorOnTrack},
		{"just past 5% behind is at risk", indicator(), line - 0.051*40, mid, mid, IndicatorAtRisk},
		{"15% behind is at risk", indicator(), line - 0.15*40, mid, mid, IndicatorAtRisk},
		{"past 15% behind is behind", indicator(), line - 0.16*40, mid, mid, IndicatorBehind},
		{"below the baseline is behind", indicator(), 30, mid, mid, IndicatorBehind},
		{"target reached early", indicator(), 80, mid, mid, IndicatorAchieved},
		{"beyond the target", indicator(), 95, mid, mid, IndicatorAchieved},
		{"reached on the target date", indicator(), 80, MustDate("2025-01-01"), MustDate("2025-01-01"), IndicatorAchieved},
		{"reached after the target date still counts", indicator(), 81, MustDate("2025-03-01"), MustDate("2025-03-01"), IndicatorAchieved},
		{"target date passed, not reached", indicator(), 79, MustDate("2025-01-01"), MustDate("2025-01-02"), IndicatorFailed},
		{"on the target date, not reached, on track", indicator(), 79, MustDate("2025-01-01"), MustDate("2025-01-01"), IndicatorOnTrack},
		{"target date passed with old data only", indicator(), 60, mid, MustDate("2025-06-01"), IndicatorFailed},
		{"measured on the baseline date", indicator(), 40, MustDate("2021-01-01"), mid, IndicatorOnTrack},
		{"target below baseline: on the line", lower, 20, mid, mid, IndicatorOnTrack},
		{"target below baseline: rising is behind", lower, 31, mid, mid, IndicatorBehind},
		{"target below baseline: reached", lower, 10, mid, mid, IndicatorAchieved},
		{"target below baseline: 10% behind", lower, 22, mid, mid, IndicatorAtRisk},
		{"target below baseline: failed", lower, 12, MustDate("2025-01-01"), MustDate("2025-02-01"), IndicatorFailed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ind := *tc.ind
			if !math.IsNaN(tc.value) {
				ind.Last = &Measurement{Value: tc.value, AsOf: tc.asOf}
			}
			got := ind.Assess(tc.today)
			if got.Status != tc.want {
				t.Fatalf("status = %s (progress %.3f, expected %.3f), want %s", got.Status, got.Progress, got.Expected, tc.want)
			}
			if got.Progress < 0 || got.Progress > 1 || got.Expected < 0 || got.Expected > 1 {
				t.Fatalf("figures out of 0–1: %+v", got)
			}
		})
	}
}

func TestRollup(t *testing.T) {
	// A programme: a heavy indicator half way (progress 0.5, expected 0.5),
	// a light one at its target, and one without data.
	var prog Rollup
	prog.AddIndicator(Assessment{Status: IndicatorOnTrack, Progress: 0.5, Expected: 0.5}, 3)
	prog.AddIndicator(Assessment{Status: IndicatorAchieved, Progress: 1, Expected: 0.5}, 1)
	prog.AddIndicator(Assessment{Status: IndicatorNoData}, 5)
	if got := prog.Progress(); math.Abs(got-0.625) > 1e-9 { // (3×0.5 + 1×1) / 4
		t.Fatalf("programme progress = %v, want 0.625", got)
	}
	if prog.Indicators != 3 || prog.Counts[IndicatorNoData] != 1 || prog.Status() != IndicatorOnTrack {
		t.Fatalf("programme = %+v, status %s", prog, prog.Status())
	}
	// A second programme of one indicator far behind.
	var other Rollup
	other.AddIndicator(Assessment{Status: IndicatorBehind, Progress: 0.1, Expected: 0.6}, 1)
	if other.Status() != IndicatorBehind {
		t.Fatalf("other status = %s", other.Status())
	}
	// A territory weighs each programme once, whatever its indicators weigh.
	var terr Rollup
	terr.AddProgramme(&prog)
	terr.AddProgramme(&other)
	var empty Rollup
	empty.AddIndicator(Assessment{Status: IndicatorNoData}, 1)
	terr.AddProgramme(&empty)
	if got := terr.Progress(); math.Abs(got-(0.625+0.1)/2) > 1e-9 {
		t.Fatalf("territory progress = %v", got)
	}
	if terr.Programmes != 3 || terr.Indicators != 5 || terr.Counts[IndicatorNoData] != 2 {
		t.Fatalf("territory = %+v", terr)
	}
	if empty.Status() != IndicatorNoData || empty.HasData() {
		t.Fatalf("a programme without data is %s", empty.Status())
	}
	var all Rollup
	all.AddIndicator(Assessment{Status: IndicatorAchieved, Progress: 1, Expected: 1}, 1)
	if all.Status() != IndicatorAchieved {
		t.Fatalf("all achieved = %s", all.Status())
	}
}

func TestNewProgramme(t *testing.T) {
	today := MustDate("2024-06-01")
	ok := ProgrammeInput{Territory: "350000000", Title: Names{RU: " Дорожная  карта "}, From: "2021-01-01", To: "2025-12-31", Adopted: "2021-02-15"}
	p, err := NewProgramme(ok, today)
	if err != nil || p.Title.RU != "Дорожная карта" || p.Title.In("kk") != "Дорожная карта" {
		t.Fatalf("NewProgramme = %+v, %v", p, err)
	}
	bad := []struct {
		name  string
		edit  func(*ProgrammeInput)
		field string
	}{
		{"no title", func(in *ProgrammeInput) { in.Title.RU = "" }, "title.ru"},
		{"bad territory", func(in *ProgrammeInput) { in.Territory = "35" }, "territory"},
		{"end before start", func(in *ProgrammeInput) { in.To = "2020-12-31" }, "to"},
		{"eleven years", func(in *ProgrammeInput) { in.To = "2032-01-01" }, "to"},
		{"adopted in the future", func(in *ProgrammeInput) { in.Adopted = "2024-06-02" }, "adopted"},
		{"bad date", func(in *ProgrammeInput) { in.From = "2021-02-30" }, "from"},
	}
	for _, tc := range bad {
		in := ok
		tc.edit(&in)
		_, err := NewProgramme(in, today)
		if !hasField(err, tc.field) {
			t.Errorf("%s: %v, want an error at %s", tc.name, err, tc.field)
		}
	}
}

func TestNewIndicator(t *testing.T) {
	pr := testProgramme()
	ok := IndicatorInput{Direction: "d1", Name: Names{RU: "Охват"}, Unit: "percent",
		Baseline: PointInput{f(40), "2020-12-31"}, Target: PointInput{f(80), "2025-12-31"}, HigherBetter: b(true)}
	if ind, err := NewIndicator(ok, pr); err != nil || ind.Weight != 1 {
		t.Fatalf("NewIndicator = %+v, %v", ind, err)
	}
	bad := []struct {
		name  string
		edit  func(*IndicatorInput)
		field string
	}{
		{"target equal to baseline", func(in *IndicatorInput) { in.Target.Value = f(40) }, "target.value"},
		{"higher is better but target lower", func(in *IndicatorInput) { in.Target.Value = f(30) }, "target.value"},
		{"lower is better but target higher", func(in *IndicatorInput) { in.HigherBetter = b(false) }, "target.value"},
		{"percent above 100", func(in *IndicatorInput) { in.Target.Value = f(120) }, "target.value"},
		{"negative count", func(in *IndicatorInput) { in.Unit = "count"; in.Baseline.Value = f(-1) }, "baseline.value"},
		{"unknown unit", func(in *IndicatorInput) { in.Unit = "parsec" }, "unit"},
		{"target after the period", func(in *IndicatorInput) { in.Target.On = "2026-01-01" }, "target.date"},
		{"target before the period", func(in *IndicatorInput) { in.Target.On = "2020-12-31" }, "target.date"},
		{"baseline after the target", func(in *IndicatorInput) { in.Baseline.On = "2025-12-31" }, "baseline.date"},
		{"baseline long before the period", func(in *IndicatorInput) { in.Baseline.On = "2017-12-31" }, "baseline.date"},
		{"no direction", func(in *IndicatorInput) { in.Direction = "" }, "direction"},
		{"another programme's direction", func(in *IndicatorInput) { in.Direction = "d9" }, "direction"},
		{"higher_is_better missing", func(in *IndicatorInput) { in.HigherBetter = nil }, "higher_is_better"},
		{"zero weight", func(in *IndicatorInput) { in.Weight = f(0) }, "weight"},
		{"no baseline value", func(in *IndicatorInput) { in.Baseline.Value = nil }, "baseline.value"},
	}
	for _, tc := range bad {
		in := ok
		tc.edit(&in)
		_, err := NewIndicator(in, pr)
		if !hasField(err, tc.field) {
			t.Errorf("%s: %v, want an error at %s", tc.name, err, tc.field)
		}
	}
}

func TestNewMeasurement(t *testing.T) {
	pr := testProgramme()
	ind := indicator()
	today := MustDate("2023-06-01")
	ok := MeasurementInput{Value: f(55), Unit: "percent", AsOf: "2023-05-31", Source: "Управление здравоохранения", Link: "https://stat.gov.kz/x"}
	if m, err := ind.NewMeasurement(ok, pr, today); err != nil || m.Value != 55 {
		t.Fatalf("NewMeasurement = %+v, %v", m, err)
	}
	withFile := ok
	withFile.Link, withFile.File = "", &File{ID: "f"}
	if _, err := ind.NewMeasurement(withFile, pr, today); err != nil {
		t.Fatalf("evidence as a file: %v", err)
	}
	bad := []struct {
		name  string
		edit  func(*MeasurementInput)
		field string
	}{
		{"wrong unit", func(in *MeasurementInput) { in.Unit = "count" }, "unit"},
		{"out of range", func(in *MeasurementInput) { in.Value = f(101) }, "value"},
		{"negative", func(in *MeasurementInput) { in.Value = f(-0.5) }, "value"},
		{"no value", func(in *MeasurementInput) { in.Value = nil }, "value"},
		{"in the future", func(in *MeasurementInput) { in.AsOf = "2023-06-02" }, "as_of"},
		{"before the period", func(in *MeasurementInput) { in.AsOf = "2020-12-31" }, "as_of"},
		{"no source", func(in *MeasurementInput) { in.Source = " " }, "source"},
		{"no evidence", func(in *MeasurementInput) { in.Link = "" }, "link"},
		{"not a web link", func(in *MeasurementInput) { in.Link = "javascript:alert(1)" }, "link"},
	}
	for _, tc := range bad {
		in := ok
		tc.edit(&in)
		_, err := ind.NewMeasurement(in, pr, today)
		if !hasField(err, tc.field) {
			t.Errorf("%s: %v, want an error at %s", tc.name, err, tc.field)
		}
	}
	// After the period, a value as of a day past its end is outside it.
	late := ok
	late.AsOf = "2026-01-05"
	if _, err := ind.NewMeasurement(late, pr, MustDate("2026-02-01")); !hasField(err, "as_of") {
		t.Errorf("after the period: %v", err)
	}
}

func TestMeasureStatus(t *testing.T) {
	pr := testProgramme()
	m, err := NewMeasure(MeasureInput{Direction: "d1", Text: "Построить поликлинику", Body: "b", Deadline: "2023-12-31"}, pr)
	if err != nil {
		t.Fatal(err)
	}
	m.Version = 3
	if !m.Overdue(MustDate("2024-01-01")) || m.Overdue(MustDate("2023-12-31")) {
		t.Fatal("overdue is the day after the deadline")
	}
	if _, err := m.SetStatus(MeasureCancelled, "", 0); !hasField(err, "note") {
		t.Fatalf("cancel without a note: %v", err)
	}
	done, err := m.SetStatus(MeasureDone, "Открыта 1 сентября", m.Version)
	if err != nil || done.Overdue(MustDate("2024-01-01")) || done.Version != m.Version+1 {
		t.Fatalf("done = %+v, %v", done, err)
	}
	if _, err := done.SetStatus(MeasureDone, "", 0); ErrorCode(err) != ECONFLICT {
		t.Fatalf("done twice: %v", err)
	}
	if _, err := done.SetStatus(MeasureInProgress, "", m.Version); ErrorCode(err) != ECONFLICT {
		t.Fatalf("stale version: %v", err)
	}
	if _, err := NewMeasure(MeasureInput{Direction: "d1", Text: "x", Body: "b", Deadline: "2026-01-01"}, pr); !hasField(err, "deadline") {
		t.Fatalf("deadline after the period: %v", err)
	}
}

func TestIssue(t *testing.T) {
	c := &Council{ID: "c", Territory: "350000000", Created: MustDate("2022-01-10")}
	today := MustDate("2024-03-01")
	is, err := NewIssue(IssueInput{Title: "Нет горячей воды в мкр. Степной", Owner: "Депутат Ахметов", Deadline: "2024-06-01",
		Territory: "351000000", Appeals: []string{"3501-2024-000001", " 3501-2024-000001 "}}, c, today)
	if err != nil || is.Territory != "351000000" || len(is.Appeals) != 1 || is.Taken != today {
		t.Fatalf("NewIssue = %+v, %v", is, err)
	}
	for name, in := range map[string]IssueInput{
		"territory": {Title: "x", Owner: "y", Deadline: "2024-06-01", Territory: "271000000"},
		"deadline":  {Title: "x", Owner: "y", Deadline: "2024-02-01"},
		"owner":     {Title: "x", Deadline: "2024-06-01"},
		"taken":     {Title: "x", Owner: "y", Deadline: "2024-06-01", Taken: "2021-12-31"},
	} {
		if _, err := NewIssue(in, c, today); !hasField(err, name) {
			t.Errorf("bad %s: %v", name, err)
		}
	}
	if !is.Overdue(MustDate("2024-06-02")) {
		t.Fatal("not overdue after the deadline")
	}
	if _, _, err := is.Apply(IssueChange{Action: IssueActExtend, Deadline: "2024-05-01"}, today); !hasField(err, "deadline") {
		t.Fatalf("extend to an earlier date: %v", err)
	}
	ext, ev, err := is.Apply(IssueChange{Action: IssueActExtend, Deadline: "2024-09-01"}, today)
	if err != nil || ext.Deadline != MustDate("2024-09-01") || ev.Seq != 1 {
		t.Fatalf("extend = %+v %+v %v", ext, ev, err)
	}
	if _, _, err := ext.Apply(IssueChange{Action: IssueActSolve}, today); !hasField(err, "result") {
		t.Fatalf("solve without a result: %v", err)
	}
	solved, _, err := ext.Apply(IssueChange{Action: IssueActSolve, Result: "Подача восстановлена"}, today)
	if err != nil || solved.Status != IssueSolved || solved.Overdue(MustDate("2025-01-01")) {
		t.Fatalf("solve = %+v %v", solved, err)
	}
	if _, _, err := solved.Apply(IssueChange{Action: IssueActRemove, Result: "x"}, today); ErrorCode(err) != ECONFLICT {
		t.Fatalf("remove a solved issue: %v", err)
	}
	linked, _, err := solved.Apply(IssueChange{Action: IssueActLink, Indicators: []string{"i1"}}, today)
	if err != nil || len(linked.Indicators) != 1 {
		t.Fatalf("link = %+v %v", linked, err)
	}
	if _, _, err := linked.Apply(IssueChange{Action: IssueActLink, Indicators: []string{"i1"}}, today); !hasField(err, "appeals") {
		t.Fatalf("linking nothing new: %v", err)
	}
}

func hasField(err error, field string) bool {
	e, ok := err.(*Error)
	if !ok {
		return false
	}
	for _, d := range e.FieldErrors() {
		if d.Field == field {
			return true
		}
	}
	return false
}
