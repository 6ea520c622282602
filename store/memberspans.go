package store

import (
	"database/sql"
	"errors"

	senim "github.com/senim-kz/senim"
)

// A member's periods in primary organisations (migration 0014): opened on
// admission, readmission and a transfer's day, closed on departure and on
// a transfer. Every transaction that writes them, or organisations, first
// takes the member clock's next number and stamps its rows with it.

// Why a period began and ended.
const (
	spanAdmitted    = "admitted"
	spanReadmitted  = "readmitted"
	spanTransferred = "transferred"
	spanLeft        = "left"
)

// memberClock takes the next number of the member clock. The row lock it
// holds until the transaction ends orders such transactions' commits as
// their numbers, so a reader that saw number n has seen every row stamped
// n or less.
func (tx *Tx) memberClock() (int64, error) {
	var n int64
	err := tx.QueryRow(`UPDATE member_clock SET n = n + 1 RETURNING n`).Scan(&n)
	return n, err
}

// openSpans writes a period for each member from the day they joined (to
// the day they left, for those who have), all begun as started.
func openSpans(tx *Tx, ms []*senim.Member, started string, rev int64) error {
	vals := make([]any, 0, 13*len(ms))
	for _, m := range ms {
		var ended any
		if !m.Left.IsZero() {
			ended = spanLeft
		}
		vals = append(vals, senim.NewID(), m.ID, m.OrgID, m.Territory, m.Sex, m.BirthDate, m.Joined, nullDate(m.Left), started, ended,
			m.Status == senim.MemberSuspended, m.YouthWing, rev)
	}
	return insertMany(tx, `INSERT INTO member_spans (id, member_id, org_id, territory, sex, birth_date, from_day, to_day,
		started, ended, suspended, youth_wing, rev)`, 13, vals)
}

// openSpan returns the id and first day of the member's open period.
func openSpan(tx *Tx, memberID string) (id string, from senim.Date, err error) {
	err = tx.QueryRow(`SELECT id, from_day FROM member_spans WHERE member_id = ? AND to_day IS NULL`, memberID).Scan(&id, &from)
	if errors.Is(err, sql.ErrNoRows) {
		return "", senim.Date{}, nil
	}
	return id, from, err
}

// closeSpan ends the member's open period on day, for a reason.
func closeSpan(tx *Tx, memberID string, day senim.Date, reason string, rev int64) error {
	_, err := tx.Exec(`UPDATE member_spans SET to_day = ?, ended = ?, rev = ? WHERE member_id = ? AND to_day IS NULL`,
		day, reason, rev, memberID)
	return err
}

// keepSpan writes the member's status and youth wing on their open period.
func keepSpan(tx *Tx, m *senim.Member, rev int64) error {
	_, err := tx.Exec(`UPDATE member_spans SET suspended = ?, youth_wing = ?, rev = ? WHERE member_id = ? AND to_day IS NULL`,
		m.Status == senim.MemberSuspended, m.YouthWing, rev, m.ID)
	return err
}

// moveSpan records a transfer on day: the open period ends and one in the
// new organisation begins; a period begun that very day just changes its
// organisation.
func moveSpan(tx *Tx, m *senim.Member, day senim.Date, rev int64) error {
	id, from, err := openSpan(tx, m.ID)
	if err != nil {
		return err
	}
	if id != "" && from.Equal(day) {
		_, err := tx.Exec(`UPDATE member_spans SET org_id = ?, territory = ?, rev = ? WHERE id = ?`, m.OrgID, m.Territory, rev, id)
		return err
	}
	if err := closeSpan(tx, m.ID, day, spanTransferred, rev); err != nil {
		return err
	}
	moved := *m
	moved.Joined, moved.Left = day, senim.Date{}
	return openSpans(tx, []*senim.Member{&moved}, spanTransferred, rev)
}
