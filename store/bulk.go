package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	senim "github.com/senim-kz/senim"
)

// ImportAppeals stores appeals made elsewhere — a reception office that
// worked offline, an older system, the demo generator — with their numbers,
// tracking-code hashes and histories, in one transaction: all or none. Their
// totals are summed in memory and added once per key, and each office's
// numbering continues after the highest number imported. Appeals must be
// valid and numbered; their ids are kept, so importing twice is refused.
func (db *DB) ImportAppeals(ctx context.Context, appeals []*senim.Appeal, trackingHashes []string) error {
	if len(appeals) != len(trackingHashes) {
		return fmt.Errorf("store: %d appeals but %d tracking hashes", len(appeals), len(trackingHashes))
	}
	if len(appeals) == 0 {
		return nil
	}
	return db.write(ctx, func(tx *Tx) error {
		places, err := db.places(ctx)
		if err != nil {
			return err
		}
		numbers := map[[2]string]int{} // office id, year → highest number
		totals := map[totalKey]int64{}
		const chunk = 400 // rows a statement: under PostgreSQL's 65,535 parameters
		for start := 0; start < len(appeals); start += chunk {
			part := appeals[start:min(start+chunk, len(appeals))]
			var args []any
			var evArgs []any
			nEv := 0
			for i, a := range part {
				o := places.office(a.OfficeID)
				if o == nil {
					return senim.Invalid("office", "office.unknown", "office", a.OfficeID)
				}
				seq, err := senim.ParseAppealNumber(a.Number, o.Code, a.ReceivedOn.Year())
				if err != nil {
					return err
				}
				y := [2]string{a.OfficeID, strconv.Itoa(a.ReceivedOn.Year())}
				numbers[y] = max(numbers[y], seq)
				args = append(args, a.ID, a.Number, a.OfficeID, a.Territory, a.Category, a.Channel,
					a.Applicant.Name, a.Applicant.IIN, a.Applicant.Phone, a.Applicant.Email, a.Applicant.Address,
					a.Text, a.ConsentPublish, a.Status, a.Outcome, a.ReceivedOn, a.Deadline, a.ForwardBy,
					nullable(a.BodyID), a.AnsweredOn, a.ClosedOn, a.AnswerDays, a.Extended, a.Rating, trackingHashes[start+i],
					a.CreatedAt.UTC(), a.UpdatedAt.UTC(), a.Version, nullable(a.ReceptionID), nullable(a.OfficialID))
				for _, e := range a.Events {
					data, err := json.Marshal(e.Data)
					if err != nil {
						return err
					}
					evArgs = append(evArgs, e.ID, a.ID, e.Seq, a.Territory, e.Action, e.Actor, e.At.UTC(), e.From, e.To, string(data))
					nEv++
				}
				month := a.ReceivedOn.MonthKey()
				for _, c := range a.Counters() {
					for _, t := range a.Territory.Ancestors() {
						totals[totalKey{t, month, c.Dim, c.Key}] += c.N
					}
				}
			}
			if _, err := tx.Exec(`INSERT INTO appeals (id, number, office_id, territory, category, channel,
				applicant_name, applicant_iin, applicant_phone, applicant_email, applicant_address,
				text, consent_publish, status, outcome, received_on, deadline, forward_by,
				body_id, answered_on, closed_on, answer_days, extended, rating, tracking_hash, created_at, updated_at, version,
				reception_id, official_id)
				VALUES `+rowMarks(30, len(part)), args...); err != nil {
				if isUnique(err) {
					return senim.Errorf(senim.ECONFLICT, "appeal.duplicate")
				}
				return err
			}
			for evStart := 0; evStart < nEv; evStart += chunk * 2 {
				n := min(chunk*2, nEv-evStart)
				if _, err := tx.Exec(`INSERT INTO appeal_events (id, appeal_id, seq, territory, action, actor, at, from_status, to_status, data)
					VALUES `+rowMarks(10, n), evArgs[evStart*10:(evStart+n)*10]...); err != nil {
					return err
				}
			}
			for _, a := range part {
				if err := tx.indexAppealText(a.ID, a.Text+" "+a.Applicant.Name); err != nil {
					return err
				}
			}
		}
		if err := flushTotals(tx, totals); err != nil {
			return err
		}
		for y, last := range numbers {
			year, _ := strconv.Atoi(y[1])
			if _, err := tx.Exec(`INSERT INTO office_numbers (office_id, year, last) VALUES (?, ?, ?)
				ON CONFLICT (office_id, year) DO UPDATE SET last = CASE WHEN excluded.last > office_numbers.last
					THEN excluded.last ELSE office_numbers.last END`, y[0], year, last); err != nil {
				return err
			}
		}
		return nil
	})
}

// rowMarks returns n groups of cols placeholders: "(?, ?), (?, ?)".
func rowMarks(cols, n int) string {
	row := "(" + placeholders(cols) + ")"
	return strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}

// HasData reports whether any office or appeal is stored: whether the
// store is in use.
func (db *DB) HasData(ctx context.Context) (bool, error) {
	var n int
	err := db.reader(ctx).QueryRow(`SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM offices LIMIT 1) o)
		+ (SELECT COUNT(*) FROM (SELECT 1 FROM appeals LIMIT 1) a)`).Scan(&n)
	return n > 0, err
}

// ImportOfficials stores officials with their persons (each person once) in
// one transaction, as a generator or a migration from another system does.
// Their roles and territories must exist.
func (db *DB) ImportOfficials(ctx context.Context, officials []*senim.Official) error {
	return db.write(ctx, func(tx *Tx) error {
		seen := map[string]bool{}
		const chunk = 500
		for start := 0; start < len(officials); start += chunk {
			part := officials[start:min(start+chunk, len(officials))]
			var persons, posts []any
			np := 0
			for _, o := range part {
				if !seen[o.Person.ID] {
					seen[o.Person.ID] = true
					persons = append(persons, o.Person.ID, o.Person.Name, tx.now)
					np++
				}
				posts = append(posts, o.ID, o.Person.ID, o.Role, o.Post, o.Territory, o.Since, nullDate(o.Until), tx.now)
			}
			if np > 0 {
				if _, err := tx.Exec(`INSERT INTO persons (id, name, created_at) VALUES `+rowMarks(3, np), persons...); err != nil {
					return err
				}
			}
			if _, err := tx.Exec(`INSERT INTO officials (id, person_id, role, post, territory, since, until, created_at)
				VALUES `+rowMarks(8, len(part)), posts...); err != nil {
				return err
			}
		}
		return nil
	})
}

// ImportReceptions stores receptions with their histories in one
// transaction. Their visitors' appeals come later (they point at the
// receptions); RecountReceptions then counts them.
func (db *DB) ImportReceptions(ctx context.Context, receptions []*senim.Reception) error {
	return db.write(ctx, func(tx *Tx) error {
		const chunk = 400
		for start := 0; start < len(receptions); start += chunk {
			part := receptions[start:min(start+chunk, len(receptions))]
			var args, evArgs []any
			nEv := 0
			for _, r := range part {
				args = append(args, r.ID, r.OfficialID, r.OfficeID, r.Territory, r.Day(), r.Starts.UTC(), r.Ends.UTC(), r.Format, r.Topic,
					r.Status, r.Consulted, r.Appeals, r.CancelReason, r.CreatedAt.UTC(), r.UpdatedAt.UTC(), r.Version)
				for _, e := range r.Events {
					evArgs = append(evArgs, senim.NewID(), r.ID, e.Seq, e.Action, e.Actor, e.At.UTC(), e.Status, e.Note)
					nEv++
				}
			}
			if _, err := tx.Exec(`INSERT INTO receptions (id, official_id, office_id, territory, day, starts_at, ends_at,
				format, topic, status, consulted, appeals, cancel_reason, created_at, updated_at, version)
				VALUES `+rowMarks(16, len(part)), args...); err != nil {
				return err
			}
			if nEv > 0 {
				if _, err := tx.Exec(`INSERT INTO reception_events (id, reception_id, seq, action, actor, at, status, note)
					VALUES `+rowMarks(8, nEv), evArgs...); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// RecountReceptions sets each reception's count of visitors' appeals from
// the appeals that point at it, and rebuilds the running totals of held
// receptions and visitors from the receptions.
func (db *DB) RecountReceptions(ctx context.Context) error {
	return db.write(ctx, func(tx *Tx) error {
		if _, err := tx.Exec(`UPDATE receptions SET appeals = (SELECT COUNT(*) FROM appeals a WHERE a.reception_id = receptions.id)`); err != nil {
			return err
		}
		rows, err := tx.Query(`SELECT territory, day, consulted + appeals FROM receptions WHERE status = ?`, senim.ReceptionHeld)
		if err != nil {
			return err
		}
		type key struct {
			k     senim.KATO
			month string
			key   string
		}
		totals := map[key]int64{}
		for rows.Next() {
			var k senim.KATO
			var day senim.Date
			var visitors int64
			if err := rows.Scan(&k, &day, &visitors); err != nil {
				rows.Close()
				return err
			}
			for _, t := range k.Ancestors() {
				totals[key{t, day.MonthKey(), "held"}]++
				totals[key{t, day.MonthKey(), "visitors"}] += visitors
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM reception_totals`); err != nil {
			return err
		}
		var args []any
		n := 0
		flush := func() error {
			if n == 0 {
				return nil
			}
			_, err := tx.Exec(`INSERT INTO reception_totals (territory, month, key, n) VALUES `+rowMarks(4, n), args...)
			args, n = args[:0], 0
			return err
		}
		for k, v := range totals {
			args = append(args, k.k, k.month, k.key, v)
			if n++; n == 500 {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	})
}
