package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
)

// AdoptProgramme stores a whole programme — its directions, indicators with
// any measurements already known, and measures — in one transaction: all of
// it or, on any fault, nothing. Branches adopt the programmes of their
// territory.
func (db *DB) AdoptProgramme(ctx context.Context, plan senim.ProgrammePlan) (*senim.Programme, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageProgrammes() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	pr, err := senim.PlanProgramme(plan, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(err)
	k, _ := senim.ParseKATO(plan.Programme.Territory)
	places, perr := db.places(ctx)
	if perr != nil {
		return nil, perr
	}
	if k != "" && !places.territories[k] {
		p.Add(senim.Invalid("programme.territory", "territory.unknown", "code", string(k)))
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(pr.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(pr.Territory))
	}
	if err := db.checkBodies(ctx, pr); err != nil {
		return nil, err
	}
	defer db.forgetStates()
	err = db.write(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(`INSERT INTO programmes (id, territory, title_ru, title_kk, title_en, period_from, period_to, adopted, version, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, pr.ID, pr.Territory, pr.Title.RU, pr.Title.KK, pr.Title.EN,
			pr.From, pr.To, pr.Adopted, pr.Version, tx.now); err != nil {
			return err
		}
		if err := insertProgrammeEvent(tx, actor, pr.ID, 1, "", senim.ProgrammeActAdopt, pr.Title.RU); err != nil {
			return err
		}
		for _, d := range pr.Directions {
			if err := insertDirection(tx, pr.ID, d); err != nil {
				return err
			}
			for _, ind := range d.Indicators {
				if err := insertIndicator(tx, ind); err != nil {
					return err
				}
				if err := insertMeasurements(tx, actor, ind.Measurements); err != nil {
					return err
				}
			}
			for _, m := range d.Measures {
				if err := insertMeasure(tx, m); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pr, nil
}

// checkBodies refuses measures whose executive body does not exist.
func (db *DB) checkBodies(ctx context.Context, pr *senim.Programme) error {
	var ids []string
	for _, d := range pr.Directions {
		for _, m := range d.Measures {
			ids = append(ids, m.BodyID)
		}
	}
	known := map[string]bool{}
	err := queryIn(db.reader(ctx), `SELECT id FROM bodies WHERE `, "id", ids, func(s scanner) error {
		var id string
		err := s.Scan(&id)
		known[id] = true
		return err
	})
	if err != nil {
		return err
	}
	var p senim.Problems
	for i, d := range pr.Directions {
		for j, m := range d.Measures {
			if !known[m.BodyID] {
				p.Add(senim.Invalid(fmt.Sprintf("directions[%d].measures[%d].body", i, j), "body.unknown", "body", m.BodyID))
			}
		}
	}
	return p.Err()
}

func insertDirection(tx *Tx, programmeID string, d *senim.Direction) error {
	_, err := tx.Exec(`INSERT INTO directions (id, programme_id, position, title_ru, title_kk, title_en) VALUES (?, ?, ?, ?, ?, ?)`,
		d.ID, programmeID, d.Position, d.Title.RU, d.Title.KK, d.Title.EN)
	return err
}

func insertIndicator(tx *Tx, ind *senim.Indicator) error {
	var lastID, lastValue, lastAsOf any
	if m := ind.Last; m != nil {
		lastID, lastValue, lastAsOf = m.ID, m.Value, m.AsOf
	}
	_, err := tx.Exec(`INSERT INTO indicators (id, programme_id, direction_id, position, name_ru, name_kk, name_en, unit,
		baseline_value, baseline_on, target_value, target_on, higher_better, source, weight, last_id, last_value, last_as_of, version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		ind.ID, ind.ProgrammeID, ind.DirectionID, ind.Position, ind.Name.RU, ind.Name.KK, ind.Name.EN, ind.Unit,
		ind.Baseline.Value, ind.Baseline.On, ind.Target.Value, ind.Target.On, ind.HigherBetter, ind.Source, ind.Weight,
		lastID, lastValue, lastAsOf, ind.Version)
	return err
}

// insertMeasurements writes measurements many rows a statement: a
// programme imported with five years of monthly values has thousands.
func insertMeasurements(tx *Tx, actor *senim.Actor, ms []*senim.Measurement) error {
	values := make([]any, 0, len(ms)*7)
	for _, m := range ms {
		m.By, m.At = actor.Label(), tx.now
		var file any
		if m.File != nil {
			file = m.File.ID
		}
		values = append(values, m.ID, m.IndicatorID, m.Value, m.AsOf, m.Source, m.Link, file)
	}
	return insertMany(tx, `INSERT INTO measurements (id, indicator_id, value, as_of, source, link, file_id, actor, at)`, 7, values,
		actor.Label(), tx.now)
}

func insertMeasure(tx *Tx, m *senim.Measure) error {
	_, err := tx.Exec(`INSERT INTO measures (id, programme_id, direction_id, position, text, body_id, deadline, status, note, version)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, m.ProgrammeID, m.DirectionID, m.Position, m.Text, m.BodyID,
		m.Deadline, m.Status, m.Note, m.Version)
	return err
}

func insertFile(tx *Tx, f *senim.File) error {
	if f == nil {
		return nil
	}
	f.ID = senim.NewID()
	_, err := tx.Exec(`INSERT INTO files (id, name, type, size, sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		f.ID, f.Name, f.Type, f.Size, f.SHA256, f.Data, tx.now)
	return err
}

func insertProgrammeEvent(tx *Tx, actor *senim.Actor, programmeID string, seq int, subject, action, note string) error {
	_, err := tx.Exec(`INSERT INTO programme_events (id, programme_id, seq, subject, action, actor, at, note)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, senim.NewID(), programmeID, seq, subject, action, actor.Label(), tx.now, note)
	return err
}

// changeProgramme runs a change of a programme's parts: it checks the
// caller may change the programme, and fn's change is recorded as the next
// event of the programme's history, refused if someone else changed the
// programme since it was read.
func (db *DB) changeProgramme(ctx context.Context, pr *senim.Programme, subject, action, note string, fn func(tx *Tx) error) error {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageProgrammes() || !actor.Sees(pr.Territory) {
		return senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	defer db.forgetStates()
	return db.write(ctx, func(tx *Tx) error {
		res, err := tx.Exec(`UPDATE programmes SET version = version + 1 WHERE id = ? AND version = ?`, pr.ID, pr.Version)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return senim.Errorf(senim.ECONFLICT, "version")
		}
		if err := fn(tx); err != nil {
			return err
		}
		return insertProgrammeEvent(tx, actor, pr.ID, pr.Version+1, subject, action, note)
	})
}

// AddDirection adds a direction at the end of a programme.
func (db *DB) AddDirection(ctx context.Context, programmeID string, title senim.Names) (*senim.Direction, error) {
	pr, err := db.FindProgramme(ctx, programmeID)
	if err != nil {
		return nil, err
	}
	d, err := senim.NewDirection(title)
	if err != nil {
		return nil, err
	}
	if len(pr.Directions) >= senim.MaxProgrammeParts {
		return nil, senim.Invalid("title", "programme.parts", "max", senim.MaxProgrammeParts)
	}
	d.ID, d.Position = senim.NewID(), len(pr.Directions)+1
	err = db.changeProgramme(ctx, pr, d.ID, senim.ProgrammeActDirection, d.Title.RU, func(tx *Tx) error {
		return insertDirection(tx, pr.ID, d)
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// AddIndicator adds an indicator to a direction of a programme.
func (db *DB) AddIndicator(ctx context.Context, programmeID string, in senim.IndicatorInput) (*senim.Indicator, error) {
	pr, err := db.FindProgramme(ctx, programmeID)
	if err != nil {
		return nil, err
	}
	ind, err := senim.NewIndicator(in, pr)
	if err != nil {
		return nil, err
	}
	d := pr.Direction(ind.DirectionID)
	if len(d.Indicators) >= senim.MaxProgrammeParts {
		return nil, senim.Invalid("direction", "programme.parts", "max", senim.MaxProgrammeParts)
	}
	ind.ID, ind.Position, ind.Version = senim.NewID(), len(d.Indicators)+1, 1
	err = db.changeProgramme(ctx, pr, ind.ID, senim.ProgrammeActIndicator, ind.Name.RU, func(tx *Tx) error {
		return insertIndicator(tx, ind)
	})
	if err != nil {
		return nil, err
	}
	return ind, nil
}

// AddMeasure adds a measure to a direction of a programme.
func (db *DB) AddMeasure(ctx context.Context, programmeID string, in senim.MeasureInput) (*senim.Measure, error) {
	pr, err := db.FindProgramme(ctx, programmeID)
	if err != nil {
		return nil, err
	}
	m, err := senim.NewMeasure(in, pr)
	if err != nil {
		return nil, err
	}
	if _, err := findBody(db.reader(ctx), m.BodyID); senim.ErrorCode(err) == senim.ENOTFOUND {
		return nil, senim.Invalid("body", "body.unknown", "body", m.BodyID)
	} else if err != nil {
		return nil, err
	}
	d := pr.Direction(m.DirectionID)
	if len(d.Measures) >= senim.MaxProgrammeParts {
		return nil, senim.Invalid("direction", "programme.parts", "max", senim.MaxProgrammeParts)
	}
	m.ID, m.Position, m.Version = senim.NewID(), len(d.Measures)+1, 1
	err = db.changeProgramme(ctx, pr, m.ID, senim.ProgrammeActMeasure, m.Text, func(tx *Tx) error {
		return insertMeasure(tx, m)
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// SetMeasureStatus records where a measure stands.
func (db *DB) SetMeasureStatus(ctx context.Context, id string, status senim.MeasureStatus, note string, version int) (*senim.Measure, error) {
	var programmeID string
	err := db.reader(ctx).QueryRow(`SELECT programme_id FROM measures WHERE id = ?`, id).Scan(&programmeID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("measure")
	} else if err != nil {
		return nil, err
	}
	pr, err := db.FindProgramme(ctx, programmeID)
	if err != nil {
		return nil, err
	}
	m, err := pr.Measure(id).SetStatus(status, note, version)
	if err != nil {
		return nil, err
	}
	err = db.changeProgramme(ctx, pr, m.ID, senim.ProgrammeActStatus, string(m.Status)+" "+m.Note, func(tx *Tx) error {
		res, err := tx.Exec(`UPDATE measures SET status = ?, note = ?, version = ? WHERE id = ? AND version = ?`,
			m.Status, m.Note, m.Version, m.ID, m.Version-1)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return senim.Errorf(senim.ECONFLICT, "version")
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// AddMeasurement records a value of an indicator with its evidence (the
// uploaded file stored in the same transaction), and its entry in the
// programme's history. The indicator's last value
// moves when the new one is as of the same date or later.
func (db *DB) AddMeasurement(ctx context.Context, indicatorID string, in senim.MeasurementInput) (*senim.Measurement, error) {
	var programmeID string
	err := db.reader(ctx).QueryRow(`SELECT programme_id FROM indicators WHERE id = ?`, indicatorID).Scan(&programmeID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("indicator")
	} else if err != nil {
		return nil, err
	}
	pr, err := db.FindProgramme(ctx, programmeID)
	if err != nil {
		return nil, err
	}
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageProgrammes() || !actor.Sees(pr.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	ind := pr.Indicator(indicatorID)
	m, err := ind.NewMeasurement(in, pr, senim.DateOf(db.Now()))
	if err != nil {
		return nil, err
	}
	m.ID = senim.NewID()
	defer db.forgetStates()
	err = db.write(ctx, func(tx *Tx) error {
		if err := insertFile(tx, m.File); err != nil {
			return err
		}
		if err := insertMeasurements(tx, actor, []*senim.Measurement{m}); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE indicators SET last_id = ?, last_value = ?, last_as_of = ?, version = version + 1
			WHERE id = ? AND (last_as_of IS NULL OR last_as_of <= ?)`, m.ID, m.Value, m.AsOf, ind.ID, m.AsOf); err != nil {
			return err
		}
		// The programme's history records it as the next change.
		if _, err := tx.Exec(`UPDATE programmes SET version = version + 1 WHERE id = ?`, pr.ID); err != nil {
			return err
		}
		var seq int
		if err := tx.QueryRow(`SELECT version FROM programmes WHERE id = ?`, pr.ID).Scan(&seq); err != nil {
			return err
		}
		note := strconv.FormatFloat(m.Value, 'f', -1, 64) + " (" + m.AsOf.String() + ")"
		return insertProgrammeEvent(tx, actor, pr.ID, seq, ind.ID, senim.ProgrammeActMeasured, note)
	})
	if err != nil {
		return nil, err
	}
	if m.File != nil {
		m.File.Data = nil
	}
	return m, nil
}

// FindProgramme returns a programme with its directions, indicators (each
// with its last measurement) and measures.
func (db *DB) FindProgramme(ctx context.Context, id string) (*senim.Programme, error) {
	list, err := db.FindProgrammes(ctx, senim.ProgrammeFilter{ID: &id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, senim.NotFound("programme")
	}
	pr := list[0]
	q := db.reader(ctx)
	rows, err := q.Query(`SELECT id, position, title_ru, title_kk, title_en FROM directions WHERE programme_id = ? ORDER BY position`, id)
	pr.Directions, err = collect(rows, err, func(s scanner) (*senim.Direction, error) {
		d := &senim.Direction{Indicators: []*senim.Indicator{}, Measures: []*senim.Measure{}}
		return d, s.Scan(&d.ID, &d.Position, &d.Title.RU, &d.Title.KK, &d.Title.EN)
	})
	if err != nil {
		return nil, err
	}
	rows, err = q.Query(`SELECT `+indicatorColumns+`, m.source, m.link, m.at, f.id, f.name, f.type, f.size, f.sha256
		FROM indicators i LEFT JOIN measurements m ON m.id = i.last_id LEFT JOIN files f ON f.id = m.file_id
		WHERE i.programme_id = ? ORDER BY i.position`, id)
	inds, err := collect(rows, err, scanIndicatorWithLast)
	if err != nil {
		return nil, err
	}
	for _, ind := range inds {
		if d := pr.Direction(ind.DirectionID); d != nil {
			d.Indicators = append(d.Indicators, ind)
		}
	}
	rows, err = q.Query(`SELECT id, programme_id, direction_id, position, text, body_id, deadline, status, note, version
		FROM measures WHERE programme_id = ? ORDER BY position`, id)
	ms, err := collect(rows, err, func(s scanner) (*senim.Measure, error) {
		m := &senim.Measure{}
		return m, s.Scan(&m.ID, &m.ProgrammeID, &m.DirectionID, &m.Position, &m.Text, &m.BodyID, &m.Deadline, &m.Status, &m.Note, &m.Version)
	})
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if d := pr.Direction(m.DirectionID); d != nil {
			d.Measures = append(d.Measures, m)
		}
	}
	return pr, nil
}

const indicatorColumns = `i.id, i.programme_id, i.direction_id, i.position, i.name_ru, i.name_kk, i.name_en, i.unit,
	i.baseline_value, i.baseline_on, i.target_value, i.target_on, i.higher_better, i.source, i.weight,
	i.last_id, i.last_value, i.last_as_of, i.version`

// scanIndicator reads indicatorColumns; Last holds the last value and date.
func scanIndicator(s scanner, more ...any) (*senim.Indicator, error) {
	ind := &senim.Indicator{}
	var lastID sql.NullString
	var lastValue sql.NullFloat64
	var lastAsOf senim.Date
	err := s.Scan(append([]any{&ind.ID, &ind.ProgrammeID, &ind.DirectionID, &ind.Position, &ind.Name.RU, &ind.Name.KK, &ind.Name.EN, &ind.Unit,
		&ind.Baseline.Value, &ind.Baseline.On, &ind.Target.Value, &ind.Target.On, &ind.HigherBetter, &ind.Source, &ind.Weight,
		&lastID, &lastValue, &lastAsOf, &ind.Version}, more...)...)
	if lastID.Valid {
		ind.Last = &senim.Measurement{ID: lastID.String, IndicatorID: ind.ID, Value: lastValue.Float64, AsOf: lastAsOf}
	}
	return ind, err
}

// scanIndicatorWithLast reads indicatorColumns and the last measurement's
// source, link, time and file.
func scanIndicatorWithLast(s scanner) (*senim.Indicator, error) {
	var src, link sql.NullString
	var at sql.NullTime
	var f fileColumns
	ind, err := scanIndicator(s, &src, &link, &at, &f.id, &f.name, &f.typ, &f.size, &f.sha)
	if ind.Last != nil {
		ind.Last.Source, ind.Last.Link, ind.Last.At, ind.Last.File = src.String, link.String, at.Time.UTC(), f.file()
	}
	return ind, err
}

// fileColumns scans a file's metadata from an outer join.
type fileColumns struct {
	id, name, typ, sha sql.NullString
	size               sql.NullInt64
}

func (f *fileColumns) file() *senim.File {
	if !f.id.Valid {
		return nil
	}
	return &senim.File{ID: f.id.String, Name: f.name.String, Type: f.typ.String, Size: int(f.size.Int64), SHA256: f.sha.String}
}

// FindProgrammes lists programmes, without their parts, by territory and title.
func (db *DB) FindProgrammes(ctx context.Context, f senim.ProgrammeFilter) ([]*senim.Programme, error) {
	where, args := programmeWhere("", f)
	q := `SELECT id, territory, title_ru, title_kk, title_en, period_from, period_to, adopted, version FROM programmes`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := db.reader(ctx).Query(q+" ORDER BY territory, period_from, title_ru, id", args...)
	return collect(rows, err, scanProgramme)
}

// programmeWhere is the filter's predicates on the programmes' columns,
// each prefixed with p ("p.").
func programmeWhere(p string, f senim.ProgrammeFilter) (where []string, args []any) {
	if f.ID != nil {
		where, args = append(where, p+"id = ?"), append(args, *f.ID)
	}
	if f.Territory != nil {
		lo, hi := f.Territory.Range()
		where, args = append(where, p+"territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	if f.On != nil {
		pred, vals := inList(p+"territory", f.On.Ancestors())
		where, args = append(where, pred), append(args, vals...)
	}
	return where, args
}

// DirectionLine is a direction with its programme's id and title.
type DirectionLine struct {
	*senim.Direction
	ProgrammeID string
	Programme   senim.Names
}

// FindDirections lists the directions of the programmes the filter selects
// (or only those of ids among them), programme by programme, in order: in
// one query, without reading the programmes' indicators and measures.
func (db *DB) FindDirections(ctx context.Context, f senim.ProgrammeFilter, ids ...string) ([]*DirectionLine, error) {
	where, args := programmeWhere("p.", f)
	if len(ids) > 0 {
		pred, vals := inList("d.id", ids)
		where, args = append(where, pred), append(args, vals...)
	}
	q := `SELECT d.id, d.position, d.title_ru, d.title_kk, d.title_en, p.id, p.title_ru, p.title_kk, p.title_en
		FROM directions d JOIN programmes p ON p.id = d.programme_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := db.reader(ctx).Query(q+" ORDER BY p.territory, p.period_from, p.title_ru, p.id, d.position", args...)
	return collect(rows, err, func(s scanner) (*DirectionLine, error) {
		d := &DirectionLine{Direction: &senim.Direction{}}
		return d, s.Scan(&d.ID, &d.Position, &d.Title.RU, &d.Title.KK, &d.Title.EN, &d.ProgrammeID, &d.Programme.RU, &d.Programme.KK, &d.Programme.EN)
	})
}

// FindIndicators returns the indicators with these ids, each with its last
// value, without their measurements.
func (db *DB) FindIndicators(ctx context.Context, ids []string) ([]*senim.Indicator, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	pred, args := inList("i.id", ids)
	rows, err := db.reader(ctx).Query(`SELECT `+indicatorColumns+` FROM indicators i WHERE `+pred+` ORDER BY i.programme_id, i.position`, args...)
	return collect(rows, err, func(s scanner) (*senim.Indicator, error) { return scanIndicator(s) })
}

func scanProgramme(s scanner) (*senim.Programme, error) {
	p := &senim.Programme{}
	return p, s.Scan(&p.ID, &p.Territory, &p.Title.RU, &p.Title.KK, &p.Title.EN, &p.From, &p.To, &p.Adopted, &p.Version)
}

// ProgrammeState is a programme with the roll-up of its indicators. States
// are shared between callers: read them, never change them.
type ProgrammeState struct {
	*senim.Programme
	Rollup senim.Rollup
}

// stateCache is every programme's state on one day. The national page
// reads it on every visit, and it changes only when a programme's data
// does (the change drops it) or the day turns; the refresher drops it too,
// for changes another process made.
type stateCache struct {
	day    senim.Date
	states []*ProgrammeState
}

// forgetStates drops the programmes' states after a programme changed.
func (db *DB) forgetStates() {
	db.stateGen.Add(1)
	db.stateCache.Store(nil)
}

// ProgrammeStates sums up, on day today, every programme the filter
// selects — a subtree's, those that cover a place — from the states of
// every programme, kept between calls.
func (db *DB) ProgrammeStates(ctx context.Context, f senim.ProgrammeFilter, today senim.Date) ([]*ProgrammeState, error) {
	all, err := db.allStates(ctx, today)
	if err != nil {
		return nil, err
	}
	var on []senim.KATO
	if f.On != nil {
		on = f.On.Ancestors()
	}
	out := make([]*ProgrammeState, 0, len(all))
	for _, st := range all {
		switch {
		case f.ID != nil && st.ID != *f.ID:
		case f.Territory != nil && !f.Territory.Contains(st.Territory):
		case f.On != nil && !slices.Contains(on, st.Territory):
		default:
			out = append(out, st)
		}
	}
	return out, nil
}

// allStates returns every programme's state on day today: from the cache,
// or worked out in one pass over the indicators' kept last values.
func (db *DB) allStates(ctx context.Context, today senim.Date) ([]*ProgrammeState, error) {
	if c := db.stateCache.Load(); c != nil && c.day == today {
		return c.states, nil
	}
	gen := db.stateGen.Load()
	progs, err := db.FindProgrammes(ctx, senim.ProgrammeFilter{})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]*ProgrammeState, len(progs))
	out := make([]*ProgrammeState, len(progs))
	for i, p := range progs {
		out[i] = &ProgrammeState{Programme: p}
		byID[p.ID] = out[i]
	}
	rows, err := db.reader(ctx).Query(`SELECT programme_id, weight, baseline_value, baseline_on, target_value, target_on,
		last_value, last_as_of FROM indicators`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ind senim.Indicator
	var last senim.Measurement
	for rows.Next() {
		var pid string
		var lastValue sql.NullFloat64
		var lastAsOf senim.Date
		if err := rows.Scan(&pid, &ind.Weight, &ind.Baseline.Value, &ind.Baseline.On, &ind.Target.Value, &ind.Target.On,
			&lastValue, &lastAsOf); err != nil {
			return nil, err
		}
		ind.Last = nil
		if lastValue.Valid {
			last.Value, last.AsOf = lastValue.Float64, lastAsOf
			ind.Last = &last
		}
		if st := byID[pid]; st != nil {
			st.Rollup.AddIndicator(ind.Assess(today), ind.Weight)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Keep it only if no programme changed while it was read, and if it is
	// today's (the rating asks for the ends of past periods).
	if db.stateGen.Load() == gen && today == senim.DateOf(db.Now()) {
		db.stateCache.Store(&stateCache{day: today, states: out})
	}
	return out, nil
}

// FindIndicator returns an indicator with every measurement, oldest first
// (several as of one date: the last entered counts).
func (db *DB) FindIndicator(ctx context.Context, id string) (*senim.Indicator, error) {
	list, err := db.FindIndicators(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, senim.NotFound("indicator")
	}
	ind := list[0]
	rows, err := db.reader(ctx).Query(`SELECT m.id, m.value, m.as_of, m.source, m.link, m.actor, m.at, f.id, f.name, f.type, f.size, f.sha256
		FROM measurements m LEFT JOIN files f ON f.id = m.file_id WHERE m.indicator_id = ? ORDER BY m.as_of, m.at, m.id`, id)
	ind.Measurements, err = collect(rows, err, func(s scanner) (*senim.Measurement, error) {
		m := &senim.Measurement{IndicatorID: id}
		var f fileColumns
		err := s.Scan(&m.ID, &m.Value, &m.AsOf, &m.Source, &m.Link, &m.By, &m.At, &f.id, &f.name, &f.typ, &f.size, &f.sha)
		m.At, m.File = m.At.UTC(), f.file()
		return m, err
	})
	if err != nil {
		return nil, err
	}
	for _, m := range ind.Measurements {
		if ind.Last != nil && m.ID == ind.Last.ID {
			ind.Last = m
		}
	}
	return ind, nil
}

// ProgrammeHistory returns a programme's history, or only the entries about
// one indicator or measure when subject is given.
func (db *DB) ProgrammeHistory(ctx context.Context, programmeID, subject string) ([]*senim.ProgrammeEvent, error) {
	q := `SELECT seq, subject, action, actor, at, note FROM programme_events WHERE programme_id = ?`
	args := []any{programmeID}
	if subject != "" {
		q, args = q+" AND subject = ?", append(args, subject)
	}
	rows, err := db.reader(ctx).Query(q+" ORDER BY seq", args...)
	return collect(rows, err, func(s scanner) (*senim.ProgrammeEvent, error) {
		e := &senim.ProgrammeEvent{}
		err := s.Scan(&e.Seq, &e.Subject, &e.Action, &e.Actor, &e.At, &e.Note)
		e.At = e.At.UTC()
		return e, err
	})
}

// FindFile returns an uploaded file with its content. Files are evidence
// of public figures and minutes of public councils: public.
func (db *DB) FindFile(ctx context.Context, id string) (*senim.File, error) {
	f := &senim.File{}
	err := db.reader(ctx).QueryRow(`SELECT id, name, type, size, sha256, data FROM files WHERE id = ?`, id).
		Scan(&f.ID, &f.Name, &f.Type, &f.Size, &f.SHA256, &f.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("file")
	}
	return f, err
}
