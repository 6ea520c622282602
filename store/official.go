package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	senim "github.com/senim-kz/senim"
)

// OfficialRoles lists the kinds of posts that hold receptions, with their
// obligations.
func (db *DB) OfficialRoles(ctx context.Context) ([]*senim.OfficialRole, error) {
	rows, err := db.reader(ctx).Query(`SELECT code, name_ru, name_kk, name_en, per_period, period
		FROM official_roles ORDER BY position, code`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*senim.OfficialRole
	for rows.Next() {
		r := &senim.OfficialRole{}
		if err := rows.Scan(&r.Code, &r.NameRU, &r.NameKK, &r.NameEN, &r.PerPeriod, &r.Period); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// SetObligation changes how many receptions a role obliges its holders to
// hold, and over which period. Only the central office sets it: it is the
// same rule for the whole country.
func (db *DB) SetObligation(ctx context.Context, code string, perPeriod int, period senim.Period) (*senim.OfficialRole, error) {
	a := senim.ActorFrom(ctx)
	if a.Kind != senim.ActorSystem && !(a.IsStaff() && a.Role == senim.RoleCentral) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	r := &senim.OfficialRole{Code: code, PerPeriod: perPeriod, Period: period}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	err := db.write(ctx, func(tx *Tx) error {
		res, err := tx.Exec(`UPDATE official_roles SET per_period = ?, period = ? WHERE code = ?`, perPeriod, period, code)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return senim.NotFound("official_role")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	roles, err := db.OfficialRoles(ctx)
	for _, r := range roles {
		if r.Code == code {
			return r, nil
		}
	}
	return nil, err
}

// CreateOfficial adds a person's post: a new person named in the input, or
// an existing one by id. Staff who handle appeals add the officials of their
// territory.
func (db *DB) CreateOfficial(ctx context.Context, in senim.OfficialInput) (*senim.Official, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanHandleAppeals() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	o, verr := senim.NewOfficial(in, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(verr)
	roles, err := db.OfficialRoles(ctx)
	if err != nil {
		return nil, err
	}
	if o.Role != "" && !hasRole(roles, o.Role) {
		p.Add(senim.Invalid("role", "official_role.unknown", "role", o.Role))
	}
	places, err := db.places(ctx)
	if err != nil {
		return nil, err
	}
	if o.Territory != "" && !places.territories[o.Territory] {
		p.Add(senim.Invalid("territory", "territory.unknown", "code", string(o.Territory)))
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(o.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(o.Territory))
	}
	o.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		if err := ensurePerson(tx, &o.Person); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO officials (id, person_id, role, post, territory, since, until, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, o.ID, o.Person.ID, o.Role, o.Post, o.Territory, o.Since, nullDate(o.Until), tx.now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// ensurePerson reads an existing person's name by id, or adds a new person.
func ensurePerson(tx *Tx, p *senim.Person) error {
	if p.ID != "" {
		err := tx.QueryRow(`SELECT name FROM persons WHERE id = ?`, p.ID).Scan(&p.Name)
		if errors.Is(err, sql.ErrNoRows) {
			return senim.Invalid("person", "person.unknown", "id", p.ID)
		}
		return err
	}
	p.ID = senim.NewID()
	_, err := tx.Exec(`INSERT INTO persons (id, name, created_at) VALUES (?, ?, ?)`, p.ID, p.Name, tx.now)
	return err
}

func hasRole(roles []*senim.OfficialRole, code string) bool {
	for _, r := range roles {
		if r.Code == code {
			return true
		}
	}
	return false
}

func nullDate(d senim.Date) any {
	if d.IsZero() {
		return nil
	}
	return d
}

// EndOfficial records the last day of an official's post.
func (db *DB) EndOfficial(ctx context.Context, id string, until senim.Date) (*senim.Official, error) {
	defer db.forgetRating()
	o, err := db.FindOfficial(ctx, id)
	if err != nil {
		return nil, err
	}
	actor := senim.ActorFrom(ctx)
	if !actor.CanHandleAppeals() || !actor.Sees(o.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	if until.Before(o.Since) {
		return nil, senim.Invalid("until", "official.until")
	}
	err = db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`UPDATE officials SET until = ? WHERE id = ?`, until, id)
		return err
	})
	if err != nil {
		return nil, err
	}
	o.Until = until
	return o, nil
}

// FindOfficial returns one official.
func (db *DB) FindOfficial(ctx context.Context, id string) (*senim.Official, error) {
	list, err := db.FindOfficials(ctx, senim.OfficialFilter{ID: &id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, senim.NotFound("official")
	}
	return list[0], nil
}

const officialColumns = `o.id, o.person_id, p.name, o.role, o.post, o.territory, o.since, o.until`

func scanOfficial(s scanner) (*senim.Official, error) {
	o := &senim.Official{}
	err := s.Scan(&o.ID, &o.Person.ID, &o.Person.Name, &o.Role, &o.Post, &o.Territory, &o.Since, &o.Until)
	return o, err
}

// FindOfficials lists officials by name. Officials are public: their names,
// posts and receptions are what the schedule shows.
func (db *DB) FindOfficials(ctx context.Context, f senim.OfficialFilter) ([]*senim.Official, error) {
	var where []string
	var args []any
	if f.ID != nil {
		where, args = append(where, "o.id = ?"), append(args, *f.ID)
	}
	if len(f.IDs) > 0 {
		pred, vals := inList("o.id", f.IDs)
		where, args = append(where, pred), append(args, vals...)
	}
	if f.Territory != nil {
		lo, hi := f.Territory.Range()
		where, args = append(where, "o.territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	if f.Role != nil {
		where, args = append(where, "o.role = ?"), append(args, *f.Role)
	}
	if f.InPostOn != nil {
		where, args = append(where, "o.since <= ? AND (o.until IS NULL OR o.until >= ?)"), append(args, *f.InPostOn, *f.InPostOn)
	}
	q := "SELECT " + officialColumns + " FROM officials o JOIN persons p ON p.id = o.person_id"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY p.name, o.since, o.id"
	rows, err := db.reader(ctx).Query(q, args...)
	return collect(rows, err, scanOfficial)
}
