-- Warning cards (R4.2, 亮牌警告): issued by the rules engine (issued_by NULL) or by an officer.
-- criterion: orglife | dues | evaluation | manual; level: yellow | red | review (review = the
-- branch must review the case under the six-month rule; nothing is decided automatically).
-- status: active → lift_proposed (the engine saw the run end) → lifted (an officer confirmed);
-- superseded: an engine card replaced by a higher level for the same run (superseded_by).
-- consecutive_months: the run when issued (0 for evaluation and manual cards).
-- evidence_json: the missed meetings or unpaid months (or the evaluation campaign).
-- campaign_id: the evaluation campaign of an 'evaluation' card (one card per campaign).
CREATE TABLE warning_cards (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  criterion TEXT NOT NULL,
  level TEXT NOT NULL,
  consecutive_months BIGINT NOT NULL DEFAULT 0,
  reason TEXT NOT NULL,
  evidence_json TEXT NOT NULL DEFAULT '[]',
  campaign_id BIGINT,
  issued_on TEXT NOT NULL,
  issued_at BIGINT NOT NULL,
  issued_by BIGINT,
  status TEXT NOT NULL,
  acknowledged_at BIGINT,
  lift_proposed_at BIGINT,
  lifted_at BIGINT,
  lifted_by BIGINT,
  lift_note TEXT NOT NULL DEFAULT '',
  superseded_by BIGINT
);
CREATE INDEX warning_cards_person ON warning_cards (person_id, criterion, status);
CREATE INDEX warning_cards_status ON warning_cards (status, issued_on);
