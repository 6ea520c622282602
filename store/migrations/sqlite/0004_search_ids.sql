-- The search index was keyed by the appeals table's implicit rowid, which
-- VACUUM may renumber (its primary key is text). It is keyed now by the
-- integer primary key of a table of its own, which VACUUM keeps.
CREATE TABLE appeal_search_ids (
    n         INTEGER PRIMARY KEY,
    appeal_id TEXT NOT NULL UNIQUE REFERENCES appeals (id)
);
INSERT INTO appeal_search_ids (n, appeal_id) SELECT rowid, id FROM appeals;
