-- Deputies, their workstations, and the liaison between party and non-party deputies.

-- 代表工作室 (R9.1): town is the town/street it serves.
CREATE TABLE workstations (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  town TEXT NOT NULL,
  address TEXT NOT NULL,
  contact_name TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);

-- R1.4. level: province | city | district | town (a person may hold several rows, one per
-- level); term is the 届 number; ended_on IS NULL while serving.
CREATE TABLE deputies (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  level TEXT NOT NULL,
  term BIGINT NOT NULL,
  constituency TEXT NOT NULL,
  workstation_id BIGINT REFERENCES workstations (id),
  started_on TEXT NOT NULL,
  ended_on TEXT
);
CREATE INDEX deputies_person ON deputies (person_id);
CREATE INDEX deputies_workstation ON deputies (workstation_id);
CREATE INDEX deputies_level ON deputies (level);

-- R1.7. A party-member deputy keeps contact with a non-party deputy.
CREATE TABLE liaisons (
  id {{id}},
  party_person_id BIGINT NOT NULL REFERENCES people (id),
  nonparty_person_id BIGINT NOT NULL REFERENCES people (id),
  assigned_on TEXT NOT NULL,
  ended_on TEXT
);
CREATE INDEX liaisons_party ON liaisons (party_person_id);
CREATE INDEX liaisons_nonparty ON liaisons (nonparty_person_id);

-- way: visit | phone | meeting | wechat | other
CREATE TABLE contact_logs (
  id {{id}},
  liaison_id BIGINT NOT NULL REFERENCES liaisons (id),
  contacted_on TEXT NOT NULL,
  way TEXT NOT NULL,
  content TEXT NOT NULL,
  follow_up TEXT NOT NULL DEFAULT '',
  recorded_by BIGINT,
  recorded_at BIGINT NOT NULL
);
CREATE INDEX contact_logs_liaison ON contact_logs (liaison_id);
