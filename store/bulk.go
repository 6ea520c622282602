package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	senim "github.com/senim-kz/senim"
)

// ImportAppeals stores appeals made elsewhere — a reception office that
// worked offline, an older system, the demo generator — with their numbers,
// tracking-code hashes and histories, in one transaction: all or none. Their
// totals are summed in memory and added once per key, and each office's
// numbering continues after the highest number imported. Appeals must be
// valid and numbered; their ids are kept, so importing twice is refused.
func (db *DB) ImportAppeals(ctx context.Context, appeals []*senim.Appeal, trackingHashes []string) error {
	defer db.forgetRating()
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
	defer db.forgetRating()
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
	defer db.forgetRating()
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
	defer db.forgetRating()
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

// ImportCouncils stores public councils with their members and meetings,
// and the issues they took under control with their links and histories,
// in one transaction: all or none. It is how a branch's records kept
// elsewhere, or the demo country, come in at once. Each record is checked by
// the rules the one-at-a-time calls apply (territory, the direction's
// programme above the council, dates, roles, the issue's meeting of its
// council, that linked appeals and indicators exist), and a fault is
// returned named by its place: "councils[3].members[2].role",
// "issues[12].appeals". An issue's council is one of the councils given or
// one already stored.
//
// Ids left empty are made (and set on the records given); ids given are
// kept, so importing the same records twice is refused. A member's person
// with no id is a new person; with an id, an existing person, or a new one
// made once however many councils name it when a name comes with the id.
// An issue's history is its Events, numbered 1…Version with the last in
// the issue's status; without Events it gets the taking and, when closed,
// the closing. Issues stored here are counted by IssueStats at once: the
// statistics read the issues themselves.
func (db *DB) ImportCouncils(ctx context.Context, councils []*senim.Council, issues []*senim.Issue) error {
	defer db.forgetRating()
	actor := senim.ActorFrom(ctx)
	if !actor.CanRunCouncils() {
		return senim.Errorf(senim.EFORBIDDEN, "forbidden")
	}
	if len(councils) == 0 && len(issues) == 0 {
		return nil
	}
	today := senim.DateOf(db.Now())
	places, err := db.places(ctx)
	if err != nil {
		return err
	}
	r := db.reader(ctx)

	// Councils, their members and meetings.
	byID := map[string]*senim.Council{}
	meetingOf := map[string]string{} // meeting id → council id
	var dirIDs, personIDs []string
	for i, c := range councils {
		at := fmt.Sprintf("councils[%d].", i)
		if c == nil {
			return senim.Invalid(at[:len(at)-1], "required")
		}
		clean, err := senim.NewCouncil(senim.CouncilInput{Territory: string(c.Territory), Name: c.Name, Direction: c.DirectionID,
			Created: c.Created.String()}, today)
		if err != nil {
			return senim.PrefixField(err, at)
		}
		if !places.territories[clean.Territory] {
			return senim.Invalid(at+"territory", "territory.unknown", "code", string(clean.Territory))
		}
		if !actor.Sees(clean.Territory) {
			return senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(clean.Territory))
		}
		if c.ID == "" {
			c.ID = senim.NewID()
		}
		if byID[c.ID] != nil {
			return senim.Invalid(at+"id", "duplicate", "id", c.ID)
		}
		c.Name = clean.Name
		byID[c.ID] = c
		if c.DirectionID != "" {
			dirIDs = append(dirIDs, c.DirectionID)
		}
		for j, m := range c.Members {
			at := fmt.Sprintf("%smembers[%d].", at, j)
			if m == nil {
				return senim.Invalid(at[:len(at)-1], "required")
			}
			clean, err := senim.NewCouncilMember(senim.CouncilMemberInput{Person: m.Person.ID, Name: m.Person.Name, Role: string(m.Role),
				Since: m.Since.String()}, today)
			if err != nil {
				return senim.PrefixField(err, at)
			}
			if !m.Until.IsZero() && m.Until.Before(m.Since) {
				return senim.Invalid(at+"until", "period.order")
			}
			m.Person.Name, m.Role = clean.Person.Name, clean.Role
			if m.ID == "" {
				m.ID = senim.NewID()
			}
			if m.Person.ID != "" {
				personIDs = append(personIDs, m.Person.ID)
			}
		}
		for j, m := range c.Meetings {
			at := fmt.Sprintf("%smeetings[%d].", at, j)
			if m == nil {
				return senim.Invalid(at[:len(at)-1], "required")
			}
			clean, err := senim.NewMeeting(senim.MeetingInput{On: m.On.String(), Agenda: m.Agenda, Minutes: m.Minutes, Attended: m.Attended,
				File: m.File}, clean, today)
			if err != nil {
				return senim.PrefixField(err, at)
			}
			m.Agenda, m.Minutes = clean.Agenda, clean.Minutes
			if m.ID == "" {
				m.ID = senim.NewID()
			}
			if meetingOf[m.ID] != "" {
				return senim.Invalid(at+"id", "duplicate", "id", m.ID)
			}
			meetingOf[m.ID] = c.ID
		}
	}
	dirTerritory := map[string]senim.KATO{}
	err = queryIn(r, `SELECT d.id, p.territory FROM directions d JOIN programmes p ON p.id = d.programme_id WHERE `, "d.id", dirIDs,
		func(s scanner) error {
			var id string
			var k senim.KATO
			err := s.Scan(&id, &k)
			dirTerritory[id] = k
			return err
		})
	if err != nil {
		return err
	}
	for i, c := range councils {
		if c.DirectionID == "" {
			continue
		}
		switch k, ok := dirTerritory[c.DirectionID]; {
		case !ok:
			return senim.Invalid(fmt.Sprintf("councils[%d].direction", i), "direction.unknown")
		case !k.Contains(c.Territory):
			return senim.Invalid(fmt.Sprintf("councils[%d].direction", i), "council.direction_elsewhere")
		}
	}
	storedPersons := map[string]bool{}
	err = queryIn(r, `SELECT id FROM persons WHERE `, "id", personIDs, func(s scanner) error {
		var id string
		err := s.Scan(&id)
		storedPersons[id] = true
		return err
	})
	if err != nil {
		return err
	}
	var persons, members, meetings []any
	var files []*senim.File // the meetings' signed minutes, one a meeting row (nil: none)
	newPerson := map[string]bool{}
	for i, c := range councils {
		for j, m := range c.Members {
			switch {
			case m.Person.ID == "":
				m.Person.ID = senim.NewID()
			case storedPersons[m.Person.ID] || newPerson[m.Person.ID]:
				members = append(members, m.ID, c.ID, m.Person.ID, m.Role, m.Since, nullDate(m.Until))
				continue
			case m.Person.Name == "":
				return senim.Invalid(fmt.Sprintf("councils[%d].members[%d].person", i, j), "person.unknown", "id", m.Person.ID)
			}
			newPerson[m.Person.ID] = true
			persons = append(persons, m.Person.ID, m.Person.Name)
			members = append(members, m.ID, c.ID, m.Person.ID, m.Role, m.Since, nullDate(m.Until))
		}
		for _, m := range c.Meetings {
			files = append(files, m.File)
			meetings = append(meetings, m.ID, c.ID, m.On, m.Agenda, m.Minutes, nil, m.Attended)
		}
	}

	// Issues, their links and histories.
	var otherCouncils, otherMeetings, appealRefs, indicatorRefs []string
	for _, is := range issues {
		if is != nil && byID[is.CouncilID] == nil {
			otherCouncils = append(otherCouncils, is.CouncilID)
		}
		if is != nil && is.MeetingID != "" && meetingOf[is.MeetingID] == "" {
			otherMeetings = append(otherMeetings, is.MeetingID)
		}
		if is != nil {
			appealRefs = append(appealRefs, is.Appeals...)
			indicatorRefs = append(indicatorRefs, is.Indicators...)
		}
	}
	stored := map[string]*senim.Council{}
	err = queryIn(r, `SELECT id, territory, created FROM councils WHERE `, "id", otherCouncils, func(s scanner) error {
		c := &senim.Council{}
		err := s.Scan(&c.ID, &c.Territory, &c.Created)
		stored[c.ID] = c
		return err
	})
	if err != nil {
		return err
	}
	err = queryIn(r, `SELECT id, council_id FROM meetings WHERE `, "id", otherMeetings, func(s scanner) error {
		var id, council string
		err := s.Scan(&id, &council)
		meetingOf[id] = council
		return err
	})
	if err != nil {
		return err
	}
	knownAppeals, knownIndicators := map[string]bool{}, map[string]bool{}
	for _, l := range []struct {
		query, col string
		refs       []string
		known      map[string]bool
	}{
		{`SELECT number FROM appeals WHERE `, "number", appealRefs, knownAppeals},
		{`SELECT id FROM indicators WHERE `, "id", indicatorRefs, knownIndicators},
	} {
		err := queryIn(r, l.query, l.col, l.refs, func(s scanner) error {
			var v string
			err := s.Scan(&v)
			l.known[v] = true
			return err
		})
		if err != nil {
			return err
		}
	}
	var issueRows, links, events []any
	seenIssue := map[string]bool{}
	for i, is := range issues {
		at := fmt.Sprintf("issues[%d].", i)
		if is == nil {
			return senim.Invalid(at[:len(at)-1], "required")
		}
		c := byID[is.CouncilID]
		if c == nil {
			c = stored[is.CouncilID]
		}
		if c == nil {
			return senim.Invalid(at+"council", "notfound.council", "id", is.CouncilID)
		}
		if !actor.Sees(c.Territory) {
			return senim.Errorf(senim.EFORBIDDEN, "territory.outside", "code", string(c.Territory))
		}
		clean, err := senim.NewIssue(senim.IssueInput{Meeting: is.MeetingID, Territory: string(is.Territory), Title: is.Title,
			Description: is.Description, Owner: is.Owner, Taken: is.Taken.String(), Deadline: is.Deadline.String(),
			Appeals: is.Appeals, Indicators: is.Indicators}, c, today)
		if err != nil {
			return senim.PrefixField(err, at)
		}
		if clean.MeetingID != "" && meetingOf[clean.MeetingID] != c.ID {
			return senim.Invalid(at+"meeting", "meeting.unknown")
		}
		if !places.territories[clean.Territory] {
			return senim.Invalid(at+"territory", "territory.unknown", "code", string(clean.Territory))
		}
		for _, ref := range clean.Appeals {
			if !knownAppeals[ref] {
				return senim.Invalid(at+"appeals", "appeals.unknown", "ref", ref)
			}
		}
		for _, ref := range clean.Indicators {
			if !knownIndicators[ref] {
				return senim.Invalid(at+"indicators", "indicators.unknown", "ref", ref)
			}
		}
		var p senim.Problems
		switch is.Status {
		case senim.IssueUnderControl:
			if !is.Closed.IsZero() {
				p.Add(senim.Invalid(at+"closed", "issue.open"))
			}
			if is.Result != "" {
				p.Add(senim.Invalid(at+"result", "issue.open"))
			}
		case senim.IssueSolved, senim.IssueRemoved:
			switch {
			case is.Closed.IsZero():
				p.Add(senim.Invalid(at+"closed", "required"))
			case is.Closed.Before(clean.Taken):
				p.Add(senim.Invalid(at+"closed", "period.order"))
			case is.Closed.After(today):
				p.Add(senim.Invalid(at+"closed", "date.future"))
			}
			if strings.TrimSpace(is.Result) == "" {
				p.Add(senim.Invalid(at+"result", "required"))
			}
		default:
			p.Add(senim.Invalid(at+"status", "issue.status", "status", string(is.Status)))
		}
		if err := p.Err(); err != nil {
			return err
		}
		evs := is.Events
		if len(evs) == 0 {
			evs = []*senim.IssueEvent{{Action: senim.IssueActTake, Status: senim.IssueUnderControl, Note: clean.Title}}
			if is.Status != senim.IssueUnderControl {
				action := senim.IssueActSolve
				if is.Status == senim.IssueRemoved {
					action = senim.IssueActRemove
				}
				evs = append(evs, &senim.IssueEvent{Action: action, Status: is.Status, Note: is.Result})
			}
			is.Version = len(evs)
		}
		if is.Version != len(evs) {
			return senim.Invalid(at+"version", "issue.history", "events", len(evs))
		}
		for j, e := range evs {
			eat := fmt.Sprintf("%shistory[%d].", at, j)
			switch {
			case e == nil:
				return senim.Invalid(eat[:len(eat)-1], "required")
			case e.Seq != 0 && e.Seq != j+1:
				return senim.Invalid(eat+"seq", "issue.history", "seq", j+1)
			case j == 0 && e.Action != senim.IssueActTake:
				return senim.Invalid(eat+"action", "issue.history", "action", senim.IssueActTake)
			case !slices.Contains(issueActions, e.Action):
				return senim.Invalid(eat+"action", "action.unknown", "action", e.Action)
			case !slices.Contains(senim.IssueStatuses, e.Status):
				return senim.Invalid(eat+"status", "issue.status", "status", string(e.Status))
			case j == len(evs)-1 && e.Status != is.Status:
				return senim.Invalid(eat+"status", "issue.history", "status", string(is.Status))
			}
		}
		if is.ID == "" {
			is.ID = senim.NewID()
		}
		if seenIssue[is.ID] {
			return senim.Invalid(at+"id", "duplicate", "id", is.ID)
		}
		seenIssue[is.ID] = true
		is.Territory, is.Title, is.Description, is.Owner = clean.Territory, clean.Title, clean.Description, clean.Owner
		is.Taken, is.Deadline = clean.Taken, clean.Deadline
		is.Appeals, is.Indicators, is.Events = clean.Appeals, clean.Indicators, evs
		issueRows = append(issueRows, is.ID, is.CouncilID, nullable(clean.MeetingID), is.Territory, is.Title, is.Description, is.Owner,
			is.Taken, is.Deadline, is.Status, nullDate(is.Closed), is.Result, is.Version)
		for _, ref := range is.Appeals {
			links = append(links, is.ID, "appeal", ref)
		}
		for _, ref := range is.Indicators {
			links = append(links, is.ID, "indicator", ref)
		}
		for j, e := range evs {
			e.Seq = j + 1
			if e.Actor == "" {
				e.Actor = actor.Label()
			}
			events = append(events, is.ID, e.Seq, e.Action, e.Actor, e.At, e.Status, e.Note)
		}
	}

	return db.write(ctx, func(tx *Tx) error {
		// Rows are completed here with the transaction's clock, on copies:
		// on PostgreSQL fn may run again.
		if err := insertMany(tx, `INSERT INTO persons (id, name, created_at)`, 2, persons, tx.now); err != nil {
			return err
		}
		var rows []any
		for _, c := range councils {
			rows = append(rows, c.ID, c.Territory, c.Name.RU, c.Name.KK, c.Name.EN, nullable(c.DirectionID), c.Created)
		}
		if err := insertMany(tx, `INSERT INTO councils (id, territory, name_ru, name_kk, name_en, direction_id, created, created_at)`,
			7, rows, tx.now); err != nil {
			return err
		}
		if err := insertMany(tx, `INSERT INTO council_members (id, council_id, person_id, role, since, until)`, 6, members); err != nil {
			return err
		}
		rows = slices.Clone(meetings)
		for i, f := range files {
			if f != nil {
				if err := insertFile(tx, f); err != nil {
					return err
				}
				rows[i*7+5] = f.ID
			}
		}
		if err := insertMany(tx, `INSERT INTO meetings (id, council_id, held_on, agenda, minutes, file_id, attended, created_at)`,
			7, rows, tx.now); err != nil {
			return err
		}
		if err := insertMany(tx, `INSERT INTO issues (id, council_id, meeting_id, territory, title, description, owner, taken, deadline,
			status, closed, result, version, created_at)`, 13, issueRows, tx.now); err != nil {
			return err
		}
		if err := insertMany(tx, `INSERT INTO issue_links (issue_id, kind, ref)`, 3, links); err != nil {
			return err
		}
		rows = make([]any, 0, len(events)/7*8)
		for i := 0; i < len(events); i += 7 {
			at := events[i+4].(time.Time)
			if at.IsZero() {
				at = tx.now
			}
			rows = append(rows, senim.NewID(), events[i], events[i+1], events[i+2], events[i+3], at.UTC(), events[i+5], events[i+6])
		}
		return insertMany(tx, `INSERT INTO issue_events (id, issue_id, seq, action, actor, at, status, note)`, 8, rows)
	})
}

// issueActions are the actions an issue's history may hold.
var issueActions = []string{senim.IssueActTake, senim.IssueActSolve, senim.IssueActRemove, senim.IssueActExtend,
	senim.IssueActLink, senim.IssueActNote, senim.IssueActReopen}

// insertMany writes rows of cols values each (and, when given, the same
// extra values at the end of every row, such as the transaction's time)
// with multi-row INSERTs, as many rows a statement as keep it well under
// SQLite's 32,766 and PostgreSQL's 65,535 parameters. A duplicate id is a
// conflict.
func insertMany(tx *Tx, head string, cols int, values []any, extra ...any) error {
	width := cols + len(extra)
	per := 16000 / width
	n := len(values) / cols
	for start := 0; start < n; start += per {
		part := min(per, n-start)
		args := make([]any, 0, part*width)
		for i := start; i < start+part; i++ {
			args = append(args, values[i*cols:(i+1)*cols]...)
			args = append(args, extra...)
		}
		if _, err := tx.Exec(head+" VALUES "+rowMarks(width, part), args...); err != nil {
			if isUnique(err) {
				return senim.Errorf(senim.ECONFLICT, "duplicate")
			}
			return err
		}
	}
	return nil
}

// queryIn runs query + "col IN (…)" over refs, many at a time, and hands
// each row to scan. args are the query's own, before the list; a query
// that goes on after the list marks its place with {in}, and its args
// then follow the list's.
func queryIn(r reader, query, col string, refs []string, scan func(scanner) error, args ...any) error {
	refs = slices.Compact(slices.Sorted(slices.Values(refs)))
	for start := 0; start < len(refs); start += 500 {
		pred, in := inList(col, refs[start:min(start+500, len(refs))])
		q, all := query+pred, append(slices.Clip(args), in...)
		if strings.Contains(query, "{in}") {
			q, all = strings.Replace(query, "{in}", pred, 1), append(in, args...)
		}
		rows, err := r.Query(q, all...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}
