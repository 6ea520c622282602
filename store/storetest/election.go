package storetest

import (
	"context"
	"slices"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// ElectionInput returns a valid election's input: an oblast maslikhat of
// Karaganda held on held; edit may change it.
func ElectionInput(held string, convocation int, edit ...func(*senim.ElectionInput)) senim.ElectionInput {
	in := senim.ElectionInput{Kind: "oblast", Territory: string(karaganda), Held: held, Convocation: convocation,
		Name: senim.Names{RU: "Выборы депутатов Карагандинского областного маслихата", KK: "Қарағанды облыстық мәслихатының депутаттарын сайлау"}}
	for _, e := range edit {
		e(&in)
	}
	return in
}

// NewElection adds an election as the system.
func NewElection(t testing.TB, db *store.DB, in senim.ElectionInput) *senim.Election {
	t.Helper()
	e, err := db.CreateElection(System(), in)
	if err != nil {
		t.Fatalf("create election: %v", err)
	}
	return e
}

// ElectionRows makes the rows of a result as the lines of a file give
// them, from line 2 (under the header), failing the test when a row itself
// is wrong.
func ElectionRows(t testing.TB, ins ...senim.ElectionResultInput) []*senim.ElectionResult {
	t.Helper()
	var out []*senim.ElectionResult
	for i, in := range ins {
		r, err := senim.NewElectionResult(in, senim.MustDate("2026-03-02"))
		if err != nil {
			t.Fatalf("row %d: %v", i, err)
		}
		r.Line = i + 2
		out = append(out, r)
	}
	return out
}

// pct is a share's percent, -1 when it is not available.
func pct(s senim.ElectionShare) float64 {
	if s.Percent == nil {
		return -1
	}
	return *s.Percent
}

func testElections(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	const other senim.KATO = "352400000" // a second city of Karaganda
	if _, err := db.ImportTerritories(System(), []*senim.Territory{
		{Code: other, NameRU: "Темиртау", NameKK: "Теміртау"},
		{Code: "352420100", NameRU: "посёлок Актау", NameKK: "Ақтау кенті"},
	}); err != nil {
		t.Fatal(err)
	}
	NewClock(db, At("2026-03-02"))
	central := Staff(senim.RoleCentral, senim.CountryKATO)
	branch := Staff(senim.RoleBranch, karaganda)
	citizen := senim.WithActor(context.Background(), senim.Citizen)
	for _, p := range []*senim.Party{
		{Code: "amanat", Name: senim.Names{RU: "AMANAT"}, Own: true},
		{Code: "akzhol", Name: senim.Names{RU: "Ак жол"}},
	} {
		if err := db.SaveParty(central, p); err != nil {
			t.Fatal(err)
		}
	}
	count := func() int {
		t.Helper()
		_, total, err := db.FindElections(citizen, store.ElectionFilter{})
		if err != nil {
			t.Fatal(err)
		}
		return total
	}

	// Bad input: every fault at its field, nothing stored; the branches
	// and the central office only, inside their territory.
	_, err := db.CreateElection(branch, senim.ElectionInput{Kind: "senate", Territory: "35", Held: "2026-03-03"})
	WantCode(t, err, senim.EINVALID, "kind", "territory", "held", "name.ru", "convocation")
	_, err = db.CreateElection(branch, ElectionInput("2023-03-19", 8, func(in *senim.ElectionInput) { in.Kind, in.Territory = "district", "351700000" }))
	WantCode(t, err, senim.EINVALID, "territory")
	if e := err.(*senim.Error); e.Key != "territory.unknown" {
		t.Fatalf("an unknown district: %v", e.Key)
	}
	_, err = db.CreateElection(branch, ElectionInput("2023-03-19", 8, func(in *senim.ElectionInput) {
		in.Kind, in.Territory = "mazhilis", string(senim.CountryKATO)
	}))
	WantCode(t, err, senim.EFORBIDDEN)
	for _, ctx := range []context.Context{citizen, Staff(senim.RoleOperator, karaganda), Staff(senim.RoleAuditor, senim.CountryKATO),
		Staff(senim.RoleBranch, wko)} {
		_, err := db.CreateElection(ctx, ElectionInput("2023-03-19", 8))
		WantCode(t, err, senim.EFORBIDDEN)
	}
	if n := count(); n != 0 {
		t.Fatalf("refused elections stored: %d", n)
	}

	// The oblast maslikhat of 2021 and of 2023, and a city maslikhat
	// elected with the latter.
	prev, err := db.CreateElection(branch, ElectionInput("2021-01-10", 7))
	if err != nil {
		t.Fatal(err)
	}
	e, err := db.CreateElection(branch, ElectionInput(" 2023-03-19 ", 8, func(in *senim.ElectionInput) { in.Name.RU = "  Выборы   2023 " }))
	if err != nil {
		t.Fatal(err)
	}
	if e.Name.RU != "Выборы 2023" || e.Held != senim.MustDate("2023-03-19") || e.Kind != senim.ElectionOblast {
		t.Fatalf("created = %+v", e)
	}
	_, err = db.CreateElection(central, ElectionInput("2023-03-19", 8))
	WantCode(t, err, senim.ECONFLICT)
	city := NewElection(t, db, ElectionInput("2023-03-19", 8, func(in *senim.ElectionInput) {
		in.Kind, in.Territory, in.Name = "city", string(district), senim.Names{RU: "Выборы депутатов городского маслихата"}
	}))
	if got, err := db.FindElection(citizen, e.ID); err != nil || got.Name.RU != "Выборы 2023" || got.Convocation != 8 {
		t.Fatalf("find = %+v, %v", got, err)
	}
	if _, err := db.FindElection(citizen, "nope"); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("find nope: %v", err)
	}

	// The people.
	aIIN := IIN(t, "1970-05-01", senim.Male, 1)
	cIIN := IIN(t, "1965-02-02", senim.Male, 2)
	dIIN := IIN(t, "1995-09-09", senim.Female, 3)
	fIIN := IIN(t, "1980-01-01", senim.Male, 4)
	gIIN := IIN(t, "1960-03-03", senim.Male, 5)
	list := func(candidate, iin, party string, elected bool) senim.ElectionResultInput {
		return senim.ElectionResultInput{Constituency: "список", Territory: string(karaganda), Candidate: candidate, IIN: iin, Party: party, Elected: elected}
	}

	// Bad lines: every fault of every line at once, nothing stored.
	bad := []*senim.ElectionResult{
		{Constituency: "list", Territory: karaganda, Party: "amanat", Votes: 8200, Line: 2},
		{Constituency: "list", Territory: karaganda, Party: "amanat", Votes: 100, Line: 3},                     // list votes twice
		{Constituency: "№ 1", Territory: "270000000", Candidate: "Иванов Иван", IIN: aIIN, Votes: 10, Line: 4}, // outside
		{Constituency: "№ 2", Territory: "351699999", Candidate: "Петров Пётр", Votes: 10, Line: 5},            // unknown place
		{Constituency: "list", Territory: karaganda, Candidate: "Ахметов Серик", IIN: aIIN, Line: 6},           // list row without a party
		{Constituency: "№ 3", Territory: district, Candidate: "Сериков Арман", IIN: aIIN, Line: 7},             // the IIN again
		{Constituency: "№ 4", Territory: district, Candidate: "Омаров Ержан", Votes: -1, Line: 8},              // votes
		{Constituency: "№ 5", Territory: district, Candidate: "Омарова Асель", Sex: "x", Line: 9},              // sex
		{Constituency: "№ 6", Territory: district, Candidate: "Омарова Дана", Party: "Ак Жол", Line: 10},       // party code
	}
	_, err = db.ImportElectionResults(branch, e.ID, bad, false)
	WantCode(t, err, senim.EINVALID, "line.3.party", "line.4.territory", "line.5.territory", "line.6.party", "line.7.iin", "line.8.votes",
		"line.9.sex", "line.10.party")
	if n := len(err.(*senim.Error).FieldErrors()); n != 8 {
		t.Fatalf("%d faults, want 8: %v", n, err)
	}
	_, err = db.ImportElectionResults(branch, e.ID, []*senim.ElectionResult{{Constituency: "№ 1", Territory: "270000000", Candidate: "Иванов Иван"}}, false)
	WantCode(t, err, senim.EINVALID, "results[0].territory")
	_, err = db.ImportElectionResults(branch, e.ID, nil, false)
	WantCode(t, err, senim.EINVALID, "file")
	good := ElectionRows(t,
		senim.ElectionResultInput{Constituency: "list", Territory: string(karaganda), Party: "amanat", Votes: 8200},
		senim.ElectionResultInput{Constituency: "list", Territory: string(karaganda), Party: "akzhol", Votes: 1800},
		list("Ахметов Серик Болатович", aIIN, "amanat", true),
		senim.ElectionResultInput{Constituency: "list", Territory: string(karaganda), Candidate: "Елкина  мария", Sex: "ж", Party: "amanat", Elected: true},
		list("Сейтова Дана", dIIN, "amanat", true),
		list("Омаров Ержан", "", "amanat", false),
		list("Касымов Нурлан Ерикович", fIIN, "akzhol", true),
		senim.ElectionResultInput{Constituency: "№ 1", Territory: "351620100", Candidate: "Жумабаев Талгат", IIN: gIIN, Party: "amanat", Votes: 600,
			Elected: true, Incumbent: true},
		senim.ElectionResultInput{Constituency: "№ 1", Territory: "351620100", Candidate: "Смагулов Асхат", Votes: 400},
	)
	for _, c := range []struct {
		ctx context.Context
		id  string
	}{{citizen, e.ID}, {Staff(senim.RoleOperator, karaganda), e.ID}, {Staff(senim.RoleAuditor, senim.CountryKATO), e.ID},
		{Staff(senim.RoleBranch, wko), e.ID}, {Staff(senim.RoleBranch, other), e.ID}} {
		_, err := db.ImportElectionResults(c.ctx, c.id, good, false)
		WantCode(t, err, senim.EFORBIDDEN)
	}
	if _, err := db.ImportElectionResults(branch, senim.NewID(), good, false); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("import into no election: %v", err)
	}
	if got, err := db.ElectionResults(branch, e.ID, ""); err != nil || len(got.Rows) != 0 || got.Territory != karaganda {
		t.Fatalf("refused rows stored: %+v, %v", got, err)
	}

	// The previous convocation: A, B (no IIN, her name with «ё»), C.
	imp, err := db.ImportElectionResults(branch, prev.ID, ElectionRows(t,
		list("Ахметов Серик", aIIN, "amanat", true),
		list("Ёлкина Мария", "", "amanat", true),
		list("Касымов Нурлан Ерикович", cIIN, "amanat", true),
		list("Берикова Алия", "", "akzhol", false),
	), false)
	if err != nil || imp.Rows != 4 || imp.Elected != 3 || imp.Seq != 1 || imp.Replaced != 0 || len(imp.UnknownParties) != 0 {
		t.Fatalf("import the previous: %+v, %v", imp, err)
	}

	// The result: all rows or none; a second import replaces the first
	// only when asked to.
	imp, err = db.ImportElectionResults(branch, e.ID, good[:4], false)
	if err != nil || imp.Rows != 4 || imp.Seq != 1 {
		t.Fatalf("import: %+v, %v", imp, err)
	}
	_, err = db.ImportElectionResults(branch, e.ID, good, false)
	WantCode(t, err, senim.ECONFLICT)
	withTypo := append(slices.Clone(good), ElectionRows(t, list("Нуров Нур", "", "amant", false))...)
	withTypo[len(withTypo)-1].Line = 11
	imp, err = db.ImportElectionResults(branch, e.ID, withTypo, true)
	if err != nil || imp.Rows != 10 || imp.Elected != 5 || imp.Seq != 2 || imp.Replaced != 4 || !slices.Equal(imp.UnknownParties, []string{"amant"}) {
		t.Fatalf("replace: %+v, %v", imp, err)
	}
	imp, err = db.ImportElectionResults(central, e.ID, good, true)
	if err != nil || imp.Rows != 9 || imp.Seq != 3 || imp.Replaced != 10 || len(imp.UnknownParties) != 0 {
		t.Fatalf("replace again: %+v, %v", imp, err)
	}
	// A refused replacement leaves the rows as they were.
	_, err = db.ImportElectionResults(branch, e.ID, bad, true)
	WantCode(t, err, senim.EINVALID)
	log, err := db.ElectionImports(branch, e.ID)
	if err != nil || len(log) != 3 || log[0].Seq != 3 || log[0].Rows != 9 || log[2].Rows != 4 || !strings.HasSuffix(log[1].Actor, "test-branch") {
		t.Fatalf("the imports' log: %+v, %v", log, err)
	}

	// Incumbents: A by IIN (his name is written otherwise now), «Елкина
	// мария» by name, G as the file says; F is C's namesake with another
	// IIN, so new; D is new.
	got, err := db.ElectionResults(branch, e.ID, "")
	if err != nil || len(got.Rows) != 9 {
		t.Fatalf("results: %+v, %v", got, err)
	}
	rs := got.Rows
	var incumbents []string
	for _, r := range rs {
		if r.Incumbent {
			incumbents = append(incumbents, r.Candidate)
		}
	}
	if want := []string{"Ахметов Серик Болатович", "Елкина мария", "Жумабаев Талгат"}; !slices.Equal(incumbents, want) {
		t.Fatalf("incumbents %v, want %v", incumbents, want)
	}
	if rs[4].IIN != dIIN || rs[4].Sex != senim.Female || rs[4].BirthDate != senim.MustDate("1995-09-09") || rs[0].Votes != 8200 {
		t.Fatalf("a row read back: %+v, %+v", rs[4], rs[0])
	}

	// The figures of the whole election: 4 of 5 seats, 82% of the list
	// votes, one new face of 4, two new of 5 elected, women and youth of
	// the party's elected (the youngest is 27; one has no birth date).
	rep, err := db.ElectionFigures(citizen, e.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	f := rep.Figures
	for _, c := range []struct {
		name      string
		s         senim.ElectionShare
		count, of int
		pct       float64
	}{
		{"seats", f.Seats, 4, 5, 80}, {"votes", f.Votes, 8200, 10000, 82}, {"new faces", f.NewFaces, 1, 4, 25},
		{"renewal", f.Renewal, 2, 5, 40}, {"women", f.Own.Women, 2, 4, 50}, {"youth", f.Own.Youth, 1, 3, 33.3},
		{"all women", f.All.Women, 2, 5, 40},
	} {
		if c.s.Count != c.count || c.s.Of != c.of || pct(c.s) != c.pct {
			t.Errorf("%s: %d of %d (%v%%), want %d of %d (%v%%)", c.name, c.s.Count, c.s.Of, pct(c.s), c.count, c.of, c.pct)
		}
	}
	// Ages on 19 March 2023: 52, 27, 63.
	if rep.Party != "amanat" || f.YouthAge != 35 || !f.ListVotes || f.Own.AverageAge == nil || *f.Own.AverageAge != 47.3 || rep.Rows != 9 {
		t.Errorf("figures: %+v, %+v", rep, f.Own)
	}
	if len(rep.Parties) != 3 || rep.Parties[0].Party != "amanat" || rep.Parties[1].Party != "akzhol" || rep.Parties[1].Seats.Count != 1 ||
		pct(rep.Parties[1].Votes) != 18 || rep.Parties[2].Party != "" || rep.Parties[2].Seats.Count != 0 {
		t.Errorf("parties: %+v", rep.Parties)
	}
	if !slices.Equal(rep.Places, []senim.KATO{district}) {
		t.Errorf("places: %v", rep.Places)
	}
	if rep.AllLevels == nil || len(rep.AllLevels.Elections) != 2 || rep.AllLevels.Figures.Seats.Of != 5 {
		t.Errorf("all levels without the city's results: %+v", rep.AllLevels)
	}
	// The youth age is the party's setting.
	if err := db.SetYouthAge(central, 29); err != nil {
		t.Fatal(err)
	}
	if rep, _ := db.ElectionFigures(citizen, e.ID, ""); rep.Figures.YouthAge != 29 || rep.Figures.Own.Youth.Count != 1 {
		t.Errorf("youth under 29: %+v", rep.Figures.Own.Youth)
	}
	if err := db.SetYouthAge(central, 27); err != nil {
		t.Fatal(err)
	}
	if rep, _ := db.ElectionFigures(citizen, e.ID, ""); rep.Figures.Own.Youth.Count != 0 {
		t.Errorf("youth under 27: %+v", rep.Figures.Own.Youth)
	}
	if err := db.SetYouthAge(central, 35); err != nil {
		t.Fatal(err)
	}

	// A part of the territory: the district's single constituency, where
	// the votes are the candidates' (the list's are the oblast's).
	rep, err = db.ElectionFigures(citizen, e.ID, "351620100")
	if err != nil || rep.Territory != "351620100" || rep.Rows != 2 {
		t.Fatalf("the village: %+v, %v", rep, err)
	}
	if f := rep.Figures; f.Seats.Count != 1 || f.Seats.Of != 1 || f.ListVotes || pct(f.Votes) != 60 || f.NewFaces.Count != 0 {
		t.Errorf("the village's figures: %+v", f)
	}
	if rep, err := db.ElectionFigures(citizen, e.ID, senim.CountryKATO); err != nil || rep.Territory != karaganda || rep.Rows != 9 {
		t.Errorf("the country's part is the whole: %+v, %v", rep, err)
	}
	_, err = db.ElectionFigures(citizen, e.ID, wko)
	WantCode(t, err, senim.EINVALID, "territory")
	if rep, err := db.ElectionFigures(citizen, e.ID, other); err != nil || rep.Rows != 0 || rep.Figures.Seats.Available() {
		t.Errorf("a part without constituencies: %+v, %v", rep, err)
	}

	// The maslikhats of all levels: the oblast's with the city's of the day.
	if _, err := db.ImportElectionResults(branch, city.ID, ElectionRows(t,
		senim.ElectionResultInput{Constituency: "№ 4", Territory: "351620100", Candidate: "Абенова Сауле", IIN: IIN(t, "1990-04-04", senim.Female, 6),
			Party: "amanat", Votes: 900, Elected: true},
		senim.ElectionResultInput{Constituency: "№ 4", Territory: "351620100", Candidate: "Утепов Айдос", Party: "akzhol", Votes: 300},
	), false); err != nil {
		t.Fatal(err)
	}
	rep, err = db.ElectionFigures(citizen, e.ID, "")
	if err != nil || rep.AllLevels == nil || len(rep.AllLevels.Elections) != 2 || rep.AllLevels.Elections[1].ID != city.ID {
		t.Fatalf("all levels: %+v, %v", rep.AllLevels, err)
	}
	if f := rep.AllLevels.Figures; f.Seats.Count != 5 || f.Seats.Of != 6 || f.Own.Women.Count != 3 || rep.AllLevels.Rows != 11 || rep.Figures.Seats.Of != 5 {
		t.Errorf("all levels' figures: %+v", f)
	}
	if rep, _ := db.ElectionFigures(citizen, e.ID, "351620100"); rep.AllLevels.Figures.Seats.Of != 2 {
		t.Errorf("all levels in the village: %+v", rep.AllLevels.Figures.Seats)
	}
	if rep, _ := db.ElectionFigures(citizen, city.ID, ""); rep.AllLevels != nil || rep.Figures.Seats.Of != 1 {
		t.Errorf("a city maslikhat's figures: %+v", rep)
	}

	// The lists: public, by territory (the oblast's elections are a
	// district's too) and kind; the counts of each.
	all, total, err := db.FindElections(citizen, store.ElectionFilter{})
	if err != nil || total != 3 || len(all) != 3 || all[0].Election.ID != e.ID || all[1].Election.ID != city.ID || all[2].Election.ID != prev.ID {
		t.Fatalf("the list: %d, %v", total, err)
	}
	if x := all[0]; x.Candidates != 7 || x.Elected != 5 || x.Own != 4 || x.Imported.IsZero() {
		t.Errorf("the list's counts: %+v", x)
	}
	if _, total, _ := db.FindElections(citizen, store.ElectionFilter{Territory: district}); total != 3 {
		t.Errorf("a district's elections: %d", total)
	}
	if _, total, _ := db.FindElections(citizen, store.ElectionFilter{Territory: other}); total != 2 {
		t.Errorf("another city's elections: %d", total)
	}
	if _, total, _ := db.FindElections(citizen, store.ElectionFilter{Territory: wko}); total != 0 {
		t.Errorf("West Kazakhstan's elections: %d", total)
	}
	if _, total, _ := db.FindElections(citizen, store.ElectionFilter{Kind: senim.ElectionCity}); total != 1 {
		t.Errorf("city maslikhats: %d", total)
	}
	_, _, err = db.FindElections(citizen, store.ElectionFilter{Kind: "senate"})
	WantCode(t, err, senim.EINVALID, "kind")

	// Scope: the rows are staff's, inside their territory; the city's
	// branch reads its part of the oblast's election; the export, with
	// the IINs, is the branches' and the central office's, and recorded.
	for _, ctx := range []context.Context{citizen, Staff(senim.RoleOperator, karaganda), Staff(senim.RoleCouncil, karaganda),
		Staff(senim.RoleBranch, wko)} {
		_, err := db.ElectionResults(ctx, e.ID, "")
		WantCode(t, err, senim.EFORBIDDEN)
	}
	if got, err := db.ElectionResults(Staff(senim.RoleAuditor, senim.CountryKATO), e.ID, ""); err != nil || len(got.Rows) != 9 {
		t.Errorf("an auditor: %+v, %v", got, err)
	}
	if got, err := db.ElectionResults(Staff(senim.RoleBranch, district), e.ID, ""); err != nil || len(got.Rows) != 2 ||
		got.Rows[0].Candidate != "Жумабаев Талгат" || got.Territory != district {
		t.Errorf("the city's branch: %+v, %v", got, err)
	}
	if got, err := db.ElectionResults(Staff(senim.RoleBranch, district), e.ID, karaganda); err != nil || len(got.Rows) != 2 || got.Territory != district {
		t.Errorf("the city's branch asks for the oblast, gets its part: %+v, %v", got, err)
	}
	if got, err := db.ElectionResults(branch, e.ID, other); err != nil || len(got.Rows) != 0 || got.Territory != other {
		t.Errorf("a part without rows: %+v, %v", got, err)
	}
	_, err = db.ElectionResults(branch, e.ID, wko)
	WantCode(t, err, senim.EINVALID, "territory")
	_, err = db.ExportElectionResults(Staff(senim.RoleAuditor, senim.CountryKATO), e.ID, "")
	WantCode(t, err, senim.EFORBIDDEN)
	got, err = db.ExportElectionResults(branch, e.ID, "351620100")
	if err != nil || len(got.Rows) != 2 || got.Rows[0].IIN != gIIN {
		t.Fatalf("export: %+v, %v", got, err)
	}
	views, err := db.ElectionViews(central, e.ID)
	if err != nil || len(views) != 1 || views[0].Rows != 2 || views[0].Territory != "351620100" || views[0].What != "export" {
		t.Fatalf("views: %+v, %v", views, err)
	}
	_, err = db.ElectionViews(branch, e.ID)
	WantCode(t, err, senim.EFORBIDDEN)
	if _, err := db.ElectionImports(Staff(senim.RoleBranch, wko), e.ID); senim.ErrorCode(err) != senim.EFORBIDDEN {
		t.Errorf("another oblast's branch reads the log: %v", err)
	}
}

// With no previous election of its kind and territory, and no word in the
// file of who held a seat before, new faces and renewal cannot be told:
// they are not available, rather than every winner.
func testElectionsFirst(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-03-02"))
	if err := db.SaveParty(Staff(senim.RoleCentral, senim.CountryKATO), &senim.Party{Code: "own", Name: senim.Names{RU: "Партия"}, Own: true}); err != nil {
		t.Fatal(err)
	}
	e := NewElection(t, db, ElectionInput("2023-03-19", 8))
	rows := ElectionRows(t,
		senim.ElectionResultInput{Constituency: "№ 1", Territory: string(district), Candidate: "Иванов Иван", Party: "own", Votes: 600, Elected: true},
		senim.ElectionResultInput{Constituency: "№ 1", Territory: string(district), Candidate: "Петров Пётр", Votes: 400})
	if _, err := db.ImportElectionResults(System(), e.ID, rows, false); err != nil {
		t.Fatal(err)
	}
	rep, err := db.ElectionFigures(System(), e.ID, "")
	if err != nil || rep.Figures == nil || pct(rep.Figures.Seats) != 100 || rep.Figures.NewFaces.Available() || rep.Figures.Renewal.Available() {
		t.Fatalf("a first election's figures: %+v, %v", rep, err)
	}
}
