-- Party dues (R4.3): each member's base history (a change applies from its effective month)
-- and the payments received. Money is integer fen; months are 'YYYY-MM'.

-- category: office | retiree | student | farmer | hardship. fixed_fen is the approved monthly
-- amount of a farmer (20–100 fen) or a hardship reduction; NULL for the others.
CREATE TABLE dues_bases (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  category TEXT NOT NULL,
  base_fen BIGINT NOT NULL,
  fixed_fen BIGINT,
  effective_month TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX dues_bases_person ON dues_bases (person_id, effective_month);

-- A payment covers the months from_month..to_month; channel: cash | transfer | wechat | other.
CREATE TABLE dues_payments (
  id {{id}},
  person_id BIGINT NOT NULL REFERENCES people (id),
  paid_on TEXT NOT NULL,
  from_month TEXT NOT NULL,
  to_month TEXT NOT NULL,
  amount_fen BIGINT NOT NULL,
  channel TEXT NOT NULL,
  receipt_no TEXT NOT NULL UNIQUE,
  recorded_by BIGINT,
  recorded_at BIGINT NOT NULL
);
CREATE INDEX dues_payments_person ON dues_payments (person_id, from_month);
