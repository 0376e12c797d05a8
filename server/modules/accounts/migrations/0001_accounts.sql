-- Accounts: the minimal organization tree the platform needs for data scope, users, roles
-- and sessions. The organization module extends org_units with its own tables.

CREATE TABLE org_units (
  id {{id}},
  parent_id BIGINT REFERENCES org_units (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  sort_order BIGINT NOT NULL DEFAULT 0,
  retired_at BIGINT
);
CREATE INDEX org_units_parent ON org_units (parent_id);

CREATE TABLE users (
  id {{id}},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  phone_enc TEXT NOT NULL DEFAULT '',
  phone_masked TEXT NOT NULL DEFAULT '',
  org_unit_id BIGINT REFERENCES org_units (id),
  password_hash TEXT NOT NULL,
  password_changed_at BIGINT NOT NULL,
  must_change_password BIGINT NOT NULL DEFAULT 1,
  failed_attempts BIGINT NOT NULL DEFAULT 0,
  locked_until BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active',
  totp_secret_enc TEXT NOT NULL DEFAULT '',
  totp_enabled BIGINT NOT NULL DEFAULT 0,
  totp_last_step BIGINT NOT NULL DEFAULT 0,
  lang TEXT NOT NULL DEFAULT 'zh-CN',
  created_at BIGINT NOT NULL,
  last_login_at BIGINT
);

CREATE TABLE user_roles (
  user_id BIGINT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
  key TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  csrf TEXT NOT NULL,
  ip TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
