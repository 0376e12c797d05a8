-- "Who is paid up for a recent month" (the warnings engine, the monthly list) reads a range of
-- recent to_month values instead of every payment ever made (docs/BENCHMARKS.md).
CREATE INDEX dues_payments_to_month ON dues_payments (to_month, from_month, person_id);
