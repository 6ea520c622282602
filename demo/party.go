package demo

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
)

// The party's demo structure at the seeds' magnitude: the central office,
// a branch in every oblast and city of republican significance and in
// every district and city below; primary organisations; and 800,000
// members (seed 004) — Karaganda 86,214 in 476 organisations (seed 003:
// "over 86,000 in 476"), West Kazakhstan 35,288 in 273 with 1,588
// admitted in the last half-year (seed 001). The rest are spread over the
// other regions by their weight. Besides them, about one in twenty who
// joined has left.

// DemoMembers is how many members the demo country has.
const DemoMembers = 800_000

// partyShape is a region's members now and its primary organisations.
var partyShape = map[string]struct{ members, orgs, recent int }{
	"35": {86_214, 476, 0},
	"27": {35_288, 273, 1_588},
}

// memberBatch is how many members go into one transaction.
const memberBatch = 50_000

// workplaces name the employers of workplace organisations.
var workplaces = []string{
	"ТОО «Горно-металлургический комбинат»", "АО «Энергоцентр»", "КГП «Городская поликлиника № {n}»",
	"КГУ «Общеобразовательная школа № {n}»", "ТОО «Автопарк № {n}»", "АО «Казпочта», филиал", "КГП «Многопрофильная больница»",
	"ТОО «Агрофирма»", "АО «Транстелеком», филиал", "КГУ «Колледж № {n}»",
}

func (g *gen) party(ctx context.Context, log *slog.Logger) error {
	start := time.Now()
	today := senim.DateOf(g.now)
	branches := []*senim.Branch{{ID: senim.NewID(), Level: senim.BranchCentral, Territory: senim.CountryKATO,
		Name: senim.Names{RU: "Центральный аппарат партии", KK: "Партияның орталық аппараты", EN: "Party central office"}}}
	var total float64
	for _, r := range Regions {
		if _, ok := partyShape[r.KATO[:2]]; !ok {
			total += weight[r.KATO[:2]]
		}
	}
	scale := func(n int) int { return int(int64(n) * int64(g.partyMembers) / DemoMembers) }
	rest := g.partyMembers
	for _, s := range partyShape {
		rest -= scale(s.members)
	}
	var orgs []*senim.PrimaryOrg
	type regionPlan struct {
		orgs    []*senim.PrimaryOrg
		members int
		recent  int
	}
	plans := make([]regionPlan, len(Regions))
	left := rest
	for ri, r := range Regions {
		prefix := r.KATO[:2]
		names := regionNames(senim.KATO(r.KATO))
		level := senim.BranchOblast
		if prefix == "71" || prefix == "75" || prefix == "79" {
			level = senim.BranchCity
		}
		branches = append(branches, &senim.Branch{ID: senim.NewID(), Level: level, Territory: senim.KATO(r.KATO),
			Name:  senim.Names{RU: "Филиал партии, " + names[0], KK: "Партия филиалы, " + names[1], EN: "Party branch, " + names[2]},
			Chair: g.personName()})
		var places []*Place
		for pi := range r.Places {
			p := &r.Places[pi]
			if senim.KATO(p.KATO).Level() == senim.LevelDistrict {
				lvl := senim.BranchDistrict
				if p.Kind == "city" {
					lvl = senim.BranchCity
				}
				branches = append(branches, &senim.Branch{ID: senim.NewID(), Level: lvl, Territory: senim.KATO(p.KATO),
					Name:  senim.Names{RU: "Филиал партии, " + p.RU, KK: "Партия филиалы, " + p.KK, EN: "Party branch, " + p.EN},
					Chair: g.personName()})
			}
			places = append(places, p)
			for ci := range p.Children {
				places = append(places, &p.Children[ci])
			}
		}
		shape, ok := partyShape[prefix]
		if ok && g.partyMembers != DemoMembers {
			shape.members, shape.orgs, shape.recent = scale(shape.members), max(1, scale(shape.orgs)), scale(shape.recent)
		}
		if !ok {
			n := int(float64(rest) * weight[prefix] / total)
			if ri == len(Regions)-1 || left-n < 0 {
				n = left
			}
			left -= n
			shape.members, shape.orgs = n, max(1, n/170)
		}
		if shape.recent == 0 {
			shape.recent = shape.members * 45 / 1000
		}
		plan := regionPlan{members: shape.members, recent: shape.recent}
		for i := range shape.orgs {
			p := places[g.rng.IntN(len(places))]
			o := &senim.PrimaryOrg{ID: senim.NewID(), Code: fmt.Sprintf("%s-%04d", prefix, i+1), Kind: senim.OrgTerritorial,
				Territory: senim.KATO(p.KATO), Founded: senim.NewDate(1999+g.rng.IntN(16), time.Month(1+g.rng.IntN(12)), 1+g.rng.IntN(28))}
			if g.chance(0.2) {
				o.Kind = senim.OrgWorkplace
				o.Workplace = g.fillNumber(pickOne(g, workplaces))
				o.Name = "Первичная партийная организация " + o.Workplace
			} else {
				o.Name = fmt.Sprintf("Первичная партийная организация № %d, %s", i+1, p.RU)
			}
			plan.orgs = append(plan.orgs, o)
		}
		orgs = append(orgs, plan.orgs...)
		plans[ri] = plan
	}
	if err := g.db.ImportBranches(ctx, branches); err != nil {
		return fmt.Errorf("demo branches: %w", err)
	}
	if err := g.db.ImportOrgs(ctx, orgs); err != nil {
		return fmt.Errorf("demo organisations: %w", err)
	}

	serials := map[int32]int{}
	batch := make([]*senim.Member, 0, memberBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := g.db.ImportMemberBatch(ctx, batch); err != nil {
			return fmt.Errorf("demo members: %w", err)
		}
		batch = batch[:0]
		return nil
	}
	made := 0
	recentFrom := today.AddDays(-182)
	for _, plan := range plans {
		// Members now, of whom the last `recent` joined in the last half-year,
		// and one in twenty more who joined and left.
		gone := plan.members / 20
		for i := range plan.members + gone {
			o := plan.orgs[g.rng.IntN(len(plan.orgs))]
			// Only the recent may have turned 18 in the last half-year; those
			// who left joined at least three years ago.
			minAge := 19
			switch {
			case i < plan.recent:
				minAge = 18
			case i >= plan.members:
				minAge = 21
			}
			m := g.member(o, today, minAge, serials)
			switch {
			case i < plan.recent:
				m.Joined = maxDate(recentFrom.AddDays(g.rng.IntN(182)), m.BirthDate.AddMonths(18*12))
			case i >= plan.members:
				m.Joined = g.joinedBefore(o, m, recentFrom.AddDays(-365))
				m.Left = m.Joined.AddDays(365 + g.rng.IntN(max(1, m.Joined.DaysUntil(today)-365)))
				if m.Left.After(today) {
					m.Left = today
				}
				m.Status, m.LeftReason = senim.MemberLeft, senim.LeaveOwnWish
				if g.chance(0.1) {
					m.LeftReason, m.LeftNote = senim.LeaveExpelled, "Решение бюро политического совета"
				} else if g.chance(0.15) {
					m.LeftReason = senim.LeaveDeath
				}
			default:
				m.Joined = g.joinedBefore(o, m, recentFrom.AddDays(-1))
				if g.chance(0.005) {
					m.Status = senim.MemberSuspended
				}
			}
			batch = append(batch, m)
			if len(batch) == memberBatch {
				if err := flush(); err != nil {
					return err
				}
			}
			made++
		}
	}
	if err := flush(); err != nil {
		return err
	}
	log.Info("demo party", "branches", len(branches), "organisations", len(orgs), "members", made, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// member makes a member of the organisation: an adult of minAge to 80
// today (most in their forties and fifties), with a valid IIN of their own.
func (g *gen) member(o *senim.PrimaryOrg, today senim.Date, minAge int, serials map[int32]int) *senim.Member {
	name, sex, _ := g.person()
	age := minAge + int(float64(80-minAge)*(g.rng.Float64()+g.rng.Float64())/2)
	birth := today.AddMonths(-12 * age).AddDays(-g.rng.IntN(365))
	key := int32(birth.Year()*10000+int(birth.Month())*100+birth.Day())*2 + map[senim.Sex]int32{senim.Male: 0, senim.Female: 1}[sex]
	var iin string
	for {
		serials[key]++
		var ok bool
		if iin, ok = senim.MakeIIN(birth, sex, serials[key]); ok {
			break
		}
	}
	m := &senim.Member{ID: senim.NewID(), IIN: iin, Name: name, Sex: sex, BirthDate: birth, OrgID: o.ID, Territory: o.Territory,
		Status: senim.MemberActive, CreatedAt: g.now, UpdatedAt: g.now, Version: 1}
	if g.chance(0.7) {
		m.Phone = fmt.Sprintf("+77%02d%07d", 10+g.rng.IntN(80), g.rng.IntN(10_000_000))
	}
	if age < 30 {
		m.YouthWing = g.chance(0.4)
	}
	return m
}

// joinedBefore picks a day the member joined: after the organisation was
// founded and they turned 18, and no later than by.
func (g *gen) joinedBefore(o *senim.PrimaryOrg, m *senim.Member, by senim.Date) senim.Date {
	from := maxDate(o.Founded, m.BirthDate.AddMonths(18*12))
	if !from.Before(by) {
		return from
	}
	return from.AddDays(g.rng.IntN(from.DaysUntil(by) + 1))
}

func maxDate(a, b senim.Date) senim.Date {
	if a.After(b) {
		return a
	}
	return b
}

// personName is a full name, for a branch's chair.
func (g *gen) personName() string {
	name, _, _ := g.person()
	return name
}

// fillNumber puts a small number in place of "{n}".
func (g *gen) fillNumber(s string) string {
	return strings.ReplaceAll(s, "{n}", fmt.Sprint(1+g.rng.IntN(60)))
}
