package demo

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"time"

	senim "github.com/senim-kz/senim"
)

// The demo's elections, made to reproduce the figures of the seeds from
// whole results, row by row — nothing typed as a percentage:
//
//   - the maslikhats of Karaganda oblast elected on 19 March 2023 (seed
//     003): the oblast's and its 13 cities' and districts', 274 deputies,
//     230 of the party; of the party's elected 26% women and 17% youth
//     under 35; the corps renewed by more than half, counted against the
//     previous convocation elected on 10 January 2021, whose results are
//     here too; the party's list «82%» locally;
//   - the first direct elections of rural akims, 25 July 2021 (seed 000):
//     the party won 86% of the okrugs; 35% of its akims are new faces;
//     average age 46, women 11%, youth 14%. Who held the post before is
//     marked in the file, there being no earlier election of akims. The
//     seed's «renewed by 50%» cannot come out of these figures (see
//     docs/elections.md): the renewal computed is 44%;
//   - the Mazhilis of 2023, its seats as the rating's deputies have them
//     (40 of 69 list seats and 22 of 29 districts), and of 2021, where the
//     party took «almost 72%» of the votes nationally (seed 003).
//
// The candidates are made up, each with a valid IIN; those re-elected keep
// theirs. The elected are not the rating's deputies: the rating deals its
// factions later.

// electionsOn are the demo's election days.
var (
	mazhilis2021   = senim.NewDate(2021, 1, 10)
	ruralAkims2021 = senim.NewDate(2021, 7, 25)
)

// The seeds' figures of Karaganda's maslikhats, as counts.
const (
	karagandaOwnWomen      = 60  // of the party's 230: 26.1%
	karagandaOwnYouth      = 39  // of 230: 17.0%
	karagandaOwnReturned   = 105 // of 230 re-elected: 125 new faces
	karagandaOtherWomen    = 11  // of the other 44
	karagandaOtherYouth    = 8
	karagandaOtherReturned = 15 // with the party's, 120 of 274: renewed by 56.2%
	karagandaListSeats     = 20 // of the oblast maslikhat's 40, the rest in single-member constituencies
	karagandaListOwn       = 17
)

// The seed's figures of the rural akims, as counts of 250 okrugs.
const (
	ruralOkrugs   = 250
	ruralOwn      = 215 // 86.0%
	ruralNewFaces = 75  // of 215: 34.9%
	ruralWomen    = 24  // 11.2%
	ruralYouth    = 30  // 14.0%
)

// Votes of the party lists, national (the Mazhilis) and in the oblast
// maslikhat's list contest.
var (
	mazhilisVotes2021  = []share{{ownParty, 4_660_000}, {"akzhol", 736_372}, {"npk", 612_247}, {"auyl", 470_000}}
	mazhilisSeats2021  = []share{{ownParty, 76}, {"akzhol", 12}, {"npk", 10}}
	mazhilisVotes2023  = []share{{ownParty, 3_431_510}, {"auyl", 692_356}, {"respublica", 546_113}, {"akzhol", 533_015}, {"npk", 432_442}, {"osdp", 332_277}}
	karagandaVotes2023 = []share{{ownParty, 410_000}, {"auyl", 30_000}, {"akzhol", 25_000}, {"respublica", 20_000}, {"npk", 10_000}, {"osdp", 5_000}}
	karagandaVotes2021 = []share{{ownParty, 372_000}, {"akzhol", 38_000}, {"npk", 30_000}, {"auyl", 14_000}}
	karagandaListOther = []string{"auyl", "akzhol", "respublica"} // the oblast list's other seats, one each
	ruralOthers        = []share{{"", 20}, {"auyl", 8}, {"akzhol", 4}, {"npk", 3}}
)

// candidate is a made-up person standing in an election.
type candidate struct {
	name  string
	iin   string
	birth senim.Date
	sex   senim.Sex
}

// electionDemo makes the candidates with its own random source, so that
// the steps after it draw as they did before it.
type electionDemo struct {
	rng  *rand.Rand
	iins map[string]bool
	rows int
}

func pickFrom[T any](rng *rand.Rand, s []T) T { return s[rng.IntN(len(s))] }

// person makes a candidate of sex who is age on day on.
func (d *electionDemo) person(sex senim.Sex, age int, on senim.Date) candidate {
	for {
		birth := senim.NewDate(on.Year()-age, time.Month(1+d.rng.IntN(12)), 1+d.rng.IntN(28))
		if birth.After(on.AddMonths(-12 * age)) {
			birth = birth.AddMonths(-12)
		}
		iin, ok := senim.MakeIIN(birth, sex, d.rng.IntN(10000))
		if !ok || d.iins[iin] {
			continue
		}
		d.iins[iin] = true
		var sur Surname
		var given string
		p := pickFrom(d.rng, Patronymics)
		if d.rng.Float64() < 0.75 {
			sur, given = pickFrom(d.rng, KazakhSurnames), pickFrom(d.rng, KazakhMale)
			if sex == senim.Female {
				given = pickFrom(d.rng, KazakhFemale)
			}
		} else {
			sur, given = pickFrom(d.rng, RussianSurnames), pickFrom(d.rng, RussianMale)
			if sex == senim.Female {
				given = pickFrom(d.rng, RussianFemale)
			}
		}
		c := candidate{name: sur.M + " " + given + " " + p.M, iin: iin, birth: birth, sex: sex}
		if sex == senim.Female {
			c.name = sur.F + " " + given + " " + p.F
		}
		return c
	}
}

// adult makes a candidate of either sex (women with chance women) aged
// from lo to hi on day on.
func (d *electionDemo) adult(women float64, lo, hi int, on senim.Date) candidate {
	sex := senim.Male
	if d.rng.Float64() < women {
		sex = senim.Female
	}
	return d.person(sex, lo+d.rng.IntN(hi-lo+1), on)
}

// ballot is one row of a result being made.
type ballot struct {
	constituency string
	territory    senim.KATO
	who          candidate
	withIIN      bool // the file gives the IIN (else the birth date and sex)
	party        string
	votes        int
	elected      bool
	incumbent    bool
}

// result turns ballots into the rows of a file, checked as a file's are.
func (d *electionDemo) result(bs []ballot, on senim.Date) ([]*senim.ElectionResult, error) {
	out := make([]*senim.ElectionResult, 0, len(bs))
	for i, b := range bs {
		in := senim.ElectionResultInput{Constituency: b.constituency, Territory: string(b.territory), Candidate: b.who.name, Party: b.party,
			Votes: b.votes, Elected: b.elected, Incumbent: b.incumbent}
		switch {
		case b.who.name == "":
		case b.withIIN:
			in.IIN = b.who.iin
		default:
			in.BirthDate, in.Sex = b.who.birth.String(), string(b.who.sex)
		}
		r, err := senim.NewElectionResult(in, on)
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i+1, err)
		}
		r.Line = i + 2
		out = append(out, r)
	}
	d.rows += len(out)
	return out, nil
}

// listVotes are the rows of the parties' list votes on territory k.
func listVotes(k senim.KATO, votes []share) []ballot {
	var out []ballot
	for _, v := range votes {
		out = append(out, ballot{constituency: senim.ElectionList, territory: k, party: v.v, votes: v.w})
	}
	return out
}

// store adds an election and imports its result as the system.
func (g *gen) storeElection(ctx context.Context, d *electionDemo, in senim.ElectionInput, bs []ballot) error {
	e, err := g.db.CreateElection(ctx, in)
	if err != nil {
		return fmt.Errorf("demo election %s: %w", in.Name.RU, err)
	}
	rs, err := d.result(bs, e.Held)
	if err != nil {
		return fmt.Errorf("demo election %s: %w", in.Name.RU, err)
	}
	if _, err := g.db.ImportElectionResults(ctx, e.ID, rs, false); err != nil {
		return fmt.Errorf("demo election %s: %w", in.Name.RU, err)
	}
	return nil
}

var ordinalRU = map[int]string{7: "седьмого", 8: "восьмого"}
var ordinalKK = map[int]string{7: "жетінші", 8: "сегізінші"}
var ordinalEN = map[int]string{7: "seventh", 8: "eighth"}

// elections stores the demo's elections with their results: those held
// by today.
func (g *gen) elections(ctx context.Context, log *slog.Logger) error {
	start := time.Now()
	today := senim.DateOf(g.now)
	d := &electionDemo{rng: rand.New(rand.NewPCG(g.rng.Uint64(), 0xe1ec7)), iins: map[string]bool{}}
	n := 0
	if !today.Before(mazhilis2021) {
		mz2021, err := g.mazhilis2021(ctx, d)
		if err != nil {
			return err
		}
		n++
		if !today.Before(electedOn) {
			if err := g.mazhilis2023(ctx, d, mz2021); err != nil {
				return err
			}
			n++
		}
	}
	k, err := g.karaganda(ctx, d, today)
	if err != nil {
		return err
	}
	n += k
	if !today.Before(ruralAkims2021) {
		if err := g.ruralAkims(ctx, d); err != nil {
			return err
		}
		n++
	}
	log.Info("demo elections", "elections", n, "rows", d.rows, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// mazhilis2021 stores the Mazhilis elected on 10 January 2021 by party
// lists only, and returns its elected by party.
func (g *gen) mazhilis2021(ctx context.Context, d *electionDemo) (map[string][]candidate, error) {
	on := mazhilis2021
	bs := listVotes(senim.CountryKATO, mazhilisVotes2021)
	elected := map[string][]candidate{}
	for _, s := range mazhilisVotes2021 {
		seats := 0
		for _, x := range mazhilisSeats2021 {
			if x.v == s.v {
				seats = x.w
			}
		}
		for i := range seats + 3 { // three more on the list than elected
			c := d.adult(0.25, 30, 68, on)
			if i < seats {
				elected[s.v] = append(elected[s.v], c)
			}
			bs = append(bs, ballot{constituency: senim.ElectionList, territory: senim.CountryKATO, who: c, withIIN: true, party: s.v, elected: i < seats})
		}
	}
	return elected, g.storeElection(ctx, d, mazhilisInput(on, 7), bs)
}

func mazhilisInput(on senim.Date, conv int) senim.ElectionInput {
	return senim.ElectionInput{Kind: string(senim.ElectionMazhilis), Territory: string(senim.CountryKATO), Held: on.String(), Convocation: conv,
		Name: senim.Names{
			RU: "Выборы депутатов Мажилиса Парламента Республики Казахстан " + ordinalRU[conv] + " созыва",
			KK: "Қазақстан Республикасы Парламенті Мәжілісінің " + ordinalKK[conv] + " шақырылым депутаттарын сайлау",
			EN: "Elections to the Mazhilis of the Parliament of the Republic of Kazakhstan, " + ordinalEN[conv] + " convocation",
		}}
}

// mazhilis2023 stores the Mazhilis elected on 19 March 2023: the list
// seats and the districts as the rating's deputies have them; some of the
// party's, Ak Zhol's and the People's Party's deputies of 2021 return.
func (g *gen) mazhilis2023(ctx context.Context, d *electionDemo, before map[string][]candidate) error {
	on := electedOn
	bs := listVotes(senim.CountryKATO, mazhilisVotes2023)
	returning := map[string]int{ownParty: 25, "akzhol": 3, "npk": 3}
	for _, s := range mazhilisList {
		back := before[s.v]
		for i := range s.w + 3 {
			var c candidate
			if i < returning[s.v] && i < len(back) {
				c = back[i]
			} else {
				c = d.adult(0.2, 28, 66, on)
			}
			bs = append(bs, ballot{constituency: senim.ElectionList, territory: senim.CountryKATO, who: c, withIIN: true, party: s.v, elected: i < s.w})
		}
	}
	// The districts: one in each region and the rest where more people
	// live, each in a place of its region, their winners dealt as the
	// rating deals them.
	winners := expand(mazhilisDistrict)
	d.rng.Shuffle(len(winners), func(i, j int) { winners[i], winners[j] = winners[j], winners[i] })
	_, perRegion := mazhilisByRegion()
	number := 0
	for _, r := range Regions {
		for i := range perRegion[r.KATO] {
			if number == len(winners) {
				break
			}
			k := senim.KATO(r.Places[i*len(r.Places)/perRegion[r.KATO]].KATO)
			number++
			bs = append(bs, d.contest(fmt.Sprintf("№ %d", number), k, winners[number-1], 2+d.rng.IntN(4), 60_000, on, 0.2, 30, 66)...)
		}
	}
	return g.storeElection(ctx, d, mazhilisInput(on, 8), bs)
}

// contest makes a single-member constituency's candidates: the winner of
// party won and others from the other parties and the self-nominated,
// votes out of about total.
func (d *electionDemo) contest(name string, k senim.KATO, won string, candidates, total int, on senim.Date, women float64, lo, hi int) []ballot {
	winner := d.adult(women, lo, hi, on)
	return d.contestOf(name, k, won, winner, candidates, total, on)
}

// contestOf is contest with the winner given: the party's candidate
// stands in most constituencies it does not win, and no party twice.
func (d *electionDemo) contestOf(name string, k senim.KATO, won string, winner candidate, candidates, total int, on senim.Date) []ballot {
	share := 0.42 + 0.3*d.rng.Float64()
	out := []ballot{{constituency: name, territory: k, who: winner, withIIN: true, party: won, votes: int(float64(total) * share), elected: true}}
	rest := float64(total) * (1 - share)
	used := map[string]bool{won: true}
	for i := 1; i < candidates; i++ {
		p := ""
		switch {
		case i == 1 && !used[ownParty] && d.rng.Float64() < 0.8:
			p = ownParty
		case d.rng.Float64() < 0.6:
			p = []string{"auyl", "akzhol", "npk", "respublica", "osdp"}[d.rng.IntN(5)]
			if used[p] {
				p = ""
			}
		}
		if p == "respublica" && on.Year() < 2023 { // registered in 2023
			p = ""
		}
		if p != "" {
			used[p] = true
		}
		part := rest * (0.3 + 0.4*d.rng.Float64())
		if i == candidates-1 {
			part = rest
		}
		rest -= part
		out = append(out, ballot{constituency: name, territory: k, who: d.adult(0.3, 28, 66, on), withIIN: d.rng.Float64() < 0.5, party: p,
			votes: min(int(part), out[0].votes-1)})
	}
	return out
}

// maslikhatBody is one of Karaganda's maslikhats: the oblast's or a city's
// or district's, with its seats and the party's share of them.
type maslikhatBody struct {
	kind  senim.ElectionKind
	k     senim.KATO
	place *Place // nil for the oblast's
	seats int
	own   int
}

// karagandaBodies lists Karaganda's maslikhats as the rating does: the
// oblast's first, then the cities' and districts' in the region's order,
// the party's 230 seats shared out in proportion to their seats.
func karagandaBodies() []*maslikhatBody {
	var r *Region
	for i := range Regions {
		if Regions[i].KATO[:2] == karagandaRegion {
			r = &Regions[i]
		}
	}
	out := []*maslikhatBody{{kind: senim.ElectionOblast, k: senim.KATO(r.KATO), seats: karagandaOblastSeats}}
	for i := range r.Places {
		p := &r.Places[i]
		n := karagandaSeats[p.KATO]
		if n == 0 {
			continue
		}
		kind := senim.ElectionDistrict
		if p.Kind == "city" {
			kind = senim.ElectionCity
		}
		out = append(out, &maslikhatBody{kind: kind, k: senim.KATO(p.KATO), place: p, seats: n})
	}
	w := make([]float64, len(out))
	for i, b := range out {
		w[i] = float64(b.seats)
	}
	for i, n := range apportion(karagandaOwn, w) {
		out[i].own = n
	}
	return out
}

func (b *maslikhatBody) input(on senim.Date, conv int) senim.ElectionInput {
	in := senim.ElectionInput{Kind: string(b.kind), Territory: string(b.k), Held: on.String(), Convocation: conv}
	if b.place == nil {
		for _, r := range Regions {
			if r.KATO == string(b.k) {
				names := regionNames(b.k)
				in.Name = senim.Names{
					RU: "Выборы депутатов маслихата " + r.GenRU + " " + ordinalRU[conv] + " созыва",
					KK: r.GenKK + " мәслихатына депутаттар сайлауы, " + ordinalKK[conv] + " шақырылым",
					EN: "Elections to the Maslikhat of " + names[2] + ", " + ordinalEN[conv] + " convocation",
				}
			}
		}
		return in
	}
	en := b.place.EN + " Maslikhat"
	if b.place.Kind == "city" {
		en = b.place.EN + " City Maslikhat"
	}
	in.Name = senim.Names{
		RU: "Выборы депутатов маслихата " + b.place.GenRU + " " + ordinalRU[conv] + " созыва",
		KK: b.place.GenKK + " мәслихатына депутаттар сайлауы, " + ordinalKK[conv] + " шақырылым",
		EN: "Elections to the " + en + ", " + ordinalEN[conv] + " convocation",
	}
	return in
}

// seat is one elected of Karaganda's maslikhats in 2023: party, sex,
// youth and whether the deputy sat in the same maslikhat before.
type seat struct {
	party    string
	female   bool
	young    bool
	returned bool
}

// karagandaSeatsOf deals the attributes of the seats: the party's 230 and
// the others' 44, each group shuffled so that the counts hold whatever
// maslikhat a seat is in.
func (d *electionDemo) karagandaSeatsOf(own, other int) (ownSeats, otherSeats []seat) {
	deal := func(n, women, youth, returned int, party func() string) []seat {
		out := make([]seat, n)
		for i := range out {
			out[i].party = party()
		}
		for _, f := range []struct {
			n   int
			set func(*seat)
		}{{women, func(s *seat) { s.female = true }}, {youth, func(s *seat) { s.young = true }}, {returned, func(s *seat) { s.returned = true }}} {
			for _, i := range d.rng.Perm(n)[:f.n] {
				f.set(&out[i])
			}
		}
		return out
	}
	ownSeats = deal(own, karagandaOwnWomen, karagandaOwnYouth, karagandaOwnReturned, func() string { return ownParty })
	otherSeats = deal(other, karagandaOtherWomen, karagandaOtherYouth, karagandaOtherReturned, func() string {
		return pickShare(d.rng, otherFactions)
	})
	return ownSeats, otherSeats
}

func pickShare(rng *rand.Rand, s []share) string {
	n := rng.IntN(sum(s))
	for _, x := range s {
		if n < x.w {
			return x.v
		}
		n -= x.w
	}
	return s[len(s)-1].v
}

// karaganda stores the elections of Karaganda's maslikhats: of 10
// January 2021 (the previous convocation, every seat a party list's) and
// of 19 March 2023, where the oblast maslikhat elects half its seats by
// party lists and half in single-member constituencies, the cities and
// districts all in constituencies. The 2023 seats are planned first, so
// that those re-elected, by the counts above, are among the elected of
// 2021 in the same maslikhat, with the same IINs; the result files of
// 2023 do not say who was re-elected: the store finds them.
func (g *gen) karaganda(ctx context.Context, d *electionDemo, today senim.Date) (int, error) {
	bodies := karagandaBodies()
	own, others := d.karagandaSeatsOf(karagandaOwn, 274-karagandaOwn)
	plan := map[senim.KATO][]seat{}
	people := map[senim.KATO][]candidate{}
	before := map[senim.KATO][]candidate{} // the re-elected, as they were in 2021
	for _, b := range bodies {
		var seats []seat
		seats, own = append(seats, own[:b.own]...), own[b.own:]
		seats, others = append(seats, others[:b.seats-b.own]...), others[b.seats-b.own:]
		plan[b.k] = seats
		for _, s := range seats {
			sex := senim.Male
			if s.female {
				sex = senim.Female
			}
			age := 35 + d.rng.IntN(30)
			if s.young {
				age = 25 + d.rng.IntN(10)
			}
			c := d.person(sex, age, electedOn)
			people[b.k] = append(people[b.k], c)
			if s.returned {
				before[b.k] = append(before[b.k], c)
			}
		}
	}
	n := 0
	if !today.Before(mazhilis2021) {
		for _, b := range bodies {
			if err := g.karaganda2021(ctx, d, b, before[b.k]); err != nil {
				return n, err
			}
			n++
		}
	}
	if !today.Before(electedOn) {
		for _, b := range bodies {
			if err := g.karaganda2023(ctx, d, b, bodies, plan[b.k], people[b.k]); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// karaganda2021 stores a maslikhat's election of 2021: the party lists'
// votes and elected, among them those who return in 2023.
func (g *gen) karaganda2021(ctx context.Context, d *electionDemo, b *maslikhatBody, returning []candidate) error {
	on := mazhilis2021
	ownSeats := min(b.own+6*b.seats/100, b.seats)
	rest := b.seats - ownSeats
	seats := []share{{ownParty, ownSeats}, {"akzhol", (rest + 1) / 2}, {"npk", rest / 2}}
	votes := karagandaVotes2021
	if b.place != nil { // a city's or district's list contest: its part of the oblast's voters
		votes = nil
		for _, v := range karagandaVotes2021 {
			votes = append(votes, share{v.v, v.w * b.seats / 300})
		}
	}
	bs := listVotes(b.k, votes)
	for _, s := range seats {
		for range s.w {
			var c candidate
			if len(returning) > 0 {
				c, returning = returning[0], returning[1:]
			} else {
				c = d.adult(0.22, 30, 64, on)
			}
			bs = append(bs, ballot{constituency: senim.ElectionList, territory: b.k, who: c, withIIN: true, party: s.v, elected: true})
		}
		if s.w > 0 {
			bs = append(bs, ballot{constituency: senim.ElectionList, territory: b.k, who: d.adult(0.3, 25, 60, on), withIIN: true, party: s.v})
		}
	}
	return g.storeElection(ctx, d, b.input(on, 7), bs)
}

// karaganda2023 stores a maslikhat's election of 2023 as planned: the
// seats and their elected.
func (g *gen) karaganda2023(ctx context.Context, d *electionDemo, b *maslikhatBody, bodies []*maslikhatBody, seats []seat, people []candidate) error {
	on := electedOn
	var bs []ballot
	type member struct {
		s seat
		c candidate
	}
	var district []member
	if b.place == nil { // the oblast's list: 17 of the party's seats and one each of three others
		bs = listVotes(b.k, karagandaVotes2023)
		others := slices.Clone(karagandaListOther)
		ownList := 0
		for i, s := range seats {
			switch {
			case s.party == ownParty && ownList < karagandaListOwn:
				ownList++
			case s.party != ownParty && s.party != "" && len(others) > 0:
				s.party, others = others[0], others[1:]
			default:
				district = append(district, member{s, people[i]})
				continue
			}
			bs = append(bs, ballot{constituency: senim.ElectionList, territory: b.k, who: people[i], withIIN: true, party: s.party, elected: true})
		}
		for _, p := range []string{ownParty, "auyl", "akzhol", "respublica"} {
			bs = append(bs, ballot{constituency: senim.ElectionList, territory: b.k, who: d.adult(0.3, 25, 60, on), withIIN: true, party: p})
		}
	} else {
		for i, s := range seats {
			district = append(district, member{s, people[i]})
		}
	}
	d.rng.Shuffle(len(district), func(i, j int) { district[i], district[j] = district[j], district[i] })
	subs := []senim.KATO{b.k}
	if b.place != nil {
		for _, c := range b.place.Children {
			subs = append(subs, senim.KATO(c.KATO))
		}
	} else {
		for _, x := range bodies[1:] {
			subs = append(subs, x.k)
		}
	}
	for i, m := range district {
		k := subs[i*len(subs)/len(district)]
		bs = append(bs, d.contestOf(fmt.Sprintf("№ %d", i+1), k, m.s.party, m.c, 2+d.rng.IntN(3), 3_000+d.rng.IntN(4_000), on)...)
	}
	return g.storeElection(ctx, d, b.input(on, convocation), bs)
}

// ruralAkims stores the first direct elections of rural akims, 25 July
// 2021, in 250 of the demo's rural okrugs, villages and towns: the party's
// candidates win 215; 140 of its winners held the post before (appointed:
// the file marks them), 75 are new. Its winners are 24 women and 30 young,
// of an average age of 46.
func (g *gen) ruralAkims(ctx context.Context, d *electionDemo) error {
	on := ruralAkims2021
	var okrugs []*Place
	for ri := range Regions {
		for pi := range Regions[ri].Places {
			p := &Regions[ri].Places[pi]
			for ci := range p.Children {
				if c := &p.Children[ci]; c.Kind == "village" || c.Kind == "town" {
					okrugs = append(okrugs, c)
				}
			}
		}
	}
	if len(okrugs) < ruralOkrugs {
		return fmt.Errorf("demo rural akims: %d okrugs, want %d", len(okrugs), ruralOkrugs)
	}
	// 250 of them, spread over the country.
	picked := make([]*Place, ruralOkrugs)
	for i := range picked {
		picked[i] = okrugs[i*len(okrugs)/ruralOkrugs]
	}
	okrugs = picked
	// The party's winners: ages that average 46 exactly, the young among
	// them; women; those new.
	ages := make([]int, ruralOwn)
	total := 46 * ruralOwn
	for i := range ages {
		switch {
		case i < ruralYouth:
			ages[i] = 28 + d.rng.IntN(7)
		case i < ruralOwn-1:
			ages[i] = 38 + d.rng.IntN(20)
		}
		if i < ruralOwn-1 {
			total -= ages[i]
		}
	}
	// The last one's age closes the sum; spread the excess over the older.
	for i := ruralYouth; total < 35 || total > 64; i++ {
		if i == ruralOwn-1 {
			i = ruralYouth
		}
		switch {
		case total < 35 && ages[i] > 36:
			ages[i]--
			total++
		case total > 64 && ages[i] < 63:
			ages[i]++
			total--
		}
	}
	ages[ruralOwn-1] = total
	women := map[int]bool{}
	for _, i := range d.rng.Perm(ruralOwn)[:ruralWomen] {
		women[i] = true
	}
	fresh := map[int]bool{}
	for _, i := range d.rng.Perm(ruralOwn)[:ruralNewFaces] {
		fresh[i] = true
	}
	order := d.rng.Perm(len(okrugs)) // which okrugs the party wins
	var bs []ballot
	for n, oi := range order {
		o := okrugs[oi]
		name := o.RU
		var rows []ballot
		if n < ruralOwn {
			sex := senim.Male
			if women[n] {
				sex = senim.Female
			}
			winner := d.person(sex, ages[n], on)
			rows = d.contestOf(name, senim.KATO(o.KATO), ownParty, winner, 2+d.rng.IntN(3), 500+d.rng.IntN(1500), on)
			rows[0].incumbent = !fresh[n]
		} else {
			won := pickShare(d.rng, ruralOthers)
			winner := d.adult(0.15, 30, 60, on)
			rows = d.contestOf(name, senim.KATO(o.KATO), won, winner, 2+d.rng.IntN(3), 500+d.rng.IntN(1500), on)
		}
		bs = append(bs, rows...)
	}
	return g.storeElection(ctx, d, senim.ElectionInput{Kind: string(senim.ElectionRuralAkim), Territory: string(senim.CountryKATO), Held: on.String(),
		Name: senim.Names{
			RU: "Выборы акимов сельских округов, посёлков и сёл",
			KK: "Ауылдық округтердің, кенттер мен ауылдардың әкімдерін сайлау",
			EN: "Elections of the akims of rural okrugs, towns and villages",
		}}, bs)
}
