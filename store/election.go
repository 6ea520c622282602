package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
)

// Elections and their official results by constituency. An election is
// public, and so are its figures (ElectionFigures); its rows hold the
// candidates' IINs and birth dates and are read by staff only
// (ElectionResults gives them to the handlers, which leave the IINs out;
// ExportElectionResults, the file with the IINs, records each export).
//
// An import replaces the election's results as a whole, never in part:
// when results are there already, it is refused unless the caller asks to
// replace them, and then the old rows go in the same transaction that
// writes the new. The log of imports (election_imports) keeps who
// imported how many rows when, and how many rows each replaced; the
// replaced rows are not kept. See docs/elections.md.
//
// Incumbents: a row may say it is one (the file's column); the reads add
// every candidate elected in the previous election of the same kind on
// the same territory (the last held before), found by IIN when both rows
// have one and by full name otherwise. It is worked out on every read, so
// that importing or replacing the previous election's results counts at
// once.

// canManageElections reports whether the actor may add elections and
// import their results (inside its territory): the branches and the
// central office.
func canManageElections(a *senim.Actor) bool { return a.CanManageOffices() }

// canReadElectionResults reports whether the actor may read the rows of
// results (without IINs): those who manage them, and auditors.
func canReadElectionResults(a *senim.Actor) bool {
	return canManageElections(a) || (a.IsStaff() && a.Role == senim.RoleAuditor)
}

// ElectionFilter selects elections.
type ElectionFilter struct {
	// Territory gives the elections of its subtree and those of the
	// territories above it (the Mazhilis and a national round of rural
	// akims concern every oblast). Empty is the whole country.
	Territory senim.KATO
	Kind      senim.ElectionKind // empty for every kind
	Limit     int                // 1–MaxElectionPage; 50 when 0
	Offset    int
}

// MaxElectionPage is the most elections one FindElections returns.
const MaxElectionPage = 100

// ElectionEntry is an election in a list, with the counts of its results.
type ElectionEntry struct {
	Election   *senim.Election
	Candidates int       // candidates' rows
	Elected    int       // of them elected
	Own        int       // elected of the own party
	Imported   time.Time // the last import; zero when there are no results
}

const electionColumns = `id, kind, territory, held, name_ru, name_kk, name_en, convocation`

func scanElection(s scanner) (*senim.Election, error) {
	e := &senim.Election{}
	return e, s.Scan(&e.ID, &e.Kind, &e.Territory, &e.Held, &e.Name.RU, &e.Name.KK, &e.Name.EN, &e.Convocation)
}

// electionKindRank orders the kinds as senim.ElectionKinds lists them.
const electionKindRank = `CASE kind WHEN 'mazhilis' THEN 0 WHEN 'oblast' THEN 1 WHEN 'city' THEN 2 WHEN 'district' THEN 3 ELSE 4 END`

// FindElections lists the elections of the filter, the latest first, and
// on one day the Mazhilis, then the maslikhats from the highest, then the
// rural akims; total is how many match. Elections are public.
func (db *DB) FindElections(ctx context.Context, f ElectionFilter) (list []*ElectionEntry, total int, err error) {
	if f.Territory == "" {
		f.Territory = senim.CountryKATO
	}
	lo, hi := f.Territory.Range()
	where, args := " WHERE (territory BETWEEN ? AND ?", []any{lo, hi}
	if up := f.Territory.Ancestors(); len(up) > 1 {
		pred, vals := inList("territory", up[:len(up)-1])
		where, args = where+" OR "+pred, append(args, vals...)
	}
	where += ")"
	if f.Kind != "" {
		if !slices.Contains(senim.ElectionKinds, f.Kind) {
			return nil, 0, senim.Invalid("kind", "election.kind", "kind", string(f.Kind))
		}
		where, args = where+" AND kind = ?", append(args, f.Kind)
	}
	r := db.reader(ctx)
	if err := r.QueryRow(`SELECT COUNT(*) FROM elections`+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := f.Limit
	if limit <= 0 || limit > MaxElectionPage {
		limit = 50
	}
	rows, err := r.Query(`SELECT `+electionColumns+` FROM elections`+where+` ORDER BY held DESC, `+electionKindRank+`, territory, id LIMIT ? OFFSET ?`,
		append(args, limit, max(f.Offset, 0))...)
	es, err := collect(rows, err, scanElection)
	if err != nil {
		return nil, 0, err
	}
	own, err := db.ownParty(ctx)
	if err != nil {
		return nil, 0, err
	}
	byID := make(map[string]*ElectionEntry, len(es))
	ids := make([]string, len(es))
	for i, e := range es {
		list = append(list, &ElectionEntry{Election: e})
		byID[e.ID], ids[i] = list[i], e.ID
	}
	err = queryIn(r, `SELECT election_id, party, elected, COUNT(*) FROM election_results WHERE {in} AND candidate <> ''
		GROUP BY election_id, party, elected`, "election_id", ids,
		func(s scanner) error {
			var id, party string
			var elected bool
			var n int
			if err := s.Scan(&id, &party, &elected, &n); err != nil {
				return err
			}
			x := byID[id]
			x.Candidates += n
			if elected {
				x.Elected += n
				if party == own && own != "" {
					x.Own += n
				}
			}
			return nil
		})
	if err != nil {
		return nil, 0, err
	}
	err = queryIn(r, `SELECT i.election_id, i.at FROM election_imports i WHERE {in}
		AND i.seq = (SELECT MAX(seq) FROM election_imports j WHERE j.election_id = i.election_id)`, "i.election_id", ids,
		func(s scanner) error {
			var id string
			var at time.Time
			if err := s.Scan(&id, &at); err != nil {
				return err
			}
			byID[id].Imported = at
			return nil
		})
	if err != nil {
		return nil, 0, err
	}
	return list, total, nil
}

// FindElection returns one election. Elections are public.
func (db *DB) FindElection(ctx context.Context, id string) (*senim.Election, error) {
	return findElection(db.reader(ctx), id)
}

func findElection(q queryer, id string) (*senim.Election, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("election")
	}
	e, err := scanElection(q.QueryRow(`SELECT `+electionColumns+` FROM elections WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("election")
	}
	return e, err
}

// CreateElection adds an election on a territory inside the actor's: the
// branches and the central office. Every fault of the input is reported
// at once, at its field; an election of the same kind on the same
// territory and day is ECONFLICT "election.exists".
func (db *DB) CreateElection(ctx context.Context, in senim.ElectionInput) (*senim.Election, error) {
	actor := senim.ActorFrom(ctx)
	if !canManageElections(actor) {
		return nil, errForbidden
	}
	e, err := senim.NewElection(in, senim.DateOf(db.Now()))
	var p senim.Problems
	p.Add(err)
	if e.Territory != "" {
		if err := db.checkTerritory(ctx, e.Territory, &p); err != nil {
			return nil, err
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(e.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(e.Territory))
	}
	e.ID = senim.NewID()
	err = db.write(ctx, func(tx *Tx) error {
		_, err := tx.Exec(`INSERT INTO elections (id, kind, territory, held, name_ru, name_kk, name_en, convocation, created_by, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, e.ID, e.Kind, e.Territory, e.Held, e.Name.RU, e.Name.KK, e.Name.EN, e.Convocation,
			actor.Label(), tx.now)
		if isUnique(err) {
			return senim.Errorf(senim.ECONFLICT, "election.exists")
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// ElectionImport is what an import of results did.
type ElectionImport struct {
	Seq      int       // the import's number in the election's log, from 1
	Actor    string    // who imported
	At       time.Time // when
	Rows     int       // rows written
	Elected  int       // of them elected
	Replaced int       // rows of the earlier import replaced
	// UnknownParties are the party codes of the rows that are not in the
	// party list (FindParties), sorted: taken as they are, since an
	// official result may name any party, but worth a look — a mistyped
	// code of the own party would lower its figures.
	UnknownParties []string
}

// ImportElectionResults writes an election's official result, all rows or
// none: the branches and the central office, for an election inside
// their territory. Every row is checked as senim.NewElectionResult checks
// one, lies inside the election's territory (CheckResults), on a
// territory of the classifier (territory.unknown); an IIN appears once
// (election.iin_twice) and a party's list votes once a territory
// (election.list_twice). Every fault is reported at once at
// "line.N.<field>" (the row's Line) or "results[i].<field>", past
// senim.MaxLineErrors counted. No rows is "election.empty" at "file".
//
// Results there already are replaced only when replace is set, else
// ECONFLICT "election.results_exist"; the replacement is one transaction.
func (db *DB) ImportElectionResults(ctx context.Context, id string, rs []*senim.ElectionResult, replace bool) (*ElectionImport, error) {
	actor := senim.ActorFrom(ctx)
	if !canManageElections(actor) {
		return nil, errForbidden
	}
	e, err := db.FindElection(ctx, id)
	if err != nil {
		return nil, err
	}
	if !actor.Sees(e.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(e.Territory))
	}
	rows, err := db.checkElectionResults(ctx, e, rs)
	if err != nil {
		return nil, err
	}
	parties, err := db.FindParties(ctx)
	if err != nil {
		return nil, err
	}
	known := map[string]bool{"": true}
	for _, p := range parties {
		known[p.Code] = true
	}
	out := &ElectionImport{Actor: actor.Label(), Rows: len(rows)}
	for _, r := range rows {
		if r.Elected {
			out.Elected++
		}
		if !known[r.Party] {
			known[r.Party] = true
			out.UnknownParties = append(out.UnknownParties, r.Party)
		}
	}
	slices.Sort(out.UnknownParties)
	err = db.write(ctx, func(tx *Tx) error {
		var had, seq int
		if err := tx.QueryRow(`SELECT COUNT(*) FROM election_results WHERE election_id = ?`, e.ID).Scan(&had); err != nil {
			return err
		}
		if had > 0 && !replace {
			return senim.Errorf(senim.ECONFLICT, "election.results_exist", "rows", had)
		}
		if err := tx.QueryRow(`SELECT COALESCE(MAX(seq), 0) FROM election_imports WHERE election_id = ?`, e.ID).Scan(&seq); err != nil {
			return err
		}
		if had > 0 {
			if _, err := tx.Exec(`DELETE FROM election_results WHERE election_id = ?`, e.ID); err != nil {
				return err
			}
		}
		vals := make([]any, 0, 12*len(rows))
		for i, r := range rows {
			vals = append(vals, e.ID, i+1, r.Constituency, r.Territory, r.Candidate, r.IIN, r.BirthDate, string(r.Sex), r.Party, r.Votes,
				r.Elected, r.Incumbent)
		}
		if err := insertMany(tx, `INSERT INTO election_results (election_id, seq, constituency, territory, candidate, iin, birth_date, sex,
			party, votes, elected, incumbent)`, 12, vals); err != nil {
			return err
		}
		out.Seq, out.At, out.Replaced = seq+1, tx.now, had
		_, err := tx.Exec(`INSERT INTO election_imports (election_id, seq, actor, at, row_count, elected, replaced) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			e.ID, out.Seq, out.Actor, tx.now, out.Rows, out.Elected, had)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// checkElectionResults checks rows for the election and returns them as
// NewElectionResult makes them, each keeping its Line.
func (db *DB) checkElectionResults(ctx context.Context, e *senim.Election, rs []*senim.ElectionResult) ([]*senim.ElectionResult, error) {
	if len(rs) == 0 {
		return nil, senim.Invalid("file", "election.empty")
	}
	places, err := db.places(ctx)
	if err != nil {
		return nil, err
	}
	today := senim.DateOf(db.Now())
	var p senim.Problems
	faults := 0
	fail := func(err error) {
		var fe *senim.Error
		if !errors.As(err, &fe) || fe.Code != senim.EINVALID {
			p.Add(err)
			return
		}
		for _, f := range fe.FieldErrors() {
			faults++
			if faults <= senim.MaxLineErrors {
				p.Add(f)
			}
		}
	}
	out := make([]*senim.ElectionResult, 0, len(rs))
	iins := map[string]int{}  // IIN → the first row's number
	lists := map[string]int{} // territory/party of a list-votes row → the first row's number
	for i, r := range rs {
		if r == nil {
			continue
		}
		at, number := fmt.Sprintf("results[%d].", i), i
		if r.Line > 0 {
			at, number = fmt.Sprintf("line.%d.", r.Line), r.Line
		}
		in := senim.ElectionResultInput{Constituency: r.Constituency, Territory: string(r.Territory), Candidate: r.Candidate, IIN: r.IIN,
			Party: r.Party, Votes: r.Votes, Elected: r.Elected, Incumbent: r.Incumbent}
		if r.IIN == "" {
			in.Sex = string(r.Sex)
			if !r.BirthDate.IsZero() {
				in.BirthDate = r.BirthDate.String()
			}
		}
		c, err := senim.NewElectionResult(in, today)
		if err != nil {
			fail(senim.PrefixField(err, at))
			continue
		}
		c.Line = r.Line
		switch {
		case !e.Territory.Contains(c.Territory):
			fail(senim.Invalid(at+"territory", "election.outside"))
		case !places.territories[c.Territory]:
			fail(senim.Invalid(at+"territory", "territory.unknown", "code", string(c.Territory)))
		}
		if c.IIN != "" {
			if first, ok := iins[c.IIN]; ok {
				fail(senim.Invalid(at+"iin", "election.iin_twice", "line", first))
			} else {
				iins[c.IIN] = number
			}
		}
		if c.PartyVotes() {
			key := string(c.Territory) + "/" + c.Party
			if first, ok := lists[key]; ok {
				fail(senim.Invalid(at+"party", "election.list_twice", "line", first))
			} else {
				lists[key] = number
			}
		}
		out = append(out, c)
	}
	if faults > senim.MaxLineErrors {
		p.Add(senim.Invalid("file", "import.more_errors", "count", faults-senim.MaxLineErrors))
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, senim.Invalid("file", "election.empty")
	}
	return out, nil
}

// ElectionImports lists an election's imports, the latest first: staff
// who read its results.
func (db *DB) ElectionImports(ctx context.Context, id string) ([]*ElectionImport, error) {
	actor := senim.ActorFrom(ctx)
	if !canReadElectionResults(actor) {
		return nil, errForbidden
	}
	e, err := db.FindElection(ctx, id)
	if err != nil {
		return nil, err
	}
	if !actor.Sees(e.Territory) && !e.Territory.Contains(actor.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(e.Territory))
	}
	rows, err := db.reader(ctx).Query(`SELECT seq, actor, at, row_count, elected, replaced FROM election_imports
		WHERE election_id = ? ORDER BY seq DESC`, e.ID)
	return collect(rows, err, func(s scanner) (*ElectionImport, error) {
		i := &ElectionImport{}
		return i, s.Scan(&i.Seq, &i.Actor, &i.At, &i.Rows, &i.Elected, &i.Replaced)
	})
}

// resultsScope is the part of an election's territory a staff member
// reads: the subtree of territory (the election's when empty) inside the
// actor's and the election's.
func resultsScope(actor *senim.Actor, e *senim.Election, territory senim.KATO) (senim.KATO, error) {
	scope := e.Territory
	switch {
	case actor.Kind == senim.ActorSystem || actor.Territory.Contains(e.Territory):
	case e.Territory.Contains(actor.Territory):
		scope = actor.Territory
	default:
		return "", senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(e.Territory))
	}
	switch {
	case territory == "" || territory.Contains(scope):
		return scope, nil
	case scope.Contains(territory):
		return territory, nil
	case e.Territory.Contains(territory):
		return "", senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(territory))
	}
	return "", senim.Invalid("territory", "election.territory_outside")
}

// ElectionRows are the rows of an election's result in a territory.
type ElectionRows struct {
	Election  *senim.Election
	Territory senim.KATO // the subtree read: the election's, or a part of it
	Rows      []*senim.ElectionResult
}

// ElectionResults returns the rows of an election's result in the subtree
// of territory (empty: all the actor may read), in the file's order, with
// the incumbents marked (the file's and those elected in the previous
// election; see above). Branches, the central office and auditors, for
// the part of the election inside their territory. The rows hold IINs:
// the handlers leave them out of what they show.
func (db *DB) ElectionResults(ctx context.Context, id string, territory senim.KATO) (*ElectionRows, error) {
	actor := senim.ActorFrom(ctx)
	if !canReadElectionResults(actor) {
		return nil, errForbidden
	}
	e, err := db.FindElection(ctx, id)
	if err != nil {
		return nil, err
	}
	scope, err := resultsScope(actor, e, territory)
	if err != nil {
		return nil, err
	}
	rs, _, err := db.electionRows(db.reader(ctx), e, scope)
	if err != nil {
		return nil, err
	}
	return &ElectionRows{Election: e, Territory: scope, Rows: rs}, nil
}

// ExportElectionResults returns the rows as ElectionResults does, for a
// file with the candidates' IINs, and records the export (election_views):
// the branches and the central office only.
func (db *DB) ExportElectionResults(ctx context.Context, id string, territory senim.KATO) (*ElectionRows, error) {
	actor := senim.ActorFrom(ctx)
	if !canManageElections(actor) {
		return nil, errForbidden
	}
	out, err := db.ElectionResults(ctx, id, territory)
	if err != nil {
		return nil, err
	}
	if actor.IsStaff() {
		err = db.write(ctx, func(tx *Tx) error {
			_, err := tx.Exec(`INSERT INTO election_views (id, election_id, actor, what, territory, row_count, at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				senim.NewID(), out.Election.ID, actor.Label(), "export", out.Territory, len(out.Rows), tx.now)
			return err
		})
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ElectionView is one export of an election's results with the IINs.
type ElectionView struct {
	Actor     string
	What      string
	Territory senim.KATO
	Rows      int
	At        time.Time
}

// ElectionViews lists who exported an election's results with the IINs,
// the latest first: the central office and auditors.
func (db *DB) ElectionViews(ctx context.Context, id string) ([]ElectionView, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanRunRating() && !(actor.IsStaff() && actor.Role == senim.RoleAuditor) {
		return nil, errForbidden
	}
	rows, err := db.reader(ctx).Query(`SELECT actor, what, territory, row_count, at FROM election_views WHERE election_id = ? ORDER BY at DESC, id DESC`, id)
	return collect(rows, err, func(s scanner) (ElectionView, error) {
		var v ElectionView
		return v, s.Scan(&v.Actor, &v.What, &v.Territory, &v.Rows, &v.At)
	})
}

// electionRows reads the rows of an election in the subtree of scope, in
// their order, and marks as incumbents those elected in the previous
// election of the same kind on the same territory.
//
// compared says whether new faces can be told: a previous election exists,
// or the file said who held the seat before; without either every winner
// would look new.
func (db *DB) electionRows(q queryer, e *senim.Election, scope senim.KATO) (rs []*senim.ElectionResult, compared bool, err error) {
	lo, hi := scope.Range()
	rows, err := q.Query(`SELECT constituency, territory, candidate, iin, birth_date, sex, party, votes, elected, incumbent
		FROM election_results WHERE election_id = ? AND territory BETWEEN ? AND ? ORDER BY seq`, e.ID, lo, hi)
	rs, err = collect(rows, err, func(s scanner) (*senim.ElectionResult, error) {
		r := &senim.ElectionResult{}
		return r, s.Scan(&r.Constituency, &r.Territory, &r.Candidate, &r.IIN, &r.BirthDate, &r.Sex, &r.Party, &r.Votes, &r.Elected, &r.Incumbent)
	})
	if err != nil || len(rs) == 0 {
		return rs, false, err
	}
	for _, r := range rs {
		compared = compared || r.Incumbent
	}
	var prevID string
	err = q.QueryRow(`SELECT id FROM elections WHERE kind = ? AND territory = ? AND held < ? ORDER BY held DESC LIMIT 1`,
		e.Kind, e.Territory, e.Held).Scan(&prevID)
	if errors.Is(err, sql.ErrNoRows) {
		return rs, compared, nil
	}
	if err != nil {
		return nil, false, err
	}
	rows, err = q.Query(`SELECT candidate, iin FROM election_results WHERE election_id = ? AND elected AND candidate <> ''`, prevID)
	prev, err := collect(rows, err, func(s scanner) ([2]string, error) {
		var p [2]string
		return p, s.Scan(&p[0], &p[1])
	})
	if err != nil {
		return nil, false, err
	}
	markIncumbents(rs, prev)
	return rs, true, nil
}

// markIncumbents marks the rows of the candidates in prev (name and IIN of
// each elected before): by IIN when both have one, by full name otherwise.
func markIncumbents(rs []*senim.ElectionResult, prev [][2]string) {
	if len(prev) == 0 {
		return
	}
	var withIIN, withoutIIN []*senim.ElectionResult
	for _, r := range rs {
		if r.IIN != "" {
			withIIN = append(withIIN, r)
		} else {
			withoutIIN = append(withoutIIN, r)
		}
	}
	var forIIN, forName []string
	for _, p := range prev {
		forName = append(forName, p[0])
		if p[1] != "" {
			forIIN = append(forIIN, p[1])
		} else {
			forIIN = append(forIIN, p[0])
		}
	}
	senim.MarkIncumbents(withIIN, forIIN)
	senim.MarkIncumbents(withoutIIN, forName)
}

// ownParty is the own party's code, "" when none is marked.
func (db *DB) ownParty(ctx context.Context) (string, error) {
	var code string
	err := db.reader(ctx).QueryRow(`SELECT code FROM parties WHERE own = TRUE ORDER BY code LIMIT 1`).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return code, err
}

// ElectionPartyResult is one party's seats and votes in a result; Party ""
// is the self-nominated candidates together.
type ElectionPartyResult struct {
	Party string
	Seats senim.ElectionShare
	Votes senim.ElectionShare
}

// ElectionReport is an election's public figures in a territory.
type ElectionReport struct {
	Election  *senim.Election
	Territory senim.KATO // the figures' territory: the election's or a part of it
	Party     string     // the own party's code; "" when none is marked
	Rows      int        // rows counted (candidates and list votes)
	// Figures are the own party's (senim.ElectionFiguresOf, ages on
	// election day, youth the party's youth age); nil when no party is
	// marked as the own one.
	Figures *senim.ElectionFigures
	Parties []ElectionPartyResult // every party's, most seats first, then most votes
	// Places are the oblasts, cities and districts below the election's
	// territory that hold its constituencies: the territories the figures
	// may be narrowed to.
	Places []senim.KATO
	// AllLevels, for an oblast maslikhat's election, counts it together
	// with the city and district maslikhats elected on the same day in its
	// territory, as a branch reports "the maslikhats of all levels"; nil
	// for other kinds and when there are none.
	AllLevels *ElectionLevels
}

// ElectionLevels are the figures of several elections of one day together.
type ElectionLevels struct {
	Elections []*senim.Election // the oblast's first, then by territory
	Rows      int
	Figures   *senim.ElectionFigures
	Parties   []ElectionPartyResult
}

// ElectionFigures computes an election's figures in the subtree of
// territory (the whole election when empty or above it): the own party's
// share of seats and of votes, its new faces, the renewal of the corps,
// the average age, women and youth of the party's elected and of all,
// with the incumbents marked as ElectionResults marks them; and every
// party's seats and votes. A territory outside the election's is EINVALID
// "election.territory_outside". Public: nothing of a person is in it.
func (db *DB) ElectionFigures(ctx context.Context, id string, territory senim.KATO) (*ElectionReport, error) {
	e, err := db.FindElection(ctx, id)
	if err != nil {
		return nil, err
	}
	scope := e.Territory
	switch {
	case territory == "" || territory.Contains(e.Territory):
	case e.Territory.Contains(territory):
		scope = territory
	default:
		return nil, senim.Invalid("territory", "election.territory_outside")
	}
	own, err := db.ownParty(ctx)
	if err != nil {
		return nil, err
	}
	youth, err := db.YouthAge(ctx)
	if err != nil {
		return nil, err
	}
	r := db.reader(ctx)
	rs, compared, err := db.electionRows(r, e, scope)
	if err != nil {
		return nil, err
	}
	rep := &ElectionReport{Election: e, Territory: scope, Party: own, Rows: len(rs)}
	rep.Figures, rep.Parties = electionFigures(rs, own, youth, e.Held, compared)

	rows, err := r.Query(`SELECT DISTINCT territory FROM election_results WHERE election_id = ?`, e.ID)
	codes, err := collect(rows, err, func(s scanner) (senim.KATO, error) {
		var k senim.KATO
		return k, s.Scan(&k)
	})
	if err != nil {
		return nil, err
	}
	seen := map[senim.KATO]bool{}
	for _, k := range codes {
		for _, a := range k.Ancestors() {
			if lv := a.Level(); lv > e.Territory.Level() && lv <= senim.LevelDistrict && !seen[a] {
				seen[a] = true
				rep.Places = append(rep.Places, a)
			}
		}
	}
	slices.Sort(rep.Places)

	if e.Kind == senim.ElectionOblast {
		lo, hi := e.Territory.Range()
		rows, err := r.Query(`SELECT `+electionColumns+` FROM elections WHERE held = ? AND kind IN ('city', 'district')
			AND territory BETWEEN ? AND ? ORDER BY territory, id`, e.Held, lo, hi)
		lower, err := collect(rows, err, scanElection)
		if err != nil {
			return nil, err
		}
		if len(lower) > 0 {
			lv := &ElectionLevels{Elections: append([]*senim.Election{e}, lower...)}
			all, allCompared := slices.Clone(rs), compared
			for _, x := range lower {
				if !scope.Contains(x.Territory) && !x.Territory.Contains(scope) {
					continue
				}
				xs, ok, err := db.electionRows(r, x, scope)
				if err != nil {
					return nil, err
				}
				all, allCompared = append(all, xs...), allCompared && (ok || len(xs) == 0)
			}
			lv.Rows = len(all)
			lv.Figures, lv.Parties = electionFigures(all, own, youth, e.Held, allCompared)
			rep.AllLevels = lv
		}
	}
	return rep, nil
}

// electionFigures computes the own party's figures (nil without one) and
// every party's seats and votes.
// Without a comparison (compared false) new faces and renewal are not
// available rather than everyone.
func electionFigures(rs []*senim.ElectionResult, own string, youth int, on senim.Date, compared bool) (*senim.ElectionFigures, []ElectionPartyResult) {
	var f *senim.ElectionFigures
	if own != "" {
		v := senim.ElectionFiguresOf(rs, own, youth, on)
		if !compared {
			v.NewFaces, v.Renewal = senim.ElectionShare{}, senim.ElectionShare{}
		}
		f = &v
	}
	seen := map[string]bool{}
	var parties []ElectionPartyResult
	for _, r := range rs {
		if seen[r.Party] {
			continue
		}
		seen[r.Party] = true
		v := senim.ElectionFiguresOf(rs, r.Party, 0, on)
		parties = append(parties, ElectionPartyResult{Party: r.Party, Seats: v.Seats, Votes: v.Votes})
	}
	slices.SortFunc(parties, func(a, b ElectionPartyResult) int {
		return cmp.Or(cmp.Compare(b.Seats.Count, a.Seats.Count), cmp.Compare(b.Votes.Count, a.Votes.Count),
			cmp.Compare(strings.ToLower(a.Party), strings.ToLower(b.Party)))
	})
	return f, parties
}
