-- Frameworks: one JSON document per fiscal year (see frameworks/README.md). A framework is data,
-- created or cloned through the API; it cannot change once results are scored against it.
CREATE TABLE framework (
    fiscal_year   integer      PRIMARY KEY,
    definition    jsonb        NOT NULL,
    version       bigint       NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL
);

-- Results per agency, fiscal year and round, as revisions. The input is kept as submitted; the
-- scores are recomputed from it and the framework. overall_score and level_code are kept for
-- queries (rankings, benchmarks).
CREATE TABLE assessment_result (
    id                 uuid         PRIMARY KEY,
    agency_code        varchar(32)  NOT NULL REFERENCES agency (code),
    fiscal_year        integer      NOT NULL REFERENCES framework (fiscal_year),
    round              varchar(10)  NOT NULL,
    revision           integer      NOT NULL,
    status             varchar(10)  NOT NULL,
    input              jsonb        NOT NULL,
    overall_score      numeric(9,4),
    level_code         varchar(40),
    correction_reason  text,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(200) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(200) NOT NULL,
    published_at       timestamptz,
    published_by       varchar(200),
    version            bigint       NOT NULL,
    CONSTRAINT assessment_result_revision_uq UNIQUE (agency_code, fiscal_year, round, revision)
);

-- At most one draft per agency, year and round: a correction is one draft at a time.
CREATE UNIQUE INDEX assessment_result_one_draft ON assessment_result (agency_code, fiscal_year, round)
    WHERE status = 'DRAFT';
CREATE INDEX assessment_result_year_idx ON assessment_result (fiscal_year, round, status);

-- An agency's own target and tier thresholds for its analysis (seed 002 uses 95.00, 97.50).
CREATE TABLE analysis_settings (
    agency_code    varchar(32)  PRIMARY KEY REFERENCES agency (code),
    target         numeric(5,2) NOT NULL,
    keep_above     numeric(5,2) NOT NULL,
    urgent_below   numeric(5,2) NOT NULL,
    version        bigint       NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(200) NOT NULL
);
