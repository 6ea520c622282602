-- The party itself: branches, primary organisations, members with their
-- history, who looked at a member's personal data, and the party's
-- settings (the age that counts as youth).

CREATE TABLE branches (
    id         TEXT PRIMARY KEY,
    level      TEXT NOT NULL CHECK (level IN ('central', 'oblast', 'city', 'district')),
    territory  TEXT NOT NULL REFERENCES territories (code),
    name_ru    TEXT NOT NULL,
    name_kk    TEXT NOT NULL DEFAULT '',
    name_en    TEXT NOT NULL DEFAULT '',
    chair      TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE UNIQUE INDEX branches_territory ON branches (territory, level);

CREATE TABLE primary_orgs (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('territorial', 'workplace')),
    territory  TEXT NOT NULL REFERENCES territories (code),
    workplace  TEXT NOT NULL DEFAULT '',
    founded    TEXT NOT NULL,
    closed     TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX primary_orgs_territory ON primary_orgs (territory);

CREATE TABLE members (
    id          TEXT PRIMARY KEY,
    iin         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    sex         TEXT NOT NULL CHECK (sex IN ('m', 'f')),
    birth_date  TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    org_id      TEXT NOT NULL REFERENCES primary_orgs (id),
    territory   TEXT NOT NULL,
    joined      TEXT NOT NULL,
    left_on     TEXT,
    left_reason TEXT NOT NULL DEFAULT '',
    left_note   TEXT NOT NULL DEFAULT '',
    youth_wing  BOOLEAN NOT NULL DEFAULT FALSE,
    status      TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'left')),
    name_key    TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL,
    version     INTEGER NOT NULL
);
CREATE INDEX members_territory ON members (territory, name_key);
CREATE INDEX members_org ON members (org_id);

-- A member's history; seq runs across all members, so that a reader can
-- ask what changed since it last looked.
CREATE TABLE member_events (
    seq       INTEGER PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES members (id),
    action    TEXT NOT NULL,
    actor     TEXT NOT NULL,
    at        TIMESTAMP NOT NULL,
    data      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX member_events_member ON member_events (member_id, seq);

-- Every look at members' personal data: one member's card, or an export
-- of many (member_id empty, members the count).
CREATE TABLE member_views (
    id        TEXT PRIMARY KEY,
    actor     TEXT NOT NULL,
    member_id TEXT NOT NULL DEFAULT '',
    members   INTEGER NOT NULL DEFAULT 1,
    what      TEXT NOT NULL,
    territory TEXT NOT NULL,
    at        TIMESTAMP NOT NULL
);
CREATE INDEX member_views_member ON member_views (member_id, at);
CREATE INDEX member_views_territory ON member_views (territory, at);

CREATE TABLE party_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO party_settings (key, value) VALUES ('youth_age', '35');
