-- Contributions an officer is still writing in the pages: private to that officer (owner, the user name from
-- the token), removed once submitted. The form is kept as typed (JSON of ContributionForm), valid or not.
CREATE TABLE draft (
    id          UUID         PRIMARY KEY,
    owner       TEXT         NOT NULL,
    ministry    TEXT         NOT NULL,
    form        TEXT         NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX draft_owner ON draft (owner, updated_at);
