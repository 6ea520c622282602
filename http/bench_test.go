package http_test

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/demo"
	"github.com/senim-kz/senim/exchange"
	senimhttp "github.com/senim-kz/senim/http"
	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

// BenchmarkIntake compares appeal intake through the HTTP API, every 201
// sent only after the appeal is durably committed, with a bare loop of
// durable single-row inserts on the same disk (WAL, synchronous=FULL, one
// commit a row). Run both in one go and compare appeals/s:
//
//	go test ./http -run '^$' -bench Intake -benchtime 3s
func BenchmarkIntake(b *testing.B) {
	b.Run("bare-insert", func(b *testing.B) {
		dsn := "file:" + filepath.Join(b.TempDir(), "bare.db") +
			"?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)"
		db, err := sql.Open("sqlite", dsn)
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		db.SetMaxOpenConns(1)
		if _, err := db.Exec("CREATE TABLE t (id TEXT PRIMARY KEY, body TEXT NOT NULL)"); err != nil {
			b.Fatal(err)
		}
		body := strings.Repeat("x", 300)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := db.Exec("INSERT INTO t (id, body) VALUES (?, ?)", senim.NewID(), body); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "appeals/s")
	})
	for _, clients := range []int{1, 16, 64} {
		b.Run(fmt.Sprintf("http-api/clients=%d", clients), func(b *testing.B) {
			db, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "senim.db"), store.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			storetest.NewOffice(b, db, "350000000")
			secret := senim.NewAPIKeySecret()
			if err := db.CreateAPIKey(storetest.System(), &senim.APIKey{Name: "bench", Role: senim.RoleOperator, Territory: "350000000", Hash: senim.HashSecret(secret)}); err != nil {
				b.Fatal(err)
			}
			srv := httptest.NewServer(senimhttp.NewServer(db, nil, senimhttp.Config{}))
			defer srv.Close()
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
			var wg sync.WaitGroup
			next := make(chan struct{})
			errs := make(chan error, clients)
			b.ResetTimer()
			for c := 0; c < clients; c++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for range next {
						req, _ := http.NewRequest("POST", srv.URL+"/api/v1/appeals", strings.NewReader(validAppeal))
						req.Header.Set("Content-Type", "application/json")
						req.Header.Set("Authorization", "Bearer "+secret)
						res, err := client.Do(req)
						if err != nil {
							errs <- err
							return
						}
						io.Copy(io.Discard, res.Body) // so that the connection is reused
						res.Body.Close()
						if res.StatusCode != 201 {
							errs <- fmt.Errorf("status %d", res.StatusCode)
							return
						}
					}
				}()
			}
			for i := 0; i < b.N; i++ {
				next <- struct{}{}
			}
			close(next)
			wg.Wait()
			b.StopTimer()
			select {
			case err := <-errs:
				b.Fatal(err)
			default:
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "appeals/s")
		})
	}
}

// benchDemoVersion names the demo's shape in the kept store's file name:
// raised when the demo gains records (2: officials and receptions; 3: programmes and councils; 4: deputies;
// 5: the party's 800,000 members).
const benchDemoVersion = 5

// benchStore opens (making it once and keeping it in the temporary folder)
// a demo store with n appeals. SENIM_BENCH_DIR chooses where it is kept.
func benchStore(b *testing.B, n int) *store.DB {
	b.Helper()
	path := benchStorePath(b, n)
	db, err := store.Open(context.Background(), path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	db.Now = func() time.Time { return storetest.At("2026-11-24") }
	b.Cleanup(func() { db.Close() })
	return db
}

// benchStorePath makes the demo store with n appeals once and returns
// where it is kept.
func benchStorePath(b *testing.B, n int) string {
	b.Helper()
	dir := os.Getenv("SENIM_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("senim-bench-%d-v%d.db", n, benchDemoVersion))
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".part"
		os.Remove(tmp)
		db, err := store.Open(ctx, tmp, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		db.Now = func() time.Time { return storetest.At("2026-11-24") }
		start := time.Now()
		if err := demo.Generate(ctx, db, demo.Options{Appeals: n, Batch: 20_000}); err != nil {
			b.Fatal(err)
		}
		db.Close()
		b.Logf("generated %d appeals in %s", n, time.Since(start).Round(time.Second))
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Rename(tmp+suffix, path+suffix)
		}
	}
	return path
}

func benchSizes() []int {
	if s := os.Getenv("SENIM_BENCH_APPEALS"); s != "" {
		var out []int
		for _, f := range strings.Split(s, ",") {
			n, _ := strconv.Atoi(f)
			out = append(out, n)
		}
		return out
	}
	return []int{10_000, 1_000_000}
}

// serve runs one request against the handler and fails on a non-200 answer.
func serve(b *testing.B, h http.Handler, path string, headers ...string) {
	req := httptest.NewRequest("GET", path, nil)
	for _, hd := range headers {
		k, v, _ := strings.Cut(hd, ": ")
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 {
		b.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
	}
}

// BenchmarkStats measures the statistics endpoint, server-side, for the
// whole country, an oblast and a district, at growing numbers of appeals:
// it reads running totals, so the time does not grow with the appeals.
func BenchmarkStats(b *testing.B) {
	for _, n := range benchSizes() {
		db := benchStore(b, n)
		h := senimhttp.NewServer(db, nil, senimhttp.Config{})
		for _, q := range []string{"territory=000000000&from=2026-01&to=2026-11", "territory=000000000&from=2016-01&to=2026-12",
			"territory=350000000&from=2026-01&to=2026-11", "territory=271000000&from=2026-01&to=2026-11"} {
			b.Run(fmt.Sprintf("appeals=%d/%s", n, q), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					serve(b, h, "/api/v1/stats?"+q)
				}
			})
		}
	}
}

// BenchmarkList measures the first page of staff lists with filters.
func BenchmarkList(b *testing.B) {
	for _, n := range benchSizes() {
		db := benchStore(b, n)
		h := senimhttp.NewServer(db, nil, senimhttp.Config{})
		key := "Authorization: Bearer " + demo.DemoKeys[0].Secret
		for _, q := range []string{"", "territory=350000000", "territory=351000000&status=forwarded", "overdue=true",
			"order=deadline&status=registered,in_work,forwarded", "category=ecology&territory=270000000",
			"from=2026-06-01&to=2026-06-30&channel=letter", "q=вода", "q=жол+жөндеу&territory=610000000"} {
			b.Run(fmt.Sprintf("appeals=%d/%s", n, q), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					serve(b, h, "/api/v1/appeals?limit=50&"+q, key)
				}
			})
		}
	}
}

// BenchmarkPages measures the public home page, territory pages and an
// oblast's schedule of receptions, server-side, rendered whole.
func BenchmarkPages(b *testing.B) {
	for _, n := range benchSizes() {
		db := benchStore(b, n)
		h := senimhttp.NewServer(db, nil, senimhttp.Config{})
		for _, path := range []string{"/", "/t/350000000", "/t/351000000", "/receptions?territory=350000000"} {
			b.Run(fmt.Sprintf("appeals=%d%s", n, path), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					serve(b, h, path)
				}
			})
		}
	}
}

// BenchmarkStaffPages measures the staff pages of a central-office user,
// server-side, rendered whole: the queue, the list with filters and search,
// the statistics, the receptions and their report (the country's year, an
// oblast's half-year), and an export of a district's appeals (rows/s).
func BenchmarkStaffPages(b *testing.B) {
	for _, n := range benchSizes() {
		db := benchStore(b, n)
		h := senimhttp.NewServer(db, nil, senimhttp.Config{})
		hash, err := senim.HashPassword("correct horse battery")
		if err != nil {
			b.Fatal(err)
		}
		err = db.CreateUser(storetest.System(), &senim.User{Login: "bench", Role: senim.RoleCentral, Territory: senim.CountryKATO, PasswordHash: hash})
		if err != nil && senim.ErrorCode(err) != senim.ECONFLICT {
			b.Fatal(err)
		}
		_, token, err := db.SignIn(context.Background(), "bench", "correct horse battery")
		if err != nil {
			b.Fatal(err)
		}
		cookie := "Cookie: senim_session=" + token
		for _, path := range []string{"/staff", "/staff/appeals", "/staff/appeals?territory=350000000&status=registered,in_work,forwarded&order=deadline",
			"/staff/appeals?q=вода", "/staff/stats", "/staff/stats?territory=350000000&from=2016-01&to=2026-11",
			"/staff/receptions", "/staff/receptions/report", "/staff/receptions/report?territory=350000000&from=2026-01-01&to=2026-06-30"} {
			b.Run(fmt.Sprintf("appeals=%d%s", n, path), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					serve(b, h, path, cookie)
				}
			})
		}
		b.Run(fmt.Sprintf("appeals=%d/export-district", n), func(b *testing.B) {
			rows := 0
			for i := 0; i < b.N; i++ {
				req := httptest.NewRequest("GET", "/staff/appeals.xlsx?territory=351000000", nil)
				req.Header.Set("Cookie", "senim_session="+token)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatalf("export: %d", rec.Code)
				}
				b.StopTimer()
				got, err := exchange.ReadXLSX(rec.Body)
				if err != nil {
					b.Fatal(err)
				}
				rows += len(got) - 1
				b.StartTimer()
			}
			b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(rows)/float64(b.N), "rows/op")
		})
	}
}

// benchProgrammes opens (making it once and keeping it beside the demo
// stores) a store with the seeds' 216 programmes, each of 20 indicators
// with monthly measurements for five years: 259,200 measurements.
func benchProgrammes(b *testing.B) *store.DB {
	b.Helper()
	dir := os.Getenv("SENIM_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, "senim-bench-programmes-v2.db")
	ctx := context.Background()
	now := func() time.Time { return storetest.At("2026-11-24") }
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".part"
		os.Remove(tmp)
		db, err := store.Open(ctx, tmp, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		db.Now = now
		start := time.Now()
		// Territories: every region, then the places in the corpus's order
		// (a district before its towns), until 216.
		var ts []*senim.Territory
		var codes []senim.KATO
		for _, r := range senim.Regions {
			codes = append(codes, r.Code)
		}
		var walk func(ps []demo.Place)
		walk = func(ps []demo.Place) {
			for _, p := range ps {
				ts = append(ts, &senim.Territory{Code: senim.KATO(p.KATO), NameRU: p.RU, NameKK: p.KK, NameEN: p.EN})
				walk(p.Children)
			}
		}
		for _, r := range demo.Regions {
			walk(r.Places)
		}
		if _, err := db.ImportTerritories(ctx, ts); err != nil {
			b.Fatal(err)
		}
		for _, t := range ts {
			if len(codes) < 216 { // cities and districts first, then towns and villages
				codes = append(codes, t.Code)
			}
		}
		v := func(x float64) *float64 { return &x }
		yes := true
		for pi, k := range codes {
			plan := senim.ProgrammePlan{Programme: senim.ProgrammeInput{Territory: string(k), Title: senim.Names{RU: fmt.Sprintf("Дорожная карта %d", pi+1)},
				From: "2021-12-01", To: "2026-11-30", Adopted: "2021-12-20"}}
			for d := 0; d < 5; d++ {
				dp := senim.DirectionPlan{Title: senim.Names{RU: fmt.Sprintf("Направление %d", d+1)}}
				for j := 0; j < 4; j++ {
					pace := 0.4 + float64((pi*7+d*3+j)%10)/10 // 0.4–1.3 of the line
					ip := senim.IndicatorPlan{IndicatorInput: senim.IndicatorInput{Name: senim.Names{RU: fmt.Sprintf("Индикатор %d.%d", d+1, j+1)},
						Unit: "percent", Baseline: senim.PointInput{Value: v(20), On: "2021-11-30"}, Target: senim.PointInput{Value: v(80), On: "2026-11-30"},
						HigherBetter: &yes}}
					for m := 0; m < 60; m++ {
						asOf := senim.NewDate(2021, time.Month(12+m), 1)
						val := min(100, 20+60*pace*float64(m+1)/60)
						ip.Measurements = append(ip.Measurements, senim.MeasurementInput{Value: v(val), AsOf: asOf.String(),
							Source: "Управление статистики", Link: "https://stat.gov.kz/"})
					}
					dp.Indicators = append(dp.Indicators, ip)
				}
				plan.Directions = append(plan.Directions, dp)
			}
			if _, err := db.AdoptProgramme(storetest.System(), plan); err != nil {
				b.Fatal(err)
			}
		}
		db.Close()
		b.Logf("adopted %d programmes in %s", len(codes), time.Since(start).Round(time.Second))
		for _, suffix := range []string{"", "-wal", "-shm"} {
			os.Rename(tmp+suffix, path+suffix)
		}
	}
	db, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	db.Now = now
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkProgrammes measures the national programme page — all 216
// programmes' state at a glance — and its figures in the API, server-side
// (the states kept between requests, as a server serves them; the store's
// pass over the indicators apart),
// over 216 programmes × 20 indicators × 60 monthly measurements; and an
// oblast's programmes and a single programme's page.
func BenchmarkProgrammes(b *testing.B) {
	db := benchProgrammes(b)
	h := senimhttp.NewServer(db, nil, senimhttp.Config{})
	// Worked out anew: another day each time, so the kept states never serve.
	b.Run("store-states-country-uncached", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := db.ProgrammeStates(storetest.System(), senim.ProgrammeFilter{}, senim.MustDate("2026-11-24").AddDays(-i-1)); err != nil {
				b.Fatal(err)
			}
		}
	})
	list, err := db.FindProgrammes(storetest.System(), senim.ProgrammeFilter{Territory: ptrKATO("350000000")})
	if err != nil || len(list) == 0 {
		b.Fatal(err)
	}
	for _, path := range []string{"/programmes", "/api/v1/programmes/rollup", "/api/v1/programmes", "/programmes?territory=350000000",
		"/programmes/" + list[0].ID, "/api/v1/programmes/" + list[0].ID} {
		b.Run(path, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				serve(b, h, path)
			}
		})
	}
}

func ptrKATO(k senim.KATO) *senim.KATO { return &k }
