-- Learning (R3): learning plans, 一月一法 (one law a month) with materials, study records,
-- optional quizzes and their attempts.

-- R3.1. A branch's learning plan for a year; planned_hours is the hours each member should
-- study in that year under the plan.
CREATE TABLE learning_plans (
  id {{id}},
  year BIGINT NOT NULL,
  org_unit_id BIGINT NOT NULL REFERENCES org_units (id),
  title TEXT NOT NULL,
  content TEXT NOT NULL DEFAULT '',
  planned_hours BIGINT NOT NULL DEFAULT 0,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX learning_plans_year_unit ON learning_plans (year, org_unit_id);

-- 一月一法: one law per month (month is 'YYYY-MM'); materials are links and text.
CREATE TABLE laws (
  id {{id}},
  month TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  materials TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- R3.2. Each study session a person records: of a law (law_id) or under a plan (plan_id).
-- Every record adds its minutes; a person's hours in a year are the sum of the records whose
-- studied_on (YYYY-MM-DD, China date) falls in that year.
CREATE TABLE study_records (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  law_id BIGINT REFERENCES laws (id),
  plan_id BIGINT REFERENCES learning_plans (id),
  minutes BIGINT NOT NULL,
  studied_on TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX study_records_person_day ON study_records (person_id, studied_on);
CREATE INDEX study_records_law ON study_records (law_id);
CREATE INDEX study_records_day ON study_records (studied_on);

-- The optional quiz of a law: questions_json is [{text, kind: single | multiple, options,
-- answer: [indexes]}]; a person passes with score >= pass_mark (0–100).
CREATE TABLE quizzes (
  law_id BIGINT PRIMARY KEY REFERENCES laws (id),
  pass_mark BIGINT NOT NULL,
  questions_json TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- Every attempt is kept; score is 0–100 (rounded), passed 0/1.
CREATE TABLE quiz_attempts (
  id {{id}},
  law_id BIGINT NOT NULL REFERENCES laws (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  answers_json TEXT NOT NULL,
  score BIGINT NOT NULL,
  passed BIGINT NOT NULL,
  attempted_at BIGINT NOT NULL
);
CREATE INDEX quiz_attempts_person_law ON quiz_attempts (person_id, law_id);
CREATE INDEX quiz_attempts_law ON quiz_attempts (law_id);
