package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	senim "github.com/senim-kz/senim"
)

const receptionColumns = `r.id, r.official_id, r.office_id, r.territory, r.starts_at, r.ends_at, r.format, r.topic,
	r.status, r.consulted, r.appeals, r.cancel_reason, r.created_at, r.updated_at, r.version`

func scanReception(s scanner) (*senim.Reception, error) {
	r := &senim.Reception{}
	err := s.Scan(&r.ID, &r.OfficialID, &r.OfficeID, &r.Territory, &r.Starts, &r.Ends, &r.Format, &r.Topic,
		&r.Status, &r.Consulted, &r.Appeals, &r.CancelReason, &r.CreatedAt, &r.UpdatedAt, &r.Version)
	r.Starts, r.Ends, r.CreatedAt, r.UpdatedAt = r.Starts.UTC(), r.Ends.UTC(), r.CreatedAt.UTC(), r.UpdatedAt.UTC()
	return r, err
}

// CreateReception plans a reception: the official must be in post that day
// and free at that time, the office in the caller's territory.
func (db *DB) CreateReception(ctx context.Context, in senim.ReceptionInput) (*senim.Reception, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanHandleAppeals() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	r, verr := senim.NewReception(in, db.Now())
	var p senim.Problems
	p.Add(verr)
	places, err := db.places(ctx)
	if err != nil {
		return nil, err
	}
	office := places.office(r.OfficeID)
	if r.OfficeID != "" && (office == nil || !actor.Sees(office.Territory)) {
		p.Add(senim.Invalid("office", "office.unknown", "office", r.OfficeID))
	}
	var official *senim.Official
	if senim.ValidID(r.OfficialID) {
		if official, err = db.FindOfficial(ctx, r.OfficialID); senim.ErrorCode(err) == senim.ENOTFOUND {
			p.Add(senim.Invalid("official", "official.unknown", "id", r.OfficialID))
		} else if err != nil {
			return nil, err
		} else if !r.Starts.IsZero() && !official.InPost(r.Day()) {
			p.Add(senim.Invalid("official", "official.not_in_post", "since", official.Since, "until", official.Until))
		}
	}
	if r.Territory != "" && !places.territories[r.Territory] {
		p.Add(senim.Invalid("territory", "territory.unknown", "code", string(r.Territory)))
	} else if office != nil {
		p.Add(r.PlaceIn(office))
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	r.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		if err := checkFree(tx, r); err != nil {
			return err
		}
		r.CreatedAt, r.UpdatedAt, r.Version = tx.now, tx.now, 1
		if _, err := tx.Exec(`INSERT INTO receptions (id, official_id, office_id, territory, day, starts_at, ends_at,
			format, topic, status, consulted, appeals, cancel_reason, created_at, updated_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			r.ID, r.OfficialID, r.OfficeID, r.Territory, r.Day(), r.Starts, r.Ends, r.Format, r.Topic,
			r.Status, r.Consulted, r.Appeals, r.CancelReason, r.CreatedAt, r.UpdatedAt, r.Version); err != nil {
			return err
		}
		return insertReceptionEvent(tx, actor, r, &senim.ReceptionEvent{Seq: 1, Action: senim.ReceptionActPlan, Status: r.Status})
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// checkFree refuses a reception that overlaps another of the same official
// that is not cancelled.
func checkFree(tx *Tx, r *senim.Reception) error {
	day := r.Day()
	rows, err := tx.Query(`SELECT `+receptionColumns+` FROM receptions r
		WHERE r.official_id = ? AND r.day BETWEEN ? AND ? AND r.status <> ?`,
		r.OfficialID, day.AddDays(-1), day.AddDays(1), senim.ReceptionCancelled)
	near, err := collect(rows, err, scanReception)
	for _, o := range near {
		if o.Starts.Before(r.Ends) && r.Starts.Before(o.Ends) {
			return senim.Errorf(senim.ECONFLICT, "reception.overlap", "starts", o.Starts.In(senim.KZ).Format("02.01.2006 15:04"))
		}
	}
	return err
}

func insertReceptionEvent(tx *Tx, actor *senim.Actor, r *senim.Reception, e *senim.ReceptionEvent) error {
	e.Actor, e.At = actor.Label(), tx.now
	_, err := tx.Exec(`INSERT INTO reception_events (id, reception_id, seq, action, actor, at, status, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, senim.NewID(), r.ID, e.Seq, e.Action, e.Actor, e.At, e.Status, e.Note)
	return err
}

// saveReception writes a change of a reception (next, from before) if
// nobody changed it meanwhile, its event, and what the change moves in the
// running totals of held receptions and visitors, on the reception's
// territory and every one above it.
func saveReception(tx *Tx, actor *senim.Actor, before, next *senim.Reception, e *senim.ReceptionEvent) error {
	res, err := tx.Exec(`UPDATE receptions SET status = ?, consulted = ?, appeals = ?, cancel_reason = ?, updated_at = ?, version = ?
		WHERE id = ? AND version = ?`, next.Status, next.Consulted, next.Appeals, next.CancelReason, next.UpdatedAt, next.Version,
		before.ID, before.Version)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return errStale
	}
	if err := insertReceptionEvent(tx, actor, next, e); err != nil {
		return err
	}
	heldBefore, visitorsBefore := before.TotalsPart()
	held, visitors := next.TotalsPart()
	month := next.Day().MonthKey()
	for _, t := range next.Territory.Ancestors() {
		// In a fixed order, so that concurrent PostgreSQL writers never deadlock.
		for _, d := range [...]struct {
			key string
			n   int
		}{{"held", held - heldBefore}, {"visitors", visitors - visitorsBefore}} {
			if d.n == 0 {
				continue
			}
			if _, err := tx.Exec(`INSERT INTO reception_totals (territory, month, key, n) VALUES (?, ?, ?, ?)
				ON CONFLICT (territory, month, key) DO UPDATE SET n = reception_totals.n + excluded.n`,
				t, month, d.key, d.n); err != nil {
				return err
			}
		}
	}
	return nil
}

// FindReception returns a reception with its history. Receptions are public.
func (db *DB) FindReception(ctx context.Context, id string) (*senim.Reception, error) {
	r, err := findReception(db.reader(ctx), id)
	if err != nil {
		return nil, err
	}
	rows, err := db.reader(ctx).Query(`SELECT seq, action, actor, at, status, note FROM reception_events
		WHERE reception_id = ? ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		e := &senim.ReceptionEvent{}
		if err := rows.Scan(&e.Seq, &e.Action, &e.Actor, &e.At, &e.Status, &e.Note); err != nil {
			return nil, err
		}
		e.At = e.At.UTC()
		r.Events = append(r.Events, e)
	}
	return r, rows.Err()
}

func findReception(q queryer, id string) (*senim.Reception, error) {
	r, err := scanReception(q.QueryRow(`SELECT `+receptionColumns+` FROM receptions r WHERE r.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("reception")
	}
	return r, err
}

// ChangeReception holds or cancels a reception. Staff who handle appeals
// change the receptions of their territory.
func (db *DB) ChangeReception(ctx context.Context, id string, c senim.ReceptionChange) (*senim.Reception, error) {
	actor := senim.ActorFrom(ctx)
	var out *senim.Reception
	err := db.write(ctx, func(tx *Tx) error {
		r, err := findReception(tx, id)
		if err != nil {
			return err
		}
		if !actor.CanHandleAppeals() || !actor.Sees(r.Territory) {
			return senim.Errorf(senim.EFORBIDDEN, "forbidden")
		}
		next, e, err := r.Apply(c, tx.now)
		if err != nil {
			return err
		}
		out = next
		return saveReception(tx, actor, r, next, e)
	})
	if err != nil {
		return nil, err
	}
	db.touchRating("", out.OfficialID)
	return out, nil
}

// AddVisitor registers a visitor's request at a reception as an appeal with
// the channel "reception", linked to the reception and its official,
// received on the reception's day at its office. A planned reception that
// takes a visitor is held from then on.
func (db *DB) AddVisitor(ctx context.Context, receptionID string, in senim.AppealInput) (*senim.Appeal, string, error) {
	actor := senim.ActorFrom(ctx)
	r, err := findReception(db.reader(ctx), receptionID)
	if err != nil {
		return nil, "", err
	}
	if !actor.CanHandleAppeals() || !actor.Sees(r.Territory) {
		return nil, "", senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	if err := r.AcceptsVisitors(db.Now()); err != nil {
		return nil, "", err
	}
	in.Channel = string(senim.ChannelReception)
	in.Office = r.OfficeID
	in.ReceivedOn = r.Day().String()
	if strings.TrimSpace(in.Territory) == "" {
		in.Territory = string(r.Territory)
	}
	return db.createAppeal(ctx, in, func(tx *Tx, a *senim.Appeal) error {
		r, err := findReception(tx, receptionID)
		if err != nil {
			return err
		}
		next, e, err := r.TakeVisitor(a.Number, tx.now)
		if err != nil {
			return err
		}
		a.ReceptionID, a.OfficialID = r.ID, r.OfficialID
		return saveReception(tx, actor, r, next, e)
	})
}

// FindReceptions lists receptions, soonest first (or latest first with
// Desc), at most senim.MaxReceptionsPage.
func (db *DB) FindReceptions(ctx context.Context, f senim.ReceptionFilter) ([]*senim.Reception, error) {
	var where []string
	var args []any
	if f.Territory != nil {
		lo, hi := f.Territory.Range()
		where, args = append(where, "r.territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	if f.Office != nil {
		where, args = append(where, "r.office_id = ?"), append(args, *f.Office)
	}
	if f.Official != nil {
		where, args = append(where, "r.official_id = ?"), append(args, *f.Official)
	}
	if f.Status != nil {
		where, args = append(where, "r.status = ?"), append(args, *f.Status)
	}
	if !f.From.IsZero() {
		where, args = append(where, "r.day >= ?"), append(args, f.From)
	}
	if !f.To.IsZero() {
		where, args = append(where, "r.day <= ?"), append(args, f.To)
	}
	q := "SELECT " + receptionColumns + " FROM receptions r"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if f.Desc {
		q += " ORDER BY r.day DESC, r.starts_at DESC, r.id DESC"
	} else {
		q += " ORDER BY r.day, r.starts_at, r.id"
	}
	limit := f.Limit
	if limit <= 0 || limit > senim.MaxReceptionsPage {
		limit = senim.MaxReceptionsPage
	}
	rows, err := db.reader(ctx).Query(q+" LIMIT ?", append(args, limit)...)
	return collect(rows, err, scanReception)
}

// ReceptionReport sums up what the officials of a territory did in a
// period: per official, the receptions held against the obligation of their
// role, the visitors, and how their visitors' appeals ended. Staff of the
// territory read it.
func (db *DB) ReceptionReport(ctx context.Context, f senim.ReceptionReportFilter) (*senim.ReceptionReport, error) {
	actor := senim.ActorFrom(ctx)
	if err := senim.CheckReportPeriod(f.From, f.To); err != nil {
		return nil, err
	}
	if !actor.Sees(f.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(f.Territory))
	}
	rd := db.reader(ctx)
	roles, err := db.OfficialRoles(ctx)
	if err != nil {
		return nil, err
	}
	byRole := map[string]*senim.OfficialRole{}
	for _, r := range roles {
		byRole[r.Code] = r
	}
	lo, hi := f.Territory.Range()
	rows, err := rd.Query(`SELECT `+officialColumns+` FROM officials o JOIN persons p ON p.id = o.person_id
		WHERE o.territory BETWEEN ? AND ? AND o.since <= ? AND (o.until IS NULL OR o.until >= ?)
		ORDER BY p.name, o.id`, lo, hi, f.To, f.From)
	if err != nil {
		return nil, err
	}
	rep := &senim.ReceptionReport{Territory: f.Territory, From: f.From, To: f.To, ByFormat: map[string]int64{}}
	lines := map[string]*senim.OfficialReport{}
	for rows.Next() {
		o, err := scanOfficial(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		line := &senim.OfficialReport{Official: o, Outcomes: map[string]int64{}}
		if role := byRole[o.Role]; role != nil {
			line.Required = role.Required(f.From, f.To, o.Since, o.Until)
		}
		lines[o.ID] = line
		rep.Officials = append(rep.Officials, line)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	rows, err = rd.Query(`SELECT r.official_id, r.status, r.format, COUNT(*), SUM(r.consulted), SUM(r.appeals)
		FROM receptions r JOIN officials o ON o.id = r.official_id
		WHERE o.territory BETWEEN ? AND ? AND r.day BETWEEN ? AND ?
		GROUP BY r.official_id, r.status, r.format`, lo, hi, f.From, f.To)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id, format string
		var status senim.ReceptionStatus
		var n, consulted, appeals int
		if err := rows.Scan(&id, &status, &format, &n, &consulted, &appeals); err != nil {
			rows.Close()
			return nil, err
		}
		line := lines[id]
		if line == nil { // a reception outside the official's term
			continue
		}
		switch status {
		case senim.ReceptionHeld:
			line.Held += n
			line.Visitors += consulted + appeals
			rep.ByFormat[format] += int64(n)
		case senim.ReceptionPlanned:
			line.Planned += n
		case senim.ReceptionCancelled:
			line.Cancelled += n
		}
		line.Appeals += appeals
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	rows, err = rd.Query(`SELECT a.official_id, a.status, a.outcome, COUNT(*)
		FROM appeals a JOIN receptions r ON r.id = a.reception_id JOIN officials o ON o.id = r.official_id
		WHERE o.territory BETWEEN ? AND ? AND r.day BETWEEN ? AND ?
		GROUP BY a.official_id, a.status, a.outcome`, lo, hi, f.From, f.To)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, outcome string
		var status senim.Status
		var n int64
		if err := rows.Scan(&id, &status, &outcome, &n); err != nil {
			return nil, err
		}
		line := lines[id]
		if line == nil {
			continue
		}
		if status.Open() || outcome == "" {
			outcome = "open"
		}
		line.Outcomes[outcome] += n
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rep.Finish()
	return rep, nil
}

// addReceptionStats adds rows of (territory, key, n) of the reception
// totals to the statistics of each territory.
func addReceptionStats(rows *sql.Rows, out map[senim.KATO]*senim.Stats, f senim.StatsFilter) error {
	defer rows.Close()
	for rows.Next() {
		var k senim.KATO
		var key string
		var n int64
		if err := rows.Scan(&k, &key, &n); err != nil {
			return err
		}
		s := out[k]
		if s == nil {
			s = newStats(k, f)
			out[k] = s
		}
		switch key {
		case "held":
			s.ReceptionsHeld += n
		case "visitors":
			s.ReceptionVisitors += n
		}
	}
	return rows.Err()
}
