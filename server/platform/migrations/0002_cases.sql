-- The case engine (platform/cases): cases that move through a module's workflow with an
-- assignee and a deadline, their append-only event list, and the working-day calendar.

-- kind: the workflow (opinion, suggestion, …); ref_no: the number people quote; assignee_kind:
-- unit | department | deputy | user | ''; deadline: YYYY-MM-DD of the step under way;
-- parent_id: split from; merged_into: a duplicate merged into that case.
CREATE TABLE cases (
  id {{id}},
  kind TEXT NOT NULL,
  ref_no TEXT NOT NULL UNIQUE,
  state TEXT NOT NULL,
  title TEXT NOT NULL,
  assignee_kind TEXT NOT NULL DEFAULT '',
  assignee_id BIGINT,
  assignee_name TEXT NOT NULL DEFAULT '',
  deadline TEXT,
  reopened BIGINT NOT NULL DEFAULT 0,
  satisfaction TEXT,
  parent_id BIGINT REFERENCES cases (id),
  merged_into BIGINT REFERENCES cases (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  closed_at BIGINT
);
CREATE INDEX cases_kind_state_deadline ON cases (kind, state, deadline);
CREATE INDEX cases_kind_open_deadline ON cases (kind, closed_at, deadline);

CREATE TABLE case_events (
  case_id BIGINT NOT NULL REFERENCES cases (id),
  seq BIGINT NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT NOT NULL,
  to_state TEXT NOT NULL,
  actor_user_id BIGINT,
  actor_name TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  deadline TEXT,
  at BIGINT NOT NULL,
  PRIMARY KEY (case_id, seq)
);

-- kind: holiday (a day off, even on a weekday) | workday (a weekend day worked, 调休上班).
CREATE TABLE work_calendar (
  day TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT ''
);
