-- The reports' opinion figures (figures_api.hpp opinion_figures): a year's opinions by town
-- with closed, overdue and ratings counted from this covering index alone (1,000,000 rows:
-- ~200,000 a year would otherwise each be a table lookup).
CREATE INDEX opinions_received_figures ON opinions (received_on, town, closed_at, deadline, rating);
