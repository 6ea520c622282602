package senim_test

import (
	"strings"
	"testing"
	"time"

	"github.com/senim-kz/senim"
)

var confToday = senim.MustDate("2026-11-24")

// confInput is the Karaganda oblast branch's reporting-and-election
// conference of seed 002, held online.
func confInput() senim.PartyMeetingInput {
	return senim.PartyMeetingInput{Branch: senim.NewID(), Kind: "conference",
		Title: senim.Names{RU: "XXXV отчётно-выборная конференция Карагандинского областного филиала"},
		Date:  "2026-11-18", Place: "онлайн", Presiding: "Председатель филиала", Delegates: 250, Present: 231}
}

func TestNewPartyMeeting(t *testing.T) {
	m, err := senim.NewPartyMeeting(confInput(), confToday)
	if err != nil || !m.Quorum || m.Date != senim.MustDate("2026-11-18") || m.Agenda == nil {
		t.Fatalf("meeting = %+v, %v", m, err)
	}
	tests := []struct {
		name string
		edit func(*senim.PartyMeetingInput)
		want []string // "field key", sorted
	}{
		{"no branch", func(in *senim.PartyMeetingInput) { in.Branch = " " }, []string{"branch required"}},
		{"a branch that is no id", func(in *senim.PartyMeetingInput) { in.Branch = "Караганда" }, []string{"branch meeting.branch"}},
		{"unknown kind", func(in *senim.PartyMeetingInput) { in.Kind = "congress" }, []string{"kind meeting.kind"}},
		{"no title", func(in *senim.PartyMeetingInput) { in.Title = senim.Names{KK: "Конференция"} }, []string{"title.ru required"}},
		{"no date", func(in *senim.PartyMeetingInput) { in.Date = "" }, []string{"date required"}},
		{"a date in the future", func(in *senim.PartyMeetingInput) { in.Date = "2026-11-25" }, []string{"date date.future"}},
		{"a date before the party", func(in *senim.PartyMeetingInput) { in.Date = "1998-12-31" }, []string{"date date.before_party"}},
		{"not a date", func(in *senim.PartyMeetingInput) { in.Date = "18.11.2026" }, []string{"date date"}},
		{"no place", func(in *senim.PartyMeetingInput) { in.Place = "  " }, []string{"place required"}},
		{"a presiding name too long", func(in *senim.PartyMeetingInput) { in.Presiding = strings.Repeat("А", senim.MaxNameLen+1) }, []string{"presiding too_long"}},
		{"no delegates", func(in *senim.PartyMeetingInput) { in.Delegates, in.Present = 0, 0 }, []string{"delegates range"}},
		{"too many delegates", func(in *senim.PartyMeetingInput) { in.Delegates = senim.MaxDelegates + 1 }, []string{"delegates range"}},
		{"negative present", func(in *senim.PartyMeetingInput) { in.Present = -1 }, []string{"present range"}},
		{"more present than delegates", func(in *senim.PartyMeetingInput) { in.Present = 251 }, []string{"present meeting.present_over"}},
		{"everything wrong at once", func(in *senim.PartyMeetingInput) {
			*in = senim.PartyMeetingInput{Kind: "x", Date: "2099-01-01", Delegates: -5, Present: -1}
		}, []string{"branch required", "date date.future", "delegates range", "kind meeting.kind", "place required", "present range", "title.ru required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := confInput()
			tt.edit(&in)
			_, err := senim.NewPartyMeeting(in, confToday)
			apWantErr(t, err, senim.EINVALID, tt.want...)
		})
	}
}

func TestQuorum(t *testing.T) {
	tests := []struct {
		delegates, present int
		want               bool
	}{
		{250, 126, true}, {250, 125, false}, {251, 126, true}, {251, 125, false}, {1, 1, true}, {1, 0, false}, {3, 2, true}, {0, 0, false},
	}
	for _, tt := range tests {
		if got := senim.HasQuorum(tt.delegates, tt.present); got != tt.want {
			t.Errorf("HasQuorum(%d, %d) = %v, want %v", tt.delegates, tt.present, got, tt.want)
		}
	}
	// A meeting without a quorum is recorded, and refuses every vote.
	in := confInput()
	in.Present = 125
	m, err := senim.NewPartyMeeting(in, confToday)
	if err != nil || m.Quorum {
		t.Fatalf("meeting without a quorum = %+v, %v", m, err)
	}
	it, err := m.NewAgendaItem(senim.AgendaItemInput{Title: senim.Names{RU: "Отчёт"}, Kind: "report"})
	if err != nil {
		t.Fatal(err)
	}
	m.Agenda = append(m.Agenda, it)
	_, err = m.NewVote(1, senim.VoteInput{For: 120}, time.Now())
	apWantErr(t, err, senim.ECONFLICT, "meeting.no_quorum")
}

func TestVotesNeeded(t *testing.T) {
	tests := []struct {
		present   int
		qualified bool
		want      int
	}{
		{231, false, 116}, {230, false, 116}, {1, false, 1}, {2, false, 2},
		{231, true, 154}, {230, true, 154}, {3, true, 2}, {9, true, 6}, {10, true, 7}, {1, true, 1}, {0, true, 1},
	}
	for _, tt := range tests {
		if got := senim.VotesNeeded(tt.present, tt.qualified); got != tt.want {
			t.Errorf("VotesNeeded(%d, %v) = %d, want %d", tt.present, tt.qualified, got, tt.want)
		}
	}
}

func TestNewAgendaItem(t *testing.T) {
	conf, _ := senim.NewPartyMeeting(confInput(), confToday)
	session := *conf
	session.Kind = senim.MeetingCouncilSession
	bureau := *conf
	bureau.Kind = senim.MeetingBureauSession
	title := senim.Names{RU: "Избрание"}
	chair, err := conf.NewAgendaItem(senim.AgendaItemInput{Title: title, Kind: "election", Body: "chair"})
	if err != nil || chair.Seats != 1 || chair.Position != 1 {
		t.Fatalf("chair's election = %+v, %v", chair, err)
	}
	if it, err := session.NewAgendaItem(senim.AgendaItemInput{Title: title, Kind: "election", Body: "bureau", Seats: 11, Qualified: true}); err != nil || !it.Qualified {
		t.Fatalf("a session elects its bureau: %+v, %v", it, err)
	}
	tests := []struct {
		name    string
		meeting *senim.PartyMeeting
		in      senim.AgendaItemInput
		want    []string
	}{
		{"no title", conf, senim.AgendaItemInput{Kind: "report"}, []string{"title.ru required"}},
		{"unknown kind", conf, senim.AgendaItemInput{Title: title, Kind: "vote"}, []string{"kind agenda.kind"}},
		{"an election of nothing", conf, senim.AgendaItemInput{Title: title, Kind: "election", Seats: 3}, []string{"body required"}},
		{"an unknown body", conf, senim.AgendaItemInput{Title: title, Kind: "election", Body: "presidium", Seats: 3}, []string{"body agenda.body"}},
		{"no seats", conf, senim.AgendaItemInput{Title: title, Kind: "election", Body: "political_council"}, []string{"seats range"}},
		{"too many seats", conf, senim.AgendaItemInput{Title: title, Kind: "election", Body: "political_council", Seats: senim.MaxBodySeats + 1}, []string{"seats range"}},
		{"two chairs", conf, senim.AgendaItemInput{Title: title, Kind: "election", Body: "chair", Seats: 2}, []string{"seats agenda.chair_seats"}},
		{"a session elects the audit commission", &session, senim.AgendaItemInput{Title: title, Kind: "election", Body: "audit_commission", Seats: 5}, []string{"body agenda.body_meeting"}},
		{"a bureau elects", &bureau, senim.AgendaItemInput{Title: title, Kind: "election", Body: "chair"}, []string{"body agenda.body_meeting"}},
		{"a decision with a body and seats", conf, senim.AgendaItemInput{Title: title, Kind: "decision", Body: "chair", Seats: 1}, []string{"body agenda.not_election", "seats agenda.not_election"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.meeting.NewAgendaItem(tt.in)
			apWantErr(t, err, senim.EINVALID, tt.want...)
		})
	}
	full := *conf
	for range senim.MaxAgendaItems {
		it, err := full.NewAgendaItem(senim.AgendaItemInput{Title: title, Kind: "decision"})
		if err != nil {
			t.Fatal(err)
		}
		full.Agenda = append(full.Agenda, it)
	}
	_, err = full.NewAgendaItem(senim.AgendaItemInput{Title: title, Kind: "decision"})
	apWantErr(t, err, senim.ECONFLICT, "agenda.full")
}

// confAgenda is the conference with its items: a report, the election of
// the political council (45 seats), of the chair, and a decision that needs
// two-thirds.
func confAgenda(t *testing.T) *senim.PartyMeeting {
	t.Helper()
	m, err := senim.NewPartyMeeting(confInput(), confToday)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []senim.AgendaItemInput{
		{Title: senim.Names{RU: "Отчёт о работе филиала"}, Kind: "report"},
		{Title: senim.Names{RU: "Избрание членов политического совета"}, Kind: "election", Body: "political_council", Seats: 45},
		{Title: senim.Names{RU: "Избрание председателя филиала"}, Kind: "election", Body: "chair"},
		{Title: senim.Names{RU: "Об изменениях в положении о филиале"}, Kind: "decision", Qualified: true},
	} {
		it, err := m.NewAgendaItem(in)
		if err != nil {
			t.Fatal(err)
		}
		m.Agenda = append(m.Agenda, it)
	}
	return m
}

func TestNewVote(t *testing.T) {
	m := confAgenda(t)
	now := time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC)
	a, b := senim.NewID(), senim.NewID()
	n := func(v int) *int { return &v }

	// A simple majority of those present: 116 of 231.
	v, err := m.NewVote(1, senim.VoteInput{For: 116, Against: 100, Abstained: 15}, now)
	if err != nil || v.Result != senim.VotePassed || v.Needed != 116 || v.Seq != 1 {
		t.Fatalf("116 of 231 = %+v, %v", v, err)
	}
	if v, _ := m.NewVote(1, senim.VoteInput{For: 115, Against: 116}, now); v.Result != senim.VoteFailed {
		t.Fatalf("115 of 231 passed")
	}
	// Two-thirds: 154 of 231.
	if v, _ := m.NewVote(4, senim.VoteInput{For: 153, Against: 78}, now); v.Result != senim.VoteFailed || v.Needed != 154 {
		t.Fatalf("153 of 231 for a qualified majority: %+v", v)
	}
	if v, _ := m.NewVote(4, senim.VoteInput{For: 154}, now); v.Result != senim.VotePassed {
		t.Fatalf("154 of 231 for a qualified majority failed")
	}
	// An election: the members with their votes, by default the list's.
	v, err = m.NewVote(2, senim.VoteInput{For: 226, Against: 1, Abstained: 4, Elected: []senim.ElectedInput{{Member: a}, {Member: " " + b + " ", Votes: n(200)}}}, now)
	if err != nil || v.ElectedCount != 2 || v.Elected[0].Votes != 226 || v.Elected[1].Votes != 200 || v.Elected[1].MemberID != b {
		t.Fatalf("election = %+v, %v", v, err)
	}

	tests := []struct {
		name string
		n    int
		in   senim.VoteInput
		want []string
	}{
		{"a negative count", 1, senim.VoteInput{For: -1, Against: 2}, []string{"for range"}},
		{"a count over those present", 1, senim.VoteInput{For: 232}, []string{"for range"}},
		{"counts that do not add up", 1, senim.VoteInput{For: 200, Against: 20, Abstained: 12}, []string{"tally vote.sum"}},
		{"every count wrong", 1, senim.VoteInput{For: -3, Against: 1000, Abstained: -1}, []string{"abstained range", "against range", "for range"}},
		{"a report elects", 1, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: a}}}, []string{"elected vote.not_election"}},
		{"a passed election elects nobody", 2, senim.VoteInput{For: 200}, []string{"elected required"}},
		{"a failed election elects", 2, senim.VoteInput{For: 100, Against: 131, Elected: []senim.ElectedInput{{Member: a}}}, []string{"elected vote.failed_elects"}},
		{"two chairs", 3, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: a}, {Member: b}}}, []string{"elected vote.seats"}},
		{"a member twice", 2, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: a}, {Member: a}}}, []string{"elected[1].member vote.member_twice"}},
		{"no member", 2, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: ""}}}, []string{"elected[0].member required"}},
		{"a member by name", 2, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: "Иванов"}}}, []string{"elected[0].member vote.member"}},
		{"a member without the votes needed", 2, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: a, Votes: n(115)}}}, []string{"elected[0].votes vote.short"}},
		{"a member with more votes than present", 2, senim.VoteInput{For: 200, Elected: []senim.ElectedInput{{Member: a, Votes: n(232)}}}, []string{"elected[0].votes range"}},
		{"a reason with control characters", 1, senim.VoteInput{For: 200, Reason: "ошибка\x00"}, []string{"reason chars"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := m.NewVote(tt.n, tt.in, now)
			apWantErr(t, err, senim.EINVALID, tt.want...)
		})
	}
	if _, err := m.NewVote(9, senim.VoteInput{For: 1}, now); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("no such item: %v", err)
	}

	// A recorded vote is corrected only with a reason, as a further record.
	m.Item(1).Vote, _ = m.NewVote(1, senim.VoteInput{For: 200}, now)
	_, err = m.NewVote(1, senim.VoteInput{For: 201}, now)
	apWantErr(t, err, senim.ECONFLICT, "vote.recorded")
	v, err = m.NewVote(1, senim.VoteInput{For: 201, Abstained: 30, Reason: "  Ошибка счётной комиссии  "}, now)
	if err != nil || v.Seq != 2 || v.Reason != "Ошибка счётной комиссии" {
		t.Fatalf("correction = %+v, %v", v, err)
	}
}

func TestPublicMeeting(t *testing.T) {
	m := confAgenda(t)
	now := time.Now()
	council, chair := senim.NewID(), senim.NewID()
	m.Item(2).Vote, _ = m.NewVote(2, senim.VoteInput{For: 226, Elected: []senim.ElectedInput{{Member: council}}}, now)
	m.Item(2).Vote.Elected[0].Name = "Член политсовета"
	m.Item(3).Vote, _ = m.NewVote(3, senim.VoteInput{For: 229, Elected: []senim.ElectedInput{{Member: chair}}}, now)
	m.Item(3).Vote.Elected[0].Name, m.Item(3).Vote.Actor = "Председатель", "user:branch"
	pub := m.Public()
	if v := pub.Item(2).Vote; v.Elected != nil || v.ElectedCount != 1 || v.For != 226 {
		t.Errorf("the political council in public: %+v", v)
	}
	if v := pub.Item(3).Vote; len(v.Elected) != 1 || v.Elected[0].Name != "Председатель" || v.Elected[0].MemberID != "" || v.Actor != "" {
		t.Errorf("the chair in public: %+v", v)
	}
	if m.Item(2).Vote.Elected == nil || m.Item(3).Vote.Elected[0].MemberID != chair {
		t.Error("Public changed the meeting it was called on")
	}
}

func TestElectsAt(t *testing.T) {
	for _, b := range senim.ElectedBodies {
		if !b.ElectsAt(senim.MeetingConference) || b.ElectsAt(senim.MeetingBureauSession) {
			t.Errorf("%s: a conference elects every body, a bureau none", b)
		}
	}
	if senim.ElectAudit.ElectsAt(senim.MeetingCouncilSession) || !senim.ElectBureau.ElectsAt(senim.MeetingCouncilSession) {
		t.Error("a political council elects its bureau, not the audit commission")
	}
	if !senim.ElectChair.Public() || !senim.ElectBureau.Public() || senim.ElectCouncil.Public() || senim.ElectAudit.Public() {
		t.Error("the chair and the bureau are public posts; the council's and the commission's members are not named in public")
	}
}

func TestNewAward(t *testing.T) {
	good := senim.AwardInput{Member: senim.NewID(), Kind: "medal", Date: "2026-11-01", Reason: "За активную работу в общественной приёмной", Decree: "Решение бюро № 12"}
	a, err := senim.NewAward(good, confToday)
	if err != nil || a.Kind != senim.AwardMedal || a.Date != senim.MustDate("2026-11-01") {
		t.Fatalf("award = %+v, %v", a, err)
	}
	today := good
	today.Date, today.Decree, today.Meeting = "", "", senim.NewID()
	if a, err := senim.NewAward(today, confToday); err != nil || a.Date != confToday {
		t.Fatalf("an award of today by a meeting: %+v, %v", a, err)
	}
	tests := []struct {
		name string
		edit func(*senim.AwardInput)
		want []string
	}{
		{"no member", func(in *senim.AwardInput) { in.Member = "" }, []string{"member required"}},
		{"a member that is no id", func(in *senim.AwardInput) { in.Member = "Иванов" }, []string{"member award.member"}},
		{"unknown kind", func(in *senim.AwardInput) { in.Kind = "order" }, []string{"kind award.kind"}},
		{"a date in the future", func(in *senim.AwardInput) { in.Date = "2026-11-25" }, []string{"date date.future"}},
		{"a date before the party", func(in *senim.AwardInput) { in.Date = "1991-12-16" }, []string{"date date.before_party"}},
		{"no reason", func(in *senim.AwardInput) { in.Reason = " \n " }, []string{"reason required"}},
		{"a reason too long", func(in *senim.AwardInput) { in.Reason = strings.Repeat("я", senim.MaxAwardReasonLen+1) }, []string{"reason too_long"}},
		{"no decision", func(in *senim.AwardInput) { in.Decree = "" }, []string{"decree award.decision"}},
		{"a meeting that is no id", func(in *senim.AwardInput) { in.Meeting = "вчерашнее бюро" }, []string{"meeting award.meeting"}},
		{"a decree too long", func(in *senim.AwardInput) { in.Decree = strings.Repeat("№", senim.MaxDecreeLen+1) }, []string{"decree too_long"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := good
			tt.edit(&in)
			_, err := senim.NewAward(in, confToday)
			apWantErr(t, err, senim.EINVALID, tt.want...)
		})
	}
}
