-- The reports' learning figure (figures_api.hpp learning_figures): a period's minutes and
-- learners from this covering index alone.
CREATE INDEX study_records_day_person_minutes ON study_records (studied_on, person_id, minutes);
