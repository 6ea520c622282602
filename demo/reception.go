package demo

import (
	"context"
	"fmt"
	"sort"
	"time"

	senim "github.com/senim-kz/senim"
)

// Receptions of citizens at the seeds' magnitude: about 20,000 a year
// nationally (seed 000), held by the deputies of each office's maslikhat
// (a quarter's obligation, mostly met), its akim (monthly) and deputy akims
// (some of whom hold none for half a year, as seed 001 reports of a
// city's), and the party branch's chair; at the branch's own office in each
// region also by the region's deputies of the Mazhilis.

var receptionTopics = []string{
	"Жилищно-коммунальные вопросы", "Социальная поддержка", "Земельные вопросы", "Благоустройство и дороги",
	"Трудоустройство", "Здравоохранение", "Образование", "Вопросы пенсионеров и ветеранов", "",
}

var cancelReasons = []string{"Болезнь", "Командировка", "Паводок: выезд в пострадавшие сёла", "Сессия маслихата"}

// heldReception is a held reception that visitors' appeals may point at.
type heldReception struct {
	day      senim.Date
	id       string
	official string
}

// receptions makes the officials of each office's territory and their
// receptions from the demo's first day to two months ahead.
func (g *gen) receptions(ctx context.Context) error {
	var officials []*senim.Official
	var receptions []*senim.Reception
	seen := map[senim.KATO]bool{}
	since := g.from.AddMonths(-18)
	g.held = map[string][]heldReception{}
	g.seats = nil
	karaganda := g.karagandaOffices()
	mzList, mzDistrict := mazhilisByRegion()
	for _, o := range g.offices {
		gen := o.region.GenRU
		atRegion := o.Territory == senim.KATO(o.region.KATO)
		if !atRegion {
			gen = o.places[0].GenRU
		}
		deputies := 11 + g.rng.IntN(3)
		var posts []*senim.Official
		add := func(role, post string) *senim.Official {
			name, _, _ := g.person()
			of := &senim.Official{ID: g.id(since.Start()), Person: senim.Person{ID: g.id(since.Start()), Name: name},
				Role: role, Post: post, Territory: o.Territory, Since: since}
			officials = append(officials, of)
			posts = append(posts, of)
			return of
		}
		// seat makes the official a deputy of the assembly of territory body.
		seat := func(of *senim.Official, body senim.KATO, district bool) {
			if electedOn.Before(of.Since) {
				of.Since = electedOn
			}
			g.seats = append(g.seats, &deputySeat{of: of, body: body, region: o.region, district: district})
		}
		if !seen[o.Territory] {
			seen[o.Territory] = true
			if atRegion {
				deputies = 38 + g.rng.IntN(6)
			}
			add("akim", "аким "+gen)
			for i := 0; i < 2; i++ {
				add("deputy_akim", "заместитель акима "+gen)
			}
			add("party", "председатель филиала партии, "+o.Name("ru"))
			if atRegion {
				// The Mazhilis deputies of the region hold their receptions
				// at the branch's own office.
				for i := 0; i < mzDistrict[o.region.KATO]+mzList[o.region.KATO]; i++ {
					seat(add("deputy", mazhilisPost), senim.CountryKATO, i < mzDistrict[o.region.KATO])
				}
			}
		}
		if n, ok := karaganda[o]; ok {
			deputies = n
		}
		for i := 0; i < deputies; i++ {
			of := add("deputy", "депутат маслихата "+gen)
			switch _, ok := karaganda[o]; {
			case atRegion:
				seat(of, o.Territory, false)
			case ok:
				seat(of, senim.KATO(o.places[0].KATO), false)
			}
		}
		for _, of := range posts {
			receptions = append(receptions, g.officialReceptions(o, of)...)
		}
	}
	if err := g.db.ImportOfficials(ctx, officials); err != nil {
		return fmt.Errorf("demo officials: %w", err)
	}
	if err := g.db.ImportReceptions(ctx, receptions); err != nil {
		return fmt.Errorf("demo receptions: %w", err)
	}
	for _, rs := range g.held {
		sort.Slice(rs, func(i, j int) bool { return rs[i].day.Before(rs[j].day) })
	}
	g.receptionCount = len(receptions)
	return nil
}

// officialReceptions plans an official's receptions, period by period, and
// holds or cancels those already past.
func (g *gen) officialReceptions(o *office, of *senim.Official) []*senim.Reception {
	today := senim.DateOf(g.now)
	end := today.AddDays(60)
	// Each period: one reception with the chance p, and a second with the chance extra.
	months, p, extra := 3, 0.92, 0.7
	switch of.Role {
	case "akim":
		months, p, extra = 1, 0.8, 0
	case "deputy_akim":
		p, extra = 0.55, 0
		if g.chance(0.3) {
			p = 0 // holds none: seed 001's deputy akims
		}
	case "party":
		extra = 0.1
	}
	var out []*senim.Reception
	for start := senim.NewDate(g.from.Year(), g.from.Month(), 1); start.Before(end); start = start.AddMonths(months) {
		n := 0
		if g.chance(p) {
			n++
		}
		if g.chance(extra) {
			n++
		}
		for i := 0; i < n; i++ {
			day := g.cal.NextWorkingDay(start.AddDays(g.rng.IntN(months * 28)))
			if day.After(end) {
				continue
			}
			out = append(out, g.reception(o, of, day, today))
		}
	}
	return out
}

func (g *gen) reception(o *office, of *senim.Official, day, today senim.Date) *senim.Reception {
	hour := []int{10, 11, 15}[g.rng.IntN(3)]
	starts := day.Start().Add(time.Duration(hour) * time.Hour)
	planned := starts.Add(-time.Duration(7+g.rng.IntN(20)) * 24 * time.Hour)
	r := &senim.Reception{ID: g.id(planned), OfficialID: of.ID, OfficeID: o.ID, Territory: o.Territory,
		Starts: starts.UTC(), Ends: starts.Add(2 * time.Hour).UTC(), Format: senim.FormatInPerson,
		Topic: pickOne(g, receptionTopics), Status: senim.ReceptionPlanned, CreatedAt: planned, UpdatedAt: planned, Version: 1}
	switch x := g.rng.Float64(); {
	case x < 0.1:
		r.Format = senim.FormatOnline
	case x < 0.25:
		r.Format = senim.FormatVisiting
		if place := pickOne(g, o.places); len(place.Children) > 0 {
			r.Territory = senim.KATO(place.Children[g.rng.IntN(len(place.Children))].KATO)
		}
	}
	operator := "user:operator." + o.Code
	r.Events = []*senim.ReceptionEvent{{Seq: 1, Action: senim.ReceptionActPlan, Actor: operator, At: planned, Status: senim.ReceptionPlanned}}
	if !day.Before(today) {
		return r
	}
	done := r.Ends.Add(time.Duration(g.rng.IntN(3600)) * time.Second)
	r.Version, r.UpdatedAt = 2, done
	if g.chance(0.05) {
		r.Status, r.CancelReason = senim.ReceptionCancelled, pickOne(g, cancelReasons)
		r.Events = append(r.Events, &senim.ReceptionEvent{Seq: 2, Action: senim.ReceptionActCancel, Actor: operator,
			At: starts.Add(-time.Hour), Status: r.Status, Note: r.CancelReason})
		return r
	}
	r.Status, r.Consulted = senim.ReceptionHeld, g.rng.IntN(9)
	r.Events = append(r.Events, &senim.ReceptionEvent{Seq: 2, Action: senim.ReceptionActHold, Actor: operator, At: done, Status: r.Status})
	g.held[o.ID] = append(g.held[o.ID], heldReception{day: day, id: r.ID, official: of.ID})
	return r
}

// receptionOn returns the last reception held at the office on or before
// day, no more than a fortnight before: the reception a visitor's appeal
// of that day was brought to.
func (g *gen) receptionOn(officeID string, day senim.Date) (heldReception, bool) {
	rs := g.held[officeID]
	i := sort.Search(len(rs), func(i int) bool { return rs[i].day.After(day) })
	if i == 0 || rs[i-1].day.Before(day.AddDays(-14)) {
		return heldReception{}, false
	}
	return rs[i-1], true
}
