package demo

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	senim "github.com/senim-kz/senim"
)

// The party's demo meetings and awards: the Karaganda oblast branch's
// reporting-and-election conference of seed 002 — held online, it hears
// the reports, elects the branch's chair, the political council, its
// bureau and the audit commission, and decides on the public councils
// (10 at the oblast level, 108 below) — and a session of its bureau that
// awards members; sessions of the political councils of four other
// regions, one without a quorum, one with a vote corrected, one that
// fails a decision; and about 200 awards to members of Karaganda and West
// Kazakhstan. Every record goes through the store's checks, as a branch's
// would.

// demoAwards is how many awards the demo grants.
const demoAwards = 200

var awardReasons = []string{
	"За активную работу в общественной приёмной партии",
	"За личный вклад в подготовку и проведение отчётно-выборной конференции",
	"За многолетнюю добросовестную работу в первичной партийной организации",
	"За активное участие в партийных праймериз",
	"За работу с обращениями граждан в период чрезвычайного положения",
	"За участие в благотворительном марафоне «30 добрых дел»",
	"За работу с молодёжью в рамках дорожной карты «Жастар Отанға»",
	"За активную работу в общественном совете при филиале партии",
}

func (g *gen) conferences(ctx context.Context, log *slog.Logger) error {
	start := time.Now()
	today := senim.DateOf(g.now)
	held := senim.NewDate(today.Year(), 11, 18)
	if held.After(today) {
		held = senim.NewDate(today.Year()-1, 11, 18)
	}
	kar, err := g.regionBranch(ctx, "350000000")
	if err != nil {
		return err
	}
	members, err := g.membersOf(ctx, "350000000", held, 60)
	if err != nil {
		return err
	}
	// The elected: a chair, 45 members of the political council (11 of them
	// in the bureau), 7 of the audit commission, none twice.
	pick := func(n int) []*senim.Member {
		n = min(n, len(members))
		out := members[:n]
		members = members[n:]
		return out
	}
	chair, council, audit := pick(1), pick(45), pick(7)
	presiding := kar.Chair
	if len(chair) > 0 {
		presiding = chair[0].Name
	}
	conf, err := g.meeting(ctx, senim.PartyMeetingInput{Branch: kar.ID, Kind: string(senim.MeetingConference),
		Title: senim.Names{RU: "XXXV отчётно-выборная конференция Карагандинского областного филиала партии",
			KK: "Партияның Қарағанды облыстық филиалының XXXV есептік-сайлау конференциясы",
			EN: "35th reporting-and-election conference of the Karaganda oblast branch"},
		Date: held.String(), Place: "Онлайн (видеоконференция)", Presiding: presiding, Delegates: 250, Present: 231},
		[]demoItem{
			{in: item("Отчёт о работе областного филиала партии за отчётный период", "Облыстық филиалдың есепті кезеңдегі жұмысы туралы есеп", "report", "", 0, false), vote: senim.VoteInput{For: 229, Abstained: 2}},
			{in: item("Отчёт контрольно-ревизионной комиссии", "Бақылау-тексеру комиссиясының есебі", "report", "", 0, false), vote: senim.VoteInput{For: 230, Abstained: 1}},
			{in: item("Избрание председателя областного филиала партии", "Облыстық филиал төрағасын сайлау", "election", senim.ElectChair, 1, false), vote: senim.VoteInput{For: 231}, elect: chair},
			{in: item("Избрание членов политического совета областного филиала", "Облыстық филиалдың саяси кеңесінің мүшелерін сайлау", "election", senim.ElectCouncil, 45, false), vote: senim.VoteInput{For: 226, Against: 1, Abstained: 4}, elect: council, secret: true},
			{in: item("Избрание бюро политического совета", "Саяси кеңестің бюросын сайлау", "election", senim.ElectBureau, 11, false), vote: senim.VoteInput{For: 228, Abstained: 3}, elect: council[:min(11, len(council))]},
			{in: item("Избрание контрольно-ревизионной комиссии", "Бақылау-тексеру комиссиясын сайлау", "election", senim.ElectAudit, 7, false), vote: senim.VoteInput{For: 227, Against: 1, Abstained: 3}, elect: audit},
			{in: item("О задачах филиала по усилению контроля за реализацией государственных программ и расходованием государственных средств",
				"Мемлекеттік бағдарламалардың іске асырылуын және мемлекеттік қаражаттың жұмсалуын бақылауды күшейту жөніндегі міндеттер туралы", "decision", "", 0, false), vote: senim.VoteInput{For: 231}},
			{in: item("О создании общественных советов при филиале: 10 на областном уровне, 108 на территориальных уровнях",
				"Филиал жанынан қоғамдық кеңестер құру туралы: облыстық деңгейде 10, аумақтық деңгейлерде 108", "decision", "", 0, false), vote: senim.VoteInput{For: 229, Abstained: 2}},
			{in: item("О внесении изменений в положение об областном филиале партии", "Облыстық филиал туралы ережеге өзгерістер енгізу туралы", "decision", "", 0, true), vote: senim.VoteInput{For: 198, Against: 20, Abstained: 13}},
		})
	if err != nil {
		return err
	}
	made := 1
	// The bureau that awards members, a month before the conference.
	bureau, err := g.meeting(ctx, senim.PartyMeetingInput{Branch: kar.ID, Kind: string(senim.MeetingBureauSession),
		Title: senim.Names{RU: "Заседание бюро политического совета Карагандинского областного филиала", KK: "Қарағанды облыстық филиалы саяси кеңесі бюросының отырысы"},
		Date:  held.AddDays(-30).String(), Place: "Караганда, ул. Ерубаева, 43", Presiding: presiding, Delegates: 11, Present: 10},
		[]demoItem{
			{in: item("О подготовке к отчётно-выборной конференции", "Есептік-сайлау конференциясына дайындық туралы", "decision", "", 0, false), vote: senim.VoteInput{For: 10}},
			{in: item("О награждении членов партии", "Партия мүшелерін марапаттау туралы", "decision", "", 0, false), vote: senim.VoteInput{For: 10}},
		})
	if err != nil {
		return err
	}
	made++

	// Sessions of the political councils of other regions.
	type session struct {
		region                 senim.KATO
		place                  string
		daysAgo                int
		delegates, present     int
		coopt, correct, failed bool
	}
	for _, s := range []session{
		{"270000000", "Уральск, пр. Достык, 201", 40, 41, 37, true, false, false},
		{"750000000", "Алматы, ул. Желтоксан, 115", 75, 61, 55, false, true, false},
		{"710000000", "Астана, пр. Абая, 12", 110, 55, 47, false, false, true},
		{"550000000", "Павлодар, ул. Толстого, 84", 20, 41, 17, false, false, false},
	} {
		b, err := g.regionBranch(ctx, s.region)
		if err != nil {
			return err
		}
		names := regionNames(s.region)
		on := today.AddDays(-s.daysAgo)
		items := []demoItem{
			{in: item("О ходе исполнения предвыборной программы партии в регионе", "Партияның өңірдегі сайлауалды бағдарламасының орындалу барысы туралы", "decision", "", 0, false),
				vote: senim.VoteInput{For: s.present - 2, Abstained: 2}},
			{in: item("Отчёт о работе общественных приёмных партии", "Партияның қоғамдық қабылдау бөлмелерінің жұмысы туралы есеп", "report", "", 0, false),
				vote: senim.VoteInput{For: s.present - 1, Abstained: 1}},
		}
		if s.coopt {
			if ms, err := g.membersOf(ctx, s.region, on, 20); err != nil {
				return err
			} else if len(ms) > 0 {
				items = append(items, demoItem{in: item("Об избрании в состав бюро политического совета", "Саяси кеңестің бюро құрамына сайлау туралы", "election", senim.ElectBureau, 1, false),
					vote: senim.VoteInput{For: s.present - 3, Against: 1, Abstained: 2}, elect: ms[:1]})
			}
		}
		if s.failed {
			items = append(items, demoItem{in: item("О переносе срока отчётной конференции филиала", "Филиалдың есептік конференциясының мерзімін ауыстыру туралы", "decision", "", 0, true),
				vote: senim.VoteInput{For: s.present / 2, Against: s.present/2 - 3, Abstained: 3}})
		}
		if s.present*2 <= s.delegates {
			for i := range items {
				items[i].vote = senim.VoteInput{} // no quorum: nothing is voted
			}
		}
		m, err := g.meeting(ctx, senim.PartyMeetingInput{Branch: b.ID, Kind: string(senim.MeetingCouncilSession),
			Title: senim.Names{RU: "Заседание политического совета филиала партии, " + names[0], KK: "Партия филиалы саяси кеңесінің отырысы, " + names[1],
				EN: "Session of the political council of the party branch, " + names[2]},
			Date: on.String(), Place: s.place, Presiding: b.Chair, Delegates: s.delegates, Present: s.present}, items)
		if err != nil {
			return err
		}
		if s.correct {
			if _, err := g.db.RecordVote(ctx, m.ID, 1, senim.VoteInput{For: s.present - 3, Abstained: 3,
				Reason: "Счётная комиссия пересчитала бюллетени: двое воздержавшихся были учтены как голосовавшие «за»"}); err != nil {
				return fmt.Errorf("demo corrected vote: %w", err)
			}
		}
		made++
	}

	// Awards: in Karaganda, by the bureau's decision or by the chair's
	// decree; in West Kazakhstan by the chair's decree.
	n, err := g.awards(ctx, today, held.AddDays(-30), bureau.ID)
	if err != nil {
		return err
	}
	log.Info("demo conferences", "meetings", made, "conference", conf.ID, "awards", n, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// demoItem is an agenda item with its vote (none when For is 0) and the
// members it elects; secret gives each of them votes of their own.
type demoItem struct {
	in     senim.AgendaItemInput
	vote   senim.VoteInput
	elect  []*senim.Member
	secret bool
}

func item(ru, kk, kind string, body senim.ElectedBody, seats int, qualified bool) senim.AgendaItemInput {
	return senim.AgendaItemInput{Title: senim.Names{RU: ru, KK: kk}, Kind: kind, Body: string(body), Seats: seats, Qualified: qualified}
}

// meeting records a meeting, its agenda and the votes, through the store.
func (g *gen) meeting(ctx context.Context, in senim.PartyMeetingInput, items []demoItem) (*senim.PartyMeeting, error) {
	m, err := g.db.CreatePartyMeeting(ctx, in)
	if err != nil {
		return nil, fmt.Errorf("demo meeting: %w", err)
	}
	for i, it := range items {
		if _, err := g.db.AddAgendaItem(ctx, m.ID, it.in); err != nil {
			return nil, fmt.Errorf("demo agenda item: %w", err)
		}
		v := it.vote
		if v.For == 0 || it.in.Kind == string(senim.AgendaElection) && len(it.elect) == 0 {
			continue // not voted, or nobody to elect: the members are missing
		}
		needed := senim.VotesNeeded(in.Present, it.in.Qualified)
		for _, e := range it.elect {
			ei := senim.ElectedInput{Member: e.ID}
			if it.secret {
				votes := max(needed, v.For-g.rng.IntN(12))
				ei.Votes = &votes
			}
			v.Elected = append(v.Elected, ei)
		}
		if _, err := g.db.RecordVote(ctx, m.ID, i+1, v); err != nil {
			return nil, fmt.Errorf("demo vote on %q: %w", it.in.Title.RU, err)
		}
	}
	return m, nil
}

// regionBranch finds the branch of a region (oblast or city of republican
// significance); when the party's demo made none, it makes one.
func (g *gen) regionBranch(ctx context.Context, k senim.KATO) (*senim.Branch, error) {
	bs, err := g.db.FindBranches(ctx, k)
	if err != nil {
		return nil, err
	}
	for _, b := range bs {
		if b.Territory == k && (b.Level == senim.BranchOblast || b.Level == senim.BranchCity) {
			return b, nil
		}
	}
	names := regionNames(k)
	level := senim.BranchOblast
	if k == "710000000" || k == "750000000" || k == "790000000" {
		level = senim.BranchCity
	}
	b, err := g.db.CreateBranch(ctx, senim.BranchInput{Level: string(level), Territory: string(k),
		Name: senim.Names{RU: "Филиал партии, " + names[0], KK: "Партия филиалы, " + names[1], EN: "Party branch, " + names[2]}, Chair: g.personName()})
	if err != nil {
		return nil, fmt.Errorf("demo branch: %w", err)
	}
	return b, nil
}

// membersOf returns up to n active members of a region who had joined by
// the day, in a random order: short pages of the lists of its districts
// and cities by name, each taken at a random place, so that the names do
// not all begin with the same letters. (A district's list is quick to
// read; the whole region's is not.)
func (g *gen) membersOf(ctx context.Context, k senim.KATO, by senim.Date, n int) ([]*senim.Member, error) {
	var places []senim.KATO
	for _, r := range Regions {
		if senim.KATO(r.KATO) == k {
			for _, p := range r.Places {
				places = append(places, senim.KATO(p.KATO))
			}
		}
	}
	if len(places) == 0 {
		places = []senim.KATO{k}
	}
	// Pages of twenty at random places of each list, round the places, until
	// there are enough (or the lists run short).
	var out []*senim.Member
	seen := map[string]bool{}
	totals := map[senim.KATO]int{}
	const page = 20
	for try := 0; len(out) < n && try < 3*n/page+len(places); try++ {
		place := places[try%len(places)]
		total, ok := totals[place]
		f := senim.MemberFilter{Territory: place, Status: senim.MemberActive, Limit: 1}
		if !ok {
			_, t, err := g.db.FindMembers(ctx, f)
			if err != nil {
				return nil, fmt.Errorf("demo members: %w", err)
			}
			total, totals[place] = t, t
		}
		if total == 0 {
			continue
		}
		f.Limit, f.Offset = page, g.rng.IntN(max(1, total-page+1))
		ms, _, err := g.db.FindMembers(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("demo members: %w", err)
		}
		for _, m := range ms {
			if !m.Joined.After(by) && !seen[m.ID] && len(out) < n {
				seen[m.ID] = true
				out = append(out, m)
			}
		}
	}
	g.rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out, nil
}

// awards grants about demoAwards awards: four in five to members of
// Karaganda (half by the bureau's session of day bureauOn), the rest to
// members of West Kazakhstan; each on a day the member was one.
func (g *gen) awards(ctx context.Context, today, bureauOn senim.Date, bureauID string) (int, error) {
	var as []*senim.Award
	decree := 0
	for _, part := range []struct {
		k senim.KATO
		n int
	}{{"350000000", demoAwards * 4 / 5}, {"270000000", demoAwards / 5}} {
		ms, err := g.membersOf(ctx, part.k, today, part.n)
		if err != nil {
			return 0, err
		}
		for _, m := range ms[:min(part.n, len(ms))] {
			a := &senim.Award{ID: senim.NewID(), MemberID: m.ID, Name: m.Name, Territory: m.Territory, Reason: pickOne(g, awardReasons)}
			switch x := g.rng.Float64(); {
			case x < 0.15:
				a.Kind = senim.AwardMedal
			case x < 0.5:
				a.Kind = senim.AwardHonour
			default:
				a.Kind = senim.AwardThanks
			}
			if part.k == "350000000" && g.chance(0.5) && !m.Joined.After(bureauOn) {
				a.MeetingID, a.Date = bureauID, bureauOn
			} else {
				from := maxDate(m.Joined, today.AddDays(-730))
				a.Date = from.AddDays(g.rng.IntN(from.DaysUntil(today) + 1))
				decree++
				a.Decree = fmt.Sprintf("Распоряжение председателя филиала № %d от %s", 10+decree, a.Date.Start().Format("02.01.2006"))
			}
			as = append(as, a)
		}
	}
	if err := g.db.ImportAwards(ctx, as); err != nil {
		return 0, fmt.Errorf("demo awards: %w", err)
	}
	return len(as), nil
}
