package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

// "senim rating compute" prints the figures the pages and the scores
// download show: from the store, and from the public downloads alone.
func TestRatingCompute(t *testing.T) {
	dir := t.TempDir()
	dsn := filepath.Join(dir, "senim.db")
	ctx := context.Background()
	db, err := store.Open(ctx, dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	clock := storetest.NewClock(db, storetest.At("2025-10-06"))
	sys := storetest.System()
	if _, err := db.ImportTerritories(sys, []*senim.Territory{
		{Code: "351600000", Parent: "350000000", Level: senim.LevelDistrict, NameRU: "Район", NameKK: "Аудан"},
		{Code: "351620100", Parent: "351600000", Level: senim.LevelOkrug, NameRU: "Село", NameKK: "Ауыл"},
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveParty(sys, &senim.Party{Code: "own", Name: senim.Names{RU: "Партия"}, Own: true}); err != nil {
		t.Fatal(err)
	}
	a := storetest.NewAssembly(t, db, senim.AssemblyOblast, "350000000")
	var ds []*senim.Deputy
	for i, name := range []string{"Жунусов Елдос", "Ахметова Айгуль", "Ким Ольга"} {
		ds = append(ds, storetest.NewDeputy(t, db, a, name, func(in *senim.DeputyInput) {
			in.Faction = "own"
			if i == 0 {
				in.Mandate, in.Constituency, in.Territory = "district", "№ 1", "351600000"
			}
		}))
	}
	office := storetest.NewOffice(t, db, "350000000")
	// The second deputy holds the quarter's reception.
	o, _ := db.FindOfficial(sys, ds[1].ID)
	r := storetest.NewReception(t, db, o, office, "2025-10-08")
	clock.Set(storetest.At("2025-10-08").Add(time.Hour))
	if _, err := db.ChangeReception(sys, r.ID, senim.ReceptionChange{Action: "hold", Consulted: 3, Version: r.Version}); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		storetest.NewAppeal(t, db, "351620100")
	}
	if _, err := db.CreateMethod(sys, senim.DefaultMethod()); err != nil {
		t.Fatal(err)
	}
	if _, err := db.PublishMethod(sys, 1); err != nil {
		t.Fatal(err)
	}
	clock.Set(storetest.At("2026-01-15"))
	p, _ := senim.ParseRatingPeriod("2025Q4")
	kept, err := db.ComputeRating(sys, p, 1)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := db.RunScores(sys, kept)
	deputies, _ := db.FindDeputies(sys, senim.DeputyFilter{})
	assemblies, _ := db.FindAssemblies(sys)
	roster := exchange.NewRoster(deputies, assemblies)
	var page, inputs bytes.Buffer
	if err := exchange.WriteRatingScores(&page, kept, rows, roster); err != nil {
		t.Fatal(err)
	}
	if err := exchange.WriteRatingInputs(&inputs, p, rows, roster); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), "Ахметова Айгуль,"+a.ID+",Маслихат 350000000,own,") || !strings.Contains(page.String(), ",100.00,") {
		t.Fatalf("the reception held is not in the scores:\n%s", page.String())
	}
	method, _ := db.FindMethod(sys, 1)
	db.Close()

	// The scores' columns after the run's revision are the same to the digit.
	figures := func(csv string) []string {
		var out []string
		for _, line := range strings.Split(strings.TrimSpace(csv), "\n")[1:] {
			f := strings.Split(line, ",")
			out = append(out, f[0]+","+f[1]+","+strings.Join(f[3:], ","))
		}
		return out
	}
	code, out, errs := run(t, "", "rating", "compute", "--db", dsn, "--period", "2025Q4")
	if code != 0 {
		t.Fatalf("compute: %d %s", code, errs)
	}
	if got, want := figures(out), figures(page.String()); strings.Join(got, "\n") != strings.Join(want, "\n") || len(want) != 3 {
		t.Fatalf("from the store:\n%s\nthe page's download:\n%s", out, page.String())
	}

	// From the downloads, with no store.
	in, mf := filepath.Join(dir, "inputs.csv"), filepath.Join(dir, "method-1.json")
	b, _ := json.Marshal(method)
	os.WriteFile(mf, b, 0o644)
	os.WriteFile(in, inputs.Bytes(), 0o644)
	code, out, errs = run(t, "", "rating", "compute", "--inputs", in, "--method-file", mf)
	if code != 0 {
		t.Fatalf("compute from files: %d %s", code, errs)
	}
	if got, want := figures(out), figures(page.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("from the downloads:\n%s\nthe page's download:\n%s", out, page.String())
	}

	// Keeping it makes the next revision.
	code, _, errs = run(t, "", "rating", "compute", "--db", dsn, "--period", "2025Q4", "--store")
	if code != 0 || !strings.Contains(errs, "revision 2") {
		t.Fatalf("store: %d %s", code, errs)
	}

	// Bad input: a period that is not one, a damaged inputs file.
	if code, _, errs := run(t, "", "rating", "compute", "--db", dsn, "--period", "2025Q5"); code != 2 || !strings.Contains(errs, "--period") {
		t.Fatalf("bad period: %d %s", code, errs)
	}
	bad := strings.Replace(inputs.String(), ",1,", ",-1,", 1)
	os.WriteFile(in, []byte(bad+"2025Q3,x,y,z,w,351600000,list,own,1,1,1,1,1,1,1,1,1,1,1,1\n"), 0o644)
	code, _, errs = run(t, "", "rating", "compute", "--inputs", in, "--method-file", mf)
	if code != 1 || !strings.Contains(errs, "line 5: period 2025Q3") {
		t.Fatalf("bad inputs: %d %s", code, errs)
	}
}
