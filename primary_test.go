package senim_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/senim-kz/senim"
)

// fieldKeys lists "field key" of every field error in err.
func fieldKeys(err error) []string {
	var e *senim.Error
	if !errors.As(err, &e) {
		return nil
	}
	var out []string
	for _, d := range e.FieldErrors() {
		out = append(out, d.Field+" "+d.Key)
	}
	slices.Sort(out)
	return out
}

func TestQuotaSettingsValidate(t *testing.T) {
	def := senim.DefaultQuotas()
	if def.YouthAge != 35 || def.ListMinShare != 30 || def.YouthMinShare != 20 {
		t.Fatalf("defaults: %+v", def)
	}
	for _, c := range []struct {
		name string
		edit func(*senim.QuotaSettings)
		want []string
	}{
		{"defaults", func(*senim.QuotaSettings) {}, nil},
		{"youth age 18", func(s *senim.QuotaSettings) { s.YouthAge = 18 }, nil},
		{"youth age 60", func(s *senim.QuotaSettings) { s.YouthAge = 60 }, nil},
		{"youth age 17", func(s *senim.QuotaSettings) { s.YouthAge = 17 }, []string{"youth_age range"}},
		{"youth age 61", func(s *senim.QuotaSettings) { s.YouthAge = 61 }, []string{"youth_age range"}},
		{"youth age unset", func(s *senim.QuotaSettings) { s.YouthAge = 0 }, []string{"youth_age range"}},
		{"shares 0 and 100", func(s *senim.QuotaSettings) { s.ListMinShare, s.YouthMinShare = 0, 100 }, nil},
		{"negative share", func(s *senim.QuotaSettings) { s.ListMinShare = -1 }, []string{"list_min_share range.percent"}},
		{"share over 100", func(s *senim.QuotaSettings) { s.YouthMinShare = 100.1 }, []string{"youth_min_share range.percent"}},
		{"NaN share", func(s *senim.QuotaSettings) { s.YouthMinShare = math.NaN() }, []string{"youth_min_share range.percent"}},
		{"all at once", func(s *senim.QuotaSettings) {
			*s = senim.QuotaSettings{YouthAge: 5, ListMinShare: 200, YouthMinShare: -5}
		},
			[]string{"list_min_share range.percent", "youth_age range", "youth_min_share range.percent"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := senim.DefaultQuotas()
			c.edit(&s)
			err := s.Validate()
			if got := fieldKeys(err); !slices.Equal(got, c.want) {
				t.Errorf("got %v (%v), want %v", got, err, c.want)
			}
			if c.want != nil && senim.ErrorCode(err) != senim.EINVALID {
				t.Errorf("code %q", senim.ErrorCode(err))
			}
		})
	}
}

func TestCandidateYoung(t *testing.T) {
	for _, c := range []struct {
		name     string
		birth    string
		on       string
		youthAge int
		age      int
		young    bool
	}{
		{"the day before the 35th birthday", "1991-03-01", "2026-02-28", 35, 34, true},
		{"35 on election day is no longer young", "1991-03-01", "2026-03-01", 35, 35, false},
		{"35 the day after election day", "1991-03-02", "2026-03-01", 35, 34, true},
		{"born on 29 February: 35 on 28 February", "1992-02-29", "2027-02-28", 35, 35, false},
		{"born on 29 February: 34 the day before", "1992-02-29", "2027-02-27", 35, 34, true},
		{"the setting moves the boundary", "1991-03-02", "2026-03-01", 30, 34, false},
		{"a higher setting", "1986-03-01", "2026-03-01", 41, 40, true},
		{"no birth date is not young", "", "2026-03-01", 35, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var cand senim.Candidate
			if c.birth != "" {
				cand.BirthDate = senim.MustDate(c.birth)
			}
			on := senim.MustDate(c.on)
			if got := cand.AgeOn(on); got != c.age {
				t.Errorf("age %d, want %d", got, c.age)
			}
			if got := cand.Young(on, c.youthAge); got != c.young {
				t.Errorf("young %v, want %v", got, c.young)
			}
		})
	}
}

// Election day of the tests and birth dates on either side of 35.
var (
	electionDay = senim.MustDate("2026-03-15")
	youngBirth  = senim.MustDate("1995-06-01") // 30
	oldBirth    = senim.MustDate("1970-01-10") // 56
)

// group makes n candidates alike, numbered on from the members' ids.
type group struct {
	n          int
	sex        senim.Sex
	young      bool
	disability bool
}

func list(groups ...group) []senim.Candidate {
	var out []senim.Candidate
	for _, g := range groups {
		for range g.n {
			c := senim.Candidate{Sex: g.sex, BirthDate: oldBirth, Disability: g.disability, Position: len(out) + 1}
			if g.young {
				c.BirthDate = youngBirth
			}
			c.MemberID = fmt.Sprintf("m%d", c.Position)
			out = append(out, c)
		}
	}
	return out
}

const (
	man   = senim.Male
	woman = senim.Female
	noSex = senim.Sex("")
)

// q is the expected standing against one quota: count, share, least
// count, passed.
type q struct {
	count    int
	share    float64
	minCount int
	passed   bool
}

func TestQuotaCheck(t *testing.T) {
	for _, c := range []struct {
		name                   string
		cands                  []senim.Candidate
		settings               func(*senim.QuotaSettings)
		list, youth            q
		women, young, disabled int
		passed                 bool
		reason                 string
	}{
		{name: "an empty list fails with a reason", cands: nil,
			list: q{0, 0, 0, false}, youth: q{0, 0, 0, false}, reason: "list.empty"},
		{name: "a young disabled woman counts once toward the combined quota", cands: list(group{1, woman, true, true}, group{9, man, false, false}),
			list: q{1, 10, 3, false}, youth: q{1, 10, 2, false}, women: 1, young: 1, disabled: 1},
		{name: "three of ten meet 30%, two of ten meet 20%", cands: list(group{2, man, true, false}, group{1, woman, false, false}, group{7, man, false, false}),
			list: q{3, 30, 3, true}, youth: q{2, 20, 2, true}, women: 1, young: 2, passed: true},
		{name: "20% of 11 needs 3 young (ceil 2.2)", cands: list(group{2, man, true, false}, group{2, woman, false, false}, group{7, man, false, false}),
			list: q{4, 36.4, 4, true}, youth: q{2, 18.2, 3, false}, women: 2, young: 2},
		{name: "three young of 11 meet it", cands: list(group{3, man, true, false}, group{1, woman, false, false}, group{7, man, false, false}),
			list: q{4, 36.4, 4, true}, youth: q{3, 27.3, 3, true}, women: 1, young: 3, passed: true},
		{name: "5 of 17 is 29.4%: 6 are needed", cands: list(group{4, woman, true, false}, group{1, man, false, true}, group{12, man, false, false}),
			list: q{5, 29.4, 6, false}, youth: q{4, 23.5, 4, true}, women: 4, young: 4, disabled: 1},
		{name: "599 of 2000 shows 30.0% and still fails", cands: list(group{400, man, true, false}, group{199, woman, false, false}, group{1401, man, false, false}),
			list: q{599, 30, 600, false}, youth: q{400, 20, 400, true}, women: 199, young: 400},
		{name: "each group counted on its own for display, once for the quota",
			cands: list(group{2, woman, true, true}, group{1, woman, false, false}, group{1, man, false, true}, group{1, man, true, false}, group{5, man, false, false}),
			list:  q{5, 50, 3, true}, youth: q{3, 30, 2, true}, women: 3, young: 3, disabled: 3, passed: true},
		{name: "a candidate of unknown sex is not a woman", cands: list(group{3, noSex, false, false}, group{2, man, true, false}, group{5, man, false, false}),
			list: q{2, 20, 3, false}, youth: q{2, 20, 2, true}, young: 2},
		{name: "no quota asked: a list of older men passes", cands: list(group{4, man, false, false}),
			settings: func(s *senim.QuotaSettings) { s.ListMinShare, s.YouthMinShare = 0, 0 },
			list:     q{0, 0, 0, true}, youth: q{0, 0, 0, true}, passed: true},
		{name: "a youth age of 30 leaves the 30-year-olds out", cands: list(group{3, man, true, false}, group{7, man, false, false}),
			settings: func(s *senim.QuotaSettings) { s.YouthAge = 30 },
			list:     q{0, 0, 3, false}, youth: q{0, 0, 2, false}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := senim.DefaultQuotas()
			if c.settings != nil {
				c.settings(&s)
			}
			r := senim.QuotaCheck(c.cands, s, electionDay)
			if len(r.Quotas) != 2 || r.Quotas[0].Quota != senim.QuotaList || r.Quotas[1].Quota != senim.QuotaYouth {
				t.Fatalf("quotas: %+v", r.Quotas)
			}
			for i, w := range []struct {
				q
				min float64
			}{{c.list, s.ListMinShare}, {c.youth, s.YouthMinShare}} {
				g := r.Quotas[i]
				if g.Count != w.count || g.Total != len(c.cands) || g.Share != w.share || g.MinCount != w.minCount || g.Passed != w.passed || g.MinShare != w.min {
					t.Errorf("%s quota %+v, want %+v", g.Quota, g, w)
				}
			}
			if r.Women != c.women || r.Youth != c.young || r.Disabled != c.disabled || r.Total != len(c.cands) {
				t.Errorf("groups: women %d youth %d disabled %d of %d", r.Women, r.Youth, r.Disabled, r.Total)
			}
			if r.Passed != c.passed || r.Reason != c.reason {
				t.Errorf("passed %v reason %q, want %v %q", r.Passed, r.Reason, c.passed, c.reason)
			}
			if r.On != electionDay || r.YouthAge != s.YouthAge {
				t.Errorf("on %s youth age %d", r.On, r.YouthAge)
			}
			if len(r.Failed()) != boolInt(!c.list.passed)+boolInt(!c.youth.passed) {
				t.Errorf("failed: %+v", r.Failed())
			}
		})
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Youth is counted on election day: a candidate turning 35 that day is not
// young, one turning 35 the next day is.
func TestQuotaCheckAgeOnElectionDay(t *testing.T) {
	on := senim.MustDate("2026-03-15")
	cands := []senim.Candidate{
		{MemberID: "a", Sex: senim.Male, BirthDate: senim.MustDate("1991-03-15")}, // 35 that day
		{MemberID: "b", Sex: senim.Male, BirthDate: senim.MustDate("1991-03-16")}, // 34
		{MemberID: "c", Sex: senim.Male, BirthDate: senim.MustDate("1960-01-01")},
		{MemberID: "d", Sex: senim.Male, BirthDate: senim.MustDate("1960-01-01")},
		{MemberID: "e", Sex: senim.Male, BirthDate: senim.MustDate("1960-01-01")},
	}
	r := senim.QuotaCheck(cands, senim.DefaultQuotas(), on)
	if r.Youth != 1 || r.Quotas[1].Count != 1 || !r.Quotas[1].Passed {
		t.Errorf("on election day: %+v", r)
	}
	// The day before, both are 34.
	if r := senim.QuotaCheck(cands, senim.DefaultQuotas(), on.AddDays(-1)); r.Youth != 2 {
		t.Errorf("the day before: youth %d", r.Youth)
	}
}

func TestCandidateListApprove(t *testing.T) {
	good := list(group{2, woman, true, false}, group{1, woman, false, false}, group{7, man, false, false})
	noYouth := list(group{3, woman, false, false}, group{7, man, false, false})
	neither := list(group{1, woman, false, false}, group{9, man, false, false})
	twice := list(group{2, woman, true, false}, group{1, woman, false, false}, group{7, man, false, false})
	twice[9].MemberID = twice[0].MemberID
	for _, c := range []struct {
		name     string
		cands    []senim.Candidate
		status   senim.CandidateListStatus
		settings func(*senim.QuotaSettings)
		code     string
		key      string
		args     map[string]any
		details  []string
	}{
		{"a list meeting both quotas is approved", good, senim.CandidateListDraft, nil, "", "", nil, nil},
		{"approving an approved list is a conflict", good, senim.CandidateListApproved, nil, senim.ECONFLICT, "list.approved", nil, nil},
		{"an empty list cannot be approved", nil, senim.CandidateListDraft, nil, senim.ECONFLICT, "list.empty", nil, nil},
		{"no young candidates: the youth quota fails", noYouth, senim.CandidateListDraft, nil, senim.ECONFLICT, "list.quota",
			map[string]any{"quota": "youth", "count": 0, "total": 10, "share": 0.0, "min_share": 20.0, "min_count": 2, "youth_age": 35},
			[]string{"quotas.youth quota.youth"}},
		{"both quotas fail: the first in the args, each in the details", neither, senim.CandidateListDraft, nil, senim.ECONFLICT, "list.quota",
			map[string]any{"quota": "list", "count": 1, "total": 10, "share": 10.0, "min_share": 30.0, "min_count": 3, "youth_age": 35},
			[]string{"quotas.list quota.list", "quotas.youth quota.youth"}},
		{"the same member twice", twice, senim.CandidateListDraft, nil, senim.ECONFLICT, "list.member_twice", map[string]any{"member": "m1"}, nil},
		{"bad settings are invalid", good, senim.CandidateListDraft, func(s *senim.QuotaSettings) { s.YouthAge = 99 }, senim.EINVALID, "range", nil, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := senim.DefaultQuotas()
			if c.settings != nil {
				c.settings(&s)
			}
			l := &senim.CandidateList{ID: "l1", Territory: "351010000", Title: senim.Names{RU: "Список"}, Candidates: c.cands, Status: c.status}
			err := l.Approve(s, electionDay)
			if c.code == "" {
				if err != nil || l.Status != senim.CandidateListApproved {
					t.Fatalf("err %v, status %s", err, l.Status)
				}
				return
			}
			var e *senim.Error
			if !errors.As(err, &e) || e.Code != c.code || e.Key != c.key {
				t.Fatalf("err %v, want %s %s", err, c.code, c.key)
			}
			if l.Status != c.status {
				t.Errorf("status changed to %s", l.Status)
			}
			if c.args != nil && fmt.Sprint(e.Args) != fmt.Sprint(c.args) {
				t.Errorf("args %v, want %v", e.Args, c.args)
			}
			var details []string
			for _, d := range e.Details {
				details = append(details, d.Field+" "+d.Key)
				if d.Code != senim.ECONFLICT || d.Args["min_count"] == nil {
					t.Errorf("detail %+v", d)
				}
			}
			if c.code == senim.ECONFLICT && !slices.Equal(details, c.details) {
				t.Errorf("details %v, want %v", details, c.details)
			}
		})
	}
}

func TestNewPrimary(t *testing.T) {
	today := senim.MustDate("2025-11-20")
	ok := func() senim.PrimaryInput {
		return senim.PrimaryInput{Title: senim.Names{RU: " Праймериз  в маслихат Караганды ", KK: "Қарағанды мәслихатына праймериз"},
			Territory: "351000000", ElectionKind: "city", Opens: "2025-12-01", Closes: "2025-12-10"}
	}
	for _, c := range []struct {
		name   string
		edit   func(*senim.PrimaryInput)
		want   []string
		status senim.PrimaryStatus
	}{
		{"valid", func(*senim.PrimaryInput) {}, nil, senim.PrimaryOpen},
		{"one day", func(in *senim.PrimaryInput) { in.Closes = in.Opens }, nil, senim.PrimaryOpen},
		{"rural akims", func(in *senim.PrimaryInput) { in.ElectionKind = "rural_akim" }, nil, senim.PrimaryOpen},
		{"closing today is still open", func(in *senim.PrimaryInput) { in.Opens, in.Closes = "2025-11-01", "2025-11-20" }, nil, senim.PrimaryOpen},
		{"a past primary is recorded closed", func(in *senim.PrimaryInput) { in.Opens, in.Closes = "2020-05-01", "2020-05-20" }, nil, senim.PrimaryClosed},
		{"no title", func(in *senim.PrimaryInput) { in.Title.RU = "  " }, []string{"title.ru required"}, ""},
		{"closes before opens", func(in *senim.PrimaryInput) { in.Closes = "2025-11-30" }, []string{"closes period.order"}, ""},
		{"no dates", func(in *senim.PrimaryInput) { in.Opens, in.Closes = "", "" }, []string{"closes required", "opens required"}, ""},
		{"a bad date", func(in *senim.PrimaryInput) { in.Opens = "2025-02-30" }, []string{"opens date"}, ""},
		{"unknown election", func(in *senim.PrimaryInput) { in.ElectionKind = "senate" }, []string{"election_kind primary.election_kind"}, ""},
		{"bad territory", func(in *senim.PrimaryInput) { in.Territory = "35" }, []string{"territory kato.length"}, ""},
		{"a city's maslikhat on an oblast", func(in *senim.PrimaryInput) { in.Territory = "350000000" }, []string{"territory primary.territory"}, ""},
		{"the Mazhilis on the country", func(in *senim.PrimaryInput) { in.ElectionKind, in.Territory = "mazhilis", "000000000" }, nil, senim.PrimaryOpen},
		{"the Mazhilis on a city", func(in *senim.PrimaryInput) { in.ElectionKind = "mazhilis" }, []string{"territory primary.territory"}, ""},
		{"a rural okrug's akim", func(in *senim.PrimaryInput) { in.ElectionKind, in.Territory = "rural_akim", "351010000" }, nil, senim.PrimaryOpen},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := ok()
			c.edit(&in)
			pr, err := senim.NewPrimary(in, today)
			if got := fieldKeys(err); !slices.Equal(got, c.want) {
				t.Fatalf("got %v (%v), want %v", got, err, c.want)
			}
			if err != nil {
				return
			}
			if pr.Status != c.status || pr.Title.RU != "Праймериз в маслихат Караганды" || pr.Territory.Level() == 0 && pr.ElectionKind != "mazhilis" {
				t.Errorf("%+v", pr)
			}
		})
	}
}

func TestPrimaryClose(t *testing.T) {
	pr := &senim.Primary{Status: senim.PrimaryOpen}
	if err := pr.Close(); err != nil || pr.Status != senim.PrimaryClosed {
		t.Fatalf("close: %v %s", err, pr.Status)
	}
	var e *senim.Error
	if err := pr.Close(); !errors.As(err, &e) || e.Code != senim.ECONFLICT || e.Key != "primary.closed" {
		t.Errorf("close twice: %v", err)
	}
}

func TestPrimaryResults(t *testing.T) {
	type pc = senim.PrimaryCandidate
	for _, c := range []struct {
		name  string
		in    []pc
		want  string // member:votes:share:place …
		fails []string
	}{
		{"no candidates", nil, "", nil},
		{"one", []pc{{"a", 7}}, "a:7:100:1", nil},
		{"ties share a place, the next skips", []pc{{"a", 10}, {"b", 30}, {"c", 30}, {"d", 5}, {"e", 10}},
			"b:30:35.3:1 c:30:35.3:1 a:10:11.8:3 e:10:11.8:3 d:5:5.9:5", nil},
		{"no votes at all: everybody first", []pc{{"a", 0}, {"b", 0}}, "a:0:0:1 b:0:0:1", nil},
		{"ties keep the input order", []pc{{"z", 1}, {"y", 2}, {"x", 1}}, "y:2:50:1 z:1:25:2 x:1:25:2", nil},
		{"negative votes", []pc{{"a", 1}, {"b", -1}}, "", []string{"candidates[1].votes votes.negative"}},
		{"a member twice", []pc{{"a", 1}, {"a", 2}}, "", []string{"candidates[1].member primary.member_twice"}},
		{"no member", []pc{{" ", 1}, {"b", 2}}, "", []string{"candidates[0].member required"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			out, err := senim.PrimaryResults(c.in)
			if got := fieldKeys(err); !slices.Equal(got, c.fails) {
				t.Fatalf("errors %v (%v), want %v", got, err, c.fails)
			}
			if err != nil {
				return
			}
			var parts []string
			for _, p := range out {
				parts = append(parts, fmt.Sprintf("%s:%d:%v:%d", p.MemberID, p.Votes, p.Share, p.Place))
			}
			if got := fmt.Sprint(parts); got != fmt.Sprint(strings.Fields(c.want)) {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
}

func TestElectionTerritoryFits(t *testing.T) {
	for _, c := range []struct {
		kind string
		k    senim.KATO
		want bool
	}{
		{"mazhilis", senim.CountryKATO, true}, {"mazhilis", "350000000", false},
		{"oblast", "350000000", true}, {"oblast", "750000000", true}, {"oblast", "351000000", false},
		{"city", "351000000", true}, {"city", "350000000", false}, {"city", "351010000", false},
		{"district", "351600000", true}, {"district", "351620100", false},
		{"rural_akim", "351600000", true}, {"rural_akim", "351620000", true}, {"rural_akim", "351620100", false}, {"rural_akim", "350000000", false},
		{"senate", senim.CountryKATO, false},
	} {
		if got := senim.ElectionTerritoryFits(c.kind, c.k); got != c.want {
			t.Errorf("%s on %s: %v, want %v", c.kind, c.k, got, c.want)
		}
	}
}

func TestNewCandidateList(t *testing.T) {
	ok := func() senim.CandidateListInput {
		return senim.CandidateListInput{Title: senim.Names{RU: "Партийный список в областной маслихат"}, Territory: "350000000",
			ElectionKind: "oblast", ElectionDay: "2023-03-19",
			Candidates: []senim.CandidateEntry{{Member: "a"}, {Member: "b", Disability: true}, {Member: "c"}}}
	}
	for _, c := range []struct {
		name string
		edit func(*senim.CandidateListInput)
		want []string
	}{
		{"valid", func(*senim.CandidateListInput) {}, nil},
		{"from a primary", func(in *senim.CandidateListInput) { in.Candidates, in.Primary, in.Take = nil, "p1", 10 }, nil},
		{"empty draft", func(in *senim.CandidateListInput) { in.Candidates = nil }, nil},
		{"both sources", func(in *senim.CandidateListInput) { in.Primary = "p1" }, []string{"candidates list.source"}},
		{"no title, no day", func(in *senim.CandidateListInput) { in.Title.RU, in.ElectionDay = "", "" }, []string{"election_day required", "title.ru required"}},
		{"bad day", func(in *senim.CandidateListInput) { in.ElectionDay = "19.03.2023" }, []string{"election_day date"}},
		{"territory unfit", func(in *senim.CandidateListInput) { in.Territory = "351600000" }, []string{"territory primary.territory"}},
		{"unknown election", func(in *senim.CandidateListInput) { in.ElectionKind = "senate" }, []string{"election_kind primary.election_kind"}},
		{"bad territory", func(in *senim.CandidateListInput) { in.Territory = "35" }, []string{"territory kato.length"}},
		{"take out of range", func(in *senim.CandidateListInput) { in.Candidates, in.Primary, in.Take = nil, "p1", -1 }, []string{"take range"}},
		{"a member twice, one missing", func(in *senim.CandidateListInput) {
			in.Candidates = append(in.Candidates, senim.CandidateEntry{Member: "a"}, senim.CandidateEntry{Member: " "})
		}, []string{"candidates[3].member list.member_twice", "candidates[4].member required"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := ok()
			c.edit(&in)
			l, err := senim.NewCandidateList(in)
			if got := fieldKeys(err); !slices.Equal(got, c.want) {
				t.Fatalf("got %v (%v), want %v", got, err, c.want)
			}
			if err != nil {
				return
			}
			if l.Status != senim.CandidateListDraft || l.ElectionDay != senim.MustDate("2023-03-19") {
				t.Errorf("%+v", l)
			}
			if len(l.Candidates) == 3 && (l.Candidates[1].Position != 2 || !l.Candidates[1].Disability || l.Candidates[2].MemberID != "c") {
				t.Errorf("candidates %+v", l.Candidates)
			}
		})
	}
	many := make([]senim.CandidateEntry, senim.MaxListCandidates+1)
	if _, err := senim.CheckCandidates(many); fmt.Sprint(fieldKeys(err)) != "[candidates list.too_many]" {
		t.Errorf("too many: %v", err)
	}
}
