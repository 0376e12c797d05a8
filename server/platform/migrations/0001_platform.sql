-- Platform tables: the audit chain, settings, the message centre, attachments, rate limits.
-- Portable SQL for SQLite and PostgreSQL; {{id}} becomes each dialect's auto-increment key.

CREATE TABLE audit_head (
  id BIGINT PRIMARY KEY,
  seq BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Rows are only ever inserted: no route updates or deletes them, and the hash chain
-- (audit verify) exposes any change made behind the application's back.
CREATE TABLE audit_log (
  id BIGINT PRIMARY KEY,
  ts BIGINT NOT NULL,
  user_id BIGINT,
  username TEXT NOT NULL,
  ip TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  ok BIGINT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_ts ON audit_log (ts);
CREATE INDEX audit_log_action ON audit_log (action);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL,
  updated_by BIGINT,
  updated_at BIGINT NOT NULL
);

CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  hits BIGINT NOT NULL
);

CREATE TABLE messages (
  id {{id}},
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  link TEXT NOT NULL,
  sender_id BIGINT,
  created_at BIGINT NOT NULL
);

CREATE TABLE message_recipients (
  message_id BIGINT NOT NULL REFERENCES messages (id),
  user_id BIGINT NOT NULL,
  read_at BIGINT,
  PRIMARY KEY (message_id, user_id)
);
CREATE INDEX message_recipients_user ON message_recipients (user_id, read_at);

-- Ready for SMS / WeChat delivery: a sender process claims pending rows.
CREATE TABLE message_outbox (
  id {{id}},
  message_id BIGINT NOT NULL REFERENCES messages (id),
  user_id BIGINT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  sent_at BIGINT
);

CREATE TABLE attachments (
  id {{id}},
  owner_type TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX attachments_owner ON attachments (owner_type, owner_id);

CREATE TABLE demo_marker (
  loaded_at BIGINT NOT NULL
);
