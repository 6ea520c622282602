package storetest

import (
	"context"
	"regexp"
	"slices"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
)

func testCreateAppeal(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-03-16")) // a Monday before Nauryz
	office := NewOffice(t, db, district)

	a, code := NewAppeal(t, db, village)
	if !senim.ValidID(a.ID) {
		t.Fatalf("id %q is not a UUID", a.ID)
	}
	if want := office.Code + "-2026-00001"; a.Number != want {
		t.Fatalf("number = %q, want %q", a.Number, want)
	}
	if !regexp.MustCompile(`^[2-9A-HJKMNP-Z]{10}$`).MatchString(code) {
		t.Fatalf("tracking code %q", code)
	}
	// 15 working days from the day after receipt, skipping Nauryz (21–23 March)
	// and the days it moved off the weekend (24–25 March).
	if a.Deadline.String() != "2026-04-09" || a.ForwardBy.String() != "2026-03-19" {
		t.Fatalf("deadline %s, forward by %s", a.Deadline, a.ForwardBy)
	}
	if a.Status != senim.StatusRegistered || a.Applicant.Phone != "+77011234567" {
		t.Fatalf("appeal = %+v", a)
	}

	// Numbers run per office and year.
	b, _ := NewAppeal(t, db, village)
	if b.Number != office.Code+"-2026-00002" {
		t.Fatalf("second number = %q", b.Number)
	}
	clock.Set(At("2027-01-05"))
	c, _ := NewAppeal(t, db, village)
	if c.Number != office.Code+"-2027-00001" {
		t.Fatalf("new year's number = %q", c.Number)
	}

	// A letter is registered with the day it arrived; its deadline counts from then.
	ctx := Staff(senim.RoleOperator, karaganda)
	l, _, err := db.CreateAppeal(ctx, Input(village, func(in *senim.AppealInput) {
		in.Channel, in.ReceivedOn = "letter", "2026-12-30"
	}))
	if err != nil {
		t.Fatal(err)
	}
	if l.ReceivedOn.String() != "2026-12-30" || l.Number != office.Code+"-2026-00003" {
		t.Fatalf("letter received %s numbered %s", l.ReceivedOn, l.Number)
	}
	if want := db.Calendar().AddWorkingDays(senim.MustDate("2026-12-30"), 15); !l.Deadline.Equal(want) {
		t.Fatalf("letter deadline %s, want %s", l.Deadline, want)
	}

	// The stored appeal reads back the same, with its first event.
	got, err := db.FindAppeal(System(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Number != a.Number || got.Text != a.Text || got.Applicant != a.Applicant || !got.Deadline.Equal(a.Deadline) ||
		got.OfficeID != office.ID || got.Territory != village || got.Version != 1 {
		t.Fatalf("read back %+v\nwant %+v", got, a)
	}
	if len(got.Events) != 1 || got.Events[0].Action != senim.ActRegister || got.Events[0].Actor != "system" {
		t.Fatalf("history = %+v", got.Events)
	}

	// A category's own term counts instead of 15 days.
	if err := db.SaveCategory(System(), &senim.Category{Code: "roads", NameRU: "Дороги", NameKK: "Жолдар", NameEN: "Roads", AnswerDays: 5}); err != nil {
		t.Fatal(err)
	}
	clock.Set(At("2026-03-16"))
	r, _ := NewAppeal(t, db, village, func(in *senim.AppealInput) { in.Category = "roads" })
	if r.Deadline.String() != "2026-03-26" {
		t.Fatalf("5-day term deadline = %s", r.Deadline)
	}
}

func testCreateAppealBadInput(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-03-16"))
	NewOffice(t, db, karaganda)
	ctx := System()

	cases := []struct {
		name  string
		edit  func(*senim.AppealInput)
		field string
	}{
		{"unknown territory", func(in *senim.AppealInput) { in.Territory = "351900000" }, "territory"},
		{"malformed territory", func(in *senim.AppealInput) { in.Territory = "35" }, "territory"},
		{"unknown category", func(in *senim.AppealInput) { in.Category = "weather" }, "category"},
		{"bad IIN", func(in *senim.AppealInput) { in.Applicant.IIN = "900115400019" }, "applicant.iin"},
		{"bad phone", func(in *senim.AppealInput) { in.Applicant.Phone = "12345" }, "applicant.phone"},
		{"no name", func(in *senim.AppealInput) { in.Applicant.Name = "  " }, "applicant.name"},
		{"no text", func(in *senim.AppealInput) { in.Text = "" }, "text"},
		{"no office above", func(in *senim.AppealInput) { in.Territory = string(wko) }, "territory"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := db.CreateAppeal(ctx, Input(village, tc.edit))
			WantCode(t, err, senim.EINVALID, tc.field)
		})
	}
	// Several bad fields are reported together.
	_, _, err := db.CreateAppeal(ctx, Input(village, func(in *senim.AppealInput) {
		in.Category, in.Applicant.IIN = "weather", "123"
	}))
	WantCode(t, err, senim.EINVALID, "category", "applicant.iin")

	// Nothing was stored, and numbering did not move.
	page, err := db.FindAppeals(ctx, senim.AppealFilter{})
	if err != nil || len(page.Appeals) != 0 {
		t.Fatalf("stored after bad input: %v, %v", page, err)
	}
	a, _ := NewAppeal(t, db, village)
	if a.Number[len(a.Number)-5:] != "00001" {
		t.Fatalf("number after refused input = %s", a.Number)
	}
	s := stats(t, db, senim.CountryKATO, "2026-03", "2026-03")
	if s.Received != 1 {
		t.Fatalf("received = %d, want 1", s.Received)
	}
}

func testLifecycle(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	clock := NewClock(db, At("2026-03-02"))
	NewOffice(t, db, karaganda)
	body := NewBody(t, db, district)
	a, code := NewAppeal(t, db, village)

	clock.Add(24 * time.Hour)
	a = Change(t, db, a.ID, senim.Change{Action: senim.ActTake})
	if a.Status != senim.StatusInWork {
		t.Fatalf("after take: %s", a.Status)
	}
	a = Change(t, db, a.ID, senim.Change{Action: senim.ActForward, Body: body.ID, LetterNo: "01-12/345", LetterDate: senim.MustDate("2026-03-03")})
	if a.Status != senim.StatusForwarded || a.BodyID != body.ID || !a.UnderControl() {
		t.Fatalf("after forward: %+v", a)
	}
	clock.Set(At("2026-03-12"))
	a = Change(t, db, a.ID, senim.Change{Action: senim.ActAnswer, Text: "Горячая вода подана 11 марта.", LetterNo: "ЖКХ-77"})
	if a.Status != senim.StatusAnswered || a.AnswerDays != 7 {
		t.Fatalf("after answer: %s, %d working days", a.Status, a.AnswerDays)
	}
	a = Change(t, db, a.ID, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeSolved})
	if a.Status != senim.StatusClosed || a.Outcome != senim.OutcomeSolved || a.ClosedOn.String() != "2026-03-12" {
		t.Fatalf("after close: %+v", a)
	}

	// The citizen disagrees: the appeal goes back under control with a new term.
	citizen := senim.WithActor(System(), senim.Citizen)
	clock.Set(At("2026-03-13"))
	r, err := db.ChangeTrackedAppeal(citizen, a.Number, code, senim.Change{Action: senim.ActReopen, Text: "Вода снова пропала."})
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != senim.StatusForwarded || r.Outcome != "" || !r.Deadline.After(a.Deadline) {
		t.Fatalf("after reopen: %+v", r)
	}
	// A wrong code changes nothing.
	_, err = db.ChangeTrackedAppeal(citizen, a.Number, "WRONGCODE2", senim.Change{Action: senim.ActReopen, Text: "x"})
	WantCode(t, err, senim.ENOTFOUND)

	a = Change(t, db, a.ID, senim.Change{Action: senim.ActAnswer, Text: "Повторно проверено, вода есть."})
	a = Change(t, db, a.ID, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeExplained})
	if _, err := db.ChangeTrackedAppeal(citizen, a.Number, code, senim.Change{Action: senim.ActRate, Rating: 4}); err != nil {
		t.Fatal(err)
	}
	_, err = db.ChangeTrackedAppeal(citizen, a.Number, code, senim.Change{Action: senim.ActRate, Rating: 5})
	WantCode(t, err, senim.ECONFLICT)

	got, err := db.FindAppeal(System(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	var actions []senim.Action
	for i, e := range got.Events {
		actions = append(actions, e.Action)
		if e.Seq != i+1 {
			t.Fatalf("event %d has seq %d", i, e.Seq)
		}
	}
	want := []senim.Action{"register", "take", "forward", "answer", "close", "reopen", "answer", "close", "rate"}
	if !slices.Equal(actions, want) {
		t.Fatalf("history = %v, want %v", actions, want)
	}
	if got.Events[2].Data.BodyName != body.NameRU || got.Events[2].Data.LetterNo != "01-12/345" {
		t.Fatalf("forward event = %+v", got.Events[2].Data)
	}
	if got.Events[5].Actor != "citizen" {
		t.Fatalf("reopen actor = %q", got.Events[5].Actor)
	}
	verified(t, db)

	s := stats(t, db, karaganda, "2026-03", "2026-03")
	if s.Received != 1 || s.ByStatus["closed"] != 1 || s.ByOutcome["explained"] != 1 || s.Solved != 0 ||
		s.Ratings != 1 || s.Satisfaction != 4 || s.Answered != 1 || s.Overdue != 0 || s.UnderControl != 0 {
		t.Fatalf("stats after the lifecycle: %+v", s)
	}
}

func testIllegalTransition(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-03-02"))
	NewOffice(t, db, karaganda)
	a, _ := NewAppeal(t, db, village)
	before := stats(t, db, senim.CountryKATO, "2026-03", "2026-03")

	illegal := []senim.Change{
		{Action: senim.ActAnswer, Text: "Ответ без запроса"},
		{Action: senim.ActReopen, Text: "Не закрыто"},
		{Action: senim.ActRate, Rating: 5},
		{Action: senim.ActClose, Outcome: senim.OutcomeSolved},
	}
	for _, c := range illegal {
		_, err := db.ChangeAppeal(System(), a.ID, c)
		if code := senim.ErrorCode(err); code != senim.ECONFLICT && code != senim.EFORBIDDEN {
			t.Fatalf("%s on a registered appeal: %v", c.Action, err)
		}
	}
	_, err := db.ChangeAppeal(System(), a.ID, senim.Change{Action: "fly"})
	WantCode(t, err, senim.EINVALID, "action")
	_, err = db.ChangeAppeal(System(), a.ID, senim.Change{Action: senim.ActForward, Body: senim.NewID(), LetterNo: "1", LetterDate: senim.MustDate("2026-03-02")})
	WantCode(t, err, senim.EINVALID, "body")
	_, err = db.ChangeAppeal(System(), senim.NewID(), senim.Change{Action: senim.ActTake})
	WantCode(t, err, senim.ENOTFOUND)
	// A stale version is refused.
	_, err = db.ChangeAppeal(System(), a.ID, senim.Change{Action: senim.ActTake, Version: 7})
	WantCode(t, err, senim.ECONFLICT)

	got, _ := db.FindAppeal(System(), a.ID)
	if got.Status != senim.StatusRegistered || len(got.Events) != 1 || got.Version != 1 {
		t.Fatalf("changed by refused transitions: %+v", got)
	}
	after := stats(t, db, senim.CountryKATO, "2026-03", "2026-03")
	if after.Received != before.Received || after.ByStatus["registered"] != 1 {
		t.Fatalf("totals moved: %+v", after)
	}
}

func testExtension(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-03-02"))
	NewOffice(t, db, karaganda)
	a, _ := NewAppeal(t, db, village)
	limit := db.Calendar().EndOfMonths(a.ReceivedOn, 2)

	_, err := db.ChangeAppeal(System(), a.ID, senim.Change{Action: senim.ActExtend, Text: "Нужна проверка на месте", Deadline: limit.AddDays(1)})
	WantCode(t, err, senim.EINVALID, "deadline")
	_, err = db.ChangeAppeal(System(), a.ID, senim.Change{Action: senim.ActExtend, Deadline: limit})
	WantCode(t, err, senim.EINVALID, "text")

	e := Change(t, db, a.ID, senim.Change{Action: senim.ActExtend, Text: "Нужна проверка на месте", Deadline: limit})
	if !e.Deadline.Equal(limit) || !e.Extended {
		t.Fatalf("extended to %s, want %s", e.Deadline, limit)
	}
	last := e.Events[len(e.Events)-1]
	if want := db.Calendar().AddWorkingDays(senim.MustDate("2026-03-02"), senim.NotifyDays); !last.Data.NotifyBy.Equal(want) || !last.Data.OldDeadline.Equal(a.Deadline) {
		t.Fatalf("extension event = %+v", last.Data)
	}
}

func testTracking(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-03-02"))
	NewOffice(t, db, karaganda)
	a, code := NewAppeal(t, db, village)

	got, err := db.TrackAppeal(System(), a.Number, code)
	if err != nil || got.ID != a.ID {
		t.Fatalf("track: %v, %v", got, err)
	}
	// Lower case and spaces around are forgiven.
	if _, err := db.TrackAppeal(System(), " "+a.Number+" ", " "+toLower(code)); err != nil {
		t.Fatalf("track with lower-case code: %v", err)
	}
	for _, bad := range [][2]string{{a.Number, "AAAAAAAAAA"}, {"NOPE-2026-00001", code}, {a.Number, ""}} {
		_, err := db.TrackAppeal(System(), bad[0], bad[1])
		WantCode(t, err, senim.ENOTFOUND)
	}
}

func toLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func testScope(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-03-02"))
	NewOffice(t, db, karaganda)
	NewOffice(t, db, wko)
	kar, _ := NewAppeal(t, db, village)
	west, _ := NewAppeal(t, db, wko)

	wkoStaff := Staff(senim.RoleOperator, wko)
	if _, err := db.FindAppeal(wkoStaff, kar.ID); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("another oblast's appeal is visible: %v", err)
	}
	if _, err := db.ChangeAppeal(wkoStaff, kar.ID, senim.Change{Action: senim.ActTake}); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("another oblast's appeal can be changed: %v", err)
	}
	page, err := db.FindAppeals(wkoStaff, senim.AppealFilter{})
	if err != nil || len(page.Appeals) != 1 || page.Appeals[0].ID != west.ID {
		t.Fatalf("WKO staff list = %v, %v", page, err)
	}
	_, err = db.FindAppeals(wkoStaff, senim.AppealFilter{Territory: ptr(karaganda)})
	WantCode(t, err, senim.EFORBIDDEN)
	_, _, err = db.CreateAppeal(wkoStaff, Input(village))
	WantCode(t, err, senim.EFORBIDDEN)

	// An auditor reads but cannot change; auditors, officials and council
	// members see the appeal without its personal data.
	auditor := Staff(senim.RoleAuditor, senim.CountryKATO)
	_, err = db.ChangeAppeal(auditor, kar.ID, senim.Change{Action: senim.ActTake})
	WantCode(t, err, senim.EFORBIDDEN)
	for _, reader := range []context.Context{auditor, Staff(senim.RoleOfficial, karaganda), Staff(senim.RoleCouncil, karaganda)} {
		c, err := db.FindAppeal(reader, kar.ID)
		if err != nil || c.Applicant.IIN == kar.Applicant.IIN || c.Applicant.Phone == kar.Applicant.Phone || c.Applicant.Address == kar.Applicant.Address {
			t.Fatalf("%s sees personal data: %+v, %v", senim.ActorFrom(reader).Role, c.Applicant, err)
		}
	}
	// Every unmasked look by staff is recorded; masked ones are not.
	if _, err := db.FindAppeal(Staff(senim.RoleOperator, karaganda), kar.ID); err != nil {
		t.Fatal(err)
	}
	views, err := db.PersonalDataViews(System(), kar.ID)
	if err != nil || len(views) != 1 || views[0].Actor != "apikey:test-operator" || !views[0].At.Equal(db.Now()) {
		t.Fatalf("personal-data views = %v, %v", views, err)
	}
	if views, err := db.PersonalDataViews(wkoStaff, kar.ID); err != nil || len(views) != 0 {
		t.Fatalf("another oblast's staff is told who looked: %v, %v", views, err)
	}
	// A citizen has no list.
	_, err = db.FindAppeals(senim.WithActor(System(), senim.Citizen), senim.AppealFilter{})
	WantCode(t, err, senim.EUNAUTHORIZED)
}

// Only appeals whose applicants agreed are published, to anyone, without
// any personal data; the filters of open interfaces select among them.
func testPublished(t *testing.T, open Opener) {
	db := open(t)
	mustImport(t, db)
	NewClock(db, At("2026-03-02"))
	NewOffice(t, db, karaganda)
	public, _ := NewAppeal(t, db, village, func(in *senim.AppealInput) { in.ConsentPublish = true })
	private, _ := NewAppeal(t, db, village)
	roads, _ := NewAppeal(t, db, village, func(in *senim.AppealInput) { in.ConsentPublish = true; in.Category = "roads" })
	body := NewBody(t, db, karaganda)
	Change(t, db, roads.ID, senim.Change{Action: senim.ActTake})
	Change(t, db, roads.ID, senim.Change{Action: senim.ActForward, Body: body.ID, LetterNo: "1", LetterDate: senim.MustDate("2026-03-02")})
	Change(t, db, roads.ID, senim.Change{Action: senim.ActAnswer, Text: "Яма заделана."})
	Change(t, db, roads.ID, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeSolved})

	all, err := db.FindPublishedAppeals(context.Background(), senim.PublishedFilter{})
	if err != nil || len(all) != 2 {
		t.Fatalf("published = %d, %v", len(all), err)
	}
	for _, a := range all {
		if a.ID == private.ID {
			t.Fatal("an appeal without consent is published")
		}
		if a.Applicant != (senim.Applicant{}) {
			t.Fatalf("published with personal data: %+v", a.Applicant)
		}
	}
	yes, no, cat := true, false, "roads"
	for _, c := range []struct {
		f    senim.PublishedFilter
		want []string
	}{
		{senim.PublishedFilter{Numbers: []string{public.Number, private.Number}}, []string{public.ID}},
		{senim.PublishedFilter{Open: &yes}, []string{public.ID}},
		{senim.PublishedFilter{Open: &no}, []string{roads.ID}},
		{senim.PublishedFilter{Category: &cat}, []string{roads.ID}},
		{senim.PublishedFilter{From: senim.MustDate("2026-03-03")}, nil},
		{senim.PublishedFilter{To: senim.MustDate("2026-03-02"), Limit: 1}, []string{roads.ID}},
	} {
		got, err := db.FindPublishedAppeals(context.Background(), c.f)
		var ids []string
		for _, a := range got {
			ids = append(ids, a.ID)
		}
		if err != nil || !slices.Equal(ids, c.want) {
			t.Errorf("%+v: %v, %v; want %v", c.f, ids, err, c.want)
		}
	}
}
