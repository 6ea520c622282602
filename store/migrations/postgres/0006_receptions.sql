-- Receptions of citizens: the people who hold them and their posts, the
-- obligation of each kind of post, the receptions with their history, and
-- the link from a visitor's appeal to its reception and official.

-- A person is one record however many posts they hold; the deputies of the
-- rating point at the same record.
CREATE TABLE persons (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX persons_name ON persons (name);

-- Kinds of posts that hold receptions, with their obligation: at least
-- per_period receptions every period. Central staff change the numbers.
CREATE TABLE official_roles (
    code       TEXT PRIMARY KEY,
    name_ru    TEXT NOT NULL,
    name_kk    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    per_period INTEGER NOT NULL CHECK (per_period >= 0),
    period     TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'half', 'year')),
    position   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO official_roles (code, name_ru, name_kk, name_en, per_period, period, position) VALUES
    ('deputy', 'Депутат', 'Депутат', 'Deputy', 1, 'quarter', 1),
    ('akim', 'Аким', 'Әкім', 'Akim', 1, 'month', 2),
    ('deputy_akim', 'Заместитель акима', 'Әкімнің орынбасары', 'Deputy akim', 1, 'quarter', 3),
    ('party', 'Руководитель партии', 'Партия басшысы', 'Party official', 1, 'quarter', 4);

-- A person in a post: from since to until (NULL while in post).
CREATE TABLE officials (
    id         TEXT PRIMARY KEY,
    person_id  TEXT NOT NULL REFERENCES persons (id),
    role       TEXT NOT NULL REFERENCES official_roles (code),
    post       TEXT NOT NULL,
    territory  TEXT NOT NULL REFERENCES territories (code),
    since      DATE NOT NULL,
    until      DATE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX officials_territory ON officials (territory, role);
CREATE INDEX officials_person ON officials (person_id);

CREATE TABLE receptions (
    id            TEXT PRIMARY KEY,
    official_id   TEXT NOT NULL REFERENCES officials (id),
    office_id     TEXT NOT NULL REFERENCES offices (id),
    territory     TEXT NOT NULL REFERENCES territories (code),
    day           DATE NOT NULL,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL,
    format        TEXT NOT NULL,
    topic         TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL,
    consulted     INTEGER NOT NULL DEFAULT 0,
    appeals       INTEGER NOT NULL DEFAULT 0,
    cancel_reason TEXT NOT NULL DEFAULT '',
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       INTEGER NOT NULL
);
CREATE INDEX receptions_day ON receptions (day, starts_at, id);
CREATE INDEX receptions_territory ON receptions (territory, day);
CREATE INDEX receptions_office ON receptions (office_id, day);
CREATE INDEX receptions_official ON receptions (official_id, day);

CREATE TABLE reception_events (
    id           TEXT PRIMARY KEY,
    reception_id TEXT NOT NULL REFERENCES receptions (id),
    seq          INTEGER NOT NULL,
    action       TEXT NOT NULL,
    actor        TEXT NOT NULL,
    at           TIMESTAMPTZ NOT NULL,
    status       TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    UNIQUE (reception_id, seq)
);

-- Running totals of held receptions and their visitors per territory (every
-- level) and month of the reception, as appeal_totals for appeals.
CREATE TABLE reception_totals (
    territory TEXT NOT NULL,
    month     TEXT NOT NULL,
    key       TEXT NOT NULL,
    n         BIGINT NOT NULL,
    PRIMARY KEY (territory, month, key)
);

ALTER TABLE appeals ADD COLUMN reception_id TEXT REFERENCES receptions (id);
ALTER TABLE appeals ADD COLUMN official_id TEXT REFERENCES officials (id);
CREATE INDEX appeals_reception ON appeals (reception_id) WHERE reception_id IS NOT NULL;
CREATE INDEX appeals_official ON appeals (official_id, received_on) WHERE official_id IS NOT NULL;
