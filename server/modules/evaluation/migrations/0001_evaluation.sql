-- Democratic evaluation of members (R4.1, 民主评议党员): a campaign per branch and year, its
-- assessment items with weights, each member's self-assessment, the officers' item scores,
-- the committee's proposed grade, a notice period, final grades and outcomes. The secret peer
-- ballot lives in the votes module (kind 'evaluation'); vote_id points at it.
-- Grades: excellent (优秀) | qualified (合格) | basic (基本合格) | unqualified (不合格).

-- The editable item template of a branch (unit_id) or the default for all (unit_id NULL).
CREATE TABLE evaluation_item_templates (
  id {{id}},
  unit_id BIGINT REFERENCES org_units (id),
  position BIGINT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  weight BIGINT NOT NULL
);
CREATE INDEX evaluation_item_templates_unit ON evaluation_item_templates (unit_id, position);

-- status: draft → self (self-assessment) → ballot (peer ballot open) → scoring (officers score
-- and propose) → notice (公示, notice_from..notice_to) → final. One campaign per branch and year.
CREATE TABLE evaluation_campaigns (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES org_units (id),
  year BIGINT NOT NULL,
  title TEXT NOT NULL,
  status TEXT NOT NULL,
  vote_id BIGINT,
  notice_from TEXT,
  notice_to TEXT,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  finalized_at BIGINT,
  -- JSON array of the peer ballot's scrutineers' user ids; [] = a server-held key.
  scrutineer_user_ids TEXT NOT NULL DEFAULT '[]',
  UNIQUE (unit_id, year)
);
CREATE INDEX evaluation_campaigns_year ON evaluation_campaigns (year, status);

-- The campaign's own copy of the items (a template change never rewrites a past campaign).
CREATE TABLE evaluation_items (
  campaign_id BIGINT NOT NULL REFERENCES evaluation_campaigns (id),
  position BIGINT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  weight BIGINT NOT NULL,
  PRIMARY KEY (campaign_id, position)
);

-- Every member of the branch taking part. probationary = 1: takes part, gets no grade.
-- peer_counts_json: the certified peer-ballot counts {excellent, qualified, basic, unqualified,
-- abstained}; review_flag = 1 when the 不合格 share is above the setting (only a flag).
-- outcome: commendation | help_plan | disposal | none (set with the final grade).
CREATE TABLE evaluation_members (
  campaign_id BIGINT NOT NULL REFERENCES evaluation_campaigns (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  probationary BIGINT NOT NULL DEFAULT 0,
  self_assessment TEXT NOT NULL DEFAULT '',
  self_submitted_at BIGINT,
  peer_counts_json TEXT,
  review_flag BIGINT NOT NULL DEFAULT 0,
  proposed_grade TEXT,
  final_grade TEXT,
  outcome TEXT,
  outcome_note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (campaign_id, person_id)
);
CREATE INDEX evaluation_members_person ON evaluation_members (person_id);

-- Officers' score per member and item (0..weight).
CREATE TABLE evaluation_scores (
  campaign_id BIGINT NOT NULL REFERENCES evaluation_campaigns (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  position BIGINT NOT NULL,
  score BIGINT NOT NULL,
  scored_by BIGINT,
  scored_at BIGINT NOT NULL,
  PRIMARY KEY (campaign_id, person_id, position)
);

-- The default items (考评项目实施细则), used by every branch without its own template.
INSERT INTO evaluation_item_templates (unit_id, position, title, description, weight) VALUES
  (NULL, 1, '政治理论学习', '学习党的创新理论，参加集中学习和专题研讨，完成学习任务', 20),
  (NULL, 2, '参加组织生活', '按时参加“三会一课”、主题党日和组织生活会，按时交纳党费', 20),
  (NULL, 3, '履职尽责', '立足岗位，完成本职工作和组织交办的任务，服务人大工作大局', 25),
  (NULL, 4, '遵规守纪', '遵守党章党规党纪，落实中央八项规定精神，廉洁自律', 20),
  (NULL, 5, '联系群众', '密切联系群众和人大代表，热心公益，发挥先锋模范作用', 15);
