package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// PrimaryPeople are members of a Karaganda district for the primaries'
// tests, by what the quotas count on election day 19 March 2023: two
// women over 35, a young man (32), two men of 37 and 36 (young under 40),
// five older men, one man who turns 35 that very day (no longer young),
// and a young woman (24).
var PrimaryPeople = []struct {
	Name  string
	Birth string
	Sex   senim.Sex
}{
	{"Ахметова Гульнара", "1970-01-01", senim.Female}, // 0
	{"Сейткали Динара", "1975-05-05", senim.Female},   // 1
	{"Жунусов Елдос", "1990-06-01", senim.Male},       // 2: 32
	{"Ким Сергей", "1986-01-01", senim.Male},          // 3: 37
	{"Омаров Асхат", "1987-02-02", senim.Male},        // 4: 36
	{"Бекенов Ерлан", "1960-03-03", senim.Male},       // 5
	{"Искаков Марат", "1961-04-04", senim.Male},       // 6
	{"Нургалиев Бауыржан", "1962-05-05", senim.Male},  // 7
	{"Тулегенов Серик", "1963-06-06", senim.Male},     // 8
	{"Петров Андрей", "1964-07-07", senim.Male},       // 9
	{"Садыков Аслан", "1988-03-19", senim.Male},       // 10: 35 on election day
	{"Касенова Айдана", "1999-01-01", senim.Female},   // 11: 24
}

// NewPrimaryPeople admits PrimaryPeople to the organisation, joined in
// 2020, and returns their ids in order.
func NewPrimaryPeople(t testing.TB, db *store.DB, o *senim.PrimaryOrg) []string {
	t.Helper()
	ids := make([]string, len(PrimaryPeople))
	for i, p := range PrimaryPeople {
		m, err := db.AdmitMember(System(), senim.MemberInput{IIN: IIN(t, p.Birth, p.Sex, 500+10*i), Name: p.Name, Org: o.Code, Joined: "2020-01-01"})
		if err != nil {
			t.Fatalf("admit %s: %v", p.Name, err)
		}
		ids[i] = m.ID
	}
	return ids
}

// entries makes list places of the people at idx, with a disability at
// the positions in disabled (indexes of idx).
func entries(ids []string, idx []int, disabled ...int) []senim.CandidateEntry {
	out := make([]senim.CandidateEntry, len(idx))
	for i, n := range idx {
		out[i] = senim.CandidateEntry{Member: ids[n]}
	}
	for _, i := range disabled {
		out[i].Disability = true
	}
	return out
}

// vote is a candidate's count of votes.
func vote(member string, n int) senim.PrimaryCandidate {
	return senim.PrimaryCandidate{MemberID: member, Votes: n}
}

// quotaOf returns the quota named in a report.
func quotaOf(t testing.TB, r senim.QuotaReport, name string) senim.QuotaResult {
	t.Helper()
	for _, q := range r.Quotas {
		if q.Quota == name {
			return q
		}
	}
	t.Fatalf("no quota %s in %+v", name, r)
	return senim.QuotaResult{}
}

func testPrimaries(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	city := senim.KATO("351000000")
	wkoDistrict := senim.KATO("271000000")
	if _, err := db.ImportTerritories(System(), []*senim.Territory{{Code: city, NameRU: "Караганда"}, {Code: wkoDistrict, NameRU: "Уральск"}}); err != nil {
		t.Fatal(err)
	}
	clock := NewClock(db, At("2023-01-20"))
	branch := Staff(senim.RoleBranch, karaganda)
	auditor := Staff(senim.RoleAuditor, karaganda)
	operator := Staff(senim.RoleOperator, karaganda)
	central := Staff(senim.RoleCentral, senim.CountryKATO)
	wkoBranch := Staff(senim.RoleBranch, wko)
	public := context.Background()

	o := NewOrg(t, db, village, "35-0001")
	ids := NewPrimaryPeople(t, db, o)
	gone := NewMember(t, db, o, IIN(t, "1980-01-01", senim.Male, 700), "2020-01-01")
	if _, err := db.LeaveMember(branch, gone.ID, senim.Departure{On: "2023-01-10", Reason: "own_wish"}); err != nil {
		t.Fatal(err)
	}
	townsman := NewMember(t, db, NewOrg(t, db, city, "35-0002"), IIN(t, "1981-01-01", senim.Male, 710), "2020-01-01")
	westerner := NewMember(t, db, NewOrg(t, db, wkoDistrict, "27-0001"), IIN(t, "1982-01-01", senim.Male, 720), "2020-01-01")

	// A primary: every fault of the input at its field, nothing stored.
	_, err := db.CreatePrimary(branch, senim.PrimaryInput{Title: senim.Names{KK: "Праймериз"}, Territory: string(karaganda),
		ElectionKind: "district", Opens: "2023-02-05", Closes: "2023-01-15"}, nil)
	WantCode(t, err, senim.EINVALID, "title.ru", "territory", "closes")
	_, err = db.CreatePrimary(branch, senim.PrimaryInput{Title: senim.Names{RU: "П"}, Territory: "359999999", ElectionKind: "senate", Opens: "x"}, nil)
	WantCode(t, err, senim.EINVALID, "territory", "election_kind", "opens", "closes")
	in := senim.PrimaryInput{Title: senim.Names{RU: "Праймериз в маслихат Абайского района", KK: "Абай ауданы мәслихатына праймериз"},
		Territory: string(district), ElectionKind: "district", Opens: "2023-01-15", Closes: "2023-02-05"}
	for _, ctx := range []context.Context{operator, auditor, public} {
		_, err := db.CreatePrimary(ctx, in, nil)
		WantCode(t, err, senim.EFORBIDDEN)
	}
	_, err = db.CreatePrimary(wkoBranch, in, nil)
	WantCode(t, err, senim.EFORBIDDEN)
	if list, err := db.FindPrimaries(central, store.PrimaryFilter{}); err != nil || len(list) != 0 {
		t.Fatalf("refused primaries were stored: %d, %v", len(list), err)
	}
	pr, err := db.CreatePrimary(branch, in, nil)
	if err != nil {
		t.Fatal(err)
	}
	if pr.Status != senim.PrimaryOpen || pr.Count != 0 || pr.Public {
		t.Fatalf("primary = %+v", pr)
	}

	// Candidates: members of the district who have not left, once each.
	_, err = db.AddCandidates(branch, pr.ID, []string{gone.ID, westerner.ID, townsman.ID, "no-such-member", ids[0], ids[0]})
	WantCode(t, err, senim.EINVALID, "members[0]", "members[1]", "members[2]", "members[3]", "members[5]")
	fields := map[string]string{}
	for _, d := range err.(*senim.Error).Details {
		fields[d.Field] = d.Key
	}
	if fields["members[0]"] != "primary.member_left" || fields["members[1]"] != "member.unknown" || fields["members[2]"] != "primary.member_outside" ||
		fields["members[3]"] != "member.unknown" || fields["members[5]"] != "primary.member_twice" {
		t.Fatalf("candidates' faults = %v", fields)
	}
	if d, _ := db.FindPrimary(branch, pr.ID); d.Count != 0 {
		t.Fatalf("a refused request added %d candidates", d.Count)
	}
	_, err = db.AddCandidates(auditor, pr.ID, ids)
	WantCode(t, err, senim.EFORBIDDEN)
	if _, err := db.AddCandidates(branch, pr.ID, ids[:6]); err != nil {
		t.Fatal(err)
	}
	_, err = db.AddCandidates(branch, pr.ID, []string{ids[6], ids[5]})
	WantCode(t, err, senim.EINVALID, "members[1]")
	if _, err := db.AddCandidates(branch, pr.ID, ids[6:]); err != nil {
		t.Fatal(err)
	}
	// An open primary is nobody's business outside: not found for the
	// public and for another oblast.
	if _, err := db.FindPrimary(public, pr.ID); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("the public sees an open primary: %v", err)
	}
	if list, _ := db.FindPrimaries(public, store.PrimaryFilter{}); len(list) != 0 {
		t.Fatalf("the public lists an open primary")
	}
	_, err = db.FindPrimaries(wkoBranch, store.PrimaryFilter{Territory: karaganda})
	WantCode(t, err, senim.EFORBIDDEN)

	// Votes: the counts as they stand; bad ones named, nothing changed.
	votes := []senim.PrimaryCandidate{vote(ids[0], 420), vote(ids[1], 77), vote(ids[2], 390), vote(ids[3], 120), vote(ids[4], 120), vote(ids[5], 300),
		vote(ids[6], 45), vote(ids[7], 210), vote(ids[8], 15), vote(ids[9], 0), vote(ids[10], 60), vote(ids[11], 150)}
	_, err = db.RecordVotes(branch, pr.ID, []senim.PrimaryCandidate{vote(ids[0], -1), vote(townsman.ID, 5), vote(ids[1], 3), vote(ids[1], 4)})
	WantCode(t, err, senim.EINVALID, "votes[0].votes", "votes[3].member")
	_, err = db.RecordVotes(branch, pr.ID, []senim.PrimaryCandidate{vote(ids[0], 1), vote(townsman.ID, 5)})
	WantCode(t, err, senim.EINVALID, "votes[1].member")
	if d, _ := db.FindPrimary(branch, pr.ID); d.Votes != 0 {
		t.Fatalf("refused votes were stored: %d", d.Votes)
	}
	if _, err := db.RecordVotes(branch, pr.ID, votes); err != nil {
		t.Fatal(err)
	}
	if _, err := db.RecordVotes(branch, pr.ID, votes[:1]); err != nil { // again: nothing changes
		t.Fatal(err)
	}
	d, err := db.FindPrimary(auditor, pr.ID)
	if err != nil || d.Votes != 1907 || d.Count != 12 || d.Public {
		t.Fatalf("after the votes: %+v, %v", d, err)
	}
	// Ranked: 420, 390, 300, 210, 150, 120, 120 (a shared sixth place), 77 …
	if c := d.Candidates; c[0].Name != "Ахметова Гульнара" || c[0].Place != 1 || c[0].Share != 22 || c[5].Place != 6 || c[6].Place != 6 ||
		c[7].Place != 8 || c[2].Age != 62 || c[0].MemberID != ids[0] {
		t.Fatalf("results = %+v", c)
	}

	// Closing: the first three join the district's reserve; closed is final.
	_, _, err = db.ClosePrimary(branch, pr.ID, -1)
	WantCode(t, err, senim.EINVALID, "reserve")
	closed, added, err := db.ClosePrimary(branch, pr.ID, 3)
	if err != nil || added != 3 || closed.Status != senim.PrimaryClosed || closed.ClosedAt.IsZero() {
		t.Fatalf("close = %+v, %d, %v", closed, added, err)
	}
	_, _, err = db.ClosePrimary(branch, pr.ID, 0)
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.RecordVotes(branch, pr.ID, votes[:1])
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.AddCandidates(branch, pr.ID, []string{ids[0]})
	WantCode(t, err, senim.ECONFLICT)

	// The public sees a closed primary's results: places and votes, not
	// who stood (no name, member id or age).
	pub, err := db.FindPrimary(public, pr.ID)
	if err != nil || !pub.Public || pub.Candidates[0].Name != "" || pub.Candidates[0].Votes != 420 ||
		pub.Candidates[0].MemberID != "" || pub.Candidates[0].Age != 0 || pub.Candidates[0].Sex != "" {
		t.Fatalf("the public's primary = %+v, %v", pub, err)
	}
	if list, _ := db.FindPrimaries(public, store.PrimaryFilter{}); len(list) != 1 || list[0].Count != 12 || list[0].Votes != 1907 {
		t.Fatalf("the public's primaries = %+v", list)
	}

	// The reserve: the winners, from the primary; read by auditors, not by
	// operators or another oblast.
	res, total, err := db.FindReserve(auditor, senim.ReserveFilter{Level: senim.ReserveDistrict})
	if err != nil || total != 3 || res[0].Source != senim.ReserveFromPrimary || res[0].PrimaryID != pr.ID || res[0].Territory != district ||
		res[0].Since != senim.MustDate("2023-01-20") {
		t.Fatalf("reserve = %+v, %d, %v", res, total, err)
	}
	_, _, err = db.FindReserve(operator, senim.ReserveFilter{})
	WantCode(t, err, senim.EFORBIDDEN)
	_, _, err = db.FindReserve(wkoBranch, senim.ReserveFilter{Territory: karaganda})
	WantCode(t, err, senim.EFORBIDDEN)
	if d, _ := db.FindPrimary(branch, pr.ID); !d.Candidates[0].InReserve || d.Candidates[3].InReserve {
		t.Fatalf("the primary does not say who is in the reserve: %+v", d.Candidates)
	}

	// Adding by hand: every fault at its field; once per level and territory.
	_, err = db.AddToReserve(branch, senim.ReserveInput{Member: gone.ID, Level: "district", Territory: string(karaganda), Source: "luck"})
	WantCode(t, err, senim.EINVALID, "member", "territory", "source")
	_, err = db.AddToReserve(branch, senim.ReserveInput{Member: townsman.ID, Level: "district", Territory: string(district), Source: "school", Since: "2019-01-01"})
	WantCode(t, err, senim.EINVALID, "member")
	_, err = db.AddToReserve(branch, senim.ReserveInput{Member: ids[4], Level: "oblast", Territory: string(karaganda), Source: "school", Since: "2019-01-01"})
	WantCode(t, err, senim.EINVALID, "since")
	_, err = db.AddToReserve(branch, senim.ReserveInput{Member: townsman.ID, Source: "primary", Primary: pr.ID})
	WantCode(t, err, senim.EINVALID, "member", "primary")
	_, err = db.AddToReserve(auditor, senim.ReserveInput{Member: ids[4], Level: "oblast", Territory: string(karaganda), Source: "school"})
	WantCode(t, err, senim.EFORBIDDEN)
	_, err = db.AddToReserve(branch, senim.ReserveInput{Member: ids[0], Source: "primary", Primary: pr.ID})
	WantCode(t, err, senim.ECONFLICT)
	// The fourth place joins from the primary: its level and territory.
	fourth, err := db.AddToReserve(branch, senim.ReserveInput{Member: ids[7], Source: "primary", Primary: pr.ID})
	if err != nil || fourth.Level != senim.ReserveDistrict || fourth.Territory != district || fourth.Name != "Нургалиев Бауыржан" {
		t.Fatalf("fourth = %+v, %v", fourth, err)
	}
	oblast, err := db.AddToReserve(branch, senim.ReserveInput{Member: ids[4], Level: "oblast", Territory: string(karaganda), Source: "competition",
		Since: "2022-10-01", Note: "Конкурс областного филиала"})
	if err != nil || oblast.Age != 35 || oblast.Actor != "apikey:test-branch" {
		t.Fatalf("oblast reserve = %+v, %v", oblast, err)
	}
	if _, total, _ := db.FindReserve(branch, senim.ReserveFilter{}); total != 5 {
		t.Fatalf("the oblast's reserve: %d", total)
	}
	if _, total, _ := db.FindReserve(branch, senim.ReserveFilter{Territory: district, Query: "нургал"}); total != 1 {
		t.Fatalf("by name: %d", total)
	}

	// Taking out: a day, a reason; the entry stays, closed.
	_, err = db.LeaveReserve(branch, oblast.ID, senim.ReserveExit{On: "2022-01-01", Reason: "removed"})
	WantCode(t, err, senim.EINVALID, "on", "note")
	_, err = db.LeaveReserve(wkoBranch, oblast.ID, senim.ReserveExit{Reason: "withdrew"})
	WantCode(t, err, senim.ENOTFOUND)
	out, err := db.LeaveReserve(branch, oblast.ID, senim.ReserveExit{On: "2023-01-19", Reason: "elected"})
	if err != nil || out.Active() || out.LeftReason != senim.ReserveElected {
		t.Fatalf("left = %+v, %v", out, err)
	}
	_, err = db.LeaveReserve(branch, oblast.ID, senim.ReserveExit{Reason: "withdrew"})
	WantCode(t, err, senim.ECONFLICT)
	if _, total, _ := db.FindReserve(branch, senim.ReserveFilter{Level: senim.ReserveOblast}); total != 0 {
		t.Fatalf("the one who left is still listed")
	}
	if _, total, _ := db.FindReserve(branch, senim.ReserveFilter{Level: senim.ReserveOblast, All: true}); total != 1 {
		t.Fatalf("the closed entry is gone")
	}
	if _, err := db.AddToReserve(branch, senim.ReserveInput{Member: ids[4], Level: "oblast", Territory: string(karaganda), Source: "school"}); err != nil {
		t.Fatalf("back in the reserve: %v", err)
	}

	// A list from the primary: the results in order.
	_, err = db.CreateList(branch, senim.CandidateListInput{Title: senim.Names{RU: "Список"}, ElectionDay: "2023-03-19", Primary: senim.NewID()})
	WantCode(t, err, senim.EINVALID, "primary")
	fromPrimary, err := db.CreateList(branch, senim.CandidateListInput{Title: senim.Names{RU: "Список по итогам праймериз"}, ElectionDay: "2023-03-19",
		Primary: pr.ID, Take: 5})
	if err != nil || len(fromPrimary.Places) != 5 || fromPrimary.Places[0].MemberID != ids[0] || fromPrimary.Places[1].MemberID != ids[2] ||
		fromPrimary.Territory != district || fromPrimary.ElectionKind != "district" || fromPrimary.PrimaryTitle.RU != in.Title.RU {
		t.Fatalf("list from the primary = %+v, %v", fromPrimary, err)
	}

	// A list by hand that fails both quotas: one woman and one young man of
	// ten, 2 of 10 (20%) where 3 are needed, and 1 young of 10 where 2 are.
	listIn := senim.CandidateListInput{Title: senim.Names{RU: "Партийный список в маслихат Абайского района"}, Territory: string(district),
		ElectionKind: "district", ElectionDay: "2023-03-19", Candidates: entries(ids, []int{0, 2, 5, 6, 7, 8, 9, 3, 4, 10})}
	bad := listIn
	bad.Candidates = append(entries(ids, []int{0, 2}), senim.CandidateEntry{Member: gone.ID}, senim.CandidateEntry{Member: townsman.ID}, senim.CandidateEntry{Member: ids[0]})
	_, err = db.CreateList(branch, bad)
	WantCode(t, err, senim.EINVALID, "candidates[4].member")
	bad.Candidates = bad.Candidates[:4]
	_, err = db.CreateList(branch, bad)
	WantCode(t, err, senim.EINVALID, "candidates[2].member", "candidates[3].member")
	l, err := db.CreateList(branch, listIn)
	if err != nil {
		t.Fatal(err)
	}
	combined, youth := quotaOf(t, l.Quotas, senim.QuotaList), quotaOf(t, l.Quotas, senim.QuotaYouth)
	if l.Quotas.Passed || combined.Count != 2 || combined.Total != 10 || combined.MinCount != 3 || combined.Share != 20 || combined.Passed ||
		youth.Count != 1 || youth.MinCount != 2 || youth.Passed || l.Quotas.YouthAge != 35 || l.Places[9].Age != 35 || l.Places[9].Young {
		t.Fatalf("the failing list's report = %+v", l.Quotas)
	}
	_, err = db.ApproveList(branch, l.ID)
	WantCode(t, err, senim.ECONFLICT, "quotas.list", "quotas.youth")
	if e := err.(*senim.Error); e.Key != "list.quota" || e.Args["count"] != 2 || e.Args["total"] != 10 || e.Args["min_count"] != 3 || e.Args["quota"] != "list" {
		t.Fatalf("refusal = %+v", e)
	}
	if d, _ := db.FindList(branch, l.ID); d.Status != senim.CandidateListDraft || !d.ApprovedAt.IsZero() || d.Version != 1 {
		t.Fatalf("a refused approval stored something: %+v", d)
	}
	if _, err := db.FindList(public, l.ID); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("the public sees a draft: %v", err)
	}

	// The youth age is a setting: under 40 the men of 37, 36 and 35 are
	// young too, and the same list passes; back under 35, it fails again.
	if err := db.SetYouthAge(central, 40); err != nil {
		t.Fatal(err)
	}
	if d, _ := db.FindList(branch, l.ID); !d.Quotas.Passed || d.Quotas.YouthAge != 40 || quotaOf(t, d.Quotas, senim.QuotaYouth).Count != 4 ||
		quotaOf(t, d.Quotas, senim.QuotaList).Count != 5 {
		t.Fatalf("under 40: %+v", d.Quotas)
	}
	if err := db.SetYouthAge(central, 35); err != nil {
		t.Fatal(err)
	}
	_, err = db.ApproveList(branch, l.ID)
	WantCode(t, err, senim.ECONFLICT, "quotas.list", "quotas.youth")

	// Fixed: a young woman in place of the seventh, a disability recorded
	// for the third (counted once toward the combined quota), order kept.
	_, err = db.SetListCandidates(branch, l.ID, entries(ids, []int{0, 2, 5, 6, 7, 0}))
	WantCode(t, err, senim.EINVALID, "candidates[5].member")
	_, err = db.SetListCandidates(auditor, l.ID, entries(ids, []int{0}))
	WantCode(t, err, senim.EFORBIDDEN)
	fixed, err := db.SetListCandidates(branch, l.ID, entries(ids, []int{0, 2, 5, 6, 7, 8, 11, 3, 4, 10}, 2))
	if err != nil || !fixed.Quotas.Passed || quotaOf(t, fixed.Quotas, senim.QuotaList).Count != 4 || fixed.Quotas.Disabled != 1 ||
		quotaOf(t, fixed.Quotas, senim.QuotaYouth).Count != 2 || !fixed.Places[2].Disability || fixed.Places[6].Name != "Касенова Айдана" {
		t.Fatalf("fixed = %+v, %v", fixed, err)
	}
	approved, err := db.ApproveList(branch, l.ID)
	if err != nil || approved.Status != senim.CandidateListApproved || approved.ApprovedBy != "apikey:test-branch" || approved.ApprovedAt.IsZero() {
		t.Fatalf("approve = %+v, %v", approved, err)
	}
	_, err = db.ApproveList(branch, l.ID)
	WantCode(t, err, senim.ECONFLICT)
	_, err = db.SetListCandidates(branch, l.ID, entries(ids, []int{0}))
	WantCode(t, err, senim.ECONFLICT)
	// The approved list keeps the report it was approved with, whatever
	// the setting says later.
	if err := db.SetYouthAge(central, 30); err != nil {
		t.Fatal(err)
	}
	if d, _ := db.FindList(branch, l.ID); d.Quotas.YouthAge != 35 || !d.Quotas.Passed {
		t.Fatalf("the approved list's report moved: %+v", d.Quotas)
	}
	// The public: the approved list's names and places, no ages,
	// disabilities or member ids.
	pl, err := db.FindList(public, l.ID)
	if err != nil || !pl.Public || pl.Places[0].Name != "Ахметова Гульнара" || pl.Places[0].MemberID != "" || pl.Places[2].Disability ||
		pl.Places[0].Age != 0 || pl.Quotas.Disabled != 0 || pl.ApprovedBy != "" {
		t.Fatalf("the public's list = %+v, %v", pl, err)
	}
	if lists, _ := db.FindLists(public, store.ListFilter{}); len(lists) != 1 || lists[0].ID != l.ID {
		t.Fatalf("the public's lists = %d", len(lists))
	}
	if lists, _ := db.FindLists(auditor, store.ListFilter{Status: senim.CandidateListDraft}); len(lists) != 1 || lists[0].ID != fromPrimary.ID {
		t.Fatalf("the drafts = %d", len(lists))
	}

	// A member who leaves the party keeps a draft from approval.
	draft, err := db.CreateList(branch, senim.CandidateListInput{Title: senim.Names{RU: "Черновик"}, Territory: string(district),
		ElectionKind: "district", ElectionDay: "2023-03-19", Candidates: entries(ids, []int{11, 1, 3, 0, 2})})
	if err != nil || !draft.Quotas.Passed {
		t.Fatalf("draft = %+v, %v", draft, err)
	}
	if _, err := db.LeaveMember(branch, ids[3], senim.Departure{On: "2023-01-20", Reason: "own_wish"}); err != nil {
		t.Fatal(err)
	}
	_, err = db.ApproveList(branch, draft.ID)
	WantCode(t, err, senim.ECONFLICT)
	if !strings.Contains(fmt.Sprint(err.(*senim.Error).Args), "Ким Сергей") {
		t.Fatalf("the refusal does not name who left: %v", err)
	}

	// A primary of the past, entered for the record with its results: its
	// candidates were members on its closing day.
	clock.Set(At("2023-06-01"))
	late := NewMember(t, db, o, IIN(t, "1985-01-01", senim.Male, 730), "2023-05-01")
	past := senim.PrimaryInput{Title: senim.Names{RU: "Праймериз 2021 года"}, Territory: string(district), ElectionKind: "district",
		Opens: "2020-12-01", Closes: "2020-12-10"}
	_, err = db.CreatePrimary(branch, past, []senim.PrimaryCandidate{vote(ids[0], 10), vote(late.ID, 5), vote(ids[1], -2)})
	WantCode(t, err, senim.EINVALID, "candidates[2].votes")
	_, err = db.CreatePrimary(branch, past, []senim.PrimaryCandidate{vote(ids[0], 10), vote(late.ID, 5)})
	WantCode(t, err, senim.EINVALID, "candidates[1].member")
	rec, err := db.CreatePrimary(branch, past, []senim.PrimaryCandidate{vote(ids[0], 10), vote(ids[3], 25)})
	if err != nil || rec.Status != senim.PrimaryClosed || rec.Count != 2 || rec.Candidates[0].MemberID != ids[3] {
		t.Fatalf("the past primary = %+v, %v", rec, err)
	}
}

// A list's approval and a change of its places at the same moment run one
// after the other: the list ends either approved with passing places or a
// draft with the new (failing) ones, never approved and failing; and of
// two approvals at once one is refused as a conflict.
func testPrimariesRace(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2023-01-20"))
	branch := Staff(senim.RoleBranch, karaganda)
	o := NewOrg(t, db, village, "35-0001")
	ids := NewPrimaryPeople(t, db, o)
	good := entries(ids, []int{11, 1, 3, 0, 2})
	bad := entries(ids, []int{5, 6, 7, 8, 9, 3, 4}) // no women, no youth
	for round := range 15 {
		l, err := db.CreateList(branch, senim.CandidateListInput{Title: senim.Names{RU: "Список"}, Territory: string(district),
			ElectionKind: "district", ElectionDay: "2023-03-19", Candidates: good})
		if err != nil || !l.Quotas.Passed {
			t.Fatalf("create: %v", err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 3)
		wg.Add(3)
		go func() { defer wg.Done(); _, errs[0] = db.ApproveList(branch, l.ID) }()
		go func() { defer wg.Done(); _, errs[1] = db.ApproveList(branch, l.ID) }()
		go func() { defer wg.Done(); _, errs[2] = db.SetListCandidates(branch, l.ID, bad) }()
		wg.Wait()
		for _, err := range errs {
			if err != nil && senim.ErrorCode(err) != senim.ECONFLICT {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		if errs[0] == nil && errs[1] == nil {
			t.Fatalf("round %d: approved twice", round)
		}
		d, err := db.FindList(branch, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if live := senim.QuotaCheck(d.Candidates, senim.DefaultQuotas(), d.ElectionDay); d.Status == senim.CandidateListApproved && !live.Passed {
			t.Fatalf("round %d: approved with failing places", round)
		}
	}
}

// Every version of a list's places is kept with who wrote it, and a
// disability mark set or taken away names its candidate: the mark lifts
// the combined quota and is in no other record. The public sees none of it.
func testPrimariesHistory(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2023-01-20"))
	branch := Staff(senim.RoleBranch, karaganda)
	o := NewOrg(t, db, village, "35-0001")
	ids := NewPrimaryPeople(t, db, o)
	l, err := db.CreateList(branch, senim.CandidateListInput{Title: senim.Names{RU: "Список"}, Territory: string(district),
		ElectionKind: "district", ElectionDay: "2023-03-19", Candidates: entries(ids, []int{5, 6, 7}, 0)})
	if err != nil {
		t.Fatal(err)
	}
	clock.Add(time.Hour)
	if _, err := db.SetListCandidates(branch, l.ID, entries(ids, []int{5, 6, 7}, 1)); err != nil {
		t.Fatal(err)
	}
	d, err := db.FindList(branch, l.ID)
	if err != nil || len(d.History) != 2 {
		t.Fatalf("history: %+v, %v", d, err)
	}
	first, second := d.History[0], d.History[1]
	if first.Version != 1 || first.Places != 3 || first.Disabled != 1 || len(first.Marked) != 1 || first.Actor != "apikey:test-branch" {
		t.Errorf("the first version: %+v", first)
	}
	if second.Version != 2 || second.Disabled != 1 || len(second.Marked) != 1 || len(second.Unmarked) != 1 || second.Marked[0] == second.Unmarked[0] ||
		!second.At.After(first.At) {
		t.Errorf("the second version: %+v", second)
	}
	if _, err := db.ApproveList(branch, l.ID); err == nil {
		if pub, err := db.FindList(context.Background(), l.ID); err != nil || pub.History != nil {
			t.Errorf("the public's list has a history: %+v, %v", pub, err)
		}
	}
}
