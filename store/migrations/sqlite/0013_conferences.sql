-- The party's conferences and the sessions of its political councils and
-- their bureaus: the agenda of each, every record of the vote on an item
-- (a correction is a further record with its reason; none is changed),
-- the members an election elected with their votes, and the party's
-- awards to its members with the decision that granted them.

CREATE TABLE party_meetings (
    id         TEXT PRIMARY KEY,
    branch_id  TEXT NOT NULL REFERENCES branches (id),
    territory  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('conference', 'council_session', 'bureau_session')),
    title_ru   TEXT NOT NULL,
    title_kk   TEXT NOT NULL DEFAULT '',
    title_en   TEXT NOT NULL DEFAULT '',
    held       TEXT NOT NULL,
    place      TEXT NOT NULL,
    presiding  TEXT NOT NULL DEFAULT '',
    delegates  INTEGER NOT NULL CHECK (delegates > 0),
    present    INTEGER NOT NULL CHECK (present >= 0 AND present <= delegates),
    actor      TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX party_meetings_territory ON party_meetings (territory, held);
CREATE INDEX party_meetings_held ON party_meetings (held, id);

CREATE TABLE agenda_items (
    meeting_id TEXT NOT NULL REFERENCES party_meetings (id),
    pos        INTEGER NOT NULL CHECK (pos > 0),
    title_ru   TEXT NOT NULL,
    title_kk   TEXT NOT NULL DEFAULT '',
    title_en   TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL CHECK (kind IN ('report', 'election', 'decision')),
    body       TEXT NOT NULL DEFAULT '' CHECK (body IN ('', 'chair', 'political_council', 'bureau', 'audit_commission')),
    seats      INTEGER NOT NULL DEFAULT 0,
    qualified  BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (meeting_id, pos)
);

-- Every record of an item's vote, seq 1 the first; the last is in force.
CREATE TABLE agenda_votes (
    meeting_id TEXT NOT NULL,
    pos        INTEGER NOT NULL,
    seq        INTEGER NOT NULL CHECK (seq > 0),
    votes_for  INTEGER NOT NULL CHECK (votes_for >= 0),
    against    INTEGER NOT NULL CHECK (against >= 0),
    abstained  INTEGER NOT NULL CHECK (abstained >= 0),
    needed     INTEGER NOT NULL,
    passed     BOOLEAN NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    actor      TEXT NOT NULL,
    at         TIMESTAMP NOT NULL,
    PRIMARY KEY (meeting_id, pos, seq),
    FOREIGN KEY (meeting_id, pos) REFERENCES agenda_items (meeting_id, pos)
);

-- The members a vote's record elected.
CREATE TABLE elected_members (
    meeting_id TEXT NOT NULL,
    pos        INTEGER NOT NULL,
    seq        INTEGER NOT NULL,
    member_id  TEXT NOT NULL REFERENCES members (id),
    votes      INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (meeting_id, pos, seq, member_id),
    FOREIGN KEY (meeting_id, pos, seq) REFERENCES agenda_votes (meeting_id, pos, seq)
);
CREATE INDEX elected_members_member ON elected_members (member_id);

CREATE TABLE party_awards (
    id         TEXT PRIMARY KEY,
    member_id  TEXT NOT NULL REFERENCES members (id),
    territory  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('medal', 'certificate_of_honour', 'letter_of_thanks')),
    awarded    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    meeting_id TEXT REFERENCES party_meetings (id),
    decree     TEXT NOT NULL DEFAULT '',
    actor      TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX party_awards_member ON party_awards (member_id, awarded);
CREATE INDEX party_awards_territory ON party_awards (territory, awarded);
