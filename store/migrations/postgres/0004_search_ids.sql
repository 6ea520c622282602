-- Nothing to do on PostgreSQL: its search table is keyed by the appeal's id
-- (the SQLite store gets a table of search keys in this version).
SELECT 1;
