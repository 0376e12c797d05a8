-- Accountability (问责, R5.2): internal handling of a person (批评教育, 诫勉谈话 …) with its
-- reason, date and deciding body, linked to the rectification items it arose from. Sensitive:
-- read by leaders and the audit administrator, and by the person themselves.
-- form: criticism | admonition | self_examination | circulated | organizational | disciplinary.
CREATE TABLE accountability_records (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  form TEXT NOT NULL,
  reason TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  decided_by TEXT NOT NULL,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX accountability_person ON accountability_records (person_id);
CREATE INDEX accountability_decided ON accountability_records (decided_on);

CREATE TABLE accountability_links (
  record_id BIGINT NOT NULL REFERENCES accountability_records (id),
  item_id BIGINT NOT NULL REFERENCES cases (id),
  PRIMARY KEY (record_id, item_id)
);
