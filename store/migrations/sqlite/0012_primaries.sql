-- The personnel reserve, the party's primaries with their candidates and
-- votes, and the candidate lists drawn up from them with their approvals.

-- A member in the reserve for the posts of one level on one territory. A
-- member is in the reserve once for a level and territory at a time; the
-- entries of those who left it stay, closed.
CREATE TABLE reserve_entries (
    id          TEXT PRIMARY KEY,
    member_id   TEXT NOT NULL REFERENCES members (id),
    level       TEXT NOT NULL CHECK (level IN ('republic', 'oblast', 'city', 'district', 'rural')),
    territory   TEXT NOT NULL REFERENCES territories (code),
    since       TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('primary', 'recommendation', 'competition', 'school', 'other')),
    primary_id  TEXT,
    note        TEXT NOT NULL DEFAULT '',
    left_on     TEXT,
    left_reason TEXT NOT NULL DEFAULT '',
    left_note   TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX reserve_entries_active ON reserve_entries (member_id, level, territory) WHERE left_on IS NULL;
CREATE INDEX reserve_entries_territory ON reserve_entries (territory, level);
CREATE INDEX reserve_entries_primary ON reserve_entries (primary_id);

CREATE TABLE primaries (
    id            TEXT PRIMARY KEY,
    title_ru      TEXT NOT NULL,
    title_kk      TEXT NOT NULL DEFAULT '',
    title_en      TEXT NOT NULL DEFAULT '',
    territory     TEXT NOT NULL REFERENCES territories (code),
    election_kind TEXT NOT NULL CHECK (election_kind IN ('mazhilis', 'oblast', 'city', 'district', 'rural_akim')),
    opens         TEXT NOT NULL,
    closes        TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    actor         TEXT NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    closed_at     TIMESTAMP,
    version       INTEGER NOT NULL
);
CREATE INDEX primaries_territory ON primaries (territory, closes);

-- A member standing in a primary; seq is the order they were added in,
-- which keeps equal votes in a stable order.
CREATE TABLE primary_candidates (
    primary_id TEXT NOT NULL REFERENCES primaries (id),
    member_id  TEXT NOT NULL REFERENCES members (id),
    seq        INTEGER NOT NULL,
    votes      INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    PRIMARY KEY (primary_id, member_id)
);
CREATE INDEX primary_candidates_member ON primary_candidates (member_id);

CREATE TABLE candidate_lists (
    id            TEXT PRIMARY KEY,
    primary_id    TEXT REFERENCES primaries (id),
    territory     TEXT NOT NULL REFERENCES territories (code),
    title_ru      TEXT NOT NULL,
    title_kk      TEXT NOT NULL DEFAULT '',
    title_en      TEXT NOT NULL DEFAULT '',
    election_kind TEXT NOT NULL CHECK (election_kind IN ('mazhilis', 'oblast', 'city', 'district', 'rural_akim')),
    election_day  TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
    actor         TEXT NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL,
    version       INTEGER NOT NULL
);
CREATE INDEX candidate_lists_territory ON candidate_lists (territory, election_day);

-- The places of a list, from 1. Disability is recorded from the
-- candidate's documents (it does not follow from the IIN): personal data.
CREATE TABLE candidate_list_entries (
    list_id    TEXT NOT NULL REFERENCES candidate_lists (id),
    position   INTEGER NOT NULL CHECK (position >= 1),
    member_id  TEXT NOT NULL REFERENCES members (id),
    disability BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (list_id, position),
    UNIQUE (list_id, member_id)
);
CREATE INDEX candidate_list_entries_member ON candidate_list_entries (member_id);

-- A list's approval: who approved it, when, with the youth age in force
-- and the quota report as it stood (JSON). A refused approval stores
-- nothing.
CREATE TABLE list_approvals (
    list_id   TEXT PRIMARY KEY REFERENCES candidate_lists (id),
    actor     TEXT NOT NULL,
    at        TIMESTAMP NOT NULL,
    youth_age INTEGER NOT NULL,
    report    TEXT NOT NULL
);

-- Every version of a list's places: who wrote it and when, how many
-- places and disability marks it had, and whose mark it set or took away
-- (a mark lifts the combined quota and is not in any record but this).
CREATE TABLE list_changes (
    list_id  TEXT NOT NULL REFERENCES candidate_lists (id),
    version  INTEGER NOT NULL,
    actor    TEXT NOT NULL,
    at       TIMESTAMP NOT NULL,
    places   INTEGER NOT NULL,
    disabled INTEGER NOT NULL,
    marked   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (list_id, version)
);
