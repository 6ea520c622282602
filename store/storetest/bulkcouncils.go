package storetest

import (
	"testing"

	senim "github.com/senim-kz/senim"
)

// testImportCouncils: councils with members, meetings and issues stored at
// once, as the one-at-a-time calls would store them; a fault anywhere
// refuses the whole import, named by its place.
func testImportCouncils(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-03-02"))
	body := NewBody(t, db, karaganda)
	pr := NewProgramme(t, db, karaganda, body)
	dir, ind := pr.Directions[0], pr.Directions[0].Indicators[0]
	NewOffice(t, db, karaganda)
	appeal, _ := NewAppeal(t, db, district)
	d := senim.MustDate
	shared := senim.NewID() // one person on two councils, made once

	health := &senim.Council{ID: senim.NewID(), Territory: karaganda, Name: senim.Names{RU: "Общественный совет по вопросам здравоохранения"},
		DirectionID: dir.ID, Created: d("2025-02-10"),
		Members: []*senim.CouncilMember{
			{Person: senim.Person{ID: shared, Name: "Касымова Айгуль Маратовна"}, Role: senim.CouncilChair, Since: d("2025-02-10")},
			{Person: senim.Person{Name: "Иванов Сергей Петрович"}, Role: senim.CouncilSecretary, Since: d("2025-02-10")},
			{Person: senim.Person{Name: "Омаров Ерлан Болатович"}, Role: senim.CouncilMemberOf, Since: d("2025-02-10"), Until: d("2025-12-31")},
		},
		Meetings: []*senim.Meeting{
			{ID: senim.NewID(), On: d("2025-03-20"), Agenda: "Очереди в поликлиниках", Minutes: "Решили взять на контроль.", Attended: 9},
			{On: d("2025-06-18"), Agenda: "Скрининги", Attended: 7},
		}}
	district := &senim.Council{Territory: district, Name: senim.Names{RU: "Совет района"}, Created: d("2025-04-01"),
		Members: []*senim.CouncilMember{{Person: senim.Person{ID: shared, Name: "Касымова Айгуль Маратовна"}, Role: senim.CouncilMemberOf, Since: d("2025-04-01")}}}
	solved := &senim.Issue{CouncilID: health.ID, MeetingID: health.Meetings[0].ID, Territory: village, Title: "Нет педиатра в амбулатории",
		Owner: "Депутат Ахметов С. К.", Taken: d("2025-03-20"), Deadline: d("2025-06-20"), Status: senim.IssueSolved,
		Closed: d("2025-06-01"), Result: "Педиатр принят на работу", Appeals: []string{appeal.Number}, Indicators: []string{ind.ID}}
	late := &senim.Issue{CouncilID: health.ID, Title: "Разбитая дорога к больнице", Owner: "Председатель филиала", Taken: d("2025-06-18"),
		Deadline: d("2025-12-01"), Status: senim.IssueUnderControl, Version: 2, Events: []*senim.IssueEvent{
			{Action: senim.IssueActTake, Status: senim.IssueUnderControl, At: At("2025-06-18"), Note: "Разбитая дорога к больнице"},
			{Action: senim.IssueActExtend, Actor: "user:branch", Status: senim.IssueUnderControl, At: At("2025-09-01"), Note: "2025-12-01"},
		}}
	if err := db.ImportCouncils(System(), []*senim.Council{health, district}, []*senim.Issue{solved, late}); err != nil {
		t.Fatalf("import: %v", err)
	}
	if district.ID == "" || late.ID == "" || health.Meetings[1].ID == "" || health.Members[1].Person.ID == "" {
		t.Fatalf("ids not made: %q %q %q", district.ID, late.ID, health.Meetings[1].ID)
	}
	lines, err := db.FindCouncils(System(), senim.CouncilFilter{Territory: ptr(karaganda)})
	if err != nil || len(lines) != 2 {
		t.Fatalf("councils: %d %v", len(lines), err)
	}
	for _, l := range lines {
		if l.ID == health.ID && (l.MemberCount != 2 || l.MeetingCount != 2 || l.Issues != 2 || l.UnderControl != 1 || l.DirectionID != dir.ID) {
			t.Fatalf("health council: %+v", l)
		}
	}
	got, err := db.FindCouncil(System(), district.ID)
	if err != nil || len(got.Members) != 1 || got.Members[0].Person.ID != shared {
		t.Fatalf("the shared person: %+v %v", got, err)
	}
	is, err := db.FindIssue(System(), solved.ID)
	if err != nil || is.Status != senim.IssueSolved || is.Closed != d("2025-06-01") || is.Version != 2 || len(is.Events) != 2 ||
		is.Events[1].Action != senim.IssueActSolve || len(is.Appeals) != 1 || is.Appeals[0] != appeal.Number ||
		len(is.Indicators) != 1 || is.MeetingID != health.Meetings[0].ID || is.Territory != village {
		t.Fatalf("solved issue: %+v %v", is, err)
	}
	is, err = db.FindIssue(System(), late.ID)
	if err != nil || len(is.Events) != 2 || is.Events[1].Actor != "user:branch" || !is.Events[1].At.Equal(At("2025-09-01")) {
		t.Fatalf("late issue's history: %+v %v", is, err)
	}
	stats, err := db.IssueStats(System(), senim.CountryKATO, d("2025-01-01"), d("2025-12-31"), senim.DateOf(clock.Now()))
	if err != nil || stats.Total.Taken != 2 || stats.Total.Solved != 1 || stats.Total.Overdue != 1 {
		t.Fatalf("stats: %+v %v", stats, err)
	}
	// An issue of a council already stored, at one of its meetings.
	more := &senim.Issue{CouncilID: health.ID, MeetingID: health.Meetings[1].ID, Title: "Нет лекарств в аптеке", Owner: "Депутат",
		Taken: d("2025-06-18"), Deadline: d("2025-09-18"), Status: senim.IssueRemoved, Closed: d("2025-07-01"), Result: "Вопрос не в компетенции"}
	if err := db.ImportCouncils(System(), nil, []*senim.Issue{more}); err != nil {
		t.Fatalf("an issue of a stored council: %v", err)
	}

	// Refusals: each names its place, and nothing of the import is stored.
	fresh := func() *senim.Council {
		return &senim.Council{Territory: karaganda, Name: senim.Names{RU: "Совет"}, Created: d("2025-05-01"),
			Members:  []*senim.CouncilMember{{Person: senim.Person{Name: "Петров Иван"}, Role: senim.CouncilChair, Since: d("2025-05-01")}},
			Meetings: []*senim.Meeting{{ID: senim.NewID(), On: d("2025-05-20"), Agenda: "Повестка"}}}
	}
	issue := func(c *senim.Council) *senim.Issue {
		return &senim.Issue{CouncilID: c.ID, MeetingID: c.Meetings[0].ID, Title: "Вопрос", Owner: "Депутат", Taken: d("2025-05-20"),
			Deadline: d("2025-08-20"), Status: senim.IssueUnderControl}
	}
	for _, tc := range []struct {
		name  string
		edit  func(c *senim.Council, is *senim.Issue)
		code  string
		field string
	}{
		{"unknown appeal", func(c *senim.Council, is *senim.Issue) { is.Appeals = []string{"3500-2026-999999"} }, senim.EINVALID, "issues[0].appeals"},
		{"unknown indicator", func(c *senim.Council, is *senim.Issue) { is.Indicators = []string{senim.NewID()} }, senim.EINVALID, "issues[0].indicators"},
		{"direction elsewhere", func(c *senim.Council, is *senim.Issue) { c.Territory, c.DirectionID = wko, dir.ID }, senim.EINVALID, "councils[0].direction"},
		{"meeting before the council", func(c *senim.Council, is *senim.Issue) { c.Meetings[0].On = d("2025-04-01") }, senim.EINVALID, "councils[0].meetings[0].date"},
		{"bad role", func(c *senim.Council, is *senim.Issue) { c.Members[0].Role = "king" }, senim.EINVALID, "councils[0].members[0].role"},
		{"unknown person", func(c *senim.Council, is *senim.Issue) { c.Members[0].Person = senim.Person{ID: senim.NewID()} }, senim.EINVALID, "councils[0].members[0].person"},
		{"meeting of another council", func(c *senim.Council, is *senim.Issue) { is.MeetingID = health.Meetings[0].ID }, senim.EINVALID, "issues[0].meeting"},
		{"unknown council", func(c *senim.Council, is *senim.Issue) { is.CouncilID = senim.NewID() }, senim.EINVALID, "issues[0].council"},
		{"closed without a result", func(c *senim.Council, is *senim.Issue) {
			is.Status, is.Closed = senim.IssueSolved, d("2025-06-01")
		}, senim.EINVALID, "issues[0].result"},
		{"history out of step", func(c *senim.Council, is *senim.Issue) {
			is.Version, is.Events = 2, []*senim.IssueEvent{{Action: senim.IssueActTake, Status: senim.IssueUnderControl}}
		}, senim.EINVALID, "issues[0].version"},
		{"deadline too far", func(c *senim.Council, is *senim.Issue) { is.Deadline = d("2029-01-01") }, senim.EINVALID, "issues[0].deadline"},
	} {
		c := fresh()
		c.ID = senim.NewID()
		is := issue(c)
		tc.edit(c, is)
		err := db.ImportCouncils(System(), []*senim.Council{c}, []*senim.Issue{is})
		t.Run(tc.name, func(t *testing.T) { WantCode(t, err, tc.code, tc.field) })
	}
	if all, _ := db.FindCouncils(System(), senim.CouncilFilter{}); len(all) != 2 {
		t.Fatalf("councils after refusals: %d", len(all))
	}
	if n, _ := db.FindIssues(System(), senim.IssueFilter{}); len(n) != 3 {
		t.Fatalf("issues after refusals: %d", len(n))
	}
	err = db.ImportCouncils(System(), []*senim.Council{health}, nil)
	WantCode(t, err, senim.ECONFLICT)
	err = db.ImportCouncils(Staff(senim.RoleOperator, karaganda), []*senim.Council{fresh()}, nil)
	WantCode(t, err, senim.EFORBIDDEN)
	err = db.ImportCouncils(Staff(senim.RoleCouncil, wko), []*senim.Council{fresh()}, nil)
	WantCode(t, err, senim.EFORBIDDEN)
	if err := db.ImportCouncils(Staff(senim.RoleCouncil, karaganda), []*senim.Council{fresh()}, nil); err != nil {
		t.Fatalf("a council member of the oblast: %v", err)
	}
}
