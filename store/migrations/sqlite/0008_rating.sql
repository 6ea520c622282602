-- The public rating of deputies: parties, representative bodies, deputies
-- (each an official with the role "deputy", so their receptions and the
-- appeals registered there are theirs), the methodology's versions, and the
-- runs that computed a period's scores, kept as they were computed.

CREATE TABLE parties (
    code     TEXT PRIMARY KEY,
    name_ru  TEXT NOT NULL,
    name_kk  TEXT NOT NULL DEFAULT '',
    name_en  TEXT NOT NULL DEFAULT '',
    own      BOOLEAN NOT NULL DEFAULT FALSE,
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE assemblies (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('mazhilis', 'oblast', 'city', 'district')),
    territory   TEXT NOT NULL REFERENCES territories (code),
    name_ru     TEXT NOT NULL,
    name_kk     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    convocation INTEGER NOT NULL,
    seats       INTEGER NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX assemblies_territory ON assemblies (territory);

CREATE TABLE deputies (
    id           TEXT PRIMARY KEY REFERENCES officials (id),
    assembly_id  TEXT NOT NULL REFERENCES assemblies (id),
    convocation  INTEGER NOT NULL,
    constituency TEXT NOT NULL DEFAULT '',
    territory    TEXT NOT NULL REFERENCES territories (code),
    faction      TEXT REFERENCES parties (code),
    mandate      TEXT NOT NULL CHECK (mandate IN ('list', 'district')),
    elected      TEXT NOT NULL,
    until        TEXT,
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX deputies_assembly ON deputies (assembly_id);
CREATE INDEX deputies_territory ON deputies (territory);

-- Versions of the methodology: weights and priors' strengths by input,
-- as JSON objects. A pilot version is seen by staff only.
CREATE TABLE rating_methods (
    version      INTEGER PRIMARY KEY,
    status       TEXT NOT NULL CHECK (status IN ('pilot', 'published')),
    weights      TEXT NOT NULL,
    strength     TEXT NOT NULL,
    note_ru      TEXT NOT NULL,
    note_kk      TEXT NOT NULL DEFAULT '',
    note_en      TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    published_at TIMESTAMP
);

-- A run is one computation of a period by one version; computing the
-- period again appends a revision, never rewrites one.
CREATE TABLE rating_runs (
    id          TEXT PRIMARY KEY,
    period      TEXT NOT NULL,
    method      INTEGER NOT NULL REFERENCES rating_methods (version),
    revision    INTEGER NOT NULL,
    as_of       TEXT NOT NULL,
    priors      TEXT NOT NULL,
    deputies    INTEGER NOT NULL,
    changed     INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    computed_at TIMESTAMP NOT NULL,
    UNIQUE (period, method, revision)
);

-- Each deputy's records and score in a run; the breakdown follows from the
-- records, the run's priors and the method.
CREATE TABLE rating_scores (
    run_id        TEXT NOT NULL REFERENCES rating_runs (id),
    deputy_id     TEXT NOT NULL REFERENCES deputies (id),
    score         REAL NOT NULL,
    rank_assembly INTEGER NOT NULL,
    rank_region   INTEGER NOT NULL,
    rank_country  INTEGER NOT NULL,
    of_assembly   INTEGER NOT NULL,
    of_region     INTEGER NOT NULL,
    of_country    INTEGER NOT NULL,
    held          INTEGER NOT NULL,
    required      INTEGER NOT NULL,
    due           INTEGER NOT NULL,
    on_time       INTEGER NOT NULL,
    closed        INTEGER NOT NULL,
    solved        INTEGER NOT NULL,
    rated         INTEGER NOT NULL,
    rating_sum    INTEGER NOT NULL,
    indicators    INTEGER NOT NULL,
    on_track      INTEGER NOT NULL,
    issues        INTEGER NOT NULL,
    issues_solved INTEGER NOT NULL,
    PRIMARY KEY (run_id, deputy_id)
);
CREATE INDEX rating_scores_deputy ON rating_scores (deputy_id);

-- Council issues are counted by their deadline for the deputies of their
-- territory.
CREATE INDEX issues_due ON issues (deadline);
