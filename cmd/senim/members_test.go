package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
	"github.com/senim-kz/senim/store/storetest"
)

// Members go in from a file, all or none, and come out as a file that
// imports back (refused then, line by line, as members already).
func TestImportExportMembers(t *testing.T) {
	dir := t.TempDir()
	dsn := filepath.Join(dir, "senim.db")
	db, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ImportTerritories(storetest.System(), []*senim.Territory{{Code: "351600000", NameRU: "Абайский район"}}); err != nil {
		t.Fatal(err)
	}
	storetest.NewOrg(t, db, "351600000", "35-0001")
	a, b := storetest.IIN(t, "1980-01-01", senim.Male, 1), storetest.IIN(t, "1990-02-02", senim.Female, 1)
	db.Close()

	file := filepath.Join(dir, "members.csv")
	write := func(s string) {
		if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("IIN,Full name,Primary organisation,Joined\n" + a + ",Serik Akhmetov,35-0001,2020-01-01\n" + b + ",,35-0001,2021-01-01\n")
	if code, _, stderr := run(t, "", "import", "members", "--db", dsn, file); code == 0 || !strings.Contains(stderr, "line.3.name") {
		t.Fatalf("a bad file: exit %d\n%s", code, stderr)
	}
	write("IIN,Full name,Primary organisation,Joined\n" + a + ",Serik Akhmetov,35-0001,2020-01-01\n" + b + ",Dana Serikova,35-0001,2021-01-01\n")
	if code, stdout, stderr := run(t, "", "import", "members", "--db", dsn, file); code != 0 || !strings.Contains(stdout, "imported 2 members") {
		t.Fatalf("import: exit %d\n%s%s", code, stdout, stderr)
	}
	out := filepath.Join(dir, "out.xlsx")
	if code, _, stderr := run(t, "", "export", "members", "--db", dsn, "--format", "xlsx", "--out", out); code != 0 {
		t.Fatalf("export: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := run(t, "", "import", "members", "--db", dsn, out); code == 0 || !strings.Contains(stderr, "line.2.iin") || !strings.Contains(stderr, "line.3.iin") {
		t.Fatalf("the export imported again: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := run(t, "", "import"); code == 0 || !strings.Contains(stderr, "import members") {
		t.Fatalf("no sub-command: exit %d\n%s", code, stderr)
	}
}
