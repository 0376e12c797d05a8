-- Narrative paragraphs of an annual report edited by hand, per period; the generated text
-- returns when the row is deleted. Figures are never stored: they come from the data.
CREATE TABLE reports_paragraphs (
  id {{id}},
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  section TEXT NOT NULL,
  key TEXT NOT NULL,
  text TEXT NOT NULL,
  updated_by BIGINT,
  updated_at BIGINT NOT NULL,
  UNIQUE (period_from, period_to, section, key)
);
