// Package store writes the domain's records down in SQLite (the embedded
// default) or PostgreSQL (production), with the same SQL for both: queries
// are written once with ? placeholders, rebound to $n for PostgreSQL, and the
// few engine differences (full-text search, schema DDL) live in dialect.go.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"modernc.org/sqlite"               // registers "sqlite", pure Go
	sqlite3 "modernc.org/sqlite/lib"

	senim "github.com/senim-kz/senim"
)

// Engines.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// DB is the store. Writes go through one path (write): on SQLite a single
// writer goroutine commits concurrent writes together (group commit), each in
// its own savepoint, so every acknowledged write is fsync'd without paying one
// fsync per write; on PostgreSQL each write is its own transaction.
type DB struct {
	engine string
	dsn    string
	wdb    *sql.DB // writes: one connection on SQLite
	rdb    *sql.DB // reads
	log    *slog.Logger

	// Now returns the current time; tests set it to control the clock.
	Now func() time.Time

	closeMu sync.RWMutex // held for reading while a write is handed over; Close takes it to stop
	closed  bool
	cal     atomic.Pointer[senim.Calendar]
	terms   atomic.Value // map[string]int: answer terms by category, nil until read
	keys    sync.Map     // API key hash → *cachedKey
	// placeCache keeps territories and offices in memory (places.go).
	placeCache atomic.Pointer[placeCache]
	placeGen   atomic.Int64 // counts changes, so that a load racing one is not kept
	// stateCache keeps every programme's state on a day (programme.go).
	stateCache atomic.Pointer[stateCache]
	stateGen   atomic.Int64
	// live keeps the rating's periods under way, runCache the rows of runs
	// read (ratinglive.go, rating.go).
	live     liveRating
	runCache runCache
	// members is the in-memory copy membership statistics count over
	// (memberindex.go).
	members   memberIndex
	refresher chan struct{} // closed to stop the refresher
	jobs      chan *job
	stopped   chan struct{}
	closing   sync.Once
	rebound   sync.Map // query → PostgreSQL form
	stmts     sync.Map // query → statement prepared on SQLite's write connection
	// unprepared holds queries waiting to be prepared.
	unprepared sync.Map
}

// Options tune Open.
type Options struct {
	Logger *slog.Logger
	// MaxBatch caps how many writes one SQLite commit carries.
	MaxBatch int
}

// Open opens the store named by dsn: a postgres:// or postgresql:// URL, or
// the path of an SQLite file (created when missing). It applies pending
// migrations and loads the calendar.
func Open(ctx context.Context, dsn string, opt Options) (*DB, error) {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.MaxBatch <= 0 {
		opt.MaxBatch = 512
	}
	db := &DB{dsn: dsn, log: opt.Logger, Now: time.Now}
	var err error
	if IsPostgres(dsn) {
		db.engine = Postgres
		if db.wdb, err = sql.Open("pgx", dsn); err != nil {
			return nil, err
		}
		db.wdb.SetMaxOpenConns(4 * runtime.GOMAXPROCS(0))
		db.wdb.SetMaxIdleConns(4 * runtime.GOMAXPROCS(0))
		db.rdb = db.wdb
	} else {
		db.engine = SQLite
		if dir := filepath.Dir(dsn); dir != "" {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, fmt.Errorf("create the database's folder: %w", err)
			}
		}
		// busy_timeout first so that the other settings wait for a lock
		// rather than fail; synchronous(FULL) makes each commit durable;
		// temp_store(MEMORY) keeps the savepoints' journal off the disk. The
		// one writer keeps 64 MB of pages (the default 8 MB spills when a
		// large import inserts into the members' indexes).
		q := "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)" +
			"&_pragma=foreign_keys(1)&_pragma=temp_store(2)&_time_format=sqlite"
		file := (&url.URL{Scheme: "file", OmitHost: true, Path: dsn}).String()
		if db.wdb, err = sql.Open("sqlite", file+"?"+q+"&_pragma=cache_size(-65536)&_txlock=immediate"); err != nil {
			return nil, err
		}
		db.wdb.SetMaxOpenConns(1)
		db.wdb.SetConnMaxLifetime(0)
		if db.rdb, err = sql.Open("sqlite", file+"?"+q+"&_pragma=query_only(1)"); err != nil {
			return nil, err
		}
		n := max(4, runtime.GOMAXPROCS(0)*2)
		db.rdb.SetMaxOpenConns(n)
		db.rdb.SetMaxIdleConns(n)
		db.jobs = make(chan *job, opt.MaxBatch*4)
		db.stopped = make(chan struct{})
		go db.writer(opt.MaxBatch)
	}
	if err := db.wdb.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to the %s store: %w", db.engine, err)
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.seed(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.LoadCalendar(ctx); err != nil {
		db.Close()
		return nil, err
	}
	db.refresher = make(chan struct{})
	go db.refresh(30 * time.Second)
	return db, nil
}

// refresh drops the caches and reloads the calendar every period, so that a
// change made by another process (the command line, another server on the
// same PostgreSQL) is seen within that time.
func (db *DB) refresh(period time.Duration) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-db.refresher:
			return
		case <-t.C:
			db.forgetPlaces()
			db.forgetStates()
			db.forgetRating()
			db.terms.Store(map[string]int(nil))
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			if err := db.LoadCalendar(ctx); err != nil {
				db.log.Warn("calendar not reloaded", "err", err)
			}
			cancel()
		}
	}
}

// IsPostgres reports whether dsn names a PostgreSQL server.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Engine returns SQLite or Postgres.
func (db *DB) Engine() string { return db.engine }

// Close stops the writer and closes the connections.
func (db *DB) Close() error {
	db.closing.Do(func() {
		db.closeMu.Lock()
		db.closed = true
		db.closeMu.Unlock()
		if db.refresher != nil {
			close(db.refresher)
		}
		if db.jobs != nil {
			close(db.jobs)
			<-db.stopped
		}
		db.stmts.Range(func(_, st any) bool {
			st.(*sql.Stmt).Close()
			return true
		})
	})
	var errs []error
	if db.rdb != nil && db.rdb != db.wdb {
		errs = append(errs, db.rdb.Close())
	}
	if db.wdb != nil {
		errs = append(errs, db.wdb.Close())
	}
	return errors.Join(errs...)
}

// Ping checks that the store answers.
func (db *DB) Ping(ctx context.Context) error {
	var one int
	return db.rdb.QueryRowContext(ctx, "SELECT 1").Scan(&one)
}

// Calendar returns the working-day calendar with the administrator's transfers.
func (db *DB) Calendar() *senim.Calendar { return db.cal.Load() }

// rebind turns ? placeholders into $1, $2 … for PostgreSQL. Queries never
// hold a literal question mark.
func (db *DB) rebind(q string) string {
	if db.engine != Postgres {
		return q
	}
	if r, ok := db.rebound.Load(q); ok {
		return r.(string)
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	db.rebound.Store(q, b.String())
	return b.String()
}

// Tx is a transaction with a fixed clock: every record it writes has the same now.
type Tx struct {
	tx  *sql.Tx
	db  *DB
	now time.Time
	ctx context.Context
	// totals gathers running-total deltas until the transaction commits.
	totals map[totalKey]int64
}

func (tx *Tx) Exec(q string, args ...any) (sql.Result, error) {
	if st := tx.stmt(q); st != nil {
		return st.ExecContext(tx.ctx, args...)
	}
	return tx.tx.ExecContext(tx.ctx, tx.db.rebind(q), args...)
}

func (tx *Tx) Query(q string, args ...any) (*sql.Rows, error) {
	if st := tx.stmt(q); st != nil {
		return st.QueryContext(tx.ctx, args...)
	}
	return tx.tx.QueryContext(tx.ctx, tx.db.rebind(q), args...)
}

func (tx *Tx) QueryRow(q string, args ...any) *sql.Row {
	if st := tx.stmt(q); st != nil {
		return st.QueryRowContext(tx.ctx, args...)
	}
	return tx.tx.QueryRowContext(tx.ctx, tx.db.rebind(q), args...)
}

// stmt returns the statement for q prepared on SQLite's single write
// connection, bound to this transaction: parsing SQL costs more than running
// it. A statement not prepared yet runs plainly this time and is prepared by
// the writer once the connection is free. (pgx keeps its own statement
// cache on PostgreSQL: nil there.)
func (tx *Tx) stmt(q string) *sql.Stmt {
	if tx.db.engine != SQLite || strings.Contains(q, "), (") {
		return nil // multi-row inserts come in too many sizes to keep
	}
	if st, ok := tx.db.stmts.Load(q); ok {
		return tx.tx.StmtContext(tx.ctx, st.(*sql.Stmt))
	}
	tx.db.unprepared.Store(q, true)
	return nil
}

// prepareWaiting prepares the statements that transactions asked for; the
// writer calls it between transactions, when the connection is free.
func (db *DB) prepareWaiting() {
	db.unprepared.Range(func(q, _ any) bool {
		db.unprepared.Delete(q)
		if st, err := db.wdb.Prepare(q.(string)); err == nil {
			db.stmts.Store(q, st)
		}
		return true
	})
}

// queryer is what read functions need: a transaction or the read pool.
type queryer interface {
	Query(q string, args ...any) (*sql.Rows, error)
	QueryRow(q string, args ...any) *sql.Row
}

// reader runs queries on the read pool.
type reader struct {
	db  *DB
	ctx context.Context
}

func (r reader) Query(q string, args ...any) (*sql.Rows, error) {
	return r.db.rdb.QueryContext(r.ctx, r.db.rebind(q), args...)
}

func (r reader) QueryRow(q string, args ...any) *sql.Row {
	return r.db.rdb.QueryRowContext(r.ctx, r.db.rebind(q), args...)
}

func (db *DB) reader(ctx context.Context) reader { return reader{db, ctx} }

// job is one write waiting for the SQLite writer.
type job struct {
	ctx  context.Context
	fn   func(*Tx) error
	done chan error
}

// write runs fn in a transaction and returns once it is durably committed,
// or with the error that rolled it back. fn may be run again on PostgreSQL
// after a serialization failure, so it must not keep state between runs.
func (db *DB) write(ctx context.Context, fn func(*Tx) error) error {
	db.closeMu.RLock()
	if db.closed {
		db.closeMu.RUnlock()
		return &senim.Error{Code: senim.EUNAVAILABLE, Key: "store.unavailable", Err: errors.New("the store is closed")}
	}
	if db.engine == Postgres {
		defer db.closeMu.RUnlock()
		return db.writePostgres(ctx, fn)
	}
	j := &job{ctx: ctx, fn: fn, done: make(chan error, 1)}
	select {
	case db.jobs <- j:
	case <-ctx.Done():
		db.closeMu.RUnlock()
		return ctx.Err()
	}
	db.closeMu.RUnlock()
	return <-j.done
}

func (db *DB) writePostgres(ctx context.Context, fn func(*Tx) error) error {
	for attempt := 0; ; attempt++ {
		err := db.runTx(ctx, fn)
		if err == nil || !(errors.Is(err, errStale) || retryable(err)) {
			return err
		}
		if attempt == 4 {
			return senim.Errorf(senim.ECONFLICT, "appeal.version")
		}
		time.Sleep(time.Duration(attempt+1) * 5 * time.Millisecond)
	}
}

// runTx runs fn in one transaction of its own.
func (db *DB) runTx(ctx context.Context, fn func(*Tx) error) error {
	sqlTx, err := db.wdb.BeginTx(ctx, nil)
	if err != nil {
		return unavailable(err)
	}
	tx := &Tx{tx: sqlTx, db: db, now: db.Now().UTC(), ctx: ctx}
	err = fn(tx)
	if err == nil {
		err = flushTotals(tx, tx.totals)
	}
	if err != nil {
		sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return unavailable(err)
	}
	return nil
}

// writer is the SQLite writer goroutine: it takes every write waiting, runs
// each in a savepoint of one transaction and commits them together.
func (db *DB) writer(maxBatch int) {
	defer close(db.stopped)
	batch := make([]*job, 0, maxBatch)
	for first := range db.jobs {
		batch = append(batch[:0], first)
	fill:
		for len(batch) < maxBatch {
			select {
			case j, ok := <-db.jobs:
				if !ok {
					break fill
				}
				batch = append(batch, j)
			default:
				break fill
			}
		}
		db.commitBatch(batch)
		db.prepareWaiting()
	}
}

func (db *DB) commitBatch(batch []*job) {
	if len(batch) == 1 {
		j := batch[0]
		j.done <- db.runTx(j.ctx, j.fn)
		return
	}
	ctx := context.Background()
	errs := make([]error, len(batch))
	sqlTx, err := db.wdb.BeginTx(ctx, nil)
	if err != nil {
		for _, j := range batch {
			j.done <- unavailable(err)
		}
		return
	}
	now := db.Now().UTC()
	totals := map[totalKey]int64{}
	rerun := func() {
		// The engine failed, and may have rolled the whole transaction
		// back: start again with one transaction a write, so that each
		// write learns its own fate.
		sqlTx.Rollback()
		for _, j := range batch {
			j.done <- db.runTx(j.ctx, j.fn)
		}
	}
	for i, j := range batch {
		if err := j.ctx.Err(); err != nil {
			errs[i] = err
			continue
		}
		tx := &Tx{tx: sqlTx, db: db, now: now, ctx: ctx}
		if _, err := tx.Exec("SAVEPOINT w"); err != nil {
			rerun()
			return
		}
		if err := j.fn(tx); err != nil {
			var e *senim.Error
			if !errors.As(err, &e) || e.Code == senim.EUNAVAILABLE || e.Code == senim.EINTERNAL {
				rerun()
				return
			}
			errs[i] = err
			if _, err := tx.Exec("ROLLBACK TO w"); err != nil {
				rerun()
				return
			}
		} else {
			for k, n := range tx.totals {
				totals[k] += n
			}
		}
		if _, err := tx.Exec("RELEASE w"); err != nil {
			rerun()
			return
		}
	}
	if err := flushTotals(&Tx{tx: sqlTx, db: db, now: now, ctx: ctx}, totals); err != nil {
		rerun()
		return
	}
	if err := sqlTx.Commit(); err != nil {
		sqlTx.Rollback()
		for i := range errs {
			if errs[i] == nil {
				errs[i] = unavailable(err)
			}
		}
	}
	for i, j := range batch {
		j.done <- errs[i]
	}
}

// unavailable reports a failure of the store itself (disk full, server gone).
func unavailable(err error) error {
	var e *senim.Error
	if errors.As(err, &e) {
		return err
	}
	return &senim.Error{Code: senim.EUNAVAILABLE, Key: "store.unavailable", Err: err}
}

// retryable reports a PostgreSQL serialization failure or deadlock.
func retryable(err error) bool {
	var pg *pgconn.PgError
	return errors.As(err, &pg) && (pg.Code == "40001" || pg.Code == "40P01")
}

// isUnique reports a unique-constraint violation on either engine.
func isUnique(err error) bool {
	var pg *pgconn.PgError
	var lite *sqlite.Error
	switch {
	case errors.As(err, &pg):
		return pg.Code == "23505"
	case errors.As(err, &lite):
		return lite.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || lite.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return false
}

// Redact returns dsn without its password, for logs.
func Redact(dsn string) string {
	if !IsPostgres(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}
