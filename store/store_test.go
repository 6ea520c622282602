package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

func TestSQLite(t *testing.T) {
	storetest.Run(t, OpenSQLite)
}

func TestPostgres(t *testing.T) {
	if os.Getenv("SENIM_TEST_POSTGRES") == "" {
		t.Skip(skipPostgres)
	}
	storetest.Run(t, OpenPostgres)
}

const skipPostgres = "PostgreSQL tests skipped: set SENIM_TEST_POSTGRES=postgres://user@host:5432/db to run them"

// OpenSQLite opens a fresh SQLite store in the test's temporary folder.
func OpenSQLite(t testing.TB) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "senim.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

var schemaSeq atomic.Int64

// OpenPostgres opens a fresh PostgreSQL store in a schema of its own on the
// server named by SENIM_TEST_POSTGRES. Without it the test is skipped; with
// it, an unreachable server fails the test.
func OpenPostgres(t testing.TB) *store.DB {
	t.Helper()
	dsn := os.Getenv("SENIM_TEST_POSTGRES")
	if dsn == "" {
		t.Skip(skipPostgres)
	}
	schema := fmt.Sprintf("senim_test_%d_%d", os.Getpid(), schemaSeq.Add(1))
	admin, err := sql.Open("pgx", dsn)
	if err == nil {
		_, err = admin.Exec("CREATE SCHEMA " + schema)
	}
	if err != nil {
		t.Fatalf("PostgreSQL at SENIM_TEST_POSTGRES is not reachable: %v", err)
	}
	t.Cleanup(func() {
		admin.Exec("DROP SCHEMA " + schema + " CASCADE")
		admin.Close()
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	db, err := store.Open(context.Background(), dsn+sep+"search_path="+schema, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
