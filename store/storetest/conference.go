package storetest

import (
	"context"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// NewBranch adds a branch of the level on territory k as the system.
func NewBranch(t testing.TB, db *store.DB, level senim.BranchLevel, k senim.KATO, name string) *senim.Branch {
	t.Helper()
	b, err := db.CreateBranch(System(), senim.BranchInput{Level: string(level), Territory: string(k), Name: senim.Names{RU: name}})
	if err != nil {
		t.Fatalf("create branch: %v", err)
	}
	return b
}

// NewPartyMeeting records a meeting of the branch as the system.
func NewPartyMeeting(t testing.TB, db *store.DB, in senim.PartyMeetingInput) *senim.PartyMeeting {
	t.Helper()
	m, err := db.CreatePartyMeeting(System(), in)
	if err != nil {
		t.Fatalf("create meeting: %v", err)
	}
	return m
}

// NewAgendaItems adds items to a meeting as the system.
func NewAgendaItems(t testing.TB, db *store.DB, meetingID string, items ...senim.AgendaItemInput) {
	t.Helper()
	for _, in := range items {
		if _, err := db.AddAgendaItem(System(), meetingID, in); err != nil {
			t.Fatalf("add agenda item: %v", err)
		}
	}
}

const wkoDistrict senim.KATO = "273400000"

func testConferences(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	if _, err := db.ImportTerritories(System(), []*senim.Territory{{Code: wkoDistrict, NameRU: "Бурлинский район"}}); err != nil {
		t.Fatal(err)
	}
	NewClock(db, At("2026-11-24"))
	branch := Staff(senim.RoleBranch, karaganda)
	auditor := Staff(senim.RoleAuditor, karaganda)
	operator := Staff(senim.RoleOperator, karaganda)
	wkoBranch := Staff(senim.RoleBranch, wko)
	central := Staff(senim.RoleCentral, senim.CountryKATO)
	public := context.Background()

	kar := NewBranch(t, db, senim.BranchOblast, karaganda, "Карагандинский областной филиал")
	west := NewBranch(t, db, senim.BranchOblast, wko, "Западно-Казахстанский областной филиал")
	o := NewOrg(t, db, district, "35-0001")
	wo := NewOrg(t, db, wkoDistrict, "27-0001")
	chair := NewMember(t, db, o, IIN(t, "1970-04-02", senim.Male, 10), "2010-02-01")
	a := NewMember(t, db, o, IIN(t, "1975-05-03", senim.Female, 20), "2011-01-01")
	b := NewMember(t, db, o, IIN(t, "1980-06-04", senim.Male, 30), "2012-01-01")
	c := NewMember(t, db, o, IIN(t, "1985-07-05", senim.Female, 40), "2013-01-01")
	late := NewMember(t, db, o, IIN(t, "1990-08-06", senim.Male, 50), "2026-11-21")
	gone := NewMember(t, db, o, IIN(t, "1965-09-07", senim.Female, 60), "2010-03-01")
	if _, err := db.LeaveMember(System(), gone.ID, senim.Departure{On: "2026-10-01", Reason: "own_wish"}); err != nil {
		t.Fatal(err)
	}
	stranger := NewMember(t, db, wo, IIN(t, "1978-10-08", senim.Male, 70), "2011-01-01")

	// A meeting: every bad field named at once, and nothing stored.
	_, err := db.CreatePartyMeeting(branch, senim.PartyMeetingInput{Branch: "Караганда", Kind: "congress", Date: "2099-01-01", Delegates: 10, Present: 11})
	WantCode(t, err, senim.EINVALID, "branch", "kind", "title.ru", "date", "place", "present")
	good := senim.PartyMeetingInput{Branch: kar.ID, Kind: "conference", Title: senim.Names{RU: "XXXV отчётно-выборная конференция"},
		Date: "2026-11-18", Place: "онлайн", Presiding: "Председатель филиала", Delegates: 250, Present: 231}
	bad := good
	bad.Branch = senim.NewID()
	_, err = db.CreatePartyMeeting(branch, bad)
	WantCode(t, err, senim.EINVALID, "branch")
	bad = good
	bad.Delegates, bad.Present = 0, -1
	_, err = db.CreatePartyMeeting(branch, bad)
	WantCode(t, err, senim.EINVALID, "delegates", "present")
	for _, ctx := range []context.Context{operator, auditor, public} {
		_, err = db.CreatePartyMeeting(ctx, good)
		WantCode(t, err, senim.EFORBIDDEN)
	}
	_, err = db.CreatePartyMeeting(wkoBranch, good)
	WantCode(t, err, senim.EFORBIDDEN)
	if _, total, err := db.FindPartyMeetings(public, senim.PartyMeetingFilter{}); err != nil || total != 0 {
		t.Fatalf("refused meetings stored: %d, %v", total, err)
	}

	conf, err := db.CreatePartyMeeting(branch, good)
	if err != nil || conf.Territory != karaganda || !conf.Quorum {
		t.Fatalf("conference = %+v, %v", conf, err)
	}
	title := func(s string) senim.Names { return senim.Names{RU: s} }
	NewAgendaItems(t, db, conf.ID,
		senim.AgendaItemInput{Title: title("Отчёт о работе филиала"), Kind: "report"},
		senim.AgendaItemInput{Title: title("Избрание членов политического совета"), Kind: "election", Body: "political_council", Seats: 3},
		senim.AgendaItemInput{Title: title("Избрание бюро политического совета"), Kind: "election", Body: "bureau", Seats: 2},
		senim.AgendaItemInput{Title: title("Избрание председателя филиала"), Kind: "election", Body: "chair"},
		senim.AgendaItemInput{Title: title("Избрание контрольно-ревизионной комиссии"), Kind: "election", Body: "audit_commission", Seats: 2},
		senim.AgendaItemInput{Title: title("Об изменениях в положении о филиале"), Kind: "decision", Qualified: true},
	)
	_, err = db.AddAgendaItem(branch, conf.ID, senim.AgendaItemInput{Kind: "vote", Body: "chair", Seats: 2})
	WantCode(t, err, senim.EINVALID, "title.ru", "kind", "body", "seats")
	_, err = db.AddAgendaItem(branch, conf.ID, senim.AgendaItemInput{Title: title("Выборы"), Kind: "election", Body: "bureau"})
	WantCode(t, err, senim.EINVALID, "seats")
	_, err = db.AddAgendaItem(wkoBranch, conf.ID, senim.AgendaItemInput{Title: title("Чужой вопрос"), Kind: "report"})
	WantCode(t, err, senim.ENOTFOUND)
	_, err = db.AddAgendaItem(auditor, conf.ID, senim.AgendaItemInput{Title: title("Вопрос аудитора"), Kind: "report"})
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.AddAgendaItem(branch, senim.NewID(), senim.AgendaItemInput{Title: title("Вопрос"), Kind: "report"})
	WantCode(t, err, senim.ENOTFOUND)

	// Votes: tallies that do not add up, counts out of range, elected
	// members who are not the branch's or were not members that day.
	n := func(v int) *int { return &v }
	for _, tc := range []struct {
		item   int
		in     senim.VoteInput
		fields []string
	}{
		{1, senim.VoteInput{For: 200, Against: 30, Abstained: 5}, []string{"tally"}},
		{1, senim.VoteInput{For: -1, Against: 232}, []string{"for", "against"}},
		{1, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: a.ID}}}, []string{"elected"}},
		{2, senim.VoteInput{For: 200}, []string{"elected"}},
		{2, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: senim.NewID()}, {Member: stranger.ID}, {Member: late.ID}}},
			[]string{"elected[0].member", "elected[1].member", "elected[2].member"}},
		{3, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: gone.ID}, {Member: a.ID, Votes: n(100)}}}, []string{"elected[0].member", "elected[1].votes"}},
		{4, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: chair.ID}, {Member: a.ID}}}, []string{"elected"}},
		{5, senim.VoteInput{For: 100, Against: 131, Elected: []senim.ElectedInput{{Member: c.ID}}}, []string{"elected"}},
	} {
		_, err := db.RecordVote(branch, conf.ID, tc.item, tc.in)
		WantCode(t, err, senim.EINVALID, tc.fields...)
	}
	_, err = db.RecordVote(branch, conf.ID, 9, senim.VoteInput{For: 200})
	WantCode(t, err, senim.ENOTFOUND)
	_, err = db.RecordVote(auditor, conf.ID, 1, senim.VoteInput{For: 200})
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.RecordVote(wkoBranch, conf.ID, 1, senim.VoteInput{For: 200})
	WantCode(t, err, senim.ENOTFOUND)
	if m, _ := db.FindPartyMeeting(branch, conf.ID); len(m.Agenda) != 6 || m.Item(1).Vote != nil || m.Item(2).Vote != nil {
		t.Fatalf("refused votes or items stored: %+v", m.Agenda)
	}

	vote := func(item int, in senim.VoteInput) *senim.AgendaItem {
		t.Helper()
		it, err := db.RecordVote(branch, conf.ID, item, in)
		if err != nil {
			t.Fatalf("vote on item %d: %v", item, err)
		}
		return it
	}
	if it := vote(1, senim.VoteInput{For: 229, Abstained: 2}); it.Vote.Result != senim.VotePassed || it.Vote.Seq != 1 || it.Vote.Actor == "" {
		t.Fatalf("report's vote = %+v", it.Vote)
	}
	// Once recorded, a vote is corrected only with a reason, as a record more.
	_, err = db.RecordVote(branch, conf.ID, 1, senim.VoteInput{For: 228, Abstained: 3})
	WantCode(t, err, senim.ECONFLICT)
	if it := vote(1, senim.VoteInput{For: 228, Abstained: 3, Reason: "Ошибка счётной комиссии"}); it.Vote.Seq != 2 || len(it.Superseded) != 1 || it.Superseded[0].For != 229 {
		t.Fatalf("corrected vote = %+v, superseded %+v", it.Vote, it.Superseded)
	}
	if it := vote(2, senim.VoteInput{For: 226, Against: 1, Abstained: 4, Elected: []senim.ElectedInput{{Member: a.ID}, {Member: b.ID}, {Member: c.ID, Votes: n(220)}}}); it.Vote.ElectedCount != 3 {
		t.Fatalf("political council = %+v", it.Vote)
	}
	vote(3, senim.VoteInput{For: 230, Elected: []senim.ElectedInput{{Member: a.ID, Votes: n(229)}, {Member: b.ID, Votes: n(230)}}})
	if it := vote(4, senim.VoteInput{For: 231, Elected: []senim.ElectedInput{{Member: chair.ID}}}); it.Vote.Elected[0].Name != chair.Name {
		t.Fatalf("chair = %+v", it.Vote.Elected)
	}
	vote(5, senim.VoteInput{For: 225, Against: 6, Elected: []senim.ElectedInput{{Member: c.ID}}})
	// Two-thirds of 231 is 154: 153 for fails.
	if it := vote(6, senim.VoteInput{For: 153, Against: 70, Abstained: 8}); it.Vote.Result != senim.VoteFailed || it.Vote.Needed != 154 {
		t.Fatalf("qualified vote = %+v", it.Vote)
	}

	// A session without a quorum is recorded and decides nothing.
	session := NewPartyMeeting(t, db, senim.PartyMeetingInput{Branch: west.ID, Kind: "council_session", Title: title("Заседание политического совета"),
		Date: "2026-10-05", Place: "Уральск", Delegates: 21, Present: 10})
	NewAgendaItems(t, db, session.ID, senim.AgendaItemInput{Title: title("О работе с обращениями"), Kind: "decision"})
	_, err = db.RecordVote(wkoBranch, session.ID, 1, senim.VoteInput{For: 10})
	WantCode(t, err, senim.ECONFLICT)
	if session.Quorum {
		t.Fatal("10 of 21 is a quorum")
	}

	// Reading: the branch and the auditor see every name; anyone else the
	// public view, with the chair and the bureau named and the council and
	// the commission counted.
	for _, ctx := range []context.Context{branch, auditor, central} {
		m, err := db.FindPartyMeeting(ctx, conf.ID)
		if err != nil || len(m.Item(2).Vote.Elected) != 3 || m.Item(2).Vote.Elected[0].MemberID == "" || m.Item(5).Vote.Elected[0].Name != c.Name {
			t.Fatalf("staff's meeting = %+v, %v", m, err)
		}
	}
	for _, ctx := range []context.Context{public, operator, wkoBranch} {
		m, err := db.FindPartyMeeting(ctx, conf.ID)
		if err != nil {
			t.Fatal(err)
		}
		council, bureau, ch := m.Item(2).Vote, m.Item(3).Vote, m.Item(4).Vote
		if council.Elected != nil || council.ElectedCount != 3 || m.Item(5).Vote.Elected != nil || len(bureau.Elected) != 2 ||
			ch.Elected[0].Name != chair.Name || ch.Elected[0].MemberID != "" || ch.Actor != "" || len(m.Item(1).Superseded) != 1 {
			t.Fatalf("public meeting: %+v %+v %+v", council, bureau, ch)
		}
	}
	if _, err := db.FindPartyMeeting(public, senim.NewID()); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("no such meeting: %v", err)
	}
	list, total, err := db.FindPartyMeetings(public, senim.PartyMeetingFilter{})
	if err != nil || total != 2 || list[0].ID != conf.ID || list[1].ID != session.ID || list[1].Quorum {
		t.Fatalf("meetings = %+v, %d, %v", list, total, err)
	}
	for _, tc := range []struct {
		f    senim.PartyMeetingFilter
		want int
	}{
		{senim.PartyMeetingFilter{Territory: karaganda}, 1},
		{senim.PartyMeetingFilter{Territory: district}, 0},
		{senim.PartyMeetingFilter{Kind: senim.MeetingCouncilSession}, 1},
		{senim.PartyMeetingFilter{From: senim.MustDate("2026-11-01")}, 1},
		{senim.PartyMeetingFilter{To: senim.MustDate("2026-11-01")}, 1},
		{senim.PartyMeetingFilter{From: senim.MustDate("2026-10-06"), To: senim.MustDate("2026-11-17")}, 0},
	} {
		if _, total, _ := db.FindPartyMeetings(public, tc.f); total != tc.want {
			t.Errorf("meetings of %+v: %d, want %d", tc.f, total, tc.want)
		}
	}

	// Awards: a reason and a decision; a member of the caller's territory
	// who was a member that day; a meeting held by then that covers them.
	medal := senim.AwardInput{Member: a.ID, Kind: "medal", Date: "2026-11-20", Reason: "За активную работу в общественной приёмной", Meeting: conf.ID}
	_, err = db.GrantAward(branch, senim.AwardInput{Kind: "order", Date: "2099-01-01", Reason: " "})
	WantCode(t, err, senim.EINVALID, "member", "kind", "date", "reason", "decree")
	for _, tc := range []struct {
		ctx   context.Context
		edit  func(*senim.AwardInput)
		field string
	}{
		{branch, func(in *senim.AwardInput) { in.Member = stranger.ID }, "member"},
		{branch, func(in *senim.AwardInput) { in.Member = senim.NewID() }, "member"},
		{branch, func(in *senim.AwardInput) { in.Member, in.Meeting, in.Decree = late.ID, "", "№ 1" }, "date"},
		{branch, func(in *senim.AwardInput) { in.Member = gone.ID }, "date"},
		{branch, func(in *senim.AwardInput) { in.Date = "2026-11-17" }, "date"},
		{branch, func(in *senim.AwardInput) { in.Meeting = senim.NewID() }, "meeting"},
		{central, func(in *senim.AwardInput) { in.Meeting = session.ID }, "meeting"},
	} {
		in := medal
		tc.edit(&in)
		_, err := db.GrantAward(tc.ctx, in)
		WantCode(t, err, senim.EINVALID, tc.field)
	}
	_, err = db.GrantAward(operator, medal)
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.GrantAward(auditor, medal)
	WantCode(t, err, senim.EFORBIDDEN)
	if _, total, _ := db.FindAwards(central, senim.AwardFilter{}); total != 0 {
		t.Fatalf("refused awards stored: %d", total)
	}
	got, err := db.GrantAward(branch, medal)
	if err != nil || got.Name != a.Name || got.Territory != district || got.MeetingID != conf.ID {
		t.Fatalf("medal = %+v, %v", got, err)
	}
	if _, err := db.GrantAward(branch, senim.AwardInput{Member: b.ID, Kind: "letter_of_thanks", Reason: "За помощь в проведении конференции",
		Decree: "Распоряжение председателя филиала № 45 от 24.11.2026"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.GrantAward(wkoBranch, senim.AwardInput{Member: stranger.ID, Kind: "certificate_of_honour", Date: "2026-10-05",
		Reason: "За многолетнюю работу", Decree: "№ 7"}); err != nil {
		t.Fatal(err)
	}
	awards, total, err := db.FindAwards(branch, senim.AwardFilter{})
	if err != nil || total != 2 || awards[0].Kind != senim.AwardThanks || awards[0].Date != senim.MustDate("2026-11-24") || awards[1].Reason != medal.Reason {
		t.Fatalf("Karaganda's awards = %+v, %d, %v", awards, total, err)
	}
	if _, total, _ := db.FindAwards(auditor, senim.AwardFilter{MemberID: a.ID}); total != 1 {
		t.Fatalf("the member's awards: %d", total)
	}
	if _, total, _ := db.FindAwards(central, senim.AwardFilter{Kind: senim.AwardHonour}); total != 1 {
		t.Fatalf("certificates of honour: %d", total)
	}
	if _, total, _ := db.FindAwards(wkoBranch, senim.AwardFilter{}); total != 1 {
		t.Fatalf("West Kazakhstan's awards: %d", total)
	}
	_, _, err = db.FindAwards(wkoBranch, senim.AwardFilter{Territory: karaganda})
	WantCode(t, err, senim.EFORBIDDEN)
	_, _, err = db.FindAwards(operator, senim.AwardFilter{})
	WantCode(t, err, senim.EFORBIDDEN)
	_, _, err = db.FindAwards(public, senim.AwardFilter{})
	WantCode(t, err, senim.EFORBIDDEN)
}
