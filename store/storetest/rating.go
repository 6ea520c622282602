package storetest

import (
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// NewAssembly adds a maslikhat (or the Mazhilis) on territory k.
func NewAssembly(t testing.TB, db *store.DB, kind senim.AssemblyKind, k senim.KATO) *senim.Assembly {
	t.Helper()
	a, err := db.CreateAssembly(System(), senim.AssemblyInput{Kind: string(kind), Territory: string(k),
		Name: senim.Names{RU: "Маслихат " + string(k)}, Convocation: 8, Seats: 30})
	if err != nil {
		t.Fatalf("create assembly: %v", err)
	}
	return a
}

// NewDeputy adds a deputy of the assembly.
func NewDeputy(t testing.TB, db *store.DB, a *senim.Assembly, name string, edit ...func(*senim.DeputyInput)) *senim.Deputy {
	t.Helper()
	in := senim.DeputyInput{Name: name, Assembly: a.ID, Mandate: "list", Elected: "2023-03-19"}
	for _, e := range edit {
		e(&in)
	}
	d, err := db.AddDeputy(System(), in)
	if err != nil {
		t.Fatalf("add deputy: %v", err)
	}
	return d
}

func rowOf(t testing.TB, rows []senim.Scored, id string) senim.Scored {
	t.Helper()
	for _, r := range rows {
		if r.Deputy == id {
			return r
		}
	}
	t.Fatalf("no score of %s", id)
	return senim.Scored{}
}

func testRating(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2025-10-06"))
	central := Staff(senim.RoleCentral, senim.CountryKATO)
	for _, p := range []*senim.Party{
		{Code: "own", Name: senim.Names{RU: "Партия"}, Own: true},
		{Code: "other", Name: senim.Names{RU: "Другая партия"}},
	} {
		if err := db.SaveParty(central, p); err != nil {
			t.Fatal(err)
		}
	}
	WantCode(t, db.SaveParty(central, &senim.Party{Code: "Партия!", Name: senim.Names{}}), senim.EINVALID, "code", "name.ru")
	WantCode(t, db.SaveParty(Staff(senim.RoleBranch, karaganda), &senim.Party{Code: "x", Name: senim.Names{RU: "x"}}), senim.EFORBIDDEN)

	// Assemblies: the kind must fit the territory.
	_, err := db.CreateAssembly(System(), senim.AssemblyInput{Kind: "oblast", Territory: string(district), Name: senim.Names{RU: "x"}, Convocation: 0, Seats: 30})
	WantCode(t, err, senim.EINVALID, "territory", "convocation")
	_, err = db.CreateAssembly(Staff(senim.RoleBranch, wko), senim.AssemblyInput{Kind: "oblast", Territory: string(karaganda), Name: senim.Names{RU: "x"}, Convocation: 8, Seats: 30})
	WantCode(t, err, senim.EFORBIDDEN)
	oblast := NewAssembly(t, db, senim.AssemblyOblast, karaganda)

	// Deputies: one elected in the district, one from the other party's list.
	elected := NewDeputy(t, db, oblast, "Жунусов Елдос", func(in *senim.DeputyInput) {
		in.Mandate, in.Constituency, in.Territory, in.Faction = "district", "№ 7", string(district), "own"
	})
	listed := NewDeputy(t, db, oblast, "Ахметова Айгуль", func(in *senim.DeputyInput) { in.Faction = "other" })
	if elected.Territory != district || listed.Territory != karaganda || elected.Convocation != 8 {
		t.Fatalf("deputies: %+v %+v", elected, listed)
	}
	_, err = db.AddDeputy(System(), senim.DeputyInput{Name: "X", Assembly: oblast.ID, Mandate: "district", Constituency: "№ 1",
		Territory: string(wko), Faction: "nobody", Elected: "2023-03-19"})
	WantCode(t, err, senim.EINVALID, "territory", "faction")
	_, err = db.AddDeputy(System(), senim.DeputyInput{Name: "X", Assembly: senim.NewID(), Mandate: "king", Elected: "2023-03-19"})
	WantCode(t, err, senim.EINVALID, "assembly", "mandate")
	if ds, _ := db.FindDeputies(System(), senim.DeputyFilter{Assembly: &oblast.ID}); len(ds) != 2 {
		t.Fatalf("the assembly's deputies: %d", len(ds))
	}
	if ds, _ := db.FindDeputies(System(), senim.DeputyFilter{Faction: ptr("own")}); len(ds) != 1 || ds[0].ID != elected.ID {
		t.Fatalf("the faction: %v", ds)
	}
	// A deputy is an official with the role "deputy": the receptions are theirs.
	official, err := db.FindOfficial(System(), elected.ID)
	if err != nil || official.Role != "deputy" || official.Person != elected.Person {
		t.Fatalf("official: %+v %v", official, err)
	}

	// The fourth quarter of 2025: a reception held by the elected deputy
	// with a visitor from another district; appeals from the district.
	office := NewOffice(t, db, karaganda)
	r := NewReception(t, db, official, office, "2025-10-08")
	clock.Set(At("2025-10-08").Add(time.Hour))
	op := Staff(senim.RoleOperator, karaganda)
	visitor, _, err := db.AddVisitor(op, r.ID, Input(""))
	if err != nil {
		t.Fatal(err)
	}
	var fromDistrict []*senim.Appeal
	codes := map[string]string{}
	for i := 0; i < 3; i++ {
		a, code := NewAppeal(t, db, village)
		fromDistrict = append(fromDistrict, a)
		codes[a.ID] = code
	}
	clock.Set(At("2025-10-13"))
	body := NewBody(t, db, karaganda)
	for _, a := range fromDistrict {
		Change(t, db, a.ID, senim.Change{Action: senim.ActTake})
		Change(t, db, a.ID, senim.Change{Action: senim.ActForward, Body: body.ID, LetterNo: "01-12", LetterDate: senim.MustDate("2025-10-13")})
	}
	for i, a := range fromDistrict[:2] {
		Change(t, db, a.ID, senim.Change{Action: senim.ActAnswer, Text: "Ответ дан."})
		outcome := senim.OutcomeSolved
		if i == 1 {
			outcome = senim.OutcomeExplained
		}
		Change(t, db, a.ID, senim.Change{Action: senim.ActClose, Outcome: outcome})
	}
	citizen := senim.WithActor(System(), senim.Citizen)
	if _, err := db.ChangeTrackedAppeal(citizen, fromDistrict[0].Number, codes[fromDistrict[0].ID], senim.Change{Action: senim.ActRate, Rating: 5}); err != nil {
		t.Fatal(err)
	}

	// Methodology: written as a pilot, seen by staff only.
	m, err := db.CreateMethod(central, senim.DefaultMethod())
	if err != nil || m.Version != 1 || m.Status != senim.MethodPilot {
		t.Fatalf("method: %+v %v", m, err)
	}
	bad := senim.DefaultMethod()
	bad.Weights[senim.InputSolved] = 500
	_, err = db.CreateMethod(central, bad)
	WantCode(t, err, senim.EINVALID, "weights.solved")
	_, err = db.CreateMethod(Staff(senim.RoleBranch, karaganda), senim.DefaultMethod())
	WantCode(t, err, senim.EFORBIDDEN)

	q4, _ := senim.ParseRatingPeriod("2025Q4")
	_, err = db.ComputeRating(central, senim.PeriodOf(senim.PeriodQuarter, senim.MustDate("2026-04-01")), 1)
	WantCode(t, err, senim.EINVALID, "period")
	clock.Set(At("2026-01-20"))
	_, err = db.ComputeRating(Staff(senim.RoleBranch, karaganda), q4, 1)
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.ComputeRating(central, q4, 9)
	WantCode(t, err, senim.ENOTFOUND)
	run, err := db.ComputeRating(central, q4, 1)
	if err != nil || run.Revision != 1 || run.Deputies != 2 || run.Public || !run.Final() {
		t.Fatalf("run: %+v %v", run, err)
	}
	rows, err := db.RunScores(central, run)
	if err != nil {
		t.Fatal(err)
	}
	e := rowOf(t, rows, elected.ID).Records
	// The district's three appeals (one left unanswered past its deadline)
	// and the reception's visitor from elsewhere, counted once.
	want := senim.DeputyCounts{Deputy: elected.ID, Held: 1, Required: 1, Due: 4, OnTime: 2, Closed: 2, Solved: 1, Rated: 1, RatingSum: 5}
	if e != want {
		t.Fatalf("the elected deputy's records:\n got %+v\nwant %+v (visitor %s)", e, want, visitor.Territory)
	}
	l := rowOf(t, rows, listed.ID)
	if l.Records.Held != 0 || l.Records.Required != 1 || l.Records.Due != 0 {
		t.Fatalf("the list deputy's records: %+v", l.Records)
	}
	if rowOf(t, rows, elected.ID).RankBody != 1 || l.RankBody != 2 || l.Of.Body != 2 {
		t.Fatalf("ranks: %+v %+v", rowOf(t, rows, elected.ID).Score, l.Score)
	}

	// The public sees nothing of a pilot; publishing shows the run.
	public := senim.WithActor(System(), senim.Citizen)
	if runs, _ := db.FindRuns(public, store.RunFilter{}); len(runs) != 0 {
		t.Fatalf("the public sees the pilot: %v", runs)
	}
	if ms, _ := db.FindMethods(public); len(ms) != 0 {
		t.Fatalf("the public sees the pilot method: %v", ms)
	}
	if _, err := db.PublishMethod(central, 1); err != nil {
		t.Fatal(err)
	}
	_, err = db.PublishMethod(central, 1)
	WantCode(t, err, senim.ECONFLICT)
	if cur, _ := db.CurrentRun(public, q4); cur == nil || cur.ID != run.ID || !cur.Public {
		t.Fatalf("current run: %+v", cur)
	}

	// A late answer that solved it, then a recomputation: a new revision;
	// the first stays.
	Change(t, db, fromDistrict[2].ID, senim.Change{Action: senim.ActAnswer, Text: "Поздний ответ."})
	Change(t, db, fromDistrict[2].ID, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeSolved})
	again, err := db.ComputeRating(central, q4, 1)
	if err != nil || again.Revision != 2 {
		t.Fatalf("recomputed: %+v %v", again, err)
	}
	if again.Changed == 0 {
		t.Fatalf("the recomputation changed nothing: %+v", again)
	}
	first, _ := db.FindRun(public, run.ID)
	firstRows, _ := db.RunScores(public, first)
	if rowOf(t, firstRows, elected.ID).Score.Score != rowOf(t, rows, elected.ID).Score.Score {
		t.Fatal("the published revision changed")
	}
	if cur, _ := db.CurrentRun(public, q4); cur.ID != again.ID {
		t.Fatalf("the current run is not the newest revision: %+v", cur)
	}
	runs, rs, err := db.DeputyHistory(public, elected.ID, senim.PeriodQuarter)
	if err != nil || len(runs) != 1 || rs[0].Deputy != elected.ID || runs[0].Revision != 2 {
		t.Fatalf("history: %v %v %v", runs, rs, err)
	}

	// The quarter under way: live, and a new appeal touches the district's
	// deputy and nobody else.
	q1 := senim.PeriodOf(senim.PeriodQuarter, senim.DateOf(db.Now()))
	_, live, err := db.LiveRating(public, q1, 1)
	if err != nil {
		t.Fatal(err)
	}
	beforeListed := rowOf(t, live, listed.ID).Records
	NewAppeal(t, db, village)
	clock.Add(60 * 24 * time.Hour) // its deadline passes unanswered
	_, live, err = db.LiveRating(public, q1, 1)
	if err != nil {
		t.Fatal(err)
	}
	if c := rowOf(t, live, elected.ID).Records; c.Due != 1 || c.OnTime != 0 {
		t.Fatalf("live after a late appeal: %+v", c)
	}
	if c := rowOf(t, live, listed.ID).Records; c != beforeListed {
		t.Fatalf("the list deputy changed: %+v", c)
	}
	NewAppeal(t, db, village)
	_, live, _ = db.LiveRating(public, q1, 1)
	if rowOf(t, live, elected.ID).Records.Due != 1 {
		t.Fatal("an appeal not yet due counted as due")
	}
}
