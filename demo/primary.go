package demo

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"time"

	senim "github.com/senim-kz/senim"
)

// The demo's personnel reserve, primaries and candidate lists, in
// Karaganda (seed 003: the maslikhats' candidates "were chosen by the
// primaries from the personnel reserve"; the youth quota "up to 20%"): a
// reserve of a few hundred members for the posts of the oblast, its cities
// and districts; the primary before the maslikhat elections of 19 March
// 2023 for the oblast maslikhat, with its candidates and votes, its
// winners joining the oblast's reserve; the oblast maslikhat's list drawn
// up from its results and approved; and a draft list for the Karaganda
// city maslikhat that fails the youth quota.

const (
	demoReserve     = 320 // reserve entries of Karaganda
	demoCandidates  = 40  // candidates of the primary
	demoListPlaces  = 20  // places on the oblast maslikhat's list
	demoDraftPlaces = 15  // places on the city maslikhat's draft
)

var (
	electionDay2023 = senim.NewDate(2023, time.March, 19)
	primaryOpens    = senim.NewDate(2023, time.January, 16)
	primaryCloses   = senim.NewDate(2023, time.February, 5)
)

func (g *gen) primaries(ctx context.Context, log *slog.Logger) error {
	start := time.Now()
	karaganda := senim.KATO("350000000")
	ms, err := g.karagandaMembers(ctx, karaganda)
	if err != nil {
		return err
	}
	// Those who could stand in the primary: members before it opened.
	var pool []*senim.Member
	for _, m := range ms {
		if m.Joined.Before(primaryOpens) {
			pool = append(pool, m)
		}
	}
	if len(pool) < demoReserve+demoCandidates+2*demoDraftPlaces {
		log.Info("demo primaries skipped: too few members in Karaganda", "members", len(pool))
		return nil
	}
	g.rng.Shuffle(len(pool), func(i, j int) { pool[i], pool[j] = pool[j], pool[i] })
	kinds := map[senim.KATO]string{}
	for _, r := range Regions {
		if r.KATO == string(karaganda) {
			for _, p := range r.Places {
				kinds[senim.KATO(p.KATO)] = p.Kind
			}
		}
	}
	// Age today says who was young on election day, with a margin: ages
	// today up to 34 were under 32 then; from 42, over 38.
	young := func(m *senim.Member) bool { return m.Age <= 34 }
	old := func(m *senim.Member) bool { return m.Age >= 42 }

	// The primary's candidates first: five young, five women and thirty
	// others, so that the first twenty places make a list that meets both
	// quotas; the young and the women get the most votes among them.
	used := map[string]bool{}
	pick := func(n int, ok func(*senim.Member) bool) []*senim.Member {
		var out []*senim.Member
		for _, m := range pool {
			if len(out) == n {
				break
			}
			if !used[m.ID] && ok(m) {
				used[m.ID] = true
				out = append(out, m)
			}
		}
		return out
	}
	top := append(pick(5, young), pick(5, func(m *senim.Member) bool { return m.Sex == senim.Female && old(m) })...)
	top = append(top, pick(10, func(m *senim.Member) bool { return m.Sex == senim.Male && old(m) })...)
	rest := pick(demoCandidates-len(top), func(m *senim.Member) bool { return old(m) })
	if len(top) < demoListPlaces || len(rest) < demoCandidates-demoListPlaces {
		log.Info("demo primaries skipped: too few candidates in Karaganda")
		return nil
	}
	g.rng.Shuffle(len(top), func(i, j int) { top[i], top[j] = top[j], top[i] })
	var cands []senim.PrimaryCandidate
	votes := 2600
	for _, m := range append(top, rest...) {
		votes -= 20 + g.rng.IntN(60)
		cands = append(cands, senim.PrimaryCandidate{MemberID: m.ID, Votes: max(votes, 0)})
	}
	g.rng.Shuffle(len(cands), func(i, j int) { cands[i], cands[j] = cands[j], cands[i] }) // the order they were entered in
	pr, err := g.db.CreatePrimary(ctx, senim.PrimaryInput{
		Title: senim.Names{RU: "Праймериз партии по выборам в Карагандинский областной маслихат",
			KK: "Қарағанды облыстық мәслихатына сайлау бойынша партия праймеризі", EN: "Party primary for the Karaganda oblast maslikhat election"},
		Territory: string(karaganda), ElectionKind: string(senim.AssemblyOblast), Opens: primaryOpens.String(), Closes: primaryCloses.String(),
	}, cands)
	if err != nil {
		return fmt.Errorf("demo primary: %w", err)
	}

	// The reserve: the primary's first twenty for the oblast maslikhat,
	// and a few hundred more for the posts of the oblast, its cities and
	// districts, some of whom have left it since.
	var entries []*senim.ReserveEntry
	after := primaryCloses.AddDays(1)
	for _, c := range pr.Candidates[:demoListPlaces] {
		entries = append(entries, &senim.ReserveEntry{ID: senim.NewID(), MemberID: c.MemberID, Level: senim.ReserveOblast, Territory: karaganda,
			Since: after, Source: senim.ReserveFromPrimary, PrimaryID: pr.ID})
	}
	today := senim.DateOf(g.now)
	sources := []share{{"recommendation", 40}, {"competition", 25}, {"school", 25}, {"other", 10}}
	for _, m := range pool {
		if len(entries) == demoReserve {
			break
		}
		if used[m.ID] {
			continue
		}
		used[m.ID] = true
		e := &senim.ReserveEntry{ID: senim.NewID(), MemberID: m.ID, Source: senim.ReserveSource(g.pick(sources))}
		district := senim.KATO(string(m.Territory)[:4] + "00000")
		switch {
		case g.chance(0.25):
			e.Level, e.Territory = senim.ReserveOblast, karaganda
		case kinds[district] == "city":
			e.Level, e.Territory = senim.ReserveCity, district
		default:
			e.Level, e.Territory = senim.ReserveDistrict, district
		}
		from := maxDate(m.Joined, senim.NewDate(2019, time.January, 1))
		e.Since = from.AddDays(g.rng.IntN(max(1, from.DaysUntil(today)-30)))
		switch e.Source {
		case senim.ReserveSourceOther:
			e.Note = "Решение бюро политического совета филиала"
		case senim.ReserveSchool:
			e.Note = "Школа кадрового резерва, выпуск " + fmt.Sprint(e.Since.Year())
		}
		if g.chance(0.12) {
			e.Left = e.Since.AddDays(180 + g.rng.IntN(400))
			if e.Left.After(today) {
				e.Left = today
			}
			e.LeftReason = senim.ReserveExitReason(g.pick([]share{{"elected", 60}, {"withdrew", 30}, {"removed", 10}}))
			if e.LeftReason == senim.ReserveRemoved {
				e.LeftNote = "Решение бюро политического совета филиала"
			}
		}
		entries = append(entries, e)
	}
	if err := g.db.ImportReserve(ctx, entries); err != nil {
		return fmt.Errorf("demo reserve: %w", err)
	}

	// The oblast maslikhat's list from the primary's first twenty, one of
	// them with a disability; approved.
	l, err := g.db.CreateList(ctx, senim.CandidateListInput{
		Title: senim.Names{RU: "Партийный список кандидатов в депутаты Карагандинского областного маслихата",
			KK: "Қарағанды облыстық мәслихатының депутаттығына кандидаттардың партиялық тізімі", EN: "Party list for the Karaganda oblast maslikhat"},
		ElectionDay: electionDay2023.String(), Primary: pr.ID, Take: demoListPlaces})
	if err != nil {
		return fmt.Errorf("demo list: %w", err)
	}
	places := make([]senim.CandidateEntry, len(l.Places))
	for i, c := range l.Places {
		places[i] = senim.CandidateEntry{Member: c.MemberID, Disability: i == 13}
	}
	if _, err := g.db.SetListCandidates(ctx, l.ID, places); err != nil {
		return fmt.Errorf("demo list: %w", err)
	}
	if _, err := g.db.ApproveList(ctx, l.ID); err != nil {
		return fmt.Errorf("demo list approval: %w", err)
	}

	// The Karaganda city maslikhat's draft, drawn up by hand: enough women,
	// but one young candidate of fifteen where three are needed.
	city := senim.KATO("351000000")
	inCity := func(m *senim.Member) bool { return city.Contains(m.Territory) && old(m) }
	draft := append(pick(1, func(m *senim.Member) bool { return city.Contains(m.Territory) && young(m) }),
		pick(5, func(m *senim.Member) bool { return inCity(m) && m.Sex == senim.Female })...)
	draft = append(draft, pick(demoDraftPlaces-len(draft), func(m *senim.Member) bool { return inCity(m) && m.Sex == senim.Male })...)
	slices.SortFunc(draft, func(a, b *senim.Member) int { return b.Age - a.Age })
	var hand []senim.CandidateEntry
	for _, m := range draft {
		hand = append(hand, senim.CandidateEntry{Member: m.ID})
	}
	d, err := g.db.CreateList(ctx, senim.CandidateListInput{
		Title: senim.Names{RU: "Партийный список кандидатов в депутаты маслихата города Караганды (проект)",
			KK: "Қарағанды қаласы мәслихатының депутаттығына кандидаттардың партиялық тізімі (жоба)", EN: "Party list for the Karaganda city maslikhat (draft)"},
		Territory: string(city), ElectionKind: string(senim.AssemblyCity), ElectionDay: electionDay2023.String(), Candidates: hand})
	if err != nil {
		return fmt.Errorf("demo draft list: %w", err)
	}
	log.Info("demo primaries", "reserve", len(entries), "candidates", len(cands), "draft_passes", d.Quotas.Passed,
		"took", time.Since(start).Round(time.Millisecond))
	return nil
}

// karagandaMembers reads active members of the oblast, masked (their age
// today and sex are enough here): a page of every other city and district,
// the oblast centre first. Each read scans one place's members only, so
// that it costs the same whatever the oblast's size.
func (g *gen) karagandaMembers(ctx context.Context, k senim.KATO) ([]*senim.Member, error) {
	var out []*senim.Member
	for _, r := range Regions {
		if r.KATO != string(k) {
			continue
		}
		for i, p := range r.Places {
			if i%2 == 1 {
				continue
			}
			ms, _, err := g.db.FindMembers(ctx, senim.MemberFilter{Territory: senim.KATO(p.KATO), Status: senim.MemberActive, Limit: 300})
			if err != nil {
				return nil, fmt.Errorf("demo primaries: %w", err)
			}
			out = append(out, ms...)
		}
	}
	return out, nil
}
