-- Elections and their official results by constituency: one row per
-- candidate per constituency, and one per party's list votes (see
-- senim.ElectionResult); the log of the imports that wrote them; and the
-- staff's exports of the results with the candidates' IINs.

-- One election of a kind on a territory a day: the Mazhilis, a
-- maslikhat, or a round of the direct elections of rural akims.
CREATE TABLE elections (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('mazhilis', 'oblast', 'city', 'district', 'rural_akim')),
    territory   TEXT NOT NULL REFERENCES territories (code),
    held        DATE NOT NULL,
    name_ru     TEXT NOT NULL,
    name_kk     TEXT NOT NULL DEFAULT '',
    name_en     TEXT NOT NULL DEFAULT '',
    convocation INTEGER NOT NULL DEFAULT 0,
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
-- The previous election of a kind on a territory is the last before a day.
CREATE UNIQUE INDEX elections_kind ON elections (kind, territory, held);
-- Lists by territory, and the maslikhats of all levels elected on one day.
CREATE INDEX elections_territory ON elections (territory, held);
CREATE INDEX elections_held ON elections (held, territory);

-- The rows of the last import, in the order of the file (seq from 1). An
-- import replaces them as a whole. sex and birth_date come from the IIN
-- when there is one; incumbent is as the file says it (the reads add
-- those elected in the previous election of the kind and territory).
CREATE TABLE election_results (
    election_id  TEXT NOT NULL REFERENCES elections (id),
    seq          INTEGER NOT NULL,
    constituency TEXT NOT NULL,
    territory    TEXT NOT NULL REFERENCES territories (code),
    candidate    TEXT NOT NULL DEFAULT '',
    iin          TEXT NOT NULL DEFAULT '',
    birth_date   DATE,
    sex          TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'm', 'f')),
    party        TEXT NOT NULL DEFAULT '',
    votes        INTEGER NOT NULL CHECK (votes >= 0),
    elected      BOOLEAN NOT NULL,
    incumbent    BOOLEAN NOT NULL,
    PRIMARY KEY (election_id, seq)
);
-- A territory's subtree of one election is a range of this index.
CREATE INDEX election_results_territory ON election_results (election_id, territory);

-- Every import of an election's results: who, when, how many rows, and
-- how many rows of the earlier import it replaced. The replaced rows
-- themselves are not kept.
CREATE TABLE election_imports (
    election_id TEXT NOT NULL REFERENCES elections (id),
    seq         INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    row_count   INTEGER NOT NULL,
    elected     INTEGER NOT NULL,
    replaced    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (election_id, seq)
);

-- Every export of results with the candidates' IINs by staff: the rows of
-- a territory's subtree of an election.
CREATE TABLE election_views (
    id          TEXT PRIMARY KEY,
    election_id TEXT NOT NULL REFERENCES elections (id),
    actor       TEXT NOT NULL,
    what        TEXT NOT NULL,
    territory   TEXT NOT NULL,
    row_count   INTEGER NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX election_views_election ON election_views (election_id, at);
