-- Livelihood projects, the ballot engine's votes, and their separate roster and board.

-- R8.1 candidate projects. status: collected | shortlisted | chosen | reserve | withdrawn;
-- source: government | deputy | public. Money in fen. satisfaction_* and rectification_* are
-- filled by a certified satisfaction vote (R8.5).
CREATE TABLE livelihood_projects (
  id {{id}},
  year BIGINT NOT NULL,
  body TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL,
  budget_fen BIGINT NOT NULL,
  planned_completion TEXT NOT NULL,
  source TEXT NOT NULL,
  proposer TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  satisfaction_grade TEXT,
  satisfaction_rate_permille BIGINT,
  rectification_due TEXT,
  rectification_note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX livelihood_projects_year ON livelihood_projects (year, status);

-- R8.4 quarterly progress (kind update) and deputies' inspections (kind inspection).
CREATE TABLE project_progress (
  id {{id}},
  project_id BIGINT NOT NULL REFERENCES livelihood_projects (id),
  quarter TEXT NOT NULL,
  percent BIGINT NOT NULL,
  kind TEXT NOT NULL,
  note TEXT NOT NULL,
  recorded_by BIGINT,
  recorded_at BIGINT NOT NULL
);
CREATE INDEX project_progress_project ON project_progress (project_id);

-- A vote. kind: projects | satisfaction; form: options3 | pick; key_mode: scrutineers |
-- server; status: setup → ready → open → closed → certified. tally_json holds the running
-- homomorphic sum, updated with every accepted ballot; board_head the last chain hash.
-- server_secret is the server-held key share, FieldCipher-encrypted (key_mode server only).
CREATE TABLE votes (
  id {{id}},
  uid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  year BIGINT NOT NULL,
  form TEXT NOT NULL,
  max_picks BIGINT NOT NULL DEFAULT 0,
  seats BIGINT NOT NULL DEFAULT 0,
  key_mode TEXT NOT NULL,
  level TEXT NOT NULL,
  status TEXT NOT NULL,
  public_key TEXT,
  server_secret TEXT,
  eligible BIGINT NOT NULL DEFAULT 0,
  electronic BIGINT NOT NULL DEFAULT 0,
  tally_json TEXT,
  board_head TEXT,
  result_json TEXT,
  seal TEXT,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  opened_at BIGINT,
  closed_at BIGINT,
  certified_at BIGINT
);

CREATE TABLE vote_questions (
  vote_id BIGINT NOT NULL REFERENCES votes (id),
  position BIGINT NOT NULL,
  project_id BIGINT REFERENCES livelihood_projects (id),
  title TEXT NOT NULL,
  PRIMARY KEY (vote_id, position)
);

-- Scrutineers (监票人): their key share's public part and proof, then their partial
-- decryption of the tally. position is the protocol's index i (1, 2, …).
CREATE TABLE vote_trustees (
  vote_id BIGINT NOT NULL REFERENCES votes (id),
  position BIGINT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  name TEXT NOT NULL,
  public_key TEXT,
  key_proof TEXT,
  partial_json TEXT,
  PRIMARY KEY (vote_id, position)
);

CREATE TABLE vote_tellers (
  vote_id BIGINT NOT NULL REFERENCES votes (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  PRIMARY KEY (vote_id, user_id)
);

-- Who voted and how (electronic | paper) — never what. No time is kept, so the roster's
-- order says nothing about the board's order.
CREATE TABLE vote_roster (
  vote_id BIGINT NOT NULL REFERENCES votes (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  channel TEXT,
  PRIMARY KEY (vote_id, person_id)
);

-- The public bulletin board: what was voted, never who. Append-only (no UPDATE or DELETE
-- anywhere in the code), hash-chained; alias unique per vote stops replays.
CREATE TABLE vote_ballots (
  vote_id BIGINT NOT NULL REFERENCES votes (id),
  seq BIGINT NOT NULL,
  alias TEXT NOT NULL,
  ballot_json TEXT NOT NULL,
  ballot_hash TEXT NOT NULL,
  chain_hash TEXT NOT NULL,
  PRIMARY KEY (vote_id, seq),
  UNIQUE (vote_id, alias)
);
CREATE INDEX vote_ballots_hash ON vote_ballots (vote_id, ballot_hash);

-- R8.3: each teller's independent entry of a paper batch; a batch counts when both agree.
CREATE TABLE vote_paper_entries (
  vote_id BIGINT NOT NULL REFERENCES votes (id),
  batch_no BIGINT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id),
  ballots BIGINT NOT NULL,
  counts_json TEXT NOT NULL,
  entered_at BIGINT NOT NULL,
  PRIMARY KEY (vote_id, batch_no, user_id)
);
CREATE TABLE vote_paper_batches (
  vote_id BIGINT NOT NULL REFERENCES votes (id),
  batch_no BIGINT NOT NULL,
  ballots BIGINT NOT NULL,
  counts_json TEXT NOT NULL,
  agreed_at BIGINT NOT NULL,
  PRIMARY KEY (vote_id, batch_no)
);
