// Package demo creates a deterministic demo country at the magnitudes the
// seeds report: territories with real names, reception offices in real
// towns, executive bodies, and appeals with whole histories. The same seed
// gives the same country; "senim demo --appeals N" scales it to millions.
package demo

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// DefaultAppeals is a year of appeals nationally (seed 000: over 103,000).
const DefaultAppeals = 103_000

// PerYear is how many appeals the demo spreads over one year; more than a
// year's worth reach further back.
const PerYear = 103_000

// Options tune Generate.
type Options struct {
	Appeals int
	Seed    uint64
	Log     *slog.Logger
	// Batch is how many appeals go into one transaction.
	Batch int
	// Members is how many party members the country has now; zero gives
	// DemoMembers, and fewer scale every region down alike (tests).
	Members int
	// Years spreads the appeals over this many years up to today; zero
	// gives each year PerYear of them (a benchmark packs a million into one).
	Years int
}

// Empty reports whether the store has neither offices nor appeals yet.
func Empty(ctx context.Context, db *store.DB) (bool, error) {
	has, err := db.HasData(ctx)
	return !has, err
}

// weight is each region's share of appeals, roughly its population in
// hundreds of thousands; West Kazakhstan is set to the seed's ~2,000 a year.
var weight = map[string]float64{
	"10": 6.1, "11": 7.9, "15": 9.3, "19": 15, "23": 6.9, "27": 3.8, "31": 12, "33": 7, "35": 11.3, "39": 8.3,
	"43": 8.3, "47": 7.7, "55": 7.5, "59": 5.3, "61": 21, "62": 2.2, "63": 7.2, "71": 14, "75": 22, "79": 12,
}

// officeCount is how many reception offices a region gets (seed 002: 23 in Karaganda).
func officeCount(region string, places int) int {
	if region == "35" {
		return 23
	}
	return min(places+1, 12)
}

// Generate fills db with the demo country. It expects a store without appeals.
func Generate(ctx context.Context, db *store.DB, opt Options) error {
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.Batch <= 0 {
		opt.Batch = 10_000
	}
	ctx = senim.WithActor(ctx, senim.System)
	if opt.Members <= 0 {
		opt.Members = DemoMembers
	}
	g := &gen{db: db, rng: rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5e41)), cal: db.Calendar(), now: db.Now(), partyMembers: opt.Members}
	if err := g.country(ctx); err != nil {
		return err
	}
	cats, err := db.FindCategories(ctx)
	if err != nil {
		return err
	}
	for _, c := range cats {
		g.terms[c.Code] = c.AnswerDays
	}
	if err := g.keys(ctx); err != nil {
		return err
	}
	g.numbers = map[string]int{}
	years := (opt.Appeals + PerYear - 1) / PerYear
	if opt.Years > 0 {
		years = opt.Years
	}
	g.from = senim.NewDate(senim.DateOf(g.now).Year()-years+1, 1, 1)
	g.days = g.from.DaysUntil(senim.DateOf(g.now)) + 1
	if err := g.receptions(ctx); err != nil {
		return err
	}
	opt.Log.Info("demo receptions", "receptions", g.receptionCount)

	// Appeals are made in date order, so that numbers run with the calendar.
	batch := make([]*senim.Appeal, 0, opt.Batch)
	hashes := make([]string, 0, opt.Batch)
	sample := newAppealSample()
	made := 0
	for made < opt.Appeals {
		n := min(opt.Batch, opt.Appeals-made)
		batch, hashes = batch[:0], hashes[:0]
		for i := 0; i < n; i++ {
			day := g.from.AddDays(int(int64(made+i) * int64(g.days) / int64(opt.Appeals)))
			a, code := g.appeal(day)
			if made+i == 0 {
				g.example = fmt.Sprintf("/api/v1/track/%s?code=%s", a.Number, code)
			}
			batch = append(batch, a)
			hashes = append(hashes, senim.HashSecret(code))
		}
		if err := db.ImportAppeals(ctx, batch, hashes); err != nil {
			return fmt.Errorf("demo appeals: %w", err)
		}
		sample.note(batch)
		made += n
		opt.Log.Info("demo appeals", "done", made, "of", opt.Appeals)
	}
	if err := db.RecountReceptions(ctx); err != nil {
		return fmt.Errorf("demo receptions: %w", err)
	}
	// Programmes and councils come after the appeals: issues link to them.
	if err := g.programmes(ctx, opt.Log, sample); err != nil {
		return err
	}
	// The party: branches, organisations, members; and the public polls.
	if err := g.party(ctx, opt.Log); err != nil {
		return err
	}
	if err := g.primaries(ctx, opt.Log); err != nil {
		return err
	}
	if err := g.conferences(ctx, opt.Log); err != nil {
		return err
	}
	if err := g.elections(ctx, opt.Log); err != nil {
		return err
	}
	if err := g.polls(ctx, opt.Log); err != nil {
		return err
	}
	// The rating reads every record above.
	if err := g.rating(ctx, opt.Log); err != nil {
		return err
	}
	if g.example != "" {
		opt.Log.Info("track a demo appeal", "url", g.example)
	}
	return nil
}

type office struct {
	*senim.Office
	region *Region
	places []*Place // the places it serves
}

type gen struct {
	db      *store.DB
	rng     *rand.Rand
	cal     *senim.Calendar
	now     time.Time
	from    senim.Date
	days    int
	offices []*office
	cum     []float64                // cumulative weights of offices
	bodies  map[string][]*senim.Body // region or place KATO + "/" + category → bodies
	anyBody map[string]*senim.Body   // region or place KATO → its first body
	terms   map[string]int
	numbers map[string]int
	held    map[string][]heldReception // office id → its held receptions by day
	seats   []*deputySeat              // the officials who are deputies of an assembly

	partyMembers int // party members now

	receptionCount int
	example        string
}

// country stores the territories below the built-in regions, the offices
// and the executive bodies.
func (g *gen) country(ctx context.Context) error {
	g.bodies = map[string][]*senim.Body{}
	g.anyBody = map[string]*senim.Body{}
	g.terms = map[string]int{}
	var ts []*senim.Territory
	var walk func(parent senim.KATO, ps []Place)
	walk = func(parent senim.KATO, ps []Place) {
		for _, p := range ps {
			ts = append(ts, &senim.Territory{Code: senim.KATO(p.KATO), NameRU: p.RU, NameKK: p.KK, NameEN: p.EN})
			walk(senim.KATO(p.KATO), p.Children)
		}
	}
	for _, r := range Regions {
		walk(senim.KATO(r.KATO), r.Places)
	}
	if _, err := g.db.ImportTerritories(ctx, ts); err != nil {
		return fmt.Errorf("demo territories: %w", err)
	}
	var total float64
	for ri := range Regions {
		r := &Regions[ri]
		prefix := r.KATO[:2]
		regionName := regionNames(senim.KATO(r.KATO))
		n := officeCount(prefix, len(r.Places))
		w := weight[prefix] / float64(n)
		for i := 0; i < n; i++ {
			o := &office{region: r}
			var k senim.KATO
			var lat, lon float64
			var nameRU, nameKK, nameEN string
			if i == 0 {
				// The branch's own office in the oblast centre serves the whole region.
				k, lat, lon = senim.KATO(r.KATO), r.Lat, r.Lon
				nameRU = "Общественная приёмная партии, " + regionName[0]
				nameKK = "Партияның қоғамдық қабылдау бөлмесі, " + regionName[1]
				nameEN = "Party public reception office, " + regionName[2]
				for pi := range r.Places {
					o.places = append(o.places, &r.Places[pi])
				}
			} else {
				p := &r.Places[(i-1)%len(r.Places)]
				k, lat, lon = senim.KATO(p.KATO), p.Lat, p.Lon
				nameRU = "Общественная приёмная партии, " + p.RU
				nameKK = "Партияның қоғамдық қабылдау бөлмесі, " + p.KK
				nameEN = "Party public reception office, " + p.EN
				if i > len(r.Places) { // a second office in a large town: one of its parts
					if c := p.Children; len(c) > 0 {
						q := &c[(i-1)/len(r.Places)%len(c)]
						k, lat, lon = senim.KATO(q.KATO), q.Lat, q.Lon
						if lat == 0 {
							lat, lon = p.Lat, p.Lon
						}
						nameRU += ", " + q.RU
						nameKK += ", " + q.KK
						nameEN += ", " + q.EN
					}
				}
				o.places = []*Place{p}
			}
			street := Streets[g.rng.IntN(len(Streets))]
			o.Office = &senim.Office{
				Code: fmt.Sprintf("%s%02d", prefix, i+1), Territory: k, NameRU: nameRU, NameKK: nameKK, NameEN: nameEN,
				Address: fmt.Sprintf("%s, %d", street.RU, 1+g.rng.IntN(120)), Hours: "Пн–Пт 9:00–18:00, Сб 10:00–14:00",
				Phone: fmt.Sprintf("+77%02d%07d", 10+g.rng.IntN(80), g.rng.IntN(10_000_000)), Lat: lat, Lon: lon,
			}
			if err := g.db.CreateOffice(ctx, o.Office); err != nil {
				return fmt.Errorf("demo office %s: %w", o.Code, err)
			}
			g.offices = append(g.offices, o)
			total += w
			g.cum = append(g.cum, total)
		}
		// Executive bodies: the oblast's departments and each district's.
		for _, b := range BodyNames {
			if b.Oblast {
				if err := g.body(ctx, senim.KATO(r.KATO), b, r.GenRU, r.GenKK, regionName[2]); err != nil {
					return err
				}
				continue
			}
			for _, p := range r.Places {
				if err := g.body(ctx, senim.KATO(p.KATO), b, p.GenRU, p.GenKK, p.EN); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func regionNames(k senim.KATO) [3]string {
	for _, r := range senim.Regions {
		if r.Code == k {
			return [3]string{r.NameRU, r.NameKK, r.NameEN}
		}
	}
	return [3]string{string(k), string(k), string(k)}
}

func (g *gen) body(ctx context.Context, k senim.KATO, b BodyName, genRU, genKK, en string) error {
	body := &senim.Body{Territory: k, NameRU: strings.Replace(b.RU, "{of}", genRU, 1),
		NameKK: strings.Replace(b.KK, "{of}", genKK, 1), NameEN: strings.Replace(b.EN, "{of}", en, 1)}
	if err := g.db.CreateBody(ctx, body); err != nil {
		return fmt.Errorf("demo body: %w", err)
	}
	key := string(k) + "/" + b.Category
	g.bodies[key] = append(g.bodies[key], body)
	if g.anyBody[string(k)] == nil {
		g.anyBody[string(k)] = body
	}
	return nil
}

// DemoKeys are API keys with known secrets, made only in a demo store so
// that a newcomer can try the staff API at once (see README).
var DemoKeys = []struct {
	Secret    string
	Name      string
	Role      senim.Role
	Territory senim.KATO
}{
	{"snm_demo_central", "demo central office", senim.RoleCentral, senim.CountryKATO},
	{"snm_demo_operator_karaganda", "demo operator, Karaganda", senim.RoleOperator, "350000000"},
	{"snm_demo_operator_wko", "demo operator, West Kazakhstan", senim.RoleOperator, "270000000"},
	{"snm_demo_auditor", "demo auditor", senim.RoleAuditor, senim.CountryKATO},
}

// DemoPassword is the password of every demo staff user.
const DemoPassword = "senim-demo"

// DemoUsers are staff users with a known password (DemoPassword), made only
// in a demo store so that a newcomer can sign in to the staff pages at once.
var DemoUsers = []struct {
	Login, Name string
	Role        senim.Role
	Territory   senim.KATO
}{
	{"central", "Центральный аппарат (демо)", senim.RoleCentral, senim.CountryKATO},
	{"operator_karaganda", "Оператор приёмной, Караганда (демо)", senim.RoleOperator, "350000000"},
	{"operator_wko", "Оператор приёмной, ЗКО (демо)", senim.RoleOperator, "270000000"},
	{"branch_karaganda", "Областной филиал, Караганда (демо)", senim.RoleBranch, "350000000"},
	{"council_karaganda", "Общественный совет, Караганда (демо)", senim.RoleCouncil, "350000000"},
	{"auditor", "Аудитор (демо)", senim.RoleAuditor, senim.CountryKATO},
}

// keys makes the demo API keys and staff users.
func (g *gen) keys(ctx context.Context) error {
	for _, k := range DemoKeys {
		key := &senim.APIKey{Name: k.Name, Role: k.Role, Territory: k.Territory, Hash: senim.HashSecret(k.Secret)}
		if err := g.db.CreateAPIKey(ctx, key); err != nil {
			return fmt.Errorf("demo key: %w", err)
		}
	}
	hash, err := senim.HashPassword(DemoPassword)
	if err != nil {
		return err
	}
	for _, u := range DemoUsers {
		user := &senim.User{Login: u.Login, Name: u.Name, Role: u.Role, Territory: u.Territory, PasswordHash: hash}
		if err := g.db.CreateUser(ctx, user); err != nil {
			return fmt.Errorf("demo user: %w", err)
		}
	}
	return nil
}
