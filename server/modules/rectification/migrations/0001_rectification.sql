-- The rectification ledger (整改台账, R5.1): each item is a case of kind 'rectification' in the
-- case engine (state, deadline, events); this table holds the item's own fields keyed by the
-- case id.
-- source: patrol | audit | self | superior | satisfaction. source_ref: the object it was taken
-- from ('finding:12', 'project:3'), unique so an intake never creates an item twice.
-- org_unit_id: the responsible unit (the data scope of branch officers). state and deadline
-- mirror the case's (written in the same transaction) so the leader's progress view reads one
-- covering index; the overdue status is computed from deadline and today, never stored.
CREATE TABLE rectification_items (
  case_id BIGINT PRIMARY KEY REFERENCES cases (id),
  source TEXT NOT NULL,
  source_ref TEXT UNIQUE,
  problem TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  org_unit_id BIGINT NOT NULL REFERENCES org_units (id),
  person_name TEXT NOT NULL DEFAULT '',
  measures TEXT NOT NULL DEFAULT '',
  start_on TEXT NOT NULL,
  deadline TEXT NOT NULL,
  state TEXT NOT NULL,
  evidence_required BIGINT NOT NULL DEFAULT 1,
  completion_note TEXT NOT NULL DEFAULT '',
  completed_by BIGINT,
  completed_by_name TEXT NOT NULL DEFAULT '',
  completed_on TEXT,
  verified_by BIGINT,
  verified_by_name TEXT NOT NULL DEFAULT '',
  verified_on TEXT,
  verify_note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
-- The progress view: one scan of this covering index groups by unit, source and state and
-- counts the overdue ones by deadline (bench/rectification.sh).
CREATE INDEX rectification_progress ON rectification_items (org_unit_id, source, state, deadline);
-- The status filters of the list.
CREATE INDEX rectification_state_deadline ON rectification_items (state, deadline);
-- The open items in deadline order: the overdue ones are its first range, so the overdue list
-- (most overdue first, LIMIT 20) reads a few index entries instead of sorting every overdue
-- item. Queries repeat the predicate literally so both databases can use it.
CREATE INDEX rectification_open_deadline ON rectification_items (deadline, case_id)
  WHERE state IN ('not_started', 'in_progress');
CREATE INDEX rectification_deadline ON rectification_items (deadline);

-- 举一反三: related items, stored once per pair with item_id < related_id.
CREATE TABLE rectification_links (
  item_id BIGINT NOT NULL REFERENCES cases (id),
  related_id BIGINT NOT NULL REFERENCES cases (id),
  created_at BIGINT NOT NULL,
  PRIMARY KEY (item_id, related_id)
);
CREATE INDEX rectification_links_related ON rectification_links (related_id);

-- Dated progress reports (阶段性进展).
CREATE TABLE rectification_reports (
  id {{id}},
  item_id BIGINT NOT NULL REFERENCES cases (id),
  report_on TEXT NOT NULL,
  text TEXT NOT NULL,
  by_user BIGINT,
  by_name TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX rectification_reports_item ON rectification_reports (item_id, report_on);
