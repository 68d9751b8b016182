-- A published revision never changes, so its JSON as the API shows it (without the ranks, which
-- move as other agencies publish) is rendered once, when it is published, and a GET serves these
-- bytes instead of reading the input, rescoring it and looking up the framework. One row per
-- published revision, written in the publishing transaction (ResultService).
--
-- The revisions published before this migration get their row here, without a view: scoring
-- takes the framework and the scorer, which SQL does not have, so their view is rendered and
-- stored by the first GET that needs it. A view is also emptied when the agency's names change
-- (they are part of it), and rendered again the same way.
--
-- The key to the revision is checked at commit: an import writes a group's rows in batches, in an
-- order of Hibernate's choosing.
CREATE TABLE published_result_view (
    result_id    uuid         PRIMARY KEY
                              REFERENCES assessment_result (id) DEFERRABLE INITIALLY DEFERRED,
    agency_code  varchar(32)  NOT NULL,
    fiscal_year  integer      NOT NULL,
    round        varchar(10)  NOT NULL,
    revision     integer      NOT NULL,
    -- The exact bytes of the JSON, not jsonb, which would reorder its keys.
    view         bytea,
    -- Where in view the ranks are written for a GET (the byte offset of the property that follows
    -- them, or of the closing brace); NULL while view is.
    ranks_at     integer,
    -- "<row version>-<first 16 hex digits of the view's SHA-256>"; NULL while view is.
    etag         varchar(64),
    CONSTRAINT published_result_view_revision_uq UNIQUE (agency_code, fiscal_year, round, revision)
);

INSERT INTO published_result_view (result_id, agency_code, fiscal_year, round, revision)
SELECT id, agency_code, fiscal_year, round, revision
FROM assessment_result
WHERE status = 'PUBLISHED';
