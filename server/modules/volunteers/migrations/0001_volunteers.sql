-- The volunteer service team of the organ's party branch (R11.4): its members (people of the
-- org register), its activities (志愿服务进社区、进企业、进村组 and the environmental
-- "运用法治力量，守护碧水清波"), the members' sign-ups and the hours they served.

-- A team member. left_on: the day they left the team (NULL while in it).
CREATE TABLE volunteer_members (
  id {{id}},
  person_id BIGINT NOT NULL UNIQUE REFERENCES people (id),
  joined_on TEXT NOT NULL,
  skills TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);

-- An activity. kind: community | enterprise | village (进社区/进企业/进村组);
-- theme: free text such as 环保 ("守护碧水清波"). capacity: places (0 = no limit);
-- hours_cap: the most minutes credited to one person for it (0 = no cap).
CREATE TABLE volunteer_activities (
  id {{id}},
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  held_on TEXT NOT NULL,
  place TEXT NOT NULL,
  capacity BIGINT NOT NULL DEFAULT 0,
  minutes_cap BIGINT NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX volunteer_activities_day ON volunteer_activities (held_on);

-- A member's sign-up; minutes: the time served once the attendance is recorded (NULL before).
CREATE TABLE volunteer_signups (
  activity_id BIGINT NOT NULL REFERENCES volunteer_activities (id),
  member_id BIGINT NOT NULL REFERENCES volunteer_members (id),
  signed_up_at BIGINT NOT NULL,
  minutes BIGINT,
  recorded_at BIGINT,
  PRIMARY KEY (activity_id, member_id)
);
CREATE INDEX volunteer_signups_member ON volunteer_signups (member_id);
