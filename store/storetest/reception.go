package storetest

import (
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// NewOfficial adds an official in post on territory k since 2023.
func NewOfficial(t testing.TB, db *store.DB, k senim.KATO, role, name string) *senim.Official {
	t.Helper()
	o, err := db.CreateOfficial(System(), senim.OfficialInput{Name: name, Role: role,
		Post: "депутат маслихата", Territory: string(k), Since: "2023-03-19"})
	if err != nil {
		t.Fatalf("create official: %v", err)
	}
	return o
}

// NewReception plans a reception of o at office on the day s ("2026-03-02")
// from 10:00 to 12:00 Kazakhstan time.
func NewReception(t testing.TB, db *store.DB, o *senim.Official, office *senim.Office, s string, edit ...func(*senim.ReceptionInput)) *senim.Reception {
	t.Helper()
	in := senim.ReceptionInput{Official: o.ID, Office: office.Code, Starts: s + "T10:00", Ends: s + "T12:00", Topic: "Жилищные вопросы"}
	for _, e := range edit {
		e(&in)
	}
	r, err := db.CreateReception(System(), in)
	if err != nil {
		t.Fatalf("create reception: %v", err)
	}
	return r
}

func testReceptions(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-03-02"))
	office := NewOffice(t, db, karaganda)
	other := NewOffice(t, db, wko)
	deputy := NewOfficial(t, db, district, "deputy", "Ахметов Серик Болатович")
	akim := NewOfficial(t, db, karaganda, "deputy_akim", "Иванова Мария Петровна")
	NewOfficial(t, db, wko, "deputy", "Сапаров Ерлан")

	// The same person in a second post is the same person.
	again, err := db.CreateOfficial(System(), senim.OfficialInput{Person: deputy.Person.ID, Role: "party",
		Post: "председатель первичной организации", Territory: string(district), Since: "2024-01-01"})
	if err != nil || again.Person != deputy.Person {
		t.Fatalf("second post: %+v, %v", again, err)
	}
	officials, _ := db.FindOfficials(System(), senim.OfficialFilter{Territory: ptr(karaganda)})
	if len(officials) != 3 || officials[0].Person.Name != "Ахметов Серик Болатович" {
		t.Fatalf("officials of Karaganda: %d", len(officials))
	}

	// Bad officials: an unknown role, territory or person; someone else's oblast.
	_, err = db.CreateOfficial(System(), senim.OfficialInput{Name: "X", Role: "king", Post: "p", Territory: "351900000", Since: "2024-01-01"})
	WantCode(t, err, senim.EINVALID, "role", "territory")
	_, err = db.CreateOfficial(System(), senim.OfficialInput{Person: senim.NewID(), Role: "deputy", Post: "p", Territory: string(district), Since: "2024-01-01"})
	WantCode(t, err, senim.EINVALID, "person")
	_, err = db.CreateOfficial(Staff(senim.RoleOperator, wko), senim.OfficialInput{Name: "X", Role: "deputy", Post: "p", Territory: string(district), Since: "2024-01-01"})
	WantCode(t, err, senim.EFORBIDDEN)

	r := NewReception(t, db, deputy, office, "2026-03-10")
	if r.Status != senim.ReceptionPlanned || r.Territory != karaganda || r.OfficeID != office.ID || r.Version != 1 {
		t.Fatalf("planned: %+v", r)
	}
	visit := NewReception(t, db, akim, office, "2026-03-11", func(in *senim.ReceptionInput) {
		in.Format, in.Territory = "visiting", string(village)
	})
	if visit.Territory != village {
		t.Fatalf("a visit to the village is on the village: %s", visit.Territory)
	}
	NewReception(t, db, deputy, office, "2026-04-20")

	// Bad receptions: overlapping the official's other one, at another
	// oblast's office for staff of this one, out of post, to another oblast.
	_, err = db.CreateReception(System(), senim.ReceptionInput{Official: deputy.ID, Office: office.Code,
		Starts: "2026-03-10T11:30", Ends: "2026-03-10T13:00"})
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.CreateReception(Staff(senim.RoleOperator, karaganda), senim.ReceptionInput{Official: deputy.ID, Office: other.Code,
		Starts: "2026-03-12T10:00", Ends: "2026-03-12T11:00"})
	WantCode(t, err, senim.EINVALID, "office")
	_, err = db.CreateReception(System(), senim.ReceptionInput{Official: deputy.ID, Office: office.Code,
		Starts: "2023-03-01T10:00", Ends: "2023-03-01T11:00"})
	WantCode(t, err, senim.EINVALID, "starts")
	_, err = db.CreateReception(System(), senim.ReceptionInput{Official: senim.NewID(), Office: office.Code, Format: "visiting",
		Territory: string(wko), Starts: "2026-03-12T10:00", Ends: "2026-03-12T11:00"})
	WantCode(t, err, senim.EINVALID, "official", "territory")
	_, err = db.CreateReception(Staff(senim.RoleAuditor, karaganda), senim.ReceptionInput{Official: deputy.ID, Office: office.Code,
		Starts: "2026-03-12T10:00", Ends: "2026-03-12T11:00"})
	WantCode(t, err, senim.EFORBIDDEN)

	// The schedule: soonest first, by territory, office and status.
	list, _ := db.FindReceptions(System(), senim.ReceptionFilter{Territory: ptr(karaganda)})
	if len(list) != 3 || list[0].ID != r.ID || list[1].ID != visit.ID {
		t.Fatalf("Karaganda's schedule: %d", len(list))
	}
	if l, _ := db.FindReceptions(System(), senim.ReceptionFilter{Territory: ptr(district)}); len(l) != 1 || l[0].ID != visit.ID {
		t.Fatalf("the district's schedule: %v", l)
	}
	if l, _ := db.FindReceptions(System(), senim.ReceptionFilter{From: senim.MustDate("2026-04-01")}); len(l) != 1 {
		t.Fatalf("from April: %d", len(l))
	}

	// Too early to hold or to take a visitor.
	_, err = db.ChangeReception(System(), r.ID, senim.ReceptionChange{Action: "hold"})
	WantCode(t, err, senim.ECONFLICT)
	_, _, err = db.AddVisitor(Staff(senim.RoleOperator, karaganda), r.ID, Input(district))
	WantCode(t, err, senim.ECONFLICT)

	// On the day: a visitor's appeal holds the reception and is linked to it.
	clock.Set(At("2026-03-10").Add(30 * time.Minute))
	op := Staff(senim.RoleOperator, karaganda)
	a, code, err := db.AddVisitor(op, r.ID, Input(""))
	if err != nil || code == "" {
		t.Fatalf("visitor: %v", err)
	}
	if a.Channel != senim.ChannelReception || a.ReceptionID != r.ID || a.OfficialID != deputy.ID || a.OfficeID != office.ID || a.Territory != karaganda {
		t.Fatalf("visitor's appeal: %+v", a)
	}
	if got, _ := db.FindAppeal(System(), a.ID); got.ReceptionID != r.ID || got.OfficialID != deputy.ID {
		t.Fatalf("stored appeal: %+v", got)
	}
	_, _, err = db.AddVisitor(Staff(senim.RoleOperator, wko), r.ID, Input(district))
	WantCode(t, err, senim.EFORBIDDEN)
	_, _, err = db.AddVisitor(op, r.ID, Input(district, func(in *senim.AppealInput) { in.Text = "" }))
	WantCode(t, err, senim.EINVALID, "text")

	r, _ = db.FindReception(System(), r.ID)
	if r.Status != senim.ReceptionHeld || r.Appeals != 1 || r.Visitors() != 1 || len(r.Events) != 2 || r.Events[1].Note != a.Number {
		t.Fatalf("after a visitor: %+v", r)
	}
	r, err = db.ChangeReception(op, r.ID, senim.ReceptionChange{Action: "hold", Consulted: 5, Version: r.Version})
	if err != nil || r.Visitors() != 6 {
		t.Fatalf("hold with 5 answered on the spot: %+v, %v", r, err)
	}
	_, err = db.ChangeReception(op, r.ID, senim.ReceptionChange{Action: "hold", Consulted: 4, Version: 1})
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.ChangeReception(op, r.ID, senim.ReceptionChange{Action: "cancel", Reason: "болезнь"})
	WantCode(t, err, senim.ECONFLICT)

	// A visitor's appeal registered the day after the reception is received on its day.
	clock.Set(At("2026-03-11"))
	late, _, err := db.AddVisitor(op, r.ID, Input(district))
	if err != nil || late.ReceivedOn != senim.MustDate("2026-03-10") {
		t.Fatalf("a late entry: %+v, %v", late, err)
	}
	Change(t, db, late.ID, senim.Change{Action: senim.ActTake})
	Change(t, db, late.ID, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeSolved})

	// The akim's visit is cancelled, with a reason.
	if _, err := db.ChangeReception(op, visit.ID, senim.ReceptionChange{Action: "cancel", Reason: " "}); senim.ErrorCode(err) != senim.EINVALID {
		t.Fatalf("cancel without a reason: %v", err)
	}
	visit, err = db.ChangeReception(op, visit.ID, senim.ReceptionChange{Action: "cancel", Reason: "Паводок"})
	if err != nil || visit.Status != senim.ReceptionCancelled {
		t.Fatalf("cancel: %+v, %v", visit, err)
	}
	_, _, err = db.AddVisitor(op, visit.ID, Input(district))
	WantCode(t, err, senim.ECONFLICT)

	// Statistics count held receptions and their visitors on every level.
	s := stats(t, db, karaganda, "2026-03", "2026-03")
	if s.ReceptionsHeld != 1 || s.ReceptionVisitors != 7 {
		t.Fatalf("Karaganda's March: %d held, %d visitors", s.ReceptionsHeld, s.ReceptionVisitors)
	}
	if s := stats(t, db, senim.CountryKATO, "2026-01", "2026-12"); s.ReceptionsHeld != 1 {
		t.Fatalf("the country: %d held", s.ReceptionsHeld)
	}
	children, err := db.ChildStats(System(), senim.StatsFilter{Territory: senim.CountryKATO,
		From: senim.MonthOf(senim.MustDate("2026-01-01")), To: senim.MonthOf(senim.MustDate("2026-12-01"))})
	if err != nil || children[karaganda] == nil || children[karaganda].ReceptionsHeld != 1 || children[wko] != nil && children[wko].ReceptionsHeld != 0 {
		t.Fatalf("the oblasts: %v", err)
	}

	// The report of the first quarter: the deputy held one of one; the
	// deputy akim, none of one; the second post of the deputy, none.
	rep, err := db.ReceptionReport(Staff(senim.RoleBranch, karaganda), senim.ReceptionReportFilter{Territory: karaganda,
		From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-03-31")})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Officials) != 3 || rep.Held != 1 || rep.Cancelled != 1 || rep.Visitors != 7 || rep.Appeals != 2 || rep.HeldNone != 2 || rep.Met != 1 {
		t.Fatalf("report: %d officials, %d held, %d cancelled, %d visitors, %d appeals, %d none, %d met",
			len(rep.Officials), rep.Held, rep.Cancelled, rep.Visitors, rep.Appeals, rep.HeldNone, rep.Met)
	}
	for _, line := range rep.Officials {
		switch line.Official.ID {
		case deputy.ID:
			if line.Required != 1 || line.Held != 1 || !line.Met || line.Outcomes["solved"] != 1 || line.Outcomes["open"] != 1 {
				t.Errorf("the deputy: %+v", line)
			}
		case akim.ID:
			if line.Required != 1 || line.Held != 0 || line.Met || line.Cancelled != 1 {
				t.Errorf("the deputy akim: %+v", line)
			}
		}
	}
	if rep.ByFormat["in_person"] != 1 || rep.Outcomes["solved"] != 1 {
		t.Errorf("formats %v, outcomes %v", rep.ByFormat, rep.Outcomes)
	}
	_, err = db.ReceptionReport(Staff(senim.RoleBranch, wko), senim.ReceptionReportFilter{Territory: karaganda,
		From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-03-31")})
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.ReceptionReport(System(), senim.ReceptionReportFilter{Territory: karaganda,
		From: senim.MustDate("2026-04-01"), To: senim.MustDate("2026-03-31")})
	WantCode(t, err, senim.EINVALID, "to")

	// Obligations are the central office's to set.
	if _, err := db.SetObligation(Staff(senim.RoleBranch, karaganda), "deputy", 2, senim.PeriodQuarter); senim.ErrorCode(err) != senim.EFORBIDDEN {
		t.Fatalf("a branch sets an obligation: %v", err)
	}
	role, err := db.SetObligation(Staff(senim.RoleCentral, senim.CountryKATO), "deputy", 2, senim.PeriodQuarter)
	if err != nil || role.PerPeriod != 2 {
		t.Fatalf("set obligation: %+v, %v", role, err)
	}
	_, err = db.SetObligation(System(), "king", 1, senim.PeriodYear)
	WantCode(t, err, senim.ENOTFOUND)
	_, err = db.SetObligation(System(), "deputy", 1, "week")
	WantCode(t, err, senim.EINVALID, "period")
	rep, _ = db.ReceptionReport(System(), senim.ReceptionReportFilter{Territory: district,
		From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-03-31")})
	for _, line := range rep.Officials {
		if line.Official.ID == deputy.ID && (line.Required != 2 || line.Met) {
			t.Errorf("after the new obligation: %+v", line)
		}
	}

	// An official who left is in the reports of their term only.
	if _, err := db.EndOfficial(op, akim.ID, senim.MustDate("2025-12-31")); err != nil {
		t.Fatal(err)
	}
	rep, _ = db.ReceptionReport(System(), senim.ReceptionReportFilter{Territory: karaganda,
		From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-03-31")})
	if len(rep.Officials) != 2 {
		t.Fatalf("after the deputy akim left: %d officials", len(rep.Officials))
	}
}
