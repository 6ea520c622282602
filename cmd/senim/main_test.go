package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

// TestMain lets the test binary stand in for the senim program, so that
// the tests can run it as a real process and kill it.
func TestMain(m *testing.M) {
	if args := os.Getenv("SENIM_TEST_ARGS"); args != "" {
		var a []string
		if err := json.Unmarshal([]byte(args), &a); err != nil {
			panic(err)
		}
		os.Args = append([]string{"senim"}, a...)
		main()
		return
	}
	os.Exit(m.Run())
}

// run runs a command in-process and returns its exit code and output.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code := m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

// process is the program running as a child process.
type process struct {
	cmd  *exec.Cmd
	addr string
	logs *bytes.Buffer
}

var addrLine = regexp.MustCompile(`addr=http://([0-9.:]+)`)

// start runs "senim serve" in a child process and waits until it listens.
func start(t *testing.T, args ...string) *process {
	t.Helper()
	b, _ := json.Marshal(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...))
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "SENIM_TEST_ARGS="+string(b))
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: cmd, logs: &bytes.Buffer{}}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			p.logs.WriteString(line + "\n")
			if m := addrLine.FindStringSubmatch(line); m != nil {
				found <- m[1]
			}
		}
	}()
	select {
	case p.addr = <-found:
	case <-time.After(60 * time.Second):
		t.Fatalf("the server did not start:\n%s", p.logs)
	}
	return p
}

// prepare makes a store with an office in Karaganda and returns an API key.
func prepare(t *testing.T, dsn string) string {
	t.Helper()
	db, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := senim.WithActor(context.Background(), senim.System)
	if err := db.CreateOffice(ctx, &senim.Office{Code: "3501", Territory: "350000000", NameRU: "Приёмная", NameKK: "Қабылдау"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, out, errs := run(t, "", "apikey", "add", "--db", dsn, "--name", "load", "--role", "operator", "--territory", "350000000")
	if code != 0 {
		t.Fatalf("apikey add: %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	return lines[len(lines)-1]
}

const appealJSON = `{"applicant": {"name": "Ерлан Сейткали", "phone": "+7 701 555 44 33"}, "territory": "350000000",
	"category": "roads", "text": "Яма на дороге к школе, дети ходят по проезжей части."}`

// TestNothingAcknowledgedIsLost sends appeals without pause, kills the
// server with SIGKILL in the middle, restarts it, and checks that every
// appeal that got its 201 is there with its history, and that the totals
// count each appeal once.
func TestNothingAcknowledgedIsLost(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a server: not in -short")
	}
	t.Run("SQLite", func(t *testing.T) {
		killAndCheck(t, filepath.Join(t.TempDir(), "senim.db"))
	})
	t.Run("PostgreSQL", func(t *testing.T) {
		dsn := os.Getenv("SENIM_TEST_POSTGRES")
		if dsn == "" {
			t.Skip("PostgreSQL tests skipped: set SENIM_TEST_POSTGRES=postgres://user@host:5432/db to run them")
		}
		schema := fmt.Sprintf("senim_kill_%d", os.Getpid())
		admin, err := sql.Open("pgx", dsn)
		if err == nil {
			_, err = admin.Exec("CREATE SCHEMA " + schema)
		}
		if err != nil {
			t.Fatalf("PostgreSQL at SENIM_TEST_POSTGRES is not reachable: %v", err)
		}
		t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE"); admin.Close() })
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		killAndCheck(t, dsn+sep+"search_path="+schema)
	})
}

func killAndCheck(t *testing.T, dsn string) {
	key := prepare(t, dsn)
	p := start(t, "--db", dsn)
	var (
		mu    sync.Mutex
		acked = map[string]string{} // id → number
		sent  atomic.Int64
		stop  atomic.Bool
		wg    sync.WaitGroup
	)
	client := &http.Client{Timeout: 10 * time.Second}
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				req, _ := http.NewRequest("POST", "http://"+p.addr+"/api/v1/appeals", strings.NewReader(appealJSON))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+key)
				sent.Add(1)
				res, err := client.Do(req)
				if err != nil {
					continue // the server is gone: this one was never acknowledged
				}
				body, _ := io.ReadAll(res.Body)
				res.Body.Close()
				if res.StatusCode != 201 {
					continue
				}
				var c struct{ ID, Number string }
				if json.Unmarshal(body, &c) == nil {
					mu.Lock()
					acked[c.ID] = c.Number
					mu.Unlock()
				}
			}
		}()
	}
	// Kill it once a good number of appeals are through, mid-stream.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		mu.Lock()
		n := len(acked)
		mu.Unlock()
		if n >= 300 {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := p.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	p.cmd.Wait()
	time.Sleep(100 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if len(acked) < 50 {
		t.Fatalf("only %d appeals acknowledged before the kill:\n%s", len(acked), p.logs)
	}

	// The restarted server answers for every acknowledged appeal.
	p2 := start(t, "--db", dsn)
	for id, number := range acked {
		req, _ := http.NewRequest("GET", "http://"+p2.addr+"/api/v1/appeals/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+key)
		res, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var a struct {
			Number  string
			History []struct{ Action string }
		}
		json.NewDecoder(res.Body).Decode(&a)
		res.Body.Close()
		if res.StatusCode != 200 || a.Number != number || len(a.History) != 1 || a.History[0].Action != "register" {
			t.Fatalf("acknowledged appeal %s (%s) after the restart: status %d, %+v", number, id, res.StatusCode, a)
		}
	}
	p2.cmd.Process.Kill()
	p2.cmd.Wait()

	// The history and the totals agree with the appeals: each counted once.
	db, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rep, err := db.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) > 0 {
		t.Fatalf("after the kill: %v", rep.Problems)
	}
	f, _ := senim.ParseMonth("2000-01")
	l, _ := senim.ParseMonth("2100-12")
	st, err := db.AppealStats(context.Background(), senim.StatsFilter{Territory: senim.CountryKATO, From: f, To: l})
	if err != nil {
		t.Fatal(err)
	}
	if st.Received != int64(rep.Appeals) || rep.Appeals < len(acked) {
		t.Fatalf("%d acknowledged, %d stored, totals count %d", len(acked), rep.Appeals, st.Received)
	}
	t.Logf("%d requests, %d acknowledged, %d stored after SIGKILL", sent.Load(), len(acked), rep.Appeals)
}

func TestCommands(t *testing.T) {
	dsn := filepath.Join(t.TempDir(), "senim.db")
	if code, out, _ := run(t, "", "version"); code != 0 || !strings.HasPrefix(out, "senim ") {
		t.Fatalf("version: %d %q", code, out)
	}
	if code, _, errs := run(t, "", "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Fatalf("unknown command: %d %q", code, errs)
	}
	// The key is alone on the last line.
	code, out, errs := run(t, "", "apikey", "add", "--db", dsn, "--name", "crm", "--role", "branch", "--territory", "270000000")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || !regexp.MustCompile(`^snm_[2-9A-Z]{32}$`).MatchString(lines[len(lines)-1]) {
		t.Fatalf("apikey add: %d %q %q", code, out, errs)
	}
	if code, _, errs := run(t, "", "apikey", "add", "--db", dsn, "--name", "x", "--role", "king", "--territory", "270000000"); code != 1 || !strings.Contains(errs, "role") {
		t.Fatalf("bad role: %d %q", code, errs)
	}
	if code, _, errs := run(t, "correct horse battery\n", "user", "add", "--db", dsn, "--login", "aigerim", "--role", "operator", "--territory", "350000000"); code != 0 {
		t.Fatalf("user add: %q", errs)
	}
	if code, _, errs := run(t, "short\n", "user", "add", "--db", dsn, "--login", "b", "--role", "operator", "--territory", "350000000"); code != 1 || !strings.Contains(errs, "password") {
		t.Fatalf("short password: %d %q", code, errs)
	}
	// A classifier file with a bad line imports nothing and names the line.
	csv := filepath.Join(t.TempDir(), "kato.csv")
	os.WriteFile(csv, []byte("te;kaz_name;rus_name\n351600000;Абай ауданы;Абайский район\n35160x000;Жаман;Плохой\n"), 0o600)
	if code, _, errs := run(t, "", "import", "kato", "--db", dsn, csv); code != 1 || !strings.Contains(errs, "line 3") {
		t.Fatalf("bad KATO file: %d %q", code, errs)
	}
	os.WriteFile(csv, []byte("te;kaz_name;rus_name\n351600000;Абай ауданы;Абайский район\n351620100;Топар;Топар\n"), 0o600)
	if code, out, errs := run(t, "", "import", "kato", "--db", dsn, csv); code != 0 || !strings.Contains(out, "imported 2") {
		t.Fatalf("KATO import: %d %q %q", code, out, errs)
	}
	if code, _, errs := run(t, "", "calendar", "set", "--db", dsn, "--day", "2026-01-05", "--kind", "off"); code != 0 {
		t.Fatalf("calendar set: %q", errs)
	}
	if code, out, errs := run(t, "", "category", "set", "--db", dsn, "--code", "roads", "--days", "10"); code != 0 || !strings.Contains(out, "10 working days") {
		t.Fatalf("category set: %d %q %q", code, out, errs)
	}
	if code, _, errs := run(t, "", "category", "set", "--db", dsn, "--code", "Roads!", "--days", "10"); code != 1 || !strings.Contains(errs, "code") {
		t.Fatalf("bad category code: %d %q", code, errs)
	}
	if code, out, _ := run(t, "", "verify", "--db", dsn); code != 0 || !strings.Contains(out, "verified") {
		t.Fatalf("verify: %d %q", code, out)
	}
}
