-- Every submission that reached the registry, registered or rejected; one row per submissionId.
CREATE TABLE submission (
    submission_id UUID PRIMARY KEY,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('REGISTERED', 'REJECTED')),
    reason        TEXT,
    year          INTEGER,
    ministry      VARCHAR(64),
    area          VARCHAR(64),
    submitted_at  TIMESTAMPTZ,
    processed_at  TIMESTAMPTZ  NOT NULL
);

-- Every registered version of every contribution; (year, ministry, area) is the contribution.
CREATE TABLE contribution_version (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    submission_id UUID         NOT NULL UNIQUE REFERENCES submission (submission_id),
    year          INTEGER      NOT NULL,
    ministry      VARCHAR(64)  NOT NULL,
    area          VARCHAR(64)  NOT NULL,
    pillar        VARCHAR(16)  NOT NULL,
    version       INTEGER      NOT NULL CHECK (version > 0),
    content       JSONB        NOT NULL,
    submitted_at  TIMESTAMPTZ  NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL,
    UNIQUE (year, ministry, area, version)
);

CREATE INDEX contribution_version_year ON contribution_version (year, ministry, area, version DESC);

CREATE TABLE reporting_cycle (
    year                INTEGER      PRIMARY KEY,
    chair               VARCHAR(100),
    theme               VARCHAR(300),
    overview            TEXT,
    facts               JSONB        NOT NULL,
    deadline            DATE         NOT NULL,
    expected_ministries JSONB        NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
