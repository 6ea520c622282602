package storetest

import (
	"fmt"
	"sync"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

func stats(t testing.TB, db *store.DB, k senim.KATO, from, to string) *senim.Stats {
	t.Helper()
	f, err1 := senim.ParseMonth(from)
	l, err2 := senim.ParseMonth(to)
	if err1 != nil || err2 != nil {
		t.Fatalf("bad months %s %s", from, to)
	}
	s, err := db.AppealStats(System(), senim.StatsFilter{Territory: k, From: f, To: l})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testList(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-02-02"))
	office := NewOffice(t, db, karaganda)
	NewOffice(t, db, wko)
	var ids []string
	for i := 0; i < 7; i++ {
		a, _ := NewAppeal(t, db, village, func(in *senim.AppealInput) {
			if i%2 == 1 {
				in.Category = "health"
			}
		})
		ids = append(ids, a.ID)
		clock.Add(24 * 60 * 60 * 1e9)
	}
	NewAppeal(t, db, wko)
	Change(t, db, ids[0], senim.Change{Action: senim.ActTake})
	clock.Set(At("2026-04-01")) // every open appeal is overdue now

	ctx := Staff(senim.RoleOperator, karaganda)
	// Pages of 3, newest first, cover every appeal once.
	var seen []string
	after := ""
	for page := 0; page < 5; page++ {
		p, err := db.FindAppeals(ctx, senim.AppealFilter{Limit: 3, After: after})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range p.Appeals {
			seen = append(seen, a.ID)
			if a.Applicant.IIN != "" && a.Applicant.IIN == "900115400018" {
				t.Fatalf("a list shows an unmasked IIN")
			}
		}
		if p.Next == "" {
			break
		}
		after = p.Next
	}
	if len(seen) != 7 || seen[0] != ids[6] || seen[6] != ids[0] {
		t.Fatalf("paged list = %v, want the 7 Karaganda appeals newest first", seen)
	}
	count := func(f senim.AppealFilter) int {
		t.Helper()
		p, err := db.FindAppeals(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return len(p.Appeals)
	}
	if n := count(senim.AppealFilter{Category: ptr("health")}); n != 3 {
		t.Fatalf("health = %d", n)
	}
	if n := count(senim.AppealFilter{Status: []senim.Status{senim.StatusInWork}}); n != 1 {
		t.Fatalf("in work = %d", n)
	}
	if n := count(senim.AppealFilter{Overdue: ptr(true)}); n != 7 {
		t.Fatalf("overdue = %d", n)
	}
	if n := count(senim.AppealFilter{Office: ptr(office.ID)}); n != 7 {
		t.Fatalf("by office = %d", n)
	}
	if n := count(senim.AppealFilter{From: senim.MustDate("2026-02-03"), To: senim.MustDate("2026-02-05")}); n != 3 {
		t.Fatalf("by dates = %d", n)
	}
	if n := count(senim.AppealFilter{Territory: ptr(district)}); n != 7 {
		t.Fatalf("in the district = %d", n)
	}
	// The queue: overdue first, by deadline.
	p, _ := db.FindAppeals(ctx, senim.AppealFilter{Order: "deadline", Limit: 2})
	if len(p.Appeals) != 2 || p.Appeals[0].ID != ids[0] || p.Next == "" {
		t.Fatalf("queue starts with %v", p.Appeals)
	}
	_, err := db.FindAppeals(ctx, senim.AppealFilter{After: "garbage"})
	WantCode(t, err, senim.EINVALID, "after")
}

func testSearch(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-02-02"))
	NewOffice(t, db, karaganda)
	texts := []string{
		"В посёлке Топар нет горячей воды с октября, дети болеют.",
		"Ауылдағы мектепке баратын жол бұзылған, көктемде су басады.",
		"Прошу выделить земельный участок под строительство дома.",
	}
	var ids []string
	for _, tx := range texts {
		a, _ := NewAppeal(t, db, village, func(in *senim.AppealInput) { in.Text = tx })
		ids = append(ids, a.ID)
	}
	named, _ := NewAppeal(t, db, village, func(in *senim.AppealInput) {
		in.Applicant.Name, in.Text = "Ерлан Жұмабаев", "Прошу помочь с ремонтом крыши многоэтажного дома."
	})
	ctx := Staff(senim.RoleOperator, karaganda)
	cases := []struct {
		q    string
		want []string
	}{
		{"горячей воды", []string{ids[0]}},
		{"ПОСЕЛКЕ", []string{ids[0]}}, // ё and case folded
		{"мектеп", []string{ids[1]}},  // a prefix of the Kazakh word
		{"жол", []string{ids[1]}},
		{"земельн участ", []string{ids[2]}},
		{"жұмабаев", []string{named.ID}},
		{"нет такого слова", nil},
		{"*** ;;", nil}, // nothing searchable: no results, no error
		{named.Number, []string{named.ID}},
	}
	for _, tc := range cases {
		p, err := db.FindAppeals(ctx, senim.AppealFilter{Query: tc.q})
		if err != nil {
			t.Fatalf("search %q: %v", tc.q, err)
		}
		var got []string
		for _, a := range p.Appeals {
			got = append(got, a.ID)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("search %q = %v, want %v", tc.q, got, tc.want)
		}
	}
}

func testStats(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-01-15"))
	NewOffice(t, db, karaganda)
	NewOffice(t, db, wko)
	body := NewBody(t, db, karaganda)
	jan, _ := NewAppeal(t, db, village)
	NewAppeal(t, db, village, func(in *senim.AppealInput) { in.Channel = "phone" })
	clock.Set(At("2026-02-10"))
	feb, _ := NewAppeal(t, db, village, func(in *senim.AppealInput) { in.Category = "land" })
	NewAppeal(t, db, wko)

	Change(t, db, jan.ID, senim.Change{Action: senim.ActForward, Body: body.ID, LetterNo: "1", LetterDate: senim.MustDate("2026-01-20")})
	Change(t, db, feb.ID, senim.Change{Action: senim.ActTake})
	Change(t, db, feb.ID, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeSolved})

	s := stats(t, db, karaganda, "2026-01", "2026-02")
	want := fmt.Sprint(3, map[string]int64{"housing": 2, "land": 1}, map[string]int64{"api": 2, "phone": 1}, 1, 1, 2)
	got := fmt.Sprint(s.Received, s.ByCategory, s.ByChannel, s.Solved, s.UnderControl, s.Overdue)
	if got != want {
		t.Fatalf("Karaganda Jan–Feb: received, categories, channels, solved, under control, overdue = %s, want %s", got, want)
	}
	if s.SolvedShare < 0.33 || s.SolvedShare > 0.34 || len(s.ByMonth) != 2 || s.ByMonth[0].Received != 2 || s.ByMonth[1].Solved != 1 {
		t.Fatalf("share %v, months %+v", s.SolvedShare, s.ByMonth)
	}
	// Every level sees its subtree: the village, the country, another oblast.
	if n := stats(t, db, village, "2026-01", "2026-12").Received; n != 3 {
		t.Fatalf("village received %d", n)
	}
	if n := stats(t, db, senim.CountryKATO, "2026-01", "2026-12").Received; n != 4 {
		t.Fatalf("country received %d", n)
	}
	if n := stats(t, db, wko, "2026-01", "2026-01").Received; n != 0 {
		t.Fatalf("WKO in January received %d", n)
	}
	// The children of a territory in one go.
	m1, _ := senim.ParseMonth("2026-01")
	m12, _ := senim.ParseMonth("2026-12")
	kids, err := db.ChildStats(System(), senim.StatsFilter{Territory: senim.CountryKATO, From: m1, To: m12})
	if err != nil || kids[karaganda].Received != 3 || kids[wko].Received != 1 || kids[karaganda].Solved != 1 || len(kids[karaganda].ByMonth) != 12 {
		t.Fatalf("children of the country: %v, %v", kids, err)
	}
	if kids, _ := db.ChildStats(System(), senim.StatsFilter{Territory: karaganda, From: m1, To: m12}); kids[district].Received != 3 || len(kids) != 1 {
		t.Fatalf("children of Karaganda: %v", kids)
	}
	// Overdue is judged against the day asked.
	f, _ := senim.ParseMonth("2026-01")
	l, _ := senim.ParseMonth("2026-12")
	s2, _ := db.AppealStats(System(), senim.StatsFilter{Territory: senim.CountryKATO, From: f, To: l, Today: senim.MustDate("2026-12-01")})
	if s2.Overdue != 3 {
		t.Fatalf("overdue on 1 December = %d, want 3", s2.Overdue)
	}
	_, err = db.AppealStats(System(), senim.StatsFilter{Territory: senim.CountryKATO, From: l, To: f})
	WantCode(t, err, senim.EINVALID)
}

// testConcurrent registers appeals from many goroutines at once: every one
// gets its own number, and the totals count each exactly once.
func testConcurrent(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-05-05"))
	NewOffice(t, db, karaganda)
	const workers, each = 16, 10
	var wg sync.WaitGroup
	numbers := make(chan string, workers*each)
	errs := make(chan error, workers*each)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				a, _, err := db.CreateAppeal(System(), Input(village))
				if err != nil {
					errs <- err
					return
				}
				numbers <- a.Number
			}
		}()
	}
	wg.Wait()
	close(numbers)
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for n := range numbers {
		if seen[n] {
			t.Fatalf("number %s given twice", n)
		}
		seen[n] = true
	}
	if s := stats(t, db, senim.CountryKATO, "2026-05", "2026-05"); s.Received != workers*each || s.ByStatus["registered"] != workers*each {
		t.Fatalf("received %d, want %d", s.Received, workers*each)
	}
	if rep := verified(t, db); rep.Appeals != workers*each || rep.Events != workers*each {
		t.Fatalf("verify counted %d appeals, %d events", rep.Appeals, rep.Events)
	}
}

func testUsers(t *testing.T, open Opener) {
	db := open(t)
	ctx := System()
	hash, err := senim.HashPassword("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	u := &senim.User{Login: "Operator1", Role: senim.RoleOperator, Territory: karaganda, PasswordHash: hash}
	if err := db.CreateUser(ctx, u); err != nil {
		t.Fatal(err)
	}
	got, err := db.FindUserByLogin(ctx, "operator1")
	if err != nil || got.Role != senim.RoleOperator || !senim.CheckPassword(got.PasswordHash, "correct horse battery") {
		t.Fatalf("user = %+v, %v", got, err)
	}
	WantCode(t, db.CreateUser(ctx, &senim.User{Login: "operator1", Role: senim.RoleOperator, Territory: karaganda, PasswordHash: hash}), senim.ECONFLICT)
	WantCode(t, db.CreateUser(ctx, &senim.User{Login: "x2", Role: "boss", Territory: karaganda, PasswordHash: hash}), senim.EINVALID, "role")

	secret := senim.NewAPIKeySecret()
	k := &senim.APIKey{Name: "integration", Role: senim.RoleBranch, Territory: wko, Hash: senim.HashSecret(secret)}
	if err := db.CreateAPIKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	actor, err := db.APIKeyActor(ctx, secret)
	if err != nil || actor.Role != senim.RoleBranch || actor.Territory != wko || actor.Name != "integration" {
		t.Fatalf("key actor = %+v, %v", actor, err)
	}
	_, err = db.APIKeyActor(ctx, secret+"x")
	WantCode(t, err, senim.EUNAUTHORIZED)
	WantCode(t, db.CreateAPIKey(ctx, &senim.APIKey{Name: "k", Role: senim.RoleCentral, Territory: wko, Hash: "h"}), senim.EINVALID, "territory")
}

func testCalendar(t *testing.T, open Opener) {
	db := open(t)
	ctx := System()
	// A government transfer: Saturday 2026-01-03 becomes working, Monday 2026-01-05 a day off.
	if err := db.SetCalendarDay(ctx, store.CalendarDay{Day: senim.MustDate("2026-01-05"), Kind: "off", Note: "перенос"}); err != nil {
		t.Fatal(err)
	}
	if err := db.SetCalendarDay(ctx, store.CalendarDay{Day: senim.MustDate("2026-01-03"), Kind: "working"}); err != nil {
		t.Fatal(err)
	}
	cal := db.Calendar()
	if cal.IsWorkingDay(senim.MustDate("2026-01-05")) || !cal.IsWorkingDay(senim.MustDate("2026-01-03")) {
		t.Fatal("transfers not applied")
	}
	WantCode(t, db.SetCalendarDay(ctx, store.CalendarDay{Day: senim.MustDate("2026-01-06"), Kind: "holiday"}), senim.EINVALID, "kind")
	// Only the central office sets the calendar.
	WantCode(t, db.SetCalendarDay(Staff(senim.RoleBranch, karaganda), store.CalendarDay{Day: senim.MustDate("2026-01-06"), Kind: "off"}), senim.EFORBIDDEN)
	if err := db.SetCalendarDay(Staff(senim.RoleCentral, senim.CountryKATO), store.CalendarDay{Day: senim.MustDate("2026-01-06"), Kind: "off"}); err != nil {
		t.Fatal(err)
	}
	// The calendar survives a reload.
	if err := db.LoadCalendar(ctx); err != nil || db.Calendar().IsWorkingDay(senim.MustDate("2026-01-05")) {
		t.Fatalf("after reload: %v", err)
	}
}

// verified fails the test unless the audit trail and totals agree.
func verified(t testing.TB, db *store.DB) *store.Report {
	t.Helper()
	rep, err := db.Verify(System())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) > 0 {
		t.Fatalf("verify: %v", rep.Problems)
	}
	return rep
}
