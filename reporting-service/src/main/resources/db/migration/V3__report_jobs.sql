-- Report exports run as jobs (POST /api/v1/dashboards/{fiscalYear}/exports): the national
-- dashboard of some 8,300 agencies takes a while to render. Not a projection: a rebuild of the
-- read model leaves it alone. The finished file is kept here too; jobs are forgotten a week after
-- they finish (ita.report-jobs.keep).
CREATE TABLE report_job (
    id            uuid         PRIMARY KEY,
    kind          varchar(20)  NOT NULL,
    fiscal_year   integer      NOT NULL,
    ministry      varchar(32),
    format        varchar(8)   NOT NULL,
    lang          varchar(2)   NOT NULL,
    state         varchar(10)  NOT NULL,
    progress      integer      NOT NULL DEFAULT 0,
    requested_by  varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz,
    error         text,
    file_name     varchar(200),
    content_type  varchar(200),
    file_size     bigint,
    file          bytea,
    CONSTRAINT report_job_state_chk CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);
-- The poller takes the oldest queued job.
CREATE INDEX report_job_queue_idx ON report_job (state, created_at);
