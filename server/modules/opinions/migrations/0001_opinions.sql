-- Voters' opinions (选民意见, R9.2) and deputies' suggestions (代表建议, R9.5), both cases of
-- the case engine (platform/cases: state, assignee, deadline, events); these tables hold what
-- is theirs alone, keyed by the case id.

-- channel: reception | online | phone. contact_cipher: the voter's name and phone, encrypted
-- (FieldCipher); contact_masked: what staff lists show (王* 138****5678). query_code_hash: SM3
-- of the voter's query code (the code itself is shown once and never stored). handling:
-- on_spot | town | department | suggestion once classified. complex = 1 doubles the reply time.
-- public_summary: what the public list shows after closing (personal data removed).
CREATE TABLE opinions (
  case_id BIGINT PRIMARY KEY REFERENCES cases (id),
  workstation_id BIGINT REFERENCES workstations (id),
  channel TEXT NOT NULL,
  category TEXT NOT NULL,
  town TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  content TEXT NOT NULL,
  contact_cipher TEXT,
  contact_masked TEXT NOT NULL DEFAULT '',
  query_code_hash TEXT NOT NULL UNIQUE,
  received_on TEXT NOT NULL,
  received_by_person_id BIGINT REFERENCES people (id),
  recorded_by BIGINT,
  handling TEXT,
  complex BIGINT NOT NULL DEFAULT 0,
  reply TEXT NOT NULL DEFAULT '',
  replied_on TEXT,
  rating TEXT,
  rated_on TEXT,
  rating_comment TEXT NOT NULL DEFAULT '',
  public_summary TEXT NOT NULL DEFAULT '',
  device_hash TEXT
);
CREATE INDEX opinions_filters ON opinions (category, town);
CREATE INDEX opinions_received ON opinions (received_on);
CREATE INDEX opinions_channel_handling ON opinions (channel, handling);
CREATE INDEX opinions_workstation ON opinions (workstation_id);
CREATE INDEX opinions_deputy ON opinions (received_by_person_id);

-- A deputy's suggestion (R9.5), possibly from an opinion (source_case_id).
CREATE TABLE suggestions (
  case_id BIGINT PRIMARY KEY REFERENCES cases (id),
  deputy_person_id BIGINT NOT NULL REFERENCES people (id),
  session_label TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL,
  content TEXT NOT NULL,
  source_case_id BIGINT REFERENCES cases (id),
  reply TEXT NOT NULL DEFAULT '',
  replied_on TEXT,
  rating TEXT,
  rated_on TEXT,
  submitted_on TEXT NOT NULL
);
CREATE INDEX suggestions_deputy ON suggestions (deputy_person_id);

-- Departments that receive referrals (district departments; towns/streets are org units of
-- the congress side and are named in cases.assignee_name with assignee_kind 'unit').
-- user_id: the department's account that replies (role department).
CREATE TABLE departments (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  active BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX cases_assignee ON cases (assignee_kind, assignee_id);
CREATE TABLE department_users (
  department_id BIGINT NOT NULL REFERENCES departments (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  PRIMARY KEY (department_id, user_id)
);
