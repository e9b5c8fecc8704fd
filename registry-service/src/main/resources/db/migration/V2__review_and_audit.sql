-- Who submitted each version (from the verified token), and the office's review of it.
ALTER TABLE submission ADD COLUMN submitted_by TEXT;

ALTER TABLE contribution_version
    ADD COLUMN submitted_by   TEXT,
    ADD COLUMN review_state   VARCHAR(16) NOT NULL DEFAULT 'PENDING_REVIEW'
        CHECK (review_state IN ('PENDING_REVIEW', 'ACCEPTED', 'RETURNED')),
    ADD COLUMN review_message TEXT,
    ADD COLUMN reviewed_by    TEXT,
    ADD COLUMN reviewed_at    TIMESTAMPTZ;

-- Every change of state, with who and when; rows are only ever added.
CREATE TABLE audit_event (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            TIMESTAMPTZ  NOT NULL,
    actor         TEXT         NOT NULL,
    action        VARCHAR(16)  NOT NULL
        CHECK (action IN ('REGISTERED', 'REJECTED', 'ACCEPTED', 'RETURNED', 'CYCLE_CHANGED')),
    year          INTEGER,
    ministry      VARCHAR(64),
    area          VARCHAR(64),
    version       INTEGER,
    submission_id UUID,
    detail        TEXT
);

CREATE INDEX audit_event_contribution ON audit_event (year, ministry, area, id);
