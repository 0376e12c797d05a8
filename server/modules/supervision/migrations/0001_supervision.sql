-- Supervision work (R7): the year's items (执法检查, 专题调研, 听取和审议专项工作报告, 预算联网监督)
-- with their target body, schedule, participants and report; the deliberation opinions
-- (审议意见) sent to a body, which are cases of kind 'deliberation' on the case engine, with
-- the body's replies and the committee members' satisfaction ratings; committee hearings.

-- kind: law_inspection | research | work_report | budget_network.
-- target_kind: government | supervision_commission | court | procuratorate | department
-- (then target_department_id is a row of the opinions module's departments table).
-- status: planned | under_way | done. Dates YYYY-MM-DD or ''.
CREATE TABLE supervision_items (
  id {{id}},
  year BIGINT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  target_kind TEXT NOT NULL,
  target_department_id BIGINT,
  target_name TEXT NOT NULL,
  committee TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL DEFAULT '',
  ends_on TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  report TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX supervision_items_year ON supervision_items (year, kind);

-- role: deputy (人大代表) | member (常委会组成人员).
CREATE TABLE supervision_participants (
  item_id BIGINT NOT NULL REFERENCES supervision_items (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  role TEXT NOT NULL,
  PRIMARY KEY (item_id, person_id)
);

-- A deliberation opinion: the case (cases.kind = 'deliberation') and what was sent.
CREATE TABLE supervision_opinions (
  case_id BIGINT PRIMARY KEY REFERENCES cases (id),
  item_id BIGINT NOT NULL REFERENCES supervision_items (id),
  content TEXT NOT NULL,
  sent_on TEXT NOT NULL
);
CREATE INDEX supervision_opinions_item ON supervision_opinions (item_id);

CREATE TABLE supervision_replies (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  content TEXT NOT NULL,
  replied_on TEXT NOT NULL,
  by_user BIGINT,
  by_name TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX supervision_replies_case ON supervision_replies (case_id, id);

-- One rating per committee member (user) and opinion; rating: satisfied | basic | unsatisfied.
CREATE TABLE supervision_ratings (
  case_id BIGINT NOT NULL REFERENCES cases (id),
  user_id BIGINT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  rating TEXT NOT NULL,
  rated_at BIGINT NOT NULL,
  PRIMARY KEY (case_id, user_id)
);

-- A committee's hearing (R7.3), e.g. the agriculture committee hearing the government's
-- report on poverty alleviation.
CREATE TABLE supervision_hearings (
  id {{id}},
  committee TEXT NOT NULL,
  held_on TEXT NOT NULL,
  topic TEXT NOT NULL,
  participants TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX supervision_hearings_committee ON supervision_hearings (committee, held_on);
