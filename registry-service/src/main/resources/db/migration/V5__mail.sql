-- How many days before its deadline a cycle reminds the ministries still missing (Cycle.reminderDays).
ALTER TABLE reporting_cycle ADD COLUMN reminder_days JSONB NOT NULL DEFAULT '[14, 7, 1]';

-- Every e-mail the registry sends, planned once: a planner inserts with ON CONFLICT DO NOTHING, so the unique key
-- (kind, year, ministry, area, version, stage, recipient) lets each mail exist once whatever runs it twice.
-- recipient is a Keycloak user name, an address (the office's mailbox), or '*' (every officer of the ministry, made
-- into one row per officer when it is sent). PENDING -> SENDING (committed before the SMTP conversation) -> SENT;
-- a row left SENDING (the service died mid-send) is never sent again: it becomes UNCERTAIN.
CREATE TABLE mail_outbox (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('REMINDER', 'RETURNED', 'ACCEPTED', 'DIGEST')),
    year        INTEGER     NOT NULL,
    ministry    VARCHAR(64),
    area        VARCHAR(64),
    version     INTEGER,
    stage       VARCHAR(32) NOT NULL,
    recipient   TEXT        NOT NULL,
    message     TEXT,
    state       VARCHAR(16) NOT NULL DEFAULT 'PENDING'
        CHECK (state IN ('PENDING', 'EXPANDED', 'SENDING', 'SENT', 'UNCERTAIN', 'FAILED', 'SKIPPED')),
    address     TEXT,
    language    VARCHAR(8),
    subject     TEXT,
    body        TEXT,
    planned_at  TIMESTAMPTZ NOT NULL,
    claimed_at  TIMESTAMPTZ,
    sent_at     TIMESTAMPTZ,
    error       TEXT,
    CONSTRAINT mail_outbox_once UNIQUE NULLS NOT DISTINCT (kind, year, ministry, area, version, stage, recipient)
);

CREATE INDEX mail_outbox_due ON mail_outbox (state, id);
CREATE INDEX mail_outbox_year ON mail_outbox (year, id);

ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('REGISTERED', 'REJECTED', 'ACCEPTED', 'RETURNED', 'CYCLE_CHANGED', 'REPLAYED',
                      'MAIL_SENT', 'MAIL_UNCERTAIN', 'MAIL_FAILED'));
