package demo

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
)

// The public rating of deputies at the seeds' magnitude (seeds 003, 004):
// the Mazhilis of the eighth convocation with its 98 deputies, a maslikhat
// of every oblast and, in Karaganda, of every city and district — 274
// maslikhat deputies there, 230 of them in the party's faction. Every
// deputy is one of the demo's officials, so the receptions they hold and
// the appeals brought there are theirs. The methodology's first version is
// public with a run of every finished period since the convocation's first
// full quarter; a second version is in pilot.

// The figures of the seeds and of the 2023 elections.
const (
	ownParty             = "amanat" // the party, named "Nur Otan" in the seeds, renamed in 2022
	convocation          = 8        // the Mazhilis and the maslikhats elected on 19 March 2023
	karagandaOwn         = 230      // seed 003: deputies of the party's faction in Karaganda's maslikhats
	karagandaOblastSeats = 40       // Karaganda's oblast maslikhat; with its cities and districts, 274 (seed 003)
	mazhilisPost         = "депутат Мажилиса Парламента Республики Казахстан"
)

// electedOn is the day of the last elections to the Mazhilis and the
// maslikhats; the convocation's first full quarter begins on firstQuarter.
var (
	electedOn    = senim.NewDate(2023, 3, 19)
	firstQuarter = senim.NewDate(2023, 4, 1)
)

// karagandaSeats are the seats of Karaganda's city and district
// maslikhats by the city's or district's KATO: 234, with the oblast
// maslikhat's 40 the 274 deputies of seed 003.
var karagandaSeats = map[string]int{
	"351000000": 35, // Karaganda
	"352400000": 25, // Temirtau
	"351600000": 20, // Balkhash
	"352100000": 12, // Priozersk
	"352200000": 16, // Saran
	"352800000": 17, // Shakhtinsk
	"353200000": 18, // Abai District
	"353600000": 14, // Aktogay District
	"354000000": 19, // Bukhar-Zhyrau District
	"354800000": 15, // Karkaraly District
	"355200000": 14, // Nura District
	"355600000": 16, // Osakarovka District
	"356400000": 13, // Shet District
}

// The Mazhilis of 2023: 69 deputies from the party lists and 29 elected in
// single-member districts, by faction ("" for the self-nominated).
var (
	mazhilisList     = []share{{ownParty, 40}, {"auyl", 8}, {"akzhol", 6}, {"respublica", 6}, {"npk", 5}, {"osdp", 4}}
	mazhilisDistrict = []share{{ownParty, 22}, {"npk", 2}, {"", 5}}
)

// otherFactions share the maslikhat seats the party did not win.
var otherFactions = []share{{"auyl", 3}, {"akzhol", 3}, {"npk", 2}, {"respublica", 2}, {"osdp", 1}, {"", 1}}

func demoParties() []*senim.Party {
	return []*senim.Party{
		{Code: ownParty, Name: senim.Names{RU: "AMANAT", KK: "AMANAT", EN: "AMANAT"}, Own: true},
		{Code: "akzhol", Name: senim.Names{RU: "Ак жол", KK: "Ақ жол", EN: "Ak Zhol"}},
		{Code: "auyl", Name: senim.Names{RU: "Ауыл", KK: "Ауыл", EN: "Auyl"}},
		{Code: "npk", Name: senim.Names{RU: "Народная партия Казахстана", KK: "Қазақстан халық партиясы", EN: "People's Party of Kazakhstan"}},
		{Code: "respublica", Name: senim.Names{RU: "Respublica", KK: "Respublica", EN: "Respublica"}},
		{Code: "osdp", Name: senim.Names{RU: "ОСДП", KK: "ЖСДП", EN: "OSDP"}},
	}
}

// deputySeat is an official who is a deputy: of the Mazhilis (body is the
// country) or of the maslikhat of the territory body.
type deputySeat struct {
	of       *senim.Official
	body     senim.KATO
	region   *Region // the region of the office the deputy receives at
	district bool    // a Mazhilis deputy elected in a district
}

// mazhilisByRegion spreads the Mazhilis over the regions by their weight:
// the list deputies, and the district deputies, one district in every
// region and the rest where more people live.
func mazhilisByRegion() (list, district map[string]int) {
	w := make([]float64, len(Regions))
	for i, r := range Regions {
		w[i] = weight[r.KATO[:2]]
	}
	l := apportion(sum(mazhilisList), w)
	d := apportion(sum(mazhilisDistrict)-len(Regions), w)
	list, district = map[string]int{}, map[string]int{}
	for i, r := range Regions {
		list[r.KATO], district[r.KATO] = l[i], d[i]+1
	}
	return list, district
}

func sum(s []share) int {
	n := 0
	for _, x := range s {
		n += x.w
	}
	return n
}

// expand lists each share's value as many times as its weight.
func expand(s []share) []string {
	var out []string
	for _, x := range s {
		for range x.w {
			out = append(out, x.v)
		}
	}
	return out
}

// apportion divides total in proportion to w by the largest remainders,
// the earlier first among equal ones.
func apportion(total int, w []float64) []int {
	var all float64
	for _, x := range w {
		all += x
	}
	out := make([]int, len(w))
	rem := make([]float64, len(w))
	order := make([]int, len(w))
	left := total
	for i, x := range w {
		q := float64(total) * x / all
		out[i] = int(q)
		rem[i] = q - float64(out[i])
		order[i] = i
		left -= out[i]
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(rem[b], rem[a]) })
	for _, i := range order[:left] {
		out[i]++
	}
	return out
}

// karagandaOffices says how many maslikhat deputies receive at each of
// Karaganda's offices: the oblast maslikhat's at the branch's own office,
// each city's and district's split between the offices in it.
func (g *gen) karagandaOffices() map[*office]int {
	out := map[*office]int{}
	byPlace := map[string][]*office{}
	for _, o := range g.offices {
		switch {
		case o.region.KATO[:2] != karagandaRegion:
		case o.Territory == senim.KATO(o.region.KATO):
			out[o] = karagandaOblastSeats
		default:
			byPlace[o.places[0].KATO] = append(byPlace[o.places[0].KATO], o)
		}
	}
	for k, os := range byPlace {
		n := karagandaSeats[k]
		for i, o := range os {
			out[o] = n / len(os)
			if i < n%len(os) {
				out[o]++
			}
		}
	}
	return out
}

// rating stores the parties, the assemblies and their deputies, and
// computes the rating of every finished period by the methodology's
// published first version, and the last quarter by a second in pilot.
func (g *gen) rating(ctx context.Context, log *slog.Logger) error {
	start := time.Now()
	today := senim.DateOf(g.now)
	if today.Before(electedOn) {
		return nil // the convocation is not elected yet
	}
	parties := demoParties()
	for _, p := range parties {
		if err := p.Validate(); err != nil {
			return fmt.Errorf("demo party %s: %w", p.Code, err)
		}
	}
	bodies := map[senim.KATO][]*deputySeat{}
	for _, s := range g.seats {
		bodies[s.body] = append(bodies[s.body], s)
	}
	var assemblies []*senim.Assembly
	var deputies []*senim.Deputy
	kinds := map[senim.AssemblyKind]int{}
	add := func(a *senim.Assembly, ds []*senim.Deputy) {
		assemblies = append(assemblies, a)
		deputies = append(deputies, ds...)
		kinds[a.Kind] += len(ds)
	}

	mz, err := g.assembly(senim.AssemblyMazhilis, senim.CountryKATO, senim.Names{
		RU: "Мажилис Парламента Республики Казахстан",
		KK: "Қазақстан Республикасы Парламентінің Мәжілісі",
		EN: "Mazhilis of the Parliament of the Republic of Kazakhstan",
	}, len(bodies[senim.CountryKATO]))
	if err != nil {
		return err
	}
	ds, err := g.mazhilisDeputies(mz, bodies[senim.CountryKATO], today)
	if err != nil {
		return err
	}
	add(mz, ds)

	karaganda, inFaction := 0, 0
	for ri := range Regions {
		r := &Regions[ri]
		k := senim.KATO(r.KATO)
		// The region's maslikhats: the oblast's, and in Karaganda each
		// city's and district's, with the party's share of their seats.
		type body struct {
			kind   senim.AssemblyKind
			k      senim.KATO
			name   senim.Names
			subs   []senim.KATO // the territories of its districts
			seats  []*deputySeat
			ownNum int
		}
		names := regionNames(k)
		en := names[2] + " City Maslikhat"
		if s, ok := strings.CutSuffix(names[2], " Region"); ok {
			en = s + " Oblast Maslikhat"
		}
		list := []*body{{kind: senim.AssemblyOblast, k: k, seats: bodies[k], name: senim.Names{
			RU: "Маслихат " + r.GenRU, KK: r.GenKK + " мәслихаты", EN: en}}}
		for _, p := range r.Places {
			list[0].subs = append(list[0].subs, senim.KATO(p.KATO))
		}
		if r.KATO[:2] == karagandaRegion {
			for _, p := range r.Places {
				b := &body{kind: senim.AssemblyDistrict, k: senim.KATO(p.KATO), seats: bodies[senim.KATO(p.KATO)], name: senim.Names{
					RU: "Маслихат " + p.GenRU, KK: p.GenKK + " мәслихаты", EN: p.EN + " Maslikhat"}}
				if p.Kind == "city" {
					b.kind, b.name.EN = senim.AssemblyCity, p.EN+" City Maslikhat"
				}
				for _, c := range p.Children {
					b.subs = append(b.subs, senim.KATO(c.KATO))
				}
				if len(b.subs) == 0 {
					b.subs = []senim.KATO{b.k}
				}
				if len(b.seats) > 0 {
					list = append(list, b)
				}
			}
			w := make([]float64, len(list))
			for i, b := range list {
				w[i] = float64(len(b.seats))
			}
			for i, n := range apportion(karagandaOwn, w) {
				list[i].ownNum = n
			}
		} else {
			list[0].ownNum = int(math.Round(float64(len(list[0].seats)) * (0.80 + 0.08*g.rng.Float64())))
		}
		for _, b := range list {
			if len(b.seats) == 0 {
				continue
			}
			a, err := g.assembly(b.kind, b.k, b.name, len(b.seats))
			if err != nil {
				return err
			}
			ds, err := g.maslikhatDeputies(a, b.seats, b.ownNum, b.subs, today)
			if err != nil {
				return err
			}
			add(a, ds)
			if r.KATO[:2] == karagandaRegion {
				karaganda += len(ds)
				for _, d := range ds {
					if d.Faction == ownParty {
						inFaction++
					}
				}
			}
		}
	}
	if err := g.db.ImportRating(ctx, parties, assemblies, deputies); err != nil {
		return fmt.Errorf("demo rating: %w", err)
	}

	// The methodology: the first version, piloted in every region and then
	// published, with a run of every finished period; a second in pilot.
	m1, err := g.db.CreateMethod(ctx, senim.DefaultMethod())
	if err != nil {
		return fmt.Errorf("demo method: %w", err)
	}
	if _, err := g.db.PublishMethod(ctx, m1.Version); err != nil {
		return fmt.Errorf("demo method: %w", err)
	}
	runs := 0
	periods := ratingPeriods(g.from, today)
	for _, p := range periods {
		if _, err := g.db.ComputeRating(ctx, p, m1.Version); err != nil {
			return fmt.Errorf("demo rating %s: %w", p, err)
		}
		runs++
	}
	pilot := senim.DefaultMethod()
	pilot.Weights[senim.InputSatisfaction] = 20
	pilot.Weights[senim.InputReceptions] = 20
	pilot.Note = senim.Names{
		RU: "Удовлетворённость весит больше, приёмы — меньше.",
		KK: "Қанағаттану салмағы артты, қабылдаулар салмағы азайды.",
		EN: "Satisfaction weighs more, receptions less.",
	}
	m2, err := g.db.CreateMethod(ctx, pilot)
	if err != nil {
		return fmt.Errorf("demo method: %w", err)
	}
	for i := len(periods) - 1; i >= 0; i-- {
		if periods[i].Kind == senim.PeriodQuarter {
			if _, err := g.db.ComputeRating(ctx, periods[i], m2.Version); err != nil {
				return fmt.Errorf("demo rating %s: %w", periods[i], err)
			}
			runs++
			break
		}
	}
	log.Info("demo rating", "assemblies", len(assemblies), "deputies", len(deputies),
		"mazhilis", kinds[senim.AssemblyMazhilis], "oblast", kinds[senim.AssemblyOblast],
		"city", kinds[senim.AssemblyCity], "district", kinds[senim.AssemblyDistrict],
		"karaganda", karaganda, "karaganda_"+ownParty, inFaction, "runs", runs,
		"took", time.Since(start).Round(time.Millisecond))
	return nil
}

// ratingPeriods lists the quarters, half-years and years that have ended
// before today and began no earlier than the convocation's first full
// quarter and the demo's first day, in the order they ended.
func ratingPeriods(from, today senim.Date) []senim.RatingPeriod {
	if from.Before(firstQuarter) {
		from = firstQuarter
	}
	var out []senim.RatingPeriod
	for _, kind := range []senim.Period{senim.PeriodQuarter, senim.PeriodHalf, senim.PeriodYear} {
		for p := senim.PeriodOf(kind, from); p.To().Before(today); p = p.Next() {
			if !p.From().Before(from) {
				out = append(out, p)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b senim.RatingPeriod) int { return a.To().Compare(b.To()) })
	return out
}

// assembly makes an assembly of the current convocation.
func (g *gen) assembly(kind senim.AssemblyKind, k senim.KATO, name senim.Names, seats int) (*senim.Assembly, error) {
	a, err := senim.NewAssembly(senim.AssemblyInput{Kind: string(kind), Territory: string(k), Name: name,
		Convocation: convocation, Seats: seats})
	if err != nil {
		return nil, fmt.Errorf("demo assembly %s: %w", k, err)
	}
	a.ID = g.id(electedOn.Start())
	return a, nil
}

// deputy makes the official a deputy of the assembly.
func (g *gen) deputy(s *deputySeat, a *senim.Assembly, in senim.DeputyInput, today senim.Date) (*senim.Deputy, error) {
	in.Person, in.Name, in.Assembly, in.Elected = s.of.Person.ID, s.of.Person.Name, a.ID, electedOn.String()
	d, err := senim.NewDeputy(in, a, today)
	if err != nil {
		return nil, fmt.Errorf("demo deputy of %s: %w", a.Name.RU, err)
	}
	d.ID = s.of.ID
	return d, nil
}

// mazhilisDeputies gives the Mazhilis deputies their factions as the 2023
// elections did, and the district deputies their districts, numbered
// through the country, in the places of their region.
func (g *gen) mazhilisDeputies(a *senim.Assembly, seats []*deputySeat, today senim.Date) ([]*senim.Deputy, error) {
	list, district := expand(mazhilisList), expand(mazhilisDistrict)
	g.rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
	g.rng.Shuffle(len(district), func(i, j int) { district[i], district[j] = district[j], district[i] })
	perRegion := map[*Region]int{}
	for _, s := range seats {
		if s.district {
			perRegion[s.region]++
		}
	}
	var out []*senim.Deputy
	nList, nDistrict := 0, 0
	inRegion := map[*Region]int{}
	for _, s := range seats {
		in := senim.DeputyInput{Mandate: string(senim.MandateList)}
		if s.district {
			if nDistrict == len(district) {
				return nil, fmt.Errorf("demo Mazhilis: more than %d district deputies", len(district))
			}
			ps := s.region.Places
			p := ps[inRegion[s.region]*len(ps)/perRegion[s.region]]
			inRegion[s.region]++
			in.Mandate, in.Faction, in.Territory = string(senim.MandateDistrict), district[nDistrict], p.KATO
			nDistrict++
			in.Constituency = fmt.Sprintf("№ %d", nDistrict)
		} else {
			if nList == len(list) {
				return nil, fmt.Errorf("demo Mazhilis: more than %d list deputies", len(list))
			}
			in.Faction = list[nList]
			nList++
		}
		d, err := g.deputy(s, a, in, today)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// maslikhatDeputies gives a maslikhat's deputies their factions, own of
// them the party's and the rest the others' or none, and their mandates:
// about half elected in districts (every self-nominated deputy among them),
// the districts' territories subs in turn.
func (g *gen) maslikhatDeputies(a *senim.Assembly, seats []*deputySeat, own int, subs []senim.KATO, today senim.Date) ([]*senim.Deputy, error) {
	n := len(seats)
	factions := make([]string, 0, n)
	for len(factions) < min(own, n) {
		factions = append(factions, ownParty)
	}
	for len(factions) < n {
		factions = append(factions, g.pick(otherFactions))
	}
	g.rng.Shuffle(n, func(i, j int) { factions[i], factions[j] = factions[j], factions[i] })
	district := make([]bool, n)
	need := n / 2
	for i, f := range factions {
		if f == "" {
			district[i] = true
			need--
		}
	}
	for _, i := range g.rng.Perm(n) {
		if need <= 0 {
			break
		}
		if !district[i] {
			district[i] = true
			need--
		}
	}
	districts := 0
	for _, d := range district {
		if d {
			districts++
		}
	}
	out := make([]*senim.Deputy, 0, n)
	number := 0
	for i, s := range seats {
		in := senim.DeputyInput{Mandate: string(senim.MandateList), Faction: factions[i]}
		if district[i] {
			in.Mandate, in.Constituency = string(senim.MandateDistrict), fmt.Sprintf("№ %d", number+1)
			in.Territory = string(subs[number*len(subs)/districts])
			number++
		}
		d, err := g.deputy(s, a, in, today)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}
