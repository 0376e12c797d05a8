-- The agencies' trade union (机关工会, R11.1–R11.3): members, the founding election of the union
-- committee and the 文明 selections (both pick ballots on the votes engine), activities with
-- attendance, and the staff reading room (职工书屋).

-- A union member: one of the org's people. status: active | left.
CREATE TABLE union_members (
  id {{id}},
  person_id BIGINT NOT NULL UNIQUE REFERENCES people (id),
  joined_on TEXT NOT NULL,
  status TEXT NOT NULL,
  left_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX union_members_status ON union_members (status, joined_on);

-- An election of the union committee (kind election) or a selection (kind selection,
-- category family | office | worker). status: draft → open → certified (election) / counted →
-- announced (selection). seats: the places (each voter picks up to seats). vote_id: the pick
-- ballot on the votes engine once opened. result_json: the decided outcome once counted.
CREATE TABLE union_contests (
  id {{id}},
  kind TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  year BIGINT NOT NULL,
  title TEXT NOT NULL,
  seats BIGINT NOT NULL,
  held_on TEXT,
  status TEXT NOT NULL,
  vote_id BIGINT REFERENCES votes (id),
  result_json TEXT,
  announced_at BIGINT,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX union_contests_kind ON union_contests (kind, year);

-- Candidates of an election (person_id set) and nominations of a selection (person_id for a
-- worker; a family or an office is named only). position: the ballot's order.
CREATE TABLE union_candidates (
  id {{id}},
  contest_id BIGINT NOT NULL REFERENCES union_contests (id),
  position BIGINT NOT NULL,
  person_id BIGINT REFERENCES people (id),
  name TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  nominated_by BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX union_candidates_contest ON union_candidates (contest_id, position);

-- An activity. kind: moral_lecture (道德讲堂) | festival (我们的节日) | other.
CREATE TABLE union_activities (
  id {{id}},
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX union_activities_held ON union_activities (held_on);

CREATE TABLE union_attendance (
  activity_id BIGINT NOT NULL REFERENCES union_activities (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  PRIMARY KEY (activity_id, person_id)
);

-- The reading room's catalogue: isbn normalized (digits, X), unique.
CREATE TABLE library_books (
  id {{id}},
  isbn TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  publisher TEXT NOT NULL DEFAULT '',
  published_year BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- One physical copy. status: shelf | withdrawn (being lent is a loan, not a status).
CREATE TABLE library_copies (
  id {{id}},
  book_id BIGINT NOT NULL REFERENCES library_books (id),
  barcode TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX library_copies_book ON library_copies (book_id);

-- A loan; returned_on NULL while out. At most one open loan per copy (the partial unique
-- index makes a race between two desks fail on both databases).
CREATE TABLE library_loans (
  id {{id}},
  copy_id BIGINT NOT NULL REFERENCES library_copies (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  borrowed_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  returned_on TEXT,
  created_by BIGINT,
  created_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX library_loans_open ON library_loans (copy_id) WHERE returned_on IS NULL;
CREATE INDEX library_loans_person ON library_loans (person_id);
CREATE INDEX library_loans_due ON library_loans (returned_on, due_on);
