-- Scheduled jobs shared by every instance on this database (platform/jobs/jobs.hpp).
-- jobs: one row per job; an instance claims a due job by setting the lease with one
-- conditional UPDATE. job_runs: one row per slot ever run; UNIQUE(job, slot) is the
-- exactly-once guarantee (the row commits in the same transaction as the job's work).
CREATE TABLE jobs (
  name TEXT PRIMARY KEY,
  interval_seconds BIGINT NOT NULL,
  next_run_at BIGINT NOT NULL,
  lease_owner TEXT,
  lease_until BIGINT,
  last_run_at BIGINT,
  last_outcome TEXT
);

CREATE TABLE job_runs (
  id {{id}},
  job TEXT NOT NULL,
  slot BIGINT NOT NULL,
  instance TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT,
  outcome TEXT,
  detail TEXT,
  UNIQUE (job, slot)
);

-- Change generations the runners poll: a bump tells every instance to forget cached pages.
CREATE TABLE change_signals (
  name TEXT PRIMARY KEY,
  generation BIGINT NOT NULL
);
INSERT INTO change_signals (name, generation) VALUES ('public_pages', 0);
