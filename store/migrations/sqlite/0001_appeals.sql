-- The appeals core: territories, offices, executive bodies, categories,
-- appeals with their events, running totals, staff and API keys.

CREATE TABLE territories (
    code    TEXT PRIMARY KEY,
    parent  TEXT NOT NULL,
    level   INTEGER NOT NULL,
    name_ru TEXT NOT NULL,
    name_kk TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX territories_parent ON territories (parent, code);

CREATE TABLE categories (
    code        TEXT PRIMARY KEY,
    name_ru     TEXT NOT NULL,
    name_kk     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    answer_days INTEGER NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE offices (
    id        TEXT PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    territory TEXT NOT NULL REFERENCES territories (code),
    name_ru   TEXT NOT NULL,
    name_kk   TEXT NOT NULL,
    name_en   TEXT NOT NULL DEFAULT '',
    address   TEXT NOT NULL DEFAULT '',
    hours     TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT '',
    lat       REAL NOT NULL DEFAULT 0,
    lon       REAL NOT NULL DEFAULT 0
);
CREATE INDEX offices_territory ON offices (territory);

CREATE TABLE bodies (
    id        TEXT PRIMARY KEY,
    territory TEXT NOT NULL REFERENCES territories (code),
    name_ru   TEXT NOT NULL,
    name_kk   TEXT NOT NULL,
    name_en   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bodies_territory ON bodies (territory);

CREATE TABLE office_numbers (
    office_id TEXT NOT NULL REFERENCES offices (id),
    year      INTEGER NOT NULL,
    last      INTEGER NOT NULL,
    PRIMARY KEY (office_id, year)
);

CREATE TABLE appeals (
    id                TEXT PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    office_id         TEXT NOT NULL REFERENCES offices (id),
    territory         TEXT NOT NULL REFERENCES territories (code),
    category          TEXT NOT NULL REFERENCES categories (code),
    channel           TEXT NOT NULL,
    applicant_name    TEXT NOT NULL,
    applicant_iin     TEXT NOT NULL DEFAULT '',
    applicant_phone   TEXT NOT NULL DEFAULT '',
    applicant_email   TEXT NOT NULL DEFAULT '',
    applicant_address TEXT NOT NULL DEFAULT '',
    text              TEXT NOT NULL,
    consent_publish   BOOLEAN NOT NULL,
    status            TEXT NOT NULL,
    outcome           TEXT NOT NULL DEFAULT '',
    received_on       TEXT NOT NULL,
    deadline          TEXT NOT NULL,
    forward_by        TEXT NOT NULL,
    body_id           TEXT REFERENCES bodies (id),
    answered_on       TEXT,
    closed_on         TEXT,
    answer_days       INTEGER NOT NULL DEFAULT 0,
    extended          BOOLEAN NOT NULL DEFAULT FALSE,
    rating            INTEGER NOT NULL DEFAULT 0,
    tracking_hash     TEXT NOT NULL,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL,
    version           INTEGER NOT NULL
);
CREATE INDEX appeals_received ON appeals (received_on, id);
CREATE INDEX appeals_territory ON appeals (territory, received_on);
CREATE INDEX appeals_office ON appeals (office_id, received_on);
CREATE INDEX appeals_deadline ON appeals (deadline) WHERE status IN ('registered', 'in_work', 'forwarded');

CREATE TABLE appeal_events (
    id          TEXT PRIMARY KEY,
    appeal_id   TEXT NOT NULL REFERENCES appeals (id),
    seq         INTEGER NOT NULL,
    territory   TEXT NOT NULL,
    action      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    at          TIMESTAMP NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status   TEXT NOT NULL,
    data        TEXT NOT NULL,
    UNIQUE (appeal_id, seq)
);

-- Running totals per territory (every level), month of receipt, dimension and key.
CREATE TABLE appeal_totals (
    territory TEXT NOT NULL,
    month     TEXT NOT NULL,
    dim       TEXT NOT NULL,
    key       TEXT NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (territory, month, dim, key)
);

-- Full-text index of appeals' text and applicant's name: contentless, keyed
-- by the appeal's rowid; the text is folded (lower case, ё → е) before.
CREATE VIRTUAL TABLE appeal_search USING fts5 (
    body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
);

-- Administrator-entered calendar: transfers of days off, Kurban Ait dates.
CREATE TABLE calendar_days (
    day  TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('working', 'off', 'kurban')),
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    territory     TEXT NOT NULL REFERENCES territories (code),
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMP NOT NULL
);

CREATE TABLE api_keys (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    territory  TEXT NOT NULL REFERENCES territories (code),
    hash       TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);

-- Every look at an applicant's personal data by staff.
CREATE TABLE personal_data_views (
    id        TEXT PRIMARY KEY,
    actor     TEXT NOT NULL,
    appeal_id TEXT NOT NULL REFERENCES appeals (id),
    territory TEXT NOT NULL,
    at        TIMESTAMP NOT NULL
);
CREATE INDEX personal_data_views_appeal ON personal_data_views (appeal_id, at);
