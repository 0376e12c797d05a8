-- Party-building guidance of the non-public enterprises linked to the standing committee
-- (R11.6): the enterprises and their party organization, the instructor (指导员) assigned to
-- each, the instructors' visit logs, and each instructor's pledge to guide "without adding
-- burdens, without taking favours" (不增加负担、不谋取私利).

-- own_organization: the enterprise has its own party organization (已建); joint_with: the
-- organization it is joined to when it has none (联建); party_status is derived from both
-- (rules.hpp party_status) and kept for filtering. instructor_person_id: the assigned 指导员.
CREATE TABLE enterprises (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  credit_code TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  industry TEXT NOT NULL DEFAULT '',
  employees BIGINT NOT NULL DEFAULT 0,
  party_members BIGINT NOT NULL DEFAULT 0,
  own_organization BIGINT NOT NULL DEFAULT 0,
  joint_with TEXT NOT NULL DEFAULT '',
  party_status TEXT NOT NULL,
  instructor_person_id BIGINT REFERENCES people (id),
  note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX enterprises_instructor ON enterprises (instructor_person_id);

-- A visit. help: epidemic | return_to_work | party_building | policy | other.
CREATE TABLE enterprise_visits (
  id {{id}},
  enterprise_id BIGINT NOT NULL REFERENCES enterprises (id),
  visited_on TEXT NOT NULL,
  instructor_person_id BIGINT REFERENCES people (id),
  help TEXT NOT NULL,
  content TEXT NOT NULL,
  help_given TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX enterprise_visits_enterprise ON enterprise_visits (enterprise_id, visited_on);

-- The instructor's pledge (不增加负担、不谋取私利), one per person.
CREATE TABLE instructor_pledges (
  person_id BIGINT PRIMARY KEY REFERENCES people (id),
  pledged_on TEXT NOT NULL,
  recorded_by BIGINT,
  created_at BIGINT NOT NULL
);
