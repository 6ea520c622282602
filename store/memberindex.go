package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"sync"

	senim "github.com/senim-kz/senim"
)

// Membership statistics are counted over a compact copy kept in memory of
// every member's periods in primary organisations (member_spans): the
// territory, date of birth, sex, first and last day, how the period began
// and ended — 24 bytes a period, about 20 MB for 800,000 members. A
// country-wide count is one pass over it (a few milliseconds), and it
// answers for any day in the past, which running totals by month could
// only do for month ends and without ages. Before counting, the copy reads
// the member clock: the rows stamped after the number it last read are
// exactly what changed since (in this process or another one), and only
// those are read again.

type memberRow struct {
	terr      int32 // the KATO code as a number
	birth     int32 // YYYYMMDD
	from      int32 // YYYYMMDD: the period's first day
	to        int32 // YYYYMMDD: the day it ended (the member is no longer counted then), or noDay
	org       int32 // index in orgs
	female    bool
	admission bool // the period began with an admission (not a transfer)
	departure bool // the period ended with a departure (not a transfer)
	suspended bool
	youthWing bool
}

type orgRow struct {
	id      string
	terr    int32
	founded int32
	closed  int32
}

const noDay = 99999999

type memberIndex struct {
	mu     sync.Mutex
	clock  int64 // the member clock's number last read; 0 before the first read
	rows   []memberRow
	pos    map[string]int32 // period id → row
	orgs   []orgRow
	orgPos map[string]int32
	counts map[string]int // organisation id → members now; nil when stale
}

func dayNum(d senim.Date) int32 {
	if d.IsZero() {
		return noDay
	}
	return int32(d.Year()*10000 + int(d.Month())*100 + d.Day())
}

func katoNum(k senim.KATO) int32 {
	n, _ := strconv.Atoi(string(k))
	return int32(n)
}

// sync brings the copy up to date; ix.mu is held. Organisations first:
// periods refer to them.
func (ix *memberIndex) sync(ctx context.Context, db *DB) error {
	r := db.reader(ctx)
	var clock int64
	if err := r.QueryRow(`SELECT n FROM member_clock`).Scan(&clock); err != nil {
		return err
	}
	if clock == ix.clock {
		return nil
	}
	if ix.pos == nil {
		ix.pos, ix.orgPos = map[string]int32{}, map[string]int32{}
	}
	rows, err := r.Query(`SELECT id, territory, founded, closed FROM primary_orgs WHERE rev > ? AND rev <= ?`, ix.clock, clock)
	if err != nil {
		return err
	}
	for rows.Next() {
		var o orgRow
		var k senim.KATO
		var f, c senim.Date
		if err := rows.Scan(&o.id, &k, &f, &c); err != nil {
			rows.Close()
			return err
		}
		o.terr, o.founded, o.closed = katoNum(k), dayNum(f), dayNum(c)
		if i, ok := ix.orgPos[o.id]; ok {
			ix.orgs[i] = o
			continue
		}
		ix.orgPos[o.id] = int32(len(ix.orgs))
		ix.orgs = append(ix.orgs, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = r.Query(`SELECT `+spanColumns+` FROM member_spans WHERE rev > ? AND rev <= ?`, ix.clock, clock)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := ix.put(rows); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	ix.clock, ix.counts = clock, nil
	return nil
}

const spanColumns = `id, territory, birth_date, from_day, to_day, org_id, sex, started, ended, suspended, youth_wing`

// put adds or replaces one period's row.
func (ix *memberIndex) put(s scanner) error {
	var id, org, started string
	var ended sql.NullString
	var k senim.KATO
	var birth, from, to senim.Date
	var sex senim.Sex
	var row memberRow
	if err := s.Scan(&id, &k, &birth, &from, &to, &org, &sex, &started, &ended, &row.suspended, &row.youthWing); err != nil {
		return err
	}
	row.terr, row.birth, row.from, row.to = katoNum(k), dayNum(birth), dayNum(from), dayNum(to)
	row.female = sex == senim.Female
	row.admission = started != spanTransferred
	row.departure = ended.String == spanLeft
	row.org = -1
	if i, ok := ix.orgPos[org]; ok {
		row.org = i
	}
	if i, ok := ix.pos[id]; ok {
		ix.rows[i] = row
		return nil
	}
	ix.pos[id] = int32(len(ix.rows))
	ix.rows = append(ix.rows, row)
	return nil
}

// orgCounts returns how many members (active or suspended) each
// organisation has now.
func (ix *memberIndex) orgCounts(ctx context.Context, db *DB) (map[string]int, error) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.sync(ctx, db); err != nil {
		return nil, err
	}
	if ix.counts == nil {
		n := make([]int, len(ix.orgs))
		for i := range ix.rows {
			if r := &ix.rows[i]; r.to == noDay && r.org >= 0 {
				n[r.org]++
			}
		}
		ix.counts = make(map[string]int, len(ix.orgs))
		for i, o := range ix.orgs {
			if n[i] > 0 {
				ix.counts[o.id] = n[i]
			}
		}
	}
	return ix.counts, nil
}

// tally gathers one territory's figures.
type tally struct {
	members, suspended, admitted, left, youth, youthWing, orgs int
	ageSum                                                     int64
	bands                                                      [8][2]int // band × sex (0 men, 1 women)
}

// add adds u's counts to t.
func (t *tally) add(u *tally) {
	t.members += u.members
	t.suspended += u.suspended
	t.admitted += u.admitted
	t.left += u.left
	t.youth += u.youth
	t.youthWing += u.youthWing
	t.ageSum += u.ageSum
	for b := range t.bands {
		t.bands[b][0] += u.bands[b][0]
		t.bands[b][1] += u.bands[b][1]
	}
}

// maxAge caps the ages looked up in bandOfAge.
const maxAge = 150

// bandOfAge maps an age to its band's index.
var bandOfAge = func() (out [maxAge + 1]int) {
	for a := range out {
		out[a] = senim.BandOf(a)
	}
	return out
}()

func (t *tally) stats(k senim.KATO, f senim.MemberStatsFilter, youthAge int) *senim.MemberStats {
	s := &senim.MemberStats{Territory: k, From: f.From, To: f.To, Members: t.members, Suspended: t.suspended,
		Orgs: t.orgs, Admitted: t.admitted, Left: t.left, Youth: t.youth,
		YouthAge: youthAge, YouthWing: t.youthWing, Bands: make([]senim.BandCount, len(senim.AgeBands))}
	for i, b := range senim.AgeBands {
		s.Bands[i] = senim.BandCount{Band: b.Label(), Men: t.bands[i][0], Women: t.bands[i][1]}
		s.Men += t.bands[i][0]
		s.Women += t.bands[i][1]
	}
	if t.members > 0 {
		s.AverageAge = senim.Round1(float64(t.ageSum) / float64(t.members))
	}
	return s
}

// partDigits says where a code keeps the digits of its territory one
// level below one of the given level: (code / div) % mod.
func partDigits(level int) (div, mod int32) {
	switch level {
	case senim.LevelCountry:
		return 10_000_000, 100
	case senim.LevelRegion:
		return 100_000, 100
	case senim.LevelDistrict:
		return 1_000, 100
	}
	return 1, 1000
}

// MemberStats counts a territory's membership over a period: members and
// organisations on its last day, admissions and departures in it, ages on
// its last day. With Parts, the same for each territory one level down
// that has members or organisations. Statistics are public: they hold no
// person.
func (db *DB) MemberStats(ctx context.Context, f senim.MemberStatsFilter) (*senim.MemberStats, error) {
	if f.Territory == "" {
		f.Territory = senim.CountryKATO
	}
	// The public sees no figures below a district: a village's age bands
	// or a day's departures would point to people. Staff see them all.
	if actor := senim.ActorFrom(ctx); !actor.IsStaff() && actor.Kind != senim.ActorSystem {
		switch level := f.Territory.Level(); {
		case level > senim.LevelDistrict:
			return nil, senim.Invalid("territory", "membership.too_fine")
		case level == senim.LevelDistrict:
			f.Parts = false
		}
	}
	if f.YouthAge <= 0 {
		age, err := db.YouthAge(ctx)
		if err != nil {
			return nil, err
		}
		f.YouthAge = age
	}
	ix := &db.members
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.sync(ctx, db); err != nil {
		return nil, err
	}
	loK, hiK := f.Territory.Range()
	lo, hi := katoNum(loK), katoNum(hiK)
	from, to := dayNum(f.From), dayNum(f.To)
	youth := int32(f.YouthAge) * 10000 // in YYYYMMDD differences
	level := f.Territory.Level()
	div, mod := partDigits(level)
	// Every member in the territory counts in its part one level down when
	// parts are asked for (the total is then their sum), else in the total.
	n := 1
	if f.Parts && level < senim.LevelSettlement {
		n = int(mod)
	} else {
		div, mod = 1<<30, 1
	}
	parts := make([]tally, n)
	slot := func(terr int32) int { return int((terr / div) % mod) }
	// Below an oblast the classifier may skip a level (settlements right
	// under a district, with no rural okrug): the parts are then the
	// territories of the classifier just below, found once per code.
	var codes []senim.KATO
	if f.Parts && level >= senim.LevelDistrict && level < senim.LevelSettlement {
		places, err := db.places(ctx)
		if err != nil {
			return nil, err
		}
		parts, codes = make([]tally, 1, 16), []senim.KATO{f.Territory}
		slots := map[int32]int{}
		index := map[senim.KATO]int{f.Territory: 0}
		slot = func(terr int32) int {
			if i, ok := slots[terr]; ok {
				return i
			}
			k := senim.KATO(fmt.Sprintf("%09d", terr))
			part := k
			for _, a := range k.Ancestors() {
				if a.Level() > level && places.territories[a] {
					part = a
					break
				}
			}
			i, ok := index[part]
			if !ok {
				i = len(parts)
				index[part] = i
				parts, codes = append(parts, tally{}), append(codes, part)
			}
			slots[terr] = i
			return i
		}
	}
	for i := range ix.rows {
		r := &ix.rows[i]
		if r.terr < lo || r.terr > hi {
			continue
		}
		t := &parts[slot(r.terr)]
		if r.admission && r.from >= from && r.from <= to {
			t.admitted++
		}
		if r.departure && r.to >= from && r.to <= to {
			t.left++
		}
		if r.from > to || r.to <= to {
			continue
		}
		t.members++
		if r.suspended {
			t.suspended++
		}
		if r.youthWing {
			t.youthWing++
		}
		age := (to - r.birth) / 10000
		t.ageSum += int64(age)
		if age < youth/10000 {
			t.youth++
		}
		sex := 0
		if r.female {
			sex = 1
		}
		t.bands[bandOfAge[min(age, maxAge)]][sex]++
	}
	var total tally
	for i := range parts {
		total.add(&parts[i])
	}
	if n == 1 && codes == nil {
		parts = nil
	}
	for i := range ix.orgs {
		o := &ix.orgs[i]
		if o.terr < lo || o.terr > hi || o.founded > to || o.closed <= to {
			continue
		}
		total.orgs++
		if n > 1 || codes != nil {
			parts[slot(o.terr)].orgs++
		}
	}
	out := total.stats(f.Territory, f, f.YouthAge)
	for i := range parts {
		t := &parts[i]
		// Index 0 is the territory itself (a district's own organisations):
		// in the total, not a part of itself.
		if i == 0 || t.members == 0 && t.orgs == 0 && t.admitted == 0 && t.left == 0 {
			continue
		}
		var k senim.KATO
		if codes != nil {
			k = codes[i]
		} else {
			k = senim.KATO(fmt.Sprintf("%09d", lo+int32(i)*div))
		}
		out.Parts = append(out.Parts, t.stats(k, f, f.YouthAge))
	}
	return out, nil
}

// WarmMembers reads every member into the statistics' copy, so that the
// first count after a start (2–3 s over 800,000 members) is not a
// visitor's wait.
func (db *DB) WarmMembers(ctx context.Context) error {
	ix := &db.members
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.sync(ctx, db)
}
