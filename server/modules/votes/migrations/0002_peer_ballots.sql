-- Peer ballots of democratic evaluations (kind 'evaluation', form 'grades'): each question
-- grades one member, named here; project_id stays NULL for them.
ALTER TABLE vote_questions ADD COLUMN person_id BIGINT REFERENCES people (id);
