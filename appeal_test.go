package senim_test

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/senim-kz/senim"
)

// The dates of these tests lie around Nauryz 2026 on the default calendar:
// 8 March is a Sunday, so Monday 9 March is off; 21–23 March fall on
// Saturday–Monday, so Tuesday 24 and Wednesday 25 March are off too; 9 May
// is a Saturday, so Monday 11 May is off. Around New Year: 1–2 January 2026
// are Thursday–Friday, 7 January (Christmas, a Wednesday) is off.
//
// The standard appeal is received on Wednesday 11 March 2026. Its 15 working
// days run 12, 13, 16–20, 26, 27, 30, 31 March, 1–3 and 6 April: it is due
// on Monday 6 April and must be forwarded by Monday 16 March. Its two-month
// limit, 11 May, is a day off, so the limit is Tuesday 12 May.

var apDate = senim.MustDate

// apAt returns the instant hour:00 of the day in Kazakhstan.
func apAt(day string, hour int) time.Time {
	return apDate(day).Start().Add(time.Duration(hour) * time.Hour)
}

// apNow is when the tests that need no particular day act: Wednesday 1 April 2026.
var apNow = apAt("2026-04-01", 10)

// apReceivedField is the field NewAppeal reports a bad receipt date under.
const apReceivedField = "received_at"

func apUser(role senim.Role, k senim.KATO) *senim.Actor {
	return &senim.Actor{Kind: senim.ActorUser, ID: "id-" + string(role) + "-" + string(k), Name: string(role) + "-" + string(k), Role: role, Territory: k}
}

var (
	apOperator = apUser(senim.RoleOperator, "350000000") // the oblast of the appeal
	apAuditor  = apUser(senim.RoleAuditor, "350000000")
	apCouncil  = apUser(senim.RoleCouncil, "350000000")
	apOfficial = apUser(senim.RoleOfficial, "350000000")
	apAPIKey   = &senim.Actor{Kind: senim.ActorAPIKey, ID: "key1", Name: "e-otinish", Role: senim.RoleOperator, Territory: "350000000"}
)

func apInput() senim.AppealInput {
	return senim.AppealInput{
		Applicant: senim.Applicant{
			Name:    "Айгерим Сапарова",
			IIN:     "850101300015",
			Phone:   "+77011234567",
			Email:   "aigerim@mail.kz",
			Address: "г. Караганда, ул. Ерубаева, 1",
		},
		Territory:      "351600000",
		Category:       "housing",
		Text:           "Третий месяц течёт крыша дома, управляющая компания не отвечает.",
		Channel:        "web",
		ConsentPublish: true,
	}
}

// apNew registers the standard appeal from the web form at the moment at.
func apNew(t *testing.T, at time.Time) *senim.Appeal {
	t.Helper()
	a, err := senim.NewAppeal(apInput(), senim.Citizen, at, senim.DefaultCalendar(), 0)
	if err != nil {
		t.Fatalf("NewAppeal: %v", err)
	}
	a.ID = senim.NewID()
	a.Version = 1
	return a
}

// apApply applies a change that must succeed.
func apApply(t *testing.T, a *senim.Appeal, c senim.Change, actor *senim.Actor, at time.Time) *senim.Event {
	t.Helper()
	ev, err := a.Apply(c, actor, at, senim.DefaultCalendar(), 0)
	if err != nil {
		t.Fatalf("Apply(%s) on %s appeal: %v", c.Action, a.Status, err)
	}
	return ev
}

func apForward(letterDate senim.Date) senim.Change {
	return senim.Change{Action: senim.ActForward, Body: "body-akimat", BodyName: "Акимат Бухар-Жырауского района",
		LetterNo: "01-15/123", LetterDate: letterDate, Text: "Просим рассмотреть и ответить заявителю"}
}

// apInStatus returns the standard appeal moved by an operator to status s:
// taken on 12 March, forwarded on 13 March, answered on 26 March, closed as
// solved on 27 March.
func apInStatus(t *testing.T, s senim.Status) *senim.Appeal {
	t.Helper()
	a := apNew(t, apAt("2026-03-11", 10))
	steps := []struct {
		at time.Time
		c  senim.Change
	}{
		{apAt("2026-03-12", 9), senim.Change{Action: senim.ActTake}},
		{apAt("2026-03-13", 11), apForward(apDate("2026-03-13"))},
		{apAt("2026-03-26", 15), senim.Change{Action: senim.ActAnswer, Text: "Ремонт кровли включён в план на апрель", LetterNo: "3-12/456", LetterDate: apDate("2026-03-25")}},
		{apAt("2026-03-27", 12), senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeSolved}},
	}
	for _, st := range steps {
		if a.Status == s {
			break
		}
		apApply(t, a, st.c, apOperator, st.at)
	}
	if a.Status != s {
		t.Fatalf("could not bring the appeal to %s, it is %s", s, a.Status)
	}
	return a
}

// apSnapshot copies an appeal so that it can be compared after a failed change.
func apSnapshot(a *senim.Appeal) senim.Appeal {
	c := *a
	c.Events = slices.Clone(a.Events)
	return c
}

func apUnchanged(t *testing.T, a *senim.Appeal, before senim.Appeal) {
	t.Helper()
	if !reflect.DeepEqual(*a, before) {
		t.Errorf("a failed change altered the appeal:\n got %+v\nwant %+v", *a, before)
	}
}

// apErr returns err as a domain error, failing the test when it is not one.
func apErr(t *testing.T, err error) *senim.Error {
	t.Helper()
	var e *senim.Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v (%T), want a *senim.Error", err, err)
	}
	return e
}

// apProblems lists the problems of a domain error as "field key" (or "key"
// without a field), one per detail when it has details, sorted.
func apProblems(e *senim.Error) []string {
	one := func(e *senim.Error) string { return strings.TrimSpace(e.Field + " " + e.Key) }
	if len(e.Details) == 0 {
		return []string{one(e)}
	}
	var out []string
	for _, d := range e.Details {
		out = append(out, one(d))
	}
	slices.Sort(out)
	return out
}

// apWantErr checks that err has the code and exactly the problems want.
func apWantErr(t *testing.T, err error, code string, want ...string) *senim.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("error = nil, want %s %v", code, want)
	}
	e := apErr(t, err)
	if e.Code != code {
		t.Errorf("error code = %q, want %q (%v)", e.Code, code, err)
	}
	want = slices.Sorted(slices.Values(want))
	if got := apProblems(e); !slices.Equal(got, want) {
		t.Errorf("problems = %q, want %q", got, want)
	}
	return e
}

func TestNewAppealRejectsEachBadField(t *testing.T) {
	now := apAt("2026-03-11", 10)
	goodIIN := "850101300015"
	badIIN := goodIIN[:11] + "6" // the check digit of 85010130001 is 5
	tests := []struct {
		name  string
		actor *senim.Actor
		edit  func(in *senim.AppealInput)
		want  string // "field key"
		args  map[string]any
	}{
		{"name missing", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Name = "" }, "applicant.name required", nil},
		{"name only spaces", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Name = " \t " }, "applicant.name required", nil},
		{"name too long", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Name = strings.Repeat("Ә", senim.MaxNameLen+1) }, "applicant.name too_long", map[string]any{"max": senim.MaxNameLen}},
		{"IIN with a wrong check digit", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.IIN = badIIN }, "applicant.iin iin.checksum", nil},
		{"IIN too short", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.IIN = "85010130001" }, "applicant.iin iin.length", map[string]any{"got": 11}},
		{"IIN with a letter", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.IIN = "85010130001X" }, "applicant.iin iin.digits", nil},
		{"phone too short", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Phone = "12345" }, "applicant.phone phone.length", map[string]any{"got": 5}},
		{"phone of another country", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Phone = "+1 202 555 0100" }, "applicant.phone phone.country", nil},
		{"phone with letters", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Phone = "8 701 CALL ME" }, "applicant.phone phone.chars", nil},
		{"e-mail without @", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Email = "aigerim.mail.kz" }, "applicant.email email", nil},
		{"e-mail with a display name", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Email = "Айгерим <aigerim@mail.kz>" }, "applicant.email email", nil},
		{"e-mail of two addresses", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Email = "a@mail.kz, b@mail.kz" }, "applicant.email email", nil},
		{"address too long", senim.Citizen, func(in *senim.AppealInput) { in.Applicant.Address = strings.Repeat("ү", senim.MaxAddressLen+1) }, "applicant.address too_long", map[string]any{"max": senim.MaxAddressLen}},
		{"territory missing", senim.Citizen, func(in *senim.AppealInput) { in.Territory = "" }, "territory kato.length", map[string]any{"got": 0}},
		{"territory too short", senim.Citizen, func(in *senim.AppealInput) { in.Territory = "35" }, "territory kato.length", map[string]any{"got": 2}},
		{"territory not digits", senim.Citizen, func(in *senim.AppealInput) { in.Territory = "35160000A" }, "territory kato.digits", nil},
		{"territory badly nested", senim.Citizen, func(in *senim.AppealInput) { in.Territory = "350016000" }, "territory kato.nesting", nil},
		{"territory the whole country", senim.Citizen, func(in *senim.AppealInput) { in.Territory = "000000000" }, "territory territory.country", nil},
		{"category missing", senim.Citizen, func(in *senim.AppealInput) { in.Category = "" }, "category required", nil},
		{"category only spaces", senim.Citizen, func(in *senim.AppealInput) { in.Category = "   " }, "category required", nil},
		{"text missing", senim.Citizen, func(in *senim.AppealInput) { in.Text = "" }, "text required", nil},
		{"text only spaces", senim.Citizen, func(in *senim.AppealInput) { in.Text = " \n\t " }, "text required", nil},
		{"text of nine letters", senim.Citizen, func(in *senim.AppealInput) { in.Text = "Нет света" }, "text too_short", map[string]any{"min": senim.MinTextLen}},
		{"text too long", senim.Citizen, func(in *senim.AppealInput) { in.Text = strings.Repeat("ж", senim.MaxTextLen+1) }, "text too_long", map[string]any{"max": senim.MaxTextLen}},
		{"unknown channel", apOperator, func(in *senim.AppealInput) { in.Channel = "fax" }, "channel channel.unknown", map[string]any{"channel": "fax"}},
		{"unknown channel from a citizen", senim.Citizen, func(in *senim.AppealInput) { in.Channel = "telegram" }, "channel channel.unknown", map[string]any{"channel": "telegram"}},
		{"citizen claims a visit", senim.Citizen, func(in *senim.AppealInput) { in.Channel = "visit" }, "channel channel.public", nil},
		{"citizen claims a phone call", senim.Citizen, func(in *senim.AppealInput) { in.Channel = "phone" }, "channel channel.public", nil},
		{"citizen claims a letter", senim.Citizen, func(in *senim.AppealInput) { in.Channel = "letter" }, "channel channel.public", nil},
		{"citizen claims a reception", senim.Citizen, func(in *senim.AppealInput) { in.Channel = "reception" }, "channel channel.public", nil},
		{"citizen sets the receipt date", senim.Citizen, func(in *senim.AppealInput) { in.ReceivedOn = "2026-03-10" }, apReceivedField + " staff_only", nil},
		{"receipt date tomorrow", apOperator, func(in *senim.AppealInput) { in.ReceivedOn = "2026-03-12" }, apReceivedField + " date.future", nil},
		{"receipt date over 12 months ago", apOperator, func(in *senim.AppealInput) { in.ReceivedOn = "2025-03-10" }, apReceivedField + " date.too_old", nil},
		{"receipt date not ISO", apOperator, func(in *senim.AppealInput) { in.ReceivedOn = "11.03.2026" }, apReceivedField + " date", nil},
		{"receipt date impossible", apOperator, func(in *senim.AppealInput) { in.ReceivedOn = "2026-02-30" }, apReceivedField + " date", nil},
		{"citizen chooses the office", senim.Citizen, func(in *senim.AppealInput) { in.Office = "3501" }, "office staff_only", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := apInput()
			tt.edit(&in)
			a, err := senim.NewAppeal(in, tt.actor, now, senim.DefaultCalendar(), 0)
			if a != nil {
				t.Errorf("NewAppeal returned an appeal with an error: %+v", a)
			}
			e := apWantErr(t, err, senim.EINVALID, tt.want)
			if tt.args != nil && !reflect.DeepEqual(e.Args, tt.args) {
				t.Errorf("args = %v, want %v", e.Args, tt.args)
			}
		})
	}
}

func TestNewAppealReportsEveryBadFieldAtOnce(t *testing.T) {
	in := senim.AppealInput{
		Applicant:  senim.Applicant{Name: " ", IIN: "850101300016", Phone: "123", Email: "nobody"},
		Territory:  "000000000",
		Category:   "",
		Text:       "помогите",
		Channel:    "visit",
		ReceivedOn: "2026-03-01",
		Office:     "3501",
	}
	a, err := senim.NewAppeal(in, senim.Citizen, apAt("2026-03-11", 10), senim.DefaultCalendar(), 0)
	if a != nil {
		t.Errorf("NewAppeal returned an appeal with an error: %+v", a)
	}
	e := apWantErr(t, err, senim.EINVALID,
		"applicant.name required",
		"applicant.iin iin.checksum",
		"applicant.phone phone.length",
		"applicant.email email",
		"territory territory.country",
		"category required",
		"text too_short",
		"channel channel.public",
		apReceivedField+" staff_only",
		"office staff_only",
	)
	if e.Key != "invalid.many" || e.Field != "" {
		t.Errorf("the error of many problems has key %q and field %q, want invalid.many and no field", e.Key, e.Field)
	}
	for _, d := range e.Details {
		if d.Code != senim.EINVALID {
			t.Errorf("detail %s has code %q, want %q", d.Field, d.Code, senim.EINVALID)
		}
	}
}

func TestNewAppealNormalisesItsInput(t *testing.T) {
	now := apAt("2026-03-11", 10)
	in := senim.AppealInput{
		Applicant: senim.Applicant{
			Name:    "  Айгерим \t  Сапарова  ",
			IIN:     " 850101300015 ",
			Phone:   "8 (701) 123-45-67",
			Email:   " aigerim@mail.kz ",
			Address: "  г. Караганда, ул. Ерубаева, 1  ",
		},
		Territory:      " 351600000 ",
		Category:       " housing ",
		Text:           "\n  Третий месяц течёт крыша дома.  \n",
		Channel:        " web ",
		ConsentPublish: true,
	}
	a, err := senim.NewAppeal(in, senim.Citizen, now, senim.DefaultCalendar(), 0)
	if err != nil {
		t.Fatalf("NewAppeal: %v", err)
	}
	want := senim.Applicant{Name: "Айгерим Сапарова", IIN: "850101300015", Phone: "+77011234567", Email: "aigerim@mail.kz", Address: "г. Караганда, ул. Ерубаева, 1"}
	if a.Applicant != want {
		t.Errorf("applicant = %+v, want %+v", a.Applicant, want)
	}
	checks := []struct {
		what      string
		got, want any
	}{
		{"territory", a.Territory, senim.KATO("351600000")},
		{"category", a.Category, "housing"},
		{"text", a.Text, "Третий месяц течёт крыша дома."},
		{"channel", a.Channel, senim.ChannelWeb},
		{"consent", a.ConsentPublish, true},
		{"status", a.Status, senim.StatusRegistered},
		{"outcome", a.Outcome, senim.Outcome("")},
		{"created at", a.CreatedAt, now},
		{"updated at", a.UpdatedAt, now},
		{"received on", a.ReceivedOn, apDate("2026-03-11")},
		{"extended", a.Extended, false},
		{"body", a.BodyID, ""},
		{"answered on", a.AnsweredOn, senim.Date{}},
		{"rating", a.Rating, 0},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
}

func TestNewAppealAcceptsOptionalContactsMissing(t *testing.T) {
	in := apInput()
	in.Applicant = senim.Applicant{Name: "Ерлан"}
	a, err := senim.NewAppeal(in, senim.Citizen, apAt("2026-03-11", 10), senim.DefaultCalendar(), 0)
	if err != nil {
		t.Fatalf("NewAppeal without IIN, phone, e-mail and address: %v", err)
	}
	if a.Applicant != (senim.Applicant{Name: "Ерлан"}) {
		t.Errorf("applicant = %+v, want only the name", a.Applicant)
	}
}

func TestNewAppealChannel(t *testing.T) {
	tests := []struct {
		name  string
		actor *senim.Actor
		in    string
		want  senim.Channel
	}{
		{"citizen without a channel uses the web form", senim.Citizen, "", senim.ChannelWeb},
		{"citizen on the web form", senim.Citizen, "web", senim.ChannelWeb},
		{"citizen through the API", senim.Citizen, "api", senim.ChannelAPI},
		{"operator without a channel is an API call", apOperator, "", senim.ChannelAPI},
		{"system without a channel is an API call", senim.System, "", senim.ChannelAPI},
		{"operator registers a walk-in", apOperator, "visit", senim.ChannelVisit},
		{"operator registers a call", apOperator, "phone", senim.ChannelPhone},
		{"operator registers a letter", apOperator, "letter", senim.ChannelLetter},
		{"operator registers a reception visitor", apOperator, "reception", senim.ChannelReception},
		{"API key sends a visit", apAPIKey, "visit", senim.ChannelVisit},
		{"system registers a letter", senim.System, "letter", senim.ChannelLetter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := apInput()
			in.Channel = tt.in
			a, err := senim.NewAppeal(in, tt.actor, apAt("2026-03-11", 10), senim.DefaultCalendar(), 0)
			if err != nil {
				t.Fatalf("NewAppeal: %v", err)
			}
			if a.Channel != tt.want {
				t.Errorf("channel = %q, want %q", a.Channel, tt.want)
			}
		})
	}
}

func TestNewAppealStaffMayChooseOfficeAndReceiptDate(t *testing.T) {
	now := apAt("2026-03-11", 10)
	tests := []struct {
		name     string
		actor    *senim.Actor
		received string
		want     senim.Date
	}{
		{"today", apOperator, "2026-03-11", apDate("2026-03-11")},
		{"yesterday", apOperator, "2026-03-10", apDate("2026-03-10")},
		{"exactly 12 months ago", apOperator, "2025-03-11", apDate("2025-03-11")},
		{"by API key", apAPIKey, "2026-02-27", apDate("2026-02-27")},
		{"by the system", senim.System, "2026-01-05", apDate("2026-01-05")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := apInput()
			in.Channel = "letter"
			in.ReceivedOn = tt.received
			in.Office = "3501"
			a, err := senim.NewAppeal(in, tt.actor, now, senim.DefaultCalendar(), 0)
			if err != nil {
				t.Fatalf("NewAppeal: %v", err)
			}
			if !a.ReceivedOn.Equal(tt.want) {
				t.Errorf("received on = %s, want %s", a.ReceivedOn, tt.want)
			}
		})
	}
}

func TestNewAppealDeadlines(t *testing.T) {
	tests := []struct {
		name       string
		now        time.Time
		actor      *senim.Actor
		received   string // staff's receipt date, "" for today
		answerDays int
		wantOn     string
		wantDue    string
		wantFwd    string
	}{
		{
			name: "Wednesday before Nauryz: the term steps over 9 March and 21–25 March",
			now:  apAt("2026-03-11", 10), actor: senim.Citizen,
			wantOn: "2026-03-11", wantDue: "2026-04-06", wantFwd: "2026-03-16",
		},
		{
			name: "Friday 20 March: the next working day is 26 March",
			now:  apAt("2026-03-20", 17), actor: senim.Citizen,
			wantOn: "2026-03-20", wantDue: "2026-04-15", wantFwd: "2026-03-30",
		},
		{
			name: "on Nauryz itself the term counts from the next working day",
			now:  apAt("2026-03-21", 12), actor: senim.Citizen,
			wantOn: "2026-03-21", wantDue: "2026-04-15", wantFwd: "2026-03-30",
		},
		{
			name: "on the moved day off 24 March",
			now:  apAt("2026-03-24", 9), actor: senim.Citizen,
			wantOn: "2026-03-24", wantDue: "2026-04-15", wantFwd: "2026-03-30",
		},
		{
			name: "before New Year: 1, 2 and 7 January are days off",
			now:  apAt("2025-12-24", 10), actor: senim.Citizen,
			wantOn: "2025-12-24", wantDue: "2026-01-19", wantFwd: "2025-12-29",
		},
		{
			name: "late evening in UTC is already the next day in Kazakhstan",
			now:  time.Date(2026, time.March, 10, 20, 30, 0, 0, time.UTC), actor: senim.Citizen,
			wantOn: "2026-03-11", wantDue: "2026-04-06", wantFwd: "2026-03-16",
		},
		{
			name: "a letter received on 20 March and registered a week later counts from 20 March",
			now:  apAt("2026-03-27", 10), actor: apOperator, received: "2026-03-20",
			wantOn: "2026-03-20", wantDue: "2026-04-15", wantFwd: "2026-03-30",
		},
		{
			name: "a letter received before New Year and registered in January",
			now:  apAt("2026-01-08", 10), actor: apOperator, received: "2025-12-24",
			wantOn: "2025-12-24", wantDue: "2026-01-19", wantFwd: "2025-12-29",
		},
		{
			name: "a category's own term of 5 working days",
			now:  apAt("2026-03-11", 10), actor: senim.Citizen, answerDays: 5,
			wantOn: "2026-03-11", wantDue: "2026-03-18", wantFwd: "2026-03-16",
		},
		{
			name: "a category's own term of 30 working days",
			now:  apAt("2026-03-11", 10), actor: senim.Citizen, answerDays: 30,
			wantOn: "2026-03-11", wantDue: "2026-04-27", wantFwd: "2026-03-16",
		},
		{
			name: "a category term of 0 means the default 15",
			now:  apAt("2026-03-11", 10), actor: senim.Citizen, answerDays: 0,
			wantOn: "2026-03-11", wantDue: "2026-04-06", wantFwd: "2026-03-16",
		},
		{
			name: "a negative category term means the default 15",
			now:  apAt("2026-03-11", 10), actor: senim.Citizen, answerDays: -3,
			wantOn: "2026-03-11", wantDue: "2026-04-06", wantFwd: "2026-03-16",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := apInput()
			if tt.actor != senim.Citizen {
				in.Channel = "letter"
			}
			in.ReceivedOn = tt.received
			a, err := senim.NewAppeal(in, tt.actor, tt.now, senim.DefaultCalendar(), tt.answerDays)
			if err != nil {
				t.Fatalf("NewAppeal: %v", err)
			}
			if got := a.ReceivedOn.String(); got != tt.wantOn {
				t.Errorf("received on = %s, want %s", got, tt.wantOn)
			}
			if got := a.Deadline.String(); got != tt.wantDue {
				t.Errorf("deadline = %s, want %s", got, tt.wantDue)
			}
			if got := a.ForwardBy.String(); got != tt.wantFwd {
				t.Errorf("forward by = %s, want %s", got, tt.wantFwd)
			}
		})
	}
}

func TestNewAppealDeadlineFollowsTheCalendarsTransfers(t *testing.T) {
	// A decree makes Friday 13 March 2026 a day off: the term ends a working day later.
	cal := senim.NewCalendar([]senim.Transfer{{Date: apDate("2026-03-13"), Working: false}}, nil)
	a, err := senim.NewAppeal(apInput(), senim.Citizen, apAt("2026-03-11", 10), cal, 0)
	if err != nil {
		t.Fatalf("NewAppeal: %v", err)
	}
	if got, want := a.Deadline, apDate("2026-04-07"); !got.Equal(want) {
		t.Errorf("deadline = %s, want %s", got, want)
	}
	if got, want := a.ForwardBy, apDate("2026-03-17"); !got.Equal(want) {
		t.Errorf("forward by = %s, want %s", got, want)
	}
}

func TestAppealRegisterEvent(t *testing.T) {
	a := apNew(t, apAt("2026-03-11", 10))
	ev := a.RegisterEvent(senim.Citizen)
	if !senim.ValidID(ev.ID) {
		t.Errorf("event id %q is not a valid id", ev.ID)
	}
	want := senim.Event{ID: ev.ID, AppealID: a.ID, Seq: 1, Action: senim.ActRegister, Actor: "citizen", At: a.CreatedAt,
		To: senim.StatusRegistered, Data: senim.EventData{Deadline: apDate("2026-04-06"), Channel: senim.ChannelWeb}}
	if !reflect.DeepEqual(*ev, want) {
		t.Errorf("register event = %+v, want %+v", *ev, want)
	}
}

func TestAppealLifecycle(t *testing.T) {
	a := apNew(t, apAt("2026-03-11", 10))
	type step struct {
		name   string
		actor  *senim.Actor
		at     time.Time
		c      senim.Change
		want   senim.Status
		check  func(t *testing.T, a *senim.Appeal)
		wantEv senim.EventData
	}
	steps := []step{
		{
			name: "an operator takes it", actor: apOperator, at: apAt("2026-03-12", 9),
			c: senim.Change{Action: senim.ActTake}, want: senim.StatusInWork,
		},
		{
			name: "forwarded to the akimat with an outgoing letter", actor: apOperator, at: apAt("2026-03-13", 11),
			c: senim.Change{Action: senim.ActForward, Body: "body-akimat", BodyName: "Акимат района", LetterNo: "  01-15/123 ",
				LetterDate: apDate("2026-03-13"), Text: " Просим рассмотреть "},
			want: senim.StatusForwarded,
			check: func(t *testing.T, a *senim.Appeal) {
				if a.BodyID != "body-akimat" {
					t.Errorf("body = %q, want body-akimat", a.BodyID)
				}
				if !a.UnderControl() {
					t.Error("a forwarded appeal is not under control")
				}
			},
			wantEv: senim.EventData{Body: "body-akimat", BodyName: "Акимат района", LetterNo: "01-15/123", LetterDate: apDate("2026-03-13"), Text: "Просим рассмотреть"},
		},
		{
			name: "the akimat answers after Nauryz", actor: apOperator, at: apAt("2026-03-26", 15),
			c:    senim.Change{Action: senim.ActAnswer, Text: "Ремонт кровли включён в план", LetterNo: "3-12/456", LetterDate: apDate("2026-03-25")},
			want: senim.StatusAnswered,
			check: func(t *testing.T, a *senim.Appeal) {
				if !a.AnsweredOn.Equal(apDate("2026-03-26")) {
					t.Errorf("answered on = %s, want 2026-03-26", a.AnsweredOn)
				}
				// 12, 13, 16–20 and 26 March: 24 and 25 March are moved days off.
				if a.AnswerDays != 8 {
					t.Errorf("answer days = %d, want 8", a.AnswerDays)
				}
				if a.UnderControl() {
					t.Error("an answered appeal is still under control")
				}
			},
			wantEv: senim.EventData{LetterNo: "3-12/456", LetterDate: apDate("2026-03-25"), Text: "Ремонт кровли включён в план"},
		},
		{
			name: "closed as solved", actor: apOperator, at: apAt("2026-03-27", 12),
			c: senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeSolved, Text: "Заявитель уведомлён"}, want: senim.StatusClosed,
			check: func(t *testing.T, a *senim.Appeal) {
				if a.Outcome != senim.OutcomeSolved || !a.ClosedOn.Equal(apDate("2026-03-27")) {
					t.Errorf("outcome %q closed on %s, want solved on 2026-03-27", a.Outcome, a.ClosedOn)
				}
				if !a.AnsweredOn.Equal(apDate("2026-03-26")) || a.AnswerDays != 8 {
					t.Errorf("closing changed the answer: %s, %d days", a.AnsweredOn, a.AnswerDays)
				}
			},
			wantEv: senim.EventData{Outcome: senim.OutcomeSolved, Text: "Заявитель уведомлён"},
		},
		{
			name: "the citizen rates the answer", actor: senim.Citizen, at: apAt("2026-03-28", 20),
			c: senim.Change{Action: senim.ActRate, Rating: 2}, want: senim.StatusClosed,
			check: func(t *testing.T, a *senim.Appeal) {
				if a.Rating != 2 {
					t.Errorf("rating = %d, want 2", a.Rating)
				}
			},
			wantEv: senim.EventData{Rating: 2},
		},
		{
			name: "the citizen disagrees and reopens it: back under the akimat's control", actor: senim.Citizen, at: apAt("2026-03-30", 10),
			c: senim.Change{Action: senim.ActReopen, Text: "Ремонт так и не начат"}, want: senim.StatusForwarded,
			check: func(t *testing.T, a *senim.Appeal) {
				if a.Outcome != "" || !a.ClosedOn.IsZero() || !a.AnsweredOn.IsZero() || a.AnswerDays != 0 || a.Rating != 0 {
					t.Errorf("reopening kept the old ending: outcome %q, closed %s, answered %s, %d days, rating %d",
						a.Outcome, a.ClosedOn, a.AnsweredOn, a.AnswerDays, a.Rating)
				}
				if !a.Deadline.Equal(apDate("2026-04-20")) {
					t.Errorf("deadline = %s, want 2026-04-20 (15 working days from 30 March)", a.Deadline)
				}
				if a.BodyID != "body-akimat" || !a.UnderControl() {
					t.Errorf("reopened appeal: body %q, under control %v", a.BodyID, a.UnderControl())
				}
			},
			wantEv: senim.EventData{Text: "Ремонт так и не начат", Deadline: apDate("2026-04-20"), OldDeadline: apDate("2026-04-06")},
		},
		{
			name: "the akimat answers again", actor: apOperator, at: apAt("2026-04-02", 16),
			c: senim.Change{Action: senim.ActAnswer, Text: "Работы начаты 1 апреля"}, want: senim.StatusAnswered,
			check: func(t *testing.T, a *senim.Appeal) {
				if a.AnswerDays != 13 {
					t.Errorf("answer days = %d, want 13 (from 11 March to 2 April)", a.AnswerDays)
				}
			},
			wantEv: senim.EventData{Text: "Работы начаты 1 апреля"},
		},
		{
			name: "closed with an explanation", actor: apOperator, at: apAt("2026-04-03", 10),
			c: senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeExplained}, want: senim.StatusClosed,
			wantEv: senim.EventData{Outcome: senim.OutcomeExplained},
		},
		{
			name: "the citizen may rate the new answer", actor: senim.Citizen, at: apAt("2026-04-04", 10),
			c: senim.Change{Action: senim.ActRate, Rating: 5}, want: senim.StatusClosed,
			wantEv: senim.EventData{Rating: 5},
		},
		{
			name: "an internal note changes nothing but the history", actor: apOperator, at: apAt("2026-04-06", 10),
			c: senim.Change{Action: senim.ActComment, Text: "Проверено на месте"}, want: senim.StatusClosed,
			check: func(t *testing.T, a *senim.Appeal) {
				if a.Rating != 5 || a.Outcome != senim.OutcomeExplained {
					t.Errorf("a comment changed the appeal: rating %d, outcome %q", a.Rating, a.Outcome)
				}
			},
			wantEv: senim.EventData{Text: "Проверено на месте"},
		},
	}
	for _, st := range steps {
		from, version := a.Status, a.Version
		ev, err := a.Apply(st.c, st.actor, st.at, senim.DefaultCalendar(), 0)
		if err != nil {
			t.Fatalf("%s: Apply: %v", st.name, err)
		}
		if a.Status != st.want {
			t.Errorf("%s: status = %s, want %s", st.name, a.Status, st.want)
		}
		if a.Version != version+1 {
			t.Errorf("%s: version = %d, want %d", st.name, a.Version, version+1)
		}
		if !a.UpdatedAt.Equal(st.at) {
			t.Errorf("%s: updated at = %s, want %s", st.name, a.UpdatedAt, st.at)
		}
		if ev.Action != st.c.Action || ev.From != from || ev.To != st.want || !ev.At.Equal(st.at) ||
			ev.Actor != st.actor.Label() || ev.AppealID != a.ID || !senim.ValidID(ev.ID) {
			t.Errorf("%s: event = %+v, want %s by %s from %s to %s at %s", st.name, ev, st.c.Action, st.actor.Label(), from, st.want, st.at)
		}
		if !reflect.DeepEqual(ev.Data, st.wantEv) {
			t.Errorf("%s: event data = %+v, want %+v", st.name, ev.Data, st.wantEv)
		}
		if st.check != nil {
			st.check(t, a)
		}
	}
}

func TestAppealReopen(t *testing.T) {
	tests := []struct {
		name       string
		prepare    func(t *testing.T) *senim.Appeal
		answerDays int
		wantStatus senim.Status
		wantDue    string
	}{
		{
			name: "never forwarded: back in work",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusInWork)
				apApply(t, a, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeNotCompetent}, apOperator, apNow)
				return a
			},
			wantStatus: senim.StatusInWork, wantDue: "2026-04-23",
		},
		{
			name: "forwarded before: back under the body's control",
			prepare: func(t *testing.T) *senim.Appeal {
				return apInStatus(t, senim.StatusClosed)
			},
			wantStatus: senim.StatusForwarded, wantDue: "2026-04-23",
		},
		{
			name: "the category's own term counts the new deadline",
			prepare: func(t *testing.T) *senim.Appeal {
				return apInStatus(t, senim.StatusClosed)
			},
			answerDays: 5, wantStatus: senim.StatusForwarded, wantDue: "2026-04-09",
		},
		{
			name: "an extended term is no longer extended",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusInWork)
				apApply(t, a, senim.Change{Action: senim.ActExtend, Text: "Нужна экспертиза", Deadline: apDate("2026-04-20")}, apOperator, apNow)
				apApply(t, a, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeRefused}, apOperator, apNow)
				return a
			},
			wantStatus: senim.StatusInWork, wantDue: "2026-04-23",
		},
		{
			name: "rated appeal loses its rating",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusClosed)
				apApply(t, a, senim.Change{Action: senim.ActRate, Rating: 1}, senim.Citizen, apNow)
				return a
			},
			wantStatus: senim.StatusForwarded, wantDue: "2026-04-23",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.prepare(t)
			old := a.Deadline
			// Reopened on Thursday 2 April 2026.
			ev, err := a.Apply(senim.Change{Action: senim.ActReopen, Text: "Не согласен с ответом"}, senim.Citizen, apAt("2026-04-02", 10), senim.DefaultCalendar(), tt.answerDays)
			if err != nil {
				t.Fatalf("reopen: %v", err)
			}
			if a.Status != tt.wantStatus {
				t.Errorf("status = %s, want %s", a.Status, tt.wantStatus)
			}
			if a.Deadline.String() != tt.wantDue || ev.Data.Deadline.String() != tt.wantDue || !ev.Data.OldDeadline.Equal(old) {
				t.Errorf("deadline = %s (event %s, old %s), want %s (old %s)", a.Deadline, ev.Data.Deadline, ev.Data.OldDeadline, tt.wantDue, old)
			}
			if a.Outcome != "" || !a.ClosedOn.IsZero() || !a.AnsweredOn.IsZero() || a.AnswerDays != 0 || a.Rating != 0 || a.Extended {
				t.Errorf("reopened appeal keeps its old ending: %+v", a)
			}
			if !a.Status.Open() || a.Overdue(apDate("2026-04-02")) {
				t.Errorf("reopened appeal: open %v, overdue %v", a.Status.Open(), a.Overdue(apDate("2026-04-02")))
			}
		})
	}
}

func TestAppealClose(t *testing.T) {
	tests := []struct {
		name         string
		from         senim.Status
		outcome      senim.Outcome
		wantAnswered string // "" when the appeal must stay unanswered
		wantDays     int
	}{
		{"withdrawn before work", senim.StatusRegistered, senim.OutcomeWithdrawn, "", 0},
		{"withdrawn while in work", senim.StatusInWork, senim.OutcomeWithdrawn, "", 0},
		{"withdrawn while under control", senim.StatusForwarded, senim.OutcomeWithdrawn, "", 0},
		{"withdrawn after the answer keeps the answer", senim.StatusAnswered, senim.OutcomeWithdrawn, "2026-03-26", 8},
		{"solved by the office itself counts as answered today", senim.StatusInWork, senim.OutcomeSolved, "2026-04-01", 12},
		{"not within competence counts as answered today", senim.StatusInWork, senim.OutcomeNotCompetent, "2026-04-01", 12},
		{"refused after the answer keeps the answer's day", senim.StatusAnswered, senim.OutcomeRefused, "2026-03-26", 8},
		{"explained after the answer", senim.StatusAnswered, senim.OutcomeExplained, "2026-03-26", 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := apInStatus(t, tt.from)
			ev := apApply(t, a, senim.Change{Action: senim.ActClose, Outcome: tt.outcome}, apOperator, apNow)
			if a.Status != senim.StatusClosed || a.Outcome != tt.outcome || !a.ClosedOn.Equal(apDate("2026-04-01")) {
				t.Errorf("closed: status %s, outcome %q, closed on %s", a.Status, a.Outcome, a.ClosedOn)
			}
			if ev.Data.Outcome != tt.outcome {
				t.Errorf("event outcome = %q, want %q", ev.Data.Outcome, tt.outcome)
			}
			if a.AnsweredOn.String() != tt.wantAnswered || a.AnswerDays != tt.wantDays {
				t.Errorf("answered on %q after %d days, want %q after %d", a.AnsweredOn, a.AnswerDays, tt.wantAnswered, tt.wantDays)
			}
		})
	}
}

func TestAppealCloseBeforeAnswerOnlyByWithdrawal(t *testing.T) {
	for _, from := range []senim.Status{senim.StatusRegistered, senim.StatusForwarded} {
		for _, o := range []senim.Outcome{senim.OutcomeSolved, senim.OutcomeExplained, senim.OutcomeRefused, senim.OutcomeNotCompetent} {
			t.Run(string(from)+"/"+string(o), func(t *testing.T) {
				a := apInStatus(t, from)
				before := apSnapshot(a)
				_, err := a.Apply(senim.Change{Action: senim.ActClose, Outcome: o}, apOperator, apNow, senim.DefaultCalendar(), 0)
				apWantErr(t, err, senim.ECONFLICT, "appeal.close_unanswered")
				apUnchanged(t, a, before)
			})
		}
	}
}

func TestAppealExtend(t *testing.T) {
	// The appeal is in work, due 6 April; the two-month limit is 12 May
	// (11 May is the day off for Victory Day on Saturday 9 May).
	tests := []struct {
		name       string
		at         time.Time
		c          senim.Change
		want       []string // problems; none when the extension must succeed
		wantArgs   map[string]any
		wantNotify string
	}{
		{name: "to a working day two weeks later", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-04-20")}, wantNotify: "2026-04-06"},
		{name: "up to the limit itself", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-05-12")}, wantNotify: "2026-04-06"},
		{name: "decided before Nauryz: the applicant is told by 30 March", at: apAt("2026-03-20", 10),
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-04-20")}, wantNotify: "2026-03-30"},
		{name: "without a reason", at: apNow,
			c: senim.Change{Text: "  ", Deadline: apDate("2026-04-20")}, want: []string{"text appeal.extend_reason"}},
		{name: "without a new deadline", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза"}, want: []string{"deadline required"}},
		{name: "to the current deadline", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-04-06")}, want: []string{"deadline appeal.extend_earlier"},
			wantArgs: map[string]any{"deadline": apDate("2026-04-06")}},
		{name: "to an earlier day", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-04-03")}, want: []string{"deadline appeal.extend_earlier"}},
		{name: "past the two-month limit", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-05-13")}, want: []string{"deadline appeal.extend_limit"},
			wantArgs: map[string]any{"limit": apDate("2026-05-12")}},
		{name: "far past the limit", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-09-01")}, want: []string{"deadline appeal.extend_limit"}},
		{name: "to the moved day off of Victory Day", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-05-11")}, want: []string{"deadline date.day_off"}},
		{name: "to a Saturday", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-04-18")}, want: []string{"deadline date.day_off"}},
		{name: "to Labour Day", at: apNow,
			c: senim.Change{Text: "Нужна экспертиза", Deadline: apDate("2026-05-01")}, want: []string{"deadline date.day_off"}},
		{name: "neither reason nor deadline", at: apNow,
			c: senim.Change{}, want: []string{"text appeal.extend_reason", "deadline required"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := apInStatus(t, senim.StatusInWork)
			before := apSnapshot(a)
			tt.c.Action = senim.ActExtend
			ev, err := a.Apply(tt.c, apOperator, tt.at, senim.DefaultCalendar(), 0)
			if tt.want != nil {
				e := apWantErr(t, err, senim.EINVALID, tt.want...)
				if tt.wantArgs != nil && !reflect.DeepEqual(e.Args, tt.wantArgs) {
					t.Errorf("args = %v, want %v", e.Args, tt.wantArgs)
				}
				apUnchanged(t, a, before)
				return
			}
			if err != nil {
				t.Fatalf("extend: %v", err)
			}
			if !a.Deadline.Equal(tt.c.Deadline) || !a.Extended || a.Status != senim.StatusInWork {
				t.Errorf("extended appeal: deadline %s, extended %v, status %s; want %s, true, in_work", a.Deadline, a.Extended, a.Status, tt.c.Deadline)
			}
			want := senim.EventData{Text: strings.TrimSpace(tt.c.Text), Deadline: tt.c.Deadline, OldDeadline: apDate("2026-04-06"), NotifyBy: apDate(tt.wantNotify)}
			if !reflect.DeepEqual(ev.Data, want) {
				t.Errorf("event data = %+v, want %+v", ev.Data, want)
			}
		})
	}
}

func TestAppealExtendAgain(t *testing.T) {
	a := apInStatus(t, senim.StatusForwarded)
	apApply(t, a, senim.Change{Action: senim.ActExtend, Text: "Нужна экспертиза", Deadline: apDate("2026-04-20")}, apOperator, apNow)
	before := apSnapshot(a)
	_, err := a.Apply(senim.Change{Action: senim.ActExtend, Text: "Ещё раз", Deadline: apDate("2026-04-15")}, apOperator, apNow, senim.DefaultCalendar(), 0)
	apWantErr(t, err, senim.EINVALID, "deadline appeal.extend_earlier")
	apUnchanged(t, a, before)
	ev := apApply(t, a, senim.Change{Action: senim.ActExtend, Text: "Ещё раз", Deadline: apDate("2026-05-04")}, apOperator, apNow)
	if !a.Deadline.Equal(apDate("2026-05-04")) || !ev.Data.OldDeadline.Equal(apDate("2026-04-20")) {
		t.Errorf("second extension: deadline %s, old %s; want 2026-05-04, old 2026-04-20", a.Deadline, ev.Data.OldDeadline)
	}
}

func TestAppealForwardChecksTheLetter(t *testing.T) {
	// The appeal was received on 11 March; it is forwarded on 1 April.
	tests := []struct {
		name string
		edit func(c *senim.Change)
		want []string
	}{
		{"no body", func(c *senim.Change) { c.Body = "" }, []string{"body required"}},
		{"no letter number", func(c *senim.Change) { c.LetterNo = "" }, []string{"letter_no required"}},
		{"a letter number of spaces", func(c *senim.Change) { c.LetterNo = "   " }, []string{"letter_no required"}},
		{"a letter number too long", func(c *senim.Change) { c.LetterNo = strings.Repeat("7", senim.MaxLetterNo+1) }, []string{"letter_no too_long"}},
		{"no letter date", func(c *senim.Change) { c.LetterDate = senim.Date{} }, []string{"letter_date required"}},
		{"a letter dated tomorrow", func(c *senim.Change) { c.LetterDate = apDate("2026-04-02") }, []string{"letter_date date.future"}},
		{"a letter dated before the appeal arrived", func(c *senim.Change) { c.LetterDate = apDate("2026-03-10") }, []string{"letter_date date.before_receipt"}},
		{"nothing given", func(c *senim.Change) { *c = senim.Change{Action: senim.ActForward} },
			[]string{"body required", "letter_no required", "letter_date required"}},
		{"a text too long", func(c *senim.Change) { c.Text = strings.Repeat("ы", senim.MaxTextLen+1) }, []string{"text too_long"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := apInStatus(t, senim.StatusInWork)
			before := apSnapshot(a)
			c := apForward(apDate("2026-04-01"))
			tt.edit(&c)
			_, err := a.Apply(c, apOperator, apNow, senim.DefaultCalendar(), 0)
			apWantErr(t, err, senim.EINVALID, tt.want...)
			apUnchanged(t, a, before)
		})
	}
	for _, d := range []string{"2026-03-11", "2026-04-01"} {
		t.Run("a letter dated "+d, func(t *testing.T) {
			a := apInStatus(t, senim.StatusInWork)
			ev := apApply(t, a, apForward(apDate(d)), apOperator, apNow)
			if !ev.Data.LetterDate.Equal(apDate(d)) || a.Status != senim.StatusForwarded {
				t.Errorf("forwarded with letter date %s: status %s, event letter date %s", d, a.Status, ev.Data.LetterDate)
			}
		})
	}
}

func TestAppealOtherChangesCheckTheirInput(t *testing.T) {
	tests := []struct {
		name  string
		from  senim.Status
		actor *senim.Actor
		c     senim.Change
		code  string
		want  []string
	}{
		{"answer without a text", senim.StatusForwarded, apOperator, senim.Change{Action: senim.ActAnswer}, senim.EINVALID, []string{"text required"}},
		{"answer of spaces", senim.StatusForwarded, apOperator, senim.Change{Action: senim.ActAnswer, Text: " \n "}, senim.EINVALID, []string{"text required"}},
		{"answer dated tomorrow", senim.StatusForwarded, apOperator, senim.Change{Action: senim.ActAnswer, Text: "Ответ", LetterDate: apDate("2026-04-02")}, senim.EINVALID, []string{"letter_date date.future"}},
		{"answer too long", senim.StatusForwarded, apOperator, senim.Change{Action: senim.ActAnswer, Text: strings.Repeat("ы", senim.MaxTextLen+1)}, senim.EINVALID, []string{"text too_long"}},
		{"answer with a letter number too long", senim.StatusForwarded, apOperator, senim.Change{Action: senim.ActAnswer, Text: "Ответ", LetterNo: strings.Repeat("1", senim.MaxLetterNo+1)}, senim.EINVALID, []string{"letter_no too_long"}},
		{"close without an outcome", senim.StatusAnswered, apOperator, senim.Change{Action: senim.ActClose}, senim.EINVALID, []string{"outcome required"}},
		{"close with an unknown outcome", senim.StatusAnswered, apOperator, senim.Change{Action: senim.ActClose, Outcome: "lost"}, senim.EINVALID, []string{"outcome outcome.unknown"}},
		{"reopen without a reason", senim.StatusClosed, senim.Citizen, senim.Change{Action: senim.ActReopen, Text: " "}, senim.EINVALID, []string{"text appeal.reopen_reason"}},
		{"rate 0", senim.StatusClosed, senim.Citizen, senim.Change{Action: senim.ActRate, Rating: 0}, senim.EINVALID, []string{"rating appeal.rating"}},
		{"rate 6", senim.StatusClosed, senim.Citizen, senim.Change{Action: senim.ActRate, Rating: 6}, senim.EINVALID, []string{"rating appeal.rating"}},
		{"rate -1", senim.StatusClosed, senim.Citizen, senim.Change{Action: senim.ActRate, Rating: -1}, senim.EINVALID, []string{"rating appeal.rating"}},
		{"comment without a text", senim.StatusInWork, apOperator, senim.Change{Action: senim.ActComment}, senim.EINVALID, []string{"text required"}},
		{"unknown action", senim.StatusInWork, apOperator, senim.Change{Action: "delete"}, senim.EINVALID, []string{"action action.unknown"}},
		{"register is not a change", senim.StatusInWork, apOperator, senim.Change{Action: senim.ActRegister}, senim.EINVALID, []string{"action action.unknown"}},
		{"empty action", senim.StatusInWork, apOperator, senim.Change{}, senim.EINVALID, []string{"action action.unknown"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := apInStatus(t, tt.from)
			before := apSnapshot(a)
			ev, err := a.Apply(tt.c, tt.actor, apNow, senim.DefaultCalendar(), 0)
			if ev != nil {
				t.Errorf("Apply returned an event with an error: %+v", ev)
			}
			apWantErr(t, err, tt.code, tt.want...)
			apUnchanged(t, a, before)
		})
	}
}

func TestAppealRating(t *testing.T) {
	for r := 1; r <= 5; r++ {
		a := apInStatus(t, senim.StatusClosed)
		ev := apApply(t, a, senim.Change{Action: senim.ActRate, Rating: r}, senim.Citizen, apNow)
		if a.Rating != r || ev.Data.Rating != r || a.Status != senim.StatusClosed {
			t.Errorf("rated %d: rating %d, event %d, status %s", r, a.Rating, ev.Data.Rating, a.Status)
		}
	}

	tests := []struct {
		name    string
		prepare func(t *testing.T) *senim.Appeal
		actor   *senim.Actor
		code    string
		key     string
	}{
		{
			name: "only once",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusClosed)
				apApply(t, a, senim.Change{Action: senim.ActRate, Rating: 3}, senim.Citizen, apNow)
				return a
			},
			actor: senim.Citizen, code: senim.ECONFLICT, key: "appeal.rated",
		},
		{
			name: "not a withdrawn appeal",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusRegistered)
				apApply(t, a, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeWithdrawn}, apOperator, apNow)
				return a
			},
			actor: senim.Citizen, code: senim.ECONFLICT, key: "appeal.rate_withdrawn",
		},
		{name: "not by an operator", prepare: func(t *testing.T) *senim.Appeal { return apInStatus(t, senim.StatusClosed) },
			actor: apOperator, code: senim.EFORBIDDEN, key: "appeal.rate_citizen"},
		{name: "not by the central office", prepare: func(t *testing.T) *senim.Appeal { return apInStatus(t, senim.StatusClosed) },
			actor: apUser(senim.RoleCentral, senim.CountryKATO), code: senim.EFORBIDDEN, key: "appeal.rate_citizen"},
		{name: "not by the system", prepare: func(t *testing.T) *senim.Appeal { return apInStatus(t, senim.StatusClosed) },
			actor: senim.System, code: senim.EFORBIDDEN, key: "appeal.rate_citizen"},
		{name: "not before it is closed", prepare: func(t *testing.T) *senim.Appeal { return apInStatus(t, senim.StatusAnswered) },
			actor: senim.Citizen, code: senim.ECONFLICT, key: "transition"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.prepare(t)
			before := apSnapshot(a)
			_, err := a.Apply(senim.Change{Action: senim.ActRate, Rating: 5}, tt.actor, apNow, senim.DefaultCalendar(), 0)
			apWantErr(t, err, tt.code, tt.key)
			apUnchanged(t, a, before)
		})
	}
}

// apValidChange is a change of the action that is valid in itself, so that
// only the appeal's status decides whether it applies.
func apValidChange(act senim.Action) (senim.Change, *senim.Actor) {
	switch act {
	case senim.ActForward:
		return apForward(apDate("2026-04-01")), apOperator
	case senim.ActAnswer:
		return senim.Change{Action: act, Text: "Ответ акимата"}, apOperator
	case senim.ActClose:
		return senim.Change{Action: act, Outcome: senim.OutcomeWithdrawn}, apOperator
	case senim.ActReopen:
		return senim.Change{Action: act, Text: "Не согласен"}, apOperator
	case senim.ActExtend:
		return senim.Change{Action: act, Text: "Нужна экспертиза", Deadline: apDate("2026-04-20")}, apOperator
	case senim.ActRate:
		return senim.Change{Action: act, Rating: 5}, senim.Citizen
	case senim.ActComment:
		return senim.Change{Action: act, Text: "Заметка"}, apOperator
	}
	return senim.Change{Action: act}, apOperator
}

var apActions = []senim.Action{senim.ActTake, senim.ActForward, senim.ActAnswer, senim.ActClose, senim.ActReopen, senim.ActExtend, senim.ActRate, senim.ActComment}

func TestAppealTransitions(t *testing.T) {
	// legal maps each action to the statuses it may start from and where it leads.
	legal := map[senim.Action]map[senim.Status]senim.Status{
		senim.ActTake:    {senim.StatusRegistered: senim.StatusInWork},
		senim.ActForward: {senim.StatusRegistered: senim.StatusForwarded, senim.StatusInWork: senim.StatusForwarded, senim.StatusForwarded: senim.StatusForwarded, senim.StatusAnswered: senim.StatusForwarded},
		senim.ActAnswer:  {senim.StatusForwarded: senim.StatusAnswered},
		senim.ActClose:   {senim.StatusRegistered: senim.StatusClosed, senim.StatusInWork: senim.StatusClosed, senim.StatusForwarded: senim.StatusClosed, senim.StatusAnswered: senim.StatusClosed},
		senim.ActReopen:  {senim.StatusClosed: senim.StatusForwarded},
		senim.ActExtend:  {senim.StatusRegistered: senim.StatusRegistered, senim.StatusInWork: senim.StatusInWork, senim.StatusForwarded: senim.StatusForwarded},
		senim.ActRate:    {senim.StatusClosed: senim.StatusClosed},
		senim.ActComment: {senim.StatusRegistered: senim.StatusRegistered, senim.StatusInWork: senim.StatusInWork, senim.StatusForwarded: senim.StatusForwarded, senim.StatusAnswered: senim.StatusAnswered, senim.StatusClosed: senim.StatusClosed},
	}
	for _, from := range senim.Statuses {
		for _, act := range apActions {
			t.Run(string(act)+" from "+string(from), func(t *testing.T) {
				a := apInStatus(t, from)
				before := apSnapshot(a)
				c, actor := apValidChange(act)
				ev, err := a.Apply(c, actor, apNow, senim.DefaultCalendar(), 0)
				to, ok := legal[act][from]
				if !ok {
					e := apWantErr(t, err, senim.ECONFLICT, "transition")
					if e.Args["action"] != string(act) || e.Args["status"] != string(from) {
						t.Errorf("args = %v, want action %s and status %s", e.Args, act, from)
					}
					if ev != nil {
						t.Errorf("an illegal change returned an event: %+v", ev)
					}
					apUnchanged(t, a, before)
					return
				}
				if err != nil {
					t.Fatalf("legal change refused: %v", err)
				}
				if a.Status != to || ev.From != from || ev.To != to {
					t.Errorf("status %s (event %s→%s), want %s→%s", a.Status, ev.From, ev.To, from, to)
				}
			})
		}
	}
}

func TestAppealPermissions(t *testing.T) {
	forbidden := []struct {
		name  string
		actor *senim.Actor
	}{
		{"auditor of the oblast", apAuditor},
		{"council member of the oblast", apCouncil},
		{"official of the oblast", apOfficial},
		{"country-wide auditor", apUser(senim.RoleAuditor, senim.CountryKATO)},
		{"operator of another oblast", apUser(senim.RoleOperator, "750000000")},
		{"branch of another oblast", apUser(senim.RoleBranch, "710000000")},
		{"operator of a neighbouring district", apUser(senim.RoleOperator, "351700000")},
		{"operator of a settlement inside the district", apUser(senim.RoleOperator, "351610100")},
		{"API key of another oblast", &senim.Actor{Kind: senim.ActorAPIKey, Name: "k", Role: senim.RoleOperator, Territory: "750000000"}},
		{"API key with a reading role", &senim.Actor{Kind: senim.ActorAPIKey, Name: "k", Role: senim.RoleAuditor, Territory: "350000000"}},
	}
	for _, f := range forbidden {
		for _, act := range apActions {
			t.Run(f.name+"/"+string(act), func(t *testing.T) {
				a := apInStatus(t, senim.StatusInWork)
				before := apSnapshot(a)
				c, _ := apValidChange(act)
				_, err := a.Apply(c, f.actor, apNow, senim.DefaultCalendar(), 0)
				if got := senim.ErrorCode(err); got != senim.EFORBIDDEN {
					t.Errorf("error = %v, want %s", err, senim.EFORBIDDEN)
				}
				apUnchanged(t, a, before)
			})
		}
	}

	// A citizen may only reopen and rate.
	for _, act := range []senim.Action{senim.ActTake, senim.ActForward, senim.ActAnswer, senim.ActClose, senim.ActExtend, senim.ActComment} {
		t.Run("citizen/"+string(act), func(t *testing.T) {
			a := apInStatus(t, senim.StatusForwarded)
			before := apSnapshot(a)
			c, _ := apValidChange(act)
			_, err := a.Apply(c, senim.Citizen, apNow, senim.DefaultCalendar(), 0)
			apWantErr(t, err, senim.EFORBIDDEN, "forbidden")
			apUnchanged(t, a, before)
		})
	}

	allowedActors := []struct {
		name  string
		actor *senim.Actor
	}{
		{"operator of the oblast", apOperator},
		{"operator of the district itself", apUser(senim.RoleOperator, "351600000")},
		{"branch of the oblast", apUser(senim.RoleBranch, "350000000")},
		{"central office", apUser(senim.RoleCentral, senim.CountryKATO)},
		{"API key of the oblast", apAPIKey},
		{"system", senim.System},
	}
	for _, p := range allowedActors {
		t.Run(p.name, func(t *testing.T) {
			a := apInStatus(t, senim.StatusRegistered)
			ev, err := a.Apply(senim.Change{Action: senim.ActTake}, p.actor, apNow, senim.DefaultCalendar(), 0)
			if err != nil {
				t.Fatalf("take: %v", err)
			}
			if ev.Actor != p.actor.Label() || a.Status != senim.StatusInWork {
				t.Errorf("event actor %q, status %s", ev.Actor, a.Status)
			}
		})
	}
}

func TestAppealVersionCheck(t *testing.T) {
	tests := []struct {
		name    string
		version int
		ok      bool
	}{
		{"no version: always applies", 0, true},
		{"the current version", 3, true},
		{"an older version", 2, false},
		{"a newer version", 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := apInStatus(t, senim.StatusRegistered)
			a.Version = 3
			before := apSnapshot(a)
			_, err := a.Apply(senim.Change{Action: senim.ActTake, Version: tt.version}, apOperator, apNow, senim.DefaultCalendar(), 0)
			if !tt.ok {
				apWantErr(t, err, senim.ECONFLICT, "appeal.version")
				apUnchanged(t, a, before)
				return
			}
			if err != nil {
				t.Fatalf("take: %v", err)
			}
			if a.Version != 4 {
				t.Errorf("version = %d, want 4", a.Version)
			}
		})
	}
}

func TestAppealAllowed(t *testing.T) {
	tests := []struct {
		name   string
		status senim.Status
		actor  *senim.Actor
		want   []senim.Action
	}{
		{"operator, registered", senim.StatusRegistered, apOperator, []senim.Action{senim.ActTake, senim.ActForward, senim.ActClose, senim.ActExtend, senim.ActComment}},
		{"operator, in work", senim.StatusInWork, apOperator, []senim.Action{senim.ActForward, senim.ActClose, senim.ActExtend, senim.ActComment}},
		{"operator, forwarded", senim.StatusForwarded, apOperator, []senim.Action{senim.ActForward, senim.ActAnswer, senim.ActClose, senim.ActExtend, senim.ActComment}},
		{"operator, answered", senim.StatusAnswered, apOperator, []senim.Action{senim.ActForward, senim.ActClose, senim.ActComment}},
		{"operator, closed", senim.StatusClosed, apOperator, []senim.Action{senim.ActReopen, senim.ActComment}},
		{"central office, forwarded", senim.StatusForwarded, apUser(senim.RoleCentral, senim.CountryKATO), []senim.Action{senim.ActForward, senim.ActAnswer, senim.ActClose, senim.ActExtend, senim.ActComment}},
		{"system, closed", senim.StatusClosed, senim.System, []senim.Action{senim.ActReopen, senim.ActComment}},
		{"citizen, registered", senim.StatusRegistered, senim.Citizen, nil},
		{"citizen, forwarded", senim.StatusForwarded, senim.Citizen, nil},
		{"citizen, closed", senim.StatusClosed, senim.Citizen, []senim.Action{senim.ActReopen, senim.ActRate}},
		{"auditor, forwarded", senim.StatusForwarded, apAuditor, nil},
		{"auditor, closed", senim.StatusClosed, apAuditor, nil},
		{"council, in work", senim.StatusInWork, apCouncil, nil},
		{"official, forwarded", senim.StatusForwarded, apOfficial, nil},
		{"operator of another oblast, registered", senim.StatusRegistered, apUser(senim.RoleOperator, "750000000"), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := apInStatus(t, tt.status)
			got := slices.Sorted(slices.Values(a.Allowed(tt.actor)))
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("Allowed = %v, want %v", got, want)
			}
			// Everything listed must apply.
			for _, act := range got {
				b := apInStatus(t, tt.status)
				c, _ := apValidChange(act)
				if _, err := b.Apply(c, tt.actor, apNow, senim.DefaultCalendar(), 0); err != nil {
					t.Errorf("Allowed lists %s but Apply refuses it: %v", act, err)
				}
			}
		})
	}
}

func TestAppealAllowedOmitsRatingThatApplyRefuses(t *testing.T) {
	rated := apInStatus(t, senim.StatusClosed)
	apApply(t, rated, senim.Change{Action: senim.ActRate, Rating: 4}, senim.Citizen, apNow)
	withdrawn := apInStatus(t, senim.StatusRegistered)
	apApply(t, withdrawn, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeWithdrawn}, apOperator, apNow)
	for name, a := range map[string]*senim.Appeal{"rated": rated, "withdrawn": withdrawn} {
		if got := a.Allowed(senim.Citizen); !slices.Equal(got, []senim.Action{senim.ActReopen}) {
			t.Errorf("%s: Allowed(citizen) = %v, want [reopen]", name, got)
		}
	}
}

func TestNewAppealRefusesActorsWhoMayNotRegister(t *testing.T) {
	for _, actor := range []*senim.Actor{apAuditor, apCouncil} {
		in := apInput()
		in.Channel = "visit"
		_, err := senim.NewAppeal(in, actor, apAt("2026-03-11", 10), senim.DefaultCalendar(), 0)
		if got := senim.ErrorCode(err); got != senim.EFORBIDDEN {
			t.Errorf("%s registers an appeal: error %v, want %s", actor.Role, err, senim.EFORBIDDEN)
		}
	}
}

func TestAppealForwardedAgainIsNoLongerAnswered(t *testing.T) {
	a := apInStatus(t, senim.StatusAnswered)
	apApply(t, a, apForward(apDate("2026-04-01")), apOperator, apNow)
	got := apCounterMap(a.Counters())
	for _, dim := range []string{"answered/", "answer_days/", "on_time/"} {
		if _, ok := got[dim]; ok {
			t.Errorf("a forwarded (open) appeal still counts %s: %v", dim, got)
		}
	}
	if !a.AnsweredOn.IsZero() || a.AnswerDays != 0 {
		t.Errorf("forwarded again: answered on %s after %d days, want no answer", a.AnsweredOn, a.AnswerDays)
	}
}

func apCounterMap(cs []senim.Counter) map[string]int64 {
	m := make(map[string]int64, len(cs))
	for _, c := range cs {
		k := c.Dim + "/" + c.Key
		if _, dup := m[k]; dup {
			m[k+" (again)"] = c.N
			continue
		}
		m[k] = c.N
	}
	return m
}

func TestAppealCounters(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T) *senim.Appeal
		want    map[string]int64
	}{
		{
			name:    "registered: waiting, by its deadline",
			prepare: func(t *testing.T) *senim.Appeal { return apInStatus(t, senim.StatusRegistered) },
			want: map[string]int64{"received/": 1, "status/registered": 1, "category/housing": 1, "channel/web": 1,
				"open_deadline/2026-04-06": 1},
		},
		{
			name:    "forwarded: still waiting",
			prepare: func(t *testing.T) *senim.Appeal { return apInStatus(t, senim.StatusForwarded) },
			want: map[string]int64{"received/": 1, "status/forwarded": 1, "category/housing": 1, "channel/web": 1,
				"open_deadline/2026-04-06": 1},
		},
		{
			name: "extended: waits by its new deadline",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusInWork)
				apApply(t, a, senim.Change{Action: senim.ActExtend, Text: "Экспертиза", Deadline: apDate("2026-04-20")}, apOperator, apNow)
				return a
			},
			want: map[string]int64{"received/": 1, "status/in_work": 1, "category/housing": 1, "channel/web": 1,
				"open_deadline/2026-04-20": 1},
		},
		{
			name:    "answered on time",
			prepare: func(t *testing.T) *senim.Appeal { return apInStatus(t, senim.StatusAnswered) },
			want: map[string]int64{"received/": 1, "status/answered": 1, "category/housing": 1, "channel/web": 1,
				"answered/": 1, "answer_days/": 8, "on_time/": 1},
		},
		{
			name: "answered on the deadline day",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusForwarded)
				apApply(t, a, senim.Change{Action: senim.ActAnswer, Text: "Ответ"}, apOperator, apAt("2026-04-06", 17))
				return a
			},
			want: map[string]int64{"received/": 1, "status/answered": 1, "category/housing": 1, "channel/web": 1,
				"answered/": 1, "answer_days/": 15, "on_time/": 1},
		},
		{
			name: "answered late",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusForwarded)
				apApply(t, a, senim.Change{Action: senim.ActAnswer, Text: "Ответ"}, apOperator, apAt("2026-04-08", 10))
				return a
			},
			want: map[string]int64{"received/": 1, "status/answered": 1, "category/housing": 1, "channel/web": 1,
				"answered/": 1, "answer_days/": 17},
		},
		{
			name: "closed as solved and rated",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusClosed)
				apApply(t, a, senim.Change{Action: senim.ActRate, Rating: 4}, senim.Citizen, apNow)
				return a
			},
			want: map[string]int64{"received/": 1, "status/closed": 1, "category/housing": 1, "channel/web": 1,
				"outcome/solved": 1, "answered/": 1, "answer_days/": 8, "on_time/": 1, "rating_sum/": 4, "rating_n/": 1},
		},
		{
			name: "withdrawn before an answer",
			prepare: func(t *testing.T) *senim.Appeal {
				a := apInStatus(t, senim.StatusRegistered)
				apApply(t, a, senim.Change{Action: senim.ActClose, Outcome: senim.OutcomeWithdrawn}, apOperator, apNow)
				return a
			},
			want: map[string]int64{"received/": 1, "status/closed": 1, "category/housing": 1, "channel/web": 1,
				"outcome/withdrawn": 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.prepare(t)
			if got := apCounterMap(a.Counters()); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Counters = %v\n                want %v", got, tt.want)
			}
		})
	}
}

func TestAppealOverdue(t *testing.T) {
	extended := func(t *testing.T) *senim.Appeal {
		a := apInStatus(t, senim.StatusInWork)
		apApply(t, a, senim.Change{Action: senim.ActExtend, Text: "Экспертиза", Deadline: apDate("2026-04-20")}, apOperator, apNow)
		return a
	}
	status := func(s senim.Status) func(t *testing.T) *senim.Appeal {
		return func(t *testing.T) *senim.Appeal { return apInStatus(t, s) }
	}
	tests := []struct {
		name    string
		prepare func(t *testing.T) *senim.Appeal
		today   string
		want    bool
	}{
		{"registered, before the deadline", status(senim.StatusRegistered), "2026-03-20", false},
		{"registered, on the deadline day", status(senim.StatusRegistered), "2026-04-06", false},
		{"registered, the day after", status(senim.StatusRegistered), "2026-04-07", true},
		{"in work, the day after", status(senim.StatusInWork), "2026-04-07", true},
		{"forwarded, a month after", status(senim.StatusForwarded), "2026-05-06", true},
		{"answered, long after", status(senim.StatusAnswered), "2026-06-01", false},
		{"closed, long after", status(senim.StatusClosed), "2026-06-01", false},
		{"extended, after the old deadline", extended, "2026-04-07", false},
		{"extended, after the new deadline", extended, "2026-04-21", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := tt.prepare(t)
			if got := a.Overdue(apDate(tt.today)); got != tt.want {
				t.Errorf("Overdue(%s) = %v with deadline %s and status %s, want %v", tt.today, got, a.Deadline, a.Status, tt.want)
			}
		})
	}
}

func TestStatusOpen(t *testing.T) {
	want := map[senim.Status]bool{senim.StatusRegistered: true, senim.StatusInWork: true, senim.StatusForwarded: true, senim.StatusAnswered: false, senim.StatusClosed: false}
	for _, s := range senim.Statuses {
		if got := s.Open(); got != want[s] {
			t.Errorf("%s.Open() = %v, want %v", s, got, want[s])
		}
	}
}

func TestEventPublicDropsTextsAndLetters(t *testing.T) {
	at := apAt("2026-04-01", 10)
	ev := &senim.Event{
		ID: senim.NewID(), AppealID: senim.NewID(), Seq: 4, Action: senim.ActExtend, Actor: "user:operator35", At: at,
		From: senim.StatusForwarded, To: senim.StatusForwarded,
		Data: senim.EventData{
			Body: "body-akimat", BodyName: "Акимат района", LetterNo: "01-15/123", LetterDate: apDate("2026-03-13"),
			Text: "Заявитель Сапарова, тел. +77011234567", Outcome: senim.OutcomeSolved, Deadline: apDate("2026-04-20"),
			OldDeadline: apDate("2026-04-06"), NotifyBy: apDate("2026-04-06"), Rating: 4, Channel: senim.ChannelLetter,
		},
	}
	orig := *ev
	got := ev.Public()
	want := &senim.Event{Seq: 4, Action: senim.ActExtend, At: at, From: senim.StatusForwarded, To: senim.StatusForwarded,
		Data: senim.EventData{BodyName: "Акимат района", Outcome: senim.OutcomeSolved, Deadline: apDate("2026-04-20"), Rating: 4, Channel: senim.ChannelLetter}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Public() = %+v\n        want %+v", got, want)
	}
	if !reflect.DeepEqual(*ev, orig) {
		t.Errorf("Public() changed the event: %+v", *ev)
	}
}

func TestApplicantMasked(t *testing.T) {
	tests := []struct {
		name string
		in   senim.Applicant
		want senim.Applicant
	}{
		{
			name: "every field",
			in:   senim.Applicant{Name: "Айгерим Сапарова", IIN: "850101300015", Phone: "+77011234567", Email: "aigerim@mail.kz", Address: "ул. Абая, 1"},
			want: senim.Applicant{Name: "Айгерим Сапарова", IIN: "85••••••••15", Phone: "+770••••••67", Email: "a••••••@mail.kz", Address: "•••"},
		},
		{
			name: "only a name",
			in:   senim.Applicant{Name: "Ерлан"},
			want: senim.Applicant{Name: "Ерлан"},
		},
		{
			name: "an e-mail without @ is hidden whole",
			in:   senim.Applicant{Name: "Ерлан", Email: "erlan"},
			want: senim.Applicant{Name: "Ерлан", Email: "•••••"},
		},
		{
			name: "a one-letter mailbox",
			in:   senim.Applicant{Name: "Ерлан", Email: "e@mail.kz"},
			want: senim.Applicant{Name: "Ерлан", Email: "•@mail.kz"},
		},
		{
			name: "an address is hidden without its length",
			in:   senim.Applicant{Name: "Ерлан", Address: "аул Қоянды, улица Абая, дом 15"},
			want: senim.Applicant{Name: "Ерлан", Address: "•••"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.in.Masked()
			if got != tt.want {
				t.Errorf("Masked() = %+v, want %+v", got, tt.want)
			}
			for _, secret := range []string{tt.in.IIN, tt.in.Phone, tt.in.Address} {
				if len(secret) > 4 && strings.Contains(got.IIN+got.Phone+got.Email+got.Address, secret) {
					t.Errorf("Masked() still shows %q", secret)
				}
			}
		})
	}
}

func TestAppealNumber(t *testing.T) {
	if got := senim.AppealNumber("3501", 2026, 42); got != "3501-2026-00042" {
		t.Fatalf("AppealNumber = %q", got)
	}
	if n, err := senim.ParseAppealNumber("3501-2026-00042", "3501", 2026); err != nil || n != 42 {
		t.Fatalf("ParseAppealNumber = %d, %v", n, err)
	}
	for _, bad := range []string{"3501-2025-00042", "3502-2026-00042", "3501-2026-", "3501-2026-0", "3501-2026-x1"} {
		if _, err := senim.ParseAppealNumber(bad, "3501", 2026); senim.ErrorCode(err) != senim.EINVALID {
			t.Errorf("ParseAppealNumber(%q) = %v, want invalid", bad, err)
		}
	}
}

func TestForwardLate(t *testing.T) {
	a := &senim.Appeal{Status: senim.StatusInWork, ForwardBy: senim.MustDate("2026-03-05")}
	if a.ForwardLate(senim.MustDate("2026-03-05")) {
		t.Fatal("late on the last day of the term")
	}
	if !a.ForwardLate(senim.MustDate("2026-03-06")) {
		t.Fatal("not late the day after the term")
	}
	a.Status = senim.StatusForwarded
	if a.ForwardLate(senim.MustDate("2026-04-01")) {
		t.Fatal("a forwarded appeal is late to forward")
	}
}
