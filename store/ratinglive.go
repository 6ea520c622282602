package store

import (
	"context"
	"sync"

	senim "github.com/senim-kz/senim"
)

// The scores of the periods under way are kept live: every serving
// deputy's records are kept in memory, and a change — an appeal registered
// or moved, a reception held, a council issue — marks the deputies it
// touches (those of its territory and above, the official who held the
// reception), so that the next read counts those deputies again and
// nobody else. A change of the deputies themselves, an import, or the
// refresher (for changes another process made) drops everything.

type touchRec struct {
	territory senim.KATO
	official  string
}

// maxTouched bounds the log of changes nobody has read yet: past it, the
// next read counts everything again.
const maxTouched = 10_000

type liveRating struct {
	touchMu sync.Mutex
	touched []touchRec
	dropped bool

	mu      sync.Mutex // one read at a time
	day     senim.Date
	periods map[string]*livePeriod
}

type livePeriod struct {
	deputies []*senim.Deputy
	counts   []senim.DeputyCounts // without the programmes
	index    map[string]int
	covering map[senim.KATO][]int
	dirty    map[int]bool
}

// touch records a change at a territory (may be empty) by an official (may
// be empty).
func (l *liveRating) touch(k senim.KATO, official string) {
	l.touchMu.Lock()
	defer l.touchMu.Unlock()
	if l.dropped {
		return
	}
	if len(l.touched) >= maxTouched {
		l.dropped, l.touched = true, nil
		return
	}
	l.touched = append(l.touched, touchRec{k, official})
}

// forget drops every live period.
func (l *liveRating) forget() {
	l.touchMu.Lock()
	defer l.touchMu.Unlock()
	l.dropped, l.touched = true, nil
}

func (l *liveRating) take() ([]touchRec, bool) {
	l.touchMu.Lock()
	defer l.touchMu.Unlock()
	recs, dropped := l.touched, l.dropped
	l.touched, l.dropped = nil, false
	return recs, dropped
}

func (db *DB) forgetRating() { db.live.forget() }

// touchRating records a change the live scores must count again.
func (db *DB) touchRating(k senim.KATO, official string) { db.live.touch(k, official) }

// mark marks the deputies a change touches.
func (lp *livePeriod) mark(r touchRec) {
	if r.territory != "" {
		for _, a := range r.territory.Ancestors() {
			for _, i := range lp.covering[a] {
				lp.dirty[i] = true
			}
		}
	}
	if i, ok := lp.index[r.official]; ok && r.official != "" {
		lp.dirty[i] = true
	}
}

// liveCounts returns every serving deputy's records in the period as of
// today, counting again only what changed since the last read.
func (db *DB) liveCounts(ctx context.Context, p senim.RatingPeriod, today senim.Date) ([]*senim.Deputy, []senim.DeputyCounts, error) {
	l := &db.live
	l.mu.Lock()
	defer l.mu.Unlock()
	recs, dropped := l.take()
	if dropped || l.day != today {
		l.periods, l.day = map[string]*livePeriod{}, today
	}
	for _, lp := range l.periods {
		for _, r := range recs {
			lp.mark(r)
		}
	}
	key := p.String()
	lp := l.periods[key]
	if lp == nil {
		deputies, err := db.serving(ctx, p, today)
		if err != nil {
			return nil, nil, err
		}
		counts, err := db.recordCounts(ctx, p, deputies, today)
		if err != nil {
			return nil, nil, err
		}
		lp = &livePeriod{deputies: deputies, counts: counts, index: make(map[string]int, len(deputies)),
			covering: map[senim.KATO][]int{}, dirty: map[int]bool{}}
		for i, d := range deputies {
			lp.index[d.ID] = i
			lp.covering[d.Territory] = append(lp.covering[d.Territory], i)
		}
		l.periods[key] = lp
	} else if len(lp.dirty) > 0 {
		idx := make([]int, 0, len(lp.dirty))
		ds := make([]*senim.Deputy, 0, len(lp.dirty))
		for i := range lp.dirty {
			idx, ds = append(idx, i), append(ds, lp.deputies[i])
		}
		counts, err := db.recordCounts(ctx, p, ds, today)
		if err != nil {
			return nil, nil, err
		}
		for j, i := range idx {
			lp.counts[i] = counts[j]
		}
		clear(lp.dirty)
	}
	counts := make([]senim.DeputyCounts, len(lp.counts))
	copy(counts, lp.counts)
	return lp.deputies, counts, nil
}

// LiveRating scores a period under way (or any period, as of today) by a
// methodology version without keeping it: the provisional figures the
// pages show until the period is computed as a run.
func (db *DB) LiveRating(ctx context.Context, p senim.RatingPeriod, version int) (*senim.RatingRun, []senim.Scored, error) {
	m, err := db.FindMethod(ctx, version)
	if err != nil {
		return nil, nil, err
	}
	today := senim.DateOf(db.Now())
	if today.Before(p.From()) {
		return nil, nil, senim.Invalid("period", "rating.future", "period", p.String())
	}
	deputies, counts, err := db.liveCounts(ctx, p, today)
	if err != nil {
		return nil, nil, err
	}
	if err := db.addProgrammeCounts(ctx, p, deputies, counts, today); err != nil {
		return nil, nil, err
	}
	run, rows := scoreRun(p, m, deputies, counts, today)
	run.Revision = 0 // not kept
	return run, rows, nil
}
