package demo_test

import (
	"context"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// checkRating checks the rating of a demo country at the seeds' magnitude
// (seeds 003, 004): the Mazhilis, a maslikhat of every oblast, Karaganda's
// 274 maslikhat deputies with 230 in the party's faction, the methodology
// published with its runs and a second version in pilot; and that another
// country made with the same seed, b, has the same deputies and scores.
func checkRating(t *testing.T, a, b *store.DB) {
	t.Helper()
	ctx := senim.WithActor(context.Background(), senim.System)
	karaganda := senim.KATO("350000000")

	parties, err := a.FindParties(ctx)
	if err != nil || len(parties) != 6 || parties[0].Code != "amanat" || !parties[0].Own {
		t.Fatalf("parties: %+v %v", parties, err)
	}
	assemblies, err := a.FindAssemblies(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deputies, err := a.FindDeputies(ctx, senim.DeputyFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byAssembly := map[string][]*senim.Deputy{}
	for _, d := range deputies {
		byAssembly[d.Assembly] = append(byAssembly[d.Assembly], d)
		if d.Elected != senim.NewDate(2023, 3, 19) || d.Convocation != 8 {
			t.Errorf("deputy %s: elected %s, convocation %d", d.Person.Name, d.Elected, d.Convocation)
		}
		if (d.Mandate == senim.MandateDistrict) == (d.Constituency == "") || d.Mandate == senim.MandateList && d.Faction == "" {
			t.Errorf("deputy %s: %s, constituency %q, faction %q", d.Person.Name, d.Mandate, d.Constituency, d.Faction)
		}
	}
	factions := func(ds []*senim.Deputy) map[string]int {
		out := map[string]int{}
		for _, d := range ds {
			out[d.Faction]++
			out["mandate:"+string(d.Mandate)]++
		}
		return out
	}
	var mazhilis *senim.Assembly
	oblasts, inKaraganda, ownInKaraganda := 0, 0, 0
	for _, as := range assemblies {
		ds := byAssembly[as.ID]
		f := factions(ds)
		if len(ds) != as.Seats || as.Convocation != 8 || as.Name.RU == "" || as.Name.KK == "" || as.Name.EN == "" {
			t.Errorf("%s: %d deputies of %d seats, %+v", as.Name.RU, len(ds), as.Seats, as)
		}
		switch as.Kind {
		case senim.AssemblyMazhilis:
			mazhilis = as
		case senim.AssemblyOblast:
			oblasts++
			if share := float64(f["amanat"]) / float64(len(ds)); share < 0.78 || share > 0.9 {
				t.Errorf("%s: %d of %d deputies in the faction", as.Name.RU, f["amanat"], len(ds))
			}
		default:
			if !karaganda.Contains(as.Territory) {
				t.Errorf("a maslikhat below oblast level outside Karaganda: %s", as.Name.RU)
			}
		}
		if as.Kind != senim.AssemblyMazhilis {
			if d := f["mandate:district"]; d < len(ds)/2 || d > len(ds)/2+3 {
				t.Errorf("%s: %d of %d deputies elected in districts", as.Name.RU, d, len(ds))
			}
			if karaganda.Contains(as.Territory) {
				inKaraganda += len(ds)
				ownInKaraganda += f["amanat"]
			}
		}
	}
	if oblasts != 20 {
		t.Errorf("%d oblast maslikhats, want 20", oblasts)
	}
	if inKaraganda != 274 || ownInKaraganda != 230 {
		t.Errorf("Karaganda's maslikhats: %d deputies, %d in the faction; want 274 and 230 (seed 003)", inKaraganda, ownInKaraganda)
	}
	if mazhilis == nil || mazhilis.Name.RU != "Мажилис Парламента Республики Казахстан" {
		t.Fatalf("no Mazhilis: %+v", mazhilis)
	}
	f := factions(byAssembly[mazhilis.ID])
	want := map[string]int{"amanat": 62, "auyl": 8, "akzhol": 6, "respublica": 6, "npk": 7, "osdp": 4, "": 5,
		"mandate:list": 69, "mandate:district": 29}
	for k, n := range want {
		if f[k] != n {
			t.Errorf("the Mazhilis: %d of %q, want %d", f[k], k, n)
		}
	}
	regions := map[senim.KATO]bool{}
	for _, d := range byAssembly[mazhilis.ID] {
		if d.Mandate == senim.MandateDistrict {
			regions[d.Territory.Region()] = true
		}
	}
	if len(regions) != 20 {
		t.Errorf("the Mazhilis districts lie in %d regions, want 20", len(regions))
	}

	// Every deputy is an official who holds receptions.
	officials, err := a.FindOfficials(ctx, senim.OfficialFilter{Role: ptr("deputy")})
	if err != nil {
		t.Fatal(err)
	}
	isOfficial := map[string]bool{}
	for _, o := range officials {
		isOfficial[o.ID] = true
	}
	for _, d := range deputies {
		if !isOfficial[d.ID] {
			t.Fatalf("deputy %s is no official with the role deputy", d.Person.Name)
		}
	}

	// The methodology: the first version public with its runs, the second
	// in pilot, seen by staff only.
	methods, err := a.FindMethods(ctx)
	if err != nil || len(methods) != 2 || methods[1].Status != senim.MethodPublished || methods[0].Status != senim.MethodPilot ||
		methods[0].Weights[senim.InputSatisfaction] != 20 || methods[0].Note.EN == "" {
		t.Fatalf("methods: %+v %v", methods, err)
	}
	public, _ := a.FindMethods(senim.WithActor(context.Background(), senim.Citizen))
	if len(public) != 1 || public[0].Version != 1 {
		t.Errorf("the public sees %d versions", len(public))
	}
	v1, v2 := 1, 2
	runs, err := a.FindRuns(ctx, store.RunFilter{Method: &v1})
	if err != nil || len(runs) == 0 {
		t.Fatalf("runs of version 1: %d %v", len(runs), err)
	}
	pilot, err := a.FindRuns(ctx, store.RunFilter{Method: &v2})
	if err != nil || len(pilot) != 1 || pilot[0].Public || pilot[0].Period.Kind != senim.PeriodQuarter {
		t.Fatalf("runs of version 2: %+v %v", pilot, err)
	}
	today := senim.DateOf(a.Now())
	for _, r := range runs {
		if !r.Public || !r.Final() || !r.Period.To().Before(today) || r.Deputies != len(deputies) {
			t.Errorf("run %s: %+v", r.Period, r)
		}
	}
	rows, err := a.RunScores(ctx, runs[0])
	if err != nil || len(rows) != len(deputies) {
		t.Fatalf("scores of %s: %d %v", runs[0].Period, len(rows), err)
	}
	var held, due, rated int
	for _, r := range rows {
		held += r.Records.Held
		due += r.Records.Due
		rated += r.Records.Rated
	}
	if held < len(rows)/2 || due == 0 || rated == 0 {
		t.Errorf("scores of %s: %d receptions held, %d appeals due, %d rated", runs[0].Period, held, due, rated)
	}

	// The same seed: the same deputies and scores.
	other, err := b.FindDeputies(ctx, senim.DeputyFilter{})
	if err != nil || len(other) != len(deputies) {
		t.Fatalf("deputies of the same seed: %d and %d", len(deputies), len(other))
	}
	for i := range deputies {
		x, y := deputies[i], other[i]
		if x.ID != y.ID || x.Person != y.Person || x.Assembly != y.Assembly || x.Faction != y.Faction || x.Mandate != y.Mandate ||
			x.Constituency != y.Constituency || x.Territory != y.Territory {
			t.Fatalf("deputy %d differs between two runs with one seed:\n%+v\n%+v", i, deputies[i], other[i])
		}
	}
	otherRuns, err := b.FindRuns(ctx, store.RunFilter{Method: &v1, Period: &runs[0].Period})
	if err != nil || len(otherRuns) != 1 {
		t.Fatalf("runs of the same seed: %d %v", len(otherRuns), err)
	}
	otherRows, err := b.RunScores(ctx, otherRuns[0])
	if err != nil || len(otherRows) != len(rows) {
		t.Fatalf("scores of the same seed: %d and %d", len(rows), len(otherRows))
	}
	for i := range rows {
		if rows[i].Deputy != otherRows[i].Deputy || rows[i].Score.Score != otherRows[i].Score.Score {
			t.Fatalf("score %d differs between two runs with one seed", i)
		}
	}
}
