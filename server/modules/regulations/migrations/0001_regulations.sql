-- The rules library (R6.1): regulations with their metadata and current text, and every
-- version's text. The full-text index is backend-specific (SQLite FTS5 trigram table,
-- PostgreSQL pg_trgm GIN index) and is created by store.cpp's ensure_search_index, the only
-- place the two dialects differ.

-- status: current (现行) | revised (修订) | repealed (废止). replaced_by: the regulation that
-- replaces this one. version: the number of the current version (regulation_versions).
CREATE TABLE regulations (
  id {{id}},
  doc_no TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  issuer TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  issued_on TEXT NOT NULL DEFAULT '',
  effective_on TEXT NOT NULL DEFAULT '',
  replaced_by BIGINT REFERENCES regulations (id),
  version BIGINT NOT NULL,
  body TEXT NOT NULL,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX regulations_status ON regulations (status, id);
CREATE INDEX regulations_replaced_by ON regulations (replaced_by);

-- One version's title and text; note says what changed.
CREATE TABLE regulation_versions (
  id {{id}},
  regulation_id BIGINT NOT NULL REFERENCES regulations (id),
  version BIGINT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_by_name TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  UNIQUE (regulation_id, version)
);
