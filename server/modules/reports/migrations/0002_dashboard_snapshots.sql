-- The leaders' dashboard of a year as last computed (issue 10): computing it reads ~300,000
-- rows at 100,000 members (dues of every member and month, the year's attendance and
-- opinions), so it is kept here for a minute and recomputed by the first request after that
-- (modules/reports/snapshot.hpp), who marks the row refreshing_until so that the others get
-- the stored figures meanwhile. A cache only: deleting the rows changes nothing but time.
CREATE TABLE reports_dashboard_snapshots (
  year INTEGER PRIMARY KEY,
  as_of TEXT NOT NULL,
  computed_at BIGINT NOT NULL,
  refreshing_until BIGINT,
  body TEXT NOT NULL
);
