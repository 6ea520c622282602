package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"time"

	senim "github.com/senim-kz/senim"
)

// The public rating of deputies: parties, assemblies, deputies, the
// methodology's versions and the runs of each period.

// FindParties lists the parties, the own party first.
func (db *DB) FindParties(ctx context.Context) ([]*senim.Party, error) {
	rows, err := db.reader(ctx).Query(`SELECT code, name_ru, name_kk, name_en, own FROM parties ORDER BY own DESC, position, code`)
	return collect(rows, err, func(s scanner) (*senim.Party, error) {
		p := &senim.Party{}
		return p, s.Scan(&p.Code, &p.Name.RU, &p.Name.KK, &p.Name.EN, &p.Own)
	})
}

// SaveParty adds a party or renames one: the central office keeps the
// list. Own marks the party that keeps the system (one at a time).
func (db *DB) SaveParty(ctx context.Context, p *senim.Party) error {
	if !senim.ActorFrom(ctx).CanRunRating() {
		return senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	if err := p.Validate(); err != nil {
		return err
	}
	err := db.write(ctx, func(tx *Tx) error {
		if p.Own {
			if _, err := tx.Exec(`UPDATE parties SET own = FALSE WHERE code <> ?`, p.Code); err != nil {
				return err
			}
		}
		_, err := tx.Exec(`INSERT INTO parties (code, name_ru, name_kk, name_en, own, position)
			VALUES (?, ?, ?, ?, ?, (SELECT COUNT(*) FROM parties))
			ON CONFLICT (code) DO UPDATE SET name_ru = excluded.name_ru, name_kk = excluded.name_kk,
			name_en = excluded.name_en, own = excluded.own`, p.Code, p.Name.RU, p.Name.KK, p.Name.EN, p.Own)
		return err
	})
	if err == nil {
		db.forgetRating()
	}
	return err
}

// CreateAssembly adds a representative body in its current convocation.
func (db *DB) CreateAssembly(ctx context.Context, in senim.AssemblyInput) (*senim.Assembly, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageDeputies() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	a, err := senim.NewAssembly(in)
	var p senim.Problems
	p.Add(err)
	if a.Territory != "" {
		if err := db.checkTerritory(ctx, a.Territory, &p); err != nil {
			return nil, err
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(a.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(a.Territory))
	}
	a.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO assemblies (id, kind, territory, name_ru, name_kk, name_en, convocation, seats, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, a.ID, a.Kind, a.Territory, a.Name.RU, a.Name.KK, a.Name.EN, a.Convocation, a.Seats, tx.now)
		return err
	})
	if err != nil {
		return nil, err
	}
	db.forgetRating()
	return a, nil
}

// checkTerritory adds a problem when the territory is not in the classifier.
func (db *DB) checkTerritory(ctx context.Context, k senim.KATO, p *senim.Problems) error {
	places, err := db.places(ctx)
	if err != nil {
		return err
	}
	if !places.territories[k] {
		p.Add(senim.Invalid("territory", "territory.unknown", "code", string(k)))
	}
	return nil
}

const assemblyColumns = `id, kind, territory, name_ru, name_kk, name_en, convocation, seats`

func scanAssembly(s scanner) (*senim.Assembly, error) {
	a := &senim.Assembly{}
	return a, s.Scan(&a.ID, &a.Kind, &a.Territory, &a.Name.RU, &a.Name.KK, &a.Name.EN, &a.Convocation, &a.Seats)
}

// FindAssemblies lists the assemblies, the Mazhilis first, then by
// territory.
func (db *DB) FindAssemblies(ctx context.Context) ([]*senim.Assembly, error) {
	rows, err := db.reader(ctx).Query(`SELECT ` + assemblyColumns + ` FROM assemblies ORDER BY territory, kind, id`)
	return collect(rows, err, scanAssembly)
}

// FindAssembly returns one assembly.
func (db *DB) FindAssembly(ctx context.Context, id string) (*senim.Assembly, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("assembly")
	}
	a, err := scanAssembly(db.reader(ctx).QueryRow(`SELECT `+assemblyColumns+` FROM assemblies WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("assembly")
	}
	return a, err
}

// AddDeputy records an elected deputy: the person (new, or one already
// known to the system), their post as an official with the role "deputy"
// (so that the receptions they hold are theirs) and the mandate, in one
// transaction.
func (db *DB) AddDeputy(ctx context.Context, in senim.DeputyInput) (*senim.Deputy, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManageDeputies() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	a, err := db.FindAssembly(ctx, strings.TrimSpace(in.Assembly))
	if senim.ErrorCode(err) == senim.ENOTFOUND {
		// Check the rest against a stand-in, to report every fault at once.
		_, derr := senim.NewDeputy(in, &senim.Assembly{Territory: senim.CountryKATO}, senim.DateOf(db.Now()))
		var p senim.Problems
		p.Add(senim.Invalid("assembly", "assembly.unknown"))
		p.Add(derr)
		return nil, p.Err()
	}
	if err != nil {
		return nil, err
	}
	d, derr := senim.NewDeputy(in, a, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(derr)
	if d.Territory != "" {
		if err := db.checkTerritory(ctx, d.Territory, &p); err != nil {
			return nil, err
		}
	}
	if d.Faction != "" {
		parties, err := db.FindParties(ctx)
		if err != nil {
			return nil, err
		}
		if !slices.ContainsFunc(parties, func(pt *senim.Party) bool { return pt.Code == d.Faction }) {
			p.Add(senim.Invalid("faction", "party.unknown", "party", d.Faction))
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(a.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(a.Territory))
	}
	d.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		if err := ensurePerson(tx, &d.Person); err != nil {
			return err
		}
		o := d.Official(a)
		if _, err := tx.Exec(`INSERT INTO officials (id, person_id, role, post, territory, since, until, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, o.ID, o.Person.ID, o.Role, o.Post, o.Territory, o.Since, nullDate(o.Until), tx.now); err != nil {
			return err
		}
		return insertDeputies(tx, []*senim.Deputy{d})
	})
	if err != nil {
		return nil, err
	}
	db.forgetRating()
	return d, nil
}

func insertDeputies(tx *Tx, ds []*senim.Deputy) error {
	values := make([]any, 0, len(ds)*10)
	for _, d := range ds {
		values = append(values, d.ID, d.Assembly, d.Convocation, d.Constituency, d.Territory, nullable(d.Faction),
			d.Mandate, d.Elected, nullDate(d.Until), tx.now)
	}
	return insertMany(tx, `INSERT INTO deputies (id, assembly_id, convocation, constituency, territory, faction, mandate, elected, until, created_at)`,
		10, values)
}

// ImportRating stores parties, assemblies and deputies whose officials are
// already stored (the demo country, an import), in one transaction.
func (db *DB) ImportRating(ctx context.Context, parties []*senim.Party, assemblies []*senim.Assembly, deputies []*senim.Deputy) error {
	err := db.write(ctx, func(tx *Tx) error {
		var values []any
		for i, p := range parties {
			values = append(values, p.Code, p.Name.RU, p.Name.KK, p.Name.EN, p.Own, i)
		}
		if err := insertMany(tx, `INSERT INTO parties (code, name_ru, name_kk, name_en, own, position)`, 6, values); err != nil {
			return err
		}
		values = values[:0]
		for _, a := range assemblies {
			values = append(values, a.ID, a.Kind, a.Territory, a.Name.RU, a.Name.KK, a.Name.EN, a.Convocation, a.Seats, tx.now)
		}
		if err := insertMany(tx, `INSERT INTO assemblies (id, kind, territory, name_ru, name_kk, name_en, convocation, seats, created_at)`,
			9, values); err != nil {
			return err
		}
		return insertDeputies(tx, deputies)
	})
	db.forgetRating()
	return err
}

const deputyColumns = `d.id, o.person_id, p.name, d.assembly_id, d.convocation, d.constituency, d.territory,
	COALESCE(d.faction, ''), d.mandate, d.elected, d.until`

const deputyFrom = ` FROM deputies d JOIN officials o ON o.id = d.id JOIN persons p ON p.id = o.person_id`

func scanDeputy(s scanner) (*senim.Deputy, error) {
	d := &senim.Deputy{}
	err := s.Scan(&d.ID, &d.Person.ID, &d.Person.Name, &d.Assembly, &d.Convocation, &d.Constituency, &d.Territory,
		&d.Faction, &d.Mandate, &d.Elected, &d.Until) // a NULL until scans as the zero date
	return d, err
}

// FindDeputies lists the deputies the filter selects, by assembly and name.
func (db *DB) FindDeputies(ctx context.Context, f senim.DeputyFilter) ([]*senim.Deputy, error) {
	var where []string
	var args []any
	if f.ID != nil {
		where, args = append(where, "d.id = ?"), append(args, *f.ID)
	}
	if f.IDs != nil {
		if len(f.IDs) == 0 {
			return nil, nil
		}
		pred, in := inList("d.id", f.IDs)
		where, args = append(where, pred), append(args, in...)
	}
	if f.Assembly != nil {
		where, args = append(where, "d.assembly_id = ?"), append(args, *f.Assembly)
	}
	if f.Kind != nil {
		where, args = append(where, "d.assembly_id IN (SELECT id FROM assemblies WHERE kind = ?)"), append(args, *f.Kind)
	}
	if f.Territory != nil && *f.Territory != senim.CountryKATO {
		lo, hi := f.Territory.Range()
		where, args = append(where, "d.territory BETWEEN ? AND ?"), append(args, lo, hi)
	}
	if f.Faction != nil {
		where, args = append(where, "COALESCE(d.faction, '') = ?"), append(args, *f.Faction)
	}
	if f.InOffice != nil {
		where, args = append(where, "d.elected <= ? AND (d.until IS NULL OR d.until >= ?)"), append(args, *f.InOffice, *f.InOffice)
	}
	if f.Person != nil {
		where, args = append(where, "o.person_id = ?"), append(args, *f.Person)
	}
	q := `SELECT ` + deputyColumns + deputyFrom
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	rows, err := db.reader(ctx).Query(q+" ORDER BY d.assembly_id, p.name, d.id", args...)
	return collect(rows, err, scanDeputy)
}

// FindDeputy returns one deputy.
func (db *DB) FindDeputy(ctx context.Context, id string) (*senim.Deputy, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("deputy")
	}
	ds, err := db.FindDeputies(ctx, senim.DeputyFilter{ID: &id})
	if err != nil {
		return nil, err
	}
	if len(ds) == 0 {
		return nil, senim.NotFound("deputy")
	}
	return ds[0], nil
}

// Methods.

const methodColumns = `version, status, weights, strength, note_ru, note_kk, note_en, created_at, published_at`

func scanMethod(s scanner) (*senim.Method, error) {
	m := &senim.Method{}
	var weights, strength string
	var published sql.NullTime
	if err := s.Scan(&m.Version, &m.Status, &weights, &strength, &m.Note.RU, &m.Note.KK, &m.Note.EN, &m.CreatedAt, &published); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(weights), &m.Weights); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(strength), &m.Strength); err != nil {
		return nil, err
	}
	m.CreatedAt = m.CreatedAt.In(senim.KZ).Truncate(time.Second)
	if published.Valid {
		m.PublishedAt = published.Time.In(senim.KZ).Truncate(time.Second)
	}
	return m, nil
}

// FindMethods lists the methodology's versions the actor may see, newest
// first: the public sees published ones only.
func (db *DB) FindMethods(ctx context.Context) ([]*senim.Method, error) {
	q := `SELECT ` + methodColumns + ` FROM rating_methods`
	if !senim.ActorFrom(ctx).SeesPilot() {
		q += ` WHERE status = 'published'`
	}
	rows, err := db.reader(ctx).Query(q + ` ORDER BY version DESC`)
	return collect(rows, err, scanMethod)
}

// FindMethod returns one version, if the actor may see it.
func (db *DB) FindMethod(ctx context.Context, version int) (*senim.Method, error) {
	ms, err := db.FindMethods(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if m.Version == version {
			return m, nil
		}
	}
	return nil, senim.NotFound("method")
}

// CreateMethod writes the next version of the methodology, in pilot: staff
// see its scores, the public does not until it is published.
func (db *DB) CreateMethod(ctx context.Context, m *senim.Method) (*senim.Method, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanRunRating() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	out := *m
	out.Status, out.PublishedAt = senim.MethodPilot, time.Time{}
	// Every input is written, a missing one as 0.
	out.Weights, out.Strength = map[senim.RatingInput]float64{}, map[senim.RatingInput]float64{}
	for _, in := range senim.RatingInputs {
		out.Weights[in], out.Strength[in] = m.Weights[in], m.Strength[in]
	}
	weights, _ := json.Marshal(out.Weights)
	strength, _ := json.Marshal(out.Strength)
	err := db.write(ctx, func(tx *Tx) error {
		if err := tx.QueryRow(`SELECT COALESCE(MAX(version), 0) + 1 FROM rating_methods`).Scan(&out.Version); err != nil {
			return err
		}
		out.CreatedAt = tx.now.In(senim.KZ).Truncate(time.Second)
		_, err := tx.Exec(`INSERT INTO rating_methods (version, status, weights, strength, note_ru, note_kk, note_en, actor, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, out.Version, out.Status, string(weights), string(strength),
			m.Note.RU, m.Note.KK, m.Note.EN, actor.Label(), tx.now)
		return err
	})
	if err != nil {
		return nil, err
	}
	return &out, nil
}

// PublishMethod makes a version public, with every run computed by it.
// Publishing is final: a published version is never changed, a new rule is
// a new version.
func (db *DB) PublishMethod(ctx context.Context, version int) (*senim.Method, error) {
	if !senim.ActorFrom(ctx).CanRunRating() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	err := db.write(ctx, func(tx *Tx) error {
		var status string
		err := tx.QueryRow(`SELECT status FROM rating_methods WHERE version = ?`, version).Scan(&status)
		if errors.Is(err, sql.ErrNoRows) {
			return senim.NotFound("method")
		}
		if err != nil {
			return err
		}
		if status == string(senim.MethodPublished) {
			return senim.Errorf(senim.ECONFLICT, "rating.published")
		}
		_, err = tx.Exec(`UPDATE rating_methods SET status = 'published', published_at = ? WHERE version = ?`, tx.now, version)
		return err
	})
	if err != nil {
		return nil, err
	}
	return db.FindMethod(ctx, version)
}

// Counting.

// RatingCounts reads the records of the deputies in the period, as of day
// today (the period's end at the latest): the receptions they held and
// the obligation; the appeals registered at their receptions and, for a
// deputy elected in a district, the appeals from its territory (each once);
// their territory's council issues; and their assembly's programmes.
func (db *DB) RatingCounts(ctx context.Context, p senim.RatingPeriod, deputies []*senim.Deputy, today senim.Date) ([]senim.DeputyCounts, error) {
	cs, err := db.recordCounts(ctx, p, deputies, today)
	if err != nil {
		return nil, err
	}
	if err := db.addProgrammeCounts(ctx, p, deputies, cs, today); err != nil {
		return nil, err
	}
	return cs, nil
}

// asOf is the last day of the period the records can speak of.
func asOf(p senim.RatingPeriod, today senim.Date) senim.Date {
	if today.Before(p.To()) {
		return today
	}
	return p.To()
}

// recordCounts counts everything but the programmes, which are kept apart
// (they are one state for every deputy, cheap to add again).
func (db *DB) recordCounts(ctx context.Context, p senim.RatingPeriod, deputies []*senim.Deputy, today senim.Date) ([]senim.DeputyCounts, error) {
	from, to := p.From(), asOf(p, today)
	cs := make([]senim.DeputyCounts, len(deputies))
	index := make(map[string]int, len(deputies))
	ids := make([]string, len(deputies))
	byTerritory := map[senim.KATO][]int{} // district deputies by their territory
	covering := map[senim.KATO][]int{}    // every deputy by their territory
	roles, err := db.OfficialRoles(ctx)
	if err != nil {
		return nil, err
	}
	var obligation *senim.OfficialRole
	for _, r := range roles {
		if r.Code == "deputy" {
			obligation = r
		}
	}
	for i, d := range deputies {
		cs[i].Deputy = d.ID
		index[d.ID] = i
		ids[i] = d.ID
		if obligation != nil {
			cs[i].Required = obligation.Required(from, to, d.Elected, d.Until)
		}
		if d.Mandate == senim.MandateDistrict {
			byTerritory[d.Territory] = append(byTerritory[d.Territory], i)
		}
		covering[d.Territory] = append(covering[d.Territory], i)
	}
	r := db.reader(ctx)
	// Receptions held.
	err = queryIn(r, `SELECT official_id, COUNT(*) FROM receptions WHERE {in} AND status = 'held' AND day >= ? AND day <= ?
		GROUP BY official_id`, "official_id", ids, func(s scanner) error {
		var id string
		var n int
		if err := s.Scan(&id, &n); err != nil {
			return err
		}
		cs[index[id]].Held = n
		return nil
	}, from, to)
	if err != nil {
		return nil, err
	}
	// Appeals from the districts' territories: the running totals of the
	// months of receipt.
	territories := make([]string, 0, len(byTerritory))
	for k := range byTerritory {
		territories = append(territories, string(k))
	}
	err = queryIn(r, `SELECT territory, dim, key, n FROM appeal_totals WHERE month >= ? AND month <= ?
		AND dim IN ('answered', 'on_time', 'outcome', 'rating_sum', 'rating_n', 'open_deadline') AND `,
		"territory", territories, func(s scanner) error {
			var k senim.KATO
			var dim, key string
			var n int
			if err := s.Scan(&k, &dim, &key, &n); err != nil {
				return err
			}
			var c senim.DeputyCounts
			switch dim {
			case senim.DimAnswered:
				c.Due = n
			case senim.DimOnTime:
				c.OnTime = n
			case senim.DimOutcome:
				if key != string(senim.OutcomeWithdrawn) {
					c.Closed = n
				}
				if key == string(senim.OutcomeSolved) {
					c.Solved = n
				}
			case senim.DimRatingSum:
				c.RatingSum = n
			case senim.DimRatingN:
				c.Rated = n
			case senim.DimOpenDeadline:
				if key < today.String() {
					c.Due = n
				}
			}
			for _, i := range byTerritory[k] {
				cs[i].Add(c)
			}
			return nil
		}, senim.MonthOf(from).String(), senim.MonthOf(to).String())
	if err != nil {
		return nil, err
	}
	// Appeals registered at their receptions, unless their district's
	// totals counted them already.
	err = queryIn(r, `SELECT official_id, territory, status, outcome, answered_on, deadline, rating FROM appeals
		WHERE received_on >= ? AND received_on <= ? AND `, "official_id", ids, func(s scanner) error {
		var id string
		var k senim.KATO
		var status senim.Status
		var outcome senim.Outcome
		var answered senim.Date
		var deadline senim.Date
		var rating int
		if err := s.Scan(&id, &k, &status, &outcome, &answered, &deadline, &rating); err != nil {
			return err
		}
		i := index[id]
		if d := deputies[i]; d.Mandate == senim.MandateDistrict && d.Territory.Contains(k) {
			return nil
		}
		cs[i].CountAppeal(status, outcome, answered, deadline, rating, today)
		return nil
	}, from, to)
	if err != nil {
		return nil, err
	}
	// Council issues of their territories whose deadline passed in the period.
	last := to
	if !last.Before(today) {
		last = today.AddDays(-1)
	}
	rows, err := r.Query(`SELECT territory, status, closed, deadline FROM issues WHERE deadline >= ? AND deadline <= ?`, from, last)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k senim.KATO
		var status senim.IssueStatus
		var closed senim.Date
		var deadline senim.Date
		if err := rows.Scan(&k, &status, &closed, &deadline); err != nil {
			return nil, err
		}
		solved := status == senim.IssueSolved && !closed.After(deadline)
		for _, a := range k.Ancestors() {
			for _, i := range covering[a] {
				cs[i].Issues++
				if solved {
					cs[i].IssuesSolved++
				}
			}
		}
	}
	return cs, rows.Err()
}

// addProgrammeCounts adds to each deputy the indicators of their assembly's
// territory's programmes as of the period's end (or today).
func (db *DB) addProgrammeCounts(ctx context.Context, p senim.RatingPeriod, deputies []*senim.Deputy, cs []senim.DeputyCounts, today senim.Date) error {
	states, err := db.allStates(ctx, asOf(p, today))
	if err != nil {
		return err
	}
	type tally struct{ n, ok int }
	byTerritory := map[senim.KATO]tally{}
	for _, st := range states {
		t := byTerritory[st.Territory]
		t.n += st.Rollup.Indicators - st.Rollup.Counts[senim.IndicatorNoData]
		t.ok += st.Rollup.Counts[senim.IndicatorAchieved] + st.Rollup.Counts[senim.IndicatorOnTrack]
		byTerritory[st.Territory] = t
	}
	assemblies, err := db.FindAssemblies(ctx)
	if err != nil {
		return err
	}
	seat := map[string]senim.KATO{}
	for _, a := range assemblies {
		seat[a.ID] = a.Territory
	}
	for i, d := range deputies {
		t := byTerritory[seat[d.Assembly]]
		cs[i].Indicators, cs[i].OnTrack = t.n, t.ok
	}
	return nil
}

// serving returns the deputies who held the mandate on some day of the
// period up to today.
func (db *DB) serving(ctx context.Context, p senim.RatingPeriod, today senim.Date) ([]*senim.Deputy, error) {
	all, err := db.FindDeputies(ctx, senim.DeputyFilter{})
	if err != nil {
		return nil, err
	}
	from, to := p.From(), asOf(p, today)
	out := all[:0]
	for _, d := range all {
		if !d.Elected.After(to) && (d.Until.IsZero() || !d.Until.Before(from)) {
			out = append(out, d)
		}
	}
	return out, nil
}

// Runs.

// ComputeRating computes the period by a methodology version from every
// record and keeps it as the period's next revision. A published version's
// earlier revisions stay as they were: the pages say which one they show
// and how many scores the new one changed.
func (db *DB) ComputeRating(ctx context.Context, p senim.RatingPeriod, version int) (*senim.RatingRun, error) {
	if p.IsZero() {
		return nil, senim.Invalid("period", "required")
	}
	actor := senim.ActorFrom(ctx)
	if !actor.CanRunRating() {
		return nil, senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	today := senim.DateOf(db.Now())
	if today.Before(p.From()) {
		return nil, senim.Invalid("period", "rating.future", "period", p.String())
	}
	m, err := db.FindMethod(ctx, version)
	if err != nil {
		return nil, err
	}
	run, rows, err := db.computeRows(ctx, p, m, today)
	if err != nil {
		return nil, err
	}
	previous, err := db.latestRun(ctx, p, version)
	if err != nil {
		return nil, err
	}
	var before map[string]float64
	if previous != nil {
		prevRows, err := db.RunScores(ctx, previous)
		if err != nil {
			return nil, err
		}
		before = make(map[string]float64, len(prevRows))
		for _, r := range prevRows {
			before[r.Deputy] = r.Score.Score
		}
		run.Revision = previous.Revision + 1
	}
	// Changed: new or different scores, and the deputies no longer scored.
	for _, r := range rows {
		if s, ok := before[r.Deputy]; !ok || s != r.Score.Score {
			run.Changed++
		}
		delete(before, r.Deputy)
	}
	run.Changed += len(before)
	run.ID, run.Actor = senim.NewID(), actor.Label()
	priors, _ := json.Marshal(run.Priors)
	err = db.write(ctx, func(tx *Tx) error {
		run.ComputedAt = tx.now.In(senim.KZ).Truncate(time.Second)
		if _, err := tx.Exec(`INSERT INTO rating_runs (id, period, method, revision, as_of, priors, deputies, changed, actor, computed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, run.ID, run.Period.String(), run.Method, run.Revision, run.AsOf,
			string(priors), run.Deputies, run.Changed, run.Actor, tx.now); err != nil {
			if isUnique(err) {
				return senim.Errorf(senim.ECONFLICT, "rating.busy")
			}
			return err
		}
		values := make([]any, 0, len(rows)*21)
		for _, r := range rows {
			c := r.Records
			values = append(values, r.Deputy, r.Score.Score, r.RankBody, r.RankRegion, r.RankCountry, r.Of.Body, r.Of.Region, r.Of.Country,
				c.Held, c.Required, c.Due, c.OnTime, c.Closed, c.Solved, c.Rated, c.RatingSum, c.Indicators, c.OnTrack, c.Issues, c.IssuesSolved)
		}
		return insertMany(tx, `INSERT INTO rating_scores (deputy_id, score, rank_assembly, rank_region, rank_country,
			of_assembly, of_region, of_country, held, required, due, on_time, closed, solved, rated, rating_sum,
			indicators, on_track, issues, issues_solved, run_id)`, 20, values, run.ID)
	})
	if err != nil {
		return nil, err
	}
	return run, nil
}

// ScoreRating computes the period by a version as ComputeRating does,
// without keeping it (revision 0): what "senim rating compute" prints.
func (db *DB) ScoreRating(ctx context.Context, p senim.RatingPeriod, version int) (*senim.RatingRun, []senim.Scored, error) {
	if p.IsZero() {
		return nil, nil, senim.Invalid("period", "required")
	}
	today := senim.DateOf(db.Now())
	if today.Before(p.From()) {
		return nil, nil, senim.Invalid("period", "rating.future", "period", p.String())
	}
	m, err := db.FindMethod(ctx, version)
	if err != nil {
		return nil, nil, err
	}
	run, rows, err := db.computeRows(ctx, p, m, today)
	if run != nil {
		run.Revision = 0
	}
	return run, rows, err
}

// computeRows reads every serving deputy's records and scores them: the
// work of a run, not kept.
func (db *DB) computeRows(ctx context.Context, p senim.RatingPeriod, m *senim.Method, today senim.Date) (*senim.RatingRun, []senim.Scored, error) {
	deputies, err := db.serving(ctx, p, today)
	if err != nil {
		return nil, nil, err
	}
	counts, err := db.RatingCounts(ctx, p, deputies, today)
	if err != nil {
		return nil, nil, err
	}
	run, rows := scoreRun(p, m, deputies, counts, today)
	return run, rows, nil
}

// scoreRun scores the records by the method.
func scoreRun(p senim.RatingPeriod, m *senim.Method, deputies []*senim.Deputy, counts []senim.DeputyCounts, today senim.Date) (*senim.RatingRun, []senim.Scored) {
	priors, scores := m.Compute(deputies, counts)
	rows := make([]senim.Scored, len(scores))
	for i := range scores {
		rows[i] = senim.Scored{Score: scores[i], Records: counts[i]}
	}
	senim.SortScores(rows)
	run := &senim.RatingRun{Period: p, Method: m.Version, Revision: 1, AsOf: asOf(p, today), Priors: priors,
		Deputies: len(rows), Public: m.Status == senim.MethodPublished}
	return run, rows
}

// RunFilter selects runs.
type RunFilter struct {
	Period *senim.RatingPeriod
	Method *int
	Kind   *senim.Period // quarters, halves or years
}

const runColumns = `r.id, r.period, r.method, r.revision, r.as_of, r.priors, r.deputies, r.changed, r.actor, r.computed_at, m.status`

func scanRun(s scanner) (*senim.RatingRun, error) {
	r := &senim.RatingRun{}
	var period, priors string
	var status senim.MethodStatus
	if err := s.Scan(&r.ID, &period, &r.Method, &r.Revision, &r.AsOf, &priors, &r.Deputies, &r.Changed, &r.Actor, &r.ComputedAt, &status); err != nil {
		return nil, err
	}
	var err error
	if r.Period, err = senim.ParseRatingPeriod(period); err != nil {
		return nil, err
	}
	r.ComputedAt = r.ComputedAt.In(senim.KZ).Truncate(time.Second)
	r.Public = status == senim.MethodPublished
	return r, json.Unmarshal([]byte(priors), &r.Priors)
}

// FindRuns lists the runs the actor may see, the newest period first and
// within a period the newest version and revision first.
func (db *DB) FindRuns(ctx context.Context, f RunFilter) ([]*senim.RatingRun, error) {
	q := `SELECT ` + runColumns + ` FROM rating_runs r JOIN rating_methods m ON m.version = r.method WHERE 1 = 1`
	var args []any
	if !senim.ActorFrom(ctx).SeesPilot() {
		q += ` AND m.status = 'published'`
	}
	if f.Period != nil {
		q, args = q+` AND r.period = ?`, append(args, f.Period.String())
	}
	if f.Method != nil {
		q, args = q+` AND r.method = ?`, append(args, *f.Method)
	}
	rows, err := db.reader(ctx).Query(q+` ORDER BY r.as_of DESC, r.method DESC, r.revision DESC`, args...)
	runs, err := collect(rows, err, scanRun)
	if err != nil || f.Kind == nil {
		return runs, err
	}
	out := runs[:0]
	for _, r := range runs {
		if r.Period.Kind == *f.Kind {
			out = append(out, r)
		}
	}
	return out, nil
}

// FindRun returns one run, if the actor may see it.
func (db *DB) FindRun(ctx context.Context, id string) (*senim.RatingRun, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("run")
	}
	q := `SELECT ` + runColumns + ` FROM rating_runs r JOIN rating_methods m ON m.version = r.method WHERE r.id = ?`
	if !senim.ActorFrom(ctx).SeesPilot() {
		q += ` AND m.status = 'published'`
	}
	r, err := scanRun(db.reader(ctx).QueryRow(q, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("run")
	}
	return r, err
}

// latestRun is the newest revision of a period by a version, or nil.
func (db *DB) latestRun(ctx context.Context, p senim.RatingPeriod, version int) (*senim.RatingRun, error) {
	runs, err := db.FindRuns(senim.WithActor(ctx, senim.System), RunFilter{Period: &p, Method: &version})
	if err != nil || len(runs) == 0 {
		return nil, err
	}
	return runs[0], nil
}

// CurrentRun is what the rating shows for a period: the newest revision
// of the newest version the actor may see, or nil.
func (db *DB) CurrentRun(ctx context.Context, p senim.RatingPeriod) (*senim.RatingRun, error) {
	runs, err := db.FindRuns(ctx, RunFilter{Period: &p})
	if err != nil || len(runs) == 0 {
		return nil, err
	}
	return runs[0], nil
}

// RunScores returns a run's scores, best first, with their breakdown.
// Runs never change, so the rows are kept in memory once read.
func (db *DB) RunScores(ctx context.Context, run *senim.RatingRun) ([]senim.Scored, error) {
	if rows, ok := db.runCache.get(run.ID); ok {
		return rows, nil
	}
	m, err := db.FindMethod(senim.WithActor(ctx, senim.System), run.Method)
	if err != nil {
		return nil, err
	}
	rows, err := db.reader(ctx).Query(`SELECT deputy_id, score, rank_assembly, rank_region, rank_country,
		of_assembly, of_region, of_country, held, required, due, on_time, closed, solved, rated, rating_sum,
		indicators, on_track, issues, issues_solved FROM rating_scores WHERE run_id = ? ORDER BY score DESC, deputy_id`, run.ID)
	out, err := collect(rows, err, func(s scanner) (senim.Scored, error) {
		var r senim.Scored
		c := &r.Records
		err := s.Scan(&r.Deputy, &r.Score.Score, &r.RankBody, &r.RankRegion, &r.RankCountry, &r.Of.Body, &r.Of.Region, &r.Of.Country,
			&c.Held, &c.Required, &c.Due, &c.OnTime, &c.Closed, &c.Solved, &c.Rated, &c.RatingSum, &c.Indicators, &c.OnTrack,
			&c.Issues, &c.IssuesSolved)
		c.Deputy = r.Deputy
		r.Components = m.ScoreOf(c, run.Priors).Components
		return r, err
	})
	if err != nil {
		return nil, err
	}
	db.runCache.put(run.ID, out)
	return out, nil
}

// DeputyHistory returns a deputy's score in every period of the kind that
// has a run the actor may see (the current run of each), oldest first.
func (db *DB) DeputyHistory(ctx context.Context, deputyID string, kind senim.Period) ([]*senim.RatingRun, []senim.Scored, error) {
	runs, err := db.FindRuns(ctx, RunFilter{Kind: &kind})
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	var outRuns []*senim.RatingRun
	var outRows []senim.Scored
	for _, r := range runs {
		if seen[r.Period.String()] {
			continue
		}
		seen[r.Period.String()] = true
		rows, err := db.RunScores(ctx, r)
		if err != nil {
			return nil, nil, err
		}
		for _, row := range rows {
			if row.Deputy == deputyID {
				outRuns, outRows = append(outRuns, r), append(outRows, row)
			}
		}
	}
	slices.Reverse(outRuns)
	slices.Reverse(outRows)
	return outRuns, outRows, nil
}

// runCache keeps the rows of the last runs read.
type runCache struct {
	mu    sync.Mutex
	order []string
	rows  map[string][]senim.Scored
}

const runCacheSize = 16

func (c *runCache) get(id string) ([]senim.Scored, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	rows, ok := c.rows[id]
	return rows, ok
}

func (c *runCache) put(id string, rows []senim.Scored) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rows == nil {
		c.rows = map[string][]senim.Scored{}
	}
	if _, ok := c.rows[id]; ok {
		return
	}
	if len(c.order) == runCacheSize {
		delete(c.rows, c.order[0])
		c.order = c.order[1:]
	}
	c.order = append(c.order, id)
	c.rows[id] = rows
}
