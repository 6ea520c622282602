package store

import (
	"context"
	"strings"
	"sync"

	senim "github.com/senim-kz/senim"
)

// placeCache holds every territory code and office in memory: a few
// thousand small records that change seldom and are read on every intake.
// Any change to territories or offices drops it, and so does the refresher
// every half minute (another process — the command line — may have changed
// them); the next read loads it anew.
type placeCache struct {
	territories map[senim.KATO]bool
	offices     []*senim.Office
	byTerritory map[senim.KATO]*senim.Office // the first office by code on each territory

	// names, the territories' names for finding one in an address, are
	// read on first use: intake never needs them.
	namesOnce sync.Once
	names     *senim.PlaceNames
	namesErr  error
}

// places returns the cache, loading it when needed.
func (db *DB) places(ctx context.Context) (*placeCache, error) {
	if c := db.placeCache.Load(); c != nil {
		return c, nil
	}
	gen := db.placeGen.Load()
	r := db.reader(ctx)
	c := &placeCache{territories: map[senim.KATO]bool{}, byTerritory: map[senim.KATO]*senim.Office{}}
	rows, err := r.Query("SELECT code FROM territories")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var k senim.KATO
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return nil, err
		}
		c.territories[k] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = r.Query("SELECT " + officeColumns + " FROM offices ORDER BY code")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		o, err := scanOffice(rows)
		if err != nil {
			return nil, err
		}
		c.offices = append(c.offices, o)
		if c.byTerritory[o.Territory] == nil {
			c.byTerritory[o.Territory] = o
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Keep it only if nothing changed while it was read.
	if db.placeGen.Load() == gen {
		db.placeCache.CompareAndSwap(nil, c)
	}
	return c, nil
}

// forgetPlaces drops the cache after territories or offices changed.
func (db *DB) forgetPlaces() {
	db.placeGen.Add(1)
	db.placeCache.Store(nil)
}

// office returns the office with this id or code, nil when none.
func (c *placeCache) office(idOrCode string) *senim.Office {
	for _, o := range c.offices {
		if o.ID == idOrCode || o.Code == strings.ToUpper(idOrCode) {
			return o
		}
	}
	return nil
}

// officeFor returns the office nearest above territory k (k included).
func (c *placeCache) officeFor(k senim.KATO) *senim.Office {
	anc := k.Ancestors()
	for i := len(anc) - 1; i >= 0; i-- {
		if o := c.byTerritory[anc[i]]; o != nil {
			return o
		}
	}
	return nil
}

// NearestOffice returns the reception office nearest to a point, among
// those with coordinates; not found when none has them.
func (db *DB) NearestOffice(ctx context.Context, lat, lon float64) (*senim.Office, error) {
	c, err := db.places(ctx)
	if err != nil {
		return nil, err
	}
	if o := senim.NearestOffice(c.offices, lat, lon); o != nil {
		return o, nil
	}
	return nil, senim.NotFound("office")
}

// TerritoryNamedIn returns the most specific territory an address names
// (senim.PlaceNames); not found when it names none.
func (db *DB) TerritoryNamedIn(ctx context.Context, address string) (*senim.Territory, error) {
	c, err := db.places(ctx)
	if err != nil {
		return nil, err
	}
	c.namesOnce.Do(func() {
		var ts []*senim.Territory
		if ts, c.namesErr = db.FindTerritories(ctx, senim.TerritoryFilter{}); c.namesErr == nil {
			c.names = senim.NewPlaceNames(ts)
		}
	})
	if c.namesErr != nil {
		return nil, c.namesErr
	}
	if t := c.names.In(address); t != nil {
		return t, nil
	}
	return nil, senim.NotFound("territory")
}
