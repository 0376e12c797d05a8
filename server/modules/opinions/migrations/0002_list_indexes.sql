-- Indexes for the clerk's list and the public submission queue at 1,000,000 opinions
-- (bench/opinions.sh, docs/bench-opinions.md).

-- The list filters on the case (state, open, deadline) and on the opinion (category, town);
-- with a state given, the cases are found in deadline order by this index alone, overdue ones
-- as one range (the engine's (kind, state, deadline) and (kind, closed_at, deadline) each
-- cover only part of the filter).
CREATE INDEX cases_kind_state_open_deadline ON cases (kind, state, closed_at, deadline);

-- Each such case is then checked against the opinion's own filters: one probe of this small
-- covering index instead of the case_id unique index plus the wide table row. It also serves
-- the submission queue's count (registered cases whose channel is online) and the list's join
-- to the workstation.
CREATE INDEX opinions_case_facets ON opinions (case_id, category, town, channel, workstation_id);
