// Command senim runs the Senim platform: the web server and the tools
// around it (demo data, imports, accounts). Run "senim help" for the list.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	nethttp "net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/demo"
	"github.com/senim-kz/senim/exchange"
	"github.com/senim-kz/senim/http"
	"github.com/senim-kz/senim/store"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	os.Exit(m.Run(ctx, os.Args[1:]))
}

// Main is the program, with its inputs and outputs, so that tests run it
// whole in-process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	// Ready, when set, receives the server's address once it listens.
	Ready chan<- string
}

const usage = `Senim — public reception offices, appeals and their control.

Usage: senim COMMAND [flags]

Commands:
  serve               run the web server (--demo fills an empty store with a demo country)
  demo                fill the store with a deterministic demo country
  import kato FILE    import the classifier of territories (CSV or XLSX)
  import members FILE import party members (CSV or XLSX): all of them, or none
  export members      write the party's members as CSV or XLSX (with IINs)
  user add            add a staff account (the password is read from standard input)
  apikey add          add an API key for another program; the key is printed last
  rating compute      compute the rating of deputies for a period (CSV), from the store or the downloads
  calendar set        record a transfer of days off or the year's Kurban Ait
  category set        add a category of appeals or change its names and answer term
  verify              check the audit trail and recount the statistics' totals
  version             print the version

Every command takes --db (or SENIM_DB): an SQLite file (default senim.db) or a
postgres:// URL. Run "senim COMMAND --help" for a command's flags.

Votes in polls are kept under keys signed with a secret: the text of the file
SENIM_POLL_SECRET_FILE (or SENIM_POLL_SECRET), kept apart from the database;
without one the store makes its own and keeps it in the database.
`

// Run runs one command and returns the process's exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return 2
	}
	var err error
	switch cmd, rest := args[0], args[1:]; {
	case len(pairs[cmd]) > 0:
		var lines []string
		for _, p := range pairs[cmd] {
			if len(rest) > 0 && rest[0] == p.sub {
				err = p.run(m, ctx, rest[1:])
				break
			}
			lines = append(lines, "senim "+cmd+" "+p.sub+" "+p.usage)
		}
		if len(lines) == len(pairs[cmd]) {
			err = usageError("usage: " + strings.Join(lines, "\n       "))
		}
	case cmd == "serve":
		err = m.serve(ctx, rest)
	case cmd == "demo":
		err = m.demo(ctx, rest)
	case cmd == "verify":
		err = m.verify(ctx, rest)
	case cmd == "version" || cmd == "--version":
		fmt.Fprintln(m.Stdout, "senim", version)
	case cmd == "help" || cmd == "-h" || cmd == "--help":
		fmt.Fprint(m.Stdout, usage)
	default:
		err = usageError(fmt.Sprintf("unknown command %q\n\n%s", cmd, usage))
	}
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintln(m.Stderr, string(ue))
		return 2
	}
	fmt.Fprintln(m.Stderr, "senim:", describe(err))
	return 1
}

// pairs are the commands of two words: the second word (sub), the flags
// to show when it is missing, and what runs.
var pairs = map[string][]struct {
	sub, usage string
	run        func(*Main, context.Context, []string) error
}{
	"import":   {{"kato", "[--db DSN] FILE", (*Main).importKATO}, {"members", "[--db DSN] FILE", (*Main).importMembers}},
	"export":   {{"members", "[--db DSN] [--territory KATO] [--format csv|xlsx] [--lang ru|kk|en] [--out FILE]", (*Main).exportMembers}},
	"user":     {{"add", "--login LOGIN --role ROLE --territory KATO [--name NAME]", (*Main).userAdd}},
	"apikey":   {{"add", "--name NAME --role ROLE --territory KATO", (*Main).apikeyAdd}},
	"calendar": {{"set", "--day YYYY-MM-DD --kind working|off|kurban [--note TEXT]", (*Main).calendarSet}},
	"rating":   {{"compute", "--period 2025Q1 [--method N] [--store] | --inputs FILE --method-file FILE", (*Main).ratingCompute}},
	"category": {{"set", "--code CODE [--days N] [--name-ru …] [--name-kk …] [--name-en …]", (*Main).categorySet}},
}

type usageError string

func (e usageError) Error() string { return string(e) }

// describe turns an error into a sentence for the terminal.
func describe(err error) string {
	var e *senim.Error
	if errors.As(err, &e) {
		return http.Message("en", err)
	}
	return err.Error()
}

// flags returns a flag set with --db, whose usage goes to stderr.
func (m *Main) flags(name, summary string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", m.env("SENIM_DB", "senim.db"), "the store: an SQLite file or a postgres:// URL (SENIM_DB)")
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: senim %s [flags]\n\n%s\n\nFlags:\n", name, summary)
		fs.PrintDefaults()
	}
	return fs, db
}

func (m *Main) env(name, def string) string {
	if v := m.Getenv(name); v != "" {
		return v
	}
	return def
}

func (m *Main) logger(level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: l}))
}

func (m *Main) open(ctx context.Context, dsn string, log *slog.Logger) (*store.DB, error) {
	db, err := store.Open(ctx, dsn, store.Options{Logger: log})
	if err != nil {
		return nil, fmt.Errorf("open the store %s: %w", store.Redact(dsn), err)
	}
	if err := m.pollSecret(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// pollSecret gives the store the secret that voters' keys in polls are
// signed with, when it is kept outside the database: the file named by
// SENIM_POLL_SECRET_FILE (its text, spaces around it aside) or
// SENIM_POLL_SECRET. Without either the store makes one and keeps it in
// the database (docs/polls.md says what that protects less).
func (m *Main) pollSecret(ctx context.Context, db *store.DB) error {
	secret := m.Getenv("SENIM_POLL_SECRET")
	if f := m.Getenv("SENIM_POLL_SECRET_FILE"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("read SENIM_POLL_SECRET_FILE: %w", err)
		}
		secret = strings.TrimSpace(string(b))
	}
	if secret == "" {
		return nil
	}
	if err := db.UsePollSecret(ctx, []byte(secret)); err != nil {
		return fmt.Errorf("the poll secret: %w", err)
	}
	return nil
}

// withStore opens the store quietly for a command, runs fn acting as the
// system, and closes the store.
func (m *Main) withStore(ctx context.Context, dsn string, fn func(context.Context, *store.DB) error) error {
	db, err := m.open(ctx, dsn, m.logger("warn"))
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(senim.WithActor(ctx, senim.System), db)
}

func (m *Main) serve(ctx context.Context, args []string) error {
	fs, dsn := m.flags("serve", "Runs the web server and the JSON API.")
	addr := fs.String("addr", m.env("SENIM_ADDR", "127.0.0.1:8080"), "the address to listen on (SENIM_ADDR)")
	withDemo := fs.Bool("demo", false, "fill an empty store with the demo country first")
	demoAppeals := fs.Int("demo-appeals", demo.DefaultAppeals, "how many appeals the demo country gets")
	demoMembers := fs.Int("demo-members", demo.DemoMembers, "how many party members the demo country gets")
	logLevel := fs.String("log-level", m.env("SENIM_LOG_LEVEL", "info"), "debug, info, warn or error (SENIM_LOG_LEVEL)")
	perMinute := fs.Float64("submit-rate", 10, "appeals one address may submit a minute without an API key")
	trustProxy := fs.Bool("trust-proxy", false, "take the client's address from X-Forwarded-For (behind a proxy only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := m.logger(*logLevel)
	db, err := m.open(ctx, *dsn, log)
	if err != nil {
		return err
	}
	defer db.Close()
	if *withDemo {
		empty, err := demo.Empty(ctx, db)
		if err != nil {
			return err
		}
		if empty {
			log.Info("filling the store with the demo country", "appeals", *demoAppeals)
			start := time.Now()
			if err := demo.Generate(ctx, db, demo.Options{Appeals: *demoAppeals, Members: *demoMembers, Log: log}); err != nil {
				return err
			}
			log.Info("demo country ready", "duration", time.Since(start).Round(time.Millisecond))
		}
	}
	go func() {
		// The membership statistics count over a copy of every member kept
		// in memory: read it now rather than on the first visitor's count.
		start := time.Now()
		if err := db.WarmMembers(ctx); err != nil {
			log.Warn("reading the members for the statistics", "err", err)
			return
		}
		log.Info("membership statistics ready", "duration", time.Since(start).Round(time.Millisecond))
	}()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &nethttp.Server{
		Handler:           http.NewServer(db, log, http.Config{SubmitPerMinute: *perMinute, TrustProxy: *trustProxy}),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	log.Info("serving", "addr", "http://"+ln.Addr().String(), "store", db.Engine(), "db", store.Redact(*dsn), "version", version)
	if m.Ready != nil {
		m.Ready <- ln.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

func (m *Main) demo(ctx context.Context, args []string) error {
	fs, dsn := m.flags("demo", "Fills the store with a deterministic demo country: territories, offices,\nexecutive bodies and appeals with their histories, at the seeds' magnitudes.")
	appeals := fs.Int("appeals", demo.DefaultAppeals, "how many appeals to create (millions work, for benchmarks)")
	seed := fs.Uint64("seed", 1, "the random seed: the same seed gives the same country")
	members := fs.Int("members", demo.DemoMembers, "how many party members to create")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := m.logger("info")
	db, err := m.open(ctx, *dsn, log)
	if err != nil {
		return err
	}
	defer db.Close()
	empty, err := demo.Empty(ctx, db)
	if err != nil {
		return err
	}
	if !empty {
		return errors.New("the store already has offices or appeals: the demo country goes only into an empty store")
	}
	start := time.Now()
	if err := demo.Generate(ctx, db, demo.Options{Appeals: *appeals, Seed: *seed, Members: *members, Log: log}); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "demo country created: %d appeals in %s\n", *appeals, time.Since(start).Round(time.Millisecond))
	return nil
}

func (m *Main) importKATO(ctx context.Context, args []string) error {
	fs, dsn := m.flags("import kato FILE", "Imports the classifier of administrative-territorial objects (KATO) from\nCSV or XLSX. Columns are found by their headers (code/te, name_ru/rus_name,\nname_kk/kaz_name). Either every row is imported or, on any error, none.")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError("usage: senim import kato [--db DSN] FILE")
	}
	ts, err := exchange.ReadKATOFile(fs.Arg(0))
	if err != nil {
		return err
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		n, err := db.ImportTerritories(ctx, ts)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "imported %d territories\n", n)
		return nil
	})
}

func (m *Main) staffFlags(name, summary string) (*flag.FlagSet, *string, *string, *string) {
	fs, dsn := m.flags(name, summary)
	role := fs.String("role", "", "operator, official, branch, council, central or auditor")
	territory := fs.String("territory", "", "the KATO code of the territory it acts in (000000000: the whole country)")
	return fs, dsn, role, territory
}

func (m *Main) userAdd(ctx context.Context, args []string) error {
	fs, dsn, role, territory := m.staffFlags("user add", "Adds a staff account. The password is read from the first line of standard\ninput, so that it never appears in the shell's history.")
	login := fs.String("login", "", "the login")
	name := fs.String("name", "", "the person's full name")
	if err := fs.Parse(args); err != nil {
		return err
	}
	line, err := bufio.NewReader(m.Stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	hash, err := senim.HashPassword(strings.TrimRight(line, "\r\n"))
	if err != nil {
		return err
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		u := &senim.User{Login: *login, Name: *name, Role: senim.Role(*role), Territory: senim.KATO(*territory), PasswordHash: hash}
		if err := db.CreateUser(ctx, u); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "user %s added: %s in %s\n", u.Login, u.Role, u.Territory)
		return nil
	})
}

func (m *Main) apikeyAdd(ctx context.Context, args []string) error {
	fs, dsn, role, territory := m.staffFlags("apikey add", "Adds an API key for another program. The key is printed alone on the last\nline and never again: only its hash is kept.")
	name := fs.String("name", "", "what the key is for")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		secret := senim.NewAPIKeySecret()
		k := &senim.APIKey{Name: *name, Role: senim.Role(*role), Territory: senim.KATO(*territory), Hash: senim.HashSecret(secret)}
		if err := db.CreateAPIKey(ctx, k); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "API key %q added: %s in %s. Keep it now; it is not shown again:\n%s\n", k.Name, k.Role, k.Territory, secret)
		return nil
	})
}

func (m *Main) calendarSet(ctx context.Context, args []string) error {
	fs, dsn := m.flags("calendar set", "Records a government transfer of days (a weekend day made working, a working\nday made a day off) or the year's first day of Kurban Ait.")
	day := fs.String("day", "", "the date, YYYY-MM-DD")
	kind := fs.String("kind", "", "working, off or kurban")
	note := fs.String("note", "", "the decree or another note")
	if err := fs.Parse(args); err != nil {
		return err
	}
	d, err := senim.ParseDate(*day)
	if err != nil {
		return err
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		if err := db.SetCalendarDay(ctx, store.CalendarDay{Day: d, Kind: *kind, Note: *note}); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%s recorded as %s\n", d, *kind)
		return nil
	})
}

func (m *Main) verify(ctx context.Context, args []string) error {
	fs, dsn := m.flags("verify", "Checks that every appeal's history is whole (one event a version, no gap,\nthe last leading to its status) and that the running totals equal a recount.")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		rep, err := db.Verify(ctx)
		if err != nil {
			return err
		}
		for _, p := range rep.Problems {
			fmt.Fprintln(m.Stdout, p)
		}
		if len(rep.Problems) > 0 {
			return fmt.Errorf("%d problems found in %d appeals", len(rep.Problems), rep.Appeals)
		}
		fmt.Fprintf(m.Stdout, "verified: %d appeals, %d events, totals agree\n", rep.Appeals, rep.Events)
		return nil
	})
}

func (m *Main) categorySet(ctx context.Context, args []string) error {
	fs, dsn := m.flags("category set", "Adds a category of appeals, or changes an existing one's names and answer\nterm (working days; 15 by default). Deadlines already set are not moved.")
	code := fs.String("code", "", "the category's code: 2–32 lower-case Latin letters, digits or _")
	days := fs.Int("days", 0, "working days to answer (1–40); unchanged or 15 when not given")
	ru := fs.String("name-ru", "", "the name in Russian")
	kk := fs.String("name-kk", "", "the name in Kazakh")
	en := fs.String("name-en", "", "the name in English")
	if err := fs.Parse(args); err != nil {
		return err
	}
	return m.withStore(ctx, *dsn, func(ctx context.Context, db *store.DB) error {
		c := &senim.Category{Code: *code}
		cats, err := db.FindCategories(ctx)
		if err != nil {
			return err
		}
		for _, old := range cats {
			if old.Code == *code {
				c = old
			}
		}
		for _, f := range []struct {
			dst *string
			v   string
		}{{&c.NameRU, *ru}, {&c.NameKK, *kk}, {&c.NameEN, *en}} {
			if f.v != "" {
				*f.dst = f.v
			}
		}
		if *days != 0 {
			c.AnswerDays = *days
		}
		if c.Position == 0 {
			c.Position = len(cats)
		}
		if err := db.SaveCategory(ctx, c); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "category %s: %s, %d working days\n", c.Code, c.NameRU, c.AnswerDays)
		return nil
	})
}
