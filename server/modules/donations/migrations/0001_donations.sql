-- The donations ledger (R11.5): money (integer fen) and goods (item, quantity, estimated value
-- in fen) given by a person of the register or a unit, to a recipient, with the receipt number
-- and the campaign the totals are grouped by (e.g. the 2020 epidemic donations).

-- kind: money | goods. donor_kind: person | unit; donor_person_id is set for a person and
-- donor_name keeps the name as given (the person's name at the time, or the unit's).
-- money: amount_fen > 0; goods: item, quantity > 0, unit_label, value_fen > 0 (estimated).
-- receipt_no: '' when none; unique otherwise.
CREATE TABLE donations (
  id {{id}},
  kind TEXT NOT NULL,
  donor_kind TEXT NOT NULL,
  donor_person_id BIGINT REFERENCES people (id),
  donor_name TEXT NOT NULL,
  donated_on TEXT NOT NULL,
  recipient TEXT NOT NULL,
  receipt_no TEXT NOT NULL DEFAULT '',
  campaign TEXT NOT NULL,
  amount_fen BIGINT NOT NULL DEFAULT 0,
  item TEXT NOT NULL DEFAULT '',
  quantity BIGINT NOT NULL DEFAULT 0,
  unit_label TEXT NOT NULL DEFAULT '',
  value_fen BIGINT NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX donations_campaign ON donations (campaign, donated_on);
CREATE INDEX donations_day ON donations (donated_on);
