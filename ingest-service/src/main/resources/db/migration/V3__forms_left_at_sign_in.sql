-- A form posted after the officer's session ended (its cookie expired, Keycloak ended it): kept until the officer
-- signs in again and is brought back to it, then merged into the draft. Bound to the browser that posted it (a hash
-- of its CSRF cookie), and forgotten after a day.
CREATE TABLE form_left_at_sign_in (
    id          UUID         PRIMARY KEY,
    draft_id    UUID         NOT NULL,
    browser     TEXT         NOT NULL,
    form        TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
