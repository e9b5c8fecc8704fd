-- Whether the coordination office entered the version for its ministry (from the ministry's signed letter);
-- submitted_by is then the office's user. Every version before this column was the ministry's own.
ALTER TABLE contribution_version ADD COLUMN entered_on_behalf BOOLEAN NOT NULL DEFAULT FALSE;
