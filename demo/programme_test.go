package demo_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// checkProgrammes checks the programmes and councils of a demo country at
// the seeds' magnitude (seeds 000, 002, 003), and that another country made
// with the same seed, b, has the same councils and issues.
func checkProgrammes(t *testing.T, a, b *store.DB) {
	t.Helper()
	ctx := senim.WithActor(context.Background(), senim.System)
	today := senim.DateOf(a.Now())
	karaganda := senim.KATO("350000000")

	all, err := a.FindProgrammes(ctx, senim.ProgrammeFilter{})
	if err != nil || len(all) != 216 {
		t.Fatalf("%d programmes, want 216 (seed 003): %v", len(all), err)
	}
	if all[0].Territory != senim.CountryKATO || !strings.Contains(all[0].Title.RU, "Путь перемен: Достойную жизнь каждому!") {
		t.Errorf("the national programme: %+v", all[0])
	}
	kar, _ := a.FindProgrammes(ctx, senim.ProgrammeFilter{Territory: &karaganda})
	if len(kar) != 19 {
		t.Fatalf("%d roadmaps in Karaganda, want 19 (seed 003)", len(kar))
	}
	oblast, err := a.FindProgramme(ctx, kar[0].ID)
	if err != nil || oblast.Territory != karaganda || len(oblast.Directions) != 10 || oblast.Title.RU != "Дорожная карта Карагандинской области на 2023–2027 годы" {
		t.Fatalf("Karaganda's oblast roadmap: %+v %v", oblast, err)
	}
	moved := 0
	for _, d := range oblast.Directions {
		for _, m := range d.Measures {
			if m.Status != senim.MeasurePlanned {
				moved++
			}
		}
	}
	if moved == 0 {
		t.Errorf("no measure of Karaganda's roadmap has moved")
	}

	// Indicators: every status the methodology knows.
	states, err := a.ProgrammeStates(ctx, senim.ProgrammeFilter{}, today)
	if err != nil || len(states) != 216 {
		t.Fatalf("states: %d %v", len(states), err)
	}
	var sum senim.Rollup
	for _, s := range states {
		if s.Rollup.Indicators < 8 || s.Rollup.Indicators > 20 {
			t.Errorf("%s has %d indicators, want 8–20", s.Title.RU, s.Rollup.Indicators)
		}
		sum.AddProgramme(&s.Rollup)
	}
	for _, s := range senim.IndicatorStatuses {
		if share := float64(sum.Counts[s]) / float64(sum.Indicators); share < 0.02 {
			t.Errorf("indicators %s: %d of %d", s, sum.Counts[s], sum.Indicators)
		}
	}

	// Councils: 10 at oblast level in every region, one a direction of its
	// roadmap; in Karaganda 108 below (seed 002).
	lines, err := a.FindCouncils(ctx, senim.CouncilFilter{})
	if err != nil {
		t.Fatal(err)
	}
	atRegion := map[senim.KATO]int{}
	below := 0
	dirs := map[string]bool{}
	for _, l := range lines {
		if l.Territory.Level() == senim.LevelRegion {
			atRegion[l.Territory]++
		} else if karaganda.Contains(l.Territory) {
			below++
		}
		if l.Territory == karaganda {
			if oblast.Direction(l.DirectionID) == nil || dirs[l.DirectionID] {
				t.Errorf("council %s follows direction %q", l.Name.RU, l.DirectionID)
			}
			dirs[l.DirectionID] = true
		}
		if l.MemberCount < 7 || l.MemberCount > 15 || l.MeetingCount < 10 {
			t.Errorf("council %s: %d members, %d meetings", l.Name.RU, l.MemberCount, l.MeetingCount)
		}
	}
	if len(atRegion) != 20 || below != 108 {
		t.Fatalf("councils: %d regions, %d below Karaganda, want 20 and 108", len(atRegion), below)
	}
	for k, n := range atRegion {
		if n != 10 {
			t.Errorf("%s has %d councils at oblast level, want 10", k, n)
		}
	}

	// Issues: about 4,500 taken under control (seed 000), most solved.
	st, err := a.IssueStats(ctx, senim.CountryKATO, senim.NewDate(2023, 1, 1), today, today)
	if err != nil || st.Total.Taken < 4400 || st.Total.Taken > 4700 || len(st.Parts) != 20 {
		t.Fatalf("issues: %+v %v", st, err)
	}
	solved := float64(st.Total.Solved) / float64(st.Total.Taken)
	removed := float64(st.Total.Removed) / float64(st.Total.Taken)
	if solved < 0.5 || solved > 0.7 || removed < 0.04 || removed > 0.12 || st.Total.Overdue == 0 || st.Total.Overdue >= st.Total.UnderControl {
		t.Errorf("issue statuses: %+v", st.Total)
	}
	list, err := a.FindIssues(ctx, senim.IssueFilter{Territory: &karaganda})
	if err != nil || len(list) == 0 {
		t.Fatalf("Karaganda's issues: %d %v", len(list), err)
	}
	linked := 0
	for _, is := range list {
		if len(is.Appeals) > 0 || len(is.Indicators) > 0 {
			linked++
		}
	}
	if linked == 0 {
		t.Errorf("no issue of Karaganda is linked to an appeal or an indicator")
	}
	full, err := a.FindIssue(ctx, list[len(list)-1].ID)
	if err != nil || len(full.Events) != full.Version || full.Events[0].Action != senim.IssueActTake || full.MeetingID == "" {
		t.Fatalf("an issue's history: %+v %v", full, err)
	}

	// The same seed: the same councils and issues.
	other, err := b.FindCouncils(ctx, senim.CouncilFilter{})
	if err != nil || len(other) != len(lines) {
		t.Fatalf("councils of the same seed: %d and %d", len(lines), len(other))
	}
	for i := range lines {
		x, y := lines[i], other[i]
		if x.ID != y.ID || x.Name != y.Name || x.MemberCount != y.MemberCount || x.MeetingCount != y.MeetingCount || x.Issues != y.Issues {
			t.Fatalf("council %d differs between two runs with one seed:\n%+v\n%+v", i, x, y)
		}
	}
	otherIssues, _ := b.FindIssues(ctx, senim.IssueFilter{Territory: &karaganda})
	if len(otherIssues) != len(list) {
		t.Fatalf("issues of the same seed: %d and %d", len(list), len(otherIssues))
	}
	for i := range list {
		x, y := list[i], otherIssues[i]
		if x.ID != y.ID || x.Title != y.Title || x.Status != y.Status || x.Owner != y.Owner || !slices.Equal(x.Appeals, y.Appeals) {
			t.Fatalf("issue %d differs between two runs with one seed:\n%+v\n%+v", i, x, y)
		}
	}
}
