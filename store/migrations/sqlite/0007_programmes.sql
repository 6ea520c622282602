-- The election programme under control: programmes of territories with
-- their directions, indicators (with the last measurement kept beside them
-- so that a page of many programmes reads one row per indicator), measures,
-- measurements and history; uploaded files; public councils with members,
-- meetings and the issues they raise, taken under control.

CREATE TABLE files (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE programmes (
    id          TEXT PRIMARY KEY,
    territory   TEXT NOT NULL REFERENCES territories (code),
    title_ru    TEXT NOT NULL,
    title_kk    TEXT NOT NULL DEFAULT '',
    title_en    TEXT NOT NULL DEFAULT '',
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    adopted     TEXT NOT NULL,
    version     INTEGER NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX programmes_territory ON programmes (territory);

CREATE TABLE directions (
    id           TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    position     INTEGER NOT NULL,
    title_ru     TEXT NOT NULL,
    title_kk     TEXT NOT NULL DEFAULT '',
    title_en     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX directions_programme ON directions (programme_id, position);

CREATE TABLE indicators (
    id             TEXT PRIMARY KEY,
    programme_id   TEXT NOT NULL REFERENCES programmes (id),
    direction_id   TEXT NOT NULL REFERENCES directions (id),
    position       INTEGER NOT NULL,
    name_ru        TEXT NOT NULL,
    name_kk        TEXT NOT NULL DEFAULT '',
    name_en        TEXT NOT NULL DEFAULT '',
    unit           TEXT NOT NULL,
    baseline_value REAL NOT NULL,
    baseline_on    TEXT NOT NULL,
    target_value   REAL NOT NULL,
    target_on      TEXT NOT NULL,
    higher_better  INTEGER NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    weight         REAL NOT NULL,
    last_id        TEXT,
    last_value     REAL,
    last_as_of     TEXT,
    version        INTEGER NOT NULL
);
CREATE INDEX indicators_programme ON indicators (programme_id, position);

CREATE TABLE measurements (
    id           TEXT PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES indicators (id),
    value        REAL NOT NULL,
    as_of        TEXT NOT NULL,
    source       TEXT NOT NULL,
    link         TEXT NOT NULL DEFAULT '',
    file_id      TEXT REFERENCES files (id),
    actor        TEXT NOT NULL,
    at           TIMESTAMP NOT NULL
);
CREATE INDEX measurements_indicator ON measurements (indicator_id, as_of, at);

CREATE TABLE measures (
    id           TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    direction_id TEXT NOT NULL REFERENCES directions (id),
    position     INTEGER NOT NULL,
    text         TEXT NOT NULL,
    body_id      TEXT NOT NULL REFERENCES bodies (id),
    deadline     TEXT NOT NULL,
    status       TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL
);
CREATE INDEX measures_programme ON measures (programme_id, position);

CREATE TABLE programme_events (
    id           TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    seq          INTEGER NOT NULL,
    subject      TEXT NOT NULL DEFAULT '',
    action       TEXT NOT NULL,
    actor        TEXT NOT NULL,
    at           TIMESTAMP NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (programme_id, seq)
);
CREATE INDEX programme_events_subject ON programme_events (subject, seq);

CREATE TABLE councils (
    id           TEXT PRIMARY KEY,
    territory    TEXT NOT NULL REFERENCES territories (code),
    name_ru      TEXT NOT NULL,
    name_kk      TEXT NOT NULL DEFAULT '',
    name_en      TEXT NOT NULL DEFAULT '',
    direction_id TEXT REFERENCES directions (id),
    created      TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX councils_territory ON councils (territory);

CREATE TABLE council_members (
    id         TEXT PRIMARY KEY,
    council_id TEXT NOT NULL REFERENCES councils (id),
    person_id  TEXT NOT NULL REFERENCES persons (id),
    role       TEXT NOT NULL,
    since      TEXT NOT NULL,
    until      TEXT
);
CREATE INDEX council_members_council ON council_members (council_id);

CREATE TABLE meetings (
    id         TEXT PRIMARY KEY,
    council_id TEXT NOT NULL REFERENCES councils (id),
    held_on    TEXT NOT NULL,
    agenda     TEXT NOT NULL,
    minutes    TEXT NOT NULL DEFAULT '',
    file_id    TEXT REFERENCES files (id),
    attended   INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX meetings_council ON meetings (council_id, held_on);

CREATE TABLE issues (
    id          TEXT PRIMARY KEY,
    council_id  TEXT NOT NULL REFERENCES councils (id),
    meeting_id  TEXT REFERENCES meetings (id),
    territory   TEXT NOT NULL REFERENCES territories (code),
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL,
    taken       TEXT NOT NULL,
    deadline    TEXT NOT NULL,
    status      TEXT NOT NULL,
    closed      TEXT,
    result      TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX issues_territory ON issues (territory, taken);
CREATE INDEX issues_council ON issues (council_id, taken);
CREATE INDEX issues_deadline ON issues (status, deadline);

-- What an issue is about: appeals by number, indicators by id.
CREATE TABLE issue_links (
    issue_id TEXT NOT NULL REFERENCES issues (id),
    kind     TEXT NOT NULL CHECK (kind IN ('appeal', 'indicator')),
    ref      TEXT NOT NULL,
    PRIMARY KEY (issue_id, kind, ref)
);
CREATE INDEX issue_links_ref ON issue_links (kind, ref);

CREATE TABLE issue_events (
    id       TEXT PRIMARY KEY,
    issue_id TEXT NOT NULL REFERENCES issues (id),
    seq      INTEGER NOT NULL,
    action   TEXT NOT NULL,
    actor    TEXT NOT NULL,
    at       TIMESTAMP NOT NULL,
    status   TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    UNIQUE (issue_id, seq)
);
