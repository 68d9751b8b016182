-- Bulk imports of results (see docs/import-format.md). A job is accepted with its rows already
-- staged, then loaded agency by agency by a worker; each agency's rows leave the staging table in
-- the same transaction that loads (or rejects) them, so a restarted worker resumes where it was.
CREATE TABLE import_job (
    id                  uuid          PRIMARY KEY,
    fiscal_year         integer       NOT NULL REFERENCES framework (fiscal_year),
    file_name           varchar(300),
    file_format         varchar(10)   NOT NULL,
    file_sha256         char(64)      NOT NULL,
    publish             boolean       NOT NULL,
    create_agencies     boolean       NOT NULL,
    correction_reason   text,
    state               varchar(20)   NOT NULL,
    rows_total          integer       NOT NULL,
    rows_done           integer       NOT NULL,
    agencies_total      integer       NOT NULL,
    agencies_loaded     integer       NOT NULL,
    agencies_unchanged  integer       NOT NULL,
    agencies_rejected   integer       NOT NULL,
    agencies_created    integer       NOT NULL,
    failure             text,
    created_at          timestamptz   NOT NULL,
    created_by          varchar(200)  NOT NULL,
    started_at          timestamptz,
    heartbeat_at        timestamptz,
    finished_at         timestamptz,
    version             bigint        NOT NULL
);

-- The same file with the same options is the same import: it is answered with the first job.
CREATE UNIQUE INDEX import_job_same_file ON import_job (file_sha256, fiscal_year, publish, create_agencies,
    coalesce(correction_reason, '')) WHERE state <> 'FAILED';
CREATE INDEX import_job_queue ON import_job (state, created_at);

-- Rows as they came, as text: every check happens when the agency is loaded, so that each error
-- can name its line.
CREATE TABLE import_row (
    job_id            uuid     NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line              integer  NOT NULL,
    agency_code       text     NOT NULL,
    agency_name_th    text,
    agency_name_en    text,
    agency_type       text,
    ministry_code     text,
    ministry_name_th  text,
    ministry_name_en  text,
    round             text,
    question          text,
    part              text,
    score             text
);
CREATE INDEX import_row_by_agency ON import_row (job_id, agency_code, line);

CREATE TABLE import_error (
    id           bigserial     PRIMARY KEY,
    job_id       uuid          NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    line         integer,
    agency_code  text,
    field        varchar(200)  NOT NULL,
    message      text          NOT NULL,
    value        text
);
CREATE INDEX import_error_by_job ON import_error (job_id, id);
