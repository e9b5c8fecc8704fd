-- Editions are frozen in the name the caller's token gives, whatever its length.
ALTER TABLE edition ALTER COLUMN frozen_by TYPE TEXT;
