-- Dead letters the office put back on contributions.submitted: each one at most once, with who and when.
-- A dead letter is known by its partition and offset in contributions.submitted.dlq, which is never
-- deleted or recreated (its retention is unlimited), so the pair stays unique.
CREATE TABLE dead_letter_replay (
    dlq_partition INTEGER     NOT NULL,
    dlq_offset    BIGINT      NOT NULL,
    submission_id UUID,
    replayed_by   TEXT        NOT NULL,
    replayed_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (dlq_partition, dlq_offset)
);

ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check
    CHECK (action IN ('REGISTERED', 'REJECTED', 'ACCEPTED', 'RETURNED', 'CYCLE_CHANGED', 'REPLAYED'));
