-- The outbox never stalls: an event that Kafka can never take (too large, invalid topic) is parked
-- as FAILED after a few attempts, and the events behind it leave. An ita-admin retries or discards
-- a parked event; a discarded one is kept for the record.

ALTER TABLE outbox_event
    ADD COLUMN status     varchar(16) NOT NULL DEFAULT 'PENDING'
        CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'DISCARDED')),
    ADD COLUMN parked_at  timestamptz,
    ADD COLUMN size_bytes integer;

UPDATE outbox_event SET status = 'SENT' WHERE published_at IS NOT NULL;

DROP INDEX outbox_event_unpublished;
-- The relay only ever looks at what is still to be sent, in order; operators at what is parked.
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE status = 'PENDING';
-- The relay takes the oldest pending event of each agency.
CREATE INDEX outbox_event_pending_by_key ON outbox_event (event_key, seq) WHERE status = 'PENDING';
CREATE INDEX outbox_event_parked ON outbox_event (seq) WHERE status = 'FAILED';
