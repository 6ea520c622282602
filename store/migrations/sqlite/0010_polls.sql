-- Public polls: the question and its options with their vote counts, kept
-- in the transaction that takes each vote; the votes themselves, each
-- stored under its voter key (an HMAC of the poll's id and the voter's IIN,
-- senim.VoterKey) and never with the IIN or the voter's address; and the
-- secret the keys are signed with when the store keeps it itself.

CREATE TABLE polls (
    id          TEXT PRIMARY KEY,
    question_ru TEXT NOT NULL,
    question_kk TEXT NOT NULL DEFAULT '',
    question_en TEXT NOT NULL DEFAULT '',
    territory   TEXT NOT NULL REFERENCES territories (code),
    opens       TEXT NOT NULL,
    closes      TEXT NOT NULL,
    closed_on   TEXT,
    closed_by   TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    CHECK (closes >= opens)
);
CREATE INDEX polls_territory ON polls (territory, closes);

CREATE TABLE poll_options (
    poll_id TEXT NOT NULL REFERENCES polls (id),
    id      INTEGER NOT NULL CHECK (id BETWEEN 1 AND 10),
    text_ru TEXT NOT NULL,
    text_kk TEXT NOT NULL DEFAULT '',
    text_en TEXT NOT NULL DEFAULT '',
    votes   INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    PRIMARY KEY (poll_id, id)
);

-- One row a vote: the key is unique in its poll, which is the rule of one
-- vote per person. No row id: rows sit in the order of their keys, not of
-- their arrival. at is the hour of the vote, not the second, so that a
-- vote cannot be matched to a request in a web server's log by its time.
CREATE TABLE poll_votes (
    poll_id   TEXT NOT NULL,
    voter_key TEXT NOT NULL CHECK (length(voter_key) = 64),
    option_id INTEGER NOT NULL,
    at        TIMESTAMP NOT NULL,
    PRIMARY KEY (poll_id, voter_key),
    FOREIGN KEY (poll_id, option_id) REFERENCES poll_options (poll_id, id)
) WITHOUT ROWID;

-- The voter keys' secret: one row. secret is the store's own (hex), made on
-- the first vote, or empty when the secret is kept outside the database
-- (SENIM_POLL_SECRET_FILE); fingerprint tells whether the secret in use is
-- still the one the open polls' votes were signed with.
CREATE TABLE poll_secret (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    secret      TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
