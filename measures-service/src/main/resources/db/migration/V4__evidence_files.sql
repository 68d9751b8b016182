-- Files that prove an activity happened (photos, signed minutes, reports), attached to an evidence
-- entry. The metadata is read with the evidence; the bytes sit in a table of their own and are read
-- only when a file is downloaded. Another store (S3-compatible object storage) may keep the bytes
-- instead; the metadata stays here.
CREATE TABLE evidence_file (
    id            uuid         PRIMARY KEY,
    evidence_id   uuid         NOT NULL REFERENCES evidence (id),
    file_name     varchar(255) NOT NULL,
    content_type  varchar(100) NOT NULL,
    size_bytes    bigint       NOT NULL CHECK (size_bytes > 0),
    sha256        char(64)     NOT NULL,
    uploaded_at   timestamptz  NOT NULL,
    uploaded_by   varchar(200) NOT NULL
);
CREATE INDEX evidence_file_evidence_idx ON evidence_file (evidence_id, uploaded_at);

CREATE TABLE evidence_file_content (
    file_id  uuid  PRIMARY KEY REFERENCES evidence_file (id) ON DELETE CASCADE,
    content  bytea NOT NULL
);
