package storetest

import (
	"testing"

	senim "github.com/senim-kz/senim"
	"github.com/senim-kz/senim/store"
)

const (
	karaganda senim.KATO = "350000000"
	wko       senim.KATO = "270000000"
	district  senim.KATO = "351600000" // a district of Karaganda, imported by importDistrict
	village   senim.KATO = "351620100"
)

func testTerritories(t *testing.T, open Opener) {
	db := open(t)
	ctx := System()

	// The country's top level is built in.
	regions, err := db.FindTerritories(ctx, senim.TerritoryFilter{Parent: ptr(senim.CountryKATO)})
	if err != nil {
		t.Fatal(err)
	}
	if len(regions) != len(senim.Regions) {
		t.Fatalf("%d regions, want %d", len(regions), len(senim.Regions))
	}
	k, err := db.FindTerritory(ctx, karaganda)
	if err != nil || k.Name("kk") != "Қарағанды облысы" || k.Level != senim.LevelRegion {
		t.Fatalf("Karaganda = %+v, %v", k, err)
	}

	// An import whose codes skip a level hangs each code under its nearest
	// existing ancestor.
	n, err := db.ImportTerritories(ctx, []*senim.Territory{
		{Code: district, NameRU: "Абайский район", NameKK: "Абай ауданы"},
		{Code: village, NameRU: "село Топар", NameKK: "Топар ауылы"},
	})
	if err != nil || n != 2 {
		t.Fatalf("import: %d, %v", n, err)
	}
	v, err := db.FindTerritory(ctx, village)
	if err != nil || v.Parent != district {
		t.Fatalf("village = %+v, %v; want parent %s", v, err, district)
	}
	children, _ := db.FindTerritories(ctx, senim.TerritoryFilter{Parent: ptr(karaganda)})
	if len(children) != 1 || children[0].Code != district {
		t.Fatalf("children of Karaganda = %v", children)
	}
	// Children of several parents at once, by code; a code is never its own child.
	both, _ := db.FindTerritories(ctx, senim.TerritoryFilter{Parents: []senim.KATO{karaganda, district, senim.CountryKATO}})
	if len(both) != len(senim.Regions)+2 || both[9].Code != district || both[10].Code != village {
		t.Fatalf("children of the country, Karaganda and its district: %d", len(both))
	}
	ancestors, _ := db.FindTerritories(ctx, senim.TerritoryFilter{Codes: []senim.KATO{senim.CountryKATO, karaganda}})
	if len(ancestors) != 2 || ancestors[0].Code != senim.CountryKATO {
		t.Fatalf("by codes: %v", ancestors)
	}

	// A bad row refuses the whole import: nothing half-imported.
	_, err = db.ImportTerritories(ctx, []*senim.Territory{
		{Code: "351700000", NameRU: "Актогайский район", NameKK: "Ақтоғай ауданы"},
		{Code: "35170x000", NameRU: "Плохой код"},
	})
	WantCode(t, err, senim.EINVALID)
	if _, err := db.FindTerritory(ctx, "351700000"); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("half-imported: %v", err)
	}

	// Importing again updates names, keeps one row.
	if _, err := db.ImportTerritories(ctx, []*senim.Territory{{Code: district, NameRU: "Абайский район (новое)", NameKK: "Абай ауданы"}}); err != nil {
		t.Fatal(err)
	}
	d, _ := db.FindTerritory(ctx, district)
	if d.NameRU != "Абайский район (новое)" {
		t.Fatalf("name not updated: %+v", d)
	}
	if _, err := db.FindTerritory(ctx, "999999999"); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("unknown territory: %v", err)
	}
}

func testOffices(t *testing.T, open Opener) {
	db := open(t)
	ctx := System()
	mustImport(t, db)
	oblast := NewOffice(t, db, karaganda)
	dist := NewOffice(t, db, district)

	// The office for a village is the one nearest above it.
	o, err := db.OfficeFor(ctx, village)
	if err != nil || o.ID != dist.ID {
		t.Fatalf("office for village = %+v, %v; want %s", o, err, dist.Code)
	}
	o, err = db.OfficeFor(ctx, "351800000")
	if err != nil || o.ID != oblast.ID {
		t.Fatalf("office for another district = %+v, %v; want the oblast's", o, err)
	}
	if _, err := db.OfficeFor(ctx, "271000000"); senim.ErrorCode(err) != senim.ENOTFOUND {
		t.Fatalf("office where there is none: %v", err)
	}
	// Codes are unique.
	err = db.CreateOffice(ctx, &senim.Office{Code: dist.Code, Territory: karaganda, NameRU: "Дубль"})
	WantCode(t, err, senim.ECONFLICT)
	// Offices on an unknown territory are refused.
	err = db.CreateOffice(ctx, &senim.Office{Code: "ZZ1", Territory: "351900000", NameRU: "Нигде"})
	WantCode(t, err, senim.EINVALID, "territory")
	list, _ := db.FindOffices(ctx, senim.OfficeFilter{Territory: ptr(district)})
	if len(list) != 1 || list[0].ID != dist.ID {
		t.Fatalf("offices in the district = %v", list)
	}
	b := NewBody(t, db, district)
	bodies, _ := db.FindBodies(ctx, senim.BodyFilter{Territory: ptr(karaganda)})
	if len(bodies) != 1 || bodies[0].ID != b.ID {
		t.Fatalf("bodies = %v", bodies)
	}
	// Several by id at once.
	list, err = db.FindOffices(ctx, senim.OfficeFilter{IDs: []string{dist.ID, oblast.ID, senim.NewID()}})
	if err != nil || len(list) != 2 {
		t.Fatalf("offices by ids = %v, %v", list, err)
	}
	bodies, err = db.FindBodies(ctx, senim.BodyFilter{IDs: []string{b.ID, senim.NewID()}})
	if err != nil || len(bodies) != 1 || bodies[0].ID != b.ID {
		t.Fatalf("bodies by ids = %v, %v", bodies, err)
	}
}

// mustImport adds a district of Karaganda with a village in it.
func mustImport(t testing.TB, db *store.DB) {
	t.Helper()
	if _, err := db.ImportTerritories(System(), []*senim.Territory{
		{Code: district, NameRU: "Абайский район", NameKK: "Абай ауданы"},
		{Code: village, NameRU: "село Топар", NameKK: "Топар ауылы"},
	}); err != nil {
		t.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }
