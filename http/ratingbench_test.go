package http_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/demo"
	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

// benchRating opens (making it once and keeping it) a store at the rating's
// target magnitude: 1,000,000 appeals all in the current year, 3,500
// deputies and 100,000 receptions in it. The demo country gives the
// appeals, the deputies of the oblast maslikhats, Karaganda and the
// Mazhilis and their receptions; every other deputy official of the demo
// becomes a district maslikhat's deputy, more deputies are added to reach
// 3,500, and each deputy gets more held receptions up to 100,000.
func benchRating(b *testing.B) *store.DB {
	b.Helper()
	dir := os.Getenv("SENIM_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("senim-bench-rating-v%d.db", benchDemoVersion))
	ctx := senim.WithActor(context.Background(), senim.System)
	now := func() time.Time { return storetest.At("2026-11-24") }
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".part"
		os.Remove(tmp)
		db, err := store.Open(ctx, tmp, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		db.Now = now
		start := time.Now()
		if err := demo.Generate(ctx, db, demo.Options{Appeals: 1_000_000, Years: 1, Batch: 20_000}); err != nil {
			b.Fatal(err)
		}
		if err := growRating(ctx, db); err != nil {
			b.Fatal(err)
		}
		db.Close()
		b.Logf("generated the rating's store in %s", time.Since(start).Round(time.Second))
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Rename(tmp+suffix, path+suffix)
		}
	}
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	db.Now = now
	b.Cleanup(func() { db.Close() })
	return db
}

// growRating brings the demo to 3,500 deputies and 100,000 receptions.
func growRating(ctx context.Context, db *store.DB) error {
	deputies, err := db.FindDeputies(ctx, senim.DeputyFilter{})
	if err != nil {
		return err
	}
	isDeputy := map[string]bool{}
	for _, d := range deputies {
		isDeputy[d.ID] = true
	}
	role := "deputy"
	officials, err := db.FindOfficials(ctx, senim.OfficialFilter{Role: &role})
	if err != nil {
		return err
	}
	offices, err := db.FindOffices(ctx, senim.OfficeFilter{})
	if err != nil {
		return err
	}
	officeOf := map[senim.KATO]*senim.Office{}
	for _, o := range offices {
		if officeOf[o.Territory] == nil {
			officeOf[o.Territory] = o
		}
	}
	elected := senim.MustDate("2023-03-19")
	assemblies := map[senim.KATO]*senim.Assembly{}
	var newAssemblies []*senim.Assembly
	var newDeputies []*senim.Deputy
	var newOfficials []*senim.Official
	all := append([]*senim.Official(nil), officials...)
	for i := 0; len(deputies)+len(newDeputies) < 3_500; i++ {
		var o *senim.Official
		if i < len(officials) {
			if o = officials[i]; isDeputy[o.ID] || o.Territory.Level() != senim.LevelDistrict {
				continue
			}
		} else {
			// More deputies of the district maslikhats already made.
			base := newDeputies[i%len(newDeputies)]
			o = &senim.Official{ID: senim.NewID(), Person: senim.Person{ID: senim.NewID(), Name: fmt.Sprintf("Депутат %d", i)},
				Role: "deputy", Post: "депутат маслихата", Territory: assemblies[base.Territory].Territory, Since: elected}
			newOfficials, all = append(newOfficials, o), append(all, o)
		}
		a := assemblies[o.Territory]
		if a == nil {
			a = &senim.Assembly{ID: senim.NewID(), Kind: senim.AssemblyDistrict, Territory: o.Territory,
				Name: senim.Names{RU: "Маслихат " + string(o.Territory)}, Convocation: 8, Seats: 30}
			assemblies[o.Territory] = a
			newAssemblies = append(newAssemblies, a)
		}
		newDeputies = append(newDeputies, &senim.Deputy{ID: o.ID, Person: o.Person, Assembly: a.ID, Convocation: 8,
			Territory: o.Territory, Faction: "amanat", Mandate: senim.MandateList, Elected: elected})
	}
	if err := db.ImportOfficials(ctx, newOfficials); err != nil {
		return err
	}
	if err := db.ImportRating(ctx, nil, newAssemblies, newDeputies); err != nil {
		return err
	}
	// The demo holds about 20,600 receptions a year; 80,000 more, one a
	// week for each deputy in turn, make about 100,000.
	more := make([]*senim.Reception, 0, 80_000)
	for day := senim.MustDate("2026-01-05"); len(more) < 80_000; day = day.AddDays(7) {
		for _, o := range all {
			office := officeOf[o.Territory]
			if office == nil || len(more) == 80_000 {
				continue
			}
			starts := day.Start().Add(9 * time.Hour)
			more = append(more, &senim.Reception{ID: senim.NewID(), OfficialID: o.ID, OfficeID: office.ID, Territory: office.Territory,
				Starts: starts, Ends: starts.Add(time.Hour), Format: senim.FormatInPerson, Status: senim.ReceptionHeld, Consulted: 3,
				CreatedAt: starts, UpdatedAt: starts, Version: 1})
		}
	}
	if err := db.ImportReceptions(ctx, more); err != nil {
		return err
	}
	return db.RecountReceptions(ctx)
}

// BenchmarkRating measures the rating's full recomputation (every serving
// deputy's records read again and scored: what a run does, without
// keeping it) and the live figures after one new appeal, which count
// again only the deputies it touches.
func BenchmarkRating(b *testing.B) {
	db := benchRating(b)
	ctx := senim.WithActor(context.Background(), senim.System)
	method := 1
	year, _ := senim.ParseRatingPeriod("2026")
	run, rows, err := db.ScoreRating(ctx, year, method)
	if err != nil {
		b.Fatal(err)
	}
	appeals, receptions := 0, 0
	for _, r := range rows {
		appeals += r.Records.Due
		receptions += r.Records.Held
	}
	b.Logf("%d deputies scored; %d appeals due and %d receptions held counted for them", run.Deputies, appeals, receptions)
	b.Run("full-year", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := db.ScoreRating(ctx, year, method); err != nil {
				b.Fatal(err)
			}
		}
	})
	q, _ := senim.ParseRatingPeriod("2026Q4")
	if _, _, err := db.LiveRating(ctx, q, method); err != nil {
		b.Fatal(err)
	}
	// An appeal from a Karaganda deputy's district.
	var place senim.KATO
	for _, d := range mustDeputies(b, db) {
		if d.Mandate == senim.MandateDistrict && senim.KATO("350000000").Contains(d.Territory) {
			place = d.Territory
			break
		}
	}
	b.Run("live-after-appeal", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			if _, _, err := db.CreateAppeal(ctx, storetest.Input(place)); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if _, _, err := db.LiveRating(ctx, q, method); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("live-unchanged", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := db.LiveRating(ctx, q, method); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func mustDeputies(b *testing.B, db *store.DB) []*senim.Deputy {
	ds, err := db.FindDeputies(context.Background(), senim.DeputyFilter{})
	if err != nil {
		b.Fatal(err)
	}
	return ds
}
