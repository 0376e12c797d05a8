-- The parts a split case became and the duplicates merged into a case are looked up by their
-- parent (the voter's lookup of a split opinion, the case page). Without these indexes each
-- lookup scanned every case: 15 ms at 100,000 cases, the public lookup's p99 (issue 7).
CREATE INDEX cases_parent ON cases (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX cases_merged_into ON cases (merged_into) WHERE merged_into IS NOT NULL;
