package store

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"
	"weak"

	senim "github.com/senim-kz/senim"
)

// Public polls: a poll and its options with their votes, counted in the
// transaction that takes each vote; the votes under their voter keys
// (senim.VoterKey), never with the IIN; and the secret the keys are signed
// with. See docs/polls.md for what one vote per person rests on.

// PollFilter selects polls.
type PollFilter struct {
	// Territory gives the polls of its subtree and those of the
	// territories above it: an oblast's poll concerns its districts'
	// people too. Empty is the whole country.
	Territory senim.KATO
	// Status is where the polls stand today; empty for every poll.
	Status senim.PollStatus
	Limit  int // 1–MaxPollPage; 50 when 0
	Offset int
}

// MaxPollPage is the most polls one FindPolls returns.
const MaxPollPage = 100

// PollStatuses lists the statuses a filter takes.
var PollStatuses = []senim.PollStatus{senim.PollOpen, senim.PollUpcoming, senim.PollClosed}

const pollColumns = `id, question_ru, question_kk, question_en, territory, opens, closes, closed_on`

func scanPoll(s scanner) (*senim.Poll, error) {
	p := &senim.Poll{}
	return p, s.Scan(&p.ID, &p.Question.RU, &p.Question.KK, &p.Question.EN, &p.Territory, &p.Opens, &p.Closes, &p.ClosedOn)
}

// pollRank orders polls as people look for them: open ones first, then
// those to come, then the closed; its three marks take today.
const pollRank = `CASE WHEN closes < ? OR closed_on <= ? THEN 2 WHEN opens > ? THEN 1 ELSE 0 END`

// FindPolls lists the polls of the filter: open ones first, closing
// soonest first; then those to come, opening soonest first; then the
// closed, the last to close first. total is how many match. Polls are public.
func (db *DB) FindPolls(ctx context.Context, f PollFilter) (polls []*senim.Poll, total int, err error) {
	if f.Territory == "" {
		f.Territory = senim.CountryKATO
	}
	today := senim.DateOf(db.Now())
	lo, hi := f.Territory.Range()
	where, args := " WHERE (territory BETWEEN ? AND ?", []any{lo, hi}
	if up := f.Territory.Ancestors(); len(up) > 1 {
		pred, vals := inList("territory", up[:len(up)-1])
		where, args = where+" OR "+pred, append(args, vals...)
	}
	where += ")"
	switch f.Status {
	case "":
	case senim.PollOpen:
		where += " AND opens <= ? AND closes >= ? AND (closed_on IS NULL OR closed_on > ?)"
		args = append(args, today, today, today)
	case senim.PollUpcoming:
		where += " AND opens > ? AND (closed_on IS NULL OR closed_on > ?)"
		args = append(args, today, today)
	case senim.PollClosed:
		where += " AND (closes < ? OR closed_on <= ?)"
		args = append(args, today, today)
	default:
		return nil, 0, senim.Invalid("status", "poll.status", "status", string(f.Status))
	}
	r := db.reader(ctx)
	if err := r.QueryRow(`SELECT COUNT(*) FROM polls`+where, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := f.Limit
	if limit <= 0 || limit > MaxPollPage {
		limit = 50
	}
	order := ` ORDER BY ` + pollRank + `, CASE WHEN ` + pollRank + ` = 0 THEN closes END, CASE WHEN ` + pollRank +
		` = 1 THEN opens END, COALESCE(closed_on, closes) DESC, id LIMIT ? OFFSET ?`
	args = append(args, today, today, today, today, today, today, today, today, today, limit, max(f.Offset, 0))
	rows, err := r.Query(`SELECT `+pollColumns+` FROM polls`+where+order, args...)
	if polls, err = collect(rows, err, scanPoll); err != nil {
		return nil, 0, err
	}
	byID := make(map[string]*senim.Poll, len(polls))
	ids := make([]string, len(polls))
	for i, p := range polls {
		byID[p.ID], ids[i] = p, p.ID
	}
	err = queryIn(r, `SELECT poll_id, id, text_ru, text_kk, text_en, votes FROM poll_options WHERE {in} ORDER BY poll_id, id`, "poll_id", ids,
		func(s scanner) error {
			var pollID string
			var o senim.PollOption
			if err := s.Scan(&pollID, &o.ID, &o.Text.RU, &o.Text.KK, &o.Text.EN, &o.Votes); err != nil {
				return err
			}
			byID[pollID].Options = append(byID[pollID].Options, o)
			return nil
		})
	if err != nil {
		return nil, 0, err
	}
	return polls, total, nil
}

// FindPoll returns a poll with its options and their votes as they stand.
func (db *DB) FindPoll(ctx context.Context, id string) (*senim.Poll, error) {
	return findPoll(db.reader(ctx), id)
}

func findPoll(q queryer, id string) (*senim.Poll, error) {
	if !senim.ValidID(id) {
		return nil, senim.NotFound("poll")
	}
	p, err := scanPoll(q.QueryRow(`SELECT `+pollColumns+` FROM polls WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, senim.NotFound("poll")
	}
	if err != nil {
		return nil, err
	}
	if p.Options, err = pollOptions(q, id); err != nil {
		return nil, err
	}
	return p, nil
}

func pollOptions(q queryer, pollID string) ([]senim.PollOption, error) {
	rows, err := q.Query(`SELECT id, text_ru, text_kk, text_en, votes FROM poll_options WHERE poll_id = ? ORDER BY id`, pollID)
	return collect(rows, err, func(s scanner) (senim.PollOption, error) {
		var o senim.PollOption
		return o, s.Scan(&o.ID, &o.Text.RU, &o.Text.KK, &o.Text.EN, &o.Votes)
	})
}

// CreatePoll opens a public poll on a territory inside the actor's: the
// branches and the central office. Every fault of the input is reported
// at once, at its field.
func (db *DB) CreatePoll(ctx context.Context, in senim.PollInput) (*senim.Poll, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManagePolls() {
		return nil, errForbidden
	}
	p, err := senim.NewPoll(in, senim.DateOf(db.Now()))
	var pr senim.Problems
	pr.Add(err)
	if p.Territory != "" {
		if err := db.checkTerritory(ctx, p.Territory, &pr); err != nil {
			return nil, err
		}
	}
	if err := pr.Err(); err != nil {
		return nil, err
	}
	if !actor.Sees(p.Territory) {
		return nil, senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(p.Territory))
	}
	p.ID = senim.NewID()
	if err := db.write(ctx, func(tx *Tx) error { return insertPoll(tx, p, actor) }); err != nil {
		return nil, err
	}
	return p, nil
}

// insertPoll writes a poll and its options with their votes as they are.
func insertPoll(tx *Tx, p *senim.Poll, actor *senim.Actor) error {
	closedBy := ""
	if !p.ClosedOn.IsZero() {
		closedBy = actor.Label()
	}
	_, err := tx.Exec(`INSERT INTO polls (id, question_ru, question_kk, question_en, territory, opens, closes, closed_on, closed_by,
		created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, p.ID, p.Question.RU, p.Question.KK, p.Question.EN, p.Territory,
		p.Opens, p.Closes, nullDate(p.ClosedOn), closedBy, actor.Label(), tx.now)
	if isUnique(err) {
		return senim.Errorf(senim.ECONFLICT, "duplicate")
	}
	if err != nil {
		return err
	}
	vals := make([]any, 0, 6*len(p.Options))
	for _, o := range p.Options {
		vals = append(vals, p.ID, o.ID, o.Text.RU, o.Text.KK, o.Text.EN, o.Votes)
	}
	return insertMany(tx, `INSERT INTO poll_options (poll_id, id, text_ru, text_kk, text_en, votes)`, 6, vals)
}

// Vote takes one vote for the option of a poll from the holder of the IIN.
// The IIN is checked and turned into the voter key, which alone is stored
// with the vote; the option's count grows in the same transaction. A poll
// not open refuses with ECONFLICT ("poll.upcoming", "poll.closed",
// "poll.closed_early"); a bad option or IIN is EINVALID at "option" and
// "iin", both reported at once; an IIN that has voted in this poll is
// ECONFLICT "poll.voted". The poll is returned with the votes as they
// stand after this one.
func (db *DB) Vote(ctx context.Context, pollID string, option int, iin string) (*senim.Poll, error) {
	var out *senim.Poll
	err := db.write(ctx, func(tx *Tx) error {
		p, err := findPoll(tx, pollID)
		if err != nil {
			return err
		}
		var pr senim.Problems
		err = p.CanVote(option, senim.DateOf(tx.now))
		if err != nil && senim.ErrorCode(err) != senim.EINVALID {
			return err // not open: nothing else matters
		}
		pr.Add(err)
		secret, err := db.voterSecret(tx)
		if err != nil {
			return err
		}
		key, err := senim.VoterKey(secret, p.ID, iin)
		if err != nil && senim.ErrorCode(err) != senim.EINVALID {
			return err
		}
		pr.Add(err)
		if err := pr.Err(); err != nil {
			return err
		}
		_, err = tx.Exec(`INSERT INTO poll_votes (poll_id, voter_key, option_id, at) VALUES (?, ?, ?, ?)`,
			p.ID, key, option, tx.now.Truncate(time.Hour))
		if isUnique(err) {
			return senim.Errorf(senim.ECONFLICT, "poll.voted")
		}
		if err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE poll_options SET votes = votes + 1 WHERE poll_id = ? AND id = ?`, p.ID, option); err != nil {
			return err
		}
		if p.Options, err = pollOptions(tx, p.ID); err != nil {
			return err
		}
		out = p
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ClosePoll closes a poll early: it takes no vote from now on and its
// results stand. The branches and the central office, for a poll inside
// their territory; a poll closed already is ECONFLICT.
func (db *DB) ClosePoll(ctx context.Context, id string) (*senim.Poll, error) {
	actor := senim.ActorFrom(ctx)
	if !actor.CanManagePolls() {
		return nil, errForbidden
	}
	var out *senim.Poll
	err := db.write(ctx, func(tx *Tx) error {
		p, err := findPoll(tx, id)
		if err != nil {
			return err
		}
		if !actor.Sees(p.Territory) {
			return senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(p.Territory))
		}
		if err := p.Close(senim.DateOf(tx.now)); err != nil {
			return err
		}
		if _, err := tx.Exec(`UPDATE polls SET closed_on = ?, closed_by = ? WHERE id = ?`, p.ClosedOn, actor.Label(), p.ID); err != nil {
			return err
		}
		out = p
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// PollBallot is a vote cast elsewhere (the demo): the voter's IIN, the
// option, and when.
type PollBallot struct {
	IIN    string
	Option int
	At     time.Time
}

// ImportPoll stores a poll made elsewhere (the demo) with its votes, in one
// transaction, as the system only: the poll, its options counted from the ballots, and a vote
// under its voter key for each ballot. The poll is checked as CreatePoll
// checks one on its opening day, so a poll of the past is taken; each
// ballot's IIN must be valid, its option the poll's, its day one the poll
// was open; an IIN twice is ECONFLICT "poll.voted". Faults name the
// ballot: "ballots[12].iin".
func (db *DB) ImportPoll(ctx context.Context, p *senim.Poll, ballots []PollBallot) error {
	actor := senim.ActorFrom(ctx)
	if actor.Kind != senim.ActorSystem { // votes come from voters, not from staff
		return errForbidden
	}
	in := senim.PollInput{Question: p.Question, Territory: string(p.Territory), Opens: p.Opens.String(), Closes: p.Closes.String()}
	for _, o := range p.Options {
		in.Options = append(in.Options, o.Text)
	}
	checked, err := senim.NewPoll(in, p.Opens)
	var pr senim.Problems
	pr.Add(err)
	if !senim.ValidID(p.ID) {
		pr.Add(senim.Invalid("id", "id"))
	}
	if checked.Territory != "" {
		if err := db.checkTerritory(ctx, checked.Territory, &pr); err != nil {
			return err
		}
	}
	last := checked.Closes
	if !p.ClosedOn.IsZero() {
		if p.ClosedOn.Before(checked.Opens) || p.ClosedOn.After(checked.Closes) {
			pr.Add(senim.Invalid("closed_on", "date"))
		}
		last = p.ClosedOn
	}
	for i, b := range ballots {
		at := fmt.Sprintf("ballots[%d].", i)
		if _, err := senim.ParseIIN(b.IIN); err != nil {
			pr.Add(senim.PrefixField(err, at))
		}
		if checked.Option(b.Option) == nil {
			pr.Add(senim.Invalid(at+"option", "poll.option", "option", b.Option))
		}
		if day := senim.DateOf(b.At); day.Before(checked.Opens) || day.After(last) {
			pr.Add(senim.Invalid(at+"at", "date"))
		}
	}
	if err := pr.Err(); err != nil {
		return err
	}
	checked.ID, checked.ClosedOn = p.ID, p.ClosedOn
	for _, b := range ballots {
		checked.Option(b.Option).Votes++
	}
	return db.write(ctx, func(tx *Tx) error {
		secret, err := db.voterSecret(tx)
		if err != nil {
			return err
		}
		if err := insertPoll(tx, checked, actor); err != nil {
			return err
		}
		vals := make([]any, 0, 4*len(ballots))
		for _, b := range ballots {
			key, err := senim.VoterKey(secret, checked.ID, b.IIN)
			if err != nil {
				return err
			}
			vals = append(vals, checked.ID, key, b.Option, b.At.UTC().Truncate(time.Hour))
		}
		err = insertMany(tx, `INSERT INTO poll_votes (poll_id, voter_key, option_id, at)`, 4, vals)
		if senim.ErrorCode(err) == senim.ECONFLICT {
			return senim.Errorf(senim.ECONFLICT, "poll.voted")
		}
		return err
	})
}

// The voter keys' secret. Kept apart from the database it protects the
// voters even from whoever holds the database or a backup: given by
// UsePollSecret, it lives in this process's memory only, and the table
// poll_secret records its fingerprint alone. Otherwise the store makes one
// on the first vote and keeps it in poll_secret, so that it survives
// restarts; then a copy of the database is a copy of the secret too.

// outerSecret is a secret given by UsePollSecret, with its fingerprint.
type outerSecret struct {
	secret      []byte
	fingerprint string
}

// outerSecrets holds the secret given to each open store, weakly keyed so
// that a store let go takes its entry with it.
var outerSecrets sync.Map // weak.Pointer[DB] → outerSecret

// fingerprint tells secrets apart without showing them: an HMAC under the
// secret of a fixed text.
func fingerprint(secret []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("senim poll secret fingerprint"))
	return hex.EncodeToString(m.Sum(nil))
}

// UsePollSecret makes the store sign voter keys with secret, kept outside
// the database (a file, an environment variable), instead of its own. The
// database keeps only its fingerprint; a secret the store had made itself
// is dropped from it. A secret other than the one the votes of the polls
// still open were signed with is refused (ECONFLICT "poll.secret_changed"):
// everyone could vote in them again. Change it while no poll is open.
func (db *DB) UsePollSecret(ctx context.Context, secret []byte) error {
	if len(secret) < senim.MinVoterSecret {
		return fmt.Errorf("the poll secret has %d bytes; it needs at least %d", len(secret), senim.MinVoterSecret)
	}
	s := outerSecret{slices.Clone(secret), fingerprint(secret)}
	err := db.write(ctx, func(tx *Tx) error {
		var stored, storedFP string
		err := tx.QueryRow(`SELECT secret, fingerprint FROM poll_secret WHERE id = 1`).Scan(&stored, &storedFP)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			_, err = tx.Exec(`INSERT INTO poll_secret (id, secret, fingerprint, created_at) VALUES (1, '', ?, ?)`, s.fingerprint, tx.now)
			return err
		case err != nil:
			return err
		case storedFP == s.fingerprint:
			if stored != "" { // the store's own secret, now kept apart
				_, err = tx.Exec(`UPDATE poll_secret SET secret = '' WHERE id = 1`)
			}
			return err
		}
		today := senim.DateOf(tx.now)
		var open int
		if err := tx.QueryRow(`SELECT COUNT(*) FROM polls p WHERE closes >= ? AND (closed_on IS NULL OR closed_on > ?)
			AND EXISTS (SELECT 1 FROM poll_votes v WHERE v.poll_id = p.id)`, today, today).Scan(&open); err != nil {
			return err
		}
		if open > 0 {
			return senim.Errorf(senim.ECONFLICT, "poll.secret_changed", "polls", open)
		}
		_, err = tx.Exec(`UPDATE poll_secret SET secret = '', fingerprint = ?, created_at = ? WHERE id = 1`, s.fingerprint, tx.now)
		return err
	})
	if err != nil {
		return err
	}
	k := weak.Make(db)
	if _, had := outerSecrets.Swap(k, s); !had {
		runtime.AddCleanup(db, func(k weak.Pointer[DB]) { outerSecrets.Delete(k) }, k)
	}
	return nil
}

// voterSecret returns the secret to sign voter keys with: the one given
// by UsePollSecret, as long as the database still records it as the one
// in use (another server may have changed it); or the store's own, made
// and kept on the first call. A database whose secret is kept outside it
// and a process not given it refuse to take votes.
func (db *DB) voterSecret(tx *Tx) ([]byte, error) {
	var outer *outerSecret
	if v, ok := outerSecrets.Load(weak.Make(db)); ok {
		s := v.(outerSecret)
		outer = &s
	}
	var stored, storedFP string
	err := tx.QueryRow(`SELECT secret, fingerprint FROM poll_secret WHERE id = 1`).Scan(&stored, &storedFP)
	if errors.Is(err, sql.ErrNoRows) {
		stored, storedFP = "", ""
		if outer != nil {
			storedFP = outer.fingerprint
		} else {
			b := make([]byte, 32)
			rand.Read(b)
			stored = hex.EncodeToString(b)
			storedFP = fingerprint([]byte(stored))
		}
		_, err = tx.Exec(`INSERT INTO poll_secret (id, secret, fingerprint, created_at) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
			stored, storedFP, tx.now)
		if err == nil {
			err = tx.QueryRow(`SELECT secret, fingerprint FROM poll_secret WHERE id = 1`).Scan(&stored, &storedFP)
		}
	}
	switch {
	case err != nil:
		return nil, err
	case outer != nil && outer.fingerprint != storedFP:
		return nil, senim.Internal(errors.New("poll secret: the database records another secret than the one this server was given"))
	case outer != nil:
		return outer.secret, nil
	case stored == "":
		return nil, senim.Internal(errors.New("poll secret: it is kept outside the database and this server was not given it (SENIM_POLL_SECRET_FILE)"))
	}
	return []byte(stored), nil
}
