-- Reception days (接待选民日, R9.1), the guidance of town and street congresses (R9.3) and the
-- entries deputies' duty records (履职档案, R9.4) get by hand; the rest of a duty record is
-- assembled from other modules' tables.

-- One reception day of a workstation. day: YYYY-MM-DD (China); starts_at / ends_at: HH:MM.
-- status: planned | held | cancelled. visitors and summary are recorded once held;
-- cancel_reason once cancelled.
CREATE TABLE receptions (
  id {{id}},
  workstation_id BIGINT NOT NULL REFERENCES workstations (id),
  day TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  place TEXT NOT NULL,
  topic TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  cancel_reason TEXT NOT NULL DEFAULT '',
  visitors BIGINT,
  summary TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX receptions_day ON receptions (day, status);
CREATE INDEX receptions_workstation ON receptions (workstation_id, day);

-- The deputies (people) on duty at a reception.
CREATE TABLE reception_duties (
  reception_id BIGINT NOT NULL REFERENCES receptions (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  PRIMARY KEY (reception_id, person_id)
);
CREATE INDEX reception_duties_person ON reception_duties (person_id);

-- R9.3. kind: exchange | document | work_record; half: first | second for an exchange
-- meeting (上半年/下半年), NULL otherwise. town: the town or street the record is about.
CREATE TABLE guidance_records (
  id {{id}},
  town TEXT NOT NULL,
  year BIGINT NOT NULL,
  kind TEXT NOT NULL,
  half TEXT,
  title TEXT NOT NULL,
  held_on TEXT,
  content TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX guidance_records_year ON guidance_records (year, kind);

-- R9.4. A duty-record entry added by hand, e.g. epidemic duty. kind: epidemic | inspection |
-- research | training | service | other; evidence files are attachments (owner duty_entry).
CREATE TABLE duty_entries (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  entry_date TEXT NOT NULL,
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  created_by BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX duty_entries_person ON duty_entries (person_id, entry_date);
