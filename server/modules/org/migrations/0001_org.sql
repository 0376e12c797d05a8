-- The organization registry: the org tree (extending accounts' org_units), its history,
-- special committees, people, memberships and transfers between branches.

-- kind: party_group | branch | functional_branch | group | town_congress | street_committee
ALTER TABLE org_units ADD COLUMN created_at BIGINT NOT NULL DEFAULT 0;

-- Every create / rename / move / retire of a node, so the tree's past can be shown.
CREATE TABLE org_unit_history (
  id {{id}},
  org_unit_id BIGINT NOT NULL REFERENCES org_units (id),
  action TEXT NOT NULL,
  old_name TEXT,
  new_name TEXT,
  old_parent_id BIGINT,
  new_parent_id BIGINT,
  changed_by BIGINT,
  changed_at BIGINT NOT NULL
);
CREATE INDEX org_unit_history_unit ON org_unit_history (org_unit_id);

-- 专门委员会 (special) / 工作委员会 (working), each linked to its functional branch.
CREATE TABLE committees (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  branch_id BIGINT REFERENCES org_units (id),
  sort_order BIGINT NOT NULL DEFAULT 0
);

-- R1.2. ID-card number and phone are stored encrypted (SM4) with a masked copy for lists;
-- id_card_index is a keyed blind index (HMAC-SM3) that enforces uniqueness without
-- decrypting. name_initials holds the pinyin initials ("zs" for 张三) for search.
-- political_status: cpc_member | cpc_probationary | cyl_member | democratic_party |
-- non_party | masses. Dates are ISO 'YYYY-MM-DD' text.
CREATE TABLE people (
  id {{id}},
  name TEXT NOT NULL,
  name_initials TEXT NOT NULL,
  gender TEXT NOT NULL,
  ethnicity TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  id_card_enc TEXT NOT NULL,
  id_card_index TEXT NOT NULL UNIQUE,
  id_card_masked TEXT NOT NULL,
  phone_enc TEXT NOT NULL DEFAULT '',
  phone_masked TEXT NOT NULL DEFAULT '',
  political_status TEXT NOT NULL,
  joined_party_on TEXT,
  unit TEXT NOT NULL DEFAULT '',
  post TEXT NOT NULL DEFAULT '',
  user_id BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX people_name ON people (name);
CREATE INDEX people_status ON people (political_status);

-- R1.3. role: secretary | deputy_secretary | organization | propaganda | discipline | member.
-- is_primary = 1 for the home branch; a functional-branch membership has is_primary = 0
-- (双重组织生活). ended_on IS NULL while current.
CREATE TABLE memberships (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  org_unit_id BIGINT NOT NULL REFERENCES org_units (id),
  role TEXT NOT NULL,
  is_primary BIGINT NOT NULL,
  started_on TEXT NOT NULL,
  ended_on TEXT
);
CREATE INDEX memberships_person ON memberships (person_id);
CREATE INDEX memberships_unit ON memberships (org_unit_id);

-- 组织关系转接: the primary membership moved from one branch to another on a date.
CREATE TABLE transfers (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  from_unit_id BIGINT REFERENCES org_units (id),
  to_unit_id BIGINT NOT NULL REFERENCES org_units (id),
  transferred_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_by BIGINT,
  recorded_at BIGINT NOT NULL
);
CREATE INDEX transfers_person ON transfers (person_id);
