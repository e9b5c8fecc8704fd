-- The Idempotency-Keys ingest has answered, shared by every ingest instance and kept across restarts,
-- so that a retry gets the first answer and a reused key with another body is refused.
CREATE TABLE idempotency_key (
    scoped_key    TEXT         PRIMARY KEY,   -- ministry:key, so that ministries never share keys
    fingerprint   CHAR(64)     NOT NULL,      -- SHA-256 of the contribution as first submitted
    submission_id UUID         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
