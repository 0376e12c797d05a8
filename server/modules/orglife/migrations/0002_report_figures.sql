-- The reports' attendance figure (figures_api.hpp attendance_figure) counts a year's rows by
-- status: with status beside the meeting id the count reads this index alone, not the table.
CREATE INDEX meeting_attendance_meeting_status ON meeting_attendance (meeting_id, status);
