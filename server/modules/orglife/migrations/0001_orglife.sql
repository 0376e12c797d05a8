-- Organizational life: meetings with minutes, attendance and sign-in, and each branch's rhythm.

-- R2.1. type: branch_assembly | committee | group | lecture | theme_day | life_meeting |
-- village_lecture | exchange; status: planned | closed. starts_at / ends_at are unix seconds.
-- late_entry: created after the meeting's day (China time). signin_code_hash is the SM3 of
-- the 6-digit code; signin_nonce makes a new QR token (and code) replace the old one.
CREATE TABLE meetings (
  id {{id}},
  org_unit_id BIGINT NOT NULL REFERENCES org_units (id),
  type TEXT NOT NULL,
  session_no BIGINT NOT NULL,
  title TEXT NOT NULL,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  meeting_date TEXT NOT NULL,
  place TEXT NOT NULL,
  host TEXT NOT NULL,
  recorder TEXT NOT NULL,
  village TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '',
  speeches TEXT NOT NULL DEFAULT '',
  resolutions TEXT NOT NULL DEFAULT '',
  votes_yes BIGINT,
  votes_no BIGINT,
  votes_abstain BIGINT,
  status TEXT NOT NULL,
  late_entry BIGINT NOT NULL DEFAULT 0,
  signin_code_hash TEXT,
  signin_nonce TEXT,
  signin_expires_at BIGINT,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  closed_at BIGINT
);
CREATE INDEX meetings_unit_date ON meetings (org_unit_id, meeting_date);
CREATE INDEX meetings_date ON meetings (meeting_date);

-- R2.2. status: pending | present | absent | excused; reason: an absence reason (sick,
-- personal, official, unexcused) or an excuse reason (illness, abroad, …); method: qr | code |
-- officer. One row per expected person, so a second sign-in finds signed_in_at set.
CREATE TABLE meeting_attendance (
  meeting_id BIGINT NOT NULL REFERENCES meetings (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  voting BIGINT NOT NULL DEFAULT 1,
  signed_in_at BIGINT,
  method TEXT,
  corrected_by BIGINT,
  correction_reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_attendance_person ON meeting_attendance (person_id);

-- R2.3. A branch's own rhythm; a branch without rows follows the default rhythm.
CREATE TABLE meeting_rhythms (
  org_unit_id BIGINT NOT NULL REFERENCES org_units (id),
  type TEXT NOT NULL,
  period TEXT NOT NULL,
  required BIGINT NOT NULL,
  PRIMARY KEY (org_unit_id, type)
);
