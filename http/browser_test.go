package http_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store/storetest"
)

// The browser tests drive the pages in headless Chromium against the real
// handlers, a real database and real HTTP, as people use them: a citizen
// submits and tracks an appeal, an operator carries one from registration
// to closing, the language switcher turns the site Kazakh, and an operator
// of one oblast cannot open another's appeal. Screenshots of the main pages
// go to $SENIM_SCREENSHOTS (a temporary folder when unset).
//
// Without Chromium the tests are skipped with a message, unless
// SENIM_TEST_BROWSER is set (as CI does): then they fail.

func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("SENIM_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("SENIM_TEST_BROWSER") != "" {
		t.Fatal("SENIM_TEST_BROWSER is set but no Chromium was found (install Debian's chromium package or set SENIM_CHROMIUM)")
	}
	t.Skip("no Chromium found: the browser tests are skipped (install Debian's chromium package to run them)")
	return ""
}

// headless starts a Chromium of its own for the test, in Russian like a
// visitor from Kazakhstan, with a desktop window.
func headless(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("accept-lang", "ru-RU,ru"),
		chromedp.Flag("lang", "ru-RU"),
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(t.TempDir()),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// shots is where the screenshots go.
func shots(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("SENIM_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "senim-screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// shot saves a full-page screenshot of the current page as name.png.
func shot(t *testing.T, dir, name string) step {
	return chromedp.Func(func(ctx context.Context, tab *chromedp.Target) error {
		png, err := chromedp.FullScreenshot(100)(ctx, tab)
		if err != nil {
			return err
		}
		t.Logf("screenshot %s", filepath.Join(dir, name+".png"))
		return os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	})
}

// shotOf saves a screenshot of the first element sel selects as name.png.
func shotOf(t *testing.T, dir, name, sel string) step {
	return chromedp.Func(func(ctx context.Context, tab *chromedp.Target) error {
		png, err := chromedp.Screenshot(chromedp.CSS(sel))(ctx, tab)
		if err != nil {
			return err
		}
		t.Logf("screenshot %s", filepath.Join(dir, name+".png"))
		return os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644)
	})
}

// step is a browser action that returns nothing.
type step = chromedp.Action[chromedp.Void]

// run runs the steps and stops the test on the first that fails.
func run(t *testing.T, ctx context.Context, what string, steps ...step) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		url, _ := chromedp.Run(ctx, chromedp.Location())
		t.Fatalf("%s: %v (at %s)", what, err, url)
	}
}

// value runs an action that returns a value and stops the test if it fails.
func value[T any](t *testing.T, ctx context.Context, what string, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		url, _ := chromedp.Run(ctx, chromedp.Location())
		t.Fatalf("%s: %v (at %s)", what, err, url)
	}
	return v
}

// press clicks a button that sends a form and waits for the page that
// answers it: the old page is marked, and gone once the new one is there.
func press(sel string) step {
	return chromedp.Steps(
		chromedp.SetAttributeValue(chromedp.CSS("body"), "data-left", "1"),
		chromedp.Click(chromedp.CSS(sel)),
		chromedp.WaitNotPresent(chromedp.CSS("body[data-left]")),
		chromedp.WaitReady(chromedp.CSS("body")),
	)
}

// media emulates a CSS media type ("print"), or ends the emulation ("").
func media(kind string) step {
	return chromedp.Func(func(ctx context.Context, tab *chromedp.Target) error {
		_, err := cdp.Call(ctx, tab, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: kind})
		return err
	})
}

// visible reports whether the first element sel selects takes up room on
// the page.
func visible(t *testing.T, ctx context.Context, sel string) bool {
	t.Helper()
	return value(t, ctx, "visible "+sel, chromedp.Evaluate[bool](`(() => { const e = document.querySelector(`+"`"+sel+"`"+`); return !!e && e.getClientRects().length > 0 })()`))
}

// text is the visible text of the first element that sel selects.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return strings.TrimSpace(value(t, ctx, "read "+sel, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible)))
}

func TestBrowserCitizen(t *testing.T) {
	e := newEnv(t)
	e.submit(validAppeal)
	ctx := headless(t)
	dir := shots(t)
	u := e.srv.URL

	run(t, ctx, "home", chromedp.Navigate(u+"/"), chromedp.WaitVisible(chromedp.CSS("main h1")), shot(t, dir, "home"))
	if h := text(t, ctx, "main h1"); !strings.Contains(h, "Уровень доверия") {
		t.Fatalf("home in Russian by default: %q", h)
	}

	// The switcher turns the site Kazakh, and the choice stays.
	run(t, ctx, "switch to Kazakh", press(`.langs a[lang="kk"]`), chromedp.WaitVisible(chromedp.CSS(`.langs a[lang="kk"][aria-current]`)),
		shot(t, dir, "home-kk"))
	if h := text(t, ctx, "main h1"); !strings.Contains(h, "Сенім деңгейі") {
		t.Fatalf("home after switching to Kazakh: %q", h)
	}
	run(t, ctx, "territory in Kazakh", chromedp.Navigate(u+"/t/350000000"), chromedp.WaitVisible(chromedp.CSS("main h1")))
	htmlLang := value(t, ctx, "page language", chromedp.AttributeValue(chromedp.CSS("html"), "lang")).Value
	if h := text(t, ctx, "main h1"); htmlLang != "kk" || !strings.Contains(h, "Қарағанды") {
		t.Fatalf("territory page after switching: lang %q, %q", htmlLang, h)
	}
	run(t, ctx, "back to Russian", press(`.langs a[lang="ru"]`), chromedp.WaitVisible(chromedp.CSS(`.langs a[lang="ru"][aria-current]`)),
		shot(t, dir, "territory"))

	// A citizen submits an appeal: forgetting the consent is explained next
	// to the box, and what was typed stays.
	run(t, ctx, "submit form",
		chromedp.Navigate(u+"/submit"), chromedp.WaitVisible(chromedp.ID("name")),
		chromedp.SendKeys(chromedp.ID("name"), "Бауыржан Сериков"),
		chromedp.SendKeys(chromedp.ID("phone"), "+7 701 555 12 34"),
		chromedp.SetValue(chromedp.ID("territory"), "350000000"),
		chromedp.SetValue(chromedp.ID("category"), "roads"),
		chromedp.SendKeys(chromedp.ID("text"), "Во дворе дома 12 по улице Ерубаева яма на дороге уже месяц."),
		shot(t, dir, "submit"),
		chromedp.RemoveAttribute(chromedp.ID("consent"), "required"), // as a browser without validation would send it
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.ID("consent-err")),
	)
	kept := value(t, ctx, "typed text kept", chromedp.Value(chromedp.ID("name")))
	if kept != "Бауыржан Сериков" {
		t.Fatalf("the name typed was lost: %q", kept)
	}
	run(t, ctx, "submit with consent",
		chromedp.Click(chromedp.ID("consent")),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.CSS(".done .code")),
		shot(t, dir, "submitted"),
	)
	number := text(t, ctx, ".done dl div:first-child dd")
	code := text(t, ctx, ".done .code")
	if !strings.Contains(number, "-2026-") || len(code) != 10 {
		t.Fatalf("number %q, code %q", number, code)
	}

	// Tracking by number and code shows the status, and no personal data.
	run(t, ctx, "track",
		chromedp.Navigate(u+"/track"), chromedp.WaitVisible(chromedp.ID("number")),
		chromedp.SendKeys(chromedp.ID("number"), number),
		chromedp.SendKeys(chromedp.ID("code"), code),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.ID("st")),
		shot(t, dir, "track"),
	)
	page := value(t, ctx, "tracked page", chromedp.Text(chromedp.CSS("main")))
	if !strings.Contains(page, "Зарегистрировано") || strings.Contains(page, "Сериков") || strings.Contains(page, "555") {
		t.Fatalf("tracked appeal shows:\n%s", page)
	}
	run(t, ctx, "track with a wrong code",
		chromedp.Navigate(u+"/track?number="+number+"&code=AAAAAAAAAA"), chromedp.WaitVisible(chromedp.CSS(".problem")))

	// The home page on a 360 px phone.
	run(t, ctx, "phone", chromedp.EmulateViewport(360, 740), chromedp.Navigate(u+"/"), chromedp.WaitVisible(chromedp.CSS("main h1")), shot(t, dir, "home-phone"))
	if value(t, ctx, "no sideways scroll", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`)) {
		t.Error("the home page scrolls sideways on a 360 px screen")
	}
}

func TestBrowserOperator(t *testing.T) {
	e := newEnv(t)
	storetest.NewUser(t, e.db, "aigerim", senim.RoleOperator, "350000000")
	e.submit(validAppeal)
	other := e.submit(strings.Replace(validAppeal, `"350000000"`, `"270000000"`, 1))
	ctx := headless(t)
	dir := shots(t)
	u := e.srv.URL

	run(t, ctx, "sign in",
		chromedp.Navigate(u+"/staff"), chromedp.WaitVisible(chromedp.ID("login")),
		shot(t, dir, "signin"),
		chromedp.SendKeys(chromedp.ID("login"), "aigerim"),
		chromedp.SendKeys(chromedp.ID("password"), "correct horse battery"),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.CSS("table.appeals")),
		shot(t, dir, "queue"),
	)

	// Register an appeal that came by phone; a missing text is named next
	// to its field.
	run(t, ctx, "register",
		chromedp.Navigate(u+"/staff/register"), chromedp.WaitVisible(chromedp.ID("channel")),
		chromedp.SetValue(chromedp.ID("channel"), "phone"),
		chromedp.SendKeys(chromedp.ID("name"), "Гульнара Ахметова"),
		chromedp.SendKeys(chromedp.ID("phone"), "87015551122"),
		chromedp.SetValue(chromedp.ID("territory"), "350000000"),
		chromedp.SetValue(chromedp.ID("category"), "housing"),
		chromedp.RemoveAttribute(chromedp.ID("text"), "required"),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.ID("text-err")),
		shot(t, dir, "register-error"),
		chromedp.SendKeys(chromedp.ID("text"), "Нет отопления в квартире с начала сезона."),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.CSS("ol.timeline")),
	)
	if s := text(t, ctx, ".ticket div:first-child dd"); !strings.Contains(s, "Зарегистрировано") {
		t.Fatalf("registered appeal's status: %q", s)
	}
	run(t, ctx, "take, forward",
		press(`button[value="take"]`),
		chromedp.WaitVisible(chromedp.ID("f-body")),
		chromedp.SetValue(chromedp.ID("f-body"), e.body.ID),
		chromedp.SendKeys(chromedp.ID("f-letter"), "01-12/345"),
		chromedp.SetValue(chromedp.ID("f-letter-date"), "2026-03-02"),
		press(`button[value="forward"]`),
		chromedp.WaitVisible(chromedp.ID("f-answer")),
		shot(t, dir, "appeal-forwarded"),
	)
	run(t, ctx, "answer, close",
		chromedp.SendKeys(chromedp.ID("f-answer"), "Отопление подключено 3 марта, акт приложен."),
		press(`button[value="answer"]`),
		chromedp.WaitVisible(chromedp.ID("f-outcome")),
		chromedp.SetValue(chromedp.ID("f-outcome"), "solved"),
		press(`button[value="close"]`),
		chromedp.WaitNotPresent(chromedp.ID("f-outcome")),
		shot(t, dir, "appeal-closed"),
	)
	if s := text(t, ctx, ".ticket div:first-child dd"); !strings.Contains(s, "Закрыто") || !strings.Contains(s, "Решено положительно") {
		t.Fatalf("closed appeal's status: %q", s)
	}
	history := value(t, ctx, "history", chromedp.Text(chromedp.CSS("ol.timeline")))

	// Printed, the appeal card keeps its facts and history and drops the
	// forms and the menus.
	run(t, ctx, "print the card", media("print"), shot(t, dir, "appeal-print"))
	if visible(t, ctx, ".actions") || visible(t, ctx, ".top nav") || !visible(t, ctx, "ol.timeline") || !visible(t, ctx, ".ticket") {
		t.Error("the printed appeal card shows forms or menus, or lacks its facts")
	}
	run(t, ctx, "screen again", media(""))
	for _, want := range []string{"Зарегистрировано", "01-12/345", "Отопление подключено"} {
		if !strings.Contains(history, want) {
			t.Errorf("history lacks %q:\n%s", want, history)
		}
	}

	// The list finds it by a word of its text; statistics draw their charts.
	run(t, ctx, "list",
		chromedp.Navigate(u+"/staff/appeals"), chromedp.WaitVisible(chromedp.ID("q")),
		chromedp.SendKeys(chromedp.ID("q"), "отопления"),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.CSS("table.appeals")),
		shot(t, dir, "list"),
	)
	if rows := value(t, ctx, "rows", chromedp.Evaluate[int](`document.querySelectorAll("table.appeals tbody tr").length`)); rows != 1 {
		t.Errorf("search for its text finds %d appeals, want 1", rows)
	}
	run(t, ctx, "stats", chromedp.Navigate(u+"/staff/stats"), chromedp.WaitVisible(chromedp.CSS("figure.chart svg")), shot(t, dir, "stats"))
	if bars := value(t, ctx, "bars", chromedp.Evaluate[int](`document.querySelectorAll("svg.bar").length`)); bars == 0 {
		t.Error("statistics draw no bars")
	}
	run(t, ctx, "print the statistics", media("print"), shot(t, dir, "stats-print"))
	if visible(t, ctx, "form.filters") || !visible(t, ctx, "svg.bar") || !visible(t, ctx, "figure.chart") {
		t.Error("the printed statistics show the filters, or lack their charts")
	}
	run(t, ctx, "screen again", media(""))

	// Another oblast's appeal is not there for this operator.
	run(t, ctx, "other oblast", chromedp.Navigate(u+"/staff/appeals/"+other.ID), chromedp.WaitVisible(chromedp.CSS("main h1")))
	if h := text(t, ctx, "main h1"); h != "Страница не найдена" {
		t.Fatalf("another oblast's appeal: %q", h)
	}
}

// An operator plans a reception, registers a visitor's appeal at it and
// holds it; the report and the public schedule show it, the schedule
// readable on a phone.
func TestBrowserReceptions(t *testing.T) {
	e := newEnv(t)
	storetest.NewUser(t, e.db, "aigerim", senim.RoleOperator, "350000000")
	deputy := storetest.NewOfficial(t, e.db, "350000000", "deputy", "Ахметов Серик Болатович")
	storetest.NewOfficial(t, e.db, "350000000", "deputy_akim", "Иванова Мария Петровна")
	ctx := headless(t)
	dir := shots(t)
	u := e.srv.URL

	run(t, ctx, "sign in",
		chromedp.Navigate(u+"/staff/receptions"), chromedp.WaitVisible(chromedp.ID("login")),
		chromedp.SendKeys(chromedp.ID("login"), "aigerim"),
		chromedp.SendKeys(chromedp.ID("password"), "correct horse battery"),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.ID("plan")),
	)
	// It began an hour ago (the clock stands at 10:00): the visitor's form is there.
	run(t, ctx, "plan",
		chromedp.SetValue(chromedp.ID("official"), deputy.ID),
		chromedp.SetValue(chromedp.ID("office"), e.office.Code),
		chromedp.SetValue(chromedp.ID("starts"), "2026-03-02T09:00"),
		chromedp.SetValue(chromedp.ID("ends"), "2026-03-02T12:00"),
		chromedp.SendKeys(chromedp.ID("topic"), "Жилищные вопросы"),
		shot(t, dir, "receptions"),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.ID("visitor")),
		shot(t, dir, "reception-planned"),
	)
	reception := value(t, ctx, "the reception's address", chromedp.Location())
	run(t, ctx, "a visitor",
		chromedp.SendKeys(chromedp.ID("name"), "Гульнара Ахметова"),
		chromedp.SetValue(chromedp.ID("category"), "housing"),
		chromedp.SendKeys(chromedp.ID("text"), "Нет отопления в квартире с начала сезона."),
		press("#visitor ~ form button[type=submit]"),
		chromedp.WaitVisible(chromedp.CSS("ol.timeline")),
	)
	if s := text(t, ctx, ".ticket"); !strings.Contains(s, "Приём граждан") {
		t.Fatalf("the visitor's appeal does not say it came from a reception:\n%s", s)
	}
	run(t, ctx, "hold",
		chromedp.Navigate(reception), chromedp.WaitVisible(chromedp.ID("consulted")),
		chromedp.SetValue(chromedp.ID("consulted"), "3"),
		press("#hold ~ form button[type=submit]"),
		chromedp.WaitVisible(chromedp.CSS("dl.ticket")),
		shot(t, dir, "reception-held"),
	)
	if s := text(t, ctx, "dl.ticket"); !strings.Contains(s, "Проведён") || !strings.Contains(s, "получили ответ на месте: 3, обращений: 1") {
		t.Fatalf("the held reception:\n%s", s)
	}

	run(t, ctx, "report",
		chromedp.Navigate(u+"/staff/receptions/report?from=2026-01-01&to=2026-03-31"), chromedp.WaitVisible(chromedp.CSS("main table")),
		shot(t, dir, "reception-report"),
	)
	if s := text(t, ctx, "main ul.plain"); !strings.Contains(s, "Иванова Мария Петровна") || strings.Contains(s, "Ахметов") {
		t.Fatalf("those who held none:\n%s", s)
	}

	run(t, ctx, "schedule on a phone", chromedp.EmulateViewport(360, 740),
		chromedp.Navigate(u+"/receptions?territory=350000000"), chromedp.WaitVisible(chromedp.CSS("main h1")),
		shot(t, dir, "schedule-phone"))
	if value(t, ctx, "no sideways scroll", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`)) {
		t.Error("the schedule scrolls sideways on a 360 px screen")
	}
}

// The programme pages as a citizen sees them — the national page, a
// programme, an indicator's chart — on a desktop and on a 360 px phone, and
// printed; and an indicator's staff page with its form.
func TestBrowserProgrammes(t *testing.T) {
	e := newEnv(t)
	storetest.NewUser(t, e.db, "kar_branch", senim.RoleBranch, "350000000")
	pr := storetest.NewProgramme(t, e.db, "350000000", e.body)
	storetest.NewProgramme(t, e.db, "270000000", storetest.NewBody(t, e.db, "270000000"))
	storetest.NewProgramme(t, e.db, senim.CountryKATO, e.body)
	e.clock.Set(storetest.At("2028-06-15"))
	ind := pr.Directions[0].Indicators[0]
	branch := storetest.Staff(senim.RoleBranch, "350000000")
	for i, v := range []float64{43, 44.5, 46, 47, 49, 50.5, 51, 52.5, 53} {
		asOf := senim.MustDate("2026-03-31").AddMonths(3 * i)
		if _, err := e.db.AddMeasurement(branch, ind.ID, senim.MeasurementInput{Value: &v, AsOf: asOf.String(), Source: "Управление здравоохранения",
			Link: "https://example.kz/report"}); err != nil {
			t.Fatal(err)
		}
	}
	member := storetest.Staff(senim.RoleCouncil, "350000000")
	council, err := e.db.CreateCouncil(member, senim.CouncilInput{Territory: "350000000", Name: senim.Names{RU: "Общественный совет по здравоохранению"},
		Direction: pr.Directions[0].ID, Created: "2026-01-15"})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []senim.CouncilMemberInput{{Name: "Касымова Айгуль Сериковна", Role: "chair", Since: "2026-01-15"},
		{Name: "Ахметов Серик Болатович", Role: "member", Since: "2026-01-15"}} {
		if _, err := e.db.AddCouncilMember(member, council.ID, in); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.db.AddMeeting(member, council.ID, senim.MeetingInput{On: "2028-02-10", Agenda: "Очереди в поликлиниках Караганды",
		Minutes: "Решили обратиться в управление.", Attended: 14}); err != nil {
		t.Fatal(err)
	}
	for _, title := range []string{"Нет педиатра в амбулатории села Топар", "Очередь на МРТ больше трёх месяцев"} {
		if _, err := e.db.TakeIssue(member, council.ID, senim.IssueInput{Title: title, Owner: "Депутат Ахметов С.", Taken: "2028-03-01", Deadline: "2028-06-01",
			Indicators: []string{ind.ID}}); err != nil {
			t.Fatal(err)
		}
	}
	wko := storetest.Staff(senim.RoleCouncil, "270000000")
	if c, err := e.db.CreateCouncil(wko, senim.CouncilInput{Territory: "270000000", Name: senim.Names{RU: "Совет по ЖКХ"}, Created: "2026-01-15"}); err == nil {
		e.db.TakeIssue(wko, c.ID, senim.IssueInput{Title: "Нет воды", Owner: "Аким", Deadline: "2028-09-01"})
	}
	ctx := headless(t)
	dir := shots(t)
	u := e.srv.URL
	sideways := func(what string) {
		t.Helper()
		if value(t, ctx, "no sideways scroll", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`)) {
			t.Errorf("%s scrolls sideways on a 360 px screen", what)
		}
	}

	run(t, ctx, "the national page", chromedp.Navigate(u+"/programmes"), chromedp.WaitVisible(chromedp.CSS("table.parts")), shot(t, dir, "programmes"))
	if n := value(t, ctx, "programme rows", chromedp.Evaluate[int](`document.querySelectorAll("table.progs tbody tr:not(.group)").length`)); n != 3 {
		t.Errorf("the national page lists %d programmes, want 3", n)
	}
	run(t, ctx, "a programme", chromedp.Navigate(u+"/programmes/"+pr.ID), chromedp.WaitVisible(chromedp.CSS("table.inds")), shot(t, dir, "programme"))
	run(t, ctx, "print the programme", media("print"), shot(t, dir, "programme-print"))
	if visible(t, ctx, ".top nav") || !visible(t, ctx, "table.inds") || !visible(t, ctx, "table.measures") {
		t.Error("the printed programme shows the menus, or lacks its tables")
	}
	run(t, ctx, "screen again", media(""))
	run(t, ctx, "an indicator", chromedp.Navigate(u+"/indicators/"+ind.ID), chromedp.WaitVisible(chromedp.CSS("figure.chart svg")), shot(t, dir, "indicator"),
		shotOf(t, dir, "indicator-chart", "figure.chart"))
	if n := value(t, ctx, "points", chromedp.Evaluate[int](`document.querySelectorAll("figure.chart circle.pt").length`)); n != 10 {
		t.Errorf("the chart draws %d points, want 10", n)
	}
	if s := text(t, ctx, "p.why"); !strings.Contains(s, "53") {
		t.Errorf("the status in words: %q", s)
	}
	run(t, ctx, "print the indicator", media("print"), shot(t, dir, "indicator-print"))
	if !visible(t, ctx, "figure.chart svg") || visible(t, ctx, ".langs") {
		t.Error("the printed indicator lacks its chart or shows the menus")
	}
	run(t, ctx, "screen again", media(""))
	run(t, ctx, "the methodology", chromedp.Navigate(u+"/methodology/programmes"), chromedp.WaitVisible(chromedp.CSS("table.rules")), shot(t, dir, "methodology"))
	run(t, ctx, "the councils", chromedp.Navigate(u+"/councils"), chromedp.WaitVisible(chromedp.CSS("table.issue-parts")), shot(t, dir, "councils"))
	if n := value(t, ctx, "regions", chromedp.Evaluate[int](`document.querySelectorAll("table.issue-parts tbody tr").length`)); n != 2 {
		t.Errorf("the councils' page counts issues in %d regions, want 2", n)
	}
	run(t, ctx, "a council", chromedp.Navigate(u+"/councils/"+council.ID), chromedp.WaitVisible(chromedp.CSS("table.issues")), shot(t, dir, "council"))
	if page := value(t, ctx, "the council's page", chromedp.Text(chromedp.CSS("main"))); !strings.Contains(page, "Касымова Айгуль Сериковна") ||
		!strings.Contains(page, "Очереди в поликлиниках Караганды") {
		t.Errorf("the council's page lacks its chair or its meeting:\n%s", page)
	}

	run(t, ctx, "phone", chromedp.EmulateViewport(360, 740))
	run(t, ctx, "the national page on a phone", chromedp.Navigate(u+"/programmes"), chromedp.WaitVisible(chromedp.CSS("main h1")), shot(t, dir, "programmes-phone"))
	sideways("the national page")
	run(t, ctx, "a programme on a phone", chromedp.Navigate(u+"/programmes/"+pr.ID), chromedp.WaitVisible(chromedp.CSS("main h1")), shot(t, dir, "programme-phone"))
	sideways("the programme's page")
	run(t, ctx, "an indicator on a phone", chromedp.Navigate(u+"/indicators/"+ind.ID), chromedp.WaitVisible(chromedp.CSS("figure.chart svg")), shot(t, dir, "indicator-phone"),
		shotOf(t, dir, "indicator-chart-phone", "figure.chart"))
	sideways("the indicator's page")
	if w := value(t, ctx, "chart width", chromedp.Evaluate[float64](`document.querySelector("figure.chart svg").getBoundingClientRect().width`)); w < 300 || w > 360 {
		t.Errorf("the chart is %.0f px wide on a 360 px screen", w)
	}
	run(t, ctx, "the navigation wraps", chromedp.Navigate(u+"/councils"), chromedp.WaitVisible(chromedp.CSS("main h1")), shot(t, dir, "councils-phone"))
	sideways("the councils' page")

	// The staff page of the indicator: the form to enter a value.
	run(t, ctx, "desktop", chromedp.EmulateViewport(1280, 900))
	run(t, ctx, "sign in",
		chromedp.Navigate(u+"/staff/indicators/"+ind.ID), chromedp.WaitVisible(chromedp.ID("login")),
		chromedp.SendKeys(chromedp.ID("login"), "kar_branch"),
		chromedp.SendKeys(chromedp.ID("password"), "correct horse battery"),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.ID("measure")),
		chromedp.SendKeys(chromedp.ID("value"), "101"),
		chromedp.SetValue(chromedp.ID("as_of"), "2028-06-01"),
		press("#measure ~ form button[type=submit]"),
		chromedp.WaitVisible(chromedp.ID("value-err")),
		shot(t, dir, "indicator-staff"),
	)
	if s := text(t, ctx, "#value-err"); !strings.Contains(s, "100") {
		t.Errorf("a percentage above 100: %q", s)
	}
}

// TestBrowserRating reads the published rating as a citizen would: the
// list, narrowed to a faction with the form, a deputy's breakdown and
// history chart, the factions, on a desktop and on a phone.
func TestBrowserRating(t *testing.T) {
	e := newRatingEnv(t)
	e.ok(201, nil, "POST", "/api/v1/rating/methods", defaultMethod(t), e.central)
	e.ok(201, nil, "POST", "/api/v1/rating/runs", `{"period": "2025Q4", "method": 1}`, e.central)
	e.ok(200, nil, "POST", "/api/v1/rating/methods/1/publish", "", e.central)
	ctx := headless(t)
	dir := shots(t)
	u := e.srv.URL
	rows := func() int {
		return value(t, ctx, "rows", chromedp.Evaluate[int](`document.querySelectorAll("table.rating tbody tr").length`))
	}

	run(t, ctx, "the rating", chromedp.Navigate(u+"/rating"), chromedp.WaitVisible(chromedp.CSS("table.rating")), shot(t, dir, "rating"))
	if n := rows(); n != 3 {
		t.Errorf("the rating lists %d deputies, want 3", n)
	}
	run(t, ctx, "narrow to the own faction", chromedp.SetValue(chromedp.CSS("#faction"), "own"), press("form.filters button"),
		chromedp.WaitVisible(chromedp.CSS("table.rating")), shot(t, dir, "rating-faction"))
	if n, page := rows(), value(t, ctx, "the list", chromedp.Text(chromedp.CSS("table.rating"))); n != 2 || strings.Contains(page, "Ахметова Айгуль") {
		t.Errorf("the own faction's list has %d rows:\n%s", n, page)
	}
	run(t, ctx, "a deputy", chromedp.Click(chromedp.CSS(`a[href="/rating/deputies/`+e.elected+`"]`)),
		chromedp.WaitVisible(chromedp.CSS("table.breakdown")), shot(t, dir, "deputy"))
	if n := value(t, ctx, "inputs", chromedp.Evaluate[int](`document.querySelectorAll("table.breakdown tbody tr").length`)); n != len(senim.RatingInputs) {
		t.Errorf("the breakdown has %d inputs", n)
	}
	if n := value(t, ctx, "points", chromedp.Evaluate[int](`document.querySelectorAll("figure.chart circle.pt").length`)); n != 1 {
		t.Errorf("the history chart draws %d points, want 1", n)
	}
	run(t, ctx, "the factions", chromedp.Navigate(u+"/rating/factions"), chromedp.WaitVisible(chromedp.CSS("table.factions")), shot(t, dir, "factions"))

	run(t, ctx, "phone", chromedp.EmulateViewport(360, 740))
	for _, path := range []string{"/rating", "/rating/deputies/" + e.elected, "/methodology/rating"} {
		run(t, ctx, path+" on a phone", chromedp.Navigate(u+path), chromedp.WaitVisible(chromedp.CSS("main h1")))
		if value(t, ctx, "no sideways scroll", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`)) {
			t.Errorf("%s scrolls sideways on a 360 px screen", path)
		}
	}
	run(t, ctx, "the rating on a phone", chromedp.Navigate(u+"/rating"), shot(t, dir, "rating-phone"))
}

// The party as a branch's staff member uses it: the members' list, the
// admission form with a mistake named at its field, the card; and the
// public membership page with its age pyramid, on a phone too.
func TestBrowserParty(t *testing.T) {
	e := newEnv(t)
	if _, err := e.db.ImportTerritories(storetest.System(), []*senim.Territory{{Code: "351600000", NameRU: "Абайский район", NameKK: "Абай ауданы"}}); err != nil {
		t.Fatal(err)
	}
	o := storetest.NewOrg(t, e.db, "351600000", "35-0001")
	for i, birth := range []string{"1958-03-01", "1975-11-20", "1990-07-07", "2001-01-30"} {
		sex := senim.Male
		if i%2 == 1 {
			sex = senim.Female
		}
		storetest.NewMember(t, e.db, o, storetest.IIN(t, birth, sex, 30), "2020-0"+strconv.Itoa(i+1)+"-01")
	}
	storetest.NewUser(t, e.db, "branch", senim.RoleBranch, "350000000")
	ctx := headless(t)
	dir := shots(t)
	u := e.srv.URL
	iin := storetest.IIN(t, "1996-02-12", senim.Female, 40)

	run(t, ctx, "sign in",
		chromedp.Navigate(u+"/staff/members"), chromedp.WaitVisible(chromedp.ID("login")),
		chromedp.SendKeys(chromedp.ID("login"), "branch"),
		chromedp.SendKeys(chromedp.ID("password"), "correct horse battery"),
		press("main form button[type=submit]"),
		chromedp.WaitVisible(chromedp.ID("admit")), shot(t, dir, "members"))
	if n := value(t, ctx, "rows", chromedp.Evaluate[int](`document.querySelectorAll("main table tbody tr").length`)); n != 4 {
		t.Errorf("the list has %d members, want 4", n)
	}
	run(t, ctx, "a wrong IIN",
		chromedp.SendKeys(chromedp.ID("iin"), "12345"),
		chromedp.SendKeys(chromedp.ID("name"), "Жанар Бекова"),
		chromedp.SendKeys(chromedp.ID("organisation"), "35-0001"),
		press(`form input[value="admit"] ~ p button`),
		chromedp.WaitVisible(chromedp.ID("iin-err")), shot(t, dir, "admit-error"))
	run(t, ctx, "admit",
		chromedp.SetValue(chromedp.ID("iin"), iin),
		press(`form input[value="admit"] ~ p button`),
		chromedp.WaitVisible(chromedp.CSS("dl.member-card")), shot(t, dir, "member"))
	if card := value(t, ctx, "card", chromedp.Text(chromedp.CSS("dl.member-card"))); !strings.Contains(card, iin) || !strings.Contains(card, "12.02.1996") {
		t.Errorf("the card lacks the IIN or the birth date read from it:\n%s", card)
	}

	run(t, ctx, "the public page", chromedp.Navigate(u+"/party?territory=350000000"), chromedp.WaitVisible(chromedp.CSS("figure.pyramid")), shot(t, dir, "party"))
	if n := value(t, ctx, "bars", chromedp.Evaluate[int](`document.querySelectorAll("figure.pyramid rect").length`)); n != 2*len(senim.AgeBands) {
		t.Errorf("the pyramid draws %d bars", n)
	}
	if page := value(t, ctx, "page", chromedp.Text(chromedp.CSS("main"))); strings.Contains(page, "Жанар") || strings.Contains(page, iin) {
		t.Error("the public page names a member")
	}
	run(t, ctx, "phone", chromedp.EmulateViewport(360, 740))
	for _, path := range []string{"/party?territory=350000000", "/staff/members"} {
		run(t, ctx, path+" on a phone", chromedp.Navigate(u+path), chromedp.WaitVisible(chromedp.CSS("main h1")))
		if value(t, ctx, "no sideways scroll", chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`)) {
			t.Errorf("%s scrolls sideways on a 360 px screen", path)
		}
	}
	run(t, ctx, "the party on a phone", chromedp.Navigate(u+"/party?territory=350000000"), shot(t, dir, "party-phone"))
}
