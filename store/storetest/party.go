package storetest

import (
	"fmt"
	"sync"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// IIN returns a valid IIN of someone born on birth ("1990-01-15") of sex.
func IIN(t testing.TB, birth string, sex senim.Sex, serial int) string {
	t.Helper()
	for s := serial; s < serial+10; s++ {
		if iin, ok := senim.MakeIIN(senim.MustDate(birth), sex, s); ok {
			return iin
		}
	}
	t.Fatalf("no IIN for %s", birth)
	return ""
}

// NewOrg founds a primary organisation on territory k with the code.
func NewOrg(t testing.TB, db *store.DB, k senim.KATO, code string) *senim.PrimaryOrg {
	t.Helper()
	o, err := db.CreateOrg(System(), senim.PrimaryOrgInput{Code: code, Name: "Первичная организация " + code,
		Kind: "territorial", Territory: string(k), Founded: "2010-01-01"})
	if err != nil {
		t.Fatalf("create organisation: %v", err)
	}
	return o
}

// NewMember admits a member of the organisation.
func NewMember(t testing.TB, db *store.DB, o *senim.PrimaryOrg, iin, joined string) *senim.Member {
	t.Helper()
	m, err := db.AdmitMember(System(), senim.MemberInput{IIN: iin, Name: "Член партии " + iin[:6], Org: o.Code, Joined: joined})
	if err != nil {
		t.Fatalf("admit member: %v", err)
	}
	return m
}

func testParty(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-06-15"))
	branch := Staff(senim.RoleBranch, karaganda)
	auditor := Staff(senim.RoleAuditor, karaganda)
	operator := Staff(senim.RoleOperator, karaganda)
	wkoBranch := Staff(senim.RoleBranch, wko)

	// Branches: the level fits the territory, one of a level per territory.
	if _, err := db.CreateBranch(branch, senim.BranchInput{Level: "oblast", Territory: string(karaganda), Name: senim.Names{RU: "Карагандинский областной филиал"}, Chair: "Иванов И. И."}); err != nil {
		t.Fatal(err)
	}
	_, err := db.CreateBranch(branch, senim.BranchInput{Level: "oblast", Territory: string(karaganda), Name: senim.Names{RU: "Второй"}})
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.CreateBranch(branch, senim.BranchInput{Level: "district", Territory: string(karaganda), Name: senim.Names{}})
	WantCode(t, err, senim.EINVALID, "territory", "name.ru")
	_, err = db.CreateBranch(wkoBranch, senim.BranchInput{Level: "district", Territory: string(district), Name: senim.Names{RU: "Абайский"}})
	WantCode(t, err, senim.EFORBIDDEN)
	if bs, err := db.FindBranches(System(), senim.CountryKATO); err != nil || len(bs) != 1 || bs[0].Chair != "Иванов И. И." {
		t.Fatalf("branches = %v, %v", bs, err)
	}

	// Organisations: a unique code, a known territory, an employer for a workplace one.
	o1 := NewOrg(t, db, district, "35-0001")
	o2 := NewOrg(t, db, village, "35-0002")
	_, err = db.CreateOrg(branch, senim.PrimaryOrgInput{Code: "35-0001", Name: "Дубль", Kind: "territorial", Territory: string(district)})
	WantCode(t, err, senim.EINVALID, "code")
	_, err = db.CreateOrg(branch, senim.PrimaryOrgInput{Code: "35-0003", Name: "Завод", Kind: "workplace", Territory: "351699999", Founded: "2099-01-01"})
	WantCode(t, err, senim.EINVALID, "workplace", "territory", "founded")

	// Admission: the IIN gives sex and birth date; a member joins at 18 or older.
	iinA := IIN(t, "1995-03-10", senim.Female, 100)
	a, err := db.AdmitMember(branch, senim.MemberInput{IIN: iinA, Name: "Айгерим  Нурланова", Phone: "8 701 123 45 67", Org: o1.Code, Joined: "2020-05-01"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Sex != senim.Female || a.BirthDate != senim.MustDate("1995-03-10") || a.Name != "Айгерим Нурланова" || a.Territory != district || a.Age != 31 {
		t.Fatalf("admitted = %+v", a)
	}
	_, err = db.AdmitMember(branch, senim.MemberInput{IIN: iinA, Name: "Дубль", Org: o1.Code})
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.AdmitMember(branch, senim.MemberInput{IIN: IIN(t, "2010-01-01", senim.Male, 1), Name: "Подросток", Org: o1.Code})
	WantCode(t, err, senim.EINVALID, "joined")
	_, err = db.AdmitMember(branch, senim.MemberInput{IIN: "123", Name: "", Org: "нет такой", Phone: "12"})
	WantCode(t, err, senim.EINVALID, "iin", "name", "organisation", "phone")
	_, err = db.AdmitMember(operator, senim.MemberInput{IIN: IIN(t, "1980-01-01", senim.Male, 1), Name: "Оператор", Org: o1.Code})
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.AdmitMember(wkoBranch, senim.MemberInput{IIN: IIN(t, "1980-01-01", senim.Male, 1), Name: "Чужой", Org: o1.Code})
	WantCode(t, err, senim.EFORBIDDEN)

	// Personal data: the branch sees it and is recorded; the auditor sees it
	// masked; the operator sees no members at all; a list is always masked.
	card, err := db.FindMember(branch, a.ID)
	if err != nil || card.IIN != iinA || card.Phone != "+77011234567" || len(card.Events) != 1 || card.Events[0].Action != senim.ActionMemberAdmitted {
		t.Fatalf("card = %+v, %v", card, err)
	}
	masked, err := db.FindMember(auditor, a.ID)
	if err != nil || masked.IIN == iinA || masked.Phone == card.Phone || !masked.BirthDate.IsZero() || masked.Age != 31 {
		t.Fatalf("auditor's card = %+v, %v", masked, err)
	}
	if _, err := db.FindMember(operator, a.ID); senim.ErrorCode(err) != senim.EFORBIDDEN {
		t.Fatalf("operator's card: %v", err)
	}
	if _, err := db.FindMember(Staff(senim.RoleBranch, wko), a.ID); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("another oblast's card: %v", err)
	}
	views, err := db.MemberViews(branch, a.ID)
	if err != nil || len(views) != 1 || views[0].What != "card" {
		t.Fatalf("views = %+v, %v", views, err)
	}
	list, total, err := db.FindMembers(branch, senim.MemberFilter{Query: "нурл"})
	if err != nil || total != 1 || list[0].IIN == iinA {
		t.Fatalf("list = %+v, %d, %v", list, total, err)
	}
	if _, total, _ := db.FindMembers(branch, senim.MemberFilter{Query: iinA}); total != 1 {
		t.Fatalf("by IIN: %d", total)
	}
	if _, total, _ := db.FindMembers(auditor, senim.MemberFilter{Query: iinA}); total != 0 {
		t.Fatalf("the auditor found a member by IIN")
	}

	// Changes are events; the history names fields, never values. (The
	// move is made on 20 May.)
	clock.Set(At("2026-05-20"))
	defer clock.Set(At("2026-06-15"))
	if _, err := db.UpdateMember(branch, a.ID, senim.MemberUpdate{Phone: ptr("+7 702 000 00 00"), Org: ptr(o2.Code), Status: ptr("suspended")}); err != nil {
		t.Fatal(err)
	}
	card, _ = db.FindMember(branch, a.ID)
	if card.Territory != village || card.Status != senim.MemberSuspended || len(card.Events) != 3 ||
		card.Events[1].Action != senim.ActionMemberTransferred || card.Events[2].Action != senim.ActionMemberSuspended {
		t.Fatalf("after update: %+v %v", card, card.Events)
	}
	_, err = db.UpdateMember(branch, a.ID, senim.MemberUpdate{Status: ptr("left"), Email: ptr("not an email")})
	WantCode(t, err, senim.EINVALID, "status", "email")
	clock.Set(At("2026-06-15"))
	// A departure cannot be dated before the move to the organisation.
	_, err = db.LeaveMember(branch, a.ID, senim.Departure{On: "2026-05-19", Reason: "own_wish"})
	WantCode(t, err, senim.EINVALID, "on")

	// Departure: not before joining, a reason, a note when expelled.
	_, err = db.LeaveMember(branch, a.ID, senim.Departure{On: "2019-01-01", Reason: "expelled"})
	WantCode(t, err, senim.EINVALID, "on", "note")
	if _, err := db.LeaveMember(branch, a.ID, senim.Departure{On: "2026-06-01", Reason: "own_wish"}); err != nil {
		t.Fatal(err)
	}
	_, err = db.LeaveMember(branch, a.ID, senim.Departure{On: "2026-06-02", Reason: "own_wish"})
	WantCode(t, err, senim.ECONFLICT)
	// …and may come back: the same record, the history going on.
	back, err := db.AdmitMember(branch, senim.MemberInput{IIN: iinA, Name: "Айгерим Нурланова", Org: o1.Code, Joined: "2026-06-10"})
	if err != nil || back.ID != a.ID || back.Status != senim.MemberActive || !back.Left.IsZero() {
		t.Fatalf("readmitted = %+v, %v", back, err)
	}

	// Statistics: as of a day, with admissions and departures in a period.
	for i, birth := range []string{"1960-02-01", "1988-07-20", "2001-06-16", "2001-06-15"} {
		sex := senim.Male
		if i%2 == 1 {
			sex = senim.Female
		}
		NewMember(t, db, o2, IIN(t, birth, sex, 200+10*i), "2026-01-1"+fmt.Sprint(i))
	}
	gone := NewMember(t, db, o1, IIN(t, "1970-01-01", senim.Male, 300), "2015-01-01")
	if _, err := db.LeaveMember(branch, gone.ID, senim.Departure{On: "2026-03-01", Reason: "death"}); err != nil {
		t.Fatal(err)
	}
	s, err := db.MemberStats(System(), senim.MemberStatsFilter{Territory: karaganda, From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-06-15"), Parts: true})
	if err != nil {
		t.Fatal(err)
	}
	// Members on 15 June: Aigerim (readmitted 10 June) and the four; the one
	// who died left in March and Aigerim on 1 June (her readmission counts
	// as an admission); born 16 June 2001 is 24 that day, the one born on
	// the 15th is 25.
	if s.Members != 5 || s.Admitted != 5 || s.Left != 2 || s.Orgs != 2 || s.Women != 3 || s.Men != 2 || s.Youth != 3 {
		t.Fatalf("stats = %+v", s)
	}
	if b := s.Bands[0]; b.Band != "18–24" || b.Men+b.Women != 1 {
		t.Fatalf("band 18–24 = %+v", b)
	}
	if len(s.Parts) != 1 || s.Parts[0].Territory != district || s.Parts[0].Members != 5 {
		t.Fatalf("parts = %+v", s.Parts)
	}
	// Below the district the classifier has the village right under it (no
	// rural okrug): the village is the part.
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: district, From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-06-15"), Parts: true}); len(s.Parts) != 1 || s.Parts[0].Territory != village || s.Parts[0].Members != 4 || s.Members != 5 {
		t.Fatalf("the district's parts: %+v", s.Parts)
	}
	// A day before the readmission Aigerim had left; before 2015 nobody here.
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: district, From: senim.MustDate("2026-06-01"), To: senim.MustDate("2026-06-05")}); s.Members != 4 {
		t.Fatalf("on 5 June: %+v", s)
	}
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: wko, From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-06-15")}); s.Members != 0 || s.Orgs != 0 {
		t.Fatalf("WKO: %+v", s)
	}
	if counts, _, _ := db.FindOrgs(System(), store.OrgFilter{Territory: village}); len(counts) != 1 || counts[0].Members != 4 {
		t.Fatalf("organisation's members = %+v", counts)
	}
	// The past stays as it was: Aigerim (and the one who died in March)
	// were members all of 2021, and one who moves to West Kazakhstan today
	// stays in Karaganda's past and is no admission there.
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: karaganda, From: senim.MustDate("2020-01-01"), To: senim.MustDate("2021-12-31")}); s.Members != 2 || s.Admitted != 1 {
		t.Fatalf("2020–2021: %+v", s)
	}
	if _, err := db.ImportTerritories(System(), []*senim.Territory{{Code: "271000000", NameRU: "Уральск"}}); err != nil {
		t.Fatal(err)
	}
	west := NewOrg(t, db, "271000000", "27-0001")
	mover := NewMember(t, db, o2, IIN(t, "1985-08-08", senim.Male, 500), "2016-01-01")
	if _, err := db.UpdateMember(System(), mover.ID, senim.MemberUpdate{Org: ptr(west.Code)}); err != nil {
		t.Fatal(err)
	}
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: karaganda, From: senim.MustDate("2016-01-01"), To: senim.MustDate("2016-12-31")}); s.Members != 2 || s.Admitted != 1 {
		t.Fatalf("Karaganda 2016 after the move: %+v", s)
	}
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: wko, From: senim.MustDate("2016-01-01"), To: senim.MustDate("2026-06-15")}); s.Members != 1 || s.Admitted != 0 || s.Orgs != 1 {
		t.Fatalf("West Kazakhstan after the move: %+v", s)
	}
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: karaganda, From: senim.MustDate("2026-06-15"), To: senim.MustDate("2026-06-15")}); s.Members != 5 || s.Left != 0 {
		t.Fatalf("Karaganda after the move: %+v", s)
	}
	// A change that changes nothing makes no event and no version.
	before, _ := db.FindMember(System(), mover.ID)
	if after, err := db.UpdateMember(branch, mover.ID, senim.MemberUpdate{}); err == nil {
		t.Fatalf("a branch of Karaganda changed a member of West Kazakhstan: %+v", after)
	}
	if after, err := db.UpdateMember(System(), mover.ID, senim.MemberUpdate{Name: ptr(before.Name)}); err != nil || after.Version != before.Version {
		t.Fatalf("an empty change: %v, version %d → %d", err, before.Version, after.Version)
	}

	// Import: all or nothing, every bad line named.
	good := func(line int, birth string) senim.MemberRecord {
		return senim.MemberRecord{Line: line, In: senim.MemberInput{IIN: IIN(t, birth, senim.Male, 400+line), Name: fmt.Sprintf("Импорт %d", line), Org: o1.Code, Joined: "2025-01-01"}}
	}
	bad := []senim.MemberRecord{good(2, "1990-01-01"), good(3, "1991-01-01"), good(4, "1992-01-01"), good(5, "1993-01-01")}
	bad[1].In.IIN = bad[0].In.IIN
	bad[2].In.Org = "нет"
	bad[3].In.IIN = iinA
	_, err = db.ImportMembers(branch, bad)
	WantCode(t, err, senim.EINVALID, "line.3.iin", "line.4.organisation", "line.5.iin")
	if _, total, _ := db.FindMembers(branch, senim.MemberFilter{Query: "импорт"}); total != 0 {
		t.Fatalf("a failed import stored %d members", total)
	}
	// …as does joining before the organisation was founded, a reason for
	// leaving without the day, an unknown status.
	bad = []senim.MemberRecord{good(2, "1990-01-01"), good(3, "1991-01-01"), good(4, "1992-01-01")}
	bad[0].In.Joined = "2009-12-31"
	bad[1].Leave.Reason = "own_wish"
	bad[2].Status = "sleeping"
	_, err = db.ImportMembers(branch, bad)
	WantCode(t, err, senim.EINVALID, "line.2.joined", "line.3.left", "line.4.status")
	recs := []senim.MemberRecord{good(2, "1990-01-01"), good(3, "1991-01-01")}
	recs[1].Leave = senim.Departure{On: "2025-12-31", Reason: "own_wish"}
	if n, err := db.ImportMembers(branch, recs); err != nil || n != 2 {
		t.Fatalf("import = %d, %v", n, err)
	}
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: karaganda, From: senim.MustDate("2025-01-01"), To: senim.MustDate("2025-12-31")}); s.Admitted != 2 || s.Left != 1 {
		t.Fatalf("after import: %+v", s)
	}

	// Export: everyone of the territory, unmasked, recorded as one look.
	var iins []string
	n, err := db.ExportMembers(branch, senim.MemberFilter{Territory: district}, func(m *senim.Member) error {
		iins = append(iins, m.IIN)
		return nil
	})
	if err != nil || n != 8 || len(iins) != 8 {
		t.Fatalf("export = %d, %v", n, err)
	}
	if _, err := db.ExportMembers(auditor, senim.MemberFilter{}, func(*senim.Member) error { return nil }); senim.ErrorCode(err) != senim.EFORBIDDEN {
		t.Fatalf("auditor's export: %v", err)
	}
	if views, _ := db.MemberViews(branch, ""); len(views) != 1 || views[0].Members != 8 || views[0].What != "export" {
		t.Fatalf("export views = %+v", views)
	}

	// The youth age is a setting.
	if err := db.SetYouthAge(Staff(senim.RoleCentral, senim.CountryKATO), 30); err != nil {
		t.Fatal(err)
	}
	WantCode(t, db.SetYouthAge(branch, 29), senim.EFORBIDDEN)
	WantCode(t, db.SetYouthAge(Staff(senim.RoleCentral, senim.CountryKATO), 99), senim.EINVALID, "youth_age")
	if s, _ := db.MemberStats(System(), senim.MemberStatsFilter{Territory: karaganda, From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-06-15")}); s.YouthAge != 30 || s.Youth != 2 {
		t.Fatalf("youth under 30: %+v", s)
	}
}

// Statistics read while imports and admissions run at the same time end
// up counting every member: a count never skips a change that committed
// after one it had already seen.
func testPartyConcurrent(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-06-15"))
	o := NewOrg(t, db, district, "35-0001")
	ctx := System()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() { // a reader counting all along
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if _, err := db.MemberStats(ctx, senim.MemberStatsFilter{Territory: karaganda, From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-06-15")}); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	var writers sync.WaitGroup
	for b := range 4 {
		writers.Add(1)
		go func() { // imports of 300 members each
			defer writers.Done()
			var recs []senim.MemberRecord
			for i := range 300 {
				recs = append(recs, senim.MemberRecord{Line: i + 2, In: senim.MemberInput{IIN: IIN(t, "1970-01-01", senim.Male, 1000+b*1000+i*3),
					Name: "Импорт", Org: o.Code, Joined: "2026-02-01"}})
			}
			if _, err := db.ImportMembers(ctx, recs); err != nil {
				t.Error(err)
			}
		}()
	}
	for i := range 20 {
		writers.Add(1)
		go func() { // and single admissions between them
			defer writers.Done()
			if _, err := db.AdmitMember(ctx, senim.MemberInput{IIN: IIN(t, "1980-01-01", senim.Female, 100+i*3), Name: "Приём", Org: o.Code}); err != nil {
				t.Error(err)
			}
		}()
	}
	writers.Wait()
	close(stop)
	wg.Wait()
	s, err := db.MemberStats(ctx, senim.MemberStatsFilter{Territory: karaganda, From: senim.MustDate("2026-01-01"), To: senim.MustDate("2026-06-15")})
	if err != nil || s.Members != 4*300+20 || s.Admitted != 4*300+20 {
		t.Fatalf("after the writers: %+v, %v", s, err)
	}
}
