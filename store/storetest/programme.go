package storetest

import (
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

func num(v float64) *float64 { return &v }
func yes() *bool             { v := true; return &v }

// Plan returns a valid programme of territory k for 2026–2030 with one
// direction, two indicators (one with a measurement) and a measure of body.
func Plan(k senim.KATO, body *senim.Body) senim.ProgrammePlan {
	return senim.ProgrammePlan{
		Programme: senim.ProgrammeInput{Territory: string(k), Title: senim.Names{RU: "Дорожная карта 2026–2030", KK: "Жол картасы 2026–2030"},
			From: "2026-01-01", To: "2030-12-31", Adopted: "2026-01-20"},
		Directions: []senim.DirectionPlan{{
			Title: senim.Names{RU: "Здравоохранение", KK: "Денсаулық сақтау", EN: "Health care"},
			Indicators: []senim.IndicatorPlan{
				{IndicatorInput: senim.IndicatorInput{Name: senim.Names{RU: "Охват скринингом"}, Unit: "percent",
					Baseline: senim.PointInput{Value: num(40), On: "2025-12-31"}, Target: senim.PointInput{Value: num(80), On: "2030-12-31"},
					HigherBetter: yes(), Source: "Управление здравоохранения", Weight: num(2)},
					Measurements: []senim.MeasurementInput{{Value: num(42), AsOf: "2026-02-01", Source: "Отчёт", Link: "https://example.kz/r1"}}},
				{IndicatorInput: senim.IndicatorInput{Name: senim.Names{RU: "Новые поликлиники"}, Unit: "count",
					Baseline: senim.PointInput{Value: num(0), On: "2025-12-31"}, Target: senim.PointInput{Value: num(3), On: "2028-12-31"},
					HigherBetter: yes()}},
			},
			Measures: []senim.MeasurePlan{{MeasureInput: senim.MeasureInput{Text: "Построить поликлинику в мкр. Юго-Восток",
				Body: body.ID, Deadline: "2027-12-31"}}},
		}},
	}
}

// NewProgramme adopts Plan(k, body).
func NewProgramme(t testing.TB, db *store.DB, k senim.KATO, body *senim.Body) *senim.Programme {
	t.Helper()
	pr, err := db.AdoptProgramme(System(), Plan(k, body))
	if err != nil {
		t.Fatalf("adopt programme: %v", err)
	}
	return pr
}

func testProgrammes(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-03-02"))
	body := NewBody(t, db, karaganda)
	pr := NewProgramme(t, db, karaganda, body)
	NewProgramme(t, db, district, body)
	NewProgramme(t, db, wko, NewBody(t, db, wko))

	got, err := db.FindProgramme(System(), pr.ID)
	if err != nil || len(got.Directions) != 1 || len(got.Directions[0].Indicators) != 2 || len(got.Directions[0].Measures) != 1 {
		t.Fatalf("programme: %+v, %v", got, err)
	}
	screening := got.Directions[0].Indicators[0]
	if screening.Last == nil || screening.Last.Value != 42 || screening.Last.Source != "Отчёт" || screening.Weight != 2 || !screening.HigherBetter {
		t.Fatalf("indicator: %+v last %+v", screening, screening.Last)
	}
	if got.Title.KK != "Жол картасы 2026–2030" || got.From != senim.MustDate("2026-01-01") {
		t.Fatalf("programme fields: %+v", got)
	}

	// A whole plan is refused at once, each fault at its place, nothing stored.
	bad := Plan(karaganda, body)
	bad.Directions[0].Indicators[1].Target.Value = num(0)          // equal to the baseline
	bad.Directions[0].Indicators[0].Measurements[0].Unit = "count" // not the indicator's unit
	bad.Directions[0].Measures[0].Deadline = "2031-01-01"          // after the period
	_, err = db.AdoptProgramme(System(), bad)
	WantCode(t, err, senim.EINVALID, "directions[0].indicators[1].target.value",
		"directions[0].indicators[0].measurements[0].unit", "directions[0].measures[0].deadline")
	bad = Plan(karaganda, &senim.Body{ID: senim.NewID()})
	_, err = db.AdoptProgramme(System(), bad)
	WantCode(t, err, senim.EINVALID, "directions[0].measures[0].body")
	_, err = db.AdoptProgramme(Staff(senim.RoleBranch, wko), Plan(karaganda, body))
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.AdoptProgramme(Staff(senim.RoleOperator, karaganda), Plan(karaganda, body))
	WantCode(t, err, senim.EFORBIDDEN)
	if all, _ := db.FindProgrammes(System(), senim.ProgrammeFilter{}); len(all) != 3 {
		t.Fatalf("programmes after refusals: %d", len(all))
	}

	// Parts added one by one, each recorded in the history.
	branch := Staff(senim.RoleBranch, karaganda)
	dir, err := db.AddDirection(branch, pr.ID, senim.Names{RU: "Жильё"})
	if err != nil || dir.Position != 2 {
		t.Fatalf("add direction: %+v %v", dir, err)
	}
	ind, err := db.AddIndicator(branch, pr.ID, senim.IndicatorInput{Direction: dir.ID, Name: senim.Names{RU: "Очередь на жильё"},
		Unit: "people", Baseline: senim.PointInput{Value: num(1200), On: "2026-01-01"}, Target: senim.PointInput{Value: num(600), On: "2030-12-31"},
		HigherBetter: new(bool)})
	if err != nil || ind.Weight != 1 {
		t.Fatalf("add indicator: %+v %v", ind, err)
	}
	_, err = db.AddIndicator(branch, pr.ID, senim.IndicatorInput{Direction: dir.ID, Name: senim.Names{RU: "x"}, Unit: "people",
		Baseline: senim.PointInput{Value: num(5), On: "2026-01-01"}, Target: senim.PointInput{Value: num(5), On: "2031-01-01"}, HigherBetter: yes()})
	WantCode(t, err, senim.EINVALID, "target.date")
	m, err := db.AddMeasure(branch, pr.ID, senim.MeasureInput{Direction: dir.ID, Text: "Сдать дом на 120 квартир", Body: body.ID, Deadline: "2027-06-30"})
	if err != nil || m.Status != senim.MeasurePlanned {
		t.Fatalf("add measure: %+v %v", m, err)
	}
	m2, err := db.SetMeasureStatus(branch, m.ID, senim.MeasureInProgress, "", m.Version)
	if err != nil || m2.Status != senim.MeasureInProgress {
		t.Fatalf("measure status: %+v %v", m2, err)
	}
	_, err = db.SetMeasureStatus(branch, m.ID, senim.MeasureDone, "", m.Version)
	WantCode(t, err, senim.ECONFLICT)

	// The states are kept between calls, and a measurement moves them.
	before, err := db.ProgrammeStates(System(), senim.ProgrammeFilter{ID: &pr.ID}, senim.DateOf(clock.Now()))
	if err != nil || len(before) != 1 || before[0].Rollup.Counts[senim.IndicatorNoData] != 2 {
		t.Fatalf("states before the measurements: %v %v", before, err)
	}

	// Measurements: the last by date counts; a bad one stores nothing.
	for _, in := range []senim.MeasurementInput{
		{Value: num(1100), AsOf: "2026-02-01", Source: "Акимат", Link: "https://example.kz/a"},
		{Value: num(1150), AsOf: "2026-01-15", Source: "Акимат", Link: "https://example.kz/b"}, // older: not the last
	} {
		if _, err := db.AddMeasurement(branch, ind.ID, in); err != nil {
			t.Fatalf("measurement: %v", err)
		}
	}
	pdf := []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
	file, err := senim.NewFile("file", "акт.pdf", pdf)
	if err != nil {
		t.Fatal(err)
	}
	withFile, err := db.AddMeasurement(branch, ind.ID, senim.MeasurementInput{Value: num(1090), AsOf: "2026-02-01", Source: "Акт", File: file})
	if err != nil || withFile.File == nil || withFile.File.ID == "" {
		t.Fatalf("measurement with a file: %+v %v", withFile, err)
	}
	for _, in := range []senim.MeasurementInput{
		{Value: num(1000), Unit: "percent", AsOf: "2026-02-10", Source: "x", Link: "https://example.kz"},
		{Value: num(-1), AsOf: "2026-02-10", Source: "x", Link: "https://example.kz"},
		{Value: num(1000), AsOf: "2026-03-03", Source: "x", Link: "https://example.kz"}, // tomorrow
		{Value: num(1000), AsOf: "2025-12-31", Source: "x", Link: "https://example.kz"}, // before the period
	} {
		_, err := db.AddMeasurement(branch, ind.ID, in)
		WantCode(t, err, senim.EINVALID)
	}
	_, err = db.AddMeasurement(Staff(senim.RoleBranch, wko), ind.ID, senim.MeasurementInput{Value: num(1), AsOf: "2026-02-10", Source: "x", Link: "https://example.kz"})
	WantCode(t, err, senim.EFORBIDDEN)
	full, err := db.FindIndicator(System(), ind.ID)
	if err != nil || len(full.Measurements) != 3 || full.Last == nil || full.Last.Value != 1090 || full.Last.File == nil {
		t.Fatalf("indicator history: %+v %v", full, err)
	}
	stored, err := db.FindFile(System(), full.Last.File.ID)
	if err != nil || string(stored.Data) != string(pdf) || stored.Type != "application/pdf" {
		t.Fatalf("file: %+v %v", stored, err)
	}
	hist, err := db.ProgrammeHistory(System(), pr.ID, "")
	if err != nil || len(hist) != 8 || hist[0].Action != senim.ProgrammeActAdopt || hist[4].Action != senim.ProgrammeActStatus {
		t.Fatalf("history: %d %v", len(hist), err)
	}
	for _, e := range hist[5:] {
		if e.Action != senim.ProgrammeActMeasured || e.Subject != ind.ID {
			t.Fatalf("a measurement's entry: %+v", e)
		}
	}
	if hist[7].Seq != 8 || hist[7].Note != "1090 (2026-02-01)" {
		t.Fatalf("the last measurement's entry: %+v", hist[7])
	}

	// The states roll up from the kept last values: Karaganda's subtree has
	// two programmes, the country three.
	states, err := db.ProgrammeStates(System(), senim.ProgrammeFilter{Territory: ptr(karaganda)}, senim.DateOf(clock.Now()))
	if err != nil || len(states) != 2 {
		t.Fatalf("states: %d %v", len(states), err)
	}
	var own *store.ProgrammeState
	for _, s := range states {
		if s.ID == pr.ID {
			own = s
		}
	}
	if own.Rollup.Indicators != 3 || own.Rollup.Counts[senim.IndicatorNoData] != 1 || !own.Rollup.HasData() {
		t.Fatalf("own state: %+v", own.Rollup)
	}
	if all, _ := db.ProgrammeStates(System(), senim.ProgrammeFilter{}, senim.DateOf(clock.Now())); len(all) != 3 {
		t.Fatalf("country states: %d", len(all))
	}
	// A place sees its own programmes and those above it, and their directions.
	on, _ := db.FindProgrammes(System(), senim.ProgrammeFilter{On: ptr(village)})
	if len(on) != 2 {
		t.Fatalf("programmes on the village: %d", len(on))
	}
	dirs, err := db.FindDirections(System(), senim.ProgrammeFilter{On: ptr(village)})
	if err != nil || len(dirs) != 3 || dirs[0].ProgrammeID != pr.ID || dirs[1].Title.RU != "Жильё" || dirs[0].Programme.KK != "Жол картасы 2026–2030" {
		t.Fatalf("directions on the village: %d %v", len(dirs), err)
	}
	if one, _ := db.FindDirections(System(), senim.ProgrammeFilter{On: ptr(village)}, dir.ID); len(one) != 1 || one[0].ID != dir.ID {
		t.Fatalf("one direction: %d", len(one))
	}
	if inds, _ := db.FindIndicators(System(), []string{ind.ID, screening.ID}); len(inds) != 2 || inds[0].Last == nil {
		t.Fatalf("indicators by id: %d", len(inds))
	}
}

func testCouncils(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-03-02"))
	body := NewBody(t, db, karaganda)
	pr := NewProgramme(t, db, karaganda, body)
	dir := pr.Directions[0]
	ind := dir.Indicators[0]
	NewOffice(t, db, karaganda)
	appeal, _ := NewAppeal(t, db, district)

	member := Staff(senim.RoleCouncil, karaganda)
	c, err := db.CreateCouncil(member, senim.CouncilInput{Territory: string(karaganda), Name: senim.Names{RU: "Общественный совет по здравоохранению"},
		Direction: dir.ID, Created: "2026-01-15"})
	if err != nil {
		t.Fatalf("create council: %v", err)
	}
	below, err := db.CreateCouncil(member, senim.CouncilInput{Territory: string(district), Name: senim.Names{RU: "Совет района"},
		Direction: dir.ID, Created: "2026-01-20"})
	if err != nil {
		t.Fatalf("a council below follows the oblast's direction: %v", err)
	}
	_, err = db.CreateCouncil(Staff(senim.RoleCouncil, wko), senim.CouncilInput{Territory: string(wko), Name: senim.Names{RU: "x"},
		Direction: dir.ID, Created: "2026-01-15"})
	WantCode(t, err, senim.EINVALID, "direction")
	_, err = db.CreateCouncil(Staff(senim.RoleOperator, karaganda), senim.CouncilInput{Territory: string(karaganda), Name: senim.Names{RU: "x"}, Created: "2026-01-15"})
	WantCode(t, err, senim.EFORBIDDEN)

	chair, err := db.AddCouncilMember(member, c.ID, senim.CouncilMemberInput{Name: "Касымова Айгуль", Role: "chair", Since: "2026-01-15"})
	if err != nil {
		t.Fatalf("add member: %v", err)
	}
	if _, err := db.AddCouncilMember(member, below.ID, senim.CouncilMemberInput{Person: chair.Person.ID, Role: "member", Since: "2026-01-20"}); err != nil {
		t.Fatalf("the same person on a second council: %v", err)
	}
	_, err = db.AddCouncilMember(member, c.ID, senim.CouncilMemberInput{Name: "x", Role: "king", Since: "2026-01-15"})
	WantCode(t, err, senim.EINVALID, "role")

	meeting, err := db.AddMeeting(member, c.ID, senim.MeetingInput{On: "2026-02-10", Agenda: "Очереди в поликлиниках", Minutes: "Решили...", Attended: 14})
	if err != nil {
		t.Fatalf("add meeting: %v", err)
	}
	_, err = db.AddMeeting(member, c.ID, senim.MeetingInput{On: "2026-01-10", Agenda: "x"})
	WantCode(t, err, senim.EINVALID, "date")

	is, err := db.TakeIssue(member, c.ID, senim.IssueInput{Meeting: meeting.ID, Territory: string(district), Title: "Нет педиатра в амбулатории",
		Owner: "Депутат Ахметов С.", Deadline: "2026-06-01", Appeals: []string{appeal.Number}, Indicators: []string{ind.ID}})
	if err != nil || is.Version != 1 || len(is.Appeals) != 1 {
		t.Fatalf("take issue: %+v %v", is, err)
	}
	_, err = db.TakeIssue(member, c.ID, senim.IssueInput{Title: "x", Owner: "y", Deadline: "2026-06-01", Appeals: []string{"3500-2026-999999"}})
	WantCode(t, err, senim.EINVALID, "appeals")
	_, err = db.TakeIssue(member, c.ID, senim.IssueInput{Title: "x", Owner: "y", Deadline: "2026-06-01", Meeting: senim.NewID()})
	WantCode(t, err, senim.EINVALID, "meeting")
	if _, err := db.TakeIssue(member, below.ID, senim.IssueInput{Title: "Разбитая дорога", Owner: "Аким", Deadline: "2026-03-01", Taken: "2026-02-01"}); err != nil {
		t.Fatal(err)
	}

	got, err := db.FindCouncil(System(), c.ID)
	if err != nil || len(got.Members) != 1 || got.Members[0].Role != senim.CouncilChair || len(got.Meetings) != 1 || got.Meetings[0].Attended != 14 {
		t.Fatalf("council: %+v %v", got, err)
	}
	lines, _ := db.FindCouncils(System(), senim.CouncilFilter{Territory: ptr(karaganda)})
	if len(lines) != 2 || lines[0].Issues+lines[1].Issues != 2 || lines[0].UnderControl+lines[1].UnderControl != 2 {
		t.Fatalf("councils: %d", len(lines))
	}
	if following, _ := db.FindCouncils(System(), senim.CouncilFilter{Programme: &pr.ID}); len(following) != 2 {
		t.Fatalf("councils following the programme: %d", len(following))
	}
	if none, _ := db.FindCouncils(System(), senim.CouncilFilter{Programme: ptr(senim.NewID())}); len(none) != 0 {
		t.Fatalf("councils following another programme: %d", len(none))
	}

	solved, err := db.ChangeIssue(member, is.ID, senim.IssueChange{Action: senim.IssueActSolve, Result: "Педиатр принят на работу", Version: is.Version})
	if err != nil || solved.Status != senim.IssueSolved || solved.Closed != senim.DateOf(clock.Now()) || len(solved.Events) != 2 {
		t.Fatalf("solve: %+v %v", solved, err)
	}
	_, err = db.ChangeIssue(member, is.ID, senim.IssueChange{Action: senim.IssueActRemove, Result: "x"})
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.ChangeIssue(member, is.ID, senim.IssueChange{Action: senim.IssueActNote, Result: "x", Version: is.Version})
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.ChangeIssue(Staff(senim.RoleCouncil, wko), is.ID, senim.IssueChange{Action: senim.IssueActNote, Result: "x"})
	WantCode(t, err, senim.EFORBIDDEN)

	stats, err := db.IssueStats(System(), senim.CountryKATO, senim.MustDate("2026-01-01"), senim.MustDate("2026-12-31"), senim.DateOf(clock.Now()))
	if err != nil || stats.Total.Taken != 2 || stats.Total.Solved != 1 || stats.Total.Overdue != 1 || len(stats.Parts) != 1 || stats.Parts[0].Territory != karaganda {
		t.Fatalf("stats: %+v %v", stats, err)
	}
	overdue, _ := db.FindIssues(System(), senim.IssueFilter{Overdue: ptr(senim.DateOf(clock.Now()))})
	if len(overdue) != 1 || overdue[0].Title != "Разбитая дорога" {
		t.Fatalf("overdue: %d", len(overdue))
	}
}
