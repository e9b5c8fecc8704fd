-- The unique constraint on (year, ministry, area, version) has an index that serves every lookup this one did (a
-- B-tree is read backwards as well as forwards); keeping both cost every registration one more index insert.
DROP INDEX contribution_version_year;
