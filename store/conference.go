package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"

	senim "github.com/senim-kz/senim"
)

// The party's meetings — conferences, the sessions of political councils
// and of their bureaus — with their agendas, the records of each item's
// vote and the members elected; and the party's awards to members.
//
// Meetings, agendas, tallies and results are public, and so are the names
// of those elected chair or to a bureau; the members of a political
// council or an audit commission are named only to staff who may see the
// branch's members (branches, the central office, auditors), and counted
// for everyone else. Awards are read by those staff only. Branches and
// the central office record meetings and grant awards inside their
// territory. A vote, once recorded, is never changed: a correction is a
// further record with its reason, and the earlier records are kept.

const partyMeetingColumns = `id, branch_id, territory, kind, title_ru, title_kk, title_en, held, place, presiding, delegates, present`

func scanPartyMeeting(s scanner) (*senim.PartyMeeting, error) {
	m := &senim.PartyMeeting{}
	err := s.Scan(&m.ID, &m.BranchID, &m.Territory, &m.Kind, &m.Title.RU, &m.Title.KK, &m.Title.EN, &m.Date, &m.Place, &m.Presiding,
		&m.Delegates, &m.Present)
	m.Quorum = senim.HasQuorum(m.Delegates, m.Present)
	return m, err
}

// partyMeeting reads a meeting with its agenda, every record of each
// item's vote and the members they elected, named.
func partyMeeting(q queryer, id string) (*senim.PartyMeeting, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("meeting")
	}
	m, err := scanPartyMeeting(q.QueryRow(`SELECT `+partyMeetingColumns+` FROM party_meetings WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("meeting")
	}
	if err != nil {
		return nil, err
	}
	rows, err := q.Query(`SELECT pos, title_ru, title_kk, title_en, kind, body, seats, qualified FROM agenda_items
		WHERE meeting_id = ? ORDER BY pos`, id)
	items, err := collect(rows, err, func(s scanner) (*senim.AgendaItem, error) {
		it := &senim.AgendaItem{}
		return it, s.Scan(&it.Position, &it.Title.RU, &it.Title.KK, &it.Title.EN, &it.Kind, &it.Body, &it.Seats, &it.Qualified)
	})
	if err != nil {
		return nil, err
	}
	m.Agenda = items
	type voteKey struct{ pos, seq int }
	votes := map[voteKey]*senim.MeetingVote{}
	rows, err = q.Query(`SELECT pos, seq, votes_for, against, abstained, needed, passed, reason, actor, at FROM agenda_votes
		WHERE meeting_id = ? ORDER BY pos, seq`, id)
	_, err = collect(rows, err, func(s scanner) (bool, error) {
		var pos int
		var passed bool
		v := &senim.MeetingVote{}
		if err := s.Scan(&pos, &v.Seq, &v.For, &v.Against, &v.Abstained, &v.Needed, &passed, &v.Reason, &v.Actor, &v.At); err != nil {
			return false, err
		}
		v.At, v.Result = v.At.UTC(), senim.VoteFailed
		if passed {
			v.Result = senim.VotePassed
		}
		it := m.Item(pos)
		if it == nil {
			return false, errors.New("store: a vote on no agenda item")
		}
		if it.Vote != nil {
			it.Superseded = append(it.Superseded, it.Vote)
		}
		it.Vote = v
		votes[voteKey{pos, v.Seq}] = v
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	rows, err = q.Query(`SELECT e.pos, e.seq, e.member_id, m.name, e.votes FROM elected_members e JOIN members m ON m.id = e.member_id
		WHERE e.meeting_id = ? ORDER BY e.pos, e.seq, m.name_key, e.member_id`, id)
	_, err = collect(rows, err, func(s scanner) (bool, error) {
		var k voteKey
		e := &senim.ElectedPerson{}
		if err := s.Scan(&k.pos, &k.seq, &e.MemberID, &e.Name, &e.Votes); err != nil {
			return false, err
		}
		if v := votes[k]; v != nil {
			v.Elected = append(v.Elected, e)
			v.ElectedCount++
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// FindPartyMeeting returns a meeting with its agenda and votes. Staff who
// may see the branch's members get it whole; anyone else its public view
// (senim.PartyMeeting.Public).
func (db *DB) FindPartyMeeting(ctx context.Context, id string) (*senim.PartyMeeting, error) {
	m, err := partyMeeting(db.reader(ctx), id)
	if err != nil {
		return nil, err
	}
	if actor := senim.ActorFrom(ctx); !actor.CanSeeMembers() || !actor.Sees(m.Territory) {
		return m.Public(), nil
	}
	return m, nil
}

// FindPartyMeetings lists the meetings of the branches in a territory's
// subtree (the country's by default), the latest first, without their
// agendas; total is how many match. Meetings are public.
func (db *DB) FindPartyMeetings(ctx context.Context, f senim.PartyMeetingFilter) (list []*senim.PartyMeeting, total int, err error) {
	if f.Territory == "" {
		f.Territory = senim.CountryKATO
	}
	lo, hi := f.Territory.Range()
	where, args := " WHERE territory BETWEEN ? AND ?", []any{lo, hi}
	if f.Kind != "" {
		where += " AND kind = ?"
		args = append(args, f.Kind)
	}
	if !f.From.IsZero() {
		where += " AND held >= ?"
		args = append(args, f.From)
	}
	if !f.To.IsZero() {
		where += " AND held <= ?"
		args = append(args, f.To)
	}
	r := db.reader(ctx)
	if err := r.QueryRow(`SELECT COUNT(*) FROM party_meetings`+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := f.Limit
	if limit <= 0 || limit > senim.MaxMeetingPage {
		limit = 100
	}
	rows, err := r.Query(`SELECT `+partyMeetingColumns+` FROM party_meetings`+where+` ORDER BY held DESC, id DESC LIMIT ? OFFSET ?`,
		append(args, limit, max(f.Offset, 0))...)
	list, err = collect(rows, err, scanPartyMeeting)
	return list, total, err
}

// CreatePartyMeeting records a meeting of a branch inside the caller's
// territory.
func (db *DB) CreatePartyMeeting(ctx context.Context, in senim.PartyMeetingInput) (*senim.PartyMeeting, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMeetings() {
		return nil, errForbidden
	}
	m, err := senim.NewPartyMeeting(in, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(err)
	if senim.ValidID(m.BranchID) {
		err := db.reader(ctx).QueryRow(`SELECT territory FROM branches WHERE id = ?`, m.BranchID).Scan(&m.Territory)
		if errors.Is(err, sql.ErrNoRows) {
			p.Add(senim.Invalid("branch", "meeting.branch"))
		} else if err != nil {
			return nil, err
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(m.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(m.Territory))
	}
	m.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO party_meetings (id, branch_id, territory, kind, title_ru, title_kk, title_en, held, place, presiding,
			delegates, present, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			m.ID, m.BranchID, m.Territory, m.Kind, m.Title.RU, m.Title.KK, m.Title.EN, m.Date, m.Place, m.Presiding,
			m.Delegates, m.Present, actor.Label(), tx.now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// managedMeeting reads a meeting the caller may change: one of its
// territory ("not found" otherwise, so that others' meetings do not show).
func managedMeeting(q queryer, actor *senim.Actor, id string) (*senim.PartyMeeting, error) {
	m, err := partyMeeting(q, id)
	if err == nil && !actor.Sees(m.Territory) {
		err = senim.NotFound("meeting")
	}
	return m, err
}

// AddAgendaItem adds an item at the end of a meeting's agenda.
func (db *DB) AddAgendaItem(ctx context.Context, meetingID string, in senim.AgendaItemInput) (*senim.AgendaItem, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMeetings() {
		return nil, errForbidden
	}
	var out *senim.AgendaItem
	err := db.write(ctx, func(tx *Tx) error {
		m, err := managedMeeting(tx, actor, meetingID)
		if err != nil {
			return err
		}
		it, err := m.NewAgendaItem(in)
		if err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO agenda_items (meeting_id, pos, title_ru, title_kk, title_en, kind, body, seats, qualified)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, it.Position, it.Title.RU, it.Title.KK, it.Title.EN, it.Kind, it.Body, it.Seats, it.Qualified)
		if isUnique(err) {
			return errStale // an item added meanwhile took the place: try again
		}
		out = it
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// RecordVote records the vote on item n of a meeting, with the members an
// election elected: the first record, or, with a reason, a correction of
// the one in force (senim.PartyMeeting.NewVote). The members must exist,
// belong to the branch's territory and have been members on the day of
// the meeting. It returns the item with its records.
func (db *DB) RecordVote(ctx context.Context, meetingID string, n int, in senim.VoteInput) (*senim.AgendaItem, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMeetings() {
		return nil, errForbidden
	}
	m, err := managedMeeting(db.reader(ctx), actor, meetingID)
	if err != nil {
		return nil, err
	}
	v, err := m.NewVote(n, in, db.Now())
	if code := senim.ErrorCode(err); code != "" && code != senim.EINVALID {
		return nil, err
	}
	var p senim.Problems
	p.Add(err)
	names, err := db.checkElected(ctx, m, n, v, &p)
	if err != nil {
		return nil, err
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	var out *senim.AgendaItem
	err = db.write(ctx, func(tx *Tx) error {
		// Again inside the transaction: a vote recorded meanwhile is the
		// one this corrects, or a conflict.
		m, err := managedMeeting(tx, actor, meetingID)
		if err != nil {
			return err
		}
		v, err := m.NewVote(n, in, tx.now)
		if err != nil {
			return err
		}
		v.Actor = actor.Label()
		_, err = tx.Exec(`INSERT INTO agenda_votes (meeting_id, pos, seq, votes_for, against, abstained, needed, passed, reason, actor, at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, n, v.Seq, v.For, v.Against, v.Abstained, v.Needed, v.Result == senim.VotePassed,
			v.Reason, v.Actor, tx.now)
		if isUnique(err) {
			return errStale
		}
		if err != nil {
			return err
		}
		vals := make([]any, 0, 5*len(v.Elected))
		for _, e := range v.Elected {
			e.Name = names[e.MemberID]
			vals = append(vals, m.ID, n, v.Seq, e.MemberID, e.Votes)
		}
		if err := insertMany(tx, `INSERT INTO elected_members (meeting_id, pos, seq, member_id, votes)`, 5, vals); err != nil {
			return err
		}
		it := m.Item(n)
		if it.Vote != nil {
			it.Superseded = append(it.Superseded, it.Vote)
		}
		it.Vote = v
		out = it
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkElected checks the members a vote elects against the store: each
// exists, belongs to the territory of the meeting's branch and was a
// member on the day of the meeting. It returns their names by id.
func (db *DB) checkElected(ctx context.Context, m *senim.PartyMeeting, n int, v *senim.MeetingVote, p *senim.Problems) (map[string]string, error) {
	names := map[string]string{}
	it := m.Item(n)
	if v == nil || it == nil || len(v.Elected) == 0 || len(v.Elected) > it.Seats {
		return names, nil
	}
	type known struct {
		name           string
		territory      senim.KATO
		joined, leftOn senim.Date
	}
	found := map[string]known{}
	var ids []string
	for _, e := range v.Elected {
		if senim.ValidID(e.MemberID) {
			ids = append(ids, e.MemberID)
		}
	}
	err := queryIn(db.reader(ctx), `SELECT id, name, territory, joined, left_on FROM members WHERE `, "id", ids, func(s scanner) error {
		var id string
		var k known
		if err := s.Scan(&id, &k.name, &k.territory, &k.joined, &k.leftOn); err != nil {
			return err
		}
		found[id] = k
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i, e := range v.Elected {
		if !senim.ValidID(e.MemberID) {
			continue
		}
		field := "elected[" + strconv.Itoa(i) + "].member"
		k, ok := found[e.MemberID]
		switch {
		case !ok:
			p.Add(senim.Invalid(field, "vote.member_unknown"))
		case !m.Territory.Contains(k.territory):
			p.Add(senim.Invalid(field, "vote.member_outside"))
		case k.joined.After(m.Date) || !k.leftOn.IsZero() && k.leftOn.Before(m.Date):
			p.Add(senim.Invalid(field, "vote.member_not_then"))
		default:
			names[e.MemberID] = k.name
		}
	}
	return names, nil
}

const awardColumns = `a.id, a.member_id, m.name, a.territory, a.kind, a.awarded, a.reason, COALESCE(a.meeting_id, ''), a.decree`

func scanAward(s scanner) (*senim.Award, error) {
	a := &senim.Award{}
	return a, s.Scan(&a.ID, &a.MemberID, &a.Name, &a.Territory, &a.Kind, &a.Date, &a.Reason, &a.MeetingID, &a.Decree)
}

// GrantAward grants an award to a member of the caller's territory: on a
// day they were a member, by a decision of a meeting held by then by a
// branch whose territory covers the member's, or by a decree.
func (db *DB) GrantAward(ctx context.Context, in senim.AwardInput) (*senim.Award, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMeetings() {
		return nil, errForbidden
	}
	a, err := senim.NewAward(in, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(err)
	r := db.reader(ctx)
	if senim.ValidID(a.MemberID) {
		var joined, leftOn senim.Date
		err := r.QueryRow(`SELECT name, territory, joined, left_on FROM members WHERE id = ?`, a.MemberID).Scan(&a.Name, &a.Territory, &joined, &leftOn)
		switch {
		case errors.Is(err, sql.ErrNoRows) || err == nil && !actor.Sees(a.Territory):
			p.Add(senim.Invalid("member", "award.member"))
			a.Territory = ""
		case err != nil:
			return nil, err
		case a.Date.IsZero():
		case a.Date.Before(joined):
			p.Add(senim.Invalid("date", "award.before_joined", "joined", joined.String()))
		case !leftOn.IsZero() && a.Date.After(leftOn):
			p.Add(senim.Invalid("date", "award.after_left", "left", leftOn.String()))
		}
	}
	if senim.ValidID(a.MeetingID) {
		var k senim.KATO
		var held senim.Date
		err := r.QueryRow(`SELECT territory, held FROM party_meetings WHERE id = ?`, a.MeetingID).Scan(&k, &held)
		switch {
		case errors.Is(err, sql.ErrNoRows) || err == nil && !actor.Sees(k):
			p.Add(senim.Invalid("meeting", "award.meeting"))
		case err != nil:
			return nil, err
		case a.Territory != "" && !k.Contains(a.Territory):
			p.Add(senim.Invalid("meeting", "award.meeting_outside"))
		case !a.Date.IsZero() && a.Date.Before(held):
			p.Add(senim.Invalid("date", "award.before_meeting", "date", held.String()))
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	a.ID = senim.NewID()
	if err := db.write(ctx, func(tx *Tx) error { return insertAwards(tx, []*senim.Award{a}, actor) }); err != nil {
		return nil, err
	}
	return a, nil
}

func insertAwards(tx *Tx, as []*senim.Award, actor *senim.Actor) error {
	vals := make([]any, 0, 9*len(as))
	for _, a := range as {
		var meeting any
		if a.MeetingID != "" {
			meeting = a.MeetingID
		}
		vals = append(vals, a.ID, a.MemberID, a.Territory, a.Kind, a.Date, a.Reason, meeting, a.Decree, actor.Label())
	}
	return insertMany(tx, `INSERT INTO party_awards (id, member_id, territory, kind, awarded, reason, meeting_id, decree, actor, created_at)`,
		9, vals, tx.now)
}

// ImportAwards stores awards made elsewhere (the demo), checked and with
// their ids and territories set, in one transaction.
func (db *DB) ImportAwards(ctx context.Context, as []*senim.Award) error {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageMeetings() {
		return errForbidden
	}
	return db.write(ctx, func(tx *Tx) error { return insertAwards(tx, as, actor) })
}

// FindAwards lists the awards of members of a territory (the caller's by
// default; the territory is the member's when awarded), or of one member,
// the latest first; total is how many match. Staff who may see members
// only.
func (db *DB) FindAwards(ctx context.Context, f senim.AwardFilter) (list []*senim.Award, total int, err error) {
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
	where, args := " WHERE a.territory BETWEEN ? AND ?", []any{lo, hi}
	if f.MemberID != "" {
		where += " AND a.member_id = ?"
		args = append(args, f.MemberID)
	}
	if f.Kind != "" {
		where += " AND a.kind = ?"
		args = append(args, f.Kind)
	}
	r := db.reader(ctx)
	if err := r.QueryRow(`SELECT COUNT(*) FROM party_awards a`+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := f.Limit
	if limit <= 0 || limit > senim.MaxMeetingPage {
		limit = 100
	}
	rows, err := r.Query(`SELECT `+awardColumns+` FROM party_awards a JOIN members m ON m.id = a.member_id`+where+
		` ORDER BY a.awarded DESC, a.id DESC LIMIT ? OFFSET ?`, append(args, limit, max(f.Offset, 0))...)
	list, err = collect(rows, err, scanAward)
	return list, total, err
}
