-- The standing committees a deployment hosts (platform/core/tenancy.hpp). Only the home
-- database's copy of this table is read; each tenant's own database has an empty one.
-- hosts: the host names that reach the tenant, comma-separated, lower case, without ports.
-- database: empty for the default place (PostgreSQL schema t_<code> / SQLite tenants/<code>.db).
CREATE TABLE tenants (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  hosts TEXT NOT NULL,
  database TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
