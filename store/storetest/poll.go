package storetest

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// PollInput returns a valid poll's input on territory k, open from opens
// to closes; edit may change it.
func PollInput(k senim.KATO, opens, closes string, edit ...func(*senim.PollInput)) senim.PollInput {
	in := senim.PollInput{
		Question:  senim.Names{RU: "Довольны ли вы качеством ремонта дорог?", KK: "Жол жөндеу сапасына көңіліңіз толады ма?"},
		Options:   []senim.Names{{RU: "Да", KK: "Иә"}, {RU: "Нет", KK: "Жоқ"}, {RU: "Затрудняюсь ответить"}},
		Territory: string(k), Opens: opens, Closes: closes,
	}
	for _, e := range edit {
		e(&in)
	}
	return in
}

// NewPoll opens a poll as the system.
func NewPoll(t testing.TB, db *store.DB, k senim.KATO, opens, closes string, edit ...func(*senim.PollInput)) *senim.Poll {
	t.Helper()
	p, err := db.CreatePoll(System(), PollInput(k, opens, closes, edit...))
	if err != nil {
		t.Fatalf("create poll: %v", err)
	}
	return p
}

// votes lists the votes of a poll's options.
func votes(p *senim.Poll) []int {
	var out []int
	for _, o := range p.Options {
		out = append(out, o.Votes)
	}
	return out
}

func testPolls(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-06-15"))
	branch := Staff(senim.RoleBranch, karaganda)
	wkoBranch := Staff(senim.RoleBranch, wko)
	citizen := senim.WithActor(t.Context(), senim.Citizen)
	pollIDs := func(f store.PollFilter) []string {
		t.Helper()
		ps, total, err := db.FindPolls(citizen, f)
		if err != nil || total != len(ps) {
			t.Fatalf("find polls %+v: %d of %d, %v", f, len(ps), total, err)
		}
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}

	// Bad input: every fault at its field, nothing stored.
	_, err := db.CreatePoll(branch, senim.PollInput{Question: senim.Names{KK: "Сұрақ"}, Options: []senim.Names{{RU: "Да"}},
		Territory: "35", Opens: "2026-13-01", Closes: ""})
	WantCode(t, err, senim.EINVALID, "question.ru", "options", "territory", "opens", "closes")
	for _, c := range []struct {
		name  string
		edit  func(*senim.PollInput)
		field string
	}{
		{"a question too long", func(in *senim.PollInput) { in.Question.EN = strings.Repeat("ж", 501) }, "question.en"},
		{"eleven options", func(in *senim.PollInput) {
			in.Options = nil
			for i := range 11 {
				in.Options = append(in.Options, senim.Names{RU: fmt.Sprintf("Вариант %d", i+1)})
			}
		}, "options"},
		{"an option twice", func(in *senim.PollInput) { in.Options[2] = senim.Names{RU: " НЕТ "} }, "options[2].ru"},
		{"an option without Russian", func(in *senim.PollInput) { in.Options[1] = senim.Names{EN: "No"} }, "options[1].ru"},
		{"an unknown territory", func(in *senim.PollInput) { in.Territory = "351699999" }, "territory"},
		{"closes before it opens", func(in *senim.PollInput) { in.Opens, in.Closes = "2026-06-20", "2026-06-19" }, "closes"},
		{"closed already", func(in *senim.PollInput) { in.Opens, in.Closes = "2026-06-01", "2026-06-14" }, "closes"},
	} {
		_, err := db.CreatePoll(branch, PollInput(district, "2026-06-15", "2026-06-30", c.edit))
		if senim.ErrorCode(err) != senim.EINVALID {
			t.Fatalf("%s: %v", c.name, err)
		}
		WantCode(t, err, senim.EINVALID, c.field)
	}
	// Who may: the branches and the central office, inside their territory.
	for _, role := range []senim.Role{senim.RoleOperator, senim.RoleAuditor, senim.RoleCouncil, senim.RoleOfficial} {
		_, err := db.CreatePoll(Staff(role, karaganda), PollInput(district, "2026-06-15", "2026-06-30"))
		WantCode(t, err, senim.EFORBIDDEN)
	}
	_, err = db.CreatePoll(citizen, PollInput(district, "2026-06-15", "2026-06-30"))
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.CreatePoll(wkoBranch, PollInput(district, "2026-06-15", "2026-06-30"))
	WantCode(t, err, senim.EFORBIDDEN)
	if ids := pollIDs(store.PollFilter{}); len(ids) != 0 {
		t.Fatalf("refused polls stored: %v", ids)
	}

	// Polls: the district's open, the oblast's to come, the country's open
	// (closing later), West Kazakhstan's open.
	a, err := db.CreatePoll(branch, PollInput(district, "2026-06-10", "2026-06-30", func(in *senim.PollInput) {
		in.Question.RU = "  Нужна ли   новая школа в районе? "
		in.Options = []senim.Names{{RU: "Да"}, {}, {RU: "Нет"}, {RU: "  "}}
	}))
	if err != nil {
		t.Fatal(err)
	}
	if a.Question.RU != "Нужна ли новая школа в районе?" || len(a.Options) != 2 || a.Options[1].ID != 2 || a.Options[1].Text.RU != "Нет" {
		t.Fatalf("created = %+v", a)
	}
	b := NewPoll(t, db, karaganda, "2026-07-01", "2026-07-10")
	c, err := db.CreatePoll(Staff(senim.RoleCentral, senim.CountryKATO), PollInput(senim.CountryKATO, "2026-06-01", "2026-08-31"))
	if err != nil {
		t.Fatal(err)
	}
	d := NewPoll(t, db, wko, "2026-06-15", "2026-06-20")
	if got, err := db.FindPoll(citizen, a.ID); err != nil || got.Question != a.Question || len(got.Options) != 2 || got.Opens != senim.MustDate("2026-06-10") {
		t.Fatalf("found = %+v, %v", got, err)
	}
	for _, id := range []string{senim.NewID(), "nope"} {
		if _, err := db.FindPoll(citizen, id); senim.ErrorCode(err) != senim.ENOTFOUND {
			t.Fatalf("poll %q: %v", id, err)
		}
	}

	// One vote per person: the same IIN twice in a poll is refused, however
	// written; in another poll it is a new vote.
	iin1 := IIN(t, "1985-04-12", senim.Female, 10)
	iin2 := IIN(t, "1990-01-01", senim.Male, 20)
	p, err := db.Vote(citizen, a.ID, 1, iin1)
	if err != nil || !slices.Equal(votes(p), []int{1, 0}) {
		t.Fatalf("vote: %v, %v", p, err)
	}
	for _, again := range []string{iin1, " " + iin1 + "\n"} {
		_, err := db.Vote(citizen, a.ID, 2, again)
		WantCode(t, err, senim.ECONFLICT)
		if err.(*senim.Error).Key != "poll.voted" {
			t.Fatalf("a second vote: %v", err)
		}
	}
	if p, err := db.Vote(citizen, c.ID, 2, iin1); err != nil || !slices.Equal(votes(p), []int{0, 1, 0}) {
		t.Fatalf("the same IIN in another poll: %v, %v", p, err)
	}
	_, err = db.Vote(citizen, a.ID, 3, "123456789012")
	WantCode(t, err, senim.EINVALID, "option", "iin")
	_, err = db.Vote(citizen, a.ID, 0, iin2)
	WantCode(t, err, senim.EINVALID, "option")
	_, err = db.Vote(citizen, b.ID, 1, iin2)
	WantCode(t, err, senim.ECONFLICT)
	if err.(*senim.Error).Key != "poll.upcoming" {
		t.Fatalf("a vote before the opening: %v", err)
	}
	_, err = db.Vote(citizen, senim.NewID(), 1, iin2)
	WantCode(t, err, senim.ENOTFOUND)
	if p, _ := db.FindPoll(citizen, a.ID); !slices.Equal(votes(p), []int{1, 0}) {
		t.Fatalf("refused votes counted: %v", votes(p))
	}

	// Counts: many voters at once, each counted once; one IIN sent many
	// times at once is counted once.
	var wg sync.WaitGroup
	errs := make([]error, 30)
	for i := range 30 {
		iin := iin2
		if i < 20 {
			iin = IIN(t, "1970-03-03", senim.Male, 100+20*i)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = db.Vote(citizen, a.ID, 1+i%2, iin)
		}()
	}
	wg.Wait()
	accepted := 0
	for i, err := range errs {
		switch {
		case err == nil:
			accepted++
		case i < 20 || senim.ErrorCode(err) != senim.ECONFLICT:
			t.Fatalf("vote %d: %v", i, err)
		}
	}
	p, _ = db.FindPoll(citizen, a.ID)
	if accepted != 21 || !slices.Equal(votes(p), []int{1 + 10 + 1, 10}) && !slices.Equal(votes(p), []int{1 + 10, 10 + 1}) {
		t.Fatalf("%d accepted, votes %v", accepted, votes(p))
	}
	if r := senim.PollResults(p); r.Total != 22 {
		t.Fatalf("results %+v", r)
	}

	// Scope of the lists: a place sees its own subtree's polls and those of
	// the territories above it; open ones first, closing soonest first.
	for _, c := range []struct {
		name string
		f    store.PollFilter
		want []string
	}{
		{"the country", store.PollFilter{}, []string{d.ID, a.ID, c.ID, b.ID}},
		{"a village", store.PollFilter{Territory: village}, []string{a.ID, c.ID, b.ID}},
		{"the oblast", store.PollFilter{Territory: karaganda}, []string{a.ID, c.ID, b.ID}},
		{"West Kazakhstan", store.PollFilter{Territory: wko}, []string{d.ID, c.ID}},
		{"open", store.PollFilter{Status: senim.PollOpen}, []string{d.ID, a.ID, c.ID}},
		{"to come", store.PollFilter{Status: senim.PollUpcoming}, []string{b.ID}},
		{"closed", store.PollFilter{Status: senim.PollClosed}, nil},
		{"a page", store.PollFilter{Limit: 2, Offset: 1}, []string{a.ID, c.ID}},
	} {
		ps, total, err := db.FindPolls(citizen, c.f)
		var got []string
		for _, p := range ps {
			got = append(got, p.ID)
			if len(p.Options) < 2 {
				t.Errorf("%s: a poll without its options", c.name)
			}
		}
		if err != nil || !slices.Equal(got, c.want) || c.f.Limit == 0 && total != len(c.want) {
			t.Errorf("%s: %v (%d), want %v; %v", c.name, got, total, c.want, err)
		}
	}
	_, _, err = db.FindPolls(citizen, store.PollFilter{Status: "finished"})
	WantCode(t, err, senim.EINVALID, "status")

	// Closing early: the poll's own branch, once; votes stop that moment.
	_, err = db.ClosePoll(wkoBranch, a.ID)
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.ClosePoll(Staff(senim.RoleOperator, karaganda), a.ID)
	WantCode(t, err, senim.EFORBIDDEN)
	closed, err := db.ClosePoll(branch, a.ID)
	if err != nil || closed.ClosedOn != senim.MustDate("2026-06-15") || closed.StatusOn(senim.MustDate("2026-06-15")) != senim.PollClosed {
		t.Fatalf("close: %+v, %v", closed, err)
	}
	_, err = db.ClosePoll(branch, a.ID)
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.Vote(citizen, a.ID, 1, IIN(t, "1999-09-09", senim.Female, 1))
	WantCode(t, err, senim.ECONFLICT)
	if err.(*senim.Error).Key != "poll.closed_early" {
		t.Fatalf("a vote after closing: %v", err)
	}
	if p, _ := db.FindPoll(citizen, a.ID); p.ClosedOn != closed.ClosedOn || PollTotal(p) != 22 {
		t.Fatalf("closed poll: %+v", p)
	}
	if ids := pollIDs(store.PollFilter{Status: senim.PollClosed}); !slices.Equal(ids, []string{a.ID}) {
		t.Fatalf("closed: %v", ids)
	}
	// Calling off a poll to come.
	if _, err := db.ClosePoll(branch, b.ID); err != nil {
		t.Fatal(err)
	}

	// The secret the keys are signed with: a short one is refused, and so
	// is another while an open poll has votes signed with the store's own.
	if err := db.UsePollSecret(System(), []byte("short")); err == nil {
		t.Fatal("a short secret taken")
	}
	err = db.UsePollSecret(System(), []byte("a secret kept in a file, 32 byte"))
	WantCode(t, err, senim.ECONFLICT)
	if _, err := db.Vote(citizen, c.ID, 1, iin1); senim.ErrorCode(err) != senim.ECONFLICT {
		t.Fatalf("the refused secret changed the keys: %v", err)
	}
	// Days later every poll is over: the last day of the national poll
	// takes votes until midnight in Astana, the next day none.
	clock.Set(senim.MustDate("2026-08-31").Start().Add(23*time.Hour + 59*time.Minute))
	if _, err := db.Vote(citizen, c.ID, 3, iin2); err != nil {
		t.Fatalf("a vote on the last day: %v", err)
	}
	clock.Add(2 * time.Minute)
	_, err = db.Vote(citizen, c.ID, 3, IIN(t, "1999-09-09", senim.Female, 1))
	WantCode(t, err, senim.ECONFLICT)
	if err.(*senim.Error).Key != "poll.closed" {
		t.Fatalf("a vote after the last day: %v", err)
	}
	// With no poll open, a secret kept apart is taken; the votes go on
	// under it, one per person still.
	if err := db.UsePollSecret(System(), []byte("a secret kept in a file, 32 byte")); err != nil {
		t.Fatal(err)
	}
	e := NewPoll(t, db, district, "2026-09-01", "2026-09-30")
	if _, err := db.Vote(citizen, e.ID, 1, iin1); err != nil {
		t.Fatal(err)
	}
	_, err = db.Vote(citizen, e.ID, 2, iin1)
	WantCode(t, err, senim.ECONFLICT)
	err = db.UsePollSecret(System(), []byte("yet another secret of 32 bytes.."))
	WantCode(t, err, senim.ECONFLICT)

	// A poll of the past with its votes, imported (the demo).
	old := &senim.Poll{ID: senim.NewID(), Question: senim.Names{RU: "Прошлый опрос"}, Territory: district,
		Opens: senim.MustDate("2025-11-18"), Closes: senim.MustDate("2025-11-30"),
		Options: []senim.PollOption{{ID: 1, Text: senim.Names{RU: "Да"}}, {ID: 2, Text: senim.Names{RU: "Нет"}}}}
	at := senim.MustDate("2025-11-20").Start().Add(12 * time.Hour)
	ballots := []store.PollBallot{{IIN: IIN(t, "1980-01-01", senim.Male, 1), Option: 1, At: at}, {IIN: "12345", Option: 3, At: at},
		{IIN: IIN(t, "1980-01-02", senim.Male, 1), Option: 2, At: at.AddDate(0, 1, 0)}}
	err = db.ImportPoll(System(), old, ballots)
	WantCode(t, err, senim.EINVALID, "ballots[1].iin", "ballots[1].option", "ballots[2].at")
	ballots[1] = ballots[0]
	ballots[2].At = at
	err = db.ImportPoll(System(), old, ballots)
	WantCode(t, err, senim.ECONFLICT)
	WantCode(t, db.ImportPoll(branch, old, nil), senim.EFORBIDDEN)
	if _, err := db.FindPoll(citizen, old.ID); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("a refused import stored: %v", err)
	}
	ballots[1] = store.PollBallot{IIN: IIN(t, "1980-01-03", senim.Female, 1), Option: 1, At: at}
	if err := db.ImportPoll(System(), old, ballots); err != nil {
		t.Fatal(err)
	}
	if p, err := db.FindPoll(citizen, old.ID); err != nil || !slices.Equal(votes(p), []int{2, 1}) {
		t.Fatalf("imported: %+v, %v", p, err)
	}
}

// PollTotal is how many votes a poll has.
func PollTotal(p *senim.Poll) int { return senim.PollResults(p).Total }
