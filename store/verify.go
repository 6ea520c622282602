package store

import (
	"context"
	"fmt"
)

// Report is what Verify found. An empty Problems list means the audit trail
// and the running totals agree with the appeals.
type Report struct {
	Appeals  int      `json:"appeals"`
	Events   int      `json:"events"`
	Problems []string `json:"problems"`
}

// Verify checks the audit trail and the totals: every appeal has one event
// per version, numbered 1…version with no gap, the last of which leads to
// its current status; and the running totals equal those recomputed from
// the appeals themselves. It reads everything, so it is for the command
// line and tests, not for requests.
func (db *DB) Verify(ctx context.Context) (*Report, error) {
	r := db.reader(ctx)
	rep := &Report{}
	problem := func(format string, args ...any) {
		if len(rep.Problems) < 100 {
			rep.Problems = append(rep.Problems, fmt.Sprintf(format, args...))
		}
	}
	if err := r.QueryRow("SELECT COUNT(*) FROM appeal_events").Scan(&rep.Events); err != nil {
		return nil, err
	}
	rows, err := r.Query(`SELECT a.number, a.version, a.status, COALESCE(e.n, 0), COALESCE(e.top, 0), COALESCE(l.to_status, '')
		FROM appeals a
		LEFT JOIN (SELECT appeal_id, COUNT(*) AS n, MAX(seq) AS top FROM appeal_events GROUP BY appeal_id) e ON e.appeal_id = a.id
		LEFT JOIN appeal_events l ON l.appeal_id = a.id AND l.seq = a.version
		WHERE e.n IS NULL OR e.n <> a.version OR e.top <> a.version OR l.to_status IS NULL OR l.to_status <> a.status`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var number, status, last string
		var version, n, top int
		if err := rows.Scan(&number, &version, &status, &n, &top, &last); err != nil {
			rows.Close()
			return nil, err
		}
		problem("appeal %s: version %d, %d events up to seq %d, last event leads to %q but the status is %q", number, version, n, top, last, status)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	type key struct{ t, m, d, k string }
	want := map[key]int64{}
	rows, err = r.Query("SELECT " + appealColumns + " FROM appeals a")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		a, err := scanAppeal(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		rep.Appeals++
		month := a.ReceivedOn.MonthKey()
		for _, c := range a.Counters() {
			for _, t := range a.Territory.Ancestors() {
				want[key{string(t), month, c.Dim, c.Key}] += c.N
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = r.Query("SELECT territory, month, dim, key, n FROM appeal_totals WHERE n <> 0")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k key
		var n int64
		if err := rows.Scan(&k.t, &k.m, &k.d, &k.k, &n); err != nil {
			return nil, err
		}
		if want[k] != n {
			problem("totals %s %s %s=%s: kept %d, recounted %d", k.t, k.m, k.d, k.k, n, want[k])
		}
		delete(want, k)
	}
	for k, n := range want {
		if n != 0 {
			problem("totals %s %s %s=%s: kept 0, recounted %d", k.t, k.m, k.d, k.k, n)
		}
	}
	return rep, rows.Err()
}
