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
