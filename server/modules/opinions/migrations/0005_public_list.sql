-- The public list of handled opinions reads closed opinions newest first. It joined cases on
-- the case's state and sorted every closed case (250 ms at 100,000 opinions); the opinion's own
-- copy of state and closing time (0004) with this index gives the total and the page in index
-- order (case_id is the tie-break; it is not SQLite's rowid, so it is in the index).
CREATE INDEX opinions_public_closed ON opinions (state, closed_at, case_id);
-- Visitors narrow the list by their town or street.
CREATE INDEX opinions_public_town ON opinions (state, town, closed_at, case_id);
