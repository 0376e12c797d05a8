-- The deputy who follows an opinion up (R9.2 "assignment to deputies"). An opinion submitted
-- online or by phone has no receiving deputy; the clerk names one (usually of the chosen
-- workstation) when classifying or at any open stage. The deputy sees it in their list, is
-- told of the reply, and their duty record counts it (duty_api.hpp: received OR followed up).
ALTER TABLE opinions ADD COLUMN followup_person_id BIGINT REFERENCES people (id);
CREATE INDEX opinions_followup ON opinions (followup_person_id);
