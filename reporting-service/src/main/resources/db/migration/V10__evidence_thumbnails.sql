-- Thumbnails of evidence photos, fetched once from measures-service and kept for the progress
-- report. A row is queued (PENDING) in the transaction that projects a measure whose evidence has a
-- JPEG or PNG file, and goes with the file when the entry no longer has it. The worker takes due
-- rows with FOR UPDATE SKIP LOCKED; a row measures-service answers 404, 409 or 410 for is GONE and
-- is never asked again. The bytes are the thumbnail of the content whose SHA-256 is sha256.
CREATE TABLE report_evidence_thumbnail (
    file_id          uuid         PRIMARY KEY,
    evidence_id      uuid         NOT NULL,
    measure_id       uuid         NOT NULL,
    file_name        text         NOT NULL,
    sha256           text         NOT NULL,
    state            text         NOT NULL CHECK (state IN ('PENDING', 'FETCHED', 'GONE')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz,
    last_status      integer,
    last_error       text,
    media_type       text,
    bytes            bytea,
    queued_at        timestamptz  NOT NULL,
    fetched_at       timestamptz,
    CHECK ((state = 'FETCHED') = (bytes IS NOT NULL)),
    CHECK ((state = 'PENDING') = (next_attempt_at IS NOT NULL))
);

CREATE INDEX report_evidence_thumbnail_due_idx
    ON report_evidence_thumbnail (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX report_evidence_thumbnail_measure_idx ON report_evidence_thumbnail (measure_id);
