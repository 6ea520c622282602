package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
)

// The party's structure: branches, primary organisations, members and
// their history, and who looked at a member's personal data.

var errForbidden = senim.Errorf(senim.EFORBIDDEN, "forbidden")

// FindBranches lists the branches in k's subtree, by territory and level.
// Branches are public.
func (db *DB) FindBranches(ctx context.Context, k senim.KATO) ([]*senim.Branch, error) {
	lo, hi := k.Range()
	rows, err := db.reader(ctx).Query(`SELECT id, level, territory, name_ru, name_kk, name_en, chair, address
		FROM branches WHERE territory BETWEEN ? AND ? ORDER BY territory, level`, lo, hi)
	return collect(rows, err, func(s scanner) (*senim.Branch, error) {
		b := &senim.Branch{}
		return b, s.Scan(&b.ID, &b.Level, &b.Territory, &b.Name.RU, &b.Name.KK, &b.Name.EN, &b.Chair, &b.Address)
	})
}

// CreateBranch adds a branch; a territory has one branch of a level.
func (db *DB) CreateBranch(ctx context.Context, in senim.BranchInput) (*senim.Branch, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	b, err := senim.NewBranch(in)
	var p senim.Problems
	p.Add(err)
	if b.Territory != "" {
		if err := db.checkTerritory(ctx, b.Territory, &p); err != nil {
			return nil, err
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(b.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(b.Territory))
	}
	b.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO branches (id, level, territory, name_ru, name_kk, name_en, chair, address, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, b.ID, b.Level, b.Territory, b.Name.RU, b.Name.KK, b.Name.EN, b.Chair, b.Address, tx.now)
		if isUnique(err) {
			return senim.Errorf(senim.ECONFLICT, "branch.exists")
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return b, nil
}

// ImportBranches stores branches made elsewhere (the demo) in one
// transaction.
func (db *DB) ImportBranches(ctx context.Context, bs []*senim.Branch) error {
	if !senim.ActorFrom(ctx).CanManageMembers() {
		return errForbidden
	}
	return db.write(ctx, func(tx *Tx) error {
		var vals []any
		for _, b := range bs {
			vals = append(vals, b.ID, b.Level, b.Territory, b.Name.RU, b.Name.KK, b.Name.EN, b.Chair, b.Address)
		}
		return insertMany(tx, `INSERT INTO branches (id, level, territory, name_ru, name_kk, name_en, chair, address, created_at)`, 8, vals, tx.now)
	})
}

// OrgFilter selects primary organisations.
type OrgFilter struct {
	Territory senim.KATO
	Kind      senim.OrgKind
	Query     string // words of the name or the code
	Limit     int
	Offset    int
}

const orgColumns = `id, code, name, kind, territory, workplace, founded, closed`

func scanOrg(s scanner) (*senim.PrimaryOrg, error) {
	o := &senim.PrimaryOrg{}
	return o, s.Scan(&o.ID, &o.Code, &o.Name, &o.Kind, &o.Territory, &o.Workplace, &o.Founded, &o.Closed)
}

// FindOrgs lists the primary organisations of a territory, by territory
// and code, with how many members each has now; total is how many match.
// Organisations are public.
func (db *DB) FindOrgs(ctx context.Context, f OrgFilter) (orgs []*senim.PrimaryOrg, total int, err error) {
	if f.Territory == "" {
		f.Territory = senim.CountryKATO
	}
	lo, hi := f.Territory.Range()
	where, args := " WHERE territory BETWEEN ? AND ?", []any{lo, hi}
	if f.Kind != "" {
		where += " AND kind = ?"
		args = append(args, f.Kind)
	}
	for _, t := range searchTerms(f.Query) {
		where += " AND (LOWER(name) LIKE ? OR LOWER(code) LIKE ?)"
		args = append(args, "%"+t+"%", t+"%")
	}
	r := db.reader(ctx)
	if err := r.QueryRow(`SELECT COUNT(*) FROM primary_orgs`+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := f.Limit
	if limit <= 0 || limit > senim.MaxMemberPage {
		limit = 100
	}
	rows, err := r.Query(`SELECT `+orgColumns+` FROM primary_orgs`+where+` ORDER BY territory, code LIMIT ? OFFSET ?`,
		append(args, limit, max(f.Offset, 0))...)
	if orgs, err = collect(rows, err, scanOrg); err != nil {
		return nil, 0, err
	}
	if !seesOrgCounts(ctx) {
		return orgs, total, nil
	}
	counts, err := db.members.orgCounts(ctx, db)
	if err != nil {
		return nil, 0, err
	}
	for _, o := range orgs {
		o.Members = counts[o.ID]
	}
	return orgs, total, nil
}

// seesOrgCounts reports whether the caller is told how many members an
// organisation has: staff and the system. For the public an
// organisation's count would be a village's, finer than the statistics
// show them.
func seesOrgCounts(ctx context.Context) bool {
	a := senim.ActorFrom(ctx)
	return a.IsStaff() || a.Kind == senim.ActorSystem
}

// FindOrg returns a primary organisation by its id or its code.
func (db *DB) FindOrg(ctx context.Context, ref string) (*senim.PrimaryOrg, error) {
	o, err := findOrg(db.reader(ctx), ref)
	if err != nil || !seesOrgCounts(ctx) {
		return o, err
	}
	counts, err := db.members.orgCounts(ctx, db)
	if err != nil {
		return nil, err
	}
	o.Members = counts[o.ID]
	return o, nil
}

// findOrg reads an organisation by its id or code, without its count of
// members (which would bring the statistics' copy up to date first).
func findOrg(q queryer, ref string) (*senim.PrimaryOrg, error) {
	ref = strings.TrimSpace(ref)
	o, err := scanOrg(q.QueryRow(`SELECT `+orgColumns+` FROM primary_orgs WHERE id = ? OR code = ?`, ref, ref))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("organisation")
	}
	return o, err
}

// CreateOrg founds a primary organisation; its code is unique.
func (db *DB) CreateOrg(ctx context.Context, in senim.PrimaryOrgInput) (*senim.PrimaryOrg, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	o, err := senim.NewPrimaryOrg(in, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(err)
	if o.Territory != "" {
		if err := db.checkTerritory(ctx, o.Territory, &p); err != nil {
			return nil, err
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(o.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(o.Territory))
	}
	o.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error { return insertOrgs(tx, []*senim.PrimaryOrg{o}) })
	if senim.ErrorCode(err) == senim.ECONFLICT {
		return nil, senim.Invalid("code", "org.code_taken", "code", o.Code)
	}
	if err != nil {
		return nil, err
	}
	return o, nil
}

// ImportOrgs stores primary organisations made elsewhere (the demo) in one
// transaction.
func (db *DB) ImportOrgs(ctx context.Context, orgs []*senim.PrimaryOrg) error {
	if !senim.ActorFrom(ctx).CanManageMembers() {
		return errForbidden
	}
	return db.write(ctx, func(tx *Tx) error { return insertOrgs(tx, orgs) })
}

func insertOrgs(tx *Tx, orgs []*senim.PrimaryOrg) error {
	rev, err := tx.memberClock()
	if err != nil {
		return err
	}
	var vals []any
	for _, o := range orgs {
		vals = append(vals, o.ID, o.Code, o.Name, o.Kind, o.Territory, o.Workplace, o.Founded, nullDate(o.Closed))
	}
	return insertMany(tx, `INSERT INTO primary_orgs (id, code, name, kind, territory, workplace, founded, closed, created_at, rev)`, 8, vals, tx.now, rev)
}

// memberColumns are a member's columns and the code of their organisation.
const memberColumns = `id, iin, name, sex, birth_date, phone, email, address, org_id, territory, joined, left_on,
	left_reason, left_note, youth_wing, status, created_at, updated_at, version,
	(SELECT code FROM primary_orgs o WHERE o.id = members.org_id)`

func scanMember(s scanner) (*senim.Member, error) {
	m := &senim.Member{}
	err := s.Scan(&m.ID, &m.IIN, &m.Name, &m.Sex, &m.BirthDate, &m.Phone, &m.Email, &m.Address, &m.OrgID, &m.Territory,
		&m.Joined, &m.Left, &m.LeftReason, &m.LeftNote, &m.YouthWing, &m.Status, &m.CreatedAt, &m.UpdatedAt, &m.Version, &m.OrgCode)
	m.CreatedAt, m.UpdatedAt = m.CreatedAt.UTC(), m.UpdatedAt.UTC()
	return m, err
}

// memberScope is the WHERE clause of the members of a filter's territory
// (the actor's by default, and none outside it), organisation and status.
func memberScope(actor *senim.Actor, f senim.MemberFilter) (string, []any, error) {
	if f.Territory == "" {
		f.Territory = actor.Territory
	}
	if !actor.Sees(f.Territory) {
		return "", nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(f.Territory))
	}
	// The whole country needs no territory predicate, and without one a
	// list by name walks the name index in order.
	where, args := " WHERE 1 = 1", []any{}
	if f.Territory != senim.CountryKATO {
		lo, hi := f.Territory.Range()
		where, args = " WHERE territory BETWEEN ? AND ?", []any{lo, hi}
	}
	if f.OrgID != "" {
		where += " AND org_id = ?"
		args = append(args, f.OrgID)
	}
	if f.Status != "" {
		where += " AND status = ?"
		args = append(args, f.Status)
	}
	return where, args, nil
}

// nameKey is what a member's name is searched by: its folded words, each
// after a space, so that "LIKE '% word%'" finds a word's beginning.
func nameKey(name string) string { return " " + strings.Join(strings.Fields(foldText(name)), " ") }

// FindMembers lists members of a territory by name, masked: a list shows
// nobody's IIN or contacts (a member's card does, to those who may see
// them, and records the look). A whole IIN as the query finds its holder,
// for those who may see IINs. total is how many match.
func (db *DB) FindMembers(ctx context.Context, f senim.MemberFilter) (ms []*senim.Member, total int, err error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanSeeMembers() {
		return nil, 0, errForbidden
	}
	where, args, err := memberScope(actor, f)
	if err != nil {
		return nil, 0, err
	}
	if q := strings.TrimSpace(f.Query); len(q) == 12 && strings.Trim(q, "0123456789") == "" {
		if !actor.CanManageMembers() {
			return nil, 0, nil
		}
		where += " AND iin = ?"
		args = append(args, q)
	} else {
		for _, t := range searchTerms(q) {
			where += " AND name_key LIKE ?"
			args = append(args, "% "+t+"%")
		}
	}
	r := db.reader(ctx)
	if err := r.QueryRow(`SELECT COUNT(*) FROM members`+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := f.Limit
	if limit <= 0 || limit > senim.MaxMemberPage {
		limit = 50
	}
	rows, err := r.Query(`SELECT `+memberColumns+` FROM members`+where+` ORDER BY name_key, id LIMIT ? OFFSET ?`,
		append(args, limit, max(f.Offset, 0))...)
	if ms, err = collect(rows, err, scanMember); err != nil {
		return nil, 0, err
	}
	today := senim.DateOf(db.Now())
	for i, m := range ms {
		m.Age = m.AgeOn(today)
		masked := m.Masked()
		// A list shows no contact at all, not even masked.
		masked.Phone, masked.Email, masked.Address = "", "", ""
		ms[i] = &masked
	}
	return ms, total, nil
}

// FindMember returns a member's card with its history. Those who may see
// personal data get it unmasked, and the look is recorded; auditors get it
// masked.
func (db *DB) FindMember(ctx context.Context, id string) (*senim.Member, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanSeeMembers() {
		return nil, errForbidden
	}
	m, err := db.member(db.reader(ctx), id)
	if err == nil && !actor.Sees(m.Territory) {
		err = senim.NotFound("member")
	}
	if err != nil {
		return nil, err
	}
	if m.Events, err = memberEvents(db.reader(ctx), m.ID); err != nil {
		return nil, err
	}
	if !actor.CanManageMembers() {
		masked := m.Masked()
		return &masked, nil
	}
	if actor.IsStaff() && m.HasPersonalData() {
		err := db.write(ctx, func(tx *Tx) error { return recordMemberView(tx, actor, m.ID, 1, "card", m.Territory) })
		if err != nil {
			return nil, err
		}
	}
	return m, nil
}

func (db *DB) member(q queryer, id string) (*senim.Member, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("member")
	}
	m, err := scanMember(q.QueryRow(`SELECT `+memberColumns+` FROM members WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("member")
	}
	if err != nil {
		return nil, err
	}
	m.Age = m.AgeOn(senim.DateOf(db.Now()))
	return m, nil
}

func memberEvents(q queryer, id string) ([]*senim.MemberEvent, error) {
	rows, err := q.Query(`SELECT seq, action, actor, at, data FROM member_events WHERE member_id = ? ORDER BY seq`, id)
	return collect(rows, err, func(s scanner) (*senim.MemberEvent, error) {
		e := &senim.MemberEvent{}
		var data string
		if err := s.Scan(&e.Seq, &e.Action, &e.Actor, &e.At, &data); err != nil {
			return nil, err
		}
		e.At = e.At.UTC()
		if data != "" && data != "{}" {
			if err := json.Unmarshal([]byte(data), &e.Data); err != nil {
				return nil, err
			}
		}
		return e, nil
	})
}

func recordMemberView(tx *Tx, actor *senim.Actor, memberID string, n int, what string, k senim.KATO) error {
	_, err := tx.Exec(`INSERT INTO member_views (id, actor, member_id, members, what, territory, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		senim.NewID(), actor.Label(), memberID, n, what, k, tx.now)
	return err
}

// MemberView records a look at members' personal data: one member's card,
// or an export of Members of them.
type MemberView struct {
	Actor     string     `json:"actor"`
	What      string     `json:"what"` // "card" or "export"
	Members   int        `json:"members"`
	Territory senim.KATO `json:"territory"`
	At        time.Time  `json:"at"`
}

// MemberViews lists who looked at a member's personal data and when,
// oldest first; with an empty id, the exports of the actor's territory.
func (db *DB) MemberViews(ctx context.Context, memberID string) ([]MemberView, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanSeeMembers() {
		return nil, errForbidden
	}
	lo, hi := actor.Territory.Range()
	rows, err := db.reader(ctx).Query(`SELECT actor, what, members, territory, at FROM member_views
		WHERE member_id = ? AND territory BETWEEN ? AND ? ORDER BY at, id`, memberID, lo, hi)
	return collect(rows, err, func(s scanner) (MemberView, error) {
		var v MemberView
		err := s.Scan(&v.Actor, &v.What, &v.Members, &v.Territory, &v.At)
		v.At = v.At.UTC()
		return v, err
	})
}

// orgOf finds the organisation a member joins or moves to, by id or code,
// at field: it must exist, be open, and lie in the actor's territory.
func (db *DB) orgOf(ctx context.Context, ref, field string) (*senim.PrimaryOrg, error) {
	o, err := findOrg(db.reader(ctx), ref)
	if senim.ErrorCode(err) == senim.ENOTFOUND {
		return nil, senim.Invalid(field, "org.unknown", "org", ref)
	}
	if err != nil {
		return nil, err
	}
	if !o.Closed.IsZero() {
		return nil, senim.Invalid(field, "org.closed", "org", o.Code)
	}
	if actor := senim.ActorFrom(ctx); !actor.Sees(o.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(o.Territory))
	}
	return o, nil
}

// AdmitMember admits a member: a new one, or one who left before (then
// readmitted, their history going on). An IIN that is a member's now is a
// conflict.
func (db *DB) AdmitMember(ctx context.Context, in senim.MemberInput) (*senim.Member, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	now := db.Now()
	today := senim.DateOf(now)
	m, err := senim.NewMember(in, today, now)
	var p senim.Problems
	p.Add(err)
	var org *senim.PrimaryOrg
	if strings.TrimSpace(in.Org) != "" {
		org, err = db.orgOf(ctx, in.Org, "organisation")
		p.Add(err)
		if org != nil && err == nil && m.Joined.Before(org.Founded) {
			p.Add(senim.Invalid("joined", "member.before_org", "founded", org.Founded.String()))
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	m.OrgID, m.OrgCode, m.Territory = org.ID, org.Code, org.Territory
	var out *senim.Member
	err = db.write(ctx, func(tx *Tx) error {
		prev, err := scanMember(tx.QueryRow(`SELECT `+memberColumns+` FROM members WHERE iin = ?`, m.IIN))
		if errors.Is(err, sql.ErrNoRows) {
			m.ID = senim.NewID()
			if err := insertMembers(tx, []*senim.Member{m}); err != nil {
				return err
			}
			rev, err := tx.memberClock()
			if err != nil {
				return err
			}
			if err := openSpans(tx, []*senim.Member{m}, spanAdmitted, rev); err != nil {
				return err
			}
			out = m
			return insertMemberEvent(tx, m.ID, senim.ActionMemberAdmitted, actor, map[string]any{"organisation": org.Code, "joined": m.Joined.String()})
		}
		if err != nil {
			return err
		}
		if err := prev.Readmit(in, today, now); err != nil {
			return err
		}
		prev.OrgID, prev.OrgCode, prev.Territory = org.ID, org.Code, org.Territory
		if err := updateMember(tx, prev); err != nil {
			return err
		}
		rev, err := tx.memberClock()
		if err != nil {
			return err
		}
		if err := openSpans(tx, []*senim.Member{prev}, spanReadmitted, rev); err != nil {
			return err
		}
		out = prev
		return insertMemberEvent(tx, prev.ID, senim.ActionMemberReadmitted, actor, map[string]any{"organisation": org.Code, "joined": prev.Joined.String()})
	})
	if err != nil {
		return nil, err
	}
	out.Age = out.AgeOn(today)
	return out, nil
}

func insertMembers(tx *Tx, ms []*senim.Member) error {
	vals := make([]any, 0, 20*len(ms))
	for _, m := range ms {
		vals = append(vals, m.ID, m.IIN, m.Name, m.Sex, m.BirthDate, m.Phone, m.Email, m.Address, m.OrgID, m.Territory,
			m.Joined, nullDate(m.Left), m.LeftReason, m.LeftNote, m.YouthWing, m.Status, nameKey(m.Name),
			m.CreatedAt.UTC(), m.UpdatedAt.UTC(), m.Version)
	}
	err := insertMany(tx, `INSERT INTO members (id, iin, name, sex, birth_date, phone, email, address, org_id, territory,
		joined, left_on, left_reason, left_note, youth_wing, status, name_key, created_at, updated_at, version)`, 20, vals)
	if senim.ErrorCode(err) == senim.ECONFLICT {
		return senim.Errorf(senim.ECONFLICT, "member.exists")
	}
	return err
}

func updateMember(tx *Tx, m *senim.Member) error {
	_, err := tx.Exec(`UPDATE members SET name = ?, phone = ?, email = ?, address = ?, org_id = ?, territory = ?,
		joined = ?, left_on = ?, left_reason = ?, left_note = ?, youth_wing = ?, status = ?, name_key = ?, updated_at = ?, version = ?
		WHERE id = ?`, m.Name, m.Phone, m.Email, m.Address, m.OrgID, m.Territory, m.Joined, nullDate(m.Left),
		m.LeftReason, m.LeftNote, m.YouthWing, m.Status, nameKey(m.Name), m.UpdatedAt.UTC(), m.Version, m.ID)
	return err
}

func insertMemberEvent(tx *Tx, memberID string, action senim.MemberAction, actor *senim.Actor, data map[string]any) error {
	b, err := json.Marshal(data)
	if err != nil {
		return err
	}
	_, err = tx.Exec(`INSERT INTO member_events (member_id, action, actor, at, data) VALUES (?, ?, ?, ?, ?)`,
		memberID, action, actor.Label(), tx.now, string(b))
	return err
}

// UpdateMember changes a member's record: name, contacts, youth wing,
// status (suspended or active again), or their organisation (a transfer).
func (db *DB) UpdateMember(ctx context.Context, id string, u senim.MemberUpdate) (*senim.Member, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	var to *senim.PrimaryOrg
	if u.Org != nil && strings.TrimSpace(*u.Org) != "" {
		var err error
		if to, err = db.orgOf(ctx, *u.Org, "organisation"); err != nil {
			return nil, err
		}
	}
	var out *senim.Member
	err := db.write(ctx, func(tx *Tx) error {
		m, err := db.member(tx, id)
		if err == nil && !actor.Sees(m.Territory) {
			err = senim.NotFound("member")
		}
		if err != nil {
			return err
		}
		from, wasStatus, wasYouth := m.OrgID, m.Status, m.YouthWing
		action, changed, err := m.Apply(u, tx.now)
		if err != nil {
			return err
		}
		moved := to != nil && to.ID != from
		if len(changed) == 0 && !moved {
			out = m // nothing to change: no event, no new version
			return nil
		}
		if len(changed) == 0 {
			m.UpdatedAt, m.Version = tx.now, m.Version+1
		}
		if moved || m.Status != wasStatus || m.YouthWing != wasYouth {
			rev, err := tx.memberClock()
			if err != nil {
				return err
			}
			if moved {
				m.OrgID, m.OrgCode, m.Territory = to.ID, to.Code, to.Territory
				if err := moveSpan(tx, m, senim.DateOf(tx.now), rev); err != nil {
					return err
				}
			}
			if err := keepSpan(tx, m, rev); err != nil {
				return err
			}
		}
		if moved {
			var fromCode string
			if err := tx.QueryRow(`SELECT code FROM primary_orgs WHERE id = ?`, from).Scan(&fromCode); err != nil {
				return err
			}
			if err := insertMemberEvent(tx, m.ID, senim.ActionMemberTransferred, actor, map[string]any{"from": fromCode, "to": to.Code}); err != nil {
				return err
			}
		}
		if len(changed) > 0 {
			if err := insertMemberEvent(tx, m.ID, action, actor, map[string]any{"fields": changed}); err != nil {
				return err
			}
		}
		out = m
		return updateMember(tx, m)
	})
	return out, err
}

// LeaveMember records that a member left, when and why.
func (db *DB) LeaveMember(ctx context.Context, id string, d senim.Departure) (*senim.Member, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	var out *senim.Member
	err := db.write(ctx, func(tx *Tx) error {
		m, err := db.member(tx, id)
		if err == nil && !actor.Sees(m.Territory) {
			err = senim.NotFound("member")
		}
		if err != nil {
			return err
		}
		if err := m.Leave(d, senim.DateOf(tx.now), tx.now); err != nil {
			return err
		}
		// Not before the member came to their present organisation either.
		if _, since, err := openSpan(tx, m.ID); err != nil {
			return err
		} else if !since.IsZero() && m.Left.Before(since) {
			return senim.Invalid("on", "member.left_before_joined", "joined", since.String())
		}
		if err := updateMember(tx, m); err != nil {
			return err
		}
		rev, err := tx.memberClock()
		if err != nil {
			return err
		}
		if err := closeSpan(tx, m.ID, m.Left, spanLeft, rev); err != nil {
			return err
		}
		out = m
		return insertMemberEvent(tx, m.ID, senim.ActionMemberLeft, actor, map[string]any{"reason": m.LeftReason, "on": m.Left.String()})
	})
	return out, err
}

// ImportMembers admits the members of a file in one transaction: all of
// them or, when any line is wrong, none. Every line is checked as an
// admission is (and as a departure, when it has left); its organisation
// must exist in the actor's territory; an IIN may appear once in the file
// and must not be a member's already. The errors name their lines
// ("line.12.iin"); past senim.MaxLineErrors they are counted.
func (db *DB) ImportMembers(ctx context.Context, recs []senim.MemberRecord) (int, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return 0, errForbidden
	}
	if len(recs) == 0 {
		return 0, senim.Invalid("file", "import.empty")
	}
	now := db.Now()
	today := senim.DateOf(now)
	orgs, err := db.orgsByRef(ctx)
	if err != nil {
		return 0, err
	}
	// Every fault of every line is gathered, then reported by line.
	type fault struct {
		line int
		err  *senim.Error
	}
	var faults []fault
	var other senim.Problems // not about a line: forbidden, internal
	fail := func(line int, err error) {
		if err == nil {
			return
		}
		var e *senim.Error
		if !errors.As(err, &e) || e.Code != senim.EINVALID {
			other.Add(err)
			return
		}
		for _, fe := range e.FieldErrors() {
			faults = append(faults, fault{line, senim.PrefixField(fe, fmt.Sprintf("line.%d.", line)).(*senim.Error)})
		}
	}
	ms := make([]*senim.Member, 0, len(recs))
	lines := make(map[string]int, len(recs)) // IIN → its first line
	for _, rec := range recs {
		for _, fe := range rec.Faults {
			faults = append(faults, fault{rec.Line, fe})
		}
		m, err := senim.NewMember(rec.In, today, now)
		fail(rec.Line, err)
		if o := orgs[strings.TrimSpace(rec.In.Org)]; o != nil {
			switch {
			case !actor.Sees(o.Territory):
				fail(rec.Line, senim.Invalid("organisation", "territory.outside", "code", string(o.Territory)))
			case !o.Closed.IsZero():
				fail(rec.Line, senim.Invalid("organisation", "org.closed", "org", o.Code))
			case err == nil && m.Joined.Before(o.Founded):
				fail(rec.Line, senim.Invalid("joined", "member.before_org", "founded", o.Founded.String()))
			}
			m.OrgID, m.OrgCode, m.Territory = o.ID, o.Code, o.Territory
		} else if strings.TrimSpace(rec.In.Org) != "" {
			fail(rec.Line, senim.Invalid("organisation", "org.unknown", "org", rec.In.Org))
		}
		switch {
		case strings.TrimSpace(rec.Leave.On) != "":
			fail(rec.Line, m.Leave(rec.Leave, today, now))
		case strings.TrimSpace(rec.Leave.Reason) != "" || strings.TrimSpace(rec.Leave.Note) != "":
			fail(rec.Line, senim.Invalid("left", "required"))
		}
		switch strings.TrimSpace(rec.Status) {
		case "", string(senim.MemberActive), string(senim.MemberLeft):
		case string(senim.MemberSuspended):
			if m.Status == senim.MemberActive {
				m.Status = senim.MemberSuspended
			}
		default:
			fail(rec.Line, senim.Invalid("status", "member.status", "status", rec.Status))
		}
		if m.IIN != "" {
			if first, ok := lines[m.IIN]; ok {
				fail(rec.Line, senim.Invalid("iin", "import.iin_twice", "line", first))
			} else {
				lines[m.IIN] = rec.Line
			}
		}
		m.ID = senim.NewID()
		ms = append(ms, m)
	}
	iins := make([]string, 0, len(lines))
	for iin := range lines {
		iins = append(iins, iin)
	}
	var taken []int
	err = queryIn(db.reader(ctx), `SELECT iin FROM members WHERE `, "iin", iins, func(s scanner) error {
		var iin string
		err := s.Scan(&iin)
		taken = append(taken, lines[iin])
		return err
	})
	if err != nil {
		return 0, err
	}
	for _, line := range taken {
		fail(line, senim.Invalid("iin", "member.exists"))
	}
	if err := other.Err(); err != nil {
		return 0, err
	}
	slices.SortStableFunc(faults, func(a, b fault) int { return a.line - b.line })
	var p senim.Problems
	for i, f := range faults {
		if i == senim.MaxLineErrors {
			p.Add(senim.Invalid("file", "import.more_errors", "count", len(faults)-senim.MaxLineErrors))
			break
		}
		p.Add(f.err)
	}
	if err := p.Err(); err != nil {
		return 0, err
	}
	err = db.write(ctx, func(tx *Tx) error { return importMembers(tx, ms, orgs, actor) })
	if err != nil {
		return 0, err
	}
	return len(ms), nil
}

// importMembers inserts checked members with an "imported" event each.
func importMembers(tx *Tx, ms []*senim.Member, orgs map[string]*senim.PrimaryOrg, actor *senim.Actor) error {
	if err := insertMembers(tx, ms); err != nil {
		return err
	}
	rev, err := tx.memberClock()
	if err != nil {
		return err
	}
	if err := openSpans(tx, ms, spanAdmitted, rev); err != nil {
		return err
	}
	at, label := tx.now, actor.Label()
	vals := make([]any, 0, 5*len(ms))
	for _, m := range ms {
		data := `{"organisation":` + strconv.Quote(orgs[m.OrgID].Code) + `,"joined":"` + m.Joined.String() + `"`
		if m.Status == senim.MemberLeft {
			data += `,"left":"` + m.Left.String() + `"`
		}
		vals = append(vals, m.ID, senim.ActionMemberImported, label, at, data+"}")
	}
	return insertMany(tx, `INSERT INTO member_events (member_id, action, actor, at, data)`, 5, vals)
}

// orgsByRef maps every organisation's id and code to it.
func (db *DB) orgsByRef(ctx context.Context) (map[string]*senim.PrimaryOrg, error) {
	rows, err := db.reader(ctx).Query(`SELECT ` + orgColumns + ` FROM primary_orgs`)
	orgs, err := collect(rows, err, scanOrg)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*senim.PrimaryOrg, 2*len(orgs))
	for _, o := range orgs {
		out[o.ID], out[o.Code] = o, o
	}
	return out, nil
}

// ImportMemberBatch stores members made elsewhere (the demo generator),
// checked and with their ids, organisations and territories set, in one
// transaction with an "imported" event each.
func (db *DB) ImportMemberBatch(ctx context.Context, ms []*senim.Member) error {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return errForbidden
	}
	orgs, err := db.orgsByRef(ctx)
	if err != nil {
		return err
	}
	return db.write(ctx, func(tx *Tx) error { return importMembers(tx, ms, orgs, actor) })
}

// ExportMembers hands every member of the filter's territory (and
// organisation, status) to fn with their organisation's code, unmasked,
// by territory and name, and records the export as one look at that many
// members' personal data.
func (db *DB) ExportMembers(ctx context.Context, f senim.MemberFilter, fn func(m *senim.Member) error) (int, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return 0, errForbidden
	}
	if f.Territory == "" {
		f.Territory = actor.Territory
	}
	where, args, err := memberScope(actor, f)
	if err != nil {
		return 0, err
	}
	rows, err := db.reader(ctx).Query(`SELECT `+memberColumns+` FROM members`+where+` ORDER BY territory, name_key, id`, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	today := senim.DateOf(db.Now())
	n := 0
	for rows.Next() {
		m, err := scanMember(rows)
		if err != nil {
			return n, err
		}
		m.Age = m.AgeOn(today)
		if err := fn(m); err != nil {
			return n, err
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, err
	}
	if n > 0 {
		err = db.write(ctx, func(tx *Tx) error { return recordMemberView(tx, actor, "", n, "export", f.Territory) })
	}
	return n, err
}

// YouthAge is the party's setting of the age below which a member or a
// candidate counts as young.
func (db *DB) YouthAge(ctx context.Context) (int, error) {
	var v string
	err := db.reader(ctx).QueryRow(`SELECT value FROM party_settings WHERE key = 'youth_age'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return senim.DefaultYouthAge, nil
	}
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return senim.DefaultYouthAge, nil
	}
	return n, nil
}

// SetYouthAge changes the youth age: the central office's setting, since
// laws change it.
func (db *DB) SetYouthAge(ctx context.Context, age int) error {
	if !senim.ActorFrom(ctx).CanRunRating() {
		return errForbidden
	}
	if age < senim.MinMemberAge || age > 60 {
		return senim.Invalid("youth_age", "range", "min", senim.MinMemberAge, "max", 60)
	}
	return db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`UPDATE party_settings SET value = ? WHERE key = 'youth_age'`, strconv.Itoa(age))
		return err
	})
}
