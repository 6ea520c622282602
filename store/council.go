package store

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"

	senim "github.com/senim-kz/senim"
)

// CreateCouncil forms a public council in the caller's territory, following
// a direction of a programme of that territory or one above it.
func (db *DB) CreateCouncil(ctx context.Context, in senim.CouncilInput) (*senim.Council, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanRunCouncils() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	c, verr := senim.NewCouncil(in, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(verr)
	places, err := db.places(ctx)
	if err != nil {
		return nil, err
	}
	if c.Territory != "" && !places.territories[c.Territory] {
		p.Add(senim.Invalid("territory", "territory.unknown", "code", string(c.Territory)))
	} else if c.Territory != "" && c.DirectionID != "" {
		var k senim.KATO
		err := db.reader(ctx).QueryRow(`SELECT p.territory FROM directions d JOIN programmes p ON p.id = d.programme_id
			WHERE d.id = ?`, c.DirectionID).Scan(&k)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			p.Add(senim.Invalid("direction", "direction.unknown"))
		case err != nil:
			return nil, err
		case !k.Contains(c.Territory):
			p.Add(senim.Invalid("direction", "council.direction_elsewhere"))
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(c.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(c.Territory))
	}
	c.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO councils (id, territory, name_ru, name_kk, name_en, direction_id, created, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, c.ID, c.Territory, c.Name.RU, c.Name.KK, c.Name.EN, nullable(c.DirectionID), c.Created, tx.now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// mayRun refuses a caller who may not run council c.
func mayRun(ctx context.Context, c *senim.Council) error {
	a := senim.ActorFrom(ctx)
	if !a.CanRunCouncils() || !a.Sees(c.Territory) {
		return senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	return nil
}

// AddCouncilMember adds a person — new, or an existing one by id — to a council.
func (db *DB) AddCouncilMember(ctx context.Context, councilID string, in senim.CouncilMemberInput) (*senim.CouncilMember, error) {
	c, err := db.FindCouncil(ctx, councilID)
	if err != nil {
		return nil, err
	}
	if err := mayRun(ctx, c); err != nil {
		return nil, err
	}
	m, err := senim.NewCouncilMember(in, senim.DateOf(db.Now()))
	if err != nil {
		return nil, err
	}
	m.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		if err := ensurePerson(tx, &m.Person); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO council_members (id, council_id, person_id, role, since) VALUES (?, ?, ?, ?, ?)`,
			m.ID, c.ID, m.Person.ID, m.Role, m.Since)
		return err
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// AddMeeting records a council's meeting with its minutes.
func (db *DB) AddMeeting(ctx context.Context, councilID string, in senim.MeetingInput) (*senim.Meeting, error) {
	c, err := db.FindCouncil(ctx, councilID)
	if err != nil {
		return nil, err
	}
	if err := mayRun(ctx, c); err != nil {
		return nil, err
	}
	m, err := senim.NewMeeting(in, c, senim.DateOf(db.Now()))
	if err != nil {
		return nil, err
	}
	m.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		if err := insertFile(tx, m.File); err != nil {
			return err
		}
		var file any
		if m.File != nil {
			file = m.File.ID
		}
		_, err := tx.Exec(`INSERT INTO meetings (id, council_id, held_on, agenda, minutes, file_id, attended, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, c.ID, m.On, m.Agenda, m.Minutes, file, m.Attended, tx.now)
		return err
	})
	if err != nil {
		return nil, err
	}
	if m.File != nil {
		m.File.Data = nil
	}
	return m, nil
}

// FindCouncil returns a council with its members and meetings.
func (db *DB) FindCouncil(ctx context.Context, id string) (*senim.Council, error) {
	list, err := db.FindCouncils(ctx, senim.CouncilFilter{ID: &id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, senim.NotFound("council")
	}
	c := list[0].Council
	q := db.reader(ctx)
	rows, err := q.Query(`SELECT m.id, m.person_id, p.name, m.role, m.since, m.until FROM council_members m
		JOIN persons p ON p.id = m.person_id WHERE m.council_id = ?
		ORDER BY CASE m.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END, p.name`, id)
	c.Members, err = collect(rows, err, func(s scanner) (*senim.CouncilMember, error) {
		m := &senim.CouncilMember{}
		return m, s.Scan(&m.ID, &m.Person.ID, &m.Person.Name, &m.Role, &m.Since, &m.Until)
	})
	if err != nil {
		return nil, err
	}
	rows, err = q.Query(`SELECT m.id, m.held_on, m.agenda, m.minutes, m.attended, f.id, f.name, f.type, f.size, f.sha256
		FROM meetings m LEFT JOIN files f ON f.id = m.file_id WHERE m.council_id = ? ORDER BY m.held_on DESC, m.id`, id)
	c.Meetings, err = collect(rows, err, func(s scanner) (*senim.Meeting, error) {
		m := &senim.Meeting{}
		var f fileColumns
		err := s.Scan(&m.ID, &m.On, &m.Agenda, &m.Minutes, &m.Attended, &f.id, &f.name, &f.typ, &f.size, &f.sha)
		m.File = f.file()
		return m, err
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// CouncilLine is a council in a list, with its figures.
type CouncilLine struct {
	*senim.Council
	MemberCount  int `json:"member_count"`
	MeetingCount int `json:"meeting_count"`
	Issues       int `json:"issues"`
	UnderControl int `json:"under_control"`
}

// FindCouncils lists councils by territory and name, with how many members,
// meetings and issues each has. Each count looks up the council's own rows
// by its index (a filter on the issues' status would let the engine pick
// the status index and read every open issue for every council).
func (db *DB) FindCouncils(ctx context.Context, f senim.CouncilFilter) ([]*CouncilLine, error) {
	var where []string
	var args []any
	if f.ID != nil {
		where, args = append(where, "c.id = ?"), append(args, *f.ID)
	}
	if f.Territory != nil {
		lo, hi := f.Territory.Range()
		where, args = append(where, "c.territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	if f.On != nil {
		pred, vals := inList("c.territory", f.On.Ancestors())
		where, args = append(where, pred), append(args, vals...)
	}
	if f.Programme != nil {
		where, args = append(where, "c.direction_id IN (SELECT id FROM directions WHERE programme_id = ?)"), append(args, *f.Programme)
	}
	q := `SELECT c.id, c.territory, c.name_ru, c.name_kk, c.name_en, c.direction_id, c.created,
		(SELECT COUNT(*) FROM council_members m WHERE m.council_id = c.id AND m.until IS NULL),
		(SELECT COUNT(*) FROM meetings m WHERE m.council_id = c.id),
		(SELECT COUNT(*) FROM issues i WHERE i.council_id = c.id),
		(SELECT COALESCE(SUM(CASE WHEN i.status = 'under_control' THEN 1 ELSE 0 END), 0) FROM issues i WHERE i.council_id = c.id)
		FROM councils c`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := db.reader(ctx).Query(q+" ORDER BY c.territory, c.name_ru, c.id", args...)
	return collect(rows, err, func(s scanner) (*CouncilLine, error) {
		l := &CouncilLine{Council: &senim.Council{}}
		var dir sql.NullString
		err := s.Scan(&l.ID, &l.Territory, &l.Name.RU, &l.Name.KK, &l.Name.EN, &dir, &l.Created,
			&l.MemberCount, &l.MeetingCount, &l.Issues, &l.UnderControl)
		l.DirectionID = dir.String
		return l, err
	})
}

// TakeIssue takes an issue a council raised under control. The appeals are
// named by number and the indicators by id; each must exist.
func (db *DB) TakeIssue(ctx context.Context, councilID string, in senim.IssueInput) (*senim.Issue, error) {
	c, err := db.FindCouncil(ctx, councilID)
	if err != nil {
		return nil, err
	}
	if err := mayRun(ctx, c); err != nil {
		return nil, err
	}
	is, verr := senim.NewIssue(in, c, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(verr)
	if is.MeetingID != "" && !hasMeeting(c, is.MeetingID) {
		p.Add(senim.Invalid("meeting", "meeting.unknown"))
	}
	places, err := db.places(ctx)
	if err != nil {
		return nil, err
	}
	if is.Territory != "" && !places.territories[is.Territory] {
		p.Add(senim.Invalid("territory", "territory.unknown", "code", string(is.Territory)))
	}
	if err := db.checkLinks(ctx, is.Appeals, is.Indicators, &p); err != nil {
		return nil, err
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	is.ID, is.Version = senim.NewID(), 1
	actor := senim.ActorFrom(ctx)
	err = db.write(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(`INSERT INTO issues (id, council_id, meeting_id, territory, title, description, owner, taken, deadline,
			status, result, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			is.ID, is.CouncilID, nullable(is.MeetingID), is.Territory, is.Title, is.Description, is.Owner, is.Taken, is.Deadline,
			is.Status, is.Result, is.Version, tx.now); err != nil {
			return err
		}
		if err := insertLinks(tx, is.ID, is.Appeals, is.Indicators); err != nil {
			return err
		}
		return insertIssueEvent(tx, actor, is.ID, &senim.IssueEvent{Seq: 1, Action: senim.IssueActTake, Status: is.Status, Note: is.Title})
	})
	if err != nil {
		return nil, err
	}
	db.touchRating(is.Territory, "")
	return is, nil
}

func hasMeeting(c *senim.Council, id string) bool {
	for _, m := range c.Meetings {
		if m.ID == id {
			return true
		}
	}
	return false
}

// checkLinks reports appeal numbers and indicator ids that do not exist.
func (db *DB) checkLinks(ctx context.Context, appeals, indicators []string, p *senim.Problems) error {
	for _, l := range []struct {
		field, query, col string
		refs              []string
	}{
		{"appeals", "SELECT number FROM appeals WHERE ", "number", appeals},
		{"indicators", "SELECT id FROM indicators WHERE ", "id", indicators},
	} {
		found := map[string]bool{}
		err := queryIn(db.reader(ctx), l.query, l.col, l.refs, func(s scanner) error {
			var v string
			err := s.Scan(&v)
			found[v] = true
			return err
		})
		if err != nil {
			return err
		}
		for _, r := range l.refs {
			if !found[r] {
				p.Add(senim.Invalid(l.field, l.field+".unknown", "ref", r))
				break
			}
		}
	}
	return nil
}

func insertLinks(tx *Tx, issueID string, appeals, indicators []string) error {
	for _, l := range []struct {
		kind string
		refs []string
	}{{"appeal", appeals}, {"indicator", indicators}} {
		for _, r := range l.refs {
			if _, err := tx.Exec(`INSERT INTO issue_links (issue_id, kind, ref) VALUES (?, ?, ?)`, issueID, l.kind, r); err != nil {
				return err
			}
		}
	}
	return nil
}

func insertIssueEvent(tx *Tx, actor *senim.Actor, issueID string, e *senim.IssueEvent) error {
	e.Actor, e.At = actor.Label(), tx.now
	_, err := tx.Exec(`INSERT INTO issue_events (id, issue_id, seq, action, actor, at, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		senim.NewID(), issueID, e.Seq, e.Action, e.Actor, e.At, e.Status, e.Note)
	return err
}

// ChangeIssue applies a change to an issue under control: solved, taken
// off, extended, linked, noted, reopened.
func (db *DB) ChangeIssue(ctx context.Context, id string, ch senim.IssueChange) (*senim.Issue, error) {
	is, err := db.FindIssue(ctx, id)
	if err != nil {
		return nil, err
	}
	councils, err := db.FindCouncils(ctx, senim.CouncilFilter{ID: &is.CouncilID}) // its territory: no members, meetings
	if err != nil {
		return nil, err
	}
	if len(councils) == 0 {
		return nil, senim.NotFound("council")
	}
	if err := mayRun(ctx, councils[0].Council); err != nil {
		return nil, err
	}
	next, e, err := is.Apply(ch, senim.DateOf(db.Now()))
	if err != nil {
		return nil, err
	}
	var p senim.Problems
	appeals, indicators := newRefs(is.Appeals, next.Appeals), newRefs(is.Indicators, next.Indicators)
	if err := db.checkLinks(ctx, appeals, indicators, &p); err != nil {
		return nil, err
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	actor := senim.ActorFrom(ctx)
	err = db.write(ctx, func(tx *Tx) error {
		res, err := tx.Exec(`UPDATE issues SET status = ?, deadline = ?, closed = ?, result = ?, version = ? WHERE id = ? AND version = ?`,
			next.Status, next.Deadline, next.Closed, next.Result, next.Version, id, is.Version)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return senim.Errorf(senim.ECONFLICT, "version")
		}
		if err := insertLinks(tx, id, appeals, indicators); err != nil {
			return err
		}
		return insertIssueEvent(tx, actor, id, e)
	})
	if err != nil {
		return nil, err
	}
	db.touchRating(is.Territory, "")
	return db.FindIssue(ctx, id)
}

// newRefs returns the references in after that are not in before.
func newRefs(before, after []string) []string {
	var out []string
	for _, r := range after {
		if !slices.Contains(before, r) {
			out = append(out, r)
		}
	}
	return out
}

const issueColumns = `i.id, i.council_id, i.meeting_id, i.territory, i.title, i.description, i.owner, i.taken, i.deadline,
	i.status, i.closed, i.result, i.version`

func scanIssue(s scanner) (*senim.Issue, error) {
	is := &senim.Issue{Appeals: []string{}, Indicators: []string{}}
	var meeting sql.NullString
	err := s.Scan(&is.ID, &is.CouncilID, &meeting, &is.Territory, &is.Title, &is.Description, &is.Owner, &is.Taken,
		&is.Deadline, &is.Status, &is.Closed, &is.Result, &is.Version)
	is.MeetingID = meeting.String
	return is, err
}

// FindIssue returns an issue with its links and history.
func (db *DB) FindIssue(ctx context.Context, id string) (*senim.Issue, error) {
	list, err := db.FindIssues(ctx, senim.IssueFilter{ID: &id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, senim.NotFound("issue")
	}
	is := list[0]
	rows, err := db.reader(ctx).Query(`SELECT seq, action, actor, at, status, note FROM issue_events WHERE issue_id = ? ORDER BY seq`, id)
	is.Events, err = collect(rows, err, func(s scanner) (*senim.IssueEvent, error) {
		e := &senim.IssueEvent{}
		err := s.Scan(&e.Seq, &e.Action, &e.Actor, &e.At, &e.Status, &e.Note)
		e.At = e.At.UTC()
		return e, err
	})
	return is, err
}

// FindIssues lists issues under control, the latest taken first, each with
// its linked appeals and indicators.
func (db *DB) FindIssues(ctx context.Context, f senim.IssueFilter) ([]*senim.Issue, error) {
	var where []string
	var args []any
	if f.ID != nil {
		where, args = append(where, "i.id = ?"), append(args, *f.ID)
	}
	if f.Council != nil {
		where, args = append(where, "i.council_id = ?"), append(args, *f.Council)
	}
	if f.Territory != nil {
		lo, hi := f.Territory.Range()
		where, args = append(where, "i.territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	if f.Status != nil {
		where, args = append(where, "i.status = ?"), append(args, *f.Status)
	}
	if f.Overdue != nil {
		where, args = append(where, "i.status = 'under_control' AND i.deadline < ?"), append(args, *f.Overdue)
	}
	q := "SELECT " + issueColumns + " FROM issues i"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	limit := f.Limit
	if limit <= 0 || limit > senim.MaxIssuesPage {
		limit = senim.MaxIssuesPage
	}
	q += " ORDER BY i.taken DESC, i.id DESC LIMIT ?"
	rows, err := db.reader(ctx).Query(q, append(args, limit)...)
	list, err := collect(rows, err, scanIssue)
	if err != nil || len(list) == 0 {
		return list, err
	}
	byID := map[string]*senim.Issue{}
	ids := make([]string, len(list))
	for i, is := range list {
		byID[is.ID], ids[i] = is, is.ID
	}
	pred, vals := inList("issue_id", ids)
	rows, err = db.reader(ctx).Query(`SELECT issue_id, kind, ref FROM issue_links WHERE `+pred+` ORDER BY issue_id, kind, ref`, vals...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, kind, ref string
		if err := rows.Scan(&id, &kind, &ref); err != nil {
			return nil, err
		}
		if is := byID[id]; kind == "appeal" {
			is.Appeals = append(is.Appeals, ref)
		} else {
			is.Indicators = append(is.Indicators, ref)
		}
	}
	return list, rows.Err()
}

// IssueStats counts the issues of a territory taken under control from–to,
// split by its parts one level down (the regions, for the country), with
// how many stand overdue on day today.
func (db *DB) IssueStats(ctx context.Context, territory senim.KATO, from, to, today senim.Date) (*senim.IssueStats, error) {
	lo, hi := territory.Range()
	rows, err := db.reader(ctx).Query(`SELECT territory, status, late, COUNT(*) FROM (
			SELECT territory, status, CASE WHEN deadline < ? THEN 1 ELSE 0 END AS late FROM issues
			WHERE territory BETWEEN ? AND ? AND taken BETWEEN ? AND ?) x
		GROUP BY territory, status, late`, today, lo, hi, from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	st := &senim.IssueStats{Territory: territory, From: from, To: to, Parts: []*senim.IssuePart{}}
	parts := map[senim.KATO]*senim.IssuePart{}
	for rows.Next() {
		var k senim.KATO
		var status senim.IssueStatus
		var late int
		var n int
		if err := rows.Scan(&k, &status, &late, &n); err != nil {
			return nil, err
		}
		var c senim.IssueCounts
		c.Taken = n
		switch status {
		case senim.IssueUnderControl:
			c.UnderControl = n
			if late == 1 {
				c.Overdue = n
			}
		case senim.IssueSolved:
			c.Solved = n
		case senim.IssueRemoved:
			c.Removed = n
		}
		st.Total.Add(c)
		part := childOf(territory, k)
		if part == territory {
			continue
		}
		if parts[part] == nil {
			parts[part] = &senim.IssuePart{Territory: part}
			st.Parts = append(st.Parts, parts[part])
		}
		parts[part].IssueCounts.Add(c)
	}
	return st, rows.Err()
}

// childOf returns the code one level below parent on the way to k (k's
// region for the country), or parent itself when k is parent.
func childOf(parent, k senim.KATO) senim.KATO {
	anc := k.Ancestors()
	for i, a := range anc {
		if a == parent && i+1 < len(anc) {
			return anc[i+1]
		}
	}
	return parent
}
