-- A frozen brief: the compiled brief exactly as it was, numbered per year, never changed afterwards.
CREATE TABLE edition (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year         INTEGER      NOT NULL,
    number       INTEGER      NOT NULL CHECK (number > 0),
    revision     VARCHAR(64)  NOT NULL,
    frozen_by    VARCHAR(100) NOT NULL,
    frozen_at    TIMESTAMPTZ  NOT NULL,
    brief        JSONB        NOT NULL,
    UNIQUE (year, number)
);
