-- Versions and their audit rows take their ids from sequences, 50 at a time, instead of identity columns: Hibernate
-- cannot batch the inserts of an identity column (it must read each id back), and the registry stores a whole
-- batch of records in one transaction. Any other insert still gets an id from the same sequence by default.
ALTER TABLE contribution_version ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE contribution_version_seq INCREMENT BY 50 OWNED BY contribution_version.id;
SELECT setval('contribution_version_seq', (SELECT coalesce(max(id), 0) + 50 FROM contribution_version));
ALTER TABLE contribution_version ALTER COLUMN id SET DEFAULT nextval('contribution_version_seq');

ALTER TABLE audit_event ALTER COLUMN id DROP IDENTITY;
CREATE SEQUENCE audit_event_seq INCREMENT BY 50 OWNED BY audit_event.id;
SELECT setval('audit_event_seq', (SELECT coalesce(max(id), 0) + 50 FROM audit_event));
ALTER TABLE audit_event ALTER COLUMN id SET DEFAULT nextval('audit_event_seq');
