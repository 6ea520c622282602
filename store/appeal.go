package store

import (
	"context"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	senim "github.com/senim-kz/senim"
)

// errStale reports that a row changed under an optimistic update; the write
// is tried again.
var errStale = errors.New("store: the row changed meanwhile")

const appealColumns = `a.id, a.number, a.office_id, a.territory, a.category, a.channel,
	a.applicant_name, a.applicant_iin, a.applicant_phone, a.applicant_email, a.applicant_address,
	a.text, a.consent_publish, a.status, a.outcome, a.received_on, a.deadline, a.forward_by,
	a.body_id, a.answered_on, a.closed_on, a.answer_days, a.extended, a.rating,
	a.created_at, a.updated_at, a.version, a.reception_id, a.official_id`

// scanAppeal reads the appealColumns of a row, then any extra columns into extra.
func scanAppeal(s scanner, extra ...any) (*senim.Appeal, error) {
	a := &senim.Appeal{}
	var body, reception, official sql.NullString
	err := s.Scan(append([]any{&a.ID, &a.Number, &a.OfficeID, &a.Territory, &a.Category, &a.Channel,
		&a.Applicant.Name, &a.Applicant.IIN, &a.Applicant.Phone, &a.Applicant.Email, &a.Applicant.Address,
		&a.Text, &a.ConsentPublish, &a.Status, &a.Outcome, &a.ReceivedOn, &a.Deadline, &a.ForwardBy,
		&body, &a.AnsweredOn, &a.ClosedOn, &a.AnswerDays, &a.Extended, &a.Rating,
		&a.CreatedAt, &a.UpdatedAt, &a.Version, &reception, &official}, extra...)...)
	a.BodyID, a.ReceptionID, a.OfficialID = body.String, reception.String, official.String
	a.CreatedAt, a.UpdatedAt = a.CreatedAt.UTC(), a.UpdatedAt.UTC()
	return a, err
}

// CreateAppeal registers an appeal: it checks the input, finds the office,
// gives the appeal its number, writes the appeal, its first event, its words
// for search and its totals in one durable transaction.
func (db *DB) CreateAppeal(ctx context.Context, in senim.AppealInput) (*senim.Appeal, string, error) {
	return db.createAppeal(ctx, in, nil)
}

// createAppeal registers an appeal; also, when set, runs in the same
// transaction once the appeal has its number and before it is written (a
// visitor's appeal is linked to its reception, and the reception counts it).
func (db *DB) createAppeal(ctx context.Context, in senim.AppealInput, also func(*Tx, *senim.Appeal) error) (*senim.Appeal, string, error) {
	actor := senim.ActorFrom(ctx)
	days, err := db.answerDays(db.reader(ctx), strings.TrimSpace(in.Category))
	if err != nil && senim.ErrorCode(err) != senim.EINVALID {
		return nil, "", err
	}
	// Territories and offices change seldom and are kept in memory, so that
	// the single writer spends its time on writing.
	places, perr := db.places(ctx)
	if perr != nil {
		return nil, "", perr
	}
	a, verr := senim.NewAppeal(in, actor, db.Now(), db.Calendar(), days)
	// What only the store knows — an unknown category or territory — is
	// reported with the other problems.
	var p senim.Problems
	p.Add(verr)
	if err != nil && strings.TrimSpace(in.Category) != "" {
		p.Add(err)
	}
	if k, kerr := senim.ParseKATO(in.Territory); kerr == nil && k != senim.CountryKATO && !places.territories[k] {
		p.Add(senim.Invalid("territory", "territory.unknown", "code", string(k)))
	}
	if err := p.Err(); err != nil {
		return nil, "", err
	}
	if actor.IsStaff() && !actor.Sees(a.Territory) {
		return nil, "", senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(a.Territory))
	}
	var office *senim.Office
	if in.Office != "" {
		if office = places.office(in.Office); office == nil || (actor.IsStaff() && !actor.Sees(office.Territory)) {
			return nil, "", senim.Invalid("office", "office.unknown", "office", in.Office)
		}
	} else if office = places.officeFor(a.Territory); office == nil {
		return nil, "", senim.Invalid("territory", "office.none", "code", string(a.Territory))
	}
	code := senim.NewSecret(10)
	hash := senim.HashSecret(code)
	a.ID = senim.NewID()
	a.OfficeID = office.ID
	err = db.write(ctx, func(tx *Tx) error {
		a.CreatedAt, a.UpdatedAt, a.Version = tx.now, tx.now, 1
		var seq int
		if err := tx.QueryRow(`INSERT INTO office_numbers (office_id, year, last) VALUES (?, ?, 1)
			ON CONFLICT (office_id, year) DO UPDATE SET last = office_numbers.last + 1
			RETURNING last`, office.ID, a.ReceivedOn.Year()).Scan(&seq); err != nil {
			return err
		}
		a.Number = senim.AppealNumber(office.Code, a.ReceivedOn.Year(), seq)
		if also != nil {
			if err := also(tx, a); err != nil {
				return err
			}
		}
		return insertAppeal(tx, a, hash, actor)
	})
	if err != nil {
		return nil, "", err
	}
	db.touchRating(a.Territory, a.OfficialID)
	return a, code, nil
}

// insertAppeal writes a new appeal with its first event, search words and totals.
func insertAppeal(tx *Tx, a *senim.Appeal, trackingHash string, actor *senim.Actor) error {
	if _, err := tx.Exec(`INSERT INTO appeals (id, number, office_id, territory, category, channel,
		applicant_name, applicant_iin, applicant_phone, applicant_email, applicant_address,
		text, consent_publish, status, outcome, received_on, deadline, forward_by,
		body_id, answered_on, closed_on, answer_days, extended, rating, tracking_hash, created_at, updated_at, version,
		reception_id, official_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.Number, a.OfficeID, a.Territory, a.Category, a.Channel,
		a.Applicant.Name, a.Applicant.IIN, a.Applicant.Phone, a.Applicant.Email, a.Applicant.Address,
		a.Text, a.ConsentPublish, a.Status, a.Outcome, a.ReceivedOn, a.Deadline, a.ForwardBy,
		nullable(a.BodyID), a.AnsweredOn, a.ClosedOn, a.AnswerDays, a.Extended, a.Rating, trackingHash,
		a.CreatedAt, a.UpdatedAt, a.Version, nullable(a.ReceptionID), nullable(a.OfficialID)); err != nil {
		return err
	}
	if err := insertEvent(tx, a, a.RegisterEvent(actor)); err != nil {
		return err
	}
	if err := tx.indexAppealText(a.ID, a.Text+" "+a.Applicant.Name); err != nil {
		return err
	}
	return addTotals(tx, a.Territory, a.ReceivedOn, nil, a.Counters())
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func insertEvent(tx *Tx, a *senim.Appeal, e *senim.Event) error {
	e.AppealID = a.ID
	e.At = tx.now
	if e.Seq == 0 {
		e.Seq = a.Version
	}
	data, err := json.Marshal(e.Data)
	if err != nil {
		return err
	}
	_, err = tx.Exec(`INSERT INTO appeal_events (id, appeal_id, seq, territory, action, actor, at, from_status, to_status, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, a.ID, e.Seq, a.Territory, e.Action, e.Actor, e.At, e.From, e.To, string(data))
	return err
}

// addTotals moves an appeal's contribution to the running totals from its
// old counters to its new ones, on its territory and every one above it.
// The deltas are gathered in the transaction and written once before it
// commits (flushTotals), so a batch of appeals touches each total row once.
func addTotals(tx *Tx, territory senim.KATO, received senim.Date, old, new []senim.Counter) error {
	month := received.MonthKey()
	anc := territory.Ancestors()
	if tx.totals == nil {
		tx.totals = map[totalKey]int64{}
	}
	for _, t := range anc {
		for _, c := range old {
			tx.totals[totalKey{t, month, c.Dim, c.Key}] -= c.N
		}
		for _, c := range new {
			tx.totals[totalKey{t, month, c.Dim, c.Key}] += c.N
		}
	}
	return nil
}

// totalKey names one running total.
type totalKey struct {
	territory senim.KATO
	month     string
	dim, key  string
}

// flushTotals writes the gathered deltas, in a fixed order so that
// concurrent PostgreSQL writers never deadlock, many rows a statement.
func flushTotals(tx *Tx, totals map[totalKey]int64) error {
	keys := make([]totalKey, 0, len(totals))
	for k, n := range totals {
		if n != 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.territory != b.territory {
			return a.territory < b.territory
		}
		if a.month != b.month {
			return a.month < b.month
		}
		if a.dim != b.dim {
			return a.dim < b.dim
		}
		return a.key < b.key
	})
	const chunk = 500
	for start := 0; start < len(keys); start += chunk {
		part := keys[start:min(start+chunk, len(keys))]
		args := make([]any, 0, len(part)*5)
		for _, k := range part {
			args = append(args, k.territory, k.month, k.dim, k.key, totals[k])
		}
		if _, err := tx.Exec(`INSERT INTO appeal_totals (territory, month, dim, key, n) VALUES `+rowMarks(5, len(part))+
			` ON CONFLICT (territory, month, dim, key) DO UPDATE SET n = appeal_totals.n + excluded.n`, args...); err != nil {
			return err
		}
	}
	return nil
}

// FindAppeal returns an appeal with its history, if it lies in the actor's
// territory. Personal data is masked for roles that need none; every
// unmasked look by staff is recorded.
func (db *DB) FindAppeal(ctx context.Context, id string) (*senim.Appeal, error) {
	actor := senim.ActorFrom(ctx)
	if !senim.ValidID(id) {
		return nil, senim.NotFound("appeal")
	}
	r := db.reader(ctx)
	a, err := scanAppeal(r.QueryRow("SELECT "+appealColumns+" FROM appeals a WHERE a.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !actor.Sees(a.Territory)) {
		return nil, senim.NotFound("appeal")
	}
	if err != nil {
		return nil, err
	}
	if a.Events, err = findEvents(r, a.ID); err != nil {
		return nil, err
	}
	if !actor.CanSeePersonalData() {
		a.Applicant = a.Applicant.Masked()
	} else if actor.IsStaff() && hasPersonalData(a.Applicant) {
		err := db.write(ctx, func(tx *Tx) error { return recordView(tx, actor, a) })
		if err != nil {
			return nil, err
		}
	}
	return a, nil
}

// recordView records that the actor saw the appeal's personal data.
func recordView(tx *Tx, actor *senim.Actor, a *senim.Appeal) error {
	_, err := tx.Exec(`INSERT INTO personal_data_views (id, actor, appeal_id, territory, at) VALUES (?, ?, ?, ?, ?)`,
		senim.NewID(), actor.Label(), a.ID, a.Territory, tx.now)
	return err
}

func hasPersonalData(p senim.Applicant) bool {
	return p.IIN != "" || p.Phone != "" || p.Email != "" || p.Address != ""
}

// PersonalDataViews lists who looked at an appeal's personal data and when,
// oldest first; an actor is told only of appeals in their territory.
func (db *DB) PersonalDataViews(ctx context.Context, appealID string) ([]senim.PersonalDataView, error) {
	actor := senim.ActorFrom(ctx)
	rows, err := db.reader(ctx).Query("SELECT actor, at, territory FROM personal_data_views WHERE appeal_id = ? ORDER BY at, id", appealID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []senim.PersonalDataView
	for rows.Next() {
		var v senim.PersonalDataView
		var k senim.KATO
		if err := rows.Scan(&v.Actor, &v.At, &k); err != nil {
			return nil, err
		}
		if !actor.Sees(k) {
			continue
		}
		v.At = v.At.UTC()
		out = append(out, v)
	}
	return out, rows.Err()
}

func findEvents(q queryer, appealID string) ([]*senim.Event, error) {
	rows, err := q.Query(`SELECT id, seq, action, actor, at, from_status, to_status, data
		FROM appeal_events WHERE appeal_id = ? ORDER BY seq`, appealID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*senim.Event
	for rows.Next() {
		e := &senim.Event{AppealID: appealID}
		var data string
		if err := rows.Scan(&e.ID, &e.Seq, &e.Action, &e.Actor, &e.At, &e.From, &e.To, &data); err != nil {
			return nil, err
		}
		e.At = e.At.UTC()
		if err := json.Unmarshal([]byte(data), &e.Data); err != nil {
			return nil, fmt.Errorf("event %s: %w", e.ID, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// TrackAppeal finds an appeal by number and tracking code. A wrong code and
// an unknown number give the same answer, so numbers cannot be probed.
func (db *DB) TrackAppeal(ctx context.Context, number, code string) (*senim.Appeal, error) {
	r := db.reader(ctx)
	var hash string
	a, err := scanAppeal(r.QueryRow("SELECT "+appealColumns+", a.tracking_hash FROM appeals a WHERE a.number = ?",
		strings.ToUpper(strings.TrimSpace(number))), &hash)
	want := senim.HashSecret(strings.ToUpper(strings.TrimSpace(code)))
	if errors.Is(err, sql.ErrNoRows) || (err == nil && subtle.ConstantTimeCompare([]byte(hash), []byte(want)) != 1) {
		return nil, senim.NotFound("appeal")
	}
	if err != nil {
		return nil, err
	}
	if a.Events, err = findEvents(r, a.ID); err != nil {
		return nil, err
	}
	return a, nil
}

// ChangeAppeal applies a staff member's change to an appeal.
func (db *DB) ChangeAppeal(ctx context.Context, id string, c senim.Change) (*senim.Appeal, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("appeal")
	}
	return db.change(ctx, "a.id = ?", []any{id}, "", c)
}

// ChangeTrackedAppeal applies a citizen's change (reopen, rate) to the appeal
// with this number and tracking code.
func (db *DB) ChangeTrackedAppeal(ctx context.Context, number, code string, c senim.Change) (*senim.Appeal, error) {
	return db.change(ctx, "a.number = ?", []any{strings.ToUpper(strings.TrimSpace(number))},
		senim.HashSecret(strings.ToUpper(strings.TrimSpace(code))), c)
}

func (db *DB) change(ctx context.Context, where string, args []any, trackingHash string, c senim.Change) (*senim.Appeal, error) {
	actor := senim.ActorFrom(ctx)
	var out *senim.Appeal
	err := db.write(ctx, func(tx *Tx) error {
		var hash string
		a, err := scanAppeal(tx.QueryRow("SELECT "+appealColumns+", a.tracking_hash FROM appeals a WHERE "+where, args...), &hash)
		if errors.Is(err, sql.ErrNoRows) {
			return senim.NotFound("appeal")
		}
		if err != nil {
			return err
		}
		if trackingHash != "" && subtle.ConstantTimeCompare([]byte(hash), []byte(trackingHash)) != 1 {
			return senim.NotFound("appeal")
		}
		if actor.IsStaff() && !actor.Sees(a.Territory) {
			return senim.NotFound("appeal")
		}
		days, err := db.answerDays(tx, a.Category)
		if err != nil {
			return err
		}
		old := a.Counters()
		oldVersion := a.Version
		ev, err := a.Apply(c, actor, tx.now, db.Calendar(), days)
		if err != nil {
			return err
		}
		if c.Action == senim.ActForward {
			// A body of the appeal's oblast, or one above it (a ministry).
			b, err := findBody(tx, c.Body)
			if senim.ErrorCode(err) == senim.ENOTFOUND || (err == nil &&
				!b.Territory.Contains(a.Territory) && !a.Territory.Region().Contains(b.Territory)) {
				return senim.Invalid("body", "body.unknown")
			}
			if err != nil {
				return err
			}
			ev.Data.BodyName = b.NameRU
		}
		res, err := tx.Exec(`UPDATE appeals SET status = ?, outcome = ?, deadline = ?, body_id = ?, answered_on = ?,
			closed_on = ?, answer_days = ?, extended = ?, rating = ?, updated_at = ?, version = ?
			WHERE id = ? AND version = ?`,
			a.Status, a.Outcome, a.Deadline, nullable(a.BodyID), a.AnsweredOn, a.ClosedOn, a.AnswerDays, a.Extended,
			a.Rating, tx.now, a.Version, a.ID, oldVersion)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return errStale
		}
		a.UpdatedAt = tx.now
		if err := insertEvent(tx, a, ev); err != nil {
			return err
		}
		if err := addTotals(tx, a.Territory, a.ReceivedOn, old, a.Counters()); err != nil {
			return err
		}
		if a.Events, err = findEvents(tx, a.ID); err != nil {
			return err
		}
		if actor.IsStaff() && actor.CanSeePersonalData() && hasPersonalData(a.Applicant) {
			// The answer shows the applicant unmasked: that is a look too.
			if err := recordView(tx, actor, a); err != nil {
				return err
			}
		}
		out = a
		return nil
	})
	if err != nil {
		return nil, err
	}
	db.touchRating(out.Territory, out.OfficialID)
	if !actor.CanSeePersonalData() {
		out.Applicant = out.Applicant.Masked()
	}
	return out, nil
}

// cursor is a position in a list: the sort value and the id of the last row.
type cursor struct {
	V  string `json:"v"`
	ID string `json:"id"`
}

func encodeCursor(v, id string) string {
	b, _ := json.Marshal(cursor{v, id})
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursor(s string) (cursor, error) {
	var c cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || !senim.ValidID(c.ID) {
		return c, senim.Invalid("after", "cursor")
	}
	if _, err := senim.ParseDate(c.V); err != nil {
		return c, senim.Invalid("after", "cursor")
	}
	return c, nil
}

// AppealNumberOf returns the number of a published appeal by its id, as
// Open311 resolves the token its POST answered with.
func (db *DB) AppealNumberOf(ctx context.Context, id string) (string, error) {
	if !senim.ValidID(id) {
		return "", senim.NotFound("appeal")
	}
	var number string
	err := db.reader(ctx).QueryRow("SELECT number FROM appeals WHERE id = ? AND consent_publish = ?", id, true).Scan(&number)
	if errors.Is(err, sql.ErrNoRows) {
		return "", senim.NotFound("appeal")
	}
	return number, err
}

// FindPublishedAppeals lists appeals published with their applicant's
// consent, newest first, to anyone: without any personal data, not even the
// name.
func (db *DB) FindPublishedAppeals(ctx context.Context, f senim.PublishedFilter) ([]*senim.Appeal, error) {
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 1000
	}
	where, args := []string{"a.consent_publish = ?"}, []any{true}
	if len(f.Numbers) > 0 {
		numbers := make([]string, len(f.Numbers))
		for i, n := range f.Numbers {
			numbers[i] = strings.ToUpper(strings.TrimSpace(n))
		}
		pred, vals := inList("a.number", numbers)
		where, args = append(where, pred), append(args, vals...)
	}
	if f.Category != nil {
		where, args = append(where, "a.category = ?"), append(args, *f.Category)
	}
	if f.Open != nil {
		op := "<>"
		if !*f.Open {
			op = "="
		}
		where, args = append(where, "a.status "+op+" ?"), append(args, senim.StatusClosed)
	}
	if !f.From.IsZero() {
		where, args = append(where, "a.received_on >= ?"), append(args, f.From)
	}
	if !f.To.IsZero() {
		where, args = append(where, "a.received_on <= ?"), append(args, f.To)
	}
	args = append(args, f.Limit)
	rows, err := db.reader(ctx).Query("SELECT "+appealColumns+" FROM appeals a WHERE "+strings.Join(where, " AND ")+
		" ORDER BY a.received_on DESC, a.id DESC LIMIT ?", args...)
	return collect(rows, err, func(s scanner) (*senim.Appeal, error) {
		a, err := scanAppeal(s)
		a.Applicant = senim.Applicant{} // never any personal data
		return a, err
	})
}

// openPredicate holds for appeals that wait for an answer; it is the
// condition of the partial index appeals_deadline, word for word.
const openPredicate = "a.status IN ('registered', 'in_work', 'forwarded')"

// FindAppeals lists appeals in the actor's territory with filters, a page at a time.
func (db *DB) FindAppeals(ctx context.Context, f senim.AppealFilter) (*senim.AppealPage, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.IsStaff() && actor.Kind != senim.ActorSystem {
		return nil, senim.Errorf(senim.EUNAUTHORIZED, "auth.required")
	}
	if f.Limit <= 0 || f.Limit > 200 {
		f.Limit = 50
	}
	scope := actor.Territory
	if f.Territory != nil {
		if !actor.Territory.Contains(*f.Territory) {
			return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(*f.Territory))
		}
		scope = *f.Territory
	}
	var where []string
	var args []any
	switch scope.Level() {
	case senim.LevelCountry:
	case senim.LevelRegion, senim.LevelDistrict:
		// The same expressions as the indexes of migration 0002.
		n := 2 * scope.Level()
		where, args = append(where, fmt.Sprintf("substr(a.territory, 1, %d) = ?", n)), append(args, string(scope)[:n])
	default:
		lo, hi := scope.Range()
		where, args = append(where, "a.territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	if len(f.Status) > 0 {
		where = append(where, "a.status IN ("+placeholders(len(f.Status))+")")
		open := true
		for _, s := range f.Status {
			args = append(args, s)
			open = open && s.Open()
		}
		if open {
			// Written out so that the planner may use the partial index
			// of waiting appeals.
			where = append(where, openPredicate)
		}
	}
	if f.Category != nil {
		where, args = append(where, "a.category = ?"), append(args, *f.Category)
	}
	if f.Channel != nil {
		where, args = append(where, "a.channel = ?"), append(args, *f.Channel)
	}
	if f.Office != nil {
		where, args = append(where, "a.office_id = ?"), append(args, *f.Office)
	}
	if f.Reception != nil {
		where, args = append(where, "a.reception_id = ?"), append(args, *f.Reception)
	}
	if f.Official != nil {
		where, args = append(where, "a.official_id = ?"), append(args, *f.Official)
	}
	today := senim.DateOf(db.Now())
	if f.Overdue != nil {
		if *f.Overdue {
			where, args = append(where, openPredicate+" AND a.deadline < ?"), append(args, today)
		} else {
			where, args = append(where, "NOT ("+openPredicate+" AND a.deadline < ?)"), append(args, today)
		}
	}
	if !f.From.IsZero() {
		where, args = append(where, "a.received_on >= ?"), append(args, f.From)
	}
	if !f.To.IsZero() {
		where, args = append(where, "a.received_on <= ?"), append(args, f.To)
	}
	if f.Query != "" {
		terms := searchTerms(f.Query)
		if len(terms) == 0 {
			return &senim.AppealPage{}, nil
		}
		pred, arg := db.matchAppealText(terms)
		num := strings.ToUpper(strings.TrimSpace(f.Query))
		where, args = append(where, "("+pred+" OR a.number = ?)"), append(args, arg, num)
	}
	sortCol, dir, cmp := "a.received_on", "DESC", "<"
	if f.Order == "deadline" {
		sortCol, dir, cmp = "a.deadline", "ASC", ">"
	}
	if f.After != "" {
		c, err := decodeCursor(f.After)
		if err != nil {
			return nil, err
		}
		where = append(where, fmt.Sprintf("(%s %s ? OR (%s = ? AND a.id %s ?))", sortCol, cmp, sortCol, cmp))
		args = append(args, c.V, c.V, c.ID)
	}
	q := "SELECT " + appealColumns + " FROM appeals a"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += fmt.Sprintf(" ORDER BY %s %s, a.id %s LIMIT ?", sortCol, dir, dir)
	args = append(args, f.Limit+1)
	rows, err := db.reader(ctx).Query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	page := &senim.AppealPage{}
	for rows.Next() {
		a, err := scanAppeal(rows)
		if err != nil {
			return nil, err
		}
		a.Applicant = a.Applicant.Masked()
		page.Appeals = append(page.Appeals, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(page.Appeals) > f.Limit {
		page.Appeals = page.Appeals[:f.Limit]
		last := page.Appeals[f.Limit-1]
		v := last.ReceivedOn
		if f.Order == "deadline" {
			v = last.Deadline
		}
		page.Next = encodeCursor(v.String(), last.ID)
	}
	return page, nil
}
