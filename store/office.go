package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	senim "github.com/senim-kz/senim"
)

const officeColumns = "id, code, territory, name_ru, name_kk, name_en, address, hours, phone, lat, lon"

func scanOffice(s scanner) (*senim.Office, error) {
	o := &senim.Office{}
	err := s.Scan(&o.ID, &o.Code, &o.Territory, &o.NameRU, &o.NameKK, &o.NameEN, &o.Address, &o.Hours, &o.Phone, &o.Lat, &o.Lon)
	return o, err
}

// CreateOffice stores a new reception office.
func (db *DB) CreateOffice(ctx context.Context, o *senim.Office) error {
	if err := o.Validate(); err != nil {
		return err
	}
	if err := mayManage(ctx, o.Territory); err != nil {
		return err
	}
	if o.ID == "" {
		o.ID = senim.NewID()
	}
	err := db.write(ctx, func(tx *Tx) error {
		if err := territoryExists(tx, o.Territory); err != nil {
			return err
		}
		_, err := tx.Exec("INSERT INTO offices ("+officeColumns+") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			o.ID, o.Code, o.Territory, o.NameRU, o.NameKK, o.NameEN, o.Address, o.Hours, o.Phone, o.Lat, o.Lon)
		if isUnique(err) {
			return senim.Errorf(senim.ECONFLICT, "office.code_taken", "code", o.Code)
		}
		return err
	})
	db.forgetPlaces()
	return err
}

// FindOffices lists offices by code.
func (db *DB) FindOffices(ctx context.Context, f senim.OfficeFilter) ([]*senim.Office, error) {
	var where []string
	var args []any
	if f.ID != nil {
		where, args = append(where, "id = ?"), append(args, *f.ID)
	}
	if len(f.IDs) > 0 {
		pred, vals := inList("id", f.IDs)
		where, args = append(where, pred), append(args, vals...)
	}
	if f.Code != nil {
		where, args = append(where, "code = ?"), append(args, strings.ToUpper(*f.Code))
	}
	if f.Territory != nil {
		lo, hi := f.Territory.Range()
		where, args = append(where, "territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	q := "SELECT " + officeColumns + " FROM offices"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := db.reader(ctx).Query(q+" ORDER BY code", args...)
	return collect(rows, err, scanOffice)
}

// OfficeFor returns the office nearest above territory k.
func (db *DB) OfficeFor(ctx context.Context, k senim.KATO) (*senim.Office, error) {
	c, err := db.places(ctx)
	if err != nil {
		return nil, err
	}
	if o := c.officeFor(k); o != nil {
		return o, nil
	}
	return nil, senim.NotFound("office")
}

const bodyColumns = "id, territory, name_ru, name_kk, name_en"

func scanBody(s scanner) (*senim.Body, error) {
	b := &senim.Body{}
	err := s.Scan(&b.ID, &b.Territory, &b.NameRU, &b.NameKK, &b.NameEN)
	return b, err
}

// CreateBody stores a new executive body.
func (db *DB) CreateBody(ctx context.Context, b *senim.Body) error {
	if err := b.Validate(); err != nil {
		return err
	}
	if err := mayManage(ctx, b.Territory); err != nil {
		return err
	}
	if b.ID == "" {
		b.ID = senim.NewID()
	}
	return db.write(ctx, func(tx *Tx) error {
		if err := territoryExists(tx, b.Territory); err != nil {
			return err
		}
		_, err := tx.Exec("INSERT INTO bodies ("+bodyColumns+") VALUES (?, ?, ?, ?, ?)",
			b.ID, b.Territory, b.NameRU, b.NameKK, b.NameEN)
		return err
	})
}

// FindBodies lists executive bodies by name.
func (db *DB) FindBodies(ctx context.Context, f senim.BodyFilter) ([]*senim.Body, error) {
	var where []string
	var args []any
	if f.ID != nil {
		where, args = append(where, "id = ?"), append(args, *f.ID)
	}
	if len(f.IDs) > 0 {
		pred, vals := inList("id", f.IDs)
		where, args = append(where, pred), append(args, vals...)
	}
	if f.Territory != nil {
		lo, hi := f.Territory.Range()
		where, args = append(where, "territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	q := "SELECT " + bodyColumns + " FROM bodies"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := db.reader(ctx).Query(q+" ORDER BY territory, name_ru", args...)
	return collect(rows, err, scanBody)
}

func findBody(q queryer, id string) (*senim.Body, error) {
	b, err := scanBody(q.QueryRow("SELECT "+bodyColumns+" FROM bodies WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("body")
	}
	return b, err
}

// mayManage checks that the context's actor may add offices and bodies on k.
func mayManage(ctx context.Context, k senim.KATO) error {
	a := senim.ActorFrom(ctx)
	if !a.CanManageOffices() {
		return senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	if !a.Sees(k) {
		return senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(k))
	}
	return nil
}
