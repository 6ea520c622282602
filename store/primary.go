package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
)

// The personnel reserve, the primaries and the candidate lists.
//
// Who may do what: the branches and the central office manage all three
// inside their territory (CanManageMembers); auditors read them
// (CanSeeMembers). Staff pages and answers name the members, never their
// IINs or contacts. The public — and staff who may not see members — see
// no reserve at all, the primaries once closed (the candidates' names,
// votes, shares and places: people who sought a public nomination), and
// the approved lists (the candidates' places and names, and the quota
// verdicts); never a candidate's age, sex, disability or member id.

// ---- the reserve ----

const reserveColumns = `r.id, r.member_id, m.name, m.sex, m.birth_date, m.status, r.level, r.territory, r.since, r.source,
	COALESCE(r.primary_id, ''), r.note, r.left_on, r.left_reason, r.left_note, r.actor, r.created_at`

const reserveFrom = ` FROM reserve_entries r JOIN members m ON m.id = r.member_id`

func scanReserve(s scanner, today senim.Date) (*senim.ReserveEntry, error) {
	e := &senim.ReserveEntry{}
	var birth senim.Date
	err := s.Scan(&e.ID, &e.MemberID, &e.Name, &e.Sex, &birth, &e.MemberStatus, &e.Level, &e.Territory, &e.Since, &e.Source,
		&e.PrimaryID, &e.Note, &e.Left, &e.LeftReason, &e.LeftNote, &e.Actor, &e.CreatedAt)
	e.Age, e.CreatedAt = senim.AgeOn(birth, today), e.CreatedAt.UTC()
	return e, err
}

func (db *DB) reserveEntry(q queryer, id string) (*senim.ReserveEntry, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("reserve")
	}
	e, err := scanReserve(q.QueryRow(`SELECT `+reserveColumns+reserveFrom+` WHERE r.id = ?`, id), senim.DateOf(db.Now()))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("reserve")
	}
	return e, err
}

// FindReserve lists the reserve of a territory: the entries whose posts lie
// in the filter's territory (the actor's by default), by territory and
// name; by default only those in the reserve now. total is how many match.
func (db *DB) FindReserve(ctx context.Context, f senim.ReserveFilter) (entries []*senim.ReserveEntry, total int, err error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanSeeMembers() {
		return nil, 0, errForbidden
	}
	if f.Territory == "" {
		f.Territory = actor.Territory
	}
	if !actor.Sees(f.Territory) {
		return nil, 0, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(f.Territory))
	}
	lo, hi := f.Territory.Range()
	where, args := ` WHERE r.territory BETWEEN ? AND ?`, []any{lo, hi}
	for _, c := range []struct {
		col, v string
	}{{"r.level", string(f.Level)}, {"r.source", string(f.Source)}, {"r.primary_id", f.PrimaryID}, {"r.member_id", f.MemberID}} {
		if c.v != "" {
			where += " AND " + c.col + " = ?"
			args = append(args, c.v)
		}
	}
	if !f.All {
		where += " AND r.left_on IS NULL"
	}
	for _, t := range searchTerms(f.Query) {
		where += " AND m.name_key LIKE ?"
		args = append(args, "% "+t+"%")
	}
	r := db.reader(ctx)
	if err := r.QueryRow(`SELECT COUNT(*)`+reserveFrom+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := f.Limit
	if limit <= 0 || limit > senim.MaxMemberPage {
		limit = 100
	}
	today := senim.DateOf(db.Now())
	rows, err := r.Query(`SELECT `+reserveColumns+reserveFrom+where+` ORDER BY r.territory, m.name_key, r.since, r.id LIMIT ? OFFSET ?`,
		append(args, limit, max(f.Offset, 0))...)
	entries, err = collect(rows, err, func(s scanner) (*senim.ReserveEntry, error) { return scanReserve(s, today) })
	return entries, total, err
}

// AddToReserve puts a member in the reserve for the posts of a level on a
// territory. Besides NewReserveEntry's checks, at their fields: the member
// exists in the actor's territory (member.unknown), has not left the party
// (reserve.member_left), is a member of the posts' territory
// (reserve.member_outside) and joined the party by the day given
// (reserve.before_joined); a primary exists (primary.unknown), is closed
// (reserve.primary_open) and had the member among its candidates
// (reserve.not_candidate) — a primary given without level and territory
// gives its own. A member in the reserve for the level and territory
// already is a conflict (reserve.exists).
func (db *DB) AddToReserve(ctx context.Context, in senim.ReserveInput) (*senim.ReserveEntry, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	r := db.reader(ctx)
	var p senim.Problems
	var pr *senim.Primary
	if id := strings.TrimSpace(in.Primary); id != "" {
		var err error
		if pr, err = db.visiblePrimary(r, actor, id); senim.ErrorCode(err) == senim.ENOTFOUND {
			p.Add(senim.Invalid("primary", "primary.unknown"))
		} else if err != nil {
			return nil, err
		} else {
			if strings.TrimSpace(in.Level) == "" {
				in.Level = string(senim.ReserveLevelOf(pr.ElectionKind))
			}
			if strings.TrimSpace(in.Territory) == "" {
				in.Territory = string(pr.Territory)
			}
		}
	}
	e, err := senim.NewReserveEntry(in, senim.DateOf(db.Now()))
	p.Add(err)
	if e.Territory != "" {
		if err := db.checkTerritory(ctx, e.Territory, &p); err != nil {
			return nil, err
		}
	}
	if e.MemberID != "" {
		m, err := db.member(r, e.MemberID)
		switch {
		case senim.ErrorCode(err) == senim.ENOTFOUND || err == nil && !actor.Sees(m.Territory):
			p.Add(senim.Invalid("member", "member.unknown"))
		case err != nil:
			return nil, err
		case m.Status == senim.MemberLeft:
			p.Add(senim.Invalid("member", "reserve.member_left", "left", m.Left.String()))
		case e.Territory != "" && !e.Territory.Contains(m.Territory):
			p.Add(senim.Invalid("member", "reserve.member_outside"))
		case !e.Since.IsZero() && e.Since.Before(m.Joined):
			p.Add(senim.Invalid("since", "reserve.before_joined", "joined", m.Joined.String()))
		}
		if err == nil && pr != nil {
			if pr.Status != senim.PrimaryClosed {
				p.Add(senim.Invalid("primary", "reserve.primary_open"))
			} else if ok, err := isCandidate(r, pr.ID, m.ID); err != nil {
				return nil, err
			} else if !ok {
				p.Add(senim.Invalid("primary", "reserve.not_candidate"))
			}
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(e.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(e.Territory))
	}
	e.ID, e.Actor = senim.NewID(), actor.Label()
	err = db.write(ctx, func(tx *Tx) error {
		e.CreatedAt = tx.now
		return insertReserve(tx, []*senim.ReserveEntry{e})
	})
	if err != nil {
		return nil, err
	}
	return db.reserveEntry(r, e.ID)
}

func insertReserve(tx *Tx, es []*senim.ReserveEntry) error {
	vals := make([]any, 0, 12*len(es))
	for _, e := range es {
		var primary any
		if e.PrimaryID != "" {
			primary = e.PrimaryID
		}
		vals = append(vals, e.ID, e.MemberID, e.Level, e.Territory, e.Since, e.Source, primary, e.Note, nullDate(e.Left),
			e.LeftReason, e.LeftNote, e.Actor)
	}
	err := insertMany(tx, `INSERT INTO reserve_entries (id, member_id, level, territory, since, source, primary_id, note, left_on,
		left_reason, left_note, actor, created_at, updated_at)`, 12, vals, tx.now, tx.now)
	if senim.ErrorCode(err) == senim.ECONFLICT {
		return senim.Errorf(senim.ECONFLICT, "reserve.exists")
	}
	return err
}

// ImportReserve stores reserve entries made elsewhere (the demo), checked
// and with their ids set, in one transaction.
func (db *DB) ImportReserve(ctx context.Context, es []*senim.ReserveEntry) error {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return errForbidden
	}
	for _, e := range es {
		if e.Actor == "" {
			e.Actor = actor.Label()
		}
	}
	return db.write(ctx, func(tx *Tx) error { return insertReserve(tx, es) })
}

// LeaveReserve takes a member out of the reserve: the day, the reason and,
// when removed or for another reason, a note (see ReserveEntry.Leave). The
// entry stays, closed.
func (db *DB) LeaveReserve(ctx context.Context, id string, x senim.ReserveExit) (*senim.ReserveEntry, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	err := db.write(ctx, func(tx *Tx) error {
		e, err := db.reserveEntry(tx, id)
		if err == nil && !actor.Sees(e.Territory) {
			err = senim.NotFound("reserve")
		}
		if err != nil {
			return err
		}
		if err := e.Leave(x, senim.DateOf(tx.now)); err != nil {
			return err
		}
		_, err = tx.Exec(`UPDATE reserve_entries SET left_on = ?, left_reason = ?, left_note = ?, updated_at = ? WHERE id = ?`,
			e.Left, e.LeftReason, e.LeftNote, tx.now, e.ID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return db.reserveEntry(db.reader(ctx), id)
}

// ---- primaries ----

// PrimaryDetail is a primary as the store gives it: with its candidates
// ranked by votes (a summary of a list holds their number only).
type PrimaryDetail struct {
	*senim.Primary
	Candidates []PrimaryStanding
	Count      int // candidates
	Votes      int // all votes cast for them
	Actor      string
	CreatedAt  time.Time
	ClosedAt   time.Time // zero while open
	// Public marks the public's view: the candidates' names, votes,
	// shares and places only.
	Public bool
}

// PrimaryStanding is a candidate's standing in a primary.
type PrimaryStanding struct {
	senim.PrimaryPlace
	Name         string
	Sex          senim.Sex
	Age          int // on the primary's closing day
	MemberStatus senim.MemberStatus
	InReserve    bool // in the reserve for the primary's level and territory now
}

// PrimaryFilter selects primaries.
type PrimaryFilter struct {
	Territory    senim.KATO // in this subtree; default: the actor's (the country for the public)
	Status       senim.PrimaryStatus
	ElectionKind string
}

const primaryColumns = `id, title_ru, title_kk, title_en, territory, election_kind, opens, closes, status, actor, created_at, closed_at`

func scanPrimary(s scanner) (*PrimaryDetail, error) {
	d := &PrimaryDetail{Primary: &senim.Primary{}}
	var closed sql.NullTime
	err := s.Scan(&d.ID, &d.Title.RU, &d.Title.KK, &d.Title.EN, &d.Territory, &d.ElectionKind, &d.Opens, &d.Closes, &d.Status,
		&d.Actor, &d.CreatedAt, &closed)
	d.CreatedAt = d.CreatedAt.UTC()
	if closed.Valid {
		d.ClosedAt = closed.Time.UTC()
	}
	return d, err
}

func loadPrimary(q queryer, id string) (*PrimaryDetail, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("primary")
	}
	d, err := scanPrimary(q.QueryRow(`SELECT `+primaryColumns+` FROM primaries WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("primary")
	}
	return d, err
}

// visiblePrimary is a primary in the actor's territory; any other is not
// found.
func (db *DB) visiblePrimary(q queryer, actor *senim.Actor, id string) (*senim.Primary, error) {
	d, err := loadPrimary(q, id)
	if err == nil && !actor.Sees(d.Territory) {
		err = senim.NotFound("primary")
	}
	if err != nil {
		return nil, err
	}
	return d.Primary, nil
}

func isCandidate(q queryer, primaryID, memberID string) (bool, error) {
	var n int
	err := q.QueryRow(`SELECT COUNT(*) FROM primary_candidates WHERE primary_id = ? AND member_id = ?`, primaryID, memberID).Scan(&n)
	return n > 0, err
}

// staffView reports whether the actor sees a record of territory k as
// staff do (names, ages, member ids), not as the public.
func staffView(actor *senim.Actor, k senim.KATO) bool {
	return actor.CanSeeMembers() && actor.Sees(k)
}

// FindPrimaries lists primaries, the latest first, with how many
// candidates each has and how many votes were cast. Staff who see members
// get those of their territory; anyone else the closed primaries of the
// country.
func (db *DB) FindPrimaries(ctx context.Context, f PrimaryFilter) ([]*PrimaryDetail, error) {
	actor := senim.ActorFrom(ctx)
	public := !actor.CanSeeMembers()
	if f.Territory == "" {
		f.Territory = actor.Territory
		if public {
			f.Territory = senim.CountryKATO
		}
	}
	if !public && !actor.Sees(f.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(f.Territory))
	}
	if public {
		if f.Status == senim.PrimaryOpen {
			return nil, nil
		}
		f.Status = senim.PrimaryClosed
	}
	lo, hi := f.Territory.Range()
	where, args := ` WHERE territory BETWEEN ? AND ?`, []any{lo, hi}
	if f.Status != "" {
		where += " AND status = ?"
		args = append(args, f.Status)
	}
	if f.ElectionKind != "" {
		where += " AND election_kind = ?"
		args = append(args, f.ElectionKind)
	}
	r := db.reader(ctx)
	rows, err := r.Query(`SELECT `+primaryColumns+` FROM primaries`+where+` ORDER BY closes DESC, id DESC LIMIT 500`, args...)
	list, err := collect(rows, err, scanPrimary)
	if err != nil || len(list) == 0 {
		return list, err
	}
	byID := make(map[string]*PrimaryDetail, len(list))
	ids := make([]string, len(list))
	for i, d := range list {
		byID[d.ID], ids[i] = d, d.ID
		d.Public = public
	}
	err = queryIn(r, `SELECT primary_id, COUNT(*), COALESCE(SUM(votes), 0) FROM primary_candidates WHERE {in} GROUP BY primary_id`, "primary_id", ids,
		func(s scanner) error {
			var id string
			var n, votes int
			if err := s.Scan(&id, &n, &votes); err != nil {
				return err
			}
			byID[id].Count, byID[id].Votes = n, votes
			return nil
		})
	return list, err
}

// FindPrimary returns a primary with its candidates ranked. Staff who see
// members get everything for a primary of their territory; anyone else a
// closed primary's results, or not found.
func (db *DB) FindPrimary(ctx context.Context, id string) (*PrimaryDetail, error) {
	actor := senim.ActorFrom(ctx)
	r := db.reader(ctx)
	d, err := loadPrimary(r, id)
	if err != nil {
		return nil, err
	}
	d.Public = !staffView(actor, d.Territory)
	if d.Public && d.Status != senim.PrimaryClosed {
		return nil, senim.NotFound("primary")
	}
	if err := db.fillPrimary(r, d); err != nil {
		return nil, err
	}
	return d, nil
}

// fillPrimary reads a primary's candidates and ranks them.
func (db *DB) fillPrimary(q queryer, d *PrimaryDetail) error {
	type cand struct {
		name   string
		sex    senim.Sex
		birth  senim.Date
		status senim.MemberStatus
	}
	var votes []senim.PrimaryCandidate
	info := map[string]cand{}
	rows, err := q.Query(`SELECT c.member_id, c.votes, m.name, m.sex, m.birth_date, m.status FROM primary_candidates c
		JOIN members m ON m.id = c.member_id WHERE c.primary_id = ? ORDER BY c.seq`, d.ID)
	_, err = collect(rows, err, func(s scanner) (bool, error) {
		var pc senim.PrimaryCandidate
		var c cand
		err := s.Scan(&pc.MemberID, &pc.Votes, &c.name, &c.sex, &c.birth, &c.status)
		votes, info[pc.MemberID] = append(votes, pc), c
		return true, err
	})
	if err != nil {
		return err
	}
	places, err := senim.PrimaryResults(votes)
	if err != nil {
		return err
	}
	reserved := map[string]bool{}
	if !d.Public {
		rows, err := q.Query(`SELECT member_id FROM reserve_entries WHERE level = ? AND territory = ? AND left_on IS NULL
			AND member_id IN (SELECT member_id FROM primary_candidates WHERE primary_id = ?)`,
			senim.ReserveLevelOf(d.ElectionKind), d.Territory, d.ID)
		if _, err := collect(rows, err, func(s scanner) (bool, error) {
			var id string
			err := s.Scan(&id)
			reserved[id] = true
			return true, err
		}); err != nil {
			return err
		}
	}
	d.Candidates, d.Count, d.Votes = make([]PrimaryStanding, 0, len(places)), len(places), 0
	for _, pl := range places {
		c := info[pl.MemberID]
		d.Votes += pl.Votes
		st := PrimaryStanding{PrimaryPlace: pl, Name: c.name}
		if d.Public {
			// The public sees places and votes, not who: a member who stood
			// and lost holds no public post.
			st.MemberID, st.Name = "", ""
		} else {
			st.Sex, st.Age, st.MemberStatus, st.InReserve = c.sex, senim.AgeOn(c.birth, d.Closes), c.status, reserved[pl.MemberID]
		}
		d.Candidates = append(d.Candidates, st)
	}
	return nil
}

// membersByID reads members by their ids.
func membersByID(q queryer, ids []string) (map[string]*senim.Member, error) {
	out := make(map[string]*senim.Member, len(ids))
	var valid []string
	for _, id := range ids {
		if senim.ValidID(id) {
			valid = append(valid, id)
		}
	}
	valid = slices.Compact(slices.Sorted(slices.Values(valid)))
	for start := 0; start < len(valid); start += 500 {
		pred, args := inList("id", valid[start:min(start+500, len(valid))])
		rows, err := q.Query(`SELECT `+memberColumns+` FROM members WHERE `+pred, args...)
		ms, err := collect(rows, err, scanMember)
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			out[m.ID] = m
		}
	}
	return out, nil
}

// checkStanding checks that the members may stand in the primary, each
// fault at field(i): a member of the actor's territory (member.unknown)
// and of the primary's (primary.member_outside); for a primary under way,
// active now (primary.member_left, primary.member_suspended); for a
// primary entered for the record, a member on its closing day
// (primary.member_joined_after, primary.member_left).
func checkStanding(actor *senim.Actor, pr *senim.Primary, ids []string, ms map[string]*senim.Member, field func(int) string, p *senim.Problems) {
	for i, id := range ids {
		m := ms[strings.TrimSpace(id)]
		f := field(i)
		switch {
		case m == nil || !actor.Sees(m.Territory):
			p.Add(senim.Invalid(f, "member.unknown"))
		case !pr.Territory.Contains(m.Territory):
			p.Add(senim.Invalid(f, "primary.member_outside"))
		case pr.Status == senim.PrimaryOpen && m.Status == senim.MemberLeft:
			p.Add(senim.Invalid(f, "primary.member_left", "left", m.Left.String()))
		case pr.Status == senim.PrimaryOpen && m.Status == senim.MemberSuspended:
			p.Add(senim.Invalid(f, "primary.member_suspended"))
		case pr.Status == senim.PrimaryClosed && m.Joined.After(pr.Closes):
			p.Add(senim.Invalid(f, "primary.member_joined_after", "joined", m.Joined.String()))
		case pr.Status == senim.PrimaryClosed && m.Status == senim.MemberLeft && m.Left.Before(pr.Closes):
			p.Add(senim.Invalid(f, "primary.member_left", "left", m.Left.String()))
		}
	}
}

// CreatePrimary announces a primary (NewPrimary's checks). A primary whose
// closing day is past is entered for the record, closed, and may bring its
// candidates and their votes at once (cands: each a member of the
// primary's territory on its closing day, as checkStanding says, with
// votes from 0 to senim.MaxVotes); a primary under way may bring its first
// candidates too.
func (db *DB) CreatePrimary(ctx context.Context, in senim.PrimaryInput, cands []senim.PrimaryCandidate) (*PrimaryDetail, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	pr, err := senim.NewPrimary(in, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(err)
	if pr.Territory != "" {
		if err := db.checkTerritory(ctx, pr.Territory, &p); err != nil {
			return nil, err
		}
	}
	if len(cands) > senim.MaxPrimaryCandidates {
		p.Add(senim.Invalid("candidates", "primary.too_many", "max", senim.MaxPrimaryCandidates))
	} else if len(cands) > 0 {
		_, err := senim.PrimaryResults(cands)
		p.Add(err)
		ids := make([]string, len(cands))
		for i, c := range cands {
			ids[i] = strings.TrimSpace(c.MemberID)
			if c.Votes > senim.MaxVotes {
				p.Add(senim.Invalid(fmt.Sprintf("candidates[%d].votes", i), "range", "min", 0, "max", senim.MaxVotes))
			}
		}
		if err == nil && pr.Territory != "" && !pr.Opens.IsZero() && !pr.Closes.IsZero() {
			ms, err := membersByID(db.reader(ctx), ids)
			if err != nil {
				return nil, err
			}
			checkStanding(actor, pr, ids, ms, func(i int) string { return fmt.Sprintf("candidates[%d].member", i) }, &p)
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(pr.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(pr.Territory))
	}
	pr.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		var closed any
		if pr.Status == senim.PrimaryClosed {
			closed = tx.now
		}
		if _, err := tx.Exec(`INSERT INTO primaries (id, title_ru, title_kk, title_en, territory, election_kind, opens, closes, status,
			actor, created_at, closed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`, pr.ID, pr.Title.RU, pr.Title.KK, pr.Title.EN,
			pr.Territory, pr.ElectionKind, pr.Opens, pr.Closes, pr.Status, actor.Label(), tx.now, closed); err != nil {
			return err
		}
		return insertCandidates(tx, pr.ID, 0, cands)
	})
	if err != nil {
		return nil, err
	}
	return db.FindPrimary(ctx, pr.ID)
}

func insertCandidates(tx *Tx, primaryID string, seq int, cands []senim.PrimaryCandidate) error {
	vals := make([]any, 0, 4*len(cands))
	for i, c := range cands {
		vals = append(vals, primaryID, strings.TrimSpace(c.MemberID), seq+i+1, c.Votes)
	}
	err := insertMany(tx, `INSERT INTO primary_candidates (primary_id, member_id, seq, votes)`, 4, vals)
	if senim.ErrorCode(err) == senim.ECONFLICT {
		return senim.Errorf(senim.ECONFLICT, "primary.member_twice")
	}
	return err
}

// openPrimary reads a primary that the actor may change, in a
// transaction: in its territory (else not found) and open (else
// primary.closed).
func openPrimary(tx *Tx, actor *senim.Actor, id string) (*PrimaryDetail, error) {
	// Lock the primary's row first: votes, candidates and closing run one
	// after the other, each reading what the one before wrote.
	if _, err := tx.Exec(`UPDATE primaries SET version = version WHERE id = ?`, id); err != nil {
		return nil, err
	}
	d, err := loadPrimary(tx, id)
	if err == nil && !actor.Sees(d.Territory) {
		err = senim.NotFound("primary")
	}
	if err != nil {
		return nil, err
	}
	if d.Status != senim.PrimaryOpen {
		return nil, senim.Errorf(senim.ECONFLICT, "primary.closed")
	}
	return d, nil
}

// AddCandidates enters members as candidates of an open primary, in the
// order given, each checked at members[i] as checkStanding says; a member
// standing already (or twice in the request) is primary.member_twice.
func (db *DB) AddCandidates(ctx context.Context, id string, members []string) (*PrimaryDetail, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	switch {
	case len(members) == 0:
		return nil, senim.Invalid("members", "required")
	case len(members) > senim.MaxPrimaryCandidates:
		return nil, senim.Invalid("members", "primary.too_many", "max", senim.MaxPrimaryCandidates)
	}
	err := db.write(ctx, func(tx *Tx) error {
		d, err := openPrimary(tx, actor, id)
		if err != nil {
			return err
		}
		var p senim.Problems
		field := func(i int) string { return fmt.Sprintf("members[%d]", i) }
		ms, err := membersByID(tx, members)
		if err != nil {
			return err
		}
		checkStanding(actor, d.Primary, members, ms, field, &p)
		var n, seq int
		if err := tx.QueryRow(`SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM primary_candidates WHERE primary_id = ?`, d.ID).Scan(&n, &seq); err != nil {
			return err
		}
		if n+len(members) > senim.MaxPrimaryCandidates {
			p.Add(senim.Invalid("members", "primary.too_many", "max", senim.MaxPrimaryCandidates))
		}
		seen := map[string]bool{}
		cands := make([]senim.PrimaryCandidate, 0, len(members))
		for i, m := range members {
			m = strings.TrimSpace(m)
			standing, err := isCandidate(tx, d.ID, m)
			if err != nil {
				return err
			}
			if (standing || seen[m]) && ms[m] != nil {
				p.Add(senim.Invalid(field(i), "primary.member_twice", "member", ms[m].Name))
			}
			seen[m] = true
			cands = append(cands, senim.PrimaryCandidate{MemberID: m})
		}
		if err := p.Err(); err != nil {
			return err
		}
		if err := insertCandidates(tx, d.ID, seq, cands); err != nil {
			return err
		}
		return touchPrimary(tx, d.ID)
	})
	if err != nil {
		return nil, err
	}
	return db.FindPrimary(ctx, id)
}

func touchPrimary(tx *Tx, id string) error {
	_, err := tx.Exec(`UPDATE primaries SET version = version + 1 WHERE id = ?`, id)
	return err
}

// RecordVotes sets the votes of candidates of an open primary: the counts
// as they stand, not additions, so that sending a count again changes
// nothing. Each at votes[i]: a candidate of the primary
// (primary.not_candidate), once (primary.member_twice), with 0 to
// senim.MaxVotes votes (votes.negative, range).
func (db *DB) RecordVotes(ctx context.Context, id string, votes []senim.PrimaryCandidate) (*PrimaryDetail, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	if len(votes) == 0 {
		return nil, senim.Invalid("votes", "required")
	}
	if len(votes) > senim.MaxPrimaryCandidates {
		return nil, senim.Invalid("votes", "primary.too_many", "max", senim.MaxPrimaryCandidates)
	}
	var p senim.Problems
	if _, err := senim.PrimaryResults(votes); err != nil {
		for _, fe := range err.(*senim.Error).FieldErrors() {
			p.Add(senim.PrefixField(&senim.Error{Code: fe.Code, Field: strings.TrimPrefix(fe.Field, "candidates"), Key: fe.Key, Args: fe.Args}, "votes"))
		}
	}
	for i, v := range votes {
		if v.Votes > senim.MaxVotes {
			p.Add(senim.Invalid(fmt.Sprintf("votes[%d].votes", i), "range", "min", 0, "max", senim.MaxVotes))
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	err := db.write(ctx, func(tx *Tx) error {
		d, err := openPrimary(tx, actor, id)
		if err != nil {
			return err
		}
		var p senim.Problems
		for i, v := range votes {
			res, err := tx.Exec(`UPDATE primary_candidates SET votes = ? WHERE primary_id = ? AND member_id = ?`, v.Votes, d.ID, strings.TrimSpace(v.MemberID))
			if err != nil {
				return err
			}
			if n, err := res.RowsAffected(); err != nil {
				return err
			} else if n == 0 {
				p.Add(senim.Invalid(fmt.Sprintf("votes[%d].member", i), "primary.not_candidate"))
			}
		}
		if err := p.Err(); err != nil {
			return err
		}
		return touchPrimary(tx, d.ID)
	})
	if err != nil {
		return nil, err
	}
	return db.FindPrimary(ctx, id)
}

// ClosePrimary ends the voting of an open primary; its results are then
// final. With reserve > 0, the candidates whose place is within the first
// reserve places and who won votes join the reserve for the primary's
// level and territory from today, source "primary" — all but those who
// have left the party and those in that reserve already. added is how
// many joined.
func (db *DB) ClosePrimary(ctx context.Context, id string, reserve int) (d *PrimaryDetail, added int, err error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, 0, errForbidden
	}
	if reserve < 0 || reserve > senim.MaxPrimaryCandidates {
		return nil, 0, senim.Invalid("reserve", "range", "min", 0, "max", senim.MaxPrimaryCandidates)
	}
	err = db.write(ctx, func(tx *Tx) error {
		added = 0
		d, err := openPrimary(tx, actor, id)
		if err != nil {
			return err
		}
		if err := d.Close(); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE primaries SET status = ?, closed_at = ?, version = version + 1 WHERE id = ?`, d.Status, tx.now, d.ID); err != nil {
			return err
		}
		if reserve == 0 {
			return nil
		}
		if err := db.fillPrimary(tx, d); err != nil {
			return err
		}
		var es []*senim.ReserveEntry
		for _, c := range d.Candidates {
			if c.Place > reserve || c.Votes == 0 || c.InReserve || c.MemberStatus == senim.MemberLeft {
				continue
			}
			es = append(es, &senim.ReserveEntry{ID: senim.NewID(), MemberID: c.MemberID, Level: senim.ReserveLevelOf(d.ElectionKind),
				Territory: d.Territory, Since: senim.DateOf(tx.now), Source: senim.ReserveFromPrimary, PrimaryID: d.ID, Actor: actor.Label()})
		}
		added = len(es)
		if len(es) == 0 {
			return nil
		}
		return insertReserve(tx, es)
	})
	if err != nil {
		return nil, 0, err
	}
	d, err = db.FindPrimary(ctx, id)
	return d, added, err
}

// ---- candidate lists ----

// ListCandidate is a place on a list with what the quotas count.
type ListCandidate struct {
	senim.Candidate
	Age          int  // on election day
	Young        bool // under the youth age on election day
	MemberStatus senim.MemberStatus
}

// ListDetail is a candidate list as the store gives it, with its quota
// report: live for a draft (by the youth age in force), as approved for an
// approved list.
type ListDetail struct {
	*senim.CandidateList
	Places       []ListCandidate
	Quotas       senim.QuotaReport
	PrimaryTitle senim.Names
	Actor        string
	CreatedAt    time.Time
	UpdatedAt    time.Time
	ApprovedBy   string
	ApprovedAt   time.Time
	Version      int
	// Public marks the public's view: places and names, the quota
	// verdicts and counts; no ages, sexes, disabilities or member ids.
	Public bool
	// History is every version of the places, for staff.
	History []ListChange
}

// ListChange is one version of a list's places.
type ListChange struct {
	Version  int
	Actor    string
	At       time.Time
	Places   int
	Disabled int
	// Marked and Unmarked name the candidates whose disability mark this
	// version set or took away.
	Marked, Unmarked []string
}

// recordListChange writes the list's places as they now are as its
// version, naming whose disability marks changed since before (member id
// → marked, of the version before; nil for a new list).
func recordListChange(tx *Tx, actor *senim.Actor, listID string, version int, cands []senim.Candidate, before map[string]bool) error {
	var marked, unmarked []string
	disabled := 0
	ids := make([]string, 0, len(cands))
	for _, c := range cands {
		if c.Disability {
			disabled++
		}
		if c.Disability != before[c.MemberID] {
			ids = append(ids, c.MemberID)
		}
	}
	names, err := membersByID(tx, ids)
	if err != nil {
		return err
	}
	for _, c := range cands {
		if m := names[c.MemberID]; m != nil && c.Disability != before[c.MemberID] {
			if c.Disability {
				marked = append(marked, m.Name)
			} else {
				unmarked = append(unmarked, m.Name)
			}
		}
	}
	data, err := json.Marshal(map[string][]string{"marked": marked, "unmarked": unmarked})
	if err != nil {
		return err
	}
	_, err = tx.Exec(`INSERT INTO list_changes (list_id, version, actor, at, places, disabled, marked) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		listID, version, actor.Label(), tx.now, len(cands), disabled, string(data))
	return err
}

// listHistory reads a list's versions, oldest first.
func listHistory(q queryer, listID string) ([]ListChange, error) {
	rows, err := q.Query(`SELECT version, actor, at, places, disabled, marked FROM list_changes WHERE list_id = ? ORDER BY version`, listID)
	return collect(rows, err, func(s scanner) (ListChange, error) {
		var c ListChange
		var data string
		if err := s.Scan(&c.Version, &c.Actor, &c.At, &c.Places, &c.Disabled, &data); err != nil {
			return c, err
		}
		c.At = c.At.UTC()
		var m map[string][]string
		if err := json.Unmarshal([]byte(data), &m); err != nil {
			return c, err
		}
		c.Marked, c.Unmarked = m["marked"], m["unmarked"]
		return c, nil
	})
}

// ListFilter selects candidate lists.
type ListFilter struct {
	Territory senim.KATO // in this subtree; default: the actor's (the country for the public)
	Status    senim.CandidateListStatus
	PrimaryID string
}

const listColumns = `l.id, COALESCE(l.primary_id, ''), l.territory, l.title_ru, l.title_kk, l.title_en, l.election_kind, l.election_day,
	l.status, l.actor, l.created_at, l.updated_at, l.version, COALESCE(p.title_ru, ''), COALESCE(p.title_kk, ''), COALESCE(p.title_en, ''),
	COALESCE(a.actor, ''), a.at, COALESCE(a.report, '')`

const listFrom = ` FROM candidate_lists l LEFT JOIN primaries p ON p.id = l.primary_id LEFT JOIN list_approvals a ON a.list_id = l.id`

func scanList(s scanner) (*ListDetail, string, error) {
	d := &ListDetail{CandidateList: &senim.CandidateList{}}
	var approved sql.NullTime
	var report string
	err := s.Scan(&d.ID, &d.PrimaryID, &d.Territory, &d.Title.RU, &d.Title.KK, &d.Title.EN, &d.ElectionKind, &d.ElectionDay,
		&d.Status, &d.Actor, &d.CreatedAt, &d.UpdatedAt, &d.Version, &d.PrimaryTitle.RU, &d.PrimaryTitle.KK, &d.PrimaryTitle.EN,
		&d.ApprovedBy, &approved, &report)
	d.CreatedAt, d.UpdatedAt = d.CreatedAt.UTC(), d.UpdatedAt.UTC()
	if approved.Valid {
		d.ApprovedAt = approved.Time.UTC()
	}
	return d, report, err
}

func loadList(q queryer, id string) (*ListDetail, string, error) {
	if !senim.ValidID(id) {
		return nil, "", senim.NotFound("list")
	}
	d, report, err := scanList(q.QueryRow(`SELECT `+listColumns+listFrom+` WHERE l.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", senim.NotFound("list")
	}
	return d, report, err
}

// youthAgeIn is the youth-age setting read through q.
func youthAgeIn(q queryer) (int, error) {
	var v string
	err := q.QueryRow(`SELECT value FROM party_settings WHERE key = 'youth_age'`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return senim.DefaultYouthAge, nil
	}
	if err != nil {
		return 0, err
	}
	var n int
	if _, err := fmt.Sscan(v, &n); err != nil {
		return senim.DefaultYouthAge, nil
	}
	return n, nil
}

// quotaSettings are the quota rules in force: the law's shares and the
// party's youth age.
func quotaSettings(q queryer) (senim.QuotaSettings, error) {
	s := senim.DefaultQuotas()
	age, err := youthAgeIn(q)
	s.YouthAge = age
	return s, err
}

// fillList reads a list's places and checks it against the quotas: by the
// rules in force for a draft, as it was approved for an approved list.
func fillList(q queryer, d *ListDetail, report string) error {
	rows, err := q.Query(`SELECT e.position, e.member_id, e.disability, m.name, m.sex, m.birth_date, m.status
		FROM candidate_list_entries e JOIN members m ON m.id = e.member_id WHERE e.list_id = ? ORDER BY e.position`, d.ID)
	places, err := collect(rows, err, func(s scanner) (ListCandidate, error) {
		var c ListCandidate
		err := s.Scan(&c.Position, &c.MemberID, &c.Disability, &c.Name, &c.Sex, &c.BirthDate, &c.MemberStatus)
		return c, err
	})
	if err != nil {
		return err
	}
	s, err := quotaSettings(q)
	if err != nil {
		return err
	}
	if report != "" {
		if err := json.Unmarshal([]byte(report), &d.Quotas); err != nil {
			return err
		}
		s.YouthAge = d.Quotas.YouthAge
	}
	d.Places, d.Candidates = places, make([]senim.Candidate, len(places))
	for i := range places {
		c := &d.Places[i]
		c.Age, c.Young = c.AgeOn(d.ElectionDay), c.Candidate.Young(d.ElectionDay, s.YouthAge)
		d.Candidates[i] = c.Candidate
	}
	if report == "" {
		d.Quotas = senim.QuotaCheck(d.Candidates, s, d.ElectionDay)
	}
	return nil
}

// publicList strips a list to what the public sees.
func publicList(d *ListDetail) {
	d.Public, d.Actor, d.ApprovedBy = true, "", ""
	for i := range d.Places {
		c := &d.Places[i]
		c.Candidate = senim.Candidate{Name: c.Name, Position: c.Position}
		c.Age, c.Young, c.MemberStatus = 0, false, ""
		d.Candidates[i] = c.Candidate
	}
	d.Quotas.Disabled = 0
}

// FindList returns a candidate list with its places and quota report.
// Staff who see members get a list of their territory whole; anyone else
// an approved list as the public sees it, or not found.
func (db *DB) FindList(ctx context.Context, id string) (*ListDetail, error) {
	actor := senim.ActorFrom(ctx)
	r := db.reader(ctx)
	d, report, err := loadList(r, id)
	if err != nil {
		return nil, err
	}
	public := !staffView(actor, d.Territory)
	if public && d.Status != senim.CandidateListApproved {
		return nil, senim.NotFound("list")
	}
	if err := fillList(r, d, report); err != nil {
		return nil, err
	}
	if public {
		publicList(d)
		return d, nil
	}
	if d.History, err = listHistory(r, d.ID); err != nil {
		return nil, err
	}
	return d, nil
}

// FindLists lists candidate lists, the latest election first, each with
// its places and quota report. Staff who see members get those of their
// territory; anyone else the approved lists of the country.
func (db *DB) FindLists(ctx context.Context, f ListFilter) ([]*ListDetail, error) {
	actor := senim.ActorFrom(ctx)
	public := !actor.CanSeeMembers()
	if f.Territory == "" {
		f.Territory = actor.Territory
		if public {
			f.Territory = senim.CountryKATO
		}
	}
	if !public && !actor.Sees(f.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(f.Territory))
	}
	if public {
		if f.Status == senim.CandidateListDraft {
			return nil, nil
		}
		f.Status = senim.CandidateListApproved
	}
	lo, hi := f.Territory.Range()
	where, args := ` WHERE l.territory BETWEEN ? AND ?`, []any{lo, hi}
	if f.Status != "" {
		where += " AND l.status = ?"
		args = append(args, f.Status)
	}
	if f.PrimaryID != "" {
		where += " AND l.primary_id = ?"
		args = append(args, f.PrimaryID)
	}
	r := db.reader(ctx)
	rows, err := r.Query(`SELECT `+listColumns+listFrom+where+` ORDER BY l.election_day DESC, l.id DESC LIMIT 200`, args...)
	type row struct {
		d      *ListDetail
		report string
	}
	list, err := collect(rows, err, func(s scanner) (row, error) {
		d, report, err := scanList(s)
		return row{d, report}, err
	})
	if err != nil {
		return nil, err
	}
	out := make([]*ListDetail, len(list))
	for i, x := range list {
		if err := fillList(r, x.d, x.report); err != nil {
			return nil, err
		}
		if public {
			publicList(x.d)
		}
		out[i] = x.d
	}
	return out, nil
}

// checkListMembers checks the members of a list, each fault at
// candidates[i].member: a member of the actor's territory
// (member.unknown) and of the list's (list.member_outside), active
// (list.member_left, list.member_suspended). It fills in the candidates'
// names, sexes and birth dates.
func checkListMembers(q queryer, actor *senim.Actor, l *senim.CandidateList, p *senim.Problems) error {
	ids := make([]string, len(l.Candidates))
	for i, c := range l.Candidates {
		ids[i] = c.MemberID
	}
	ms, err := membersByID(q, ids)
	if err != nil {
		return err
	}
	for i := range l.Candidates {
		c := &l.Candidates[i]
		m, f := ms[c.MemberID], fmt.Sprintf("candidates[%d].member", i)
		switch {
		case c.MemberID == "":
		case m == nil || !actor.Sees(m.Territory):
			p.Add(senim.Invalid(f, "member.unknown"))
		case l.Territory != "" && !l.Territory.Contains(m.Territory):
			p.Add(senim.Invalid(f, "list.member_outside", "member", m.Name))
		case m.Status == senim.MemberLeft:
			p.Add(senim.Invalid(f, "list.member_left", "member", m.Name))
		case m.Status == senim.MemberSuspended:
			p.Add(senim.Invalid(f, "list.member_suspended", "member", m.Name))
		default:
			c.Name, c.Sex, c.BirthDate = m.Name, m.Sex, m.BirthDate
		}
	}
	return nil
}

// CreateList draws up a draft candidate list (NewCandidateList's checks):
// by hand, the members in order, each checked as checkListMembers says; or
// from a closed primary of the same territory and election
// (primary.unknown, list.primary_open, list.primary_other), its candidates
// in the order of the results — the first Take, or all — leaving out those
// who have since left the party or been suspended.
func (db *DB) CreateList(ctx context.Context, in senim.CandidateListInput) (*ListDetail, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	r := db.reader(ctx)
	var p senim.Problems
	var pd *PrimaryDetail
	if id := strings.TrimSpace(in.Primary); id != "" {
		d, err := loadPrimary(r, id)
		switch {
		case senim.ErrorCode(err) == senim.ENOTFOUND || err == nil && !actor.Sees(d.Territory):
			p.Add(senim.Invalid("primary", "primary.unknown"))
		case err != nil:
			return nil, err
		default:
			pd = d
			if strings.TrimSpace(in.Territory) == "" {
				in.Territory = string(d.Territory)
			}
			if strings.TrimSpace(in.ElectionKind) == "" {
				in.ElectionKind = d.ElectionKind
			}
		}
	}
	l, err := senim.NewCandidateList(in)
	p.Add(err)
	if l.Territory != "" {
		if err := db.checkTerritory(ctx, l.Territory, &p); err != nil {
			return nil, err
		}
	}
	if pd != nil {
		switch {
		case pd.Status != senim.PrimaryClosed:
			p.Add(senim.Invalid("primary", "list.primary_open"))
		case pd.Territory != l.Territory || pd.ElectionKind != l.ElectionKind:
			p.Add(senim.Invalid("primary", "list.primary_other"))
		default:
			pd.Public = false
			if err := db.fillPrimary(r, pd); err != nil {
				return nil, err
			}
			for _, c := range pd.Candidates {
				if in.Take > 0 && len(l.Candidates) == in.Take {
					break
				}
				if c.MemberStatus == senim.MemberActive {
					l.Candidates = append(l.Candidates, senim.Candidate{MemberID: c.MemberID, Position: len(l.Candidates) + 1})
				}
			}
		}
	} else if err := checkListMembers(r, actor, l, &p); err != nil {
		return nil, err
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(l.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(l.Territory))
	}
	l.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		var primary any
		if l.PrimaryID != "" {
			primary = l.PrimaryID
		}
		if _, err := tx.Exec(`INSERT INTO candidate_lists (id, primary_id, territory, title_ru, title_kk, title_en, election_kind, election_day,
			status, actor, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`, l.ID, primary, l.Territory,
			l.Title.RU, l.Title.KK, l.Title.EN, l.ElectionKind, l.ElectionDay, l.Status, actor.Label(), tx.now, tx.now); err != nil {
			return err
		}
		if err := insertPlaces(tx, l.ID, l.Candidates); err != nil {
			return err
		}
		return recordListChange(tx, actor, l.ID, 1, l.Candidates, nil)
	})
	if err != nil {
		return nil, err
	}
	return db.FindList(ctx, l.ID)
}

func insertPlaces(tx *Tx, listID string, cands []senim.Candidate) error {
	vals := make([]any, 0, 4*len(cands))
	for _, c := range cands {
		vals = append(vals, listID, c.Position, c.MemberID, c.Disability)
	}
	err := insertMany(tx, `INSERT INTO candidate_list_entries (list_id, position, member_id, disability)`, 4, vals)
	if senim.ErrorCode(err) == senim.ECONFLICT {
		return senim.Errorf(senim.ECONFLICT, "list.member_twice")
	}
	return err
}

// draftList reads a list the actor may change, in a transaction: in its
// territory (else not found) and a draft (else list.approved).
func draftList(tx *Tx, actor *senim.Actor, id string) (*ListDetail, error) {
	// Lock the list's row first, so that two changes of one list (a new
	// set of candidates and an approval) run one after the other and the
	// second reads what the first wrote.
	if _, err := tx.Exec(`UPDATE candidate_lists SET version = version WHERE id = ?`, id); err != nil {
		return nil, err
	}
	d, _, err := loadList(tx, id)
	if err == nil && !actor.Sees(d.Territory) {
		err = senim.NotFound("list")
	}
	if err != nil {
		return nil, err
	}
	if d.Status != senim.CandidateListDraft {
		return nil, senim.Errorf(senim.ECONFLICT, "list.approved")
	}
	return d, nil
}

// SetListCandidates replaces the places of a draft list: reorders it,
// adds and removes candidates, marks disabilities. The places are checked
// as CheckCandidates and checkListMembers say.
func (db *DB) SetListCandidates(ctx context.Context, id string, entries []senim.CandidateEntry) (*ListDetail, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	cands, err := senim.CheckCandidates(entries)
	if err != nil {
		return nil, err
	}
	err = db.write(ctx, func(tx *Tx) error {
		d, err := draftList(tx, actor, id)
		if err != nil {
			return err
		}
		d.Candidates = cands
		var p senim.Problems
		if err := checkListMembers(tx, actor, d.CandidateList, &p); err != nil {
			return err
		}
		if err := p.Err(); err != nil {
			return err
		}
		before := map[string]bool{}
		rows, err := tx.Query(`SELECT member_id FROM candidate_list_entries WHERE list_id = ? AND disability`, d.ID)
		if _, err := collect(rows, err, func(s scanner) (bool, error) {
			var id string
			err := s.Scan(&id)
			before[id] = true
			return true, err
		}); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM candidate_list_entries WHERE list_id = ?`, d.ID); err != nil {
			return err
		}
		if err := insertPlaces(tx, d.ID, cands); err != nil {
			return err
		}
		if _, err = tx.Exec(`UPDATE candidate_lists SET updated_at = ?, version = version + 1 WHERE id = ?`, tx.now, d.ID); err != nil {
			return err
		}
		return recordListChange(tx, actor, d.ID, d.Version+1, cands, before)
	})
	if err != nil {
		return nil, err
	}
	return db.FindList(ctx, id)
}

// ApproveList approves a draft list that meets every quota (see
// CandidateList.Approve), ages counted on its election day by the youth
// age in force, and records who approved it, when, and the quota report.
// A list with a candidate who has since left the party or been suspended
// is refused (list.member_left, list.member_suspended), and so is one
// that fails a quota (list.quota, with the numbers); a refusal stores
// nothing.
func (db *DB) ApproveList(ctx context.Context, id string) (*ListDetail, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMembers() {
		return nil, errForbidden
	}
	err := db.write(ctx, func(tx *Tx) error {
		d, err := draftList(tx, actor, id)
		if err != nil {
			return err
		}
		if err := fillList(tx, d, ""); err != nil {
			return err
		}
		for _, c := range d.Places {
			switch c.MemberStatus {
			case senim.MemberLeft:
				return senim.Errorf(senim.ECONFLICT, "list.member_left", "member", c.Name)
			case senim.MemberSuspended:
				return senim.Errorf(senim.ECONFLICT, "list.member_suspended", "member", c.Name)
			}
		}
		s, err := quotaSettings(tx)
		if err != nil {
			return err
		}
		if err := d.Approve(s, d.ElectionDay); err != nil {
			return err
		}
		report, err := json.Marshal(senim.QuotaCheck(d.Candidates, s, d.ElectionDay))
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE candidate_lists SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?`, d.Status, tx.now, d.ID); err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO list_approvals (list_id, actor, at, youth_age, report) VALUES (?, ?, ?, ?, ?)`,
			d.ID, actor.Label(), tx.now, s.YouthAge, string(report))
		return err
	})
	if err != nil {
		return nil, err
	}
	return db.FindList(ctx, id)
}
