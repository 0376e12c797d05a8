-- Self-inspection (R4.4, 自查自纠): checklists answered by persons (scope 'person': every
-- current member of the unit's subtree) or by units (scope 'unit': every unit of the subtree,
-- answered by an officer), and the findings each `issue` answer becomes (until the
-- rectification ledger of R5 exists, a finding list with owner and deadline).
CREATE TABLE inspection_checklists (
  id {{id}},
  title TEXT NOT NULL,
  year BIGINT NOT NULL,
  scope TEXT NOT NULL,
  org_unit_id BIGINT NOT NULL REFERENCES org_units (id),
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX inspection_checklists_unit ON inspection_checklists (org_unit_id);

CREATE TABLE inspection_items (
  checklist_id BIGINT NOT NULL REFERENCES inspection_checklists (id),
  position BIGINT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (checklist_id, position)
);

-- respondent: a person id (scope 'person') or an org unit id (scope 'unit').
CREATE TABLE inspection_answers (
  checklist_id BIGINT NOT NULL REFERENCES inspection_checklists (id),
  respondent BIGINT NOT NULL,
  position BIGINT NOT NULL,
  result TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  answered_by BIGINT,
  answered_at BIGINT NOT NULL,
  PRIMARY KEY (checklist_id, respondent, position)
);

CREATE TABLE inspection_findings (
  id {{id}},
  checklist_id BIGINT NOT NULL REFERENCES inspection_checklists (id),
  position BIGINT NOT NULL,
  respondent BIGINT NOT NULL,
  respondent_name TEXT NOT NULL,
  description TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  owner_person_id BIGINT,
  deadline TEXT,
  status TEXT NOT NULL,
  rectified_note TEXT NOT NULL DEFAULT '',
  verified_note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  closed_at BIGINT
);
CREATE INDEX inspection_findings_checklist ON inspection_findings (checklist_id);
CREATE INDEX inspection_findings_status ON inspection_findings (status);
