package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	senim "github.com/senim-kz/senim"
)

// seed makes sure a fresh database has the country's top level and the
// default categories. Existing rows are left as the administrator set them.
func (db *DB) seed(ctx context.Context) error {
	return db.write(ctx, func(tx *Tx) error {
		ts := append([]senim.Territory{senim.Country}, senim.Regions...)
		for i := range ts {
			t := ts[i]
			if err := t.Validate(); err != nil {
				return err
			}
			if _, err := tx.Exec(`INSERT INTO territories (code, parent, level, name_ru, name_kk, name_en)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
				t.Code, t.Parent, t.Level, t.NameRU, t.NameKK, t.NameEN); err != nil {
				return err
			}
		}
		for i, c := range senim.DefaultCategories {
			c.Position = i
			if err := c.Validate(); err != nil {
				return err
			}
			if _, err := tx.Exec(`INSERT INTO categories (code, name_ru, name_kk, name_en, answer_days, position)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
				c.Code, c.NameRU, c.NameKK, c.NameEN, c.AnswerDays, c.Position); err != nil {
				return err
			}
		}
		return nil
	})
}

const territoryColumns = "code, parent, level, name_ru, name_kk, name_en"

func scanTerritory(s scanner) (*senim.Territory, error) {
	t := &senim.Territory{}
	err := s.Scan(&t.Code, &t.Parent, &t.Level, &t.NameRU, &t.NameKK, &t.NameEN)
	return t, err
}

// FindTerritory returns one territory by code.
func (db *DB) FindTerritory(ctx context.Context, code senim.KATO) (*senim.Territory, error) {
	return findTerritory(db.reader(ctx), code)
}

func findTerritory(q queryer, code senim.KATO) (*senim.Territory, error) {
	t, err := scanTerritory(q.QueryRow("SELECT "+territoryColumns+" FROM territories WHERE code = ?", code))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("territory")
	}
	return t, err
}

// territoryExists returns an EINVALID error naming the territory field when
// k is not stored, and other errors as they are.
func territoryExists(q queryer, k senim.KATO) error {
	_, err := findTerritory(q, k)
	if senim.ErrorCode(err) == senim.ENOTFOUND {
		return senim.Invalid("territory", "territory.unknown", "code", string(k))
	}
	return err
}

// FindTerritories lists the children of a territory, or the given codes, by code.
func (db *DB) FindTerritories(ctx context.Context, f senim.TerritoryFilter) ([]*senim.Territory, error) {
	var where []string
	var args []any
	if f.Parent != nil {
		where = append(where, "parent = ? AND code <> ?")
		args = append(args, *f.Parent, *f.Parent)
	}
	if len(f.Parents) > 0 {
		pred, vals := inList("parent", f.Parents)
		where, args = append(where, pred+" AND parent <> code"), append(args, vals...)
	}
	if len(f.Codes) > 0 {
		pred, vals := inList("code", f.Codes)
		where, args = append(where, pred), append(args, vals...)
	}
	q := "SELECT " + territoryColumns + " FROM territories"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY code"
	if f.Limit > 0 {
		q += " LIMIT ?"
		args = append(args, f.Limit)
	}
	rows, err := db.reader(ctx).Query(q, args...)
	return collect(rows, err, scanTerritory)
}

// ImportTerritories inserts or updates every territory in one transaction:
// all of them or, on any error, none.
func (db *DB) ImportTerritories(ctx context.Context, ts []*senim.Territory) (int, error) {
	var p senim.Problems
	incoming := make(map[senim.KATO]bool, len(ts))
	for _, t := range ts {
		if err := t.Validate(); err != nil {
			p.Add(err)
			continue
		}
		incoming[t.Code] = true
	}
	if err := p.Err(); err != nil {
		return 0, err
	}
	err := db.write(ctx, func(tx *Tx) error {
		stored := map[senim.KATO]bool{senim.CountryKATO: true}
		exists := func(k senim.KATO) bool {
			if incoming[k] || stored[k] {
				return true
			}
			_, err := findTerritory(tx, k)
			stored[k] = err == nil
			return stored[k]
		}
		for _, t := range ts {
			// The classifier skips levels in places (a city's districts
			// hang right under the city): the parent is the nearest
			// ancestor that exists.
			for t.Parent != senim.CountryKATO && !exists(t.Parent) {
				t.Parent = t.Parent.Parent()
			}
			if _, err := tx.Exec(`INSERT INTO territories (code, parent, level, name_ru, name_kk, name_en)
				VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT (code) DO UPDATE SET parent = excluded.parent, name_ru = excluded.name_ru, name_kk = excluded.name_kk,
					name_en = CASE WHEN excluded.name_en = '' THEN territories.name_en ELSE excluded.name_en END`,
				t.Code, t.Parent, t.Level, t.NameRU, t.NameKK, t.NameEN); err != nil {
				return err
			}
		}
		return nil
	})
	db.forgetPlaces()
	if err != nil {
		return 0, err
	}
	return len(ts), nil
}

// placeholders returns "?, ?, …" with n marks.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// inList returns the predicate "col IN (?, ?, …)" and its arguments.
func inList[T any](col string, vals []T) (string, []any) {
	args := make([]any, len(vals))
	for i, v := range vals {
		args[i] = v
	}
	return col + " IN (" + placeholders(len(vals)) + ")", args
}

// scanner is a row to scan: *sql.Row or *sql.Rows.
type scanner interface{ Scan(...any) error }

// collect reads every row of a query's answer with scan.
func collect[T any](rows *sql.Rows, err error, scan func(scanner) (T, error)) ([]T, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
