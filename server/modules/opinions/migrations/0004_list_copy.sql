-- The clerk's list at 1,000,000 opinions (bench/opinions.sh): status + category + town +
-- overdue, sorted by deadline. The filters lived in two tables (state and deadline on cases,
-- category and town here), so counting the matches probed every overdue case of the state.
-- The opinion row now carries copies of its case's state, deadline and closing time, kept
-- current by the case engine in the same transaction as every step (Workflow::mirror_table),
-- and one index answers the filter, the total and the order.
ALTER TABLE opinions ADD COLUMN state TEXT NOT NULL DEFAULT '';
ALTER TABLE opinions ADD COLUMN deadline TEXT;
ALTER TABLE opinions ADD COLUMN closed_at BIGINT;
UPDATE opinions SET state = (SELECT c.state FROM cases c WHERE c.id = opinions.case_id),
  deadline = (SELECT c.deadline FROM cases c WHERE c.id = opinions.case_id),
  closed_at = (SELECT c.closed_at FROM cases c WHERE c.id = opinions.case_id);
CREATE INDEX opinions_list_state ON opinions (state, category, town, closed_at, deadline);
-- Without a status filter (e.g. "all overdue"): open ones by deadline.
CREATE INDEX opinions_list_open ON opinions (closed_at, deadline);
-- The index 0002 added for the list on cases is no longer used by it.
DROP INDEX cases_kind_state_open_deadline;
-- The public submission's queue check counts the unclassified online submissions (at most
-- opinions.public_queue_max of them) as one range of this index alone; without it the planner
-- walked every online opinion through (channel, handling) and read each row's state.
CREATE INDEX opinions_public_queue ON opinions (state, channel);
