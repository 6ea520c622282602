-- Membership periods, so that the statistics of a past day stay as they
-- were: one row per stretch of a member in one primary organisation, from
-- the day it began (admitted, admitted again, moved in) to the day it
-- ended (left, moved out). A member who left and came back, or moved to
-- another oblast, counts where and when they were.
--
-- The statistics keep a copy of these rows in memory and catch up with
-- what changed: every transaction that writes member spans or
-- organisations takes the next number of member_clock first (its row lock
-- makes such transactions commit in the clock's order) and stamps the rows
-- with it, so "rev > the last number read" is exactly what is new.

CREATE TABLE member_clock (
    n BIGINT NOT NULL
);
INSERT INTO member_clock (n) VALUES (1);

CREATE TABLE member_spans (
    id         TEXT PRIMARY KEY,
    member_id  TEXT NOT NULL REFERENCES members (id),
    org_id     TEXT NOT NULL REFERENCES primary_orgs (id),
    territory  TEXT NOT NULL,
    sex        TEXT NOT NULL CHECK (sex IN ('m', 'f')),
    birth_date TEXT NOT NULL,
    from_day   TEXT NOT NULL,
    to_day     TEXT,
    started    TEXT NOT NULL CHECK (started IN ('admitted', 'readmitted', 'transferred')),
    ended      TEXT CHECK (ended IN ('left', 'transferred')),
    suspended  BOOLEAN NOT NULL DEFAULT FALSE,
    youth_wing BOOLEAN NOT NULL DEFAULT FALSE,
    rev        BIGINT NOT NULL
);
CREATE INDEX member_spans_member ON member_spans (member_id, from_day);
CREATE INDEX member_spans_rev ON member_spans (rev);

ALTER TABLE primary_orgs ADD COLUMN rev BIGINT NOT NULL DEFAULT 1;
CREATE INDEX primary_orgs_rev ON primary_orgs (rev);

-- The members stored before: one period each, from joining to leaving.
INSERT INTO member_spans (id, member_id, org_id, territory, sex, birth_date, from_day, to_day, started, ended, suspended, youth_wing, rev)
SELECT id, id, org_id, territory, sex, birth_date, joined, left_on, 'admitted',
       CASE WHEN left_on IS NULL THEN NULL ELSE 'left' END, status = 'suspended', youth_wing, 1
FROM members;

-- A list of members by name over the whole country walks this index in
-- order rather than sorting everyone.
CREATE INDEX members_name ON members (name_key, id);
